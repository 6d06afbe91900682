export { clean } from './clean.js';
export {
  ad,
  authorBio,
  bylineMeta,
  comments,
  cookie,
  DEFAULT_DETECTORS,
  feedback,
  legal,
  nav,
  newsletter,
  paywall,
  placeholder,
  related,
  shareButtons,
  social,
  subscribe,
  uiPrompt,
} from './detectors/index.js';
export { DechaffError, DetectorError, InputTooLargeError, InvalidInputError, InvalidOptionError } from './errors.js';
export { BUILTIN_PACKS } from './lang/index.js';
export type { PhraseCategory, PhraseMatcher } from './lang/matcher.js';
export type { PhrasePack } from './lang/types.js';
export { type NormalizedText, normalize } from './normalize/normalize.js';
export {
  type CleanOptions,
  DEFAULT_MAX_INPUT_LENGTH,
  type KeptKind,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';
export { type LearnProfileOptions, learnProfile } from './profile/learn.js';
export { mergeProfiles } from './profile/merge.js';
export { PROFILE_VERSION, type SiteProfile } from './profile/profile.js';
export { DEFAULT_PROFILE_THRESHOLDS, type ProfileThresholds } from './profile/site-repeat.js';
export { toJson } from './render/json.js';
export { toMarkdown } from './render/markdown.js';
export { toText } from './render/text.js';
export { segment } from './segment/segment.js';
export { MODE_SETTINGS, type Mode, type Settings } from './settings.js';
export type {
  Article,
  Block,
  CodeBlock,
  CompiledPack,
  DetectContext,
  Detector,
  FigureBlock,
  HeadingBlock,
  Line,
  ListBlock,
  ListStyle,
  ParagraphBlock,
  QuoteBlock,
  Removal,
  RemovalKind,
  TableBlock,
  Verdict,
} from './types.js';
export { REMOVAL_KINDS } from './types.js';
