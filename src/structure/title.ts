import { isGood, isProse, type LineScore } from '../analyze/extent.js';
import { isSignItem } from '../analyze/list-article.js';
import { MIN_CONTENT_CHARS } from '../lang/content-word.js';
import type { CompiledPack } from '../lang/matcher.js';
import { scanLine } from '../segment/line-scan.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { abbreviationPeriods, endsWithAbbreviation } from './abbreviation-periods.js';
import { asName, bareName, isBareBylinePrefix } from './byline.js';
import { capitalShare } from './capital-share.js';
import { isCapsLabel } from './caps-label.js';
import { opensWithCapsLeadIn } from './caps-lead-in.js';
import { isCaptioned } from './captioned.js';
import { contentShare } from './content-share.js';
import { CRUMB_SEPARATOR, isShortCrumbTrail, MIN_CRUMB_SEPARATORS } from './crumb-trail.js';
import { findDate } from './date.js';
import { hasFunctionWord } from './function-word.js';
import { type GluedByline, splitGluedByline } from './glued-byline.js';
import { inGluedCardMenu } from './glued-card.js';
import { isKindByline } from './kind-byline.js';
import { isLabelRun } from './label-run.js';
import { ledeKeys, ledeShare } from './lede.js';
import { isFieldRow } from './record-field.js';
import { isRewording, restateKeys } from './restate-keys.js';
import { isShouted } from './shouted.js';
import { copyrightNamesLine, copyrightNotices, namesSite } from './site-name.js';
import { isTagList, opensWithFacetLabel } from './tag-list.js';
import { opensWithAdLabel } from './title-ad-label.js';
import { inBlurbCards } from './title-blurb-cards.js';
import { crumbLinesAt } from './title-crumb-lines.js';
import { copiedWithNeighbour, gatherEchoes, neighbourInBody, twinsOf } from './title-echoes.js';
import {
  FULL_STOP_END,
  isLoneItem,
  isTitleShaped,
  MAX_SENTENCE_TITLE_WORDS,
  MAX_TITLE_SENTENCE_MARKS,
  MAX_TITLE_WORDS,
  MIN_TITLE_WORDS,
  mayBeTitleShaped,
} from './title-shape.js';
import { shortFormsOf } from './title-short-form.js';
import { topicTokens, topicTokensOf } from './topic-tokens.js';
import { foldedWords, slugKeys, slugMatch, type slugWords, spellsSlug } from './url-slug.js';

/** How many lines before the body's first paragraph a headline may stand (menus, bylines, share bars). */
const TITLE_WINDOW = 60;
/**
 * How many lines after the body's first paragraph a headline may stand without its byline or date under it (a paragraph
 * of chrome above it).
 */
const TITLE_REACH_INTO_BODY = 12;
/** Most words of prose a notice above the headline may have. */
const MAX_NOTICE_WORDS = 40;
/** Lines that are not prose in a row after which the prose above them was a notice of its own, however long. */
const NOTICE_GAP = 2;
/** How many lines above the body a headline with a byline or date beside it may stand (listings, long menus). */
const TITLE_FAR_WINDOW = 600;
/**
 * Overlap with the body a headline standing after the first paragraph needs. Why not more: a headline of three content
 * words scores at most 0.75 ({@link FULL_OVERLAP_WORDS}), so a higher bar shut out "Learn web development" under a
 * consent notice (WCXB 0316, 4592 html-to-text).
 */
const MIN_OVERLAP_INSIDE_BODY = 0.6;
/** Lines from the first paragraph at which a candidate's nearness bonus has halved. */
const NEARNESS_SCALE = 15;
/** Words from which a line is as long as a headline needs to be for {@link TitleSignals.length}. */
const FULL_LENGTH_WORDS = 8;
/** Occurrences in the body that make a word fully a topic word; the body's word counts need go no higher. */
export const TOPIC_WORD_COUNT = 2;
/** Content words a headline needs before its overlap counts in full; "Get Started" shares words by chance. */
const FULL_OVERLAP_WORDS = 4;

/** What the title search looks at. */
export interface TitleInput {
  readonly lines: readonly Line[];
  readonly verdicts: readonly (Verdict | undefined)[];
  readonly scores: readonly LineScore[];
  /** Index of the body's first prose line. */
  readonly firstProse: number;
  /** Index of the body's last line. */
  readonly bodyEnd: number;
  /**
   * Counts in the body's prose lines of the words the title search may ask about ({@link titleWords}: those of the
   * lines that may be the headline); counting may stop at {@link TOPIC_WORD_COUNT}.
   */
  readonly bodyWords: ReadonlyMap<string, number>;
  /** The page's language pack: stopwords, and dates for the byline lines a headline stands next to. */
  readonly lang: CompiledPack;
  /** The headline's words as the page's URL spells them ({@link slugWords}), or null when there is no such hint. */
  readonly slug?: readonly string[] | null;
  /** The site's name as its URL's host spells it (`siteHost`), or null without a URL. */
  readonly host?: string | null;
  /**
   * The URL's short slug (`shortSlugWords`) when it has no longer one: it confirms only a line that spells it whole.
   */
  readonly shortSlug?: readonly string[] | null;
  /** The lines that hold a tab between two words (`tabRows`), or null when none is known. */
  readonly tabRows?: ReadonlySet<number> | null;
}
// Why: a dek of bullet-separated items ("Talks end without a deal ■ Next round in Geneva") shares the body's words and
// stands nearer to it than the headline; a headline has no bullets ("|" is left out: "Headline | Site" is common). A
// browser's text glues a menu's bulleted items without spaces ("•Zero to 5K Plan•5K to 10K Plan•…", WCXB 4115), so two
// bullets anywhere make a list as well.
const BULLETED = /\s[■●▪◆•]\s|[■●▪◆•].*[■●▪◆•]/u;
// why: wcxb 0404 html-to-text — a code host's "HACKERMONDEV/WRITEUP.MD" over the gist's date outranked the h1 of the
// text it shows: a file's path, parts parted by slashes and no space, ending in an extension, names a file, not a
// topic.
const FILE_PATH = /^[^\s/]+(?:\/[^\s/]+)+$/u;
const FILE_EXTENSION = /\.\p{L}[\p{L}\p{N}]{0,4}$/u;

/** What one line has of a headline; each signal is 0–1 and {@link TITLE_WEIGHTS} weighs it. */
export interface TitleSignals {
  /** Share of its content words that recur in the body. */
  readonly overlap: number;
  /** 1 next to the body's first paragraph, falling with distance. */
  readonly nearness: number;
  /** The window holds the same line again (a breadcrumb's last crumb, a sticky header). */
  readonly repeated: number;
  /**
   * The window holds the same line again with the same line beside it ({@link copiedWithNeighbour}): a menu given
   * twice.
   */
  readonly menuCopy: number;
  /**
   * The line right above or below reads the same: innerText gives some headlines twice (a hidden copy for screen
   * readers).
   */
  readonly doubled: number;
  /** Another line starts or ends with it after a separator ("Home / Blog / <headline>", "<headline> | Site"). */
  readonly echoed: number;
  /**
   * The body holds the same line and the line next to it too: a section heading, and this line its entry in a table of
   * contents.
   */
  readonly bodyTwin: number;
  /** Markdown `#`. */
  readonly marked: number;
  /**
   * Share of its content words that start with a capital: headlines are often in headline case, deks and captions not.
   */
  readonly capitalized: number;
  /**
   * Its words, up to {@link FULL_LENGTH_WORDS}, as a share of that: a headline says more than a menu entry or a name.
   */
  readonly length: number;
  /** Ends in a full stop: a dek or a caption more often than a headline. */
  readonly sentence: number;
  /** Stands after the body's first paragraph, past more prose than a notice or with no paragraph or date under it. */
  readonly insideBody: number;
  /** A byline or date line right above or below it. */
  readonly besideMeta: number;
  /** A byline, date or reading-time line two lines away, or a bare author name between it and a date. */
  readonly nearMeta: number;
  /** The first line of the window that clearly names the topic; subheadings and contents lists follow the headline. */
  readonly firstTopical: number;
  /** A byline, date or reading time stands within three lines below it and none above: the headline's own. */
  readonly metaBelow: number;
  /** Written in capitals on a page whose body writes its headings in capitals (html-to-text's `<h1>`–`<h6>`). */
  readonly shouted: number;
  /** The line right above is a candidate that clearly names the topic: this one is its dek or its subheading. */
  readonly underTopical: number;
  /**
   * The body's first line or one inside it, under a run of byline or date lines that stands right under another
   * candidate: that one's header has closed, and this line heads the body's first section.
   */
  readonly underHeader: number;
  /**
   * A line in sentence case right under a shorter candidate in headline case, or under a phrase that heads the same
   * byline or date: its dek.
   */
  readonly underHeadline: number;
  /**
   * One of a run of lines each over its own byline or date, a few lines apart: cards of related articles; or, above the
   * body, a title between two others, each over its blurb ({@link inBlurbCards}).
   */
  readonly card: number;
  /** One of a run of short lines (a menu). */
  readonly navRun: number;
  /**
   * A trail of crumbs ("Home » Podcast » <headline>"), or a link that ends in a crumb's arrow: it leads to the headline
   * or elsewhere, and is not one.
   */
  readonly crumbs: number;
  /**
   * Right over or under a trail of crumbs written a crumb a line, whose last crumb names it in part ({@link
   * markCrumbLines}): the page the trail leads to.
   */
  readonly besideCrumbs: number;
  /**
   * Names a longer candidate a few lines below in short, in none of its function words ({@link shortFormsOf}): a crumb
   * or a kicker over the headline.
   */
  readonly shortForm: number;
  /**
   * A bare name beside a byline or date line or over one, under a longer line (or under its own copy there): the
   * author's (or the company's) name under the dek.
   */
  readonly authorName: number;
  /** How well its words and the URL's slug cover each other ({@link slugMatch}); 0 without a slug. */
  readonly slug: number;
  /**
   * A photo credit stands right under it or ends it ({@link isCaptioned}): it is the image's caption. Or the body gives
   * it {@link MIN_CREDIT_COPIES} times or more: a credit or a label under each picture.
   */
  readonly captioned: number;
  /** It opens with words in capitals and goes on in lower case ({@link opensWithCapsLeadIn}): a caption's lead-in. */
  readonly leadIn: number;
  /**
   * Its words repeat much of a headline-shaped line a few lines above: a section heading or summary restating the
   * headline.
   */
  readonly restates: number;
  /**
   * Share of its content words that the body's first paragraphs use ({@link ledeShare}): the headline sums up the lede.
   */
  readonly lede: number;
  /**
   * Most of its words are spelled in the URL's host, or a copyright notice names it ({@link copyrightNamesLine}): the
   * site's name, not the headline.
   */
  readonly siteName: number;
  /** A long line without a function word ({@link isLabelRun}): a menu's or a table's labels run together. */
  readonly labelRun: number;
  /**
   * A list of labels ({@link isTagList}) right under a byline or date line, or a line that opens with a facet label and
   * a colon ({@link opensWithFacetLabel}): the post's categories or tags.
   */
  readonly tags: number;
}

