import { type CompiledPack, openingPhrase } from '../lang/matcher.js';
import type { Detector } from '../types.js';
import { phraseDetector } from './phrase-detector.js';

/** What follows a bio's header on the bio's own line: a colon, or the writer's name. */
const BIO_AFTER_HEADER = /^[\s\u00a0]*(?::|\p{Lu})/u;

const byPhrase = phraseDetector({
  id: 'author-bio',
  kind: 'author-bio',
  category: 'authorBio',
  containsMaxWords: 12,
  heading: true,
});

/**
 * Author-bio headers ("About the author", "View all posts by …"), and a bio that opens with its header on the same
 * line ("About the author: Craig Hull is a freelance photographer …").
 */
export const authorBio: Detector = bioDetector();

function bioDetector(): Detector {
  // Why a memo: the first words of the pack's phrases change only with the pack.
  let lastLang: CompiledPack | undefined;
  let firstWords: ReadonlySet<string> = new Set();
  return {
    id: 'author-bio',
    detect(line, ctx) {
      const verdict = byPhrase.detect(line, ctx);
      if (verdict !== undefined) return verdict;
      if (ctx.lang !== lastLang) {
        lastLang = ctx.lang;
        firstWords = new Set(ctx.lang.pack.authorBio.map((phrase) => phrase.split(' ')[0] ?? ''));
      }
      // Why the first word first: asking every line for an opening phrase would scan each one again.
      if (!firstWords.has(line.tokens[0] ?? '')) return undefined;
      // why: wcxb 0272 — "About the author:  Craig Hull is a freelance photographer …" and 0111 — "About the Author
      // Jorge Jimenez is a writer at Housecall Pro …", 30 words and more, past a header's length.
      const header = openingPhrase(ctx.lang.match.authorBio, line.text);
      if (header === undefined || !BIO_AFTER_HEADER.test(line.text.slice(header.length))) return undefined;
      return { kind: 'author-bio', reason: `a bio opening with its header "${header}" (words=${line.words})` };
    },
  };
}
