import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { nameAsWrittenAlone, readsAsName } from './bare-name.js';
import { isShortLabel } from './menu-label.js';

/** Fewest places where a lower-case letter runs into a capital inside the words of a run of glued labels. */
const MIN_GLUED_LABEL_JOINS = 2;
/** Lines of short labels that stand on each side of a menu's entry. */
const MENU_NEIGHBOURS = 2;

const GLUED_JOIN = /\p{Ll}\p{Lu}/gu;
/** Splits a run of glued labels between a small letter and the capital that opens the next label. */
const GLUED_SPLIT = /(?<=\p{Ll})(?=\p{Lu})/u;

/**
 * True when `name`, read as the article's byline, is a label of the page's menus or categories: a run of labels
 * glued without spaces, a facet of a listing after "By", or an entry of a menu that the page writes in lower case.
 * @example isLabelNotName('Wedding ChecklistsJust EngagedWedding Planning', [], compiledEn) // true
 */
export function isLabelNotName(name: string, lines: readonly Line[], lang: CompiledPack): boolean {
  return (
    isGluedLabels(name) ||
    isFacetLabel(name, lang) ||
    // Why: a comment counter stands beside the date where a name does ("No Comments" under "September 8, 2025", WCXB
    // 4070).
    lang.match.comments.test(name) ||
    // Why: "&" joins a menu's topics far more often than two people ("Publications & Conferences" among the menu's
    // entries, under a headline that is one too; WCXB 4576).
    (isMenuEntry(name, lines) && (name.includes('&') || !readsAsName(name, lines)))
  );
}

/**
 * True for category labels glued together ("Wedding ChecklistsJust EngagedWedding Planning", WCXB 4589; "Digital
 * OrganizationOfficeOrganizingPapers", 4339): a name runs a small letter into a capital once at most ("McNally",
 * "SolutionsHub Editorial Team").
 */
function isGluedLabels(name: string): boolean {
  return (name.match(GLUED_JOIN)?.length ?? 0) >= MIN_GLUED_LABEL_JOINS;
}

/**
 * True for a listing's facet that a "By" opens ("By Industry", WCXB 0041; "By Category", 4265), alone or glued to the
 * next facet ("By CategoryBy Manufacturer" in the footer, 4265).
 */
function isFacetLabel(name: string, lang: CompiledPack): boolean {
  const facets = lang.match.facetLabels;
  if (!facets.test(name)) return false;
  return name.split(GLUED_SPLIT).some((label) => facets.find(label)[0]?.length === label.length);
}

/**
 * True when a line of the page is `name` alone with short labels right above and below it, none set off by a blank
 * line: an entry of a menu ("HR Strategy" between "Digital Transformation" and "Workforce Management", WCXB 0293).
 */
function isMenuEntry(name: string, lines: readonly Line[]): boolean {
  for (let i = MENU_NEIGHBOURS; i < lines.length - MENU_NEIGHBOURS; i++) {
    if ((lines[i] as Line).text !== name) continue;
    let menu = true;
    for (let k = i - MENU_NEIGHBOURS; k <= i + MENU_NEIGHBOURS && menu; k++) {
      const line = lines[k] as Line;
      // The first line may open the menu after a blank; the others run on without one.
      if (k > i - MENU_NEIGHBOURS && line.blankBefore) menu = false;
      else if (k !== i) menu = line.text !== name && isShortLabel(line);
    }
    if (menu) return true;
  }
  return false;
}

/**
 * `name`, or null when it is a menu's or a category's label where a byline stands ("By Industry", WCXB 0041; "HR
 * Strategy" under the headline, 0293; glued category labels under "By", 4589): a wrong byline is worse than none, and
 * the next candidate may still name the author ("TurboTaxLisa" glued over the byline block that names "Lisa
 * Greene-Lewis", 0304). A rejected label's line stays out of the body. Why a module function, not a closure of
 * `structure`: a call that had seen one closure's instance, met with the next page's, deoptimized the whole stage,
 * which was compiled again.
 */
export function nameNotLabel(name: string | null, lines: readonly Line[], lang: CompiledPack): string | null {
  return name !== null && isLabelNotName(nameAsWrittenAlone(name, lines), lines, lang) ? null : name;
}
