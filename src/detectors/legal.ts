import type { Detector } from '../types.js';
import { phraseDetector } from './phrase-detector.js';

const byPhrase = phraseDetector({ id: 'legal', kind: 'legal', category: 'legal', containsMaxWords: 30 });
// Why: a footer link that a short sentence may also name is legal only on a line of its own ("سياسة الخصوصية" under an
// Arabic page, `legalLinks`).
const byLink = phraseDetector({ id: 'legal', kind: 'legal', category: 'legalLinks' });
// Why: footers open with "© 2025 Name" or "Copyright (c) 2024" in every language.
// A sentence about a copyright lawsuit names the word too; a notice carries the sign, or opens with the word.
const COPYRIGHT = /(?:©|\(c\)\s*(?:19|20)\d\d|^copyright\b)/iu;
const MAX_FOOTER_WORDS = 40;
/**
 * A site footer's notice: it opens with the sign or the word and gives a year ("© 2026 Example Corp, All rights
 * reserved."; "Â©" is the sign read in the wrong encoding). Why a wall: the page's footer follows it, and a long
 * disclaimer there reads as prose that would carry the body on (WCXB 4304, 4172, 0110). A picture credit names
 * the sign too, but after the caption ("Egypt 1937 © Lee Miller Archives", 0408), or without a year ("© A.M.
 * Best Company", 0286 under each table); those are no walls.
 */
const FOOTER_NOTICE = /^\s*Â?(?:©|\(c\)|copyright\b)[^\n]*\b(?:19|20)\d\d\b/iu;

// COPYRIGHT matches only with the sign, with "(c)" or "(C)", or with the word opening the line: no other character
// folds to these ASCII letters under `iu`. These looks cost far less than its Unicode-aware case-insensitive scan,
// and most lines with a bracket hold no "(c)".
const hasCopyright = (text: string): boolean =>
  (text.includes('©') || text.includes('(c)') || text.includes('(C)') || COPYRIGHT_OPENING.test(text)) &&
  COPYRIGHT.test(text);
const COPYRIGHT_OPENING = /^copyright/i;
const isFooterNotice = (text: string): boolean => hasCopyright(text) && FOOTER_NOTICE.test(text);

/** Legal footer lines: copyright notices, "All rights reserved", "Privacy Policy | Terms of Use". */
export const legal: Detector = {
  id: 'legal',
  detect(line, ctx) {
    const verdict = byPhrase.detect(line, ctx) ?? byLink.detect(line, ctx);
    // Why no closure over the line for the footer test: one per line asked was a tenth of the detect stage's garbage.
    if (verdict) return isFooterNotice(line.text) ? { ...verdict, barrier: true } : verdict;
    if (line.words <= MAX_FOOTER_WORDS && hasCopyright(line.text) && line.sentenceMarks <= 2) {
      const reason = `copyright notice (words=${line.words})`;
      return isFooterNotice(line.text) ? { kind: 'legal', reason, barrier: true } : { kind: 'legal', reason };
    }
    return undefined;
  },
};