/**
 * How much each signal counts; the headline is the line with the highest weighted sum above zero. Set on the WCXB
 * dev pages with even ids and checked on the odd ones (both renderers); each weight names a page it decides.
 */
export const TITLE_WEIGHTS: Readonly<Record<keyof TitleSignals, number>> = {
  // Why not 2: the lede's words ({@link TitleSignals.lede}) now say part of what the body's words said; from 1.8 up, or
  // with no lede, related stories' titles outranked more headlines.
  overlap: 1.7,
  // Why no more: a subheading right above the first paragraph outranked the h1 ten lines up (WCXB 0037, 0051).
  nearness: 0.8,
  repeated: 0.2,
  // A menu given twice (a desktop and a mobile menu) repeats each of its entries; "The Best Music of 2025" and "Best
  // Projectors Under $1,000", each in such a menu, outranked the headline (WCXB 4560, 4265 innertext without the URL).
  // From -0.45 to -0.6 both gain and no page loses; at -1 WCXB 0064 loses its headline (both renderers, no URL).
  menuCopy: -0.5,
  // The h1 twice in a row outranks a menu entry or a site name near it (WCXB 0177, 0228, 0243 innertext).
  doubled: 0.8,
  // "Main > Blog > <headline>" above the headline (WCXB 0002). Why not less: the page title "<headline> | Patient
  // Education | <site>" lost to a shorter heading the slug spells (WCXB 4180 innertext); from 0.6 the even and odd
  // pages gain 4 (0036, 0393 without the URL) and lose 1 (4613 without: a headline's head, "Zero Waste", as a menu
  // entry); 1.2 lost three more.
  echoed: 0.9,
  // A contents list repeats the body's section headings (WCXB 0051: "What Are Some Current Trends In Event
  // Management?").
  bodyTwin: -0.6,
  marked: 1,
  // Menu entries, site names and author names outranked the headline near them (WCXB 0014 "Canvas Student Help Desk",
  // 0231 "Social Media & Community Expert"); set on the even pages, the odd ones gain too (innertext +5, html-to-text
  // +1).
  capitalized: 0.7,
  // Why no more: a menu entry or a reporter's role of four words outranked the longer headline near it (WCXB 0215,
  // 0231, 4560 innertext); the even pages gain one, the odd two, none lost.
  length: 0.65,
  sentence: -1.5,
  insideBody: -1,
  besideMeta: 0.3,
  // Why no more: a line right beside the byline has nearMeta too; tags, a crumb trail, a role or a topic line two
  // lines from the date outranked the headline (WCXB 2534 tags, 0127 crumbs, 4823 "Guide by …", 4091 "Topic: …").
  nearMeta: 0.15,
  firstTopical: 0.3,
  // The headline stands over its byline, a dek or a subheading under it (WCXB 0016, 0037: a name, then a date or "9 min
  // read").
  metaBelow: 0.5,
  // html-to-text's h1 is in capitals, its kicker and dek are not (WCXB 0174 html-to-text).
  shouted: 1.5,
  // The dek right under the headline names the topic as well (WCXB 0474, 2414, 4446: a one-line summary under the h1).
  underTopical: -0.3,
  // "The History of Coffee", "Mar 24, 2025", "By Amy Wilhelm", "0 comments", then "Ever wonder how coffee was first
  // discovered?" over the first paragraph: the question heads the body's first section (WCXB 4045, both renderers).
  // Why 1.5: the question names the topic in more words than the headline (overlap 0.9 against 0.25); at 1 it still won
  // on html-to-text without the URL.
  underHeader: -1.5,
  // A dek whose words the body uses more outranked the headline-case line over it (WCXB 0027, 0481 innertext).
  underHeadline: -0.6,
  // A list of related articles, each title over its date, outranked the headline above it (WCXB 0277, 4340 innertext).
  card: -1,
  // Menu entries stand in runs of short lines above the headline (WCXB 0348, 4088: "Health Info", "Travel Tips").
  navRun: -0.3,
  // "Home » Podcast » <headline>" holds every word of the headline and more (WCXB 4095, 4497).
  crumbs: -1,
  // why: wcxb 4584 — "Wedding Planning Checklist" and "Wedding Planning", crumbs over "Complete Wedding Planning
  // Checklist: 12-Month Timeline & Budget Guide", outranked it; 4517: "Climate change: 5 innovative solutions" over a
  // reading time and "Five innovative solutions to climate change: learning from global hotspots".
  shortForm: -1,
  // why: wcxb 4193 innertext — "Home", "/", "Home solar", then "How to install solar panels in 2026" in sentence case,
  // which a contents list's section heading outranked; from 0.4 to 0.8 it and 4185 without the URL gain, none lost.
  besideCrumbs: 0.6,
  // "Russell Miller" between the dek and the date outranked the headline over the dek (WCXB 0383, 0473 innertext).
  authorName: -1,
  // why: wcxb 0417 — the lead image's caption under the headline, over "Netflix / Crunchyroll / Adult Swim", outranked
  // it; 0477 "This MacBook Pro is over $1,300 off just in time for the holidays Credit: Apple" as well.
  captioned: -1,
  // why: wcxb 0392 — the photo's caption "SPANISH LEARNING STUDENTS in an information-sharing session" outranked the
  // h1.
  leadIn: -1,
  // A line the URL's slug spells outranks a menu entry or a reporter's role near it (WCXB 0221 "National Biotech
  // Reporter", 0457 "CIOB Column"); set on the even pages (1–2.5 within two pages), the odd ones gain more.
  slug: 1.5,
  // A section heading that restates the headline stands nearer the body ("What is an online course?" under "What is an
  // Online Course? Definition Explained", WCXB 0113; 0128, 0281 innertext); at -0.3 each half of each renderer gains or
  // holds, with and without the URL; -0.5 lost more pages without it.
  restates: -0.3,
  // A menu entry or the site's name shares the body's words but not its lede's ("Clemson Computing Information
  // Technology" over "Here's how to maintain healthy smartphone habits", WCXB 0345; "Thomson Reuters Tax & Accounting",
  // 4877). With overlap 1.7, 0.2 gains or holds on each half of each renderer, with and without the URL (15 page runs
  // gained, 3 lost); 0.3–0.4 gained less and, with overlap 1.5, lost a headline to the page-title line over it.
  lede: 0.2,
  // The site's name over the headline, twice in a row or beside the date, outranked it ("Here Comes the Guide", WCXB
  // 4588; "Nutrition Facts with Dr. Greger", 0307 innertext); with the URL each half of innertext gains one, none lost.
  // why: wcxb 4588 — without the URL, "© 2025 Here Comes the Guide" at the page's foot still names the site.
  siteName: -1,
  // "Privacy Accessibility HTML Images Responsive Design Forms PWA CSS Performance Testing JavaScript web.dev" over
  // the h1 outranked it (WCXB 0316 innertext). A signal, not a veto: the line under it is still a dek or a section
  // heading under a topical line (WCXB 4861 html-to-text: a table's header row over its first heading).
  labelRun: -1,
  // "College Admissions, Student Resources" under the byline's date outranked the headline over the byline (WCXB 4615;
  // 0308 "FAQ # Accounting, Bryan University, Certification, Degree"); no headline on the dev pages has this shape.
  // why: wcxb 4091 — "Topic: Personal Finances Saving Money Budgeting" over the first paragraph outranked the headline.
  tags: -1,
};

/** A candidate whose signals are still being set. */
interface DraftCandidate {
  readonly index: number;
  readonly signals: { -readonly [K in keyof TitleSignals]: number };
}

/** A line that could be the headline, with its signals. */
export interface TitleCandidate {
  readonly index: number;
  readonly signals: TitleSignals;
}

