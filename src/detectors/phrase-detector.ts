import type { CompiledPack, PhraseCategory, PhraseMatcher } from '../lang/matcher.js';
import type { Detector, RemovalKind } from '../types.js';
import { labelHits, phrasesIn } from './phrase-hits.js';

/** How a phrase-pack detector is set up. */
export interface PhraseDetectorSpec {
  readonly id: string;
  readonly kind: RemovalKind;
  /** The pack category whose phrases mark this kind. */
  readonly category: PhraseCategory;
  /** Also fire on a line that contains a multi-word phrase, up to this many words (× `phraseMaxWords` / 30). */
  readonly containsMaxWords?: number;
  /** A line made only of this kind's labels heads a section the body does not run across ("Comments"). */
  readonly heading?: boolean;
}

/**
 * A detector for boilerplate that a phrase pack names: a line made only of the category's labels, or a short
 * line containing one of its multi-word phrases. The length guard keeps real sentences that mention them.
 */
export function phraseDetector(spec: PhraseDetectorSpec): Detector {
  let lastLang: CompiledPack | undefined;
  let lastMatcher: PhraseMatcher | undefined;
  return {
    id: spec.id,
    detect(line, ctx) {
      // Why a memo: fourteen detectors look their category up by a varying key on every line, which V8 answers
      // slowly; the pack rarely changes between calls. It holds one compiled (immutable) matcher.
      if (ctx.lang !== lastLang) {
        lastLang = ctx.lang;
        lastMatcher = ctx.lang.match[spec.category];
      }
      const matcher = lastMatcher as PhraseMatcher;
      // Long lines cannot be label lines whatever they hold; not scanning them is most of the detectors' time.
      const hits = line.words <= ctx.settings.labelMaxWords ? labelHits(line, matcher) : 0;
      if (hits > 0 && line.words <= ctx.settings.labelMaxWords) {
        const glued = line.repeats ? `, glued ×${line.repeats}` : '';
        const reason = `only ${spec.kind} labels (hits=${hits}, words=${line.words}${glued})`;
        return spec.heading ? { kind: spec.kind, reason, barrier: true } : { kind: spec.kind, reason };
      }
      if (spec.containsMaxWords === undefined) return undefined;
      const maxWords = Math.round((spec.containsMaxWords * ctx.settings.phraseMaxWords) / 30);
      if (line.words > maxWords) return undefined;
      const found = phrasesIn(line, matcher);
      if (found.length === 0) return undefined;
      return {
        kind: spec.kind,
        reason: `${spec.kind} phrase "${found[0]?.toLowerCase()}" in a short line (words=${line.words} ≤ ${maxWords})`,
      };
    },
  };
}
