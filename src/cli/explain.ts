import type { Removal } from '../types.js';
import { paint } from './color.js';

/** Longest excerpt of a removed span shown, in characters. */
const EXCERPT = 100;

/**
 * Lists removed spans for a person to read after the article: kind, the text (cut short), why, and where.
 * @example explainRemoved(article.removed, 'text', false) // '\n--- removed: 2 spans ---\nnav  "Home" — …'
 */
export function explainRemoved(removed: readonly Removal[], format: 'text' | 'markdown', color: boolean): string {
  const width = Math.max(0, ...removed.map((r) => r.kind.length));
  const lines = removed.map((r) => {
    const flat = r.text.replace(/\s+/g, ' ');
    const text = JSON.stringify(flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat);
    const where = `${r.start}–${r.end}`;
    if (format === 'markdown') return `- **${r.kind}** ${text} — ${r.reason} (${where})`;
    return `${paint(r.kind.padEnd(width), 'yellow', color)}  ${text} ${paint(`— ${r.reason} (${where})`, 'dim', color)}`;
  });
  const count = `${removed.length} span${removed.length === 1 ? '' : 's'}`;
  const header = format === 'markdown' ? `## Removed: ${count}\n` : paint(`--- removed: ${count} ---`, 'bold', color);
  return `\n${header}\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`;
}