/** Lines in capitals inside the body from which the page writes its headings in capitals. */
const MIN_SHOUTED_HEADINGS = 2;
/** Share of the body's lines of two words or more that end no sentence that must be in capitals as well. */
const MIN_SHOUTED_SHARE = 0.03;
/** Copies of a line in the body from which it is a credit or a label given under each picture, not the headline. */
const MIN_CREDIT_COPIES = 3;
/** Share of capitalized content words from which a line is in headline case. */
const TITLE_CASE_SHARE = 0.8;

/** Most share of capitalized content words of a line in sentence case. */
const SENTENCE_CASE_SHARE = 0.5;
/** Fewest words of a headline a dek stands under; a kicker ("Food, Nutrition, Diet", WCXB 4527) is shorter. */
const MIN_HEADLINE_OVER_DEK = 4;

/** Overlap from which a line clearly names the topic. */
const TOPICAL_OVERLAP = 0.5;
/** How far, in lines, a byline or date may stand from the headline for {@link TitleSignals.nearMeta}. */
const META_REACH = 2;
/** Most words of a line that holds a date and little else. */
const MAX_META_WORDS = 12;

/**
 * Picks the headline: a title-shaped line near the body's first paragraph whose content words recur in the
 * body, with bonuses for a Markdown `#`, for a line the page repeats (breadcrumb and h1) and for a byline or
 * date beside it. Lines after the first paragraph compete only when clearly better (a newsletter notice or
 * cookie text can precede the h1). Returns the line's index, or -1.
 */
export function pickTitle(input: TitleInput): number {
  let best = -1;
  let bestScore = 0;
  for (const candidate of titleCandidates(input)) {
    const score = scoreTitle(candidate.signals);
    if (score > bestScore) {
      bestScore = score;
      best = candidate.index;
    }
  }
  return best;
}

/** The weighted sum of a candidate's signals. */
export function scoreTitle(
  signals: TitleSignals,
  weights: Readonly<Record<keyof TitleSignals, number>> = TITLE_WEIGHTS,
): number {
  let score = 0;
  for (const key of Object.keys(weights) as (keyof TitleSignals)[]) score += weights[key] * signals[key];
  return score;
}

/**
 * The lines the title search looks at: `[from, to]` around the body's first prose line, and past `to` as far as
 * `last` only a line that may stand deep in the body ({@link mayStandDeep}).
 */
function titleWindow(firstProse: number, bodyEnd: number): { from: number; to: number; last: number } {
  // A headline heads something: the body's last line is never one.
  const last = bodyEnd - 1;
  return {
    from: Math.max(0, firstProse - TITLE_FAR_WINDOW),
    to: Math.min(last, firstProse + TITLE_REACH_INTO_BODY),
    last,
  };
}

/**
 * The words whose counts in the body ({@link TitleInput.bodyWords}) the title search may read, each counted 0 for the
 * caller to count up: the content-length tokens of the lines of its window that have a headline's length and no list
 * marker, credit or quote mark, and (without a slug) no verdict that rules a line out. Why counts, not a set: one
 * lookup per word of the body both asks and counts.
 * @example titleWords({ lines, verdicts, scores }, firstProse, bodyEnd).has('tillerson') // true when a line above the body names him
 */
export function titleWords(
  input: Pick<TitleInput, 'lines' | 'verdicts' | 'scores' | 'slug' | 'shortSlug' | 'lang'>,
  firstProse: number,
  bodyEnd: number,
): Map<string, number> {
  const words = new Map<string, number>();
  const { from, to, last } = titleWindow(firstProse, bodyEnd);
  for (let i = from; i <= last; i++) {
    const line = input.lines[i];
    if (line === undefined) continue;
    // The sentence marks after the shape's cheap tests: telling an abbreviation's period from a full stop reads the
    // line.
    if (!mayBeTitleShaped(line, isLoneItem(input.lines, i), minWordsOf(line, input), true)) continue;
    if (line.sentenceMarks > MAX_TITLE_SENTENCE_MARKS && sentenceEnds(line, input.lang) > MAX_TITLE_SENTENCE_MARKS)
      continue;
    const verdict = input.verdicts[i];
    if (i > to && !mayStandDeep(line, verdict, input.scores[i])) continue;
    // Without a slug, a line a detector removed as other than a copy or a menu entry is no candidate.
    if (!input.slug && verdict !== undefined && verdict.kind !== 'duplicate' && verdict.kind !== 'nav') continue;
    for (const token of topicTokens(line)) if (token.length >= MIN_CONTENT_CHARS) words.set(token, 0);
  }
  return words;
}

/**
 * Every line that could be the headline, in page order, with its signals. The search walks the window of
 * {@link titleWindow} once; each line passes four steps, the cheap ones first:
 * 1. {@link pastNoticeProse}: past more prose than a notice has, only a line over its own byline or date may follow;
 * 2. {@link titleShapedLine}: a headline's shape, case and place;
 * 3. {@link namedTopic}: the body's topic, and none of the shapes that only look like a headline;
 * 4. {@link draftCandidate}: the signals, from its neighbours and the candidates above it.
 *
 * Then the signals that need every candidate: the page's copies of each ({@link markEchoes}), a site's name in its
 * copyright notice ({@link markSiteNotices}), short forms of a line below ({@link markShortForms}), trails of
 * crumbs a crumb a line ({@link markCrumbLines}), restatements ({@link markRestatements}) and cards
 * ({@link markCards}).
 */
export function titleCandidates(input: TitleInput): TitleCandidate[] {
  const { from, to, last } = titleWindow(input.firstProse, input.bodyEnd);
  const memos = lineMemos(input);
  const scan: TitleScan = {
    input,
    lower: memos.lower,
    foldedAt: memos.foldedAt,
    metaAt: memos.metaAt,
    slugAt: slugMatcher(input, memos.foldedAt),
    shoutedHeadings: writesHeadingsInCapitals(input.lines, input.firstProse, input.bodyEnd),
    lede: ledeKeys(input, input.lang.stopwords),
    candidates: [],
    topicalSeen: false,
    proseWordsPassed: 0,
    bodyProseWords: 0,
    linesSinceProse: 0,
    seenAbove: new Set<string>(),
  };
  for (let i = from; i <= last; i++) {
    const deep = i > to;
    if (i > input.firstProse && pastNoticeProse(scan, i, deep)) continue;
    const shaped = titleShapedLine(scan, i, deep);
    if (shaped === null) continue;
    const named = namedTopic(scan, i, shaped);
    if (named === null) continue;
    // Why: the headline again inside the body, with a byline under it, heads a recipe card or a review, not the
    // article (WCXB 4163 html-to-text).
    if (i <= input.firstProse) scan.seenAbove.add(scan.lower(i));
    else if (scan.seenAbove.has(scan.lower(i))) continue;
    const candidate = draftCandidate(scan, i, shaped, named);
    if (candidate === null) continue;
    if (named.overlap >= TOPICAL_OVERLAP) scan.topicalSeen = true;
    scan.candidates.push(candidate);
  }
  const { candidates, lower } = scan;
  markEchoes(candidates, input, { from, to }, lower);
  markSiteNotices(candidates, input.lines, lower);
  const keys = candidates.map(({ index }) => restateKeys(input.lines[index] as Line, input.lang.stopwords));
  markShortForms(candidates, keys, input.lines, input.lang.stopwords);
  markCrumbLines(candidates, keys, input);
  markRestatements(candidates, keys, lower);
  return markCards(candidates);
}

/** What the title search asks of a line again and again, each answered once a line. */
interface LineMemos {
  /** The line's text lower-cased: the signals compare lines often. */
  readonly lower: (i: number) => string;
  /** The line's words folded as a URL writes them: the slug and the site's name are compared with them. */
  readonly foldedAt: (i: number) => readonly string[];
  /** The line is a byline or date line ({@link isMeta}) and no undated label: up to eight candidates ask each. */
  readonly metaAt: (j: number) => boolean;
}

/** The memos of {@link LineMemos} over `input`'s lines. */
function lineMemos(input: TitleInput): LineMemos {
  const { lines } = input;
  const lowered: string[] = [];
  const lower = (i: number): string => {
    let text = lowered[i];
    if (text === undefined) {
      text = lines[i]?.text.toLowerCase() ?? '';
      lowered[i] = text;
    }
    return text;
  };
  const folded: (readonly string[] | undefined)[] = [];
  const foldedAt = (i: number): readonly string[] => {
    let words = folded[i];
    if (words === undefined) {
      words = foldedWords((lines[i] as Line).text);
      folded[i] = words;
    }
    return words;
  };
  // findDate is the costly part of a line's test, so it is asked once.
  const metaMemo: (boolean | undefined)[] = [];
  const metaAt = (j: number): boolean => {
    let known = metaMemo[j];
    if (known === undefined) {
      known = isMeta(input, j) && !isUndatedLabel(input, j);
      metaMemo[j] = known;
    }
    return known;
  };
  return { lower, foldedAt, metaAt };
}

/**
 * True when the page writes its headings in capitals: enough of the body's lines of two words or more that end no
 * sentence, from `firstProse` to `bodyEnd`, are in capitals. Why: html-to-text upper-cases every heading, so there a
 * line in capitals is one (WCXB html-to-text pages); in a browser's text capitals are more often a kicker or a menu
 * entry. Why the share: a browser's text writes a few kickers and buttons in capitals among many lines that are not
 * (WCXB 0057, 0334, 4362 innertext: "BEST MOVING COMPANIES" over the h1, 2–4 of 150–1,100 such lines).
 */
