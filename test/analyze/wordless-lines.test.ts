import { describe, expect, it } from 'vitest';
import { wordlessLines } from '../../src/analyze/wordless-lines.js';
import { clean } from '../../src/clean.js';
import { normalize } from '../../src/normalize/normalize.js';
import { linesOf } from '../helpers.js';

const P = 'The minister said on Wednesday that the talks had been useful for both sides.';
const Q = 'Officials from both delegations are expected to meet again in Geneva next month.';

/** The reasons `wordlessLines` gives, by the text of each line it takes out of a body made of all the lines. */
const reasonsOf = (text: string): Record<string, string> => {
  const normalized = normalize(text).text;
  const lines = linesOf(normalized);
  const found = wordlessLines(
    lines,
    lines.map(() => undefined),
    { start: 0, end: lines.length - 1 },
    normalized,
    'latin',
  );
  const reasons: Record<string, string> = {};
  for (const [i, verdict] of found) {
    expect(verdict.kind).toBe('other');
    reasons[lines[i]?.text ?? ''] = verdict.reason;
  }
  return reasons;
};

describe('wordlessLines', () => {
  // WCXB 0174 html-to-text: a comment form's hidden field writes "Δ" alone under the post.
  it("takes out a letter alone in another script, not one in the article's", () => {
    expect(reasonsOf(`${P}\n\nΔ\n\n${Q}\n\nA\n\n${P}`)).toEqual({ Δ: 'a letter alone in another script (greek)' });
  });
  // html-to-text writes <hr> as forty dashes (WCXB 0213); rating stars stand alone (0166).
  it('takes out a rule and rating stars between paragraphs', () => {
    expect(reasonsOf(`${P}\n\n${'-'.repeat(40)}\n\n${Q}\n\n★★★★★\n\n${P}`)).toEqual({
      [`${'-'.repeat(40)}`]: 'no letter or digit: a rule, rating or icon (chars=40)',
      '★★★★★': 'no letter or digit: a rule, rating or icon (chars=5)',
    });
  });

  // multisite-dev forbes 2005: the tail of a document.write under a breadcrumb; cnn 2013: a gallery's arrows.
  it("takes out a script's tail and a gallery's arrows, with no code near them", () => {
    expect(reasonsOf(`Home>Lifestyle>Vehicles\n\n '); //-->\n\n${P}\n\n<<\n<\n\n${Q}`)).toEqual({
      "'); //-->": 'no letter or digit: code marks outside code (chars=9)',
      '<<': 'no letter or digit: code marks outside code (chars=2)',
      '<': 'no letter or digit: code marks outside code (chars=1)',
    });
  });

  // html-to-text writes an empty list item as its bullet alone (WCXB 0396).
  it('takes out a bullet with no item', () => {
    expect(reasonsOf(`${P}\n\n     * \n\n${Q}`)).toEqual({ '*': 'no letter or digit: a bullet with no item' });
  });

  // WCXB 2862, 0443: braces close a listing's blocks, one of them under a list of strings.
  it("keeps the braces of a code listing, as the listing's", () => {
    const listing = [
      'func CopyFile(dstName, srcName string) (written int64, err error) {',
      '    src, err := os.Open(srcName)',
      '    if err != nil {',
      '        return',
      '    }',
      '    options.RedactRequestHeaders = new[] {',
      '        "Authorization",',
      '        "X-Api-Key"',
      '    };',
      '}',
    ].join('\n');
    expect(reasonsOf(`${P}\n\n${listing}\n\n${Q}`)).toEqual({});
  });

  // WCXB 0435: a console dump's table between rules.
  it("keeps the rules of a table's aligned rows", () => {
    const rule = `   ${'-'.repeat(76)}`;
    expect(reasonsOf(`${P}\n\n${rule}\n   BootRom Version    1.1\n   Memory Size:  128 MB\n${rule}\n\n${Q}`)).toEqual(
      {},
    );
  });

  // WCXB 0435, 0493, 4860, 4349: an ellipsis, a diagram's arrow, a price tier, a footnote's rule.
  it.each(['[...]', '…', '▼', '│', '$$', '✓', '___'])('keeps %s, which means something alone', (mark) => {
    expect(reasonsOf(`${P}\n\n${mark}\n\n${Q}`)).toEqual({});
  });

  it('keeps lines with a letter or a digit', () => {
    expect(reasonsOf(`${P}\n\n1\n\n${Q}`)).toEqual({});
  });
});

describe('clean', () => {
  it('reports a rule between paragraphs as removed, and keeps the paragraphs', () => {
    const input = `${P} ${Q}\n\n${'-'.repeat(40)}\n\n${Q} ${P}`;
    const article = clean(input);
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    const removed = article.removed.find((r) => r.text === '-'.repeat(40));
    expect(removed?.kind).toBe('other');
    expect(input.slice(removed?.start, removed?.end)).toBe('-'.repeat(40));
  });
});
