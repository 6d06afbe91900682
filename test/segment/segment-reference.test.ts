import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../src/lang/dotted-i.js';
import { normalize } from '../../src/normalize/normalize.js';
import { SENTENCE_MARKS } from '../../src/segment/char-tables.js';
import { type Script, scriptOf, UNSPACED_SCRIPTS } from '../../src/segment/script.js';
import { segment } from '../../src/segment/segment.js';

// The line features as first written — regular expressions, a Map per line, toLowerCase per letter (the tokens with
// "İ" as "i", lowerCase). segment() computes them with tables and loops for speed and must agree on every line.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
const LIST_MARKER = /^(?:[*•·▪●◦‣∙○■□➤►▸–—-]|\d{1,3}[.)]|[a-z][.)])(?=\s)/u;
const QUOTE_MARKER = /^>(?!>)\s?/;
// A nested item's or a quote's second mark, before the words.
const INNER_MARK = /^(?:[*•·▪●◦‣∙○■□➤►▸]|>(?!>))\s+(?=[^\s*•·▪●◦‣∙○■□➤►▸>])/u;
const MD_HEADING = /^(#{1,6})\s+(?=\S)/;
const SENTENCE_END = new RegExp(`[${SENTENCE_MARKS}](?:["'”’»)\\]]{0,3})$`, 'u');
// Chinese and Japanese full stops, exclamation and question marks count without a space after them.
const SENTENCE_MARK = new RegExp(`[${SENTENCE_MARKS}](?=\\s|$)|[。！？｡]`, 'gu');

function referenceLine(raw: string) {
  const rawText = raw.includes('  ') ? raw.replace(/ {2,}/g, ' ') : raw;
  let text = rawText;
  let listMarker: string | null = null;
  let quoted = false;
  let headingLevel = 0;
  const list = LIST_MARKER.exec(text);
  if (list) {
    listMarker = list[0];
    text = text.slice(list[0].length).trimStart().replace(INNER_MARK, '');
  } else if (QUOTE_MARKER.test(text)) {
    quoted = true;
    text = text.replace(QUOTE_MARKER, '').replace(INNER_MARK, '');
  } else {
    const md = MD_HEADING.exec(text);
    if (md?.[1]) {
      headingLevel = md[1].length;
      text = text.slice(md[0].length);
    }
  }
  const tokens = lowerCase(text).match(TOKEN) ?? [];
  const counts = new Map<Script, number>();
  let letters = 0;
  let upper = 0;
  let cased = 0;
  let unspacedLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script === 'none') continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
    if (UNSPACED_SCRIPTS.has(script)) unspacedLetters++;
    if (script === 'latin' || script === 'cyrillic' || script === 'greek') {
      const ch = text[i] as string;
      const lower = ch.toLowerCase();
      if (lower !== ch.toUpperCase()) {
        cased++;
        if (ch !== lower) upper++;
      }
    }
  }
  let script: Script = 'none';
  let best = 0;
  for (const [s, n] of counts) {
    if (n > best) {
      best = n;
      script = s;
    }
  }
  const unspaced = UNSPACED_SCRIPTS.has(script);
  return {
    text,
    rawText,
    listMarker,
    quoted,
    headingLevel,
    tokens,
    // Four code units a Thai word (its marks counted), two a Chinese or Japanese one.
    words: unspaced ? Math.max(tokens.length, Math.ceil(unspacedLetters / (script === 'thai' ? 4 : 2))) : tokens.length,
    letters,
    upperRatio: cased === 0 ? 0 : upper / cased,
    script,
    endsSentence: SENTENCE_END.test(text),
    sentenceMarks: text.match(SENTENCE_MARK)?.length ?? 0,
  };
}

function expectReference(text: string): void {
  for (const line of segment(text)) {
    const { text: body, rawText, listMarker, quoted, headingLevel, tokens, words, letters, upperRatio } = line;
    const { script, endsSentence, sentenceMarks } = line;
    const actual = { text: body, rawText, listMarker, quoted, headingLevel, tokens, words, letters, upperRatio };
    expect({ ...actual, script, endsSentence, sentenceMarks }).toEqual(referenceLine(text.slice(line.start, line.end)));
  }
}

const PIECES = [
  ...'aZé\u0301İıΣσςЖжאع日本ไทย한カ１٣²Ⅻ’\'_-.!?…。！？"”»)] \t\u00A0*•–#>',
  '1. ',
  'a) ',
  '> ',
  '## ',
  '𝐀',
  '\uD835',
  '\uDC00',
  '\uD83D\uDE00',
  'Send in e-mailSend in e-mail',
  '\n',
  '\n\n',
  '  ',
];

describe('segment() agrees with the line features as first written', () => {
  it('on every BMP character: inside a word, alone, ending a word, before a full stop', () => {
    // Why every one, and first: the line scan's table is filled in by block as characters come (line-scan.ts
    // fillInfo), here each block first within a word.
    for (let first = 0; first < 0x10000; first += 0x400) {
      const lines: string[] = [];
      for (let c = first; c < first + 0x400; c++) {
        const ch = String.fromCharCode(c);
        lines.push(`a${ch}b ${ch} Ab${ch}. ${ch}`);
      }
      expectReference(lines.join('\n'));
    }
  });

  it('on generated lines', () => {
    const text = fc
      .array(
        fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, fc.string({ unit: 'binary', maxLength: 2 })),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(fc.property(text, expectReference), { numRuns: 1500, seed: 1 });
  });

  it('on the seed page', () => {
    const input = readFileSync(new URL('../../fixtures/haaretz-tillerson/input.txt', import.meta.url), 'utf8');
    expectReference(normalize(input).text);
  });
});