function writesHeadingsInCapitals(lines: readonly Line[], firstProse: number, bodyEnd: number): boolean {
  let shoutedInBody = 0;
  let unfinishedInBody = 0;
  for (let i = firstProse; i <= bodyEnd; i++) {
    const line = lines[i] as Line;
    if (line.words < 2 || line.endsSentence) continue;
    unfinishedInBody++;
    if (isShouted(line)) shoutedInBody++;
  }
  return shoutedInBody >= MIN_SHOUTED_HEADINGS && shoutedInBody >= MIN_SHOUTED_SHARE * unfinishedInBody;
}

/** What the title search carries from line to line of its window. */
interface TitleScan extends LineMemos {
  readonly input: TitleInput;
  /** The slug match of a line ({@link slugMatcher}). */
  readonly slugAt: (i: number) => number;
  /** The page writes its headings in capitals ({@link writesHeadingsInCapitals}). */
  readonly shoutedHeadings: boolean;
  /** The lede's words ({@link ledeKeys}). */
  readonly lede: ReadonlySet<string>;
  /** The candidates so far, in page order. */
  readonly candidates: DraftCandidate[];
  /** A candidate so far clearly names the topic ({@link TOPICAL_OVERLAP}). */
  topicalSeen: boolean;
  /** Words of prose passed since the last break in it (two lines that are not prose, or a byline or date line). */
  proseWordsPassed: number;
  /** Words of prose from the body's first line down to the line asked about, never reset. */
  bodyProseWords: number;
  /** Lines that are not prose since the last prose line. */
  linesSinceProse: number;
  /** Lower-cased candidates above the body: a copy of one inside the body repeats it (a recipe card's title). */
  readonly seenAbove: Set<string>;
}

/**
 * Counts the prose passed down to line `i`, past the body's first prose line; true when more than a notice's worth
 * stands above it and it is no headline over its own byline or date. `deep` is true past the window's reach into the
 * body, where the words passed are read no more.
 */
function pastNoticeProse(scan: TitleScan, i: number, deep: boolean): boolean {
  const { input, metaAt } = scan;
  const lines = input.lines;
  // Past the first paragraph, only a short notice (a consent line, a newsletter box) may stand above the
  // headline; after more prose than that, the article has begun (WCXB 0013: a caption must not cut it).
  // Why the gap: a longer notice is a block of its own when lines that are not prose part it from the headline (a
  // site's blurb, then "Columns and Opinions", "Contact", "Search", then the h1; WCXB 4682, 0334 html-to-text).
  const before = input.scores[i - 1]?.klass;
  if (before === 'good' || before === 'medium') {
    scan.proseWordsPassed += (lines[i - 1] as Line).words;
    scan.bodyProseWords += (lines[i - 1] as Line).words;
    scan.linesSinceProse = 0;
  } else if (!deep && (++scan.linesSinceProse >= NOTICE_GAP || metaAt(i - 1))) {
    // Why the date: a date or byline line ends the blurb above it as well; the article's header starts there
    // (WCXB 0307: a podcast's blurb, "September 9, 2021", then the headline).
    // Why not deep: past `to` the words passed are read no more, and asking every line there for a date cost.
    scan.proseWordsPassed = 0;
  }
  // Why the byline: a headline over its own byline or date may stand past a long notice, as deeper in the body
  // (WCXB 0268 html-to-text: a disclosure of 105 words, then the h1, its dek and "Written by: …"); unless a line
  // above the body already named the topic: then the prose is the article, and the line a related story's.
  return scan.proseWordsPassed > MAX_NOTICE_WORDS && !deep && (scan.topicalSeen || !metaBelow(i, metaAt));
}

/** A line {@link titleShapedLine} passed, and its capital share once measured ({@link capitalShareOf}). */
interface ShapedLine {
  readonly line: Line;
  /** The share of capitalized content words, or -1 until measured. */
  capitalized: number;
}

/** The share of capitalized content words of `shaped`'s line, measured once. */
function capitalShareOf(shaped: ShapedLine, stopwords: ReadonlySet<string>): number {
  if (shaped.capitalized < 0) shaped.capitalized = capitalShare(shaped.line.text, stopwords);
  return shaped.capitalized;
}

/**
 * Line `i` when it has a headline's shape, case and place (deep in the body, far above it, removed by a detector, a
 * sentence or a row of cells), or null. `deep` is true past the window's reach into the body.
 */
function titleShapedLine(scan: TitleScan, i: number, deep: boolean): ShapedLine | null {
  const { input, metaAt, slugAt } = scan;
  const { lines, verdicts, firstProse } = input;
  const line = lines[i] as Line;
  // Deeper into the body, only a line over its own byline or date: a blog's intro and its cards of other posts, or
  // a list of the site's programmes, can read as the body's start far above the headline (WCXB 0109: "Video
  // Production Process: Complete Guide for 2025" over "by Jacob Trussell—10 min read", 80 lines in; 0094, 0253).
  // The cheap tests here, the date under it once the line has a headline's shape: the body has many lines.
  if (deep && !mayStandDeep(line, verdicts[i], input.scores[i])) return null;
  // The shape's cheap tests before the tests below: most lines of the window have no headline's shape, and the
  // dates beside a line, the slug's words and the case of its words cost more to read.
  const loneItem = isLoneItem(lines, i);
  const minWords = minWordsOf(line, input);
  // Why the slug: a headline of exclamations ("Aus! Aus! Alles vorbei! Habeck macht die Stahnke", research set
  // spreeblick (de)) has the sentence marks of a dek, and the URL spells it whole.
  // Nor do the periods of abbreviations ("… FOR WED. AFTER … TUES.", {@link abbreviationPeriods}).
  // The marks after the shape's other tests, the slug last: the body's paragraphs have sentences, and reading their
  // periods or folding their words costs.
  if (!mayBeTitleShaped(line, loneItem, minWords, true)) return null;
  // why: wcxb 0217 innertext — "About\tOur Services\tOur Process\t…\t0 items", a menu laid out as a row of cells, named
  // the topic first and made the h1 under it read as its dek: a headline is written in one piece, never in cells.
  if (input.tabRows?.has(i)) return null;
  const manyMarks = line.sentenceMarks > MAX_TITLE_SENTENCE_MARKS;
  if (manyMarks && sentenceEnds(line, input.lang) > MAX_TITLE_SENTENCE_MARKS && slugAt(i) < SLUG_SPELLED) return null;
  // The date under a deep line before its case and its sentence: most lines of a long body have a headline's length,
  // few a byline or date under them.
  if (deep && !metaBelow(i, metaAt)) return null;
  // Far above the body (product cards, a long menu), only a line with a byline or date beside it can be the
  // headline (WCXB 4340: 590 lines of listings above the body).
  // Why below: a buying guide's h1 stands over its dek and then its byline, three lines down, and a list of its
  // picks between it and the body (WCXB 4677: 140 lines of product cards).
  // Or a line the URL's slug spells over a paragraph (WCXB 4430: the h1, a disclosure, then 80 lines of picks; 4457:
  // the slug's words as a menu entry at the top, menu entries under it).
  // why: wcxb 4430 html-to-text — without the URL, the h1 over its disclosure, a paragraph of full prose, as well; a
  // mega-menu's card stands over a blurb of one short sentence ("We reveal trends, …", 0281 innertext), which is
  // prose too, so the slug must spell a line over that.
  if (
    i < firstProse - TITLE_WINDOW &&
    !metaWithinReach(input, i, metaAt) &&
    !metaBelow(i, metaAt) &&
    !proseUnder(input.scores, i, isGood) &&
    (!proseUnder(input.scores, i) || slugAt(i) < SLUG_SPELLED)
  )
    return null;
  const verdict = verdicts[i];
  // Why the slug: a headline that carries its date reads as a date line ("Metasploit Wrap-Up 12/19/2025", WCXB 2645).
  if (verdict && verdict.kind !== 'duplicate' && verdict.kind !== 'nav' && slugAt(i) < SLUG_SPELLED) return null;
  // Measured only for the lines that get this far and need it: most lines of a page are no headline.
  const shaped: ShapedLine = { line, capitalized: -1 };
  const stopwords = input.lang.stopwords;
  // Why: a headline in headline case may end in a full stop ("Things to Know Before Travelling to Japan for the
  // First Time.", WCXB 4083); a dek or a caption is written as a sentence. A line in capitals says nothing of its
  // case (WCXB 0434 html-to-text: an upper-cased dek in two sentences), but where the page writes its headings in
  // capitals, one sentence in capitals is a heading (WCXB 4083, 0243 html-to-text: the h1, upper-cased).
  // A period that closes an abbreviation ends no sentence ("… AFTER HEAVY RAIN TUES.").
  const endsLong = line.words > MAX_SENTENCE_TITLE_WORDS && FULL_STOP_END.test(line.text);
  const abbreviationEnd = endsLong && endsWithAbbreviation(line.text, input.lang.abbreviations);
  const longSentence = endsLong && !abbreviationEnd;
  const headlineCase = isShouted(line)
    ? scan.shoutedHeadings && (line.sentenceMarks <= 1 || sentenceEnds(line, input.lang) <= 1)
    : longSentence && capitalShareOf(shaped, stopwords) >= TITLE_CASE_SHARE;
  // Why: nor does a full stop make a dek of a long line the URL spells whole ("W Poznaniu powstanie muzeum poświęcone
  // Enigmie i polskim matematykom. W końcu…", research set antyweb (pl), in sentence case or in capitals).
  // A paragraph's line not in capitals is asked no slug: as a sentence not in headline case, the test below on the
  // body's prose rules it out whatever the slug says, and folding its words costs.
  const spelledSentence =
    longSentence &&
    !headlineCase &&
    (isShouted(line) || input.scores[i]?.klass !== 'good') &&
    slugAt(i) >= SLUG_SPELLED;
  const shapedAsTitle = isTitleShaped(
    line,
    headlineCase || spelledSentence || abbreviationEnd,
    loneItem,
    minWords,
    manyMarks,
  );
  if (!shapedAsTitle) return null;
  // Why: a long question in headline case is prose-shaped yet a headline ("What Are the Latest Scientific Trends
  // in Psychiatry and How Will They Impact Care?", WCXB 0192); other prose lines are the article's paragraphs.
  if (input.scores[i]?.klass === 'good' && capitalShareOf(shaped, stopwords) < TITLE_CASE_SHARE) return null;
  return shaped;
}

