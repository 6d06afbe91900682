/**
 * Datasets in the WCXB JSON Lines format (one page per line), as read by the benchmarks and the fixture picker.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** What a page should come out as. Only `body` is always there; the other fields may be missing or null. */
export interface Gold {
  readonly title?: string | null;
  readonly author?: string | null;
  readonly published?: string | null;
  /** The article's main content, paragraphs split by blank lines. */
  readonly body: string;
  /** Snippets that must be kept. */
  readonly with?: readonly string[];
  /** Boilerplate snippets that must be gone. */
  readonly without?: readonly string[];
}

/** One rendering of one page: the scraped text and its gold. */
export interface Page {
  readonly id: string;
  /** How the HTML became text (`innertext`, `html-to-text`); missing in single-rendering sets. */
  readonly renderer?: string;
  readonly url?: string;
  readonly lang?: string | null;
  readonly site?: string;
  /** The scraped text: what `clean()` is given. */
  readonly text: string;
  readonly gold: Gold;
}

/**
 * The JSON values of a JSON Lines file, in file order; blank lines are skipped.
 * @example for await (const page of readJsonl<Page>('wcxb-dev.jsonl')) console.log(page.id);
 */
export async function* readJsonl<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    if (raw.trim() !== '') yield JSON.parse(raw) as T;
  }
}
