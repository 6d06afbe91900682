import { isLabelledText } from '../labelled-text.js';
import type { PhraseMatcher } from '../lang/matcher.js';
import type { Detector } from '../types.js';
import { phraseDetector } from './phrase-detector.js';

const byLabel = phraseDetector({ id: 'nav', kind: 'nav', category: 'nav' });
// Why: breadcrumbs such as "Home » 34 Top Photography Trends in 2025" (WCXB innertext pages).
const BREADCRUMB_SEPARATOR = /\s[»›>/|→]\s|\s?[»›→]\s?/gu;
// Every match of BREADCRUMB_SEPARATOR holds one of these characters; most lines have none, and this look costs
// far less than the separator's scan, its split and the label check.
const SEPARATOR_CHARACTER = /[»›>/|→]/u;
const MAX_BREADCRUMB_WORDS = 25;

const LETTER = /\p{L}/u;

// A breadcrumb opens with navigation labels only ("Home", "You are here: Home").
function isNavLabels(text: string, matcher: PhraseMatcher): boolean {
  return matcher.test(text) && !LETTER.test(matcher.strip(text));
}

/**
 * True when most items between the separators are fields ("CPU: A19 Pro | RAM: 8GB | Storage: 256GB SSD"): a spec
 * row of the article's product, not a menu, whose labels carry no values.
 * Why: WCXB 4472 innertext, "Works with: iPhone | Voice assistant: Apple Siri | Display: no | Connectivity: Wi-Fi"
 * under each reviewed smart display; 4014, a laptop's specs. A menu's one field is its label ("Subscribe: Apple
 * Podcasts | Android | Email", 0307).
 */
function isFieldRow(text: string): boolean {
  const items = text.split(BREADCRUMB_SEPARATOR);
  let fields = 0;
  for (const item of items) if (isLabelledText(item.trim())) fields++;
  return fields * 2 > items.length;
}

/** Navigation: menu labels, breadcrumbs and menus whose words innerText glued together ("HomeNewsDeals"). */
export const nav: Detector = {
  id: 'nav',
  detect(line, ctx) {
    const verdict = byLabel.detect(line, ctx);
    if (verdict) return verdict;
    // Why: a line that opens and closes with a bar is a Markdown table's row ("| Studio | $465 | $183 |", the
    // article's own Markdown of WCXB 0057 innertext cleaned again), not a menu; nor a breadcrumb when its first cell
    // is a menu's label ("| WATCH | PRICE | …", the column heads of 4068 html-to-text cleaned again).
    if (
      line.words <= MAX_BREADCRUMB_WORDS &&
      !line.endsSentence &&
      SEPARATOR_CHARACTER.test(line.text) &&
      !(line.text.startsWith('| ') && line.text.endsWith(' |'))
    ) {
      const separators = line.text.match(BREADCRUMB_SEPARATOR)?.length ?? 0;
      const first = separators >= 1 ? (line.text.split(BREADCRUMB_SEPARATOR)[0] ?? '') : '';
      if (separators >= 1 && isNavLabels(first, ctx.lang.match.nav)) {
        return { kind: 'nav', reason: `breadcrumb (separators=${separators}, words=${line.words})` };
      }
      if (separators >= 3 && !isFieldRow(line.text)) {
        return { kind: 'nav', reason: `menu of ${separators + 1} items (words=${line.words})` };
      }
    }
    return undefined;
  },
};
