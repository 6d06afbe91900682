/**
 * Quality benchmark: cleans every page of a dataset in the WCXB JSONL format and prints, per renderer,
 * body F1 (precision, recall), snippet rates, title/author/date accuracy, speed and the worst pages.
 *
 *   npm run bench:quality -- <dataset.jsonl> [--mode balanced|precision|recall] [--worst 20] [--json out.json]
 *                                             [--half even|odd] [--no-url] [--by-lang]
 *
 * Each page's `url` is handed to `clean()` (its slug helps find the title); `--no-url` measures the text alone.
 * `--by-lang` prints each renderer's figures per page language (the page's `lang` field) as well, for a multilingual set.
 * Body F1 is averaged over the pages whose gold body has words: a set of `with`/`without` snippets alone (body '')
 * is scored by its snippet rates.
 * When a page comes in both renderings, the blocks made of its `innertext` are also scored against the structure its
 * `html-to-text` rendering keeps (bench/lib/structure.ts): headings and list items.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clean } from '../src/index.js';
import type { Mode } from '../src/settings.js';
import type { Article, Block } from '../src/types.js';
import { type Page, readJsonl } from './lib/dataset.js';
import { hasWords, normalizeField, scoreBody } from './lib/metrics.js';
import { emptyStructureTally, structureRates, tallyStructure } from './lib/structure.js';

interface Tally {
  pages: number;
  /** Pages whose gold body has words: the ones body F1 is averaged over. */
  scored: number;
  precision: number;
  recall: number;
  f1: number;
  withFound: number;
  withTotal: number;
  withoutLeft: number;
  withoutTotal: number;
  titleHit: number;
  titleTotal: number;
  authorHit: number;
  authorTotal: number;
  dateHit: number;
  dateTotal: number;
  ms: number;
  bytes: number;
  worst: { id: string; f1: number; precision: number; recall: number; url: string }[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mode: { type: 'string', default: 'balanced' },
    worst: { type: 'string', default: '20' },
    json: { type: 'string' },
    half: { type: 'string' },
    'no-url': { type: 'boolean', default: false },
    'by-lang': { type: 'boolean', default: false },
  },
});
const path = positionals[0];
if (!path) {
  console.error(
    'usage: npm run bench:quality -- <dataset.jsonl> [--mode balanced|precision|recall] [--worst N] [--no-url]',
  );
  process.exit(2);
}
const mode = values.mode as Mode;
const withUrl = !values['no-url'];
const worstCount = Number(values.worst);

const emptyTally = (): Tally => ({
  pages: 0,
  scored: 0,
  precision: 0,
  recall: 0,
  f1: 0,
  withFound: 0,
  withTotal: 0,
  withoutLeft: 0,
  withoutTotal: 0,
  titleHit: 0,
  titleTotal: 0,
  authorHit: 0,
  authorTotal: 0,
  dateHit: 0,
  dateTotal: 0,
  ms: 0,
  bytes: 0,
  worst: [],
});
const tallies = new Map<string, Tally>();
/** Per page id, the blocks of its innertext rendering and the text of its html-to-text one, for the structure check. */
const innertextBlocks = new Map<string, Block[]>();
const htmlToTextTexts = new Map<string, string>();

for await (const page of readJsonl<Page>(path)) {
  // `--half odd` scores only pages with an odd numeric id: the ones a model trained with `--half even` never saw.
  if (values.half && (Number.parseInt(page.id, 10) % 2 === 0 ? 'even' : 'odd') !== values.half) continue;
  const renderer = page.renderer ?? 'all';
  // Why: a held-out set in many languages needs each language's figures, not only their mean over the set.
  const keys = values['by-lang'] ? [renderer, `${renderer} · ${page.lang ?? 'no lang'}`] : [renderer];
  const ts = keys.map((key) => {
    const t = tallies.get(key) ?? emptyTally();
    tallies.set(key, t);
    return t;
  });
  const started = performance.now();
  const article = clean(page.text, withUrl && page.url ? { mode, url: page.url } : { mode });
  const ms = performance.now() - started;
  if (page.renderer === 'innertext') innertextBlocks.set(page.id, article.blocks);
  if (page.renderer === 'html-to-text') htmlToTextTexts.set(page.id, page.text);
  for (const t of ts) tallyPage(t, page, article, ms);
}

