/**
 * Output snapshot for refactors that must not change results: prints one `variant<TAB>id<TAB>hash` line per
 * cleaned document, so two runs (before and after a change) can be compared with `diff`.
 *
 *   npx tsx scripts/snapshot-outputs.ts <dataset.jsonl>… > after.tsv && diff before.tsv after.tsv
 *
 * Hashes the public outputs — `clean()` in every mode and with other packs, `normalize()` (text and origin map)
 * and `segment()` — over every page of the datasets, plus a fixed-seed set of generated adversarial documents
 * (entities, tags, combining marks, lone surrogates, phrase-pack labels, scripts) spliced with page fragments.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type CleanOptions, clean, normalize, segment } from '../src/index.js';
import { de } from '../src/lang/de.js';
import { en } from '../src/lang/en.js';
import { es } from '../src/lang/es.js';
import { fr } from '../src/lang/fr.js';
import { it } from '../src/lang/it.js';
import { nl } from '../src/lang/nl.js';
import { pt } from '../src/lang/pt.js';
import { ru } from '../src/lang/ru.js';
import type { PhrasePack } from '../src/lang/types.js';

const ALL_PACKS: readonly PhrasePack[] = [en, de, es, fr, it, nl, pt, ru];

const hash = (value: unknown): string =>
  createHash('sha1')
    .update(typeof value === 'string' ? value : JSON.stringify(value))
    .digest('hex')
    .slice(0, 16);

function emit(variant: string, id: string, run: () => unknown): void {
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    value = `throws ${(error as Error).name}: ${(error as Error).message}`;
  }
  process.stdout.write(`${variant}\t${id}\t${hash(value)}\n`);
}

function snapshot(id: string, text: string, full: boolean): void {
  emit('normalize', id, () => {
    const n = normalize(text);
    return `${n.text}\u0000${hash(Buffer.from(n.origin.buffer, n.origin.byteOffset, n.origin.byteLength).toString('base64'))}`;
  });
  emit('segment', id, () => segment(normalize(text).text));
  const variants: [string, CleanOptions][] = [
    ['balanced', {}],
    ['precision', { mode: 'precision' }],
    ['recall', { mode: 'recall' }],
    ['all-packs', { packs: ALL_PACKS, captionsInText: true, keep: { 'author-bio': true, related: true } }],
  ];
  if (full) for (const pack of ALL_PACKS) variants.push([`forced-${pack.code}`, { packs: ALL_PACKS, lang: pack.code }]);
  for (const [name, options] of variants) emit(name, id, () => clean(text, options));
}

// A fixed-seed generator (mulberry32), so the adversarial documents are the same on every run.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...new Set(
    ALL_PACKS.flatMap((p) => [
      ...p.shareLabels,
      ...p.paywall,
      ...p.nav,
      ...p.related,
      ...p.legal,
      ...p.bylinePrefixes,
      ...p.dateLabels,
      ...p.creditLabels,
      ...p.attributions,
      ...p.months.flat(),
      ...p.stopwords.slice(0, 20),
    ]),
  ),
  '&amp;',
  '&amp',
  '&nbsp;',
  '&#x1F600;',
  '&#55357;',
  '&#0;',
  '&#x110000;',
  '&eacute;',
  '&notanentity;',
  '&#',
  '<br>',
  '<p class="a">',
  '</div>',
  '<b>',
  '<a href="x">',
  '<',
  '>',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\n  ',
  '\t',
  '\u00A0',
  '\u200B',
  '\u00AD',
  '\uFEFF',
  '\u2028',
  '\u000C',
  '\u0085',
  '\u0007',
  'e\u0301',
  'A\u030A',
  '\u0301',
  '\u0308\u0301',
  '\uD83D\uDE00',
  '\uD83D',
  '\uDE00',
  'ǅ',
  'İ',
  'ß',
  'ﬁ',
  'Ⅻ',
  '•',
  '* ',
  '1. ',
  'a) ',
  '> ',
  '## ',
  '# ',
  ' | ',
  ' » ',
  '›',
  '■',
  ':',
  '.',
  '!',
  '?',
  '…',
  '。',
  '"',
  '”',
  ')',
  '(',
  '/',
  '-',
  '–',
  '©',
  '(c) 2024',
  '$1',
  '€9,99',
  '/mo',
  'per month',
  'April 12, 2017',
  '12 avril 2017',
  '3 de mayo de 2019',
  '12.04.2017',
  '04/05/2017',
  '2017-04-12T10:00:00Z',
  '5:50 am EST',
  'Credit: SERGEI KARPUKHIN/REUTERS',
  '(AP Photo/Evan Vucci)',
  'REUTERS/Jane Doe',
  'HomeNewsReviews',
  'Send in e-mailSend in e-mail',
  'Share Share',
  'Москва',
  'עברית',
  'العربية',
  'Ελληνικά',
  'हिन्दी',
  'ภาษาไทย',
  '한국어',
  'カタカナ',
  '漢字文本',
  '42',
  'The quick brown fox jumps over the lazy dog',
  'said the minister, who spoke on condition of anonymity.',
  ' ',
  '  ',
];

function adversarial(rand: () => number, fragments: readonly string[]): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(rand() * 400);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.05 && fragments.length > 0) {
      const page = fragments[Math.floor(rand() * fragments.length)] as string;
      const from = Math.floor(rand() * page.length);
      parts.push(page.slice(from, from + Math.floor(rand() * 2000)));
    } else if (r < 0.1) {
      parts.push(String.fromCharCode(Math.floor(rand() * 0x10000)));
    } else {
      const piece = PIECES[Math.floor(rand() * PIECES.length)] as string;
      parts.push(rand() < 0.2 ? piece.toUpperCase() : piece);
      if (rand() < 0.5) parts.push(rand() < 0.7 ? ' ' : '\n');
    }
  }
  return parts.join('');
}

const fragments: string[] = [];
for (const path of process.argv.slice(2)) {
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (raw.trim() === '') continue;
    const page = JSON.parse(raw) as { id: string; renderer?: string; text: string };
    const id = `${path.split('/').pop()}:${page.id}:${page.renderer ?? ''}`;
    snapshot(id, page.text, fragments.length < 100);
    if (fragments.length < 200) fragments.push(page.text);
  }
}
const fixture = readFileSync(new URL('../fixtures/haaretz-tillerson/input.txt', import.meta.url), 'utf8');
snapshot('fixture:haaretz-tillerson', fixture, true);
fragments.push(fixture);
const rand = random(20240611);
for (let i = 0; i < 3000; i++) snapshot(`generated:${i}`, adversarial(rand, fragments), i < 300);
