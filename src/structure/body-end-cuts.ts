import { repeatOf } from '../analyze/duplicates.js';
import { isProse, type LineScore } from '../analyze/extent.js';
import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { RemovalKind, Verdict } from '../types.js';
import { authorBoxAtEnd } from './author-box.js';
import { bioAtEdges } from './bio-at-edges.js';
import { bioUnderAuthorBox } from './bio-under-box.js';
import { looksLikeByline } from './byline.js';
import { excerptCards, labelledCardsAtEnd, menuEntries, sectionCardsAtEnd, testimonials } from './cards.js';
import { tailDrawnBy } from './drawn-tail.js';
import { firstNameBioAtEnd } from './first-name-bio.js';
import { headlineListAfterProse } from './headline-list.js';
import { linkRowAtEnd } from './link-row.js';
import { menuLabelsAbove } from './menu-labels.js';
import { namedBioAtEnd } from './named-bio.js';
import { postNavigationAtEnd } from './post-navigation.js';
import { selfIntroductionAtEnd } from './self-introduction.js';
import { holdsClosingData, shortTail } from './short-tail.js';
import { closingSmallPrint } from './small-print.js';
import { strangerBioAtEnd } from './stranger-bio.js';

/** What the cuts at the body's end read, and the body they cut from. */
export interface BodyEnd {
  readonly lines: readonly Line[];
  readonly verdicts: readonly (Verdict | undefined)[];
  readonly scores: readonly LineScore[];
  readonly lang: CompiledPack;
  /** Index of the body's first line. */
  readonly start: number;
  /** The byline found so far, whose bio may close the body. */
  readonly byline: string | null;
  /** The input reads as a clean text: no line leaves it as a bio or a short tail, which go by shape alone. */
  readonly whole: boolean;
  /** The body's lines in order; a line that leaves is taken out. */
  readonly kept: Line[];
  /** The verdict of each body line that left. */
  readonly bodyVerdicts: Map<number, Verdict>;
  /** 1 at the index of each line the article took; a line that leaves goes back to 0. */
  readonly used: Uint8Array;
}

/**
 * Takes out of the body what closes it but is not the article's: the writer's bio in its many forms, an author box,
 * links to other posts or a row of links, a list of bare headlines, small print and sign-offs, cards of other posts,
 * a menu with blurbs, testimonials, and the short lines left after the last prose. Each line that leaves gets its
 * verdict in `bodyVerdicts`; the order of the cuts matters, as each reads the body the ones before it left:
 * 1. the writer's bio and author box ({@link cutBios});
 * 2. links to other pages that close the body ({@link cutClosingLinks}), then a list of bare headlines;
 * 3. small print and sign-up terms ({@link cutSmallPrint});
 * 4. cards of other posts ({@link cutCards}), a menu with blurbs, testimonials;
 * 5. the short lines after the last prose.
 */
export function cutBodyEnd(body: BodyEnd): void {
  const { kept, scores } = body;
  // 1. Bios.
  cutBios(body);
  // 2. Links to other pages.
  cutClosingLinks(body);
  leaveBody(
    body,
    headlineListAfterProse(kept),
    'related',
    (line) => `in a list of bare headlines after the prose (words=${line.words})`,
  );
  // 3. Small print.
  cutSmallPrint(body);
  // 4. Cards, menus and testimonials.
  cutCards(body);
  leaveBody(
    body,
    menuEntries(kept),
    'nav',
    (line) => `an entry of a menu with a blurb under each (words=${line.words})`,
  );
  leaveBody(
    body,
    testimonials(kept),
    'promo',
    (line) => `a review or its signature in a run of them (words=${line.words})`,
  );
  // 5. The short tail.
  leaveBody(
    body,
    shortTail(kept, scores, body.lang.stopwords),
    'other',
    (line) => `a short line after the body's last prose (words=${line.words})`,
  );
}

/** Takes `cut` (lines of `body.kept`) out of the body, each with the verdict `reason` gives it. */
function leaveBody(body: BodyEnd, cut: readonly Line[], kind: RemovalKind, reason: (line: Line) => string): void {
  // Why: in a clean text a heading over its paragraph, or a sign-off, is no bio or short tail ("Grind" over "Grind
  // the beans …" read as a name over a bio). Those rules go by shape alone; the others find a page's links and labels.
  if (body.whole && (kind === 'author-bio' || kind === 'other')) return;
  const { kept, bodyVerdicts, used } = body;
  for (const line of cut) {
    bodyVerdicts.set(line.index, { kind, reason: reason(line) });
    used[line.index] = 0;
    kept.splice(kept.indexOf(line), 1);
  }
}

