import { type DocumentLines, type FoundBody, findBody } from './analyze/find-body.js';
import { InputTooLargeError, InvalidInputError, typeName } from './errors.js';
import { detectLanguage } from './lang/detect-language.js';
import { compiledPackFor } from './lang/index.js';
import { forgetScans } from './lang/phrase-index.js';
import { normalizeMapped } from './normalize/normalize.js';
import { type CleanOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { renderArticle } from './render/article.js';
import { creditPatternsFor } from './repair/caption-credit.js';
import { repair } from './repair/repair.js';
import { segment } from './segment/segment.js';
import { MODE_SETTINGS } from './settings.js';
import { type BodyView, type StructureInput, structure } from './structure/assemble.js';
import { siteHost } from './structure/site-name.js';
import { shortSlugWords, slugWords } from './structure/url-slug.js';
import type { Article } from './types.js';

/**
 * Cleans scraped article text into a structured {@link Article}. Pure, synchronous and deterministic.
 *
 * The stages:
 * 1. normalize — decode entities, drop tags and invisible characters, NFC; keep a map to input offsets.
 * 2. segment — split into non-blank lines with cheap features; detect the language.
 * 3. repair — collapse glued repeated labels, split glued photo credits off captions.
 * 4. detect — give boilerplate lines a verdict; find the body as the densest run of prose, carried over a
 *    directory of records right after it; with a site profile, find the lines common on the site's pages too.
 * 5. structure — headline, highlights, byline, date, body blocks, end notes; a kind for every other line. The
 *    page's own verdicts lay the article out; the site's repeated lines then leave its body.
 * 6. render — the article with its removals as spans of the input (`renderArticle`), its body as plain text;
 *    `toMarkdown` / `toText` render the rest.
 *
 * @throws {InvalidInputError} when `input` is not a string.
 * @throws {InputTooLargeError} when `input` is longer than `options.maxInputLength`.
 * @example
 * const article = clean(scrapedText);
 * article.title;   // the headline
 * article.removed; // [{ kind: 'share', reason: 'only share labels (hits=1, words=3)', text, start, end }, …]
 */
export function clean(input: string, options?: CleanOptions): Article {
  if (typeof input !== 'string') throw new InvalidInputError(typeName(input));
  const opts = resolveOptions(options);
  if (input.length > opts.maxInputLength) throw new InputTooLargeError(input.length, opts.maxInputLength);
  return runStages(input, opts);
}

/**
 * The stages of {@link clean} on checked input. `lap(stage)` is called after each numbered stage (0-based),
 * so the speed benchmark can time them on the real code path; `clean()` passes none.
 * @internal
 */
export function runStages(input: string, opts: ResolvedOptions, lap?: (stage: number) => void): Article {
  // Why: the phrase scans of the document's lines serve every stage, and are forgotten with the document.
  forgetScans();
  // 1. normalize
  const normalized = normalizeMapped(input);
  lap?.(0);
  // 2. segment
  const segmented = segment(normalized.text);
  const detected = detectLanguage(segmented, opts.packs);
  const forced = opts.lang === undefined ? undefined : opts.packs.find((p) => p.code === opts.lang);
  const lang = compiledPackFor(forced ?? detected.pack);
  lap?.(1);
  // 3. repair
  const lines = repair(segmented, creditPatternsFor(lang));
  lap?.(2);
  // 4. detect
  const document: DocumentLines = {
    input,
    normalized,
    lines,
    lang,
    pack: forced ?? detected.pack,
    script: detected.script,
  };
  const found = findBody(document, opts);
  // Why: the headline is the page's, not the mode's. The looser prose tests of `recall` read a menu's blurbs as the
  // body's start above the headline, and the search then took another line or none (WCXB 0041, 0094, 0421, 4249
  // innertext): the search reads what the balanced thresholds find.
  const headlineView =
    opts.settings === MODE_SETTINGS.balanced
      ? undefined
      : findBody(document, { ...opts, settings: MODE_SETTINGS.balanced });
  lap?.(3);
  // 5. structure
  const article = structure(structureInput(document, found, headlineView, opts.url));
  lap?.(4);
  // 6. render
  const result = renderArticle(document, article, opts, forced?.code ?? detected.code);
  forgetScans();
  lap?.(5);
  return result;
}

/**
 * What stage 5 reads: the document's lines, what stage 4 `found` in them (and `headlineView`, what the balanced
 * thresholds found, for the headline search), and the headline's words, short slug and site as the page's `url`
 * spells them.
 */
function structureInput(
  document: DocumentLines,
  found: FoundBody,
  headlineView: BodyView | undefined,
  url: string | undefined,
): StructureInput {
  const { lines } = document;
  const slug = url === undefined ? null : slugWords(url);
  const shortSlug = url === undefined || slug !== null ? null : shortSlugWords(url);
  const host = url === undefined ? null : siteHost(url);
  return {
    text: document.normalized.text,
    lines,
    verdicts: found.verdicts,
    extent: found.extent,
    scores: found.scores,
    lang: document.lang,
    script: document.script,
    slug,
    shortSlug,
    host,
    whole: found.whole,
    headline: found.headline,
    tables: found.tables,
    tabRows: found.rows,
    siteRepeats: found.repeats,
    headlineView,
  };
}
