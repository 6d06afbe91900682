import type { Detector } from '../types.js';
import { phraseDetector } from './phrase-detector.js';

const byLabel = phraseDetector({
  id: 'ui-prompt',
  kind: 'ui-prompt',
  category: 'uiPrompt',
  containsMaxWords: 12,
});

/**
 * The key combination a typo-report box asks for ("Ctrl+Enter", "Ctrl + Enter"), in any language. Not other
 * combinations: a tutorial's step says "press Ctrl+Shift+I".
 */
const KEY_COMBINATION = /\b(?:ctrl|cmd)\s?\+\s?enter\b/i;
/** Most words of a line that asks for the key combination and is a prompt, not a paragraph that mentions it. */
const MAX_KEY_PROMPT_WORDS = 25;

/**
 * Interface prompts: the seed's "Click the alert icon to follow topics:", "Listen to this article", "5 min read"; and a
 * short line that asks for Ctrl+Enter, a typo-report box's "select the text and press Ctrl+Enter", which news sites
 * write in their own language.
 */
export const uiPrompt: Detector = {
  id: 'ui-prompt',
  detect(line, ctx) {
    const verdict = byLabel.detect(line, ctx);
    if (verdict || line.words > MAX_KEY_PROMPT_WORDS || !line.text.includes('+') || !KEY_COMBINATION.test(line.text))
      return verdict;
    // Why: research set lsm-lv (lv): "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta
    // fragmentu redaktoram!" under the story, prose in a language no pack reads, was kept as its last paragraph.
    return { kind: 'ui-prompt', reason: `asks for Ctrl+Enter (words=${line.words})` };
  },
};
