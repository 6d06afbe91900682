import { deepFrozen } from '../deep-frozen.js';
import type { Detector } from '../types.js';
import { ad } from './ad.js';
import { authorBio } from './author-bio.js';
import { bylineMeta } from './byline-meta.js';
import { comments } from './comments.js';
import { cookie } from './cookie.js';
import { feedback } from './feedback.js';
import { legal } from './legal.js';
import { nav } from './nav.js';
import { newsletter } from './newsletter.js';
import { paywall } from './paywall.js';
import { placeholder } from './placeholder.js';
import { related } from './related.js';
import { shareButtons } from './share-buttons.js';
import { social } from './social.js';
import { subscribe } from './subscribe.js';
import { uiPrompt } from './ui-prompt.js';

/**
 * The default detectors, in the order they are asked; the first verdict wins. Specific kinds come before
 * general ones (a paywall line may also hold "log in", which alone would read as navigation).
 */
export const DEFAULT_DETECTORS: readonly Detector[] = deepFrozen([
  shareButtons,
  cookie,
  paywall,
  newsletter,
  comments,
  feedback,
  social,
  subscribe,
  related,
  ad,
  uiPrompt,
  legal,
  authorBio,
  bylineMeta,
  nav,
  placeholder,
]);

export {
  ad,
  authorBio,
  bylineMeta,
  comments,
  cookie,
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
};