/**
 * Takes a bio from `body.kept` index `from` on out of the body, and before it the lines above that only the bio drew
 * into the body ({@link tailDrawnBy}). Why: a bio scores as prose and carries the body over what stands between the
 * article and the box ("Get an chance to win ₹5000 Amazon Voucher … Take the survey here" over "About the Author",
 * WCXB 0119), which cleaning the article's text again, where it ends the text, dropped.
 */
function leaveWithBio(body: BodyEnd, from: number, reason: (line: Line) => string): void {
  if (from < 0) return;
  const { lines, scores, start, kept } = body;
  const bio = kept.slice(from);
  const drawn = bio.some((line) => isProse(scores[line.index])) ? tailDrawnBy(lines, kept, scores, start, from) : [];
  // Why: a closing list under the sentence that opens it, or a labelled value, is the article's, as the short tail
  // keeps it.
  const vouched = drawn.some((line) => isProse(scores[line.index])) || holdsClosingData(drawn);
  leaveBody(
    body,
    vouched ? [] : drawn,
    'other',
    (line) => `above a bio at the body's end, which alone drew it into the body (words=${line.words})`,
  );
  leaveBody(body, bio, 'author-bio', reason);
}

/**
 * Takes the writer's bio out of the body's end in its many forms: opening with the byline's name or the writer's
 * first name, with a name the article never gives, under a name line, a self-introduction, an author box and the bio
 * under it.
 */
function cutBios(body: BodyEnd): void {
  const { lines, verdicts, lang, byline, kept, bodyVerdicts } = body;
  // Why: the writer's bio closes many posts and reads as prose ("Richard Garner has 40 years of experience in
  // the mortgage industry", WCXB 0227; "Brett Cruz is Security.org's resident … expert", 4864); it opens with
  // the name the byline gave.
  leaveBody(
    body,
    bioAtEdges(kept, byline, lang.stopwords),
    'author-bio',
    (line) => `opens with the byline's name at the body's edge (words=${line.words})`,
  );
  // Why: a bio may call its writer by the first name alone, under the byline's name or a name line of its own
  // ("Rasmus Barslund Founder & Lead Reviewer" over "Rasmus is the founder of ERideHero", WCXB 4674; 0171, 4667).
  leaveWithBio(
    body,
    firstNameBioAtEnd(kept, byline, lang.stopwords),
    (line) => `a bio by the writer's first name at the body's end (words=${line.words})`,
  );
  // Why: many posts close with their writer's bio and no byline to match it (WCXB 0153, 0050, 4617).
  leaveBody(
    body,
    strangerBioAtEnd(kept, lang.stopwords),
    'author-bio',
    (line) => `opens with a name the article never gives, at the body's end (words=${line.words})`,
  );
  // Why: a bio under its own name line closes many posts, often of someone the byline did not name ("Daryl
  // Fairweather" over "Daryl Fairweather is the chief economist of Redfin", WCXB 4135; "Mike Marshall" over
  // "With over seven years at FreightWaves, … Mike has played", 0056); what follows it is more of the same.
  leaveWithBio(body, namedBioAtEnd(kept), (line) => `a bio under a name line at the body's end (words=${line.words})`);
  // Why: a blogger's greeting and self-introduction close many posts (WCXB 2498, 4339, 4085, 0098, 4815).
  leaveWithBio(
    body,
    selfIntroductionAtEnd(kept, lang.match.greetings),
    (line) => `a writer's self-introduction at the body's end (words=${line.words})`,
  );
  // Why: an author box's label and the writer's name stay behind once the cuts above took its bio, or stand over a
  // bio none of them knows (WCXB 0165, 4884, 0199).
  leaveWithBio(body, authorBoxAtEnd(kept, lang), (line) => `in an author box at the body's end (words=${line.words})`);
  // Why: the bio under an author box's name or label that the cuts above took (WCXB 0019, 0099, 4796).
  leaveWithBio(
    body,
    bioUnderAuthorBox(
      kept,
      lines,
      // A detector's author-bio verdict is the box's label, and so is a byline under the article ("Written by" and the
      // name over the bio, WCXB 4685); one the cuts above gave is the writer's name.
      (i) =>
        verdicts[i]?.kind === 'author-bio' ||
        (verdicts[i]?.kind === 'byline-meta' && looksLikeByline(lines[i] as Line, lang))
          ? 'label'
          : bodyVerdicts.get(i)?.kind === 'author-bio'
            ? 'name'
            : undefined,
      lang.stopwords,
    ),
    (line) => `under an author box's name or label at the body's end (words=${line.words})`,
  );
}