/** Adds one page's scores to a tally: its body F1, snippets, title, author and date, and its cleaning time. */
function tallyPage(t: Tally, page: Page, article: Article, ms: number): void {
  t.ms += ms;
  t.bytes += Buffer.byteLength(page.text);
  t.pages++;
  if (hasWords(page.gold.body)) {
    const score = scoreBody(article.text, page.gold.body);
    t.scored++;
    t.precision += score.precision;
    t.recall += score.recall;
    t.f1 += score.f1;
    t.worst.push({ id: page.id, f1: score.f1, precision: score.precision, recall: score.recall, url: page.url ?? '' });
  }
  const lower = article.text.toLowerCase();
  for (const s of page.gold.with ?? []) {
    t.withTotal++;
    if (lower.includes(s.toLowerCase())) t.withFound++;
  }
  for (const s of page.gold.without ?? []) {
    t.withoutTotal++;
    if (lower.includes(s.toLowerCase())) t.withoutLeft++;
  }
  if (page.gold.title) {
    t.titleTotal++;
    if (normalizeField(article.title) === normalizeField(page.gold.title)) t.titleHit++;
  }
  if (page.gold.author) {
    t.authorTotal++;
    if (normalizeField(article.byline) === normalizeField(page.gold.author)) t.authorHit++;
  }
  if (page.gold.published) {
    t.dateTotal++;
    if (article.publishedIso !== null && page.gold.published.startsWith(article.publishedIso)) t.dateHit++;
  }
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(3));
const summary: Record<string, unknown> = {};
for (const [renderer, t] of tallies) {
  t.worst.sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id));
  // null, not 0, when no page has a gold body: nothing was scored.
  const mean = (sum: number): number | null => (t.scored === 0 ? null : sum / t.scored);
  const row = {
    pages: t.pages,
    scored: t.scored,
    f1: mean(t.f1),
    precision: mean(t.precision),
    recall: mean(t.recall),
    withFound: t.withFound / Math.max(1, t.withTotal),
    withoutLeft: t.withoutLeft / Math.max(1, t.withoutTotal),
    title: t.titleHit / Math.max(1, t.titleTotal),
    author: t.authorHit / Math.max(1, t.authorTotal),
    date: t.dateHit / Math.max(1, t.dateTotal),
    pagesPerSecond: t.pages / (t.ms / 1000),
    mbPerSecond: t.bytes / 1e6 / (t.ms / 1000),
  };
  summary[renderer] = { ...row, url: withUrl };
  console.log(
    `\n== ${renderer} (${t.pages} pages, mode ${mode}, ${withUrl ? 'text and URL' : 'text alone, --no-url'})`,
  );
  const fixed = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
  const unscored = t.scored < t.pages ? `  (${t.scored} of ${t.pages} pages have a gold body)` : '';
  console.log(`body F1 ${fixed(row.f1)}  precision ${fixed(row.precision)}  recall ${fixed(row.recall)}${unscored}`);
  console.log(
    `snippets: with found ${pct(t.withFound, t.withTotal)}  without left ${pct(t.withoutLeft, t.withoutTotal)}`,
  );
  console.log(
    `title ${pct(t.titleHit, t.titleTotal)}  author ${pct(t.authorHit, t.authorTotal)}  date ${pct(t.dateHit, t.dateTotal)}`,
  );
  console.log(`speed ${row.pagesPerSecond.toFixed(0)} pages/s, ${row.mbPerSecond.toFixed(1)} MB/s (clean() only)`);
  if (t.scored > 0) console.log(`worst ${worstCount}:`);
  for (const w of t.worst.slice(0, worstCount)) {
    console.log(`  ${w.id}  F1 ${w.f1.toFixed(3)}  P ${w.precision.toFixed(3)}  R ${w.recall.toFixed(3)}  ${w.url}`);
  }
}
const structure = emptyStructureTally();
let paired = 0;
for (const [id, blocks] of innertextBlocks) {
  const htmlToText = htmlToTextTexts.get(id);
  if (htmlToText === undefined) continue;
  tallyStructure(structure, blocks, htmlToText);
  paired++;
}
if (paired > 0) {
  const rates = structureRates(structure);
  summary.structure = { pages: paired, ...rates };
  console.log(`\n== structure of the innertext blocks against the html-to-text rendering (${paired} pages)`);
  console.log(
    `headings that are <h1>-<h6> ${rates.headingPrecision?.toFixed(3)}  <h1>-<h6> lines that are headings ${rates.headingRecall?.toFixed(3)}  F1 ${rates.headingF1?.toFixed(3)}`,
  );
  console.log(
    `list items that are <li> ${rates.listItemPrecision?.toFixed(3)}  <li> lines that are list items ${rates.listItemRecall?.toFixed(3)}`,
  );
}
if (values.json) writeFileSync(values.json, JSON.stringify(summary, null, 2));