/** What {@link namedTopic} read of a line: its headline without a glued byline, and how much of the body it names. */
interface NamedTopic {
  /** The line whose text the author's name would be: `i`, or the copy right over it. */
  readonly nameAt: number;
  /** The line holds a byline prefix. */
  readonly saysBy: boolean;
  /** The byline glued to the line's end, or null. */
  readonly glued: GluedByline | null;
  /** The line's text without the glued byline. */
  readonly headline: string;
  /** The headline's topic words. */
  readonly tokens: readonly string[];
  /** {@link TitleSignals.overlap}. */
  readonly overlap: number;
}

/**
 * What line `i`, title-shaped, has of the body's topic, or null when it names none (unless the slug spells it or a
 * Markdown `#` marks it) or has a shape that only looks like a headline's: a name under "By", a line going on from the
 * one over it, bullets, a crumb trail, a sign's item, a meta label, a row of fields, a byline beside its date, a card
 * of a glued menu.
 */
function namedTopic(scan: TitleScan, i: number, shaped: ShapedLine): NamedTopic | null {
  const { input, lower, metaAt, slugAt } = scan;
  const { lines } = input;
  const line = shaped.line;
  // Why: the name under a bare "By" is the author's, given twice by some pages (WCXB 4007, 4030, 0236).
  const nameAt = lower(i - 1) === lower(i) ? i - 1 : i;
  if (isBareBylinePrefix(lines[nameAt - 1]?.text ?? '', input.lang)) return null;
  // why: wcxb 0471 — "By Chris Radich," over "public sector CTO and VP for customer success, UiPath": a line under one
  // that ends with a comma goes on with it, and a headline starts its own.
  if (lines[i - 1]?.text.endsWith(',')) return null;
  // Why: innerText may run the byline on at the headline's end ("… Stay Ahead by Jason Rostar | SEO | 8 min Read",
  // WCXB 0040, 4511): the line carries its own byline, and the headline alone is measured.
  const saysBy = input.lang.match.bylinePrefixes.test(line.text);
  const glued = saysBy ? splitGluedByline(line, lines, input.lang) : null;
  const headline = glued?.headline ?? line.text;
  const tokens = topicTokensOf(glued ? scanLine(headline, 0, headline.length).tokens : line.tokens, line.script);
  const overlap = overlapWithBody(tokens, input);
  // Why the slug: a short headline may share no topic word with the body ("And finally… trouble brewing", WCXB 0457).
  // Why the mark: so may a Markdown text's `#` headline ("# Brewing guide" over "## Ratio", a clean input).
  if (overlap === 0 && line.headingLevel !== 1 && slugAt(i) < SLUG_SPELLED) return null;
  // The tests below are asked once the line names the body's topic: most lines are ruled out before.
  // Why the sign: the first item of a list that is the article ("+ Added Granite, Andesite, and Diorite stone blocks",
  // readability test page tumblr html-to-text) outranked the headline over it.
  if (
    BULLETED.test(line.text) ||
    isShortCrumbTrail(line.text) ||
    (FILE_PATH.test(line.text) && FILE_EXTENSION.test(line.text)) ||
    // why: wcxb 0471 innertext — "[SPONSORED] From Data to Dominance: …", a sponsor's card right over the h1,
    // outranked it without the URL.
    opensWithAdLabel(line.text, input.lang) ||
    isSignItem(lines, i) ||
    startsWithMetaLabel(line.text, input.lang) ||
    isFieldRow(line.text)
  )
    return null;
  // Why: "Guide by Will Judd Former Deputy Tech Editor" over "Updated on Jan. 16, 2026" outranked the headline three
  // lines above it (WCXB 4823 innertext without the URL): a byline beside its date, whatever word opens it.
  if (saysBy && isKindByline(line.text, input.lang) && (metaAt(i - 1) || metaAt(i + 1))) return null;
  // Why: a course catalogue's cards over the article, each title glued to its blurb, outranked the headline with the
  // article's words (WCXB 0253 innertext: "Business PartneringExcel at HR strategy & Business Partnering").
  if (inGluedCardMenu(lines, i)) return null;
  return { nameAt, saysBy, glued, headline, tokens, overlap };
}

/**
 * Line `i` as a candidate with its signals, from its neighbours and the candidates above it; null when it stands in
 * the body and is a section's heading or names too little of the topic. Clears the `firstTopical` of the candidate
 * right above when that one is this line's kicker.
 */
