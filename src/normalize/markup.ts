import { isHtmlElementTag } from './html-elements.js';

/** A tag: a name of letters, digits and dashes, then attributes up to its `>` (bounded, so the scan is linear). */
export const TAG_SOURCE = '</?[A-Za-z][A-Za-z0-9-]{0,15}(?:\\s[^<>]{0,400})?/?>';
const TAG = new RegExp(TAG_SOURCE, 'g');

/**
 * Share of an input's non-blank lines that must hold an HTML element's tag for the input to be markup, whose tags
 * are dropped. Why: in scraped text a tag is the page's own text far more often than leaked markup — a JSX listing
 * (WCXB 0390: 13 % of its lines), an HTML tutorial ("a mess of <table> tags", 2498; "<p>Hello</p>", 0449), a Mermaid
 * label ("<br/>", 4414); no dev page has a quarter of its lines so. Raw HTML, or a line or two with tags left in, has
 * most of its lines tagged. Half, so that cleaning an article of its chrome rarely tips its listing over the line.
 */
const MARKUP_LINE_SHARE = 0.5;

/**
 * True when `input` is markup, not text: at least half of its non-blank lines hold the tag of an HTML element
 * (`<p>`, `<br/>`, `<a href="…">`). Only then does {@link normalize} drop such tags; otherwise they are text.
 * @example looksLikeMarkup('<p>One</p>\n<p>Two</p>') // true
 * @example looksLikeMarkup('Wrap it in a <div> first.\nThen style it.\nDone.') // false
 */
export function looksLikeMarkup(input: string): boolean {
  TAG.lastIndex = 0;
  let taggedLines = 0;
  for (let m = TAG.exec(input); m !== null; m = TAG.exec(input)) {
    // A tag names no element ("List<String>"): scanning goes on right after its '<', as normalize reads it.
    if (!isHtmlElementTag(m[0])) {
      TAG.lastIndex = m.index + 1;
      continue;
    }
    taggedLines++;
    // The rest of the line is passed over: a line counts once, however many tags it holds.
    const end = input.indexOf('\n', m.index + m[0].length);
    TAG.lastIndex = end < 0 ? input.length : end;
  }
  return taggedLines > 0 && taggedLines >= MARKUP_LINE_SHARE * nonBlankLines(input);
}

/** Lines of `input` (parted by `\n`) that hold a character other than a space or a tab. */
function nonBlankLines(input: string): number {
  let count = 0;
  let blank = true;
  // A line is counted at its first visible character, inside the loop: an addition after the loop (the last line's)
  // had no type feedback when V8 compiled the loop of a long first input, and deoptimized at each later call.
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x0a) blank = true;
    else if (blank && code !== 0x20 && code !== 0x09 && code !== 0x0d) {
      count++;
      blank = false;
    }
  }
  return count;
}
