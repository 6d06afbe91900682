import { clean } from '../clean.js';
import { isRecord } from '../is-record.js';
import { createProfileBuilder, type ProfileBuilder } from '../profile/learn.js';
import { toJson } from '../render/json.js';
import { toMarkdown } from '../render/markdown.js';
import { toText } from '../render/text.js';
import type { Mode } from '../settings.js';
import type { Article } from '../types.js';
import type { Format, Grouping } from './args.js';
import { MAX_LINE_BYTES } from './batches.js';
import { explainRemoved } from './explain.js';
import { decodeLines } from './line-batches.js';
import { ANY_SITE, type ProfileSet, profileFor, profileSet, siteKey } from './profile-set.js';

/** What every task of one run shares; sent to each worker once, when it starts. */
export interface WorkConfig {
  readonly format: Format;
  readonly explain: boolean;
  /** Color the `--explain` listing (standard output is a terminal and `NO_COLOR` is unset). */
  readonly color: boolean;
  readonly field: string;
  readonly outField: string;
  readonly mode: Mode | undefined;
  readonly lang: string | undefined;
  readonly profiles: ProfileSet | undefined;
  readonly grouping: Grouping;
  /** The field of a JSONL record that holds the page's URL. */
  readonly urlField: string;
  /** The URL of the plain documents (`--url`, one document only). */
  readonly url: string | undefined;
  /** Render a document's JSON on one line, to go into a JSON Lines record (several documents). */
  readonly oneLine: boolean;
}

/**
 * A batch of work: clean or learn from JSONL lines (UTF-8 bytes of whole lines, null: one line too long to
 * read) or from whole documents (null: a document that could not be read); `learned` asks a worker for the
 * profiles it has learned so far.
 */
export type Task =
  | { readonly kind: 'clean-lines' | 'learn-lines'; readonly data: Uint8Array | null }
  | { readonly kind: 'clean-docs' | 'learn-docs'; readonly items: readonly (string | null)[] }
  | { readonly kind: 'learned' };

/** A record that could not be cleaned or learned, by its index in the task's batch. */
export interface Failure {
  readonly index: number;
  readonly reason: string;
}

/** What a task gives back. */
export interface TaskResult {
  /** Documents: the rendered output of each, in batch order; null for a failed one, or when learning. */
  readonly outputs: (string | null)[];
  /** JSON Lines: the batch's output lines as UTF-8, each with its line end (empty when learning). */
  readonly lines?: Uint8Array;
  /** Items that failed, by index in the batch (for JSON Lines, the line's index). */
  readonly failures: Failure[];
  /** Items that were records (not blank lines). */
  readonly records: number;
  /** With `learned`: the profiles learned by this worker. */
  readonly profiles?: ProfileSet;
}

/**
 * What learning gives for a page with no text but white space (an empty file, `{"text": ""}`): no page, so no record.
 * Why: `dechaff learn < /dev/null` learned a profile of one page, and every empty page of a crawl lowered the share
 * of its site's pages that each line was found on.
 */
const NO_PAGE = Symbol('no page');

const isBlank = (text: string): boolean => text.trim() === '';

/** The longest JSON parse error message kept, so one bad line stays one line of output. */
const MAX_REASON = 160;

/**
 * Makes the function a worker runs each task with. Learning keeps per-site counts between tasks; because
 * profiles merge associatively and commutatively, the set of workers and the split into batches do not
 * change the profiles that come out.
 */