function draftCandidate(scan: TitleScan, i: number, shaped: ShapedLine, named: NamedTopic): DraftCandidate | null {
  const { input, lower, metaAt, slugAt, candidates, topicalSeen } = scan;
  const { lines, firstProse } = input;
  const { line } = shaped;
  const { nameAt, glued, headline, tokens, overlap } = named;
  const stopwords = input.lang.stopwords;
  // why: wcxb 4163 innertext — "Recipe by PJ Hamel" under "Easy Everyday Sourdough Bread" marks it as "By PJ Hamel"
  // would; the recipe's ingredient lines outranked it. Only under: over "Presented By Forescout Technologies", a
  // sponsor's, stands a card's title, and under it "Download Now" (0471).
  const kindBylineUnder = isKindBylineLine(input, i + 1);
  // Why the line above asked once, before the kind byline's term: asked only there (3 lines in 200 pages), its
  // `i - 1` had no type feedback, and the first such line deoptimized this function, whose recompiling cost about
  // 0.4 G instructions (valgrind, 200 innertext pages, one round).
  const metaAbove = metaAt(i - 1);
  const besideMeta = metaAbove || metaAt(i + 1) || glued !== null || kindBylineUnder;
  const headsMeta = metaBelow(i, metaAt) || (kindBylineUnder && !metaAbove);
  // Past the first paragraph only a line that clearly names the topic can be the headline, never a subheading;
  // or one whose date or byline stands under it, past a promo paragraph (WCXB 4574: "Share your Parkview story"),
  // or right over it (WCXB 0307: the date, then the headline, under the blurb the body was taken to start with).
  // Why not freely: the body starts under the headline, so a heading deep in it would cut the body.
  const dated = besideMeta || headsMeta;
  // A line under no more prose than a notice, that a paragraph or a date follows, heads the body as a line above it
  // would; it needs only to name the topic. Why: "What is Digital Marketing?" under "We noticed that you are using
  // Internet Explorer 11 …" and "Dismiss notification" (WCXB 0045), an ad's blurb over the headline (4646).
  const pastNotice =
    i > firstProse &&
    scan.bodyProseWords <= MAX_NOTICE_WORDS &&
    !isProse(input.scores[i - 1]) &&
    (isProse(input.scores[i + 1]) ||
      metaAt(i + 1) ||
      // why: wcxb 0441 — a blog's blurb, its date, the headline, then its one-line dek over the first paragraph;
      // under a line that named the topic the prose was that headline's dek (4613 html-to-text), not a notice.
      (!topicalSeen && dekThenProse(input, i)));
  const inBody = i > firstProse && !pastNotice;
  // Or one the URL's slug spells, however little of the body it names (WCXB 4039: "History of coffee" under a lede).
  if (
    i > firstProse &&
    (line.headingLevel > 1 || (overlap < (pastNotice ? TOPICAL_OVERLAP : MIN_OVERLAP_INSIDE_BODY) && !dated)) &&
    slugAt(i) < SLUG_SPELLED
  )
    return null;
  const nearMeta = metaWithinReach(input, i, metaAt);
  const distance = Math.abs(firstProse - i);
  const above = candidates[candidates.length - 1];
  // why: wcxb 0115 — "Online Learning", a menu's last entry, over "Web Courses Defined": the first line to name the
  // topic was the headline's kicker, and the headline under it names the topic first.
  const underKicker =
    above !== undefined &&
    above.index === i - 1 &&
    above.signals.firstTopical === 1 &&
    overlap >= TOPICAL_OVERLAP &&
    i <= firstProse &&
    isKicker(lines[i - 1] as Line, line, stopwords);
  if (underKicker) above.signals.firstTopical = 0;
  const topical = (overlap >= TOPICAL_OVERLAP && !topicalSeen && i <= firstProse) || underKicker;
  const underTopical =
    above !== undefined &&
    above.index === i - 1 &&
    above.signals.overlap >= TOPICAL_OVERLAP &&
    // A crumb trail above is no headline, and this line is its last crumb (WCXB 4659: "Home » Podcast » …").
    above.signals.crumbs === 0 &&
    // why: wcxb 0236 innertext — "DESIGN STYLE" over "2025 Renovation Trends & Why They’re Smart": the headline under
    // its kicker is no dek (4121: a menu's last entry, "Clinical Trials", over the h1).
    !isKicker(lines[i - 1] as Line, line, stopwords) &&
    !lower(i - 1).includes(lower(i)) &&
    // why: wcxb 4192 — "DIY Solar Installation: Step by Step Guide" over "DIY Solar Panel Installation: Step by Step
    // Guide" (4597: a crumb's copy over the h1): a line in the same words is the headline again, not its dek; one
    // that only glues something to it ("Home9 Best …", 2218) is still a copy of it.
    (lower(i).includes(lower(i - 1)) ||
      !isRewording(restateKeys(lines[i - 1] as Line, stopwords), restateKeys(line, stopwords)));
  // The candidate right above, as a line.
  const lineAbove = above?.index === i - 1 ? (lines[i - 1] as Line) : undefined;
  const headlineAbove =
    above !== undefined &&
    lineAbove !== undefined &&
    lineAbove.words >= MIN_HEADLINE_OVER_DEK &&
    capitalShareOf(shaped, stopwords) < SENTENCE_CASE_SHARE &&
    ((above.signals.capitalized >= TITLE_CASE_SHARE && lineAbove.words < line.words) ||
      // why: wcxb 4441 innertext — "How to write a (good) newsletter with AI" over "5-steps to build your AI-powered
      // newsletter system", the byline under both: a headline in sentence case has a dek under it too. A phrase with a
      // function word, not a menu's run of labels ("home newsletter blog github bluesky linkedin", 2825); and no
      // paragraph under this line: then the line over it was a section's banner and this one the headline over its
      // dek ("The Web : Ars covers …", multisite arstechnica 2009).
      (above.signals.metaBelow === 1 &&
        (headsMeta || besideMeta) &&
        !isProse(input.scores[i + 1]) &&
        above.signals.crumbs === 0 &&
        hasFunctionWord(lineAbove.tokens, stopwords)));
  const ledeOfLine = ledeShare(tokens, scan.lede, stopwords);
  return {
    index: i,
    signals: {
      overlap,
      nearness: 1 / (1 + distance / NEARNESS_SCALE),
      // Set below, once the candidates are known.
      repeated: 0,
      menuCopy: 0,
      doubled: lower(i - 1) === lower(i) || lower(i + 1) === lower(i) ? 1 : 0,
      echoed: 0,
      bodyTwin: 0,
      marked: line.headingLevel === 1 ? 1 : 0,
      capitalized: capitalShareOf(shaped, stopwords),
      length: Math.min(1, line.words / FULL_LENGTH_WORDS),
      // Headlines end without a full stop; a line that ends with one is more likely a dek or a caption.
      sentence: FULL_STOP_END.test(headline) && !endsWithAbbreviation(headline, input.lang.abbreviations) ? 1 : 0,
      insideBody: inBody ? 1 : 0,
      // Why: a byline or date line right under or over a line marks it as the headline (WCXB 0051, 0043).
      besideMeta: besideMeta ? 1 : 0,
      nearMeta: nearMeta ? 1 : 0,
      firstTopical: topical ? 1 : 0,
      metaBelow: headsMeta ? 1 : 0,
      shouted: scan.shoutedHeadings && isShouted(line) && !isCapsLabel(line.words, overlap, ledeOfLine) ? 1 : 0,
      underTopical: underTopical ? 1 : 0,
      underHeader: i >= firstProse && underHeader(i, input.verdicts, metaAt, candidates) ? 1 : 0,
      underHeadline: headlineAbove ? 1 : 0,
      // why: wcxb 0094 — "MIT Sloan Fellows MBA" between two other programmes, each over its blurb, outranked the
      // headline under the menu without the URL.
      card: i < firstProse && inBlurbCards(input.scores, i) ? 1 : 0,
      navRun: inShortRun(lines, i) ? 1 : 0,
      crumbs:
        (headline.match(CRUMB_SEPARATOR) ?? []).length >= MIN_CRUMB_SEPARATORS ||
        CRUMB_AT_END.test(lines[i - 1]?.text ?? '') ||
        // why: wcxb 4592 — "Reserve for your personalised consultation now >" over the headline: a link leads on.
        CRUMB_AT_END.test(headline) ||
        endsWithNeighbour(i, lines, lower)
          ? 1
          : 0,
      // Set below, once the candidates are known.
      shortForm: 0,
      besideCrumbs: 0,
      // Why below and the first copy: "Steve Kamb" twice under the headline, then "Reviewed By: …" and the date
      // (WCXB 1405 innertext): the name's copy stands between it and the line over it.
      authorName:
        dated &&
        underLongerLine(input, nameAt, metaAt) &&
        bareName(line, input.lang) !== null &&
        !shoutedPhrase(line, stopwords)
          ? 1
          : 0,
      captioned: isCaptioned(lines, i, input.lang) ? 1 : 0,
      leadIn: opensWithCapsLeadIn(line.text) ? 1 : 0,
      slug: slugAt(i),
      // Set below, once the candidates are known.
      restates: 0,
      lede: ledeOfLine,
      siteName:
        input.host && namesSite(glued ? foldedWords(headline) : scan.foldedAt(i), input.host, stopwords) ? 1 : 0,
      labelRun: isLabelRun(line, stopwords) ? 1 : 0,
      tags:
        (metaAt(i - 1) && isTagList(line.text, line.tokens, stopwords)) || opensWithFacetLabel(line.text, input.lang)
          ? 1
          : 0,
    },
  };
}

/** The copies in the window of a line that has none. */
const NO_COPIES: readonly number[] = [];

/**
 * Sets the signals of `candidates` that count the page's copies of each: `repeated` (twice in the window `[from, to]`)
 * and `menuCopy` (so, in a menu given twice),
 * `echoed` and `bodyTwin` ({@link twinsOf}), and `captioned` for a line the body repeats under picture after picture.
 * Why after the candidates: only their texts and their neighbours' are looked up, so the lines that cannot echo one
 * of them are passed over; gathering every line's parts was a third of the title search.
 */
function markEchoes(
  candidates: readonly DraftCandidate[],
  input: TitleInput,
  window: { readonly from: number; readonly to: number },
  lower: (i: number) => string,
): void {
  const { lines } = input;
  const echoed = new Set<string>();
  const twins = new Set<string>();
  for (const { index } of candidates) {
    echoed.add(lower(index));
    for (let j = index - 1; j <= index + 1; j++) if (lines[j] !== undefined) twins.add(lower(j));
  }
  const echoes = gatherEchoes(input, window, echoed, twins);
  for (const { index, signals } of candidates) {
    const copies = echoes.inWindow.get(lower(index)) ?? NO_COPIES;
    signals.repeated = copies.length > 1 ? 1 : 0;
    signals.menuCopy = copies.length > 1 && copiedWithNeighbour(index, copies, lines, lower) ? 1 : 0;
    const found = twinsOf(lower(index), index, input, echoes);
    signals.echoed = found.echoed ? 1 : 0;
    signals.bodyTwin = found.inBody && neighbourInBody(index, input, echoes, lower) ? 1 : 0;
    // why: wcxb 0199 innertext — "KATIE BANDURSKI FOR TASTE OF HOME" under picture after picture outranked the
    // headline.
    if ((echoes.inBody.get(lower(index)) ?? 0) >= MIN_CREDIT_COPIES) signals.captioned = 1;
  }
}

/** Sets `siteName` for the candidates that the page's copyright notices name ({@link copyrightNamesLine}). */
function markSiteNotices(
  candidates: readonly DraftCandidate[],
  lines: readonly Line[],
  lower: (i: number) => string,
): void {
  const notices = copyrightNotices(lines);
  for (const { index, signals } of candidates) if (copyrightNamesLine(notices, lower(index))) signals.siteName = 1;
}

/**
 * The sentence marks of `line` that end a sentence: its `sentenceMarks` less those {@link abbreviationPeriods} finds.
 */
function sentenceEnds(line: Line, lang: CompiledPack): number {
  return line.sentenceMarks - abbreviationPeriods(line.text, lang.abbreviations);
}

/** Lines under a headline within which its dek or first paragraph stands. */
const PROSE_UNDER_REACH = 2;

/** True when a line of prose (or what `test` asks) stands within {@link PROSE_UNDER_REACH} lines under line `i`. */
function proseUnder(
  scores: readonly LineScore[],
  i: number,
  test: (score: LineScore | undefined) => boolean = isProse,
): boolean {
  for (let d = 1; d <= PROSE_UNDER_REACH; d++) if (test(scores[i + d])) return true;
  return false;
}

/** True when a line of a few words and no verdict (a dek, not a button) stands under line `i`, and prose under it. */
function dekThenProse(input: TitleInput, i: number): boolean {
  const dek = input.lines[i + 1];
  return (
    dek !== undefined &&
    dek.words >= MIN_TITLE_WORDS &&
    input.verdicts[i + 1] === undefined &&
    isProse(input.scores[i + 2])
  );
}

/** True for a line deep in the body that may still be the headline: no prose, no boilerplate, a headline's length. */
function mayStandDeep(line: Line, verdict: Verdict | undefined, score: LineScore | undefined): boolean {
  return (
    line.words >= 2 &&
    line.words <= MAX_TITLE_WORDS &&
    score?.klass !== 'good' &&
    (verdict === undefined || verdict.kind === 'duplicate' || verdict.kind === 'nav')
  );
}

/**
 * True for a line of one word that the URL's short slug spells ("restaurant" under "/browse/restaurant", "Coffee" under
 * "/tropical-conservatory/coffee/"; WCXB 0318, 4042): a headline of one word, where other lines of one word are menu
 * entries and labels.
 */
function spelledAlone(line: Line, input: Pick<TitleInput, 'shortSlug'>): boolean {
  return line.words === 1 && input.shortSlug != null && spellsSlug(foldedWords(line.text), input.shortSlug);
}

