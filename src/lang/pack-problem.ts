import { isRecord } from '../is-record.js';
import { quoteValue } from '../quote-value.js';
import type { PhrasePack } from './types.js';

/** What a field of a {@link PhrasePack} holds; `?` when it may be left out. */
type FieldShape = 'text' | 'list' | 'list?' | 'lists' | 'number?';

/** The shape of every field of a pack (the type keeps it in step with {@link PhrasePack}). */
const PACK_FIELDS: { readonly [K in keyof PhrasePack]-?: FieldShape } = {
  code: 'text',
  name: 'text',
  stopwords: 'list',
  shareLabels: 'list',
  social: 'list',
  paywall: 'list',
  subscribe: 'list',
  newsletter: 'list',
  cookie: 'list',
  comments: 'list',
  replyButtons: 'list?',
  commentCounts: 'list',
  related: 'list',
  ad: 'list',
  nav: 'list',
  legal: 'list',
  legalLinks: 'list?',
  selfReferences: 'list?',
  licenceGrants: 'list?',
  commonWords: 'list?',
  gluedToNumber: 'list?',
  counterWords: 'list?',
  uiPrompt: 'list',
  mediaNotices: 'list?',
  feedback: 'list',
  readerPronouns: 'list',
  authorBio: 'list',
  greetings: 'list',
  selfIntroductions: 'list?',
  bylinePrefixes: 'list',
  nameJoiners: 'list',
  roleWords: 'list',
  staffWords: 'list?',
  facetLabels: 'list',
  dateLabels: 'list',
  weekdays: 'list',
  abbreviations: 'list?',
  months: 'lists',
  dayFirstSeparators: 'list?',
  eraOffset: 'number?',
  creditLabels: 'list',
  imageCreditLabels: 'list',
  creditBylines: 'list',
  photoAgencies: 'list',
  attributions: 'list',
  shopButtons: 'list',
  pricePeriods: 'list?',
  offerWords: 'list',
  ctaButtons: 'list',
  linkLabels: 'list?',
  linkTargetLabels: 'list?',
  teaserOpeners: 'list',
  listLabels: 'list',
  contentsLabels: 'list?',
  crumbRoots: 'list?',
  captionPlaces: 'list?',
};

/**
 * What is wrong with a phrase pack a caller gave, or undefined when it has every field a pack needs, each of its
 * shape: a string `code` and `name`, lists of strings (`months` a list of them), an `eraOffset` that is a finite
 * number; optional fields may be left out. Why: a pack with a code and nothing else was taken, and choosing it
 * (`lang`) failed deep in the pipeline with a TypeError ("Cannot read properties of undefined (reading 'map')").
 * @example packProblem({ code: 'xx' }) // "'name' is no string but undefined"
 */
export function packProblem(pack: unknown): string | undefined {
  if (!isRecord(pack)) return 'is no object';
  for (const [field, shape] of Object.entries(PACK_FIELDS)) {
    const value = pack[field];
    if (value === undefined && shape.endsWith('?')) continue;
    const problem = shapeProblem(value, shape);
    if (problem !== undefined) return `${quoteValue(field)} ${problem}`;
  }
  return undefined;
}

/** What is wrong with a field's value for its shape, or undefined. */
function shapeProblem(value: unknown, shape: FieldShape): string | undefined {
  switch (shape) {
    case 'text':
      return typeof value === 'string' ? undefined : `is no string but ${quoteValue(value)}`;
    case 'number?':
      return Number.isFinite(value) ? undefined : `is no finite number but ${quoteValue(value)}`;
    case 'lists':
      return Array.isArray(value) && value.every(isTextList) ? undefined : 'is no list of lists of strings';
    default:
      return isTextList(value) ? undefined : 'is no list of strings';
  }
}

const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === 'string');
