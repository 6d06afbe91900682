import { availableParallelism } from 'node:os';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { resolveOptions } from '../options.js';
import { quoteValue } from '../quote-value.js';
import { MODE_SETTINGS, type Mode } from '../settings.js';
import { type OtherCommand, optionProblem } from './option-problem.js';
import { UsageError } from './usage-error.js';

/** An output format of the command. */
export type Format = 'text' | 'markdown' | 'json';

const FORMATS: readonly Format[] = ['text', 'markdown', 'json'];

/** How records are grouped into sites: by their URL's host, by a field's value, or all as one. */
export interface Grouping {
  readonly by: 'host' | 'field' | 'none';
  /** The URL field (`host`) or the site field (`field`). */
  readonly field: string;
}

/** What `dechaff …` was asked to do. */
export interface CleanArgs {
  readonly command: 'clean';
  /** Paths to read; `-` is standard input. */
  readonly inputs: readonly string[];
  readonly format: Format;
  readonly jsonl: boolean;
  readonly field: string;
  readonly outField: string;
  /** The folder of `--out-dir`; undefined for standard output (no `--out-dir`, or `--out-dir -`). */
  readonly outDir: string | undefined;
  readonly explain: boolean;
  readonly mode: Mode | undefined;
  readonly lang: string | undefined;
  /** The `--profiles` file; `-` is standard input. */
  readonly profiles: string | undefined;
  readonly learn: boolean;
  readonly grouping: Grouping;
  /** With `--jsonl`: the field holding each record's URL, handed to `clean()` for the title. */
  readonly urlField: string;
  /** For one plain document: its URL (`--url`), handed to `clean()` for the title. */
  readonly url: string | undefined;
  readonly site: string | undefined;
  readonly workers: number;
  readonly quiet: boolean;
}

/** What `dechaff learn …` was asked to do. */
export interface LearnArgs {
  readonly command: 'learn';
  readonly inputs: readonly string[];
  readonly jsonl: boolean;
  readonly field: string;
  readonly grouping: Grouping;
  /** The `--out` file; undefined for standard output (no `--out`, or `--out -`). */
  readonly out: string | undefined;
  readonly workers: number;
  readonly quiet: boolean;
}

/** The commands, each with its own help text: `dechaff` (`clean`) and `dechaff learn`. */
export type Topic = 'clean' | 'learn';

/** `--help` of a command: print its help and stop. */
export interface HelpArgs {
  readonly command: 'help';
  readonly topic: Topic;
}

/** A parsed command line. */
export type CliArgs = CleanArgs | LearnArgs | HelpArgs | { readonly command: 'version' };

/**
 * Which command a command line runs, so that its `--help` and its usage errors are that command's.
 * @example topicOf(['-q', 'learn', '--out', 'p.json']) // 'learn'
 */
export const topicOf = (argv: readonly string[]): Topic => (learnAt(argv) === undefined ? 'clean' : 'learn');

