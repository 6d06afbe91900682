/**
 * Site-profile benchmark: for a JSONL of many pages per site (fields `site`, `renderer`, `text`,
 * `gold.body`), holds out every 4th page of each site and renderer, learns a profile on the others, and
 * prints body precision/recall/F1 on the held-out pages without and with the profile, per renderer, and the share of
 * held-out pages whose title is the gold body's first line (where such a set writes the headline).
 *
 *   npm run bench:profiles -- <multisite.jsonl> [--min-share 0.2] [--min-pages 5] [--prose-min-share 0.9]
 *                             [--every 4] [--folds 1] [--per-site] [--sweep] [--show 10]
 *
 * `--folds N` repeats the split N times (at most `--every`), each time holding out the next page of every
 * `every`, so with `--folds 4 --every 4` each page is held out once; `--per-site` adds a row per site and
 * renderer; `--sweep` prints the grid of minPages × minShare it tried; `--show N` prints the N site-repeat
 * lines removed most often from held-out pages, to see what the profile takes.
 */
import { parseArgs } from 'node:util';
import { type CleanOptions, clean, learnProfile, type ProfileThresholds, type SiteProfile } from '../src/index.js';
import { type Page as DatasetPage, readJsonl } from './lib/dataset.js';
import { normalizeField, scoreBody } from './lib/metrics.js';

/** Multi-page sets always say which site a page is from. */
type Page = DatasetPage & { readonly site: string };

interface Score {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  /** Pages whose title is the gold body's first line. */
  titles: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'min-share': { type: 'string', default: '0.2' },
    'min-pages': { type: 'string', default: '5' },
    'prose-min-share': { type: 'string', default: '0.9' },
    every: { type: 'string', default: '4' },
    folds: { type: 'string', default: '1' },
    'per-site': { type: 'boolean', default: false },
    sweep: { type: 'boolean', default: false },
    show: { type: 'string', default: '0' },
  },
});
const path = positionals[0];
if (!path) {
  console.error(
    'usage: npm run bench:profiles -- <multisite.jsonl> [--min-share 0.2] [--min-pages 5] [--folds 1] [--sweep]',
  );
  process.exit(2);
}
const every = Number(values.every);
const folds = Math.min(every, Number(values.folds));

// Group pages by site and renderer, in file order; in fold f, every page at `every - 1 - f` of `every` is held out.
const groups = new Map<string, Page[]>();
for await (const page of readJsonl<Page>(path)) {
  const key = `${page.renderer ?? 'all'}\t${page.site}`;
  groups.set(key, [...(groups.get(key) ?? []), page]);
}
const heldOut: { renderer: string; page: Page; profile: SiteProfile }[] = [];
for (let fold = 0; fold < folds; fold++) {
  const isHeldOut = (i: number): boolean => i % every === every - 1 - fold;
  for (const [key, pages] of groups) {
    const renderer = key.split('\t')[0] as string;
    const profile = learnProfile(pages.filter((_, i) => !isHeldOut(i)).map((p) => p.text));
    for (const page of pages.filter((_, i) => isHeldOut(i))) heldOut.push({ renderer, page, profile });
  }
}

/** The headline as a set that puts it in the body writes it: the body's first line. */
const goldHeadline = (page: Page): string => normalizeField(page.gold.body.trim().split('\n')[0]);

/** Mean body scores per row (renderer, and site with `--per-site`) of the held-out pages cleaned with `options(profile)`. */
function evaluate(options: (profile: SiteProfile) => CleanOptions, removedLines?: Map<string, number>) {
  const scores = new Map<string, Score>();
  for (const { renderer, page, profile } of heldOut) {
    const article = clean(page.text, options(profile));
    const s = scoreBody(article.text, page.gold.body);
    const titled = normalizeField(article.title) === goldHeadline(page) ? 1 : 0;
    for (const row of values['per-site'] ? [renderer, `${renderer} ${page.site}`] : [renderer]) {
      const t = scores.get(row) ?? { pages: 0, precision: 0, recall: 0, f1: 0, titles: 0 };
      scores.set(row, {
        pages: t.pages + 1,
        precision: t.precision + s.precision,
        recall: t.recall + s.recall,
        f1: t.f1 + s.f1,
        titles: t.titles + titled,
      });
    }
    if (removedLines) {
      for (const r of article.removed) {
        if (r.kind === 'site-repeat') removedLines.set(r.text, (removedLines.get(r.text) ?? 0) + 1);
      }
    }
  }
  return new Map(
    [...scores].map(([r, t]) => [
      r,
      { ...t, precision: t.precision / t.pages, recall: t.recall / t.pages, f1: t.f1 / t.pages },
    ]),
  );
}

const fmt = (n: number): string => n.toFixed(4);
const baseline = evaluate(() => ({}));
const thresholds: ProfileThresholds = {
  minShare: Number(values['min-share']),
  minPages: Number(values['min-pages']),
  proseMinShare: Number(values['prose-min-share']),
};
const removedLines = new Map<string, number>();
const withProfile = evaluate((profile) => ({ profile, profileThresholds: thresholds }), removedLines);

console.log(`held out 1 page in ${every} of each site and renderer, ${folds} time(s): ${heldOut.length} pages`);
console.log(`thresholds ${JSON.stringify(thresholds)}\n`);
console.log(
  'renderer / site           pages  without profile (P / R / F1)   with profile (P / R / F1)      ΔP       ΔR   titles',
);
for (const [row, b] of baseline) {
  const w = withProfile.get(row) as Score;
  console.log(
    `${row.padEnd(25)} ${String(b.pages).padStart(5)}  ${fmt(b.precision)} / ${fmt(b.recall)} / ${fmt(b.f1)}   ` +
      `${fmt(w.precision)} / ${fmt(w.recall)} / ${fmt(w.f1)}   ${fmt(w.precision - b.precision).padStart(7)}  ` +
      `${fmt(w.recall - b.recall).padStart(7)}  ${b.titles} → ${w.titles}`,
  );
}

const show = Number(values.show);
if (show > 0) {
  console.log(`\nmost often removed as site-repeat (held-out pages):`);
  for (const [text, n] of [...removedLines].sort((a, b) => b[1] - a[1]).slice(0, show)) {
    console.log(`  ${String(n).padStart(3)}×  ${JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}…` : text)}`);
  }
}

if (values.sweep) {
  console.log('\nsweep (proseMinShare fixed): minPages minShare → per renderer ΔP ΔR F1');
  for (const minPages of [2, 3, 5, 8]) {
    for (const minShare of [0.1, 0.15, 0.2, 0.25, 0.3, 0.5, 0.7]) {
      const t = { ...thresholds, minPages, minShare };
      const result = evaluate((profile) => ({ profile, profileThresholds: t }));
      const cells = [...baseline].map(([row, b]) => {
        const w = result.get(row) as Score;
        return `${row} ΔP ${fmt(w.precision - b.precision)} ΔR ${fmt(w.recall - b.recall)} F1 ${fmt(w.f1)}`;
      });
      console.log(`  ${String(minPages).padStart(2)} ${minShare.toFixed(2)}  ${cells.join('   ')}`);
    }
  }
}
