import { describe, expect, it } from 'vitest';
import { codeRuns, listingText } from '../../src/structure/code-runs.js';
import { linesOf } from '../helpers.js';

const runsOf = (text: string): Map<number, number> => codeRuns(linesOf(text), text);

// Shaped after WCXB 2862 (a Go listing between two sentences).
const GO = [
  'For example, let’s look at a function that opens two files:',
  'func CopyFile(dstName, srcName string) (written int64, err error) {',
  '    src, err := os.Open(srcName)',
  '    if err != nil {',
  '        return',
  '    }',
  '    fmt.Println("Calling g.")',
  '}',
  'This works, but there is a bug.',
].join('\n');

describe('codeRuns', () => {
  it('finds a listing between two sentences, over its lines that are not code by themselves', () => {
    expect(runsOf(GO)).toEqual(new Map([[1, 7]]));
  });
  it('takes a call whose argument ends like a sentence as code', () => {
    expect(runsOf('fmt.Println("Calling g.")\ng(0)')).toEqual(new Map([[0, 1]]));
  });
  it('goes on over an indented line and closing marks after the last code line', () => {
    // why: WCXB 0390 — "  return (" under "  };".
    expect(runsOf('const a = () => {\n  };\n  return (\n  )\nThe app works well.')).toEqual(new Map([[0, 3]]));
  });
  it('takes in the imports and signature above a listing', () => {
    expect(runsOf('Try this:\nimport sys\nprint(sys.argv)\nprint(len(sys.argv))')).toEqual(new Map([[1, 3]]));
    expect(runsOf('bool hitTest(int x, int y) override\n{\n  return mask.isValid();\n}')).toEqual(new Map([[0, 3]]));
  });
  it('keeps a block comment’s "* …" lines in the listing, and a bulleted list beside one out of it', () => {
    // why: WCXB 0476 — "* I append the token…" under "/**" read as a list item.
    const doc =
      ' name = user.prefix;\n /**\n * I append the token to the base.\n * The base is returned as-is.\n */\n}';
    expect(runsOf(doc)).toEqual(new Map([[0, 5]]));
    expect(runsOf(`x = f(a);\ny = g(b);\n${'* Use the cache for reads,'}\n* Use the index for writes`)).toEqual(
      new Map([[0, 1]]),
    );
  });
  it('finds a JSON snippet', () => {
    expect(runsOf('{\n  "@type": "Product",\n  "name": "Tablet Sleeve"\n}')).toEqual(new Map([[0, 3]]));
  });
  it('counts the code lines it goes on over after an import block', () => {
    const text =
      'package main\nimport (\n    "fmt"\n    "os"\n)\nfunc main() {\n    fmt.Println(os.Args)\n}\nThat is all.';
    expect(runsOf(text)).toEqual(new Map([[0, 7]]));
  });
  // why: WCXB 0383 innertext, its Markdown cleaned again — the fences had left the body, the listing's lines stayed.
  it('makes the kept lines between two fences of the page one listing, whatever they hold', () => {
    const text = 'Run it:\n```\nHello, world\nsecond line of output\n```\nThat is all.';
    const page = linesOf(text);
    const kept = page.filter((line) => !line.rawText.startsWith('```'));
    expect(codeRuns(kept, text, page)).toEqual(new Map([[1, 2]]));
  });
  it('makes a listing of two line comments in a row, and none of one', () => {
    const plan = ['-- Sample plan for the query above:', '-- Sort Key: t.created', '--   Rows Removed: 12'];
    expect(runsOf(['The planner shows what it did.', ...plan, 'Read it from the bottom up.'].join('\n'))).toEqual(
      new Map([[1, 3]]),
    );
    expect(runsOf('The planner shows what it did.\n-- a note on the plan\nRead it from the bottom up.')).toEqual(
      new Map(),
    );
  });
  // WCXB 4414 innertext: a query without a code mark of its own, one clause a line, read as paragraphs and a list.
  it('makes a listing of a query written one clause a line', () => {
    const query = [
      'Count the orders of each user:',
      'SELECT u.name, COUNT(o.id) AS orders',
      'FROM users u',
      'LEFT JOIN orders o ON u.id = o.user_id',
      'GROUP BY u.name',
      'The query runs in a few milliseconds.',
    ].join('\n');
    expect(runsOf(query)).toEqual(new Map([[1, 4]]));
  });
  it('finds no listing in upper-cased headings that open with a keyword of SQL', () => {
    expect(runsOf('FROM THE ARCHIVE\nWHERE TO STAY\nSELECT COMMITTEE REPORTS')).toEqual(new Map());
  });
  it('finds no listing in a lone code-shaped line', () => {
    expect(runsOf('load_processed_articles()\nLoads previously processed articles from a JSON file.')).toEqual(
      new Map(),
    );
  });
  it('finds no listing in prose with colons, parentheses or semicolons', () => {
    const clauses = 'By establishing and sharing a well-articulated process;\nChoosing the right review team members;';
    expect(runsOf(clauses)).toEqual(new Map());
    expect(runsOf('S = Specific\nM = Measurable\nA = Achievable')).toEqual(new Map());
    expect(runsOf('unigram = 1-gram = single word\nbigram = 2-gram = two sequential words')).toEqual(new Map());
    expect(runsOf('Step one (optional): install it.\nThe tool (see above) works: try it.')).toEqual(new Map());
  });
  it('keeps two listings apart across prose with a colon between them', () => {
    // why: WCXB 2862 — "printing a footer:" between two short listings.
    const text = 'mu.Lock()\ndefer mu.Unlock()\nprinting a footer:\nprintHeader()\ndefer printFooter()';
    expect(runsOf(text)).toEqual(
      new Map([
        [0, 1],
        [3, 4],
      ]),
    );
  });
});

describe('listingText', () => {
  it('keeps each line’s indentation beyond the listing’s own', () => {
    const text = '  if (a) {\n      b();\n  }';
    expect(listingText(linesOf(text), text)).toBe('if (a) {\n    b();\n}');
  });
  it('keeps a blank line between two of its lines, which parts two statements (WCXB 0415 innertext)', () => {
    const text = 'namespace sz = ashvardanian::stringzilla;\n\nsz::string_view text = "Der große Hund";';
    expect(listingText(linesOf(text), text)).toBe(text);
    // Near miss: lines with no blank line between them stay one under the other.
    expect(listingText(linesOf('git add .\ngit commit'), 'git add .\ngit commit')).toBe('git add .\ngit commit');
  });
});