/** Fewest words the line needs to be the headline: one when the short slug spells it ({@link spelledAlone}). */
function minWordsOf(line: Line, input: Pick<TitleInput, 'shortSlug'>): number {
  return spelledAlone(line, input) ? 1 : MIN_TITLE_WORDS;
}

/** Match with the URL's slug ({@link slugMatch}) from which a line competes where the text alone would rule it out. */
const SLUG_SPELLED = 0.8;

/**
 * The slug match of a line of the window, asked for at most once per line; always 0 without a slug. Why memoized:
 * a line is asked about up to three times, and matching its words allocates. Why one function for every kind of slug,
 * not one per kind: the title search calls it, and a call that had seen one kind deoptimized the search on a page
 * with another, which was compiled again.
 * @param foldedAt The words of line `i`, folded ({@link foldedWords}).
 */
function slugMatcher(input: TitleInput, foldedAt: (i: number) => readonly string[]): (i: number) => number {
  const { slug, shortSlug } = input;
  const keys = slug ? slugKeys(slug, input.lang.stopwords) : null;
  const memo: number[] = [];
  return (i) => {
    if (keys === null) {
      // Why whole: a short slug confirms the line that spells it ("Backup Strategy" for "/p/backup-strategy" under the
      // site's name with a byline beside it, WCXB 0495; "graphicdesigncourses", 0339) but says too little of a line
      // with more words: "What is Academic Tutoring?" is a section of "/academic-tutoring/" (WCXB 0138).
      return shortSlug && spellsSlug(foldedAt(i), shortSlug) ? 1 : 0;
    }
    let known = memo[i];
    if (known === undefined) {
      known = slugMatch(foldedAt(i), keys, input.lang.stopwords);
      memo[i] = known;
    }
    return known;
  };
}

/** Lines above a candidate within which the headline it restates stands; right above is a kicker or a crumb. */
const RESTATE_GAP = { min: 2, max: 40 } as const;
/** Share of two lines' content words (together) that both hold from which one restates the other. */
const RESTATE_SHARE = 0.4;
/**
 * Most words of a kicker: a section's or a category's name over the headline ("Design Style", "Online Learning"). Why
 * not three: "Certificate vs Certification" is a headline over its dek "What is the Difference and Which is Right for
 * You?" (WCXB 0126 html-to-text).
 */
const MAX_KICKER_WORDS = 2;

/**
 * True when `above` is a kicker over `line`: shorter, of {@link MAX_KICKER_WORDS} words at most, and sharing none of
 * its content words. A dek says more than its headline; a headline of two words reworded in its dek shares them
 * ("Affordable nutrition" over "Sustainable concepts for affordable nutrition", WCXB 0124).
 */
function isKicker(above: Line, line: Line, stopwords: ReadonlySet<string>): boolean {
  if (above.words > MAX_KICKER_WORDS || above.words >= line.words) return false;
  const theirs = restateKeys(line, stopwords);
  for (const key of restateKeys(above, stopwords)) if (theirs.has(key)) return false;
  return true;
}

/**
 * Sets {@link TitleSignals.shortForm} on the candidates that name a longer one below them in short ({@link
 * shortFormsOf}).
 */
function markShortForms(
  candidates: readonly DraftCandidate[],
  keys: readonly ReadonlySet<string>[],
  lines: readonly Line[],
  stopwords: ReadonlySet<string>,
): void {
  const forms = candidates.map(({ index, signals }, k) => ({
    index,
    keys: keys[k] as ReadonlySet<string>,
    repeated: signals.doubled === 1 || signals.repeated === 1,
  }));
  for (const k of shortFormsOf(forms, lines, stopwords)) (candidates[k] as DraftCandidate).signals.shortForm = 1;
}

/** Share of the last crumb's keys that a line beside the trail holds when it is the page the trail leads to. */
const CRUMB_NAMES_SHARE = 0.5;
/**
 * Lines over a candidate within which the root of a trail whose crumb it is stands: the crumbs and separators between.
 */
const ROOT_REACH = 9;

/**
 * Sets {@link TitleSignals.besideCrumbs} on each candidate right over the root of a trail written a crumb a line
 * ({@link crumbLinesAt}) or right under the trail, when it has as many words as the trail's last crumb and holds {@link
 * CRUMB_NAMES_SHARE} of its keys: the crumb names the page, and the line is its headline. Then the trail's crumbs are
 * crumbs ({@link TitleSignals.crumbs}), and the line under them is no dek of the crumb above it. Why: "Smart Home
 * Security Best Picks", the last of "Home", "Best Picks", "Smart Home Security Best Picks", outranked the headline
 * under it and "Updated" (WCXB 4603 innertext); "VEHICLE MAINTENANCE SCHEDULE" under "HOME" and "RESOURCE CENTER"
 * outranked "Car Maintenance Schedule" over them (4185); "Home solar" over "How to install solar panels in 2026" made
 * it read as that crumb's dek (4193). A line the page gives twice beside the same line (a menu given twice) names no
 * page (WCXB 0064: "Postmarket Drug Safety Information for Patients and Providers", a long crumb under the trail).
 */
function markCrumbLines(
  candidates: readonly DraftCandidate[],
  keys: readonly ReadonlySet<string>[],
  input: TitleInput,
): void {
  const first = candidates[0];
  const final = candidates[candidates.length - 1];
  if (first === undefined || final === undefined) return;
  const at = new Map<number, number>();
  for (let k = 0; k < candidates.length; k++) at.set((candidates[k] as DraftCandidate).index, k);
  const { lines } = input;
  for (let root = Math.max(0, first.index - ROOT_REACH); root <= final.index + 1; root++) {
    const trail = crumbLinesAt(input, root);
    if (trail === null) continue;
    const last = trail.crumbs.findLast((c) => at.has(c));
    if (last === undefined) continue;
    const lastKeys = keys[at.get(last) as number] as ReadonlySet<string>;
    let named = false;
    for (const n of [root - 1, trail.next]) {
      const k = at.get(n);
      if (k === undefined || (lines[n] as Line).words < (lines[last] as Line).words) continue;
      const { signals } = candidates[k] as DraftCandidate;
      if (signals.menuCopy === 1) continue;
      const theirs = keys[k] as ReadonlySet<string>;
      let shared = 0;
      for (const key of lastKeys) if (theirs.has(key)) shared++;
      if (shared === 0 || shared < CRUMB_NAMES_SHARE * lastKeys.size) continue;
      named = true;
      signals.besideCrumbs = 1;
      if (n === trail.next) signals.underTopical = 0;
    }
    if (!named) continue;
    for (const c of trail.crumbs) {
      const k = at.get(c);
      if (k !== undefined) (candidates[k] as DraftCandidate).signals.crumbs = 1;
    }
  }
}

/**
 * Sets {@link TitleSignals.restates} on each candidate whose content words (`keys`, one set per candidate) and those
 * of a candidate {@link RESTATE_GAP} lines above share {@link RESTATE_SHARE} of their union. The one above is no menu
 * entry, crumb trail or short form of another line, and does not end with the candidate (a glued crumb trail's last
 * crumb, WCXB 4606).
 */
function markRestatements(
  candidates: readonly DraftCandidate[],
  keys: readonly ReadonlySet<string>[],
  lower: (i: number) => string,
): void {
  for (let k = 0; k < candidates.length; k++) {
    const { index, signals } = candidates[k] as DraftCandidate;
    const own = keys[k] as ReadonlySet<string>;
    if (own.size === 0) continue;
    for (let e = k - 1; e >= 0; e--) {
      const earlier = candidates[e] as DraftCandidate;
      const gap = index - earlier.index;
      if (gap > RESTATE_GAP.max) break;
      if (gap < RESTATE_GAP.min) continue;
      if (earlier.signals.navRun === 1 || earlier.signals.crumbs === 1 || earlier.signals.shortForm === 1) continue;
      const theirs = keys[e] as ReadonlySet<string>;
      let shared = 0;
      for (const key of own) if (theirs.has(key)) shared++;
      if (shared < RESTATE_SHARE * (own.size + theirs.size - shared)) continue;
      // Why the words first: lower-casing both lines costs more, and few pairs share words.
      if (lower(earlier.index) === lower(index) || lower(earlier.index).endsWith(lower(index))) continue;
      signals.restates = 1;
      break;
    }
  }
}

/** Fewest lines between two cards' titles (a date between); a headline's dek and author name stand right under it. */
const MIN_CARD_GAP = 2;
/** Most lines between two cards' titles. */
const MAX_CARD_GAP = 4;
/** Fewest titles in a row that make a list of cards. */
const MIN_CARDS = 3;

/**
 * Sets {@link TitleSignals.card} on each candidate of a run of {@link MIN_CARDS} or more over their own byline or date,
 * {@link MIN_CARD_GAP}–{@link MAX_CARD_GAP} lines apart (a card's category label between them is no part of the run).
 */
function markCards(candidates: TitleCandidate[]): TitleCandidate[] {
  const dated: number[] = [];
  for (let k = 0; k < candidates.length; k++)
    if ((candidates[k] as TitleCandidate).signals.metaBelow === 1) dated.push(k);
  const lineOf = (r: number): number => (candidates[dated[r] as number] as TitleCandidate).index;
  let runStart = 0;
  for (let r = 1; r <= dated.length; r++) {
    const gap = r < dated.length ? lineOf(r) - lineOf(r - 1) : 0;
    if (gap >= MIN_CARD_GAP && gap <= MAX_CARD_GAP) continue;
    if (r - runStart >= MIN_CARDS) {
      for (const k of dated.slice(runStart, r)) {
        const card = candidates[k] as TitleCandidate;
        candidates[k] = { index: card.index, signals: { ...card.signals, card: 1 } };
      }
    }
    runStart = r;
  }
  return candidates;
}

