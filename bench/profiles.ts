/**
 * Site-profile benchmark: for a JSONL of many pages per site (fields `site`, `renderer`, `text`,
 * `gold.body`), holds out every 4th page of each site and renderer, learns a profile on the others, and
 * prints body precision/recall/F1 on the held-out pages without and with the profile, per renderer.
 *
 *   npm run bench:profiles -- <multisite.jsonl> [--min-share 0.2] [--min-pages 5] [--prose-min-share 0.9]
 *                             [--every 4] [--sweep] [--show 10]
 *
 * `--sweep` prints the grid of minPages × minShare it tried; `--show N` prints the N site-repeat
 * lines removed most often from held-out pages, to see what the profile takes.
 */
import { parseArgs } from 'node:util';
import { type CleanOptions, clean, learnProfile, type ProfileThresholds, type SiteProfile } from '../src/index.js';
import { type Page as DatasetPage, readJsonl } from './lib/dataset.js';
import { scoreBody } from './lib/metrics.js';

/** Multi-page sets always say which site a page is from. */
type Page = DatasetPage & { readonly site: string };

interface Score {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'min-share': { type: 'string', default: '0.2' },
    'min-pages': { type: 'string', default: '5' },
    'prose-min-share': { type: 'string', default: '0.9' },
    every: { type: 'string', default: '4' },
    sweep: { type: 'boolean', default: false },
    show: { type: 'string', default: '0' },
  },
});
const path = positionals[0];
if (!path) {
  console.error('usage: npm run bench:profiles -- <multisite.jsonl> [--min-share 0.2] [--min-pages 5] [--sweep]');
  process.exit(2);
}
const every = Number(values.every);

// Group pages by site and renderer, in file order; every `every`-th page of a group is held out.
const groups = new Map<string, Page[]>();
for await (const page of readJsonl<Page>(path)) {
  const key = `${page.renderer ?? 'all'}\t${page.site}`;
  groups.set(key, [...(groups.get(key) ?? []), page]);
}
const heldOut: { renderer: string; page: Page; profile: SiteProfile }[] = [];
for (const [key, pages] of groups) {
  const renderer = key.split('\t')[0] as string;
  const train = pages.filter((_, i) => i % every !== every - 1);
  const profile = learnProfile(train.map((p) => p.text));
  for (const page of pages.filter((_, i) => i % every === every - 1)) heldOut.push({ renderer, page, profile });
}

/** Mean body scores per renderer of the held-out pages cleaned with `options(profile)`. */
function evaluate(options: (profile: SiteProfile) => CleanOptions, removedLines?: Map<string, number>) {
  const scores = new Map<string, Score>();
  for (const { renderer, page, profile } of heldOut) {
    const article = clean(page.text, options(profile));
    const s = scoreBody(article.text, page.gold.body);
    const t = scores.get(renderer) ?? { pages: 0, precision: 0, recall: 0, f1: 0 };
    scores.set(renderer, {
      pages: t.pages + 1,
      precision: t.precision + s.precision,
      recall: t.recall + s.recall,
      f1: t.f1 + s.f1,
    });
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

console.log(`held out 1 page in ${every} of each site and renderer: ${heldOut.length} pages`);
console.log(`thresholds ${JSON.stringify(thresholds)}\n`);
console.log('renderer      pages  without profile (P / R / F1)   with profile (P / R / F1)      ΔP       ΔR');
for (const [renderer, b] of baseline) {
  const w = withProfile.get(renderer) as Score;
  console.log(
    `${renderer.padEnd(13)} ${String(b.pages).padStart(5)}  ${fmt(b.precision)} / ${fmt(b.recall)} / ${fmt(b.f1)}   ` +
      `${fmt(w.precision)} / ${fmt(w.recall)} / ${fmt(w.f1)}   ${fmt(w.precision - b.precision).padStart(7)}  ${fmt(w.recall - b.recall).padStart(7)}`,
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
      const cells = [...baseline].map(([renderer, b]) => {
        const w = result.get(renderer) as Score;
        return `${renderer} ΔP ${fmt(w.precision - b.precision)} ΔR ${fmt(w.recall - b.recall)} F1 ${fmt(w.f1)}`;
      });
      console.log(`  ${String(minPages).padStart(2)} ${minShare.toFixed(2)}  ${cells.join('   ')}`);
    }
  }
}
