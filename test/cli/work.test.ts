import { describe, expect, it } from 'vitest';
import { createWork, parseRecord } from '../../src/cli/work.js';
import { clean, learnProfile, toMarkdown, toText } from '../../src/index.js';
import { sitePage, sitePages } from '../synthetic-site.js';
import { WORK_CONFIG } from './work-config.js';

const config = WORK_CONFIG;

describe('parseRecord', () => {
  it('returns the record and its text', () => {
    expect(parseRecord('{"text":"a","n":1}', 'text')).toEqual({ record: { text: 'a', n: 1 }, text: 'a' });
  });
  it.each([
    ['{"text":', /^not valid JSON \(/],
    ['"text"', /^not a JSON object but a string$/],
    ['null', /^not a JSON object but null$/],
    ['{"body":"a"}', /^no "text" field$/],
    ['{"text":["a"]}', /^"text" is an array, not a string$/],
    ['{"text":{}}', /^"text" is an object, not a string$/],
  ])('says what is wrong with %s', (line, reason) => {
    expect(() => parseRecord(line, 'text')).toThrow(reason);
  });
});

describe('createWork', () => {
  it('cleans lines in order, skipping blank ones and reporting failures by index', () => {
    const work = createWork({ ...config, format: 'text' });
    const page = sitePage(1);
    const data = Buffer.from(`${JSON.stringify({ text: page })}\r\n  \n{\n${JSON.stringify({ text: 'x' })}`);
    const result = work({ kind: 'clean-lines', data });
    expect(result.records).toBe(3);
    const written = new TextDecoder().decode(result.lines).split('\n');
    expect(written).toHaveLength(3);
    expect(JSON.parse(written[0] as string).dechaff).toBe(toText(clean(page)));
    expect(JSON.parse(written[1] as string)).toEqual({ text: 'x', dechaff: toText(clean('x')) });
    expect(written[2]).toBe('');
    expect(result.failures).toEqual([{ index: 2, reason: expect.stringMatching(/^not valid JSON/) }]);
  });

  it("hands each record's URL, or the --url of a document, to clean()", () => {
    const text = `Home\nHow To Rent a Car\nCar Rental Deals For You\n${sitePage(1)}`;
    const url = 'https://www.a.example/how-to-rent-a-car/';
    const data = Buffer.from(`${JSON.stringify({ link: url, text })}\n`);
    const lines = createWork({ ...config, urlField: 'link' })({ kind: 'clean-lines', data });
    const article = JSON.parse(new TextDecoder().decode(lines.lines)).dechaff;
    expect(article.title).toBe('How To Rent a Car');
    expect(clean(text).title).not.toBe('How To Rent a Car');
    const docs = createWork({ ...config, format: 'markdown', url })({ kind: 'clean-docs', items: [text] });
    expect(docs.outputs).toEqual([toMarkdown(clean(text, { url }))]);
  });

  it('renders a document as indented JSON, or on one line for a JSON Lines record', () => {
    const text = sitePage(2);
    const pretty = createWork(config)({ kind: 'clean-docs', items: [text] }).outputs[0];
    expect(pretty).toBe(`${JSON.stringify(clean(text), null, 2)}\n`);
    const line = createWork({ ...config, oneLine: true })({ kind: 'clean-docs', items: [text] }).outputs[0];
    expect(line).toBe(`${JSON.stringify(clean(text))}\n`);
  });

  it('reports a line too long to read as failed', () => {
    const result = createWork(config)({ kind: 'clean-lines', data: null });
    expect(result).toMatchObject({ records: 1, failures: [{ index: 0, reason: 'longer than 128 MiB, skipped' }] });
    expect(result.lines).toHaveLength(0);
  });

  it('learns per site across tasks and hands the profiles over', () => {
    const work = createWork(config);
    const lines = sitePages(6).map((text, i) => JSON.stringify({ url: `https://www.a.example/${i}`, text }));
    const bytes = (some: string[]) => Buffer.from(`${some.join('\n')}\n`);
    work({ kind: 'learn-lines', data: bytes(lines.slice(0, 2)) });
    const failed = work({ kind: 'learn-lines', data: bytes([...lines.slice(2), '{"text":"x"}']) });
    expect(failed.failures).toEqual([{ index: 4, reason: 'no site: "url" is missing, empty or not a URL' }]);
    expect(work({ kind: 'learned' }).profiles).toEqual({
      version: 1,
      sites: { 'a.example': learnProfile(sitePages(6)) },
    });
  });

  it('learns no page from a blank document or a record with blank text, and counts no record for it', () => {
    const work = createWork(config);
    const docs = work({ kind: 'learn-docs', items: ['', '\n\n\n', ' \t\r\n', sitePage(1)] });
    expect(docs).toMatchObject({ records: 1, failures: [] });
    const url = 'https://www.a.example/1';
    const data = Buffer.from(
      `{"text":"","url":"${url}"}\n{"text":"\\n \\n"}\n\n{"text":"Some text.","url":"${url}"}\n`,
    );
    expect(work({ kind: 'learn-lines', data })).toMatchObject({ records: 1, failures: [] });
    expect(work({ kind: 'learned' }).profiles?.sites).toEqual({
      '*': learnProfile([sitePage(1)]),
      'a.example': learnProfile(['Some text.']),
    });
  });

  it('cleans a blank document as a record, into an empty article', () => {
    expect(createWork({ ...config, format: 'text' })({ kind: 'clean-docs', items: [''] })).toMatchObject({
      records: 1,
      outputs: [''],
    });
  });

  it('says that a site field, not a URL, is missing when sites are grouped by a field', () => {
    const work = createWork({ ...config, grouping: { by: 'field', field: 'site' } });
    const failed = work({ kind: 'learn-lines', data: Buffer.from('{"text":"x","site":""}\n{"text":"x","site":1}\n') });
    expect(failed.failures).toEqual([
      { index: 0, reason: 'no site: "site" is missing, empty or not a string' },
      { index: 1, reason: 'no site: "site" is missing, empty or not a string' },
    ]);
  });

  it('cleans documents with the catch-all profile and explains removals', () => {
    const profile = learnProfile(sitePages(10, 50));
    const work = createWork({
      ...config,
      format: 'markdown',
      explain: true,
      profiles: { version: 1, sites: { '*': profile } },
    });
    const [output] = work({ kind: 'clean-docs', items: [sitePage(3)] }).outputs;
    expect(output).toContain('## Removed:');
    expect(output).toContain('— on 10 of 10 pages of this site');
  });
});
