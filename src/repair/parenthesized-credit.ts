import { literalAlternation } from '../lang/escape-reg-exp.js';

// An agency's initials before the label ("AP Photo/Evan Vucci").
const INITIALS = /^\p{Lu}{2,}\s+/u;
// A colon right after the label: "(Photo: Someburros)", "(Foto: dpa)".
const AFTER_LABEL = /^\s?[:：]/u;
// A word that opens with a letter that is not lower case: a name, in a script with cases or without.
const NAME_WORD = /(?:^|[\s/])(?!\p{Ll})\p{L}/u;
// The same at the start of a part.
const OPENS_WITH_NAME = /^(?!\p{Ll})\p{L}/u;
// A possessive at a name's end ("Men’s"): a credit names its maker, not what belongs to someone.
const POSSESSIVE = /['’]s$/u;

/**
 * A test of whether the text a caption closes with in parentheses reads as a photo credit: one of `labels` opens it
 * (after an agency's initials at most) with a colon or a name after it ("source: NVIDIA", "Photo by David
 * Wagner", "AP Photo/Evan Vucci", "Foto: dpa"), or it names across a slash ("Reuters/Jane Doe", "NRAO/AUI/NSF"): a
 * part opens with a letter not in lower case, and no part ends in a possessive.
 * Why: an aside in parentheses with a slash or a label's word in it is no credit, and the line it closed left the
 * body as a figure's caption: a fraction, a rating or a price ("Make a lot of passes (1/16 inch increments)", WCXB
 * 0122; "(4.96/5 rating)", 0056; "($250/day)", 0054 html-to-text), pairs of words ("(credit/debit cards, cash,
 * etc.)", 4695; "(Men’s/Women’s)", 1821), a link ("(https://www.wcb.ny.gov/)", 4262) or a label's word in a phrase
 * ("(photo, video, florist, entertainment)", 4592; "(See video of … -- 1:25)", multisite dev, cnn).
 * @example parenthesizedCreditTest(['photo'])('Photo by Owen Pratt') // true
 * @example parenthesizedCreditTest(['photo'])('1/16 inch increments') // false
 */
export function parenthesizedCreditTest(labels: readonly string[]): (inside: string) => boolean {
  const labelOpens = new RegExp(`^(?:${literalAlternation(labels)})(?![\\p{L}])`, 'iu');
  return (inside) => {
    const rest = inside.slice(INITIALS.exec(inside)?.[0].length ?? 0);
    const label = labelOpens.exec(rest);
    if (label !== null) {
      const after = rest.slice(label[0].length);
      return AFTER_LABEL.test(after) || NAME_WORD.test(after);
    }
    if (!inside.includes('/')) return false;
    const parts = inside.split('/').map((part) => part.trim());
    return parts.some((part) => OPENS_WITH_NAME.test(part)) && !parts.some((part) => POSSESSIVE.test(part));
  };
}