/** Fewest words of the headline or dek a byline's bare name stands under. */
const MIN_WORDS_OVER_NAME = 5;

/**
 * True for a line in capitals that holds a function word of the page's language: a heading upper-cased by the renderer
 * ("ON RECENT CONTROVERSIAL EVENTS"), not a name, whose capitals say nothing. Why: html-to-text upper-cases the h1, and
 * the h1 over its dateline read as the author's bare name and lost to a link under the sidebar (readability test page
 * ebb-org html-to-text).
 */
function shoutedPhrase(line: Line, stopwords: ReadonlySet<string>): boolean {
  return isShouted(line) && hasFunctionWord(line.tokens, stopwords);
}

/**
 * True when the line right above is neither meta nor boilerplate and has {@link MIN_WORDS_OVER_NAME} words or more: a
 * headline or a dek, where a menu entry or a section label would stand above a short headline.
 */
function underLongerLine(input: TitleInput, i: number, metaAt: (j: number) => boolean): boolean {
  const above = input.lines[i - 1];
  const verdict = input.verdicts[i - 1];
  return (
    above !== undefined &&
    above.words >= MIN_WORDS_OVER_NAME &&
    !metaAt(i - 1) &&
    (verdict === undefined || verdict.kind === 'duplicate' || verdict.kind === 'nav')
  );
}

/**
 * A crumb's separator at the end of a line: the next line is the trail's next crumb ("How To Invest>" over "Index
 * Funds" over the headline, WCXB 4503 innertext), or what a menu entry's arrow leads to.
 */
const CRUMB_AT_END = /[»›▸>]\s*$/u;
/** Lines below a line within which the crumb its trail ends with stands on its own. */
const GLUED_CRUMB_REACH = 3;

/**
 * True when the line ends, after a space, with the whole of a line of two words or more within
 * {@link GLUED_CRUMB_REACH} lines under it: a trail of crumbs run together without separators, whose last crumb (the
 * page itself) heads what follows. Why: "Home  Glossary  Mobile App  What is a Mobile App?" over the byline, the body's
 * first heading three lines under it (WCXB 0278 innertext). Why not above: a headline may end with its kicker's words
 * ("Cloud Computing" over "Top 10: Trends in Cloud Computing", WCXB 0187).
 */
function endsWithNeighbour(i: number, lines: readonly Line[], lower: (j: number) => string): boolean {
  const own = lower(i);
  for (let j = i + 1; j <= i + GLUED_CRUMB_REACH && j < lines.length; j++) {
    if ((lines[j] as Line).words < 2) continue;
    const other = lower(j);
    if (own.length > other.length && own.endsWith(other) && own[own.length - other.length - 1] === ' ') return true;
  }
  return false;
}

/** Most words of a menu entry. */
const NAV_WORDS = 4;
/** Fewest short lines in a row that make a menu. */
const NAV_RUN = 4;

/** True when the line is one of {@link NAV_RUN} or more lines in a row of at most {@link NAV_WORDS} words each. */
function inShortRun(lines: readonly Line[], i: number): boolean {
  if ((lines[i] as Line).words > NAV_WORDS) return false;
  let a = i;
  let b = i;
  // Looking no further than the run needs keeps a page of short lines linear.
  while (a > 0 && i - a < NAV_RUN && (lines[a - 1] as Line).words <= NAV_WORDS) a--;
  while (b < lines.length - 1 && b - i < NAV_RUN && (lines[b + 1] as Line).words <= NAV_WORDS) b++;
  return b - a + 1 >= NAV_RUN;
}

/** Lines below the headline in which its byline or date stands, past a dek or a category label. */
const META_BELOW_REACH = 3;

/**
 * True when a byline, date or reading time follows within {@link META_BELOW_REACH} lines and none stands right above.
 */
function metaBelow(i: number, metaAt: (j: number) => boolean): boolean {
  if (metaAt(i - 1)) return false;
  for (let d = 1; d <= META_BELOW_REACH; d++) if (metaAt(i + d)) return true;
  return false;
}

/** Lines of boilerplate (a comment count, a share bar) between a byline or date and a line its headline still heads. */
const UNDER_HEADER_GAP = 2;

/**
 * True when a run of byline or date lines stands right above line `i`, past up to {@link UNDER_HEADER_GAP} lines
 * that a detector removed, and one of `candidates` stands right over that run: the header (headline, byline, date)
 * ends above this line. Why a candidate over the run: a menu entry over the date ("Get Started", "December 17, 2025 •
 * 8 minutes", then the headline; WCXB 0422) is none, and a blog's blurb over the date of the post under it is prose
 * (WCXB 0307, 0441).
 */
function underHeader(
  i: number,
  verdicts: readonly (Verdict | undefined)[],
  metaAt: (j: number) => boolean,
  candidates: readonly DraftCandidate[],
): boolean {
  let j = i - 1;
  for (let skipped = 0; j >= 0 && !metaAt(j) && verdicts[j] !== undefined && skipped < UNDER_HEADER_GAP; skipped++) j--;
  if (j < 0 || !metaAt(j)) return false;
  while (j >= 0 && metaAt(j)) j--;
  for (let k = candidates.length - 1; k >= 0 && (candidates[k] as DraftCandidate).index >= j; k--)
    if ((candidates[k] as DraftCandidate).index === j) return true;
  return false;
}

/** The lines, their verdicts and the language a meta-line check reads. */
export type MetaContext = Pick<TitleInput, 'lines' | 'verdicts' | 'lang'>;

/**
 * True for a byline, a date line or a reading-time line.
 * @example isMeta({ lines, verdicts, lang }, 3) // true for "Nov 08, 2025 7 min read"
 */
export function isMeta(input: MetaContext, i: number): boolean {
  const verdict = input.verdicts[i];
  if (verdict?.kind === 'byline-meta') return true;
  const line = input.lines[i];
  if (!line || line.words > MAX_META_WORDS) return false;
  // Why: "Nov 08, 2025 7 min read" and "9 min read" are interface prompts that stand under the headline (WCXB 0032,
  // 0037).
  if (verdict?.kind === 'ui-prompt') return /\d/.test(line.text);
  return verdict === undefined && findDate(line.text, input.lang) !== null;
}

/**
 * True for a byline that names the piece's kind before its prefix ({@link isKindByline}), on a short line no detector
 * removed.
 */
function isKindBylineLine(input: MetaContext, i: number): boolean {
  const line = input.lines[i];
  return (
    line !== undefined &&
    line.words <= MAX_META_WORDS &&
    input.verdicts[i] === undefined &&
    input.lang.match.bylinePrefixes.test(line.text) &&
    isKindByline(line.text, input.lang)
  );
}

/** Lines under a bare date label within which its date may stand ("Published", "|", "Oct 10, 2025", WCXB 4606). */
const LABEL_DATE_REACH = 2;

/**
 * True for a date label that stands alone with no date under it: the page fills the date in with a script, so the
 * label marks no headline. Why: "Updated" alone under a crumb ("Home", "Best Picks", "Laptops Best Picks") gave that
 * crumb a date under it and took the headline's own byline, two lines under it, from it (WCXB 4014, 4603 innertext).
 */
function isUndatedLabel(input: MetaContext, i: number): boolean {
  const line = input.lines[i];
  if (line === undefined || /\d/u.test(line.text)) return false;
  if (input.lang.match.dateLabels.strip(line.text).replace(/[\s:]+/gu, '') !== '') return false;
  for (let d = 1; d <= LABEL_DATE_REACH; d++) {
    const next = input.lines[i + d];
    if (next !== undefined && findDate(next.text, input.lang) !== null) return false;
  }
  return true;
}

/** True for a line that opens like a byline or a date line ("Posted on December 20, 2025 by …", WCXB 0421). */
function startsWithMetaLabel(text: string, lang: CompiledPack): boolean {
  const lower = text.toLowerCase();
  const label = lang.match.dateLabels.find(text)[0] ?? lang.match.bylinePrefixes.find(text)[0];
  return (
    label !== undefined && lower.startsWith(label.toLowerCase()) && /^\P{L}/u.test(text.slice(label.length) || ' ')
  );
}

/** A byline or date within {@link META_REACH} lines, or an author's bare name followed by one. */
function metaWithinReach(input: TitleInput, i: number, metaAt: (j: number) => boolean): boolean {
  for (let d = 1; d <= META_REACH; d++) if (metaAt(i - d) || metaAt(i + d)) return true;
  // Why: "Trevor Jackins" then "9 min read" under the headline (WCXB 0037). The meta line first: it is asked once per
  // line, the name's expression once per candidate.
  const next = input.lines[i + 1];
  return next !== undefined && next.words >= 2 && metaAt(i + META_REACH + 1) && asName(next.text) !== null;
}

/**
 * Share of a line's content words (its `tokens`) found in the body, scaled down for lines of very few content words.
 */
function overlapWithBody(tokens: readonly string[], input: TitleInput): number {
  // A topic word recurs in the body; a word that a menu entry shares with it by chance occurs once.
  const topical = (token: string): number => Math.min(1, (input.bodyWords.get(token) ?? 0) / TOPIC_WORD_COUNT);
  return contentShare(tokens, input.lang.stopwords, topical, FULL_OVERLAP_WORDS);
}
