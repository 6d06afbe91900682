/**
 * Cleans the first pages of a dataset a number of times with a built copy of dechaff, and nothing else: the program
 * to count machine instructions of (see bench/README.md). Plain JavaScript, so that node runs it without a loader.
 *
 *   PAGES=200 node bench/rounds.mjs <dataset.jsonl> [rounds] [dist/index.js]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [dataset, rounds = '1', dist = 'dist/index.js'] = process.argv.slice(2);
if (!dataset) {
  console.error('usage: PAGES=200 node bench/rounds.mjs <dataset.jsonl> [rounds] [dist/index.js]');
  process.exit(2);
}
const { clean } = await import(pathToFileURL(dist).href);
const pages = readFileSync(dataset, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((page) => page.renderer === undefined || page.renderer === 'innertext')
  .slice(0, Number(process.env.PAGES ?? 200));
for (let round = 0; round < Number(rounds); round++) {
  for (const page of pages) clean(page.text, page.url ? { url: page.url } : {});
}
