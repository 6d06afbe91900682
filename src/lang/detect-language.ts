import type { Script } from '../segment/script.js';
import type { Line } from '../segment/segment.js';
import type { PhrasePack } from './types.js';

/** The language a document is written in, as far as dechaff can tell. */
export interface DetectedLanguage {
  /** BCP 47 primary tag, or null when unsure. */
  readonly code: string | null;
  /** The pack whose stopwords fit best, when one fits. */
  readonly pack: PhrasePack | null;
  /** The script most of the document's letters are in. */
  readonly script: Script;
}

/** Share of tokens that must be a pack's stopwords before the pack is trusted. */
const MIN_STOPWORD_SHARE = 0.12;
/** At most this many tokens are looked at; the verdict is stable long before. */
const SAMPLE_TOKENS = 4000;
/** After this many tokens a decided verdict ({@link decided}) stops the sampling. */
const EARLY_SAMPLE_TOKENS = 1000;
/** A decided verdict: the best pack has this share of the tokens, and this many times the runner-up's hits. */
const DECIDED_SHARE = 0.25;
const DECIDED_LEAD = 3;
// Why: Japanese lines are often mostly kanji, so no line's dominant script is kana; kana letters among them mean
// Japanese (not the katakana middle dot U+30FB, which Chinese text uses in foreign names).
const KANA = /[\u3041-\u3096\u30a1-\u30fa\u30fc]/g;
// Why: Readability's pixnet page, a Traditional Chinese travel blog, holds one kana letter (の in a sidebar link,
// 英桃の天闊營地) among 8,000 Han ones, and that one letter made it Japanese; Japanese prose writes its particles and
// endings in kana (hukumusume and yahoo-4 have more kana than kanji), so a page is Japanese from this share of its
// kana + Han letters, not from one kana letter.
const MIN_KANA_SHARE = 0.05;
const HAN = /\p{Script=Han}/gu;

// Why: scripts that one language owns in practice; Cyrillic, Latin and Arabic are shared, so they need stopwords.
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  hebrew: 'he',
  greek: 'el',
  thai: 'th',
  hangul: 'ko',
  kana: 'ja',
};

/**
 * Detects the document's language from stopword hits per pack, weighting long lines (body text) over
 * short ones (menus), and falls back on the dominant script.
 * @example detectLanguage(segment('Der Hund ist in dem Haus und die Katze auch.'), [de, en]).code // 'de'
 */
export function detectLanguage(lines: readonly Line[], packs: readonly PhrasePack[]): DetectedLanguage {
  const scriptLetters = new Map<Script, number>();
  for (const line of lines) {
    if (line.script !== 'none') scriptLetters.set(line.script, (scriptLetters.get(line.script) ?? 0) + line.letters);
  }
  const script = dominant(scriptLetters) ?? 'none';
  const { owners, longest } = stopwordOwners(packs);
  const hits = new Array<number>(packs.length).fill(0);
  let sampled = 0;
  // Long lines first: the body decides the language, not the navigation.
  const ordered: Line[] = [];
  for (const line of lines) if (line.words >= 8) ordered.push(line);
  ordered.sort((a, b) => b.words - a.words || a.index - b.index);
  for (const line of ordered) {
    for (const token of line.tokens) {
      // A token longer than every stopword is none: its length is known, its lookup would hash it.
      const of = token.length > longest ? undefined : owners.get(token);
      if (of !== undefined) for (const i of of) hits[i] = (hits[i] ?? 0) + 1;
    }
    sampled += line.tokens.length;
    if (sampled >= SAMPLE_TOKENS || (sampled >= EARLY_SAMPLE_TOKENS && decided(hits, sampled))) break;
  }
  let best = -1;
  let bestHits = 0;
  hits.forEach((n, i) => {
    if (n > bestHits) {
      bestHits = n;
      best = i;
    }
  });
  const pack = best >= 0 && sampled > 0 && bestHits / sampled >= MIN_STOPWORD_SHARE ? (packs[best] ?? null) : null;
  if (pack) return { code: pack.code, pack, script };
  let code = SCRIPT_LANGUAGE[script] ?? null;
  if (script === 'han') code = kanaShare(lines) >= MIN_KANA_SHARE ? 'ja' : 'zh';
  // Why: a language its script names has no stopwords to count (Chinese and Japanese write words without spaces
  // between them, Korean glues its particles to them); its pack, when one is given, is the script's.
  return { code, pack: packs.find((p) => p.code === code) ?? null, script };
}

/** Kana letters over kana + Han letters in the document's text (0 when it has neither). */
function kanaShare(lines: readonly Line[]): number {
  let kana = 0;
  let han = 0;
  for (const line of lines) {
    kana += line.text.match(KANA)?.length ?? 0;
    han += line.text.match(HAN)?.length ?? 0;
  }
  return kana + han === 0 ? 0 : kana / (kana + han);
}

/**
 * True when no more tokens could change the verdict in practice: the best pack is far above the stopword share
 * a pack needs and far ahead of the next. Why: the sample is a page's longest lines, and counting 4,000 of
 * their tokens was 4% of clean() on the dev set.
 */
function decided(hits: readonly number[], sampled: number): boolean {
  let best = 0;
  let second = 0;
  for (const n of hits) {
    if (n > best) {
      second = best;
      best = n;
    } else if (n > second) second = n;
  }
  return best >= DECIDED_SHARE * sampled && best >= DECIDED_LEAD * second;
}

/** Stopword → the indices of the packs that list it: one lookup per token instead of one per pack. */
interface StopwordOwners {
  readonly owners: ReadonlyMap<string, readonly number[]>;
  /** Length of the longest stopword. */
  readonly longest: number;
}

// Built once per list of packs: a memo of immutable data, not state that changes a result.
const ownersCache = new WeakMap<readonly PhrasePack[], StopwordOwners>();

function stopwordOwners(packs: readonly PhrasePack[]): StopwordOwners {
  let found = ownersCache.get(packs);
  if (!found) {
    const owners = new Map<string, number[]>();
    let longest = 0;
    packs.forEach((pack, i) => {
      for (const word of new Set(pack.stopwords)) {
        const list = owners.get(word) ?? [];
        list.push(i);
        owners.set(word, list);
        longest = Math.max(longest, word.length);
      }
    });
    found = { owners, longest };
    ownersCache.set(packs, found);
  }
  return found;
}

function dominant(counts: Map<Script, number>): Script | undefined {
  let best: Script | undefined;
  let bestCount = 0;
  for (const [script, n] of counts) {
    if (n > bestCount) {
      bestCount = n;
      best = script;
    }
  }
  return best;
}
