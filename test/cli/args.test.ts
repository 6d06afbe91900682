import { describe, expect, it } from 'vitest';
import { parseCliArgs, topicOf } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/usage-error.js';

describe('parseCliArgs', () => {
  it('has defaults for plain files and for JSON Lines', () => {
    expect(parseCliArgs([])).toMatchObject({
      command: 'clean',
      inputs: ['-'],
      format: 'text',
      jsonl: false,
      grouping: { by: 'none' },
    });
    expect(parseCliArgs(['--jsonl', 'a.jsonl'])).toMatchObject({
      format: 'json',
      field: 'text',
      outField: 'dechaff',
      grouping: { by: 'host', field: 'url' },
      inputs: ['a.jsonl'],
    });
  });

  it('reads short flags and the learn command', () => {
    expect(parseCliArgs(['-f', 'markdown', '-w', '3', '-q', 'x'])).toMatchObject({
      format: 'markdown',
      workers: 3,
      quiet: true,
    });
    expect(parseCliArgs(['learn', '--jsonl', '--site-field', 'site', '--out', 'p.json'])).toEqual({
      command: 'learn',
      inputs: ['-'],
      jsonl: true,
      field: 'text',
      grouping: { by: 'field', field: 'site' },
      out: 'p.json',
      workers: expect.any(Number),
      quiet: false,
    });
    expect(parseCliArgs(['-V', '--jsonl'])).toEqual({ command: 'version' });
    expect(parseCliArgs(['learn', '--version'])).toEqual({ command: 'version' });
    expect(parseCliArgs(['--jsonl', '-h'])).toEqual({ command: 'help', topic: 'clean' });
    expect(parseCliArgs(['learn', '--help'])).toEqual({ command: 'help', topic: 'learn' });
    expect(parseCliArgs(['--url', 'https://a.example/x-y-z', 'page.txt'])).toMatchObject({
      url: 'https://a.example/x-y-z',
      urlField: 'url',
    });
    expect(parseCliArgs(['--jsonl', '--url-field', 'link'])).toMatchObject({ url: undefined, urlField: 'link' });
  });

  it('refuses a file or word after --help or --version, where it was ignored; options stay allowed', () => {
    expect(() => parseCliArgs(['--help', 'extra'])).toThrow("--help takes no file or word; got 'extra'");
    expect(() => parseCliArgs(['-h', '--', 'learn'])).toThrow("-h takes no file or word; got 'learn'");
    expect(() => parseCliArgs(['learn', '-V', 'x'])).toThrow("-V takes no file or word; got 'x'");
    expect(() => parseCliArgs(['--help', 'extra'])).toThrow(UsageError);
    expect(parseCliArgs(['--help', '--jsonl'])).toEqual({ command: 'help', topic: 'clean' });
  });

  it('finds learn after options, never in an option value nor after --', () => {
    expect(parseCliArgs(['-q', 'learn', 'a.txt'])).toMatchObject({ command: 'learn', quiet: true, inputs: ['a.txt'] });
    expect(parseCliArgs(['--jsonl', '-w', '2', 'learn', '--out', 'p.json'])).toMatchObject({
      command: 'learn',
      jsonl: true,
      workers: 2,
      out: 'p.json',
    });
    expect(parseCliArgs(['--help', 'learn'])).toEqual({ command: 'help', topic: 'learn' });
    expect(parseCliArgs(['--field', 'learn', 'a.jsonl'])).toMatchObject({ command: 'clean', field: 'learn' });
    expect(parseCliArgs(['--', 'learn'])).toMatchObject({ command: 'clean', inputs: ['learn'] });
    expect(parseCliArgs(['a.txt', 'learn'])).toMatchObject({ command: 'clean', inputs: ['a.txt', 'learn'] });
    expect(topicOf(['-q', 'learn'])).toBe('learn');
    expect(topicOf(['-q', '--', 'learn'])).toBe('clean');
  });

  it('refuses an option of cleaning given before learn as one learn does not know', () => {
    expect(() => parseCliArgs(['--format', 'json', 'learn'])).toThrow(
      "unknown option '--format'; it is an option of cleaning, not of learn",
    );
  });

  it('takes - for an output path as standard output, as - for an input is standard input', () => {
    expect(parseCliArgs(['learn', '--out', '-'])).toMatchObject({ out: undefined });
    expect(parseCliArgs(['-o', '-', 'a.txt'])).toMatchObject({ outDir: undefined });
    expect(parseCliArgs(['--jsonl', '--out-dir', '-'])).toMatchObject({ outDir: undefined });
    expect(parseCliArgs(['learn', '--out', './-'])).toMatchObject({ out: './-' });
    expect(parseCliArgs(['--profiles', '-', 'a.txt'])).toMatchObject({ profiles: '-' });
  });

  it.each([
    [['--by', 'host'], '--by host needs --jsonl'],
    [['--jsonl', '--by', 'host', '--site-field', 's'], 'give --by or --site-field, not both'],
    [['--jsonl', '--by', 'path'], "--by must be host, none; got 'path'"],
    [['--jsonl', '--site', 'a'], '--site is for plain files'],
    [['--workers', '2.5'], '--workers must be a whole number from 1 to 256'],
    [['--site', 'a'], '--site picks one of --profiles'],
    [['--jsonl', '--url', 'https://a.example/'], '--url is for one plain document'],
    [['--format'], '--format needs a value'],
    [['--jsnol', 'a.jsonl'], "unknown option '--jsnol'; did you mean --jsonl?"],
    [['learn', '--out', 'p.json', '--jsnol=1'], "unknown option '--jsnol'; did you mean --jsonl?"],
    [['--out', 'p.json', 'a.txt'], "unknown option '--out'; it is an option of 'dechaff learn'"],
    [['--jsonl', '--field', ''], '--field is an empty string, not a field name'],
    [['--jsonl', '--out-field', ''], '--out-field is an empty string, not a field name'],
    [['--jsonl', '--url-field', ''], '--url-field is an empty string, not a field name'],
    [['learn', '--jsonl', '--site-field', ''], '--site-field is an empty string, not a field name'],
    [['learn', '--field', ''], '--field is an empty string, not a field name'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
