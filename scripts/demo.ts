/** `npm run demo`: cleans the bundled seed page and prints the article as Markdown, then what was removed. */
import { readFileSync } from 'node:fs';
import { clean, toMarkdown } from '../src/index.js';

const input = readFileSync(new URL('../fixtures/haaretz-tillerson/input.txt', import.meta.url), 'utf8');
const article = clean(input);
process.stdout.write(toMarkdown(article));
process.stdout.write(`\n---\nRemoved ${article.removed.length} spans:\n`);
for (const r of article.removed) {
  const text = r.text.length > 60 ? `${r.text.slice(0, 57)}…` : r.text;
  process.stdout.write(`  [${r.kind}] ${JSON.stringify(text)} — ${r.reason}\n`);
}
