import { CONTINUATION_CLASS, continuationByte } from './cp1252.js';
import { type MappedText, MappedTextBuilder } from './mapped-text.js';

/** A run of characters that spell a UTF-8 sequence when read back as bytes. */
interface MojibakeRun {
  readonly start: number;
  readonly end: number;
  /** The character the run's bytes spell in UTF-8. */
  readonly decoded: string;
}

/**
 * Where a run can start, as the body of a regular expression that matches its first character only: a lead byte
 * 0xC2–0xF4 read as Latin-1 or windows-1252 (the same characters, Â … ô) before a continuation. Both classes are
 * single characters, so a scan for it is linear.
 */
export const MOJIBAKE_START_SOURCE = `[\\u00C2-\\u00F4](?=[${CONTINUATION_CLASS}])`;
const RUN_START = new RegExp(MOJIBAKE_START_SOURCE, 'g');

/**
 * Evidence a page needs before its runs are decoded: one sure run ({@link SURE}) or two telling ones
 * ({@link TELLING}). Why not every run that decodes: real text spells valid sequences too — "Rosa ×\u00A0medioccidentis"
 * (WCXB 0400, '×' and a no-break space spell Hebrew nun), "‘ß’" (0415), "NESCAFÉ®" (4040) — and an article about
 * encodings quotes a sample ("I saw "Ã¤" instead of "ä"", 2498), which must stay as written.
 */
const EVIDENCE_NEEDED = 2;
/**
 * A run with a C1 control (U+0080–U+009F) among its continuations: no text writes one; a byte read as Latin-1 does.
 * Not NEL (U+0085), which some text ends its lines with ("PÅ\u0085" is no "Ņ").
 */
const SURE = 2;
/** A run that real text hardly ever spells, but could: see {@link tellingness}. */
const TELLING = 1;

/**
 * Passes over text read wrongly more than once ("Ã¢â‚¬â„¢" → "â€™" → "’"), one a reading. Bounded, so that the work
 * stays linear: text read wrongly three times over is past repair.
 */
const MAX_PASSES = 3;

/** A symbol, a punctuation mark or a digit: what follows 'Â' or 'Ã' in mojibake ("Â©", "Ã©"), not in text. */
const SYMBOL = /^[\p{P}\p{S}\p{N}]$/u;

/**
 * Repairs UTF-8 that was read as Latin-1 or windows-1252 ("Investorâ\u0080\u0099s", "â€™", "cafÃ©"): each run of
 * characters whose bytes spell a UTF-8 sequence becomes the character it spells, when the text holds evidence of
 * such mojibake ({@link EVIDENCE_NEEDED}); again on what that left, for text read wrongly more than once. `undefined`
 * when there was nothing to repair or too little evidence.
 * @example repairMojibake('Investor\u00E2\u0080\u0099s')?.text // 'Investor’s'
 */
export function repairMojibake(input: string): MappedText | undefined {
  let repaired: MappedText | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const text = repaired?.text ?? input;
    const runs = mojibakeRuns(text);
    if (runs === undefined) break;
    const decoded = decodeRuns(text, runs);
    repaired =
      repaired === undefined ? decoded : { text: decoded.text, offsets: decoded.offsets.through(repaired.offsets) };
  }
  return repaired;
}

/** The runs of mojibake in `text`, in order, or `undefined` when there are none or too little evidence. */
function mojibakeRuns(text: string): MojibakeRun[] | undefined {
  const runs: MojibakeRun[] = [];
  let evidence = 0;
  RUN_START.lastIndex = 0;
  for (let from = RUN_START.test(text) ? RUN_START.lastIndex - 1 : -1; from >= 0; ) {
    const run = runAt(text, from);
    if (run !== undefined) {
      runs.push(run);
      evidence += tellingness(text, run);
    }
    RUN_START.lastIndex = run?.end ?? from + 1;
    from = RUN_START.test(text) ? RUN_START.lastIndex - 1 : -1;
  }
  return evidence >= EVIDENCE_NEEDED ? runs : undefined;
}

/** The run that starts at `start` (a lead character), or `undefined` when its characters spell no UTF-8 sequence. */
function runAt(text: string, start: number): MojibakeRun | undefined {
  const lead = text.charCodeAt(start);
  // Why: html-to-text writes headings in capitals, so 'â' + C1 + C1 ("INVESTORÂ\u0080\u0099S", WCXB 4656) comes out
  // with 'Â' (0xC2) for 'â' (0xE2); 0xC2 with 0x80–0x9F spells a C1 control, which no text means.
  const second = continuationByte(text.charCodeAt(start + 1));
  if (lead === 0xc2 && second >= 0x80 && second <= 0x9f) {
    const uncapitalized = decodeSequence(text, start, 0xe2);
    if (uncapitalized !== undefined) return uncapitalized;
  }
  return decodeSequence(text, start, lead);
}

/** The UTF-8 sequence of `lead` and the continuations after `start`, read back as bytes, if it is a valid one. */
function decodeSequence(text: string, start: number, lead: number): MojibakeRun | undefined {
  const continuations = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  // UTF-8 bounds the first continuation after some leads: no overlong forms (E0, F0), no surrogates (ED), nothing
  // past U+10FFFF (F4).
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  let code = lead & (0x3f >> continuations);
  for (let k = 1; k <= continuations; k++) {
    const byte = continuationByte(text.charCodeAt(start + k));
    if (byte < 0 || (k === 1 && (byte < low || byte > high))) return undefined;
    code = (code << 6) | (byte & 0x3f);
  }
  return { start, end: start + continuations + 1, decoded: String.fromCodePoint(code) };
}

/**
 * How much a run tells that the text is mojibake: {@link SURE} with a C1 control (not NEL) among its characters;
 * {@link TELLING} for three or four characters with one of windows-1252's look-alikes ("â€™", "â€”", "ðŸ˜€"), or
 * for two led by 'Â' or 'Ã' with a symbol, a punctuation mark or a digit ("Ã©", "Ã¼", "Â©"), where text writes
 * those capitals before letters (Portuguese, Romanian, Vietnamese); 0 for anything else, which real text spells now
 * and then ("allé\u00A0»" in French, "‘ß’").
 * Why: WCXB 4656 writes "Investorâ\u0080\u0099s" 49 times (read as Latin-1); 2362 writes "â€™" 34 times (read as
 * windows-1252).
 */
function tellingness(text: string, run: MojibakeRun): number {
  let lookAlike = false;
  for (let i = run.start + 1; i < run.end; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x9f && code !== 0x85) return SURE;
    if (code > 0xff) lookAlike = true;
  }
  if (run.end - run.start >= 3) return lookAlike ? TELLING : 0;
  const lead = text.charCodeAt(run.start);
  return (lead === 0xc2 || lead === 0xc3) && SYMBOL.test(text.charAt(run.start + 1)) ? TELLING : 0;
}

/** `text` with each run replaced by its character, which maps to the run's start. */
function decodeRuns(text: string, runs: readonly MojibakeRun[]): MappedText {
  const decoded = new MappedTextBuilder(text);
  for (const run of runs) decoded.replace(run.start, run.end, run.decoded);
  return decoded.finish();
}
