import type { PhraseMatcher } from '../lang/matcher.js';
import type { BodyLineTest } from './inside-body.js';

/** Most characters before the slash of a caption's button label ("Enlarge this image" has 18). */
const MAX_LABEL_CHARS = 24;
/** Fewest words of the line: the label and a caption of two words at least. */
const MIN_WORDS = 3;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Names a caption that opens with the label of the button over its picture and a slash ("Enlarge / The new UI is clean
 * and intuitive."): the picture is gone from the text, its button's label and its caption were written as one line.
 * The label is one the pack names as an interface prompt (`uiPrompt`), and nothing else stands before the slash. Asked
 * after the body search (`insideBody`): a long caption reads as prose between two paragraphs, so it only leaves the
 * body. Gives an `other` verdict. Reads at most {@link MAX_LABEL_CHARS} characters for the slash.
 * @example buttonCaption(EN.match.uiPrompt)(line) // { kind: 'other', reason: 'a picture's caption: opens with …' }
 */
export function buttonCaption(uiPrompt: PhraseMatcher): BodyLineTest {
  return (line) => {
    if (line.words < MIN_WORDS) return undefined;
    const slash = line.text.indexOf(' / ');
    if (slash < 0 || slash > MAX_LABEL_CHARS) return undefined;
    const label = line.text.slice(0, slash).trim();
    if (label === '' || !uiPrompt.test(label) || WORD_CHARACTER.test(uiPrompt.strip(label))) return undefined;
    return {
      kind: 'other',
      reason: `a picture's caption: opens with its button "${label.toLowerCase()} /" (words=${line.words})`,
    };
  };
}
