import { openingPhrase, type PhraseMatcher } from '../lang/matcher.js';
import type { BodyLineTest } from './inside-body.js';

/** Most words of a button's line with its hidden label: "Get Free Quote Links to Adtsecuritysystem.com" has 6. */
const MAX_BUTTON_WORDS = 8;
/** An upper-case letter: the hidden label is written as a label, in title case ("Links to", "Links To"). */
const CAPITAL = /^\p{Lu}/u;

/**
 * Names a link button whose hidden label a scraper glued to it ("See Packages Links to SimpliSafe", "View on Walmart
 * Links to Walmart.com"): a short line, no sentence, that opens with a link's label (`linkLabels`) and holds, further
 * on and capitalized, the words that say where the link leads (`targetLabels`, a pack's `linkTargetLabels`). A button
 * written once per card, or twice around its spec table, which `repeatedButtons` leaves. A spec ("Connectivity:
 * Direct links to AWS") opens with no link's label. Asked after the body search (`insideBody`). Gives a `promo` verdict.
 * @example linkTargetButton(EN.match.linkLabels, EN.match.linkTargetLabels)(line) // { kind: 'promo', reason: '…' }
 */
export function linkTargetButton(linkLabels: PhraseMatcher, targetLabels: PhraseMatcher): BodyLineTest {
  return (line) => {
    if (line.words > MAX_BUTTON_WORDS || line.endsSentence) return undefined;
    const target = targetLabels.find(line.text)[0];
    if (target === undefined || !CAPITAL.test(target)) return undefined;
    const label = openingPhrase(linkLabels, line.text);
    if (label === undefined || line.text.indexOf(target) <= label.length) return undefined;
    return {
      kind: 'promo',
      reason: `link button: opens with "${label.toLowerCase()}", its hidden label "${target}" glued on (words=${line.words})`,
    };
  };
}
