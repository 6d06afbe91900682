import type { Topic } from './args.js';

/** The options that say how a run goes, the same for both commands. */
const RUNNING_OPTIONS = `  -w, --workers <n>        worker threads (default: the number of cores)
  -q, --quiet              no progress bar and no summary
  -h, --help               show this help
  -V, --version            show the version`;

const CLEAN_HELP = `Usage: dechaff [options] [file|dir ...]
       dechaff learn [options] [file|dir ...]

Cleans text scraped from article pages into the article, and says what it removed and why.
With no file, or with -, reads standard input. A directory stands for the files under it
(not dot files; symbolic links are followed, except one back into a folder being read).
A file named more than once (or also through its directory or a link) is read once; so is -.

Input and output:
  -f, --format <name>      text, markdown or json (default: text; json with --jsonl); several
                           files or a folder give text under ==> name <== lines, or JSON Lines
                           of {"file": path, "dechaff": article}
      --jsonl              input is JSON Lines, one page per line; output is JSON Lines in input order,
                           each input object with the article added
      --field <name>       the field holding the page's text (default: text)
      --out-field <name>   the field the article is put under in JSON Lines (default: dechaff)
  -o, --out-dir <dir>      write one output file per input file into <dir>; into a folder being
                           read, the outputs are listed in its .dechaff-outputs, and a later run
                           that reads their pages does not read them as pages; - is standard output
      --explain            with text or markdown: also list what was removed (kind, reason, text)

Cleaning:
      --mode <name>        balanced, precision or recall (default: balanced)
      --lang <code>        the pages' language, e.g. de (default: detected per page)
      --url <url>          the page's URL, for one plain document: its slug helps find the title
                           (with --jsonl, each record's --url-field is used)

Site profiles (lines that repeat across a site's pages are boilerplate):
      --profiles <file>    use the profiles made by 'dechaff learn' (- reads them from standard input)
      --learn              learn profiles from the JSONL files in a first pass, then clean with them
      --by <host|none>     one profile per URL host (default with --jsonl), or one for all pages
      --url-field <name>   the field holding the page's URL, for the host and the title (default: url)
      --site-field <name>  one profile per value of this field, instead of per host
      --site <key>         for plain files: which profile of --profiles to use

Running:
${RUNNING_OPTIONS}

'dechaff learn' reads pages the same way and writes profiles as JSON; its options and examples:
'dechaff learn --help'. Options may come before or after the word learn; cleaning has no command
word, and a file named learn is read as ./learn or after --.

Exit status: 0 when every page was cleaned, 1 when some failed (the rest are written) or the
run could not finish (a full disk), 2 when the command line is wrong; ended by SIGPIPE (141 in
a shell) when the reader of the output goes away, as with 'dechaff pages/ | head'.

Examples:
  dechaff page.txt
  dechaff --format markdown --explain page.txt
  dechaff --url https://example.com/2025/09/04/fall-nutrition-trends/ page.txt
  dechaff --out-dir clean/ pages/
  zcat crawl.jsonl.gz | dechaff --jsonl > cleaned.jsonl
  dechaff learn --jsonl --out profiles.json crawl.jsonl
  dechaff --jsonl --profiles profiles.json crawl.jsonl > cleaned.jsonl
`;

const LEARN_HELP = `Usage: dechaff learn [options] [file|dir ...]

Learns site profiles: for each site, on how many of its pages each line occurs (numbers masked,
so "12 Comments" and "3 Comments" count as one line), and writes them as JSON. Cleaning with them
('dechaff --profiles <file>') removes the lines found on at least 20% and at least 5 of a site's
pages. With no file, or with -, reads standard input; files, folders and links are read as by
'dechaff' (see 'dechaff --help').

Options:
      --out <file>         where to write the profiles (default, or -: standard output); written
                           whole or not at all, and never read as a page
      --jsonl              input is JSON Lines, one page per line
      --field <name>       the field holding the page's text (default: text)
      --by <host|none>     one profile per URL host (default with --jsonl), or one for all pages
      --url-field <name>   the field holding the page's URL, for its host (default: url)
      --site-field <name>  one profile per value of this field, instead of per host
${RUNNING_OPTIONS}

Exit status: 0 when every page was read, 1 when some failed (the profiles of the others are
written; none learned: an --out file is not written, and an earlier one is kept) or the run
could not finish (a full disk), 2 when the command line is wrong; ended by SIGPIPE (141 in a
shell) when the reader of the output goes away, as with 'dechaff learn pages/ | head -c 100'.

Examples:
  dechaff learn --jsonl --out profiles.json crawl.jsonl
  dechaff --jsonl --profiles profiles.json crawl.jsonl > cleaned.jsonl
  dechaff learn --jsonl --site-field site --out profiles.json crawl.jsonl
  dechaff learn --out site.json pages/
  dechaff --profiles site.json --out-dir clean/ pages/
`;

/**
 * What `--help` prints for each command: `dechaff --help` and `dechaff learn --help`.
 * @example HELP.learn.startsWith('Usage: dechaff learn') // true
 */
export const HELP: Readonly<Record<Topic, string>> = { clean: CLEAN_HELP, learn: LEARN_HELP };

/**
 * The command that shows a command's help, which its usage errors point to.
 * @example helpCommand('learn') // 'dechaff learn --help'
 */
export const helpCommand = (topic: Topic): string => (topic === 'learn' ? 'dechaff learn --help' : 'dechaff --help');
