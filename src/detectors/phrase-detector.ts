import { countedNumbers } from '../lang/counted-numbers.js';
import type { CompiledPack, PhraseCategory, PhraseMatcher } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { Detector, RemovalKind, Verdict } from '../types.js';
import { labelHits, phrasesIn } from './phrase-hits.js';

/** How a phrase-pack detector is set up. */
export interface PhraseDetectorSpec {
  readonly id: string;
  readonly kind: RemovalKind;
  /** The pack category whose phrases mark this kind. */
  readonly category: PhraseCategory;
  /** Also fire on a line that contains a multi-word phrase, up to this many words (× `phraseMaxWords` / 30). */
  readonly containsMaxWords?: number;
  /** A line made only of this kind's labels may run to this many words (× `labelMaxWords` / 12). */
  readonly labelsMaxWords?: number;
  /** A line made only of this kind's labels heads a section the body does not run across ("Comments"). */
  readonly heading?: boolean;
  /** Such a header closes the article: nothing under it is the article's ("Was this page helpful?"). */
  readonly closes?: boolean;
  /**
   * A long sentence that does not speak to the reader reports on what the phrase names and is kept: a pitch
   * says "your", an article says "the email address".
   */
  readonly pitchAddressesReader?: boolean;
}

/** Words from which a sentence holding a phrase is long enough to read as prose rather than a form's prompt. */
const REPORT_MIN_WORDS = 20;

/**
 * Whether a line that holds a phrase reads as a report on what the phrase names, not a pitch: a long sentence
 * that never speaks to the reader.
 */
function reportsOnPhrase(line: Line, readerPronouns: PhraseMatcher): boolean {
  return line.words >= REPORT_MIN_WORDS && line.endsSentence && !readerPronouns.test(line.text);
}

/**
 * A detector for boilerplate that a phrase pack names: a line made only of the category's labels, or a short
 * line containing one of its multi-word phrases. The length guard keeps real sentences that mention them.
 */
export function phraseDetector(spec: PhraseDetectorSpec): Detector {
  let lastLang: CompiledPack | undefined;
  let lastMatcher: PhraseMatcher | undefined;
  let lastCounted: RegExp | null = null;
  let lastSettings: Settings | undefined;
  let labelMaxWords = 0;
  let maxWords = -1;
  // Why shared verdicts: a menu gives hundreds of lines the same verdict ("hits=1, words=1"); one immutable
  // object per distinct reason spares the garbage of a string per line (scaling test, "short label lines").
  const labelVerdicts = new Map<number, Verdict>();
  const labelVerdict = (hits: number, words: number, repeats: number): Verdict => {
    const key = repeats < 1024 && words < 256 ? (repeats * 256 + words) * 256 + hits : -1;
    const known = labelVerdicts.get(key);
    if (known !== undefined) return known;
    const glued = repeats ? `, glued ×${repeats}` : '';
    const reason = `only ${spec.kind} labels (hits=${hits}, words=${words}${glued})`;
    const verdict: Verdict = spec.closes
      ? { kind: spec.kind, reason, barrier: true, closes: true }
      : spec.heading
        ? { kind: spec.kind, reason, barrier: true }
        : { kind: spec.kind, reason };
    if (key >= 0) labelVerdicts.set(key, verdict);
    return verdict;
  };
  return {
    id: spec.id,
    detect(line, ctx) {
      // Why a memo: the fifteen detectors look their category up by a varying key on every line, which V8 answers
      // slowly; the pack rarely changes between calls. It holds one compiled (immutable) matcher.
      if (ctx.lang !== lastLang) {
        lastLang = ctx.lang;
        lastMatcher = ctx.lang.match[spec.category];
        lastCounted = countedNumbers(ctx.lang);
      }
      const matcher = lastMatcher as PhraseMatcher;
      // Likewise the length guards, which only the settings set.
      if (ctx.settings !== lastSettings) {
        lastSettings = ctx.settings;
        labelMaxWords =
          spec.labelsMaxWords === undefined
            ? ctx.settings.labelMaxWords
            : Math.round((spec.labelsMaxWords * ctx.settings.labelMaxWords) / 12);
        maxWords =
          spec.containsMaxWords === undefined
            ? -1
            : Math.round((spec.containsMaxWords * ctx.settings.phraseMaxWords) / 30);
      }
      const labelLine = line.words <= labelMaxWords;
      // Long lines cannot be label lines whatever they hold; not scanning them is most of the detectors' time.
      if (!labelLine && line.words > maxWords) return undefined;
      // Why one test first: most lines hold none of the category's phrases, and then neither reading below is asked.
      // A name in camel case matches only as written (see labelHits).
      if (!matcher.test(line.labelText ?? line.text) && !(line.labelText !== undefined && matcher.test(line.text)))
        return undefined;
      const hits = labelLine ? labelHits(line, matcher, lastCounted) : 0;
      if (hits > 0) return labelVerdict(hits, line.words, line.repeats ?? 0);
      if (line.words > maxWords) return undefined;
      const found = phrasesIn(line, matcher);
      if (found.length === 0) return undefined;
      // why: WCXB 0430 — "…verify it's the correct hash for the email address." (four such lines) and 4445 —
      // "…excited enough to give me their email address…" are the article's; "Enter your email address to
      // subscribe to this blog and receive notifications of new posts by email." (4704) asks the reader.
      if (spec.pitchAddressesReader && reportsOnPhrase(line, ctx.lang.match.readerPronouns)) return undefined;
      return {
        kind: spec.kind,
        reason: `${spec.kind} phrase "${found[0]?.toLowerCase()}" in a short line (words=${line.words} ≤ ${maxWords})`,
      };
    },
  };
}