/**
 * Takes out of the body's end a link to the previous or next post, or a row of links, whichever comes first, with what
 * follows it, and the lines above that only it drew into the body.
 */
function cutClosingLinks(body: BodyEnd): void {
  const { lines, scores, lang, start, kept } = body;
  // Why: a link to the next post that reads as prose ("Next article Budget Gaming PC vs Gaming Laptop: Which is
  // Smarter for Your Money?", WCXB 4012) drew the tags and the sharing line above it into the body; so did the licence
  // paragraph under a footer's row of links (readability test page v8-blog html-to-text).
  const postNavigation = postNavigationAtEnd(kept, lang);
  const linkRow = linkRowAtEnd(kept);
  const closingLinks =
    postNavigation !== null && (linkRow < 0 || postNavigation.index <= linkRow)
      ? {
          index: postNavigation.index,
          kind: 'related' as const,
          what: postNavigation.what === 'pair' ? 'the links to the previous and next posts' : 'a link to another post',
        }
      : linkRow >= 0
        ? { index: linkRow, kind: 'nav' as const, what: 'a row of links closing the body' }
        : null;
  if (closingLinks) {
    // Taken before the lines above them leave: leaveBody splices `kept`, and the index is into `kept` as it is now.
    const links = kept.slice(closingLinks.index);
    // Why only under prose: links and lines too short to score as prose draw nothing into the body; the lines above
    // them are the body's ("Page: 1 2 Next →" under a table, multisite-dev arstechnica 2017).
    leaveBody(
      body,
      links.some((line) => isProse(scores[line.index]))
        ? tailDrawnBy(lines, kept, scores, start, closingLinks.index)
        : [],
      'other',
      (line) => `above ${closingLinks.what}, which alone drew it into the body (words=${line.words})`,
    );
    leaveBody(body, links, closingLinks.kind, (line) => `at or after ${closingLinks.what} (words=${line.words})`);
  }
}

/** Takes legal small print or sign-up terms out of the body's end, with what follows them. */
function cutSmallPrint(body: BodyEnd): void {
  const { lines, scores, lang, start, kept } = body;
  // Why: legal small print and sign-up terms close many pages in paragraphs too long for the phrase detectors
  // ("© All Rights Reserved. If you would like to use …", WCXB 0286; "By signing up, you agree to receive …",
  // 0477); near the body's end such a phrase is never the article's, nor is what follows it (the rest of the
  // disclosure, 0146).
  const closing = closingSmallPrint(kept, lang);
  if (closing) {
    // Taken before the lines above it leave, as the closing links are.
    const print = kept.slice(closing.index);
    if (closing.what === 'small print')
      leaveBody(
        body,
        tailDrawnBy(lines, kept, scores, start, closing.index),
        'other',
        (line) => `above small print at the body's end, which alone drew it into the body (words=${line.words})`,
      );
    leaveBody(
      body,
      print,
      closing.what === 'small print' ? 'legal' : 'promo',
      (line) => `${closing.what} at the body's end (words=${line.words})`,
    );
  }
}

/** Takes cards of the site's other posts out of the body: excerpt cards, and runs of cards closing it. */
function cutCards(body: BodyEnd): void {
  const { lines, start, kept } = body;
  // Why: cards of the site's other posts (a headline over its excerpt cut short with an ellipsis) follow or
  // interrupt many posts and read as headings over prose (WCXB 4524: eight cards under the article).
  leaveBody(
    body,
    excerptCards(kept, (line) => {
      const next = lines[line.index + 1];
      return next !== undefined && repeatOf(line, next) !== undefined;
    }),
    'related',
    (line) => `a card of a headline over a cut-short excerpt (words=${line.words})`,
  );
  const menuLabels = menuLabelsAbove(lines, start);
  leaveBody(
    body,
    sectionCardsAtEnd(kept, (line) => menuLabels.has(line.text.toLowerCase())),
    'related',
    (line) => `a card under a category of the page's menu, in a run closing the body (words=${line.words})`,
  );
  leaveBody(
    body,
    labelledCardsAtEnd(kept),
    'related',
    (line) => `a card of a label over a headline, in a run closing the body (words=${line.words})`,
  );
}
