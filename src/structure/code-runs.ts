import { codeFences } from '../analyze/code-fences.js';
import { isCodeLine } from '../analyze/code-line.js';
import type { Line } from '../segment/segment.js';

/** Most lines of a listing in a row that are not code lines themselves ("text: input," between two code lines). */
const MAX_GAP = 3;
/** Most words of a short such line; a longer one needs many code marks, or it is the article's prose. */
const MAX_GAP_WORDS = 8;
/**
 * A comment's opening mark: a comment may end like a sentence ("# Install the CLI.", "// Add a new todo."). Not a
 * hashtag ("#TBT") or a Markdown heading ("## Setup").
 */
const COMMENT = /^(?:\/\/|\/\*|\*\/|#[\s!]|#include\b|--)/;
/**
 * Marks a line of prose seldom has: brackets, quotes, operators, a word joined to the next by a dot or underscore, a
 * comma or an opening bracket at the end ("text: input,"), a colon after one word ("else:"). Not a colon after words,
 * prose between two listings ("printing a footer:", WCXB 2862).
 */
const CODE_MARK = /[{}()[\];<>=`'"]|\w[._]\w|[,([]$|^\S+:$/;
/** The same marks, counted: a long line of code has one for every two words or more. */
const CODE_MARKS = /[{}()[\];<>=`'"]|\w[._]\w/g;
/** A line that opens a bracket or a list the next line goes on with ("return (", "todos.map(todo =>"). */
const OPENS = /[([{,]$|=>$/;
/**
 * Marks of code a line above a listing shows (a signature, "bool hitTest(int x, int y) override"); not a heading's
 * "(optional)".
 */
const LEADING_MARK = /\w\(|[{};=<>"`]/;
/**
 * An import or a package line that opens a listing ("import sys", "from transformers import AutoTokenizer",
 * "package main", WCXB 0415, 0386, 2862): lower case, as code writes it.
 */
const IMPORT = /^(?:import [\w{*@"']|from [\w.]+ import |package [\w.]+;?$)/;
/**
 * A shell command: a prompt, or a lower-case command with an option ("npm install -g @google/gemini-cli", WCXB 0390;
 * "cargo criterion --features \"bench_unicode\"", 0415), commands joined by "&&" or a line continued by "\\".
 */
const SHELL = /^\$ \S|^[a-z][\w.-]*(?: \S+)*? --?[A-Za-z][\w-]*(?: |$)|^[a-z]\S* .* && |\s\\$/;
/**
 * A clause of SQL: an upper-case keyword that opens a query's line, then its operands, with a small letter or a code
 * mark among them ("SELECT u.name, COUNT(o.id) as order_count", "FROM users u", "LEFT JOIN orders o ON u.id =
 * o.user_id", WCXB 4414 innertext); not an upper-cased heading ("FROM THE ARCHIVE", "WHERE TO STAY").
 */
const SQL_CLAUSE =
  /^(?:SELECT|FROM|WHERE|AND|OR|(?:(?:LEFT|RIGHT|INNER|OUTER|FULL|CROSS) )*JOIN|ON|GROUP BY|ORDER BY|HAVING|LIMIT|OFFSET|UNION(?: ALL)?|INSERT INTO|VALUES|UPDATE|SET|DELETE FROM|CREATE(?: UNIQUE)? (?:INDEX|TABLE|VIEW)|ALTER TABLE|DROP (?:INDEX|TABLE)|WITH|RETURNING) (?=[^\p{Ll}*(),=;'<>]*[\p{Ll}*(),=;'<>])/u;
/** A line that is one call, perhaps with calls inside ("print(len(sys.argv))"). */
const CALL = /^[\w.$]+\(.*\)[;,]?$/;
/**
 * A term defined in words, not code: a name, "=", then words from a capital or two words in a row, and no bracket,
 * quote or operator ("S = Specific", "T = Time Bound", WCXB 0367; "Difference = Net Gain - Cost of Home Improvement =
 * $15,000 - $10,000", 0227; "bigram = 2-gram = two sequential words from corpus", 0425).
 */
const DEFINITION = /^[\w.$[\]]+ = (?=\p{Lu}|.*\p{L}{2} \p{L}{2})[^(){}[\];"'`<>+*/]*$/u;
/**
 * A line that ends in a semicolon and holds no other code mark: a list of clauses ("Choosing the right review team
 * members;", WCXB 0254).
 */
const CLAUSE = /^[^{}()[\]<>=`"]*;$/;
/** Most words of a code line whose only mark is its semicolon ("export default TodoList;"). */
const MAX_CLAUSE_WORDS = 3;

/**
 * A line of code that ends like a sentence: a call whose last argument does ("fmt.Println("Calling g.")", WCXB
 * 2862), a member whose quoted value does ("\"reviewBody\": \"… Highly recommended!\"", 4845; 'suffix: "Jr."', 0476),
 * or a statement with a comment after it ('name = name.listAppend( user.firstName, " " ); // Space delimiter.', 0476).
 */
const CODE_SENTENCE = /\w\(.*\)$|^["']?[\w$-]+["']?\s*:\s*["'`]|\s\/\/\s/;

/** True when the line ends like a sentence and is no call or comment. */
const isSentence = (line: Line): boolean =>
  line.endsSentence && !CODE_SENTENCE.test(line.rawText) && !COMMENT.test(line.rawText);

/** A line that reads as code by itself; a sentence is not (a code mark inside prose ends no listing). */
function isAnchor(line: Line): boolean {
  if (line.quoted || line.credit !== undefined || isSentence(line)) return false;
  if (IMPORT.test(line.rawText) || CALL.test(line.rawText) || SHELL.test(line.rawText)) return true;
  if (SQL_CLAUSE.test(line.text)) return true;
  if (!isCodeLine(line.text) || DEFINITION.test(line.text)) return false;
  return !(CLAUSE.test(line.text) && line.words > MAX_CLAUSE_WORDS);
}

/**
 * A line that may stand inside a listing between code lines: marks only, a comment, a short code-marked line, a long
 * one dense with marks, or an indented line that is no list item.
 */
function fitsListing(line: Line, indent: number): boolean {
  if (line.quoted || line.credit !== undefined) return false;
  // A list item beside a listing is the article's list unless code marks it ("* @param {string} token").
  if (line.listMarker !== null) return !isSentence(line) && CODE_MARK.test(line.text);
  if (line.tokens.length === 0 || COMMENT.test(line.rawText)) return true;
  if (isSentence(line)) return false;
  if (indent > 0) return true;
  if (line.words <= MAX_GAP_WORDS) return CODE_MARK.test(line.rawText);
  return 2 * (line.rawText.match(CODE_MARKS)?.length ?? 0) >= line.words;
}

/** A line comment of SQL, Lua or Haskell ("--") or of the C family ("//"), a space after its mark. */
const LINE_COMMENT = /^(?:--|\/\/)\s/;

/**
 * True when `kept[i]` and the line under it are both line comments ({@link LINE_COMMENT}): a listing's comments, which
 * open or make a listing as two code lines do. Why: a query plan written as comments under its query ("-- Example
 * output breakdown:" over "-- Group Key: u.id, u.name", WCXB 4414 innertext) read as a list of its lines; prose seldom
 * opens two lines in a row with a double hyphen or a double slash.
 */
const isCommentPair = (kept: readonly Line[], i: number): boolean =>
  LINE_COMMENT.test((kept[i] as Line).rawText) && LINE_COMMENT.test(kept[i + 1]?.rawText ?? '');

/** A line that opens a block comment it does not close ("/**"). */
const OPENS_COMMENT = /^\/\*(?!.*\*\/)/;

/**
 * Which lines are the "* …" lines of a block comment: under a "/*" that opens one, or under another such line. Why:
 * WCXB 0476 — "* I append the token to the base…" under "/**" read as a list item. Linear.
 */
function docCommentLines(kept: readonly Line[]): boolean[] {
  const inside: boolean[] = [];
  for (let k = 0; k < kept.length; k++) {
    const above = kept[k - 1];
    const opened = above !== undefined && (OPENS_COMMENT.test(above.rawText) || inside[k - 1] === true);
    inside.push(opened && (kept[k] as Line).listMarker === '*');
  }
  return inside;
}

/** Spaces before the line's first character in `text`. */
function indentOf(line: Line, text: string): number {
  return line.start - (text.lastIndexOf('\n', line.start - 1) + 1);
}

/**
 * Finds the runs of code lines among the body's kept lines: two or more lines that read as code, with up to
 * {@link MAX_GAP} lines between them that fit a listing, the code-marked lines just above them and the closing
 * marks after them ("  );" under "todo.id === id ? …"); and the kept lines between two Markdown fences of `page` (all
 * the page's lines), each pair's listing. `text` is the normalized text the lines were cut from. Returns each run's
 * last index by its first. Linear.
 * @example codeRuns(kept, text) // Map { 4 => 11 }
 */
export function codeRuns(kept: readonly Line[], text: string, page: readonly Line[] = kept): Map<number, number> {
  const runs = new Map<number, number>();
  const fences = codeFences(page);
  const docComment = docCommentLines(kept);
  const fits = (k: number): boolean => fitsListing(kept[k] as Line, indentOf(kept[k] as Line, text));
  const around = (k: number): boolean => fits(k) && (kept[k] as Line).listMarker === null;
  const trails = (k: number): boolean =>
    docComment[k] === true ||
    (around(k) &&
      ((kept[k] as Line).tokens.length === 0 ||
        indentOf(kept[k] as Line, text) > 0 ||
        OPENS.test((kept[k] as Line).rawText)));
  const leads = (k: number): boolean =>
    around(k) &&
    (indentOf(kept[k] as Line, text) > 0 ||
      LEADING_MARK.test((kept[k] as Line).rawText) ||
      COMMENT.test((kept[k] as Line).rawText));
  let done = -1;
  let opened = -1;
  for (let i = 0; i < kept.length; i++) {
    // Why: the lines between two Markdown fences are one listing, whatever they hold (WCXB 0383 innertext, its
    // Markdown cleaned again).
    const close = fences.get((kept[i] as Line).index - 1);
    if (close !== undefined) {
      let last = i;
      while (last + 1 < kept.length && (kept[last + 1] as Line).index < close) last++;
      runs.set(i, last);
      done = last;
      opened = -1;
      i = last;
      continue;
    }
    const comments = isCommentPair(kept, i);
    if (!(comments || isAnchor(kept[i] as Line)) || (kept[i] as Line).listMarker !== null) continue;
    let last = i;
    let anchors = comments ? 2 : 1;
    for (let j = i + 1; j < kept.length && j - last <= MAX_GAP + 1; j++) {
      if (isAnchor(kept[j] as Line)) {
        last = j;
        anchors++;
      } else if (COMMENT.test((kept[j] as Line).rawText) || docComment[j] === true) {
        // A comment inside a listing is its code: it counts in no gap. Why: it stays code even where a credit was
        // read off its end (WCXB 0446: '… fixture, _ := os.ReadFile("testdata/sfdc_account_response.json")').
        last = j;
      } else if (!fits(j)) break;
    }
    // why: WCXB 0390 — a listing ends on its closing marks (")" and "}" lines without a word) and goes on over an
    // indented line or one that opens a bracket ("  return (" under "  };").
    // The lines it goes on over count as code too, as a run passed over is not looked at again: "package main" over
    // "import (", an indented import list and ")" goes on over "func main() {" and its body, all one listing.
    while (last + 1 < kept.length && trails(last + 1)) if (isAnchor(kept[++last] as Line)) anchors++;
    // A lone code line right under a run goes on with it.
    if (anchors >= 2 || (done >= 0 && i === done + 1)) {
      // why: WCXB 0429 — a function's signature over its "{" has no code mark of its own kind; 4414 — comments
      // open a listing ("-- Create an index on a column used in WHERE clauses").
      let first = i;
      while (first - 1 > done && i - first < MAX_GAP && leads(first - 1)) first--;
      // Why: a run that starts right under the last goes on with it (an indented line past MAX_GAP ended it).
      if (first > done + 1 || opened < 0) opened = first;
      runs.set(opened, last);
      done = last;
    }
    i = last;
  }
  return runs;
}

/**
 * The lines of a listing as `text` writes them, each with its indentation less the indentation all of them share, and
 * a blank line where `text` has one between two of them. Why the blank lines: without them, cleaning the article's text
 * again read a statement ending in ";" and the next one, in lower case, as one wrapped paragraph, and lost the listing
 * (WCXB 0415 innertext: "namespace sz = ashvardanian::stringzilla;" over a blank line and "sz::string_view …").
 * @example listingText(lines, '  if (a) {\n    b();\n  }') // 'if (a) {\n  b();\n}'
 */
export function listingText(lines: readonly Line[], text: string): string {
  const rows = lines.map((line) => ({ indent: indentOf(line, text), code: text.slice(line.start, line.end) }));
  const shared = Math.min(...rows.map((row) => row.indent));
  return rows
    .map((row, k) => `${k > 0 && lines[k]?.blankBefore ? '\n' : ''}${' '.repeat(row.indent - shared)}${row.code}`)
    .join('\n');
}
