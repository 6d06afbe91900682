import { type ParseArgsConfig, parseArgs } from 'node:util';
import { nearestName } from '../nearest-name.js';
import { quoteValue } from '../quote-value.js';

/** The options of a command, as `parseArgs` takes them. */
type Options = NonNullable<ParseArgsConfig['options']>;

/** The options of the other command, for a hint when one of them is given to this one. */
export interface OtherCommand {
  /** How the hint names it: `'dechaff learn'`, `cleaning`. */
  readonly name: string;
  readonly options: Options;
}

/**
 * What is wrong with the first option of `argv` that `options` do not take, in one line for a person, or undefined
 * when none is wrong: an unknown option, with the option meant when one is near (`--jsnol`: `--jsonl`; `-jsonl`, one
 * dash for two) or with the command it belongs to; an option that needs a value given none, or an option in its
 * place; a flag given a value. Why: `parseArgs` says `Unknown option '--jsnol'. To specify a positional argument
 * starting with a '-', place it at the end of the command after '--'…`, and of `--field --jsonl` that the argument
 * is ambiguous.
 * @example optionProblem(['--jsnol', 'a.jsonl'], { jsonl: { type: 'boolean' } }, learn) // "unknown option '--jsnol'; did you mean --jsonl?"
 */
export function optionProblem(argv: readonly string[], options: Options, other: OtherCommand): string | undefined {
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name, rawName, value, inlineValue } = token;
    const option = Object.hasOwn(options, name) ? options[name] : undefined;
    if (option === undefined) return unknown(argv[token.index] ?? rawName, rawName, options, other);
    if (option.type === 'boolean') {
      if (value !== undefined) return `${rawName} takes no value; got ${quoteValue(argv[token.index])}`;
      continue;
    }
    if (value === undefined) return `${rawName} needs a value`;
    // Why: as parseArgs, a value that starts with a dash must be written after '=' (`-` alone is standard input).
    if (!inlineValue && value.length > 1 && value.startsWith('-')) {
      return `${rawName} needs a value, and '${value}' is an option (a value that starts with - is written --${name}=${value})`;
    }
  }
  return undefined;
}

function unknown(arg: string, rawName: string, options: Options, other: OtherCommand): string {
  const names = Object.keys(options);
  if (rawName.startsWith('--')) {
    const name = rawName.slice(2);
    if (Object.hasOwn(other.options, name)) return `unknown option '${rawName}'; it is an option of ${other.name}`;
    const meant = nearestName(name, names);
    return `unknown option '${rawName}'${meant === undefined ? '' : `; did you mean --${meant}?`}`;
  }
  // Why the whole argument: `-jsonl` is read as -j, -s, …, and "unknown option '-j'" does not show what went wrong.
  const meant = arg.length > 2 && !arg.startsWith('--') ? nearestName(arg.slice(1), names) : undefined;
  return meant === undefined ? `unknown option '${rawName}'` : `unknown option '${arg}'; did you mean --${meant}?`;
}
