import type { Detector } from '../types.js';
import { phraseDetector } from './phrase-detector.js';

const byPhrase = phraseDetector({ id: 'legal', kind: 'legal', category: 'legal', containsMaxWords: 30 });
// Why: footers open with "© 2025 Name" or "Copyright (c) 2024" in every language.
// A sentence about a copyright lawsuit names the word too; a notice carries the sign, or opens with the word.
const COPYRIGHT = /(?:©|\(c\)\s*(?:19|20)\d\d|^copyright\b)/iu;
const MAX_FOOTER_WORDS = 40;

// COPYRIGHT cannot match without one of these (no other character folds to its ASCII letters under `iu`), and
// this look costs far less than its Unicode-aware case-insensitive scan.
const hasCopyright = (text: string): boolean =>
  (text.includes('©') || text.includes('(') || COPYRIGHT_WORD.test(text)) && COPYRIGHT.test(text);
const COPYRIGHT_WORD = /copyright/i;

/** Legal footer lines: copyright notices, "All rights reserved", "Privacy Policy | Terms of Use". */
export const legal: Detector = {
  id: 'legal',
  detect(line, ctx) {
    const verdict = byPhrase.detect(line, ctx);
    if (verdict) return verdict;
    if (line.words <= MAX_FOOTER_WORDS && hasCopyright(line.text) && line.sentenceMarks <= 2) {
      return { kind: 'legal', reason: `copyright notice (words=${line.words})` };
    }
    return undefined;
  },
};