const SHARED = {
  jsonl: { type: 'boolean' },
  field: { type: 'string', default: 'text' },
  by: { type: 'string' },
  'url-field': { type: 'string', default: 'url' },
  'site-field': { type: 'string' },
  workers: { type: 'string', short: 'w' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

const CLEAN = {
  ...SHARED,
  format: { type: 'string', short: 'f' },
  'out-field': { type: 'string', default: 'dechaff' },
  'out-dir': { type: 'string', short: 'o' },
  explain: { type: 'boolean' },
  mode: { type: 'string' },
  lang: { type: 'string' },
  profiles: { type: 'string' },
  learn: { type: 'boolean' },
  site: { type: 'string' },
  url: { type: 'string' },
} as const;

const LEARN = { ...SHARED, out: { type: 'string' } } as const;

/**
 * Where `learn` names the command: the index of the first argument that is neither an option nor an option's value,
 * when that is `learn` and comes before any `--`. So options may come before it as well as after (`dechaff -q learn`),
 * an option's value is never taken for it (`dechaff --field learn`), and `dechaff -- learn` reads a file so named.
 */
function learnAt(argv: readonly string[]): number | undefined {
  // Why not strict: this only finds the command; the command's own parse below refuses what is wrong, with its help.
  const { tokens } = parseArgs({
    args: [...argv],
    options: { ...CLEAN, ...LEARN },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const first = tokens.find((token) => token.kind === 'positional' || token.kind === 'option-terminator');
  return first?.kind === 'positional' && first.value === 'learn' ? first.index : undefined;
}

/**
 * Parses the command line (without `node` and the script). Throws {@link UsageError} with a one-line
 * message on an unknown flag, a bad value or flags that do not go together.
 * @example parseCliArgs(['--jsonl', 'crawl.jsonl']).command // 'clean'
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const at = learnAt(argv);
  return at === undefined ? parseClean(argv) : parseLearn([...argv.slice(0, at), ...argv.slice(at + 1)]);
}

function parseClean(argv: readonly string[]): CliArgs {
  const { values: v, positionals, tokens } = parse(argv, CLEAN, { name: "'dechaff learn'", options: LEARN });
  const info = infoCommand(tokens, positionals, 'clean');
  if (info) return info;
  const jsonl = v.jsonl ?? false;
  const format = oneOf('--format', v.format ?? (jsonl ? 'json' : 'text'), FORMATS);
  const mode = v.mode === undefined ? undefined : oneOf('--mode', v.mode, Object.keys(MODE_SETTINGS) as Mode[]);
  try {
    // The library knows which languages it has phrase packs for.
    resolveOptions(v.lang === undefined ? {} : { lang: v.lang });
  } catch (error) {
    throw new UsageError(`--lang: ${(error as Error).message}`);
  }
  const inputs = inputsOf(positionals);
  const outDir = outputPath('--out-dir', v['out-dir']);
  const explain = v.explain ?? false;
  if (explain && (jsonl || format === 'json')) {
    throw new UsageError('--explain goes with --format text or markdown; JSON output lists removed spans already');
  }
  if (jsonl && outDir !== undefined) {
    throw new UsageError('--out-dir is for plain files; --jsonl writes to standard output');
  }
  if (v.learn && (!jsonl || inputs.includes('-'))) {
    throw new UsageError('--learn reads its input twice, so it needs --jsonl and files, not standard input');
  }
  if (v.site !== undefined && jsonl) {
    throw new UsageError('--site is for plain files; with --jsonl use --by or --site-field');
  }
  if (v.url !== undefined && jsonl) {
    throw new UsageError("--url is for one plain document; with --jsonl each record's URL is read from --url-field");
  }
  if (v.site !== undefined && v.profiles === undefined) {
    throw new UsageError('--site picks one of --profiles; give that too');
  }
  return {
    command: 'clean',
    inputs,
    format,
    jsonl,
    field: fieldName('--field', v.field),
    outField: fieldName('--out-field', v['out-field']),
    outDir,
    explain,
    mode,
    lang: v.lang,
    profiles: path('--profiles', v.profiles),
    learn: v.learn ?? false,
    grouping: grouping(v, jsonl),
    urlField: fieldName('--url-field', v['url-field']),
    url: v.url,
    site: v.site,
    workers: workers(v.workers),
    quiet: v.quiet ?? false,
  };
}

function parseLearn(argv: readonly string[]): CliArgs {
  const { values: v, positionals, tokens } = parse(argv, LEARN, { name: 'cleaning, not of learn', options: CLEAN });
  const info = infoCommand(tokens, positionals, 'learn');
  if (info) return info;
  const jsonl = v.jsonl ?? false;
  return {
    command: 'learn',
    inputs: inputsOf(positionals),
    jsonl,
    field: fieldName('--field', v.field),
    grouping: grouping(v, jsonl),
    out: outputPath('--out', v.out),
    workers: workers(v.workers),
    quiet: v.quiet ?? false,
  };
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
  other: OtherCommand,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(optionProblem(argv, options, other) ?? ((error as Error).message.split('\n')[0] as string));
  }
}

/**
 * `--help` (before `--version`) when asked, once no file or word is given with it. Why: `dechaff --help extra` printed
 * the help and ignored the word, unsaid; a word there is a mistake (a help topic, an unquoted path), and other options
 * are not (`dechaff --jsonl crawl.jsonl -h`, the command line asked about).
 */
function infoCommand(
  tokens: readonly { readonly kind: string; readonly name?: string; readonly rawName?: string }[],
  positionals: readonly string[],
  topic: Topic,
): CliArgs | undefined {
  const asked =
    tokens.find((token) => token.kind === 'option' && token.name === 'help') ??
    tokens.find((token) => token.kind === 'option' && token.name === 'version');
  if (asked === undefined) return undefined;
  if (positionals.length > 0) {
    throw new UsageError(`${asked.rawName} takes no file or word; got ${quoteValue(positionals[0])}`);
  }
  return asked.name === 'help' ? { command: 'help', topic } : { command: 'version' };
}

/** The paths to read: the positionals, or standard input when there are none. */
function inputsOf(positionals: readonly string[]): string[] {
  // Why: `dechaff "$page"` with an unset variable would otherwise say "no such file: " and name nothing.
  if (positionals.includes('')) throw new UsageError('an input is an empty string, not a path');
  return positionals.length === 0 ? ['-'] : [...positionals];
}

/** A path option's value; an empty one is refused rather than failing later with a nameless message. */
function path(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError(`${flag} is an empty string, not a path`);
  return value;
}

/**
 * A JSON field option's value; an empty one is refused. Why: `--field "$F"` with an unset variable failed every record
 * (`no "" field`), and `--out-field ''` put every article under a field named "".
 */
function fieldName(flag: string, value: string): string {
  if (value === '') throw new UsageError(`${flag} is an empty string, not a field name`);
  return value;
}

/**
 * An output path option's value: `-` is standard output, as an input `-` is standard input, so it stands for
 * leaving the option out (`./-` names a file or folder called `-`).
 */
function outputPath(flag: string, value: string | undefined): string | undefined {
  // Why: `dechaff learn --out -` wrote its profiles into a file named `-`, and `-o -` made a folder so named.
  return value === '-' ? undefined : path(flag, value);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be ${allowed.join(', ')}; got ${quoteValue(value)}`);
}

function grouping(v: { by?: string; 'url-field': string; 'site-field'?: string }, jsonl: boolean): Grouping {
  if (v['site-field'] !== undefined) {
    if (v.by !== undefined) throw new UsageError('give --by or --site-field, not both');
    return { by: 'field', field: fieldName('--site-field', v['site-field']) };
  }
  const by = oneOf('--by', v.by ?? (jsonl ? 'host' : 'none'), ['host', 'none'] as const);
  if (by === 'host' && !jsonl) throw new UsageError('--by host needs --jsonl (plain files have no URL)');
  return { by, field: fieldName('--url-field', v['url-field']) };
}

function workers(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new UsageError(`--workers must be a whole number from 1 to 256; got ${quoteValue(value)}`);
  }
  return n;
}
