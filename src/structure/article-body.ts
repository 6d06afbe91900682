import type { Line } from '../segment/segment.js';
import type { Block, Verdict } from '../types.js';
import type { StructureInput } from './assemble.js';
import { buildBlocks } from './blocks.js';
import { cutBodyEnd } from './body-end-cuts.js';
import { type BodySpan, layBody } from './body-lines.js';
import { closingCredit } from './closing-credit.js';
import { type EndNotes, takeEndNotes } from './end-notes.js';
import type { MetaContext } from './title.js';

/** The article's body: the lines it keeps, in order, their blocks, and the end notes that close it. */
export interface ArticleBody {
  readonly kept: readonly Line[];
  readonly blocks: Block[];
  readonly endNotes: EndNotes;
}

/**
 * Step 5 of `structure`: lays the body of `span` out ({@link layBody}), takes the end notes after it
 * ({@link takeEndNotes}), cuts what closes it but is not the article's ({@link cutBodyEnd}), lets the site's repeated
 * lines leave it, and builds its blocks, with a closing credit after them. `byline` is the byline found so far, whose
 * bio may close the body. Marks the lines the body takes in `used`; the verdicts of lines that leave it go to
 * `bodyVerdicts`.
 */
export function assembleBody(
  input: StructureInput,
  ctx: MetaContext,
  span: BodySpan,
  isBodyProse: (i: number) => boolean,
  leadFigures: readonly Line[],
  byline: string | null,
  used: Uint8Array,
  bodyVerdicts: Map<number, Verdict>,
): ArticleBody {
  const { lines, verdicts, lang } = input;
  const { start, end } = span;
  const kept = layBody(ctx, span, isBodyProse, leadFigures, used, bodyVerdicts);
  const endNotes = takeEndNotes(ctx, start, end, kept, used);
  cutBodyEnd({
    lines,
    verdicts,
    scores: input.scores,
    lang,
    start,
    byline,
    whole: input.whole === true,
    kept,
    bodyVerdicts,
    used,
  });
  // Why last: the cuts above read the body as the page alone gives it. A site's "« Prev" taken out before them hid the
  // link to the older story under it, which then stayed (multisite-dev arstechnica 2005-intel-1); its headline, byline
  // and date are the page's too (2005-dog-1: a story's headline, in the "most read" box of the pages crawled with it).
  const siteRepeats = input.siteRepeats;
  if (siteRepeats !== undefined && siteRepeats.size > 0) leaveSiteRepeats(kept, siteRepeats, used);
  const blocks = buildBlocks(kept, input.text, lang, input.tables, lines, input.whole === true);
  // A credit closes an article's text, not a page that has none.
  const lastCredit = blocks.some((block) => block.type !== 'figure') ? closingCredit(lines, verdicts, used, end) : null;
  if (lastCredit !== null) {
    blocks.push(lastCredit);
    used[end + 1] = 1;
  }
  return { kept, blocks, endNotes };
}

/** Takes the lines `repeats` names out of `kept`, in place, and marks them unused. */
function leaveSiteRepeats(kept: Line[], repeats: ReadonlyMap<number, Verdict>, used: Uint8Array): void {
  let to = 0;
  for (const line of kept) {
    if (repeats.has(line.index)) used[line.index] = 0;
    else kept[to++] = line;
  }
  kept.length = to;
}
