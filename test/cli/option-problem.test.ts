import type { ParseArgsConfig } from 'node:util';
import { describe, expect, it } from 'vitest';
import { optionProblem } from '../../src/cli/option-problem.js';

const CLEAN: NonNullable<ParseArgsConfig['options']> = {
  jsonl: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  field: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'out-dir': { type: 'string', short: 'o' },
};
const LEARN = { name: "'dechaff learn'", options: { jsonl: { type: 'boolean' }, out: { type: 'string' } } } as const;
const problem = (...argv: string[]) => optionProblem(argv, CLEAN, LEARN);

describe('optionProblem', () => {
  it('names an unknown option and the one meant when one is near, in either form', () => {
    expect(problem('--jsnol', 'crawl.jsonl')).toBe("unknown option '--jsnol'; did you mean --jsonl?");
    expect(problem('--jsnol=yes')).toBe("unknown option '--jsnol'; did you mean --jsonl?");
    expect(problem('--colour')).toBe("unknown option '--colour'");
    expect(problem('-x', 'a.txt')).toBe("unknown option '-x'");
  });

  it('reads a long option written with one dash as such, and a group of short flags as flags', () => {
    expect(problem('-jsonl', 'a.txt')).toBe("unknown option '-jsonl'; did you mean --jsonl?");
    expect(problem('-qx')).toBe("unknown option '-x'");
  });

  it("says when the option is the other command's", () => {
    expect(problem('--out', 'p.json')).toBe("unknown option '--out'; it is an option of 'dechaff learn'");
  });

  it('says when an option needs a value, gets an option for one, or is a flag given one', () => {
    expect(problem('--field')).toBe('--field needs a value');
    expect(problem('-f')).toBe('-f needs a value');
    expect(problem('--field', '--jsonl', 'a.jsonl')).toBe(
      "--field needs a value, and '--jsonl' is an option (a value that starts with - is written --field=--jsonl)",
    );
    expect(problem('-o', '-q')).toMatch(/^-o needs a value, and '-q' is an option \(.* --out-dir=-q\)$/);
    expect(problem('--quiet=1')).toBe("--quiet takes no value; got '--quiet=1'");
  });

  it('finds nothing wrong with what is right: values after =, - as a value, anything after --', () => {
    expect(problem('--field=--jsonl', '-o', '-', '-qf', 'json', '--', '--jsnol')).toBeUndefined();
  });
});