export function createWork(config: WorkConfig): (task: Task) => TaskResult {
  const builders = new Map<string, ProfileBuilder>();
  const builderFor = (key: string): ProfileBuilder => {
    const builder = builders.get(key) ?? createProfileBuilder();
    builders.set(key, builder);
    return builder;
  };
  const options = { ...(config.mode && { mode: config.mode }), ...(config.lang && { lang: config.lang }) };
  const cleanText = (text: string, site: string | undefined, url: string | undefined): Article => {
    const profile = config.profiles && profileFor(config.profiles, site);
    return clean(text, { ...options, ...(profile && { profile }), ...(url !== undefined && { url }) });
  };

  const handlers: Record<Exclude<Task['kind'], 'learned'>, (item: string) => string | null | typeof NO_PAGE> = {
    'clean-lines': (line) => {
      const { record, text } = parseRecord(line, config.field);
      const url = Object.hasOwn(record, config.urlField) ? record[config.urlField] : undefined;
      const article = cleanText(text, siteKey(record, config.grouping), typeof url === 'string' ? url : undefined);
      return withArticle(line, record, config, article);
    },
    'learn-lines': (line) => {
      const { record, text } = parseRecord(line, config.field);
      if (isBlank(text)) return NO_PAGE;
      const site = siteKey(record, config.grouping);
      if (site === undefined) {
        const wanted = config.grouping.by === 'field' ? 'a string' : 'a URL';
        throw new Error(`no site: "${config.grouping.field}" is missing, empty or not ${wanted}`);
      }
      builderFor(site).add(text);
      return null;
    },
    'clean-docs': (text) => renderDocument(cleanText(text, ANY_SITE, config.url), config),
    'learn-docs': (text) => {
      if (isBlank(text)) return NO_PAGE;
      builderFor(ANY_SITE).add(text);
      return null;
    },
  };
  const encoder = new TextEncoder();

  return (task) => {
    if (task.kind === 'learned') {
      const profiles = profileSet([...builders].map(([key, b]) => [key, b.profile()] as const));
      return { outputs: [], failures: [], records: 0, profiles };
    }
    const handle = handlers[task.kind];
    const lines = 'data' in task;
    const items = lines ? decodeLines(task.data) : task.items;
    const outputs: (string | null)[] = [];
    const failures: Failure[] = [];
    let records = 0;
    items.forEach((item, index) => {
      let output: string | null = null;
      // Why: a blank line in JSON Lines separates nothing and holds no record, so it is neither cleaned nor failed.
      let record = item === null || !lines || !isBlank(item);
      if (record) {
        try {
          if (item === null)
            throw new Error(lines ? `longer than ${MAX_LINE_BYTES / 2 ** 20} MiB, skipped` : 'unreadable');
          const result = handle(item);
          record = result !== NO_PAGE;
          output = result === NO_PAGE ? null : result;
        } catch (error) {
          failures.push({ index, reason: (error as Error).message });
        }
      }
      if (record) records++;
      outputs.push(output);
    });
    if (!lines) return { outputs, failures, records };
    // Why encode here: turning text into bytes costs as much as copying it, and this thread has the time.
    const written = outputs.filter((o) => o !== null);
    const text = written.length > 0 ? `${written.join('\n')}\n` : '';
    return { outputs: [], lines: encoder.encode(text), failures, records };
  };
}

/** The record of a JSONL line and its text, or an error saying what is wrong with it. */
export function parseRecord(line: string, field: string): { record: Record<string, unknown>; text: string } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(`not valid JSON (${message.length > MAX_REASON ? `${message.slice(0, MAX_REASON)}…` : message})`);
  }
  if (!isRecord(record)) {
    throw new Error(`not a JSON object but ${kindOf(record)}`);
  }
  const obj = record;
  const text = Object.hasOwn(obj, field) ? obj[field] : undefined;
  if (text === undefined) throw new Error(`no "${field}" field`);
  if (typeof text !== 'string') throw new Error(`"${field}" is ${kindOf(text)}, not a string`);
  return { record: obj, text };
}

/** What a JSON value is, for a message: `null`, `an array`, `a number`, …. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The input line with the article added as its last field. The input's own bytes are kept as they were
 * (re-serializing would rewrite escapes and numbers, and cost as much as cleaning the text again);
 * only when the record already has the field is it serialized anew with the field replaced.
 */
function withArticle(line: string, record: Record<string, unknown>, config: WorkConfig, article: Article): string {
  const value =
    config.format === 'json' ? article : config.format === 'markdown' ? toMarkdown(article) : toText(article);
  if (Object.hasOwn(record, config.outField)) return JSON.stringify({ ...record, [config.outField]: value });
  const object = line.trimEnd();
  return `${object.slice(0, -1)},${JSON.stringify(config.outField)}:${JSON.stringify(value)}}`;
}

/** A whole document's output in the chosen format, with the `--explain` listing. */
function renderDocument(article: Article, config: WorkConfig): string {
  if (config.format === 'json') return `${toJson(article, config.oneLine ? 0 : 2)}\n`;
  const body = config.format === 'markdown' ? toMarkdown(article) : toText(article);
  return config.explain ? `${body}${explainRemoved(article.removed, config.format, config.color)}` : body;
}
