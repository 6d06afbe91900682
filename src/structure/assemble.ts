import type { CleanHeadline } from '../analyze/clean-input.js';
import { repeatOf } from '../analyze/duplicates.js';
import type { Extent, LineScore } from '../analyze/extent.js';
import { repeatedSentences } from '../analyze/repeated-sentences.js';
import { MIN_CONTENT_CHARS } from '../lang/content-word.js';
import { type CompiledPack, openingPhrase } from '../lang/matcher.js';
import type { Script } from '../segment/script.js';
import { isQuoteBreak, type Line } from '../segment/segment.js';
import type { Block, Verdict } from '../types.js';
import { isAttribution } from './attributions.js';
import { nameAsWrittenAlone, nameOverBarePrefix, nameUnderHeadline, readsAsName, writesAgain } from './bare-name.js';
import { bioAuthor } from './bio-author.js';
import { bodyText, buildBlocks } from './blocks.js';
import { cutBodyEnd } from './body-end-cuts.js';
import {
  asName,
  bareName,
  bylineNameAt,
  cutAtGluedEnd,
  isBareBylinePrefix,
  nameBesideDate,
  nameInByline,
  nameInBylineField,
  nameUnderBarePrefix,
  soleName,
  soleUserName,
  unspacedNameWithRole,
  unspacedSoleName,
} from './byline.js';
import { closingCredit } from './closing-credit.js';
import {
  earliestDate,
  type FoundDate,
  findDate,
  holdsDateField,
  holdsLabelledDate,
  looksLikeDateLine,
  opensDateFields,
  opensWithDate,
  opensWithLabelledDate,
} from './date.js';
import { soleNameOpeningDateline } from './dateline-name.js';
import { gapsAsBars } from './field-gap.js';
import { nameOverFirstNameBio } from './first-name-bio.js';
import { nameOverFullNameBio } from './full-name-bio.js';
import { firstGluedByline, splitGluedByline } from './glued-byline.js';
import { isDek, markdownHighlightLines, splitHighlights } from './highlights.js';
import { isLabelNotName } from './label-not-name.js';
import { ledeKeys } from './lede.js';
import { isMenuEntryElsewhere } from './menu-labels.js';
import { metaLeftovers } from './meta-leftovers.js';
import { nameOverRole } from './name-over-role.js';
import { isoByNamedDate, isoByPageOrder } from './numeric-date-order.js';
import { kindsOutsideBody } from './outside.js';
import { opensArticleAbove, opensWithProse } from './prose-above.js';
import { isShouted } from './shouted.js';
import { siteOwner } from './site-owner.js';
import { slotBylineName } from './slot-byline.js';
import type { TabTable } from './tab-tables.js';
import { isMeta, pickTitle, TOPIC_WORD_COUNT, titleWords } from './title.js';
import { splitTitleDate } from './title-date.js';
import { headlineOfGluedLine } from './title-dek.js';
import { trimTitleLabel } from './title-label.js';
import { trimTitleSource } from './title-source.js';
import { trimTitleSuffix } from './title-suffix.js';
import { topicTokens } from './topic-tokens.js';

/** How many lines above the headline a byline or date may stand. */
const META_BEFORE_TITLE = 3;
/** How many of the body's first lines may still hold the byline or date (under a dek or a lede). */
const META_INTO_BODY = 8;
/** How many lines under the headline a date line with more in it (a name, a category, comments) may stand. */
const DATELINE_REACH = 2;
/** Most words of such a date line; beyond this it is a dek or a lede. */
const MAX_DATELINE_WORDS = 20;
/** How many lines after the body an end note may stand, past removed lines. */
const ATTRIBUTION_WINDOW = 4;
/** The verdict on a quote's blank line in the body: it shows nothing, but its mark was in the input. */
const QUOTE_BREAK: Verdict = { kind: 'other', reason: "a quote's blank line: its mark alone, parting the quote" };

/** Each line's verdict and score, and the body's lines, as one set of thresholds found them. */
export interface BodyView {
  readonly verdicts: readonly (Verdict | undefined)[];
  readonly scores: readonly LineScore[];
  readonly extent: Extent;
}

/** What structure needs to know about a document. */
export interface StructureInput extends BodyView {
  /** The normalized text the lines were cut from. */
  readonly text: string;
  readonly lines: readonly Line[];
  readonly lang: CompiledPack;
  readonly script: Script;
  /** The headline's words as the page's URL spells them (`slugWords`), or null without a URL or a slug. */
  readonly slug?: readonly string[] | null;
  /** The URL's short slug (`shortSlugWords`) when it has no longer one, or null. */
  readonly shortSlug?: readonly string[] | null;
  /** The site's name as the URL's host spells it (`siteHost`), or null without a URL. */
  readonly host?: string | null;
  /**
   * True when the input reads as a clean text (`cleanInput`): its body is whole, and no line leaves it as a bio or a
   * short tail.
   */
  readonly whole?: boolean;
  /** In a clean text, where its headline may stand (`cleanInputHeadline`); unset for a page: the search decides. */
  readonly headline?: CleanHeadline | undefined;
  /** The tables the page wrote with tabs (`tabTables`); none when unset. */
  readonly tables?: readonly TabTable[];
  /** The lines that hold a tab between two words (`tabRows`): rows of cells, no headline; none when unset. */
  readonly tabRows?: ReadonlySet<number>;
  /**
   * The lines a site profile shows on many of the site's pages, with their `site-repeat` verdicts (`siteRepeats`);
   * none when unset. Apart from `verdicts`: they leave the body once it is laid out, and move nothing else.
   */
  readonly siteRepeats?: ReadonlyMap<number, Verdict>;
  /**
   * What the headline search reads when the mode's thresholds are not the balanced ones: the verdicts, scores and body
   * the balanced thresholds find, so that every mode picks the same headline. Unset: the search reads the input's own.
   */
  readonly headlineView?: BodyView | undefined;
}

/** The article's parts, each naming the lines it came from; `removed` pairs a line index with its verdict. */
export interface Structure {
  readonly title: string | null;
  readonly highlights: string[];
  readonly byline: string | null;
  readonly published: string | null;
  readonly publishedIso: string | null;
  readonly blocks: Block[];
  readonly attributions: string[];
  readonly text: string;
  readonly removed: ReadonlyArray<{ readonly index: number; readonly verdict: Verdict }>;
  /** The line `published` was read off when the article shows nothing else of it, or -1. */
  readonly dateLine: number;
  /**
   * The lines the article shows only a part of, in order: the headline's, the highlights', the byline's and the date's,
   * a caption's with its credit.
   */
  readonly shownInPart: readonly number[];
}

/**
 * Stage 5: lays the classified lines out as an article — headline, highlights, byline and date from
 * before the body; figures next to it; the body's blocks; end notes after it — and names a kind for every
 * other line, so each line of the input ends up either in the article or in `removed`.
 */
export function structure(input: StructureInput): Structure {
  const { lines, verdicts, lang, script } = input;
  const { end } = input.extent;
  let { start } = input.extent;
  const isBodyProse = proseTest(input);
  const firstProse = firstProseOf(input, isBodyProse);
  const { titleIndex, bodyWords } = searchHeadline(input, input.headlineView ?? input);
  // Why: a newsletter notice or consent text can read as prose above the headline (WCXB 0043); the body
  // starts after the headline.
  if (titleIndex >= start) start = titleIndex + 1;
  // Lines the article took: 1 at their index.
  const used = new Uint8Array(lines.length);
  let title: string | null = null;
  let byline: string | null = null;
  let published: string | null = null;
  let publishedIso: string | null = null;
  // The line the date was read off when the article shows nothing else of it, or -1.
  let dateLine = -1;
  // A byline glued to the headline's end that names no one leaves the name to the next line ("… in 2025 by").
  let bareByBelow = false;
  if (titleIndex >= 0) {
    const line = lines[titleIndex] as Line;
    const glued = splitGluedByline(line, lines, lang);
    // Why: a blog may write the post's date at the edge of its headline ("Advent of Code 2025 week 2 20 December
    // 2025", "DEC 18 2025 PREPARING A TRANSITION IN DEBUSINE"; WCXB 0398, 0450 html-to-text).
    const dated = splitTitleDate(
      trimTitleLabel(
        trimTitleSuffix(
          trimTitleSource(caseOf(glued?.headline ?? headlineOfGluedLine(input.text, line, lang), line, lines)),
          titleIndex,
          lines,
        ),
        bodyWords,
      ),
      lang,
    );
    title = dated.title;
    published = dated.date?.text ?? null;
    publishedIso = dated.date?.iso ?? null;
    if (glued) {
      byline = nameNotLabel(nameInByline(glued.byline, lang), lines, lang);
      const date = findDate(glued.byline, lang);
      if (date) {
        published = date.text;
        publishedIso = date.iso;
      }
      bareByBelow = byline === null && date === null;
    }
    used[titleIndex] = 1;
  }

  // Why: a reading-time prompt often carries the date ("Nov 08, 2025 7 min read", WCXB 0032), and the line under the
  // headline may hold more than a detector's date line allows ("Posted on December 18, 2025 Posted by John Scalzi 59
  // Comments", 0479; "Dec 26, 2025 • Mahua Das in Project Management", 4218). A dateline over the headline may run
  // on past a name ("Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on …", 0421).
  const ctx = { lines, verdicts, lang };
  const metaLineAt = (i: number): boolean => {
    const verdict = verdicts[i];
    const line = lines[i] as Line;
    const under = i - titleIndex;
    // Why: a dateline among the post's tags reads as a menu ("Essay - Published: 2025.12.17 | artificial-intelligence |
    // create |" under the headline, WCXB 0488); a menu never labels a date.
    if (verdict?.kind === 'nav' && titleIndex >= 0 && under >= 1 && under <= DATELINE_REACH)
      return holdsLabelledDate(line.text, lang);
    if (verdict !== undefined)
      return verdict.kind === 'byline-meta' || (verdict.kind === 'ui-prompt' && isMeta(ctx, i));
    if (under < 0) return opensWithDate(line.text, lang);
    return (
      titleIndex >= 0 &&
      under >= 1 &&
      under <= DATELINE_REACH &&
      !line.endsSentence &&
      (line.words <= MAX_DATELINE_WORDS ||
        opensWithLabelledDate(line.text, lang) ||
        // why: readability test page lemonde-1 — "Le Monde | 04.05.2015 à 13h36 • Mis à jour le … | Par … (avec …)"
        // runs past the words a dateline has, its fields parted by bars.
        holdsDateField(line.text, lang))
    );
  };
  // Why: a line the page marks as a heading or a quote is no byline or date, though short enough for a dateline's
  // place: a sentence over a subheading is the body's first paragraph, not a dek ("## What Comes Next" and "Share"
  // under it; test/properties.test.ts, fast-check seeds 2, 8, 233), and the article's text, cleaned again, read it so.
  // List items still count: a crumb trail as a list stands under real deks (html-to-text, WCXB 0038, 4362).
  const metaBetween = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) {
      const line = lines[j] as Line;
      if (line.headingLevel === 0 && !line.quoted && metaLineAt(j)) return true;
    }
    return false;
  };
  const highlights: string[] = [];
  const leadFigures: Line[] = [];
  // Why: a bare name beside a date is the byline only when no line says "By" (WCXB 0212: "Streaming Best Picks" over
  // the date above the headline, "By Jared Newman and Sam Singleton" under it).
  let bareCandidate: { readonly name: string; readonly index: number; readonly inSlot: boolean } | null = null;
  // Why: a date over the headline yields to a dateline right under it, the headline's own: over it stand the dates
  // of the list of posts the headline closes ("12/16/2025", "CAS Past President …", "12/04/2025" over the headline,
  // "03/01/2017 by Agatha Caleo, …" under it; WCXB 0370).
  const datedUnderHeadline = (): boolean => {
    for (let k = titleIndex + 1; k <= titleIndex + DATELINE_REACH && k < lines.length; k++)
      if (metaLineAt(k) && findDate((lines[k] as Line).text, lang) !== null) return true;
    return false;
  };
  // Lines around the headline and before the body: highlights, byline, date and the lead image's caption.
  const metaFrom = titleIndex >= 0 ? Math.max(0, titleIndex - META_BEFORE_TITLE) : Math.max(0, start - 8);
  for (let i = metaFrom; i < start; i++) {
    if (used[i] === 1) continue;
    const line = lines[i] as Line;
    const verdict = verdicts[i];
    // Why: innerText may write a name twice, its copy between it and the date ("Dylan Bailey, MS, RD, FAND" twice over
    // "Published Jun 4, 2025", WCXB 0003).
    const next = verdicts[i + 1]?.kind === 'duplicate' ? i + 2 : i + 1;
    const besideMeta = isMeta(ctx, i - 1) || isMeta(ctx, next);
    // Why: an author's bare name may stand above the headline when a date follows it ("Andrew King", "September
    // 4, 2025", then the headline; WCXB 0001).
    const metaLine = metaLineAt(i);
    if (metaLine || (verdict === undefined && (i > titleIndex || besideMeta))) {
      const afterBy = isBareBylinePrefix(lines[i - 1]?.text ?? '', lang) || (bareByBelow && i === titleIndex + 1);
      // Why: a line right under the headline, or under its dek, with the date or reading time right under it is
      // the byline's slot ("Everfit Team" over "Nov 08, 2025 7 min read", WCXB 0032; "Russell Miller" under the dek
      // over "Dec 18, 2025", 0383; "Mazi", 0464): there a name needs only one word the page never writes in lower case.
      // A name's shape over it makes the line a role or a category under the name ("Ridvika Arora", "Marketing",
      // "August 26, 2025", WCXB 0336; "Jack Shepherd" over "Co-Founder & Marketing Director", 0165), unless the page
      // writes all its words in lower case: a category over the name ("Video Production" over "Team SimplyThrilled",
      // WCXB 2035).
      const overName = (): boolean => {
        const over = asName((lines[i - 1] as Line).text);
        return over !== null && readsAsName(over, lines, true);
      };
      const inSlot =
        verdict === undefined &&
        i > titleIndex &&
        i - titleIndex <= DATELINE_REACH &&
        isMeta(ctx, next) &&
        (verdicts[next]?.kind !== 'byline-meta' || datesOrLabelsDate((lines[next] as Line).text, lang)) &&
        (i === titleIndex + 1 || !overName());
      // Why: the date may take the line under the headline and the name the line under it ("July 5, 2025" over
      // "Madison Green" under the headline, WCXB 0159): that is the byline's slot too.
      const underDateline =
        verdict === undefined &&
        i === titleIndex + 2 &&
        isMeta(ctx, i - 1) &&
        findDate((lines[i - 1] as Line).text, lang) !== null;
      const meta = readMeta(lines, i, input.text, lang, {
        isMetaLine: metaLine,
        besideMeta,
        afterBy,
        inSlot,
        underHeadline: i === titleIndex + 1,
      });
      if (meta.bare) {
        // Why: a section label beside the date has a name's shape ("SEO Agencies", WCXB 0019; "Get Started", 0422);
        // a label taken before the slot yields to the name in it ("Products and Tools" over the headline, WCXB 2645).
        if (inSlot || underDateline) {
          // Under the dateline a source's name stands too ("New York Post", "E-MAIL STORY" under a news story's date,
          // multisite foxnews): there a name whose words the page also writes in lower case must stand again as such.
          const loosely = inSlot || (!isShouted(line) && writesAgain(meta.bare, i, lines));
          // A name without capitals is vouched for by the slot alone ("田中太郎" over the date), or by the title after it
          // ("홍길동 기자" under the dateline): none of its words can be found written in lower case.
          const vouched =
            readsAsName(meta.bare, lines, loosely) ||
            (inSlot && (unspacedSoleName(line) !== null || soleUserName(line, lang) !== null)) ||
            unspacedNameWithRole(line, lang) !== null;
          if (bareCandidate?.inSlot !== true && vouched) bareCandidate = { name: meta.bare, index: i, inSlot: true };
        } else if (
          bareCandidate === null &&
          readsAsName(meta.bare, lines) &&
          // why: research set futurezone-lyft (de) — "Digital Life" over the date over the headline is the
          // story's section, an entry of the site's menu above it.
          !isMenuEntryElsewhere(lines, line.text, i, start)
        )
          bareCandidate = { name: meta.bare, index: i, inSlot };
        continue;
      }
      if (byline === null && meta.name) {
        byline = nameNotLabel(meta.name, lines, lang);
        if (byline !== null) used[i] = 1;
      }
      if (published === null && meta.date && !(i < titleIndex && datedUnderHeadline())) {
        published = meta.date.text;
        publishedIso = meta.date.iso;
        if (used[i] === 0) dateLine = i;
        used[i] = 1;
      }
      if (used[i] === 1 || verdict) continue;
    }
    if (verdict || i < titleIndex) continue;
    const items = titleIndex >= 0 && highlights.length === 0 ? splitHighlights(line) : null;
    if (items) {
      highlights.push(...items);
      used[i] = 1;
    } else if (line.credit !== undefined) {
      leadFigures.push(line);
      used[i] = 1;
    }
  }

  // Markdown's highlights are the headline's however the detectors read their lines: the page says so.
  if (titleIndex >= 0 && highlights.length === 0)
    for (const i of markdownHighlightLines(lines, titleIndex, metaLineAt)) {
      if (used[i] === 1) continue;
      highlights.push((lines[i] as Line).text);
      used[i] = 1;
    }

  const bodyVerdicts = new Map<number, Verdict>();
  // Why: a dek or a lede can stand between the headline and its byline ("The 16 Best Clothing Subscription Boxes",
  // a one-line dek, then "ByKathryn Giuffrida…", WCXB 0098; "Written By" and the name under the date, 0158): the
  // body's first lines may still give the byline and date.
  for (let i = start; i < Math.min(end, start + META_INTO_BODY) && (byline === null || published === null); i++) {
    const verdict = verdicts[i];
    if (metaLineAt(i)) {
      const meta = readMeta(lines, i, input.text, lang, { isMetaLine: true, besideMeta: false, afterBy: false });
      let tookName = false;
      if (byline === null && meta.name) {
        byline = nameNotLabel(meta.name, lines, lang);
        tookName = byline !== null;
      }
      if (published === null && meta.date) {
        published = meta.date.text;
        publishedIso = meta.date.iso;
        if (!tookName) dateLine = i;
        used[i] = 1;
      }
      if (tookName) used[i] = 1;
      // Why: a second byline after the one taken ("Written by TurboTaxLisa" under the share bar, WCXB 0304) leaves
      // the body as the first did, and says so: nothing leaves the input unexplained.
      else if (used[i] === 0 && (meta.name || meta.date) && verdict === undefined)
        bodyVerdicts.set(i, { kind: 'byline-meta', reason: 'a byline or date line past the ones taken' });
    } else if (
      published === null &&
      verdict === undefined &&
      !(lines[i] as Line).endsSentence &&
      opensDateFields((lines[i] as Line).text, lang)
    ) {
      // Why: a dateline, ending no sentence, whose date opens fields that bullets part stands under the dek, tags and a translation's
      // link, past the headline's reach ("12/19/2025 • Friday Philosophy • David Gordon", WCXB 0458 html-to-text).
      const date = findDate((lines[i] as Line).text, lang);
      published = date?.text ?? null;
      publishedIso = date?.iso ?? null;
      dateLine = i;
      used[i] = 1;
    } else if (byline === null && verdict === undefined && isBareBylinePrefix(lines[i - 1]?.text ?? '', lang)) {
      const name = asName((lines[i] as Line).text);
      if (name === null) continue;
      byline = nameNotLabel(name, lines, lang);
      used[i] = 1;
      if (i - 1 >= start && verdicts[i - 1] === undefined)
        bodyVerdicts.set(i - 1, { kind: 'byline-meta', reason: "a bare byline prefix over the author's name" });
    }
  }

  if (byline === null && bareCandidate !== null) {
    byline = nameNotLabel(bareCandidate.name, lines, lang);
    if (byline !== null) used[bareCandidate.index] = 1;
  }
  if (byline === null) {
    const under = nameUnderHeadline(lines, titleIndex, lang, (line) => looksLikeDateLine(line, lang));
    // Why: an interface control's label has a name's shape ("Show Sidebar" under the reading time, WCXB 0482; "Print
    // Article" under the authors' line, 4597).
    const control = verdicts[under?.index ?? -1]?.kind;
    if (under !== null && control !== 'ui-prompt' && control !== 'share') {
      byline = nameNotLabel(under.name, lines, lang);
      if (byline !== null) used[under.index] = 1;
    }
  }
  if (byline === null) {
    // Why: "Rachel MacDonald" over "Writer" over "12/11/25" by the headline (WCXB 4363); "Liz Kenny" over "Former
    // McKinsey Consultant" under it, the date a month's alone (0353).
    const named = nameOverRole(lines, verdicts, metaFrom, Math.min(end, start + META_INTO_BODY), lang);
    if (named !== null) {
      byline = nameNotLabel(named.name, lines, lang);
      if (byline !== null) used[named.index] = 1;
    }
  }
  if (byline === null) {
    const glued = firstGluedByline(lines, verdicts, start, lang);
    if (glued !== null) {
      byline = nameNotLabel(nameInByline(glued.byline, lang), lines, lang);
      const date = published === null ? findDate(glued.byline, lang) : null;
      if (date) {
        published = date.text;
        publishedIso = date.iso;
      }
    }
  }
  // Why: when the headline was missed the meta lines are looked for in the wrong place, and some pages give
  // the byline only in an author box after the body ("By Emily Way" under a photo credit taken for the
  // headline, WCXB 0199; "Written by John Crenshaw" closing the post, 0222): the page's first byline line names
  // the author. Only the name is taken; the line keeps its verdict.
  // Why: a byline's label and its name on lines of their own, anywhere on the page: an author box after the body
  // ("Author", then "Lisa D. Ellis", WCXB 4079; "Written by", then "Nathan Myhrvold", 4043), or a byline block the
  // meta scan did not reach (0019, 0094). Before the page's first "By" line: that one is as often a related post's.
  byline ??= nameNotLabel(nameUnderBarePrefix(lines, verdicts, lang), lines, lang);
  byline ??= nameNotLabel(nameOverBarePrefix(lines, verdicts, lang), lines, lang);
  byline ??= firstInMetaLines(verdicts, lines.length - 1, (i) =>
    nameNotLabel(bylineNameAt(lines, i, lang), lines, lang),
  );
  // Why: an author box after the body may give the writer only as a name over a bio by the first name ("Joaquin
  // Fernandez" over "Joaquin is a market analyst …", WCXB 0347); inside the body such pairs are a list's entries
  // ("ServiceTitan Electrical Software" over "ServiceTitan is …", 0069), so only lines after it are read.
  byline ??= nameNotLabel(nameOverFirstNameBio(lines, end + 1, lang), lines, lang);
  // Why: a name line over a bio by the full name is a list's entry too, unless it is the page's only one (WCXB 4665).
  byline ??= nameNotLabel(nameOverFullNameBio(lines, start, lang), lines, lang);
  if (byline !== null) byline = nameAsWrittenAlone(byline, lines);
  // Why: likewise a date line or a byline with a date the meta scan did not reach ("by JILL BARSHAY August 25,
  // 2025August 29, 2025" under a missed headline, WCXB 0174; "Updated on Dec. 09, 2025", 0199). Only up to the
  // body's end: after it, such lines date comments and related posts (measured: 11 of 15 were not the article's).
  if (published === null) {
    const date =
      firstInMetaLines(verdicts, end, (i) => findDate((lines[i] as Line).text, lang)) ??
      labelledDateAfter(lines, verdicts, end, lang);
    published = date?.text ?? null;
    publishedIso = date?.iso ?? null;
  }
  // Why: "8/1/2025" could be either day first; the page's other dates can tell ("8/27/2025" in a comment, WCXB 0236;
  // "12/18/2025", 2235; "11.24.2025", 0366).
  if (published !== null && publishedIso === null)
    publishedIso = isoByPageOrder(published, lines) ?? isoByNamedDate(published, lines, lang);

  // Only a short line that ends no sentence: a paragraph under the first may mention a date ("which opened on
  // Wednesday, December 17 2025, runs until …" under the first paragraph, WCXB 0392).
  const bylineOrDateAt = (i: number): boolean => {
    if (i > end) return false;
    if (verdicts[i]?.kind === 'byline-meta') return true;
    const line = lines[i] as Line;
    if (line.words > MAX_DATELINE_WORDS || line.endsSentence) return false;
    return (
      findDate(line.text, lang) !== null ||
      bylineNameAt(lines, i, lang) !== null ||
      // Why: the author's bare name under the dek ("Franck Nijhof" over "Dec 18, 2025 2 min read", WCXB 0487).
      (byline !== null && line.text.includes(byline))
    );
  };
  const dekIndex = titleIndex + 1;
  if (
    titleIndex >= 0 &&
    dekIndex <= end &&
    highlights.length === 0 &&
    used[dekIndex] === 0 &&
    verdicts[dekIndex] === undefined &&
    isDek(lines[dekIndex] as Line) &&
    // Why: a dek stands over the byline or date; a sentence right over the body is its first paragraph, which the
    // body search left out (a repeat under it, test/properties.test.ts): cleaning the text again would take it in.
    // The body search may also open the body at the dek when it reads as prose; a byline or date right under it
    // still sets it apart from the first paragraph ("Knowing the costs of a room remodel, up front, used to be a
    // farfetched dream. Now it’s a reality." over "BY ARRICCA ELIN SANSONEPUBLISHED: DEC 20, 2023", WCXB 0133).
    (dekIndex < start ? metaBetween(dekIndex + 1, start) : bylineOrDateAt(dekIndex + 1))
  ) {
    highlights.push((lines[dekIndex] as Line).text);
    used[dekIndex] = 1;
  }

  const kept: Line[] = [...leadFigures];
  const skip = (i: number): boolean => verdicts[i] !== undefined || used[i] === 1 || bodyVerdicts.has(i);
  if (titleIndex >= 0)
    for (const [i, verdict] of metaLeftovers(lines, skip, isBodyProse, start, end, {
      keys: ledeKeys({ lines, verdicts, firstProse, bodyEnd: end }, lang.stopwords),
      stopwords: lang.stopwords,
    }))
      bodyVerdicts.set(i, verdict);
  const repeats = repeatedSentences(lines, skip, start, end);
  // The body's last line of text kept so far: figures are left out of the article's text.
  let above: Line | undefined;
  for (let i = start; i <= end; i++) {
    if (skip(i)) continue;
    const line = lines[i] as Line;
    // Why: lines removed after the detectors (under a header, as page chrome) can leave a line right under its own
    // copy; the article's text would show it twice, and cleaning that text again removes one (test/properties.test.ts).
    const repeat = repeats.get(i) ?? (above && repeatOf(above, line));
    if (repeat) {
      bodyVerdicts.set(i, repeat);
      continue;
    }
    kept.push(line);
    used[i] = 1;
    if (line.credit === undefined) above = line;
  }
  const attributions: string[] = [];
  const attributionLines: number[] = [];
  // End notes close the body; look a few lines past it, over removed lines, and at its last line.
  for (let i = Math.max(start, end); i <= Math.min(lines.length - 1, end + ATTRIBUTION_WINDOW); i++) {
    const line = lines[i] as Line;
    // Why not a line with a credit: it is a caption, whose credit an end note would drop ("DPA contributed to this
    // report.Credit: X/REUTERS", test/properties.test.ts).
    if (
      ((i > end && verdicts[i] === undefined) || i === end) &&
      line.credit === undefined &&
      isAttribution(line, lang)
    ) {
      attributions.push(line.text);
      attributionLines.push(i);
      used[i] = 1;
      if (i === end) kept.pop();
    }
  }

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
  const blocks = buildBlocks(kept, input.text, lang, input.tables, lines);
  // A credit closes an article's text, not a page that has none.
  const lastCredit = blocks.some((block) => block.type !== 'figure') ? closingCredit(lines, verdicts, used, end) : null;
  if (lastCredit !== null) {
    blocks.push(lastCredit);
    used[end + 1] = 1;
  }
  const outside: number[] = [];
  for (let i = 0; i < lines.length; i++) if (used[i] === 0 && (i < start || i > end)) outside.push(i);
  const outsideKinds = kindsOutsideBody(lines, verdicts, outside, end + 1, script);
  const removed: { index: number; verdict: Verdict }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (used[i] === 1) {
      // Why: a quote's blank line ("> ") parts its lines and shows nothing, so its mark is accounted for here
      // (multisite dev, foxnews: between an embedded tweet and its "— Name (@handle) date" line).
      if (isQuoteBreak(lines[i] as Line)) removed.push({ index: i, verdict: QUOTE_BREAK });
      continue;
    }
    const verdict = verdicts[i] ?? siteRepeats?.get(i) ?? bodyVerdicts.get(i) ?? outsideKinds.get(i);
    if (verdict) removed.push({ index: i, verdict });
  }
  // Why: many posts give their writer only in the author box under the article (WCXB 0166, 0306, 4688).
  if (byline === null) {
    const bio = removed.filter(({ index, verdict }) => index >= start && verdict.kind === 'author-bio');
    byline = nameNotLabel(
      bioAuthor(
        bio.map(({ index }) => lines[index] as Line),
        lines,
        lang,
      ),
      lines,
      lang,
    );
  }
  if (published === null && byline !== null) {
    const date = writersDatelineAfter(lines, verdicts, end, byline, lang);
    published = date?.text ?? null;
    publishedIso = date?.iso ?? null;
  }
  // Why: a personal blog names its writer only as the site's owner, in its header (WCXB 0438, 2498); the URL's host
  // spelling the name vouches for it.
  if (byline === null && input.host) byline = nameNotLabel(siteOwner(lines, input.host), lines, lang);
  // The lines shown whole: the body's, but for captions, and the end notes'.
  const whole = new Uint8Array(lines.length);
  for (const line of kept) if (line.credit === undefined) whole[line.index] = 1;
  for (const i of attributionLines) whole[i] = 1;
  const shownInPart: number[] = [];
  for (let i = 0; i < lines.length; i++) if (used[i] === 1 && whole[i] === 0) shownInPart.push(i);
  return {
    title,
    highlights,
    byline,
    published,
    publishedIso,
    blocks,
    attributions,
    text: bodyText(blocks),
    removed,
    dateLine,
    shownInPart,
  };
}

/**
 * `name`, or null when it is a menu's or a category's label where a byline stands ("By Industry", WCXB 0041; "HR
 * Strategy" under the headline, 0293; glued category labels under "By", 4589): a wrong byline is worse than none, and
 * the next candidate may still name the author ("TurboTaxLisa" glued over the byline block that names "Lisa
 * Greene-Lewis", 0304). A rejected label's line stays out of the body. Why a function of its own, not a closure of
 * {@link structure}: a call that had seen one closure's instance, met with the next page's, deoptimized the whole
 * stage, which was compiled again.
 */
function nameNotLabel(name: string | null, lines: readonly Line[], lang: CompiledPack): string | null {
  return name !== null && isLabelNotName(nameAsWrittenAlone(name, lines), lines, lang) ? null : name;
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

/** True for a line of `view` that is prose no detector removed. */
function proseTest(view: BodyView): (i: number) => boolean {
  return (i) => {
    const klass = view.scores[i]?.klass;
    return view.verdicts[i] === undefined && (klass === 'good' || klass === 'medium');
  };
}

/** The first prose line of `view`'s body, or its first line when it has none. */
function firstProseOf(view: BodyView, isProse: (i: number) => boolean): number {
  const { start, end } = view.extent;
  let first = start;
  while (first <= end && !isProse(first)) first++;
  return first > end ? start : first;
}

/**
 * The headline's line (-1 for none) as the search finds it over `view`'s verdicts, scores and body, and the counts in
 * that body of the words of the lines that may be the headline ({@link titleWords}).
 */
function searchHeadline(
  input: StructureInput,
  view: BodyView,
): { readonly titleIndex: number; readonly bodyWords: ReadonlyMap<string, number> } {
  const { lines, lang } = input;
  const { verdicts, scores } = view;
  const { start, end } = view.extent;
  const isBodyProse = proseTest(view);
  const firstProse = firstProseOf(view, isBodyProse);
  // The title reads a count only up to TOPIC_WORD_COUNT, and only of the words of its candidates; counting more is
  // wasted (a lookup per word of the body).
  const bodyWords = titleWords(
    { lines, verdicts, scores, slug: input.slug ?? null, shortSlug: input.shortSlug ?? null, lang },
    firstProse,
    end,
  );
  countUp(bodyWords, lines, firstProse, end, isBodyProse);
  const given = input.headline;
  const searched =
    given?.within === 0
      ? -1
      : pickTitle({
          lines,
          verdicts,
          scores,
          firstProse,
          bodyEnd: end,
          bodyWords,
          lang,
          slug: input.slug ?? null,
          shortSlug: input.shortSlug ?? null,
          host: input.host ?? null,
          tabRows: input.tabRows ?? null,
        });
  // Why: a clean text's headline stands over its first sentence (`cleanInputHeadline`).
  const headline = given === undefined || (searched >= 0 && searched < given.within) ? searched : given.otherwise;
  // Why: a text whose headline is gone has its opening paragraphs above its first heading, which is a section's
  // (the article's own text cleaned again: WCXB 0443's "Solution: DelegatingHandler …" under four paragraphs).
  // Why the text's opening: one that opens with its body's prose has no headline above it, and a heading under that
  // prose heads a section (cleaned again: WCXB 4457, 0294, 0212, one or two paragraphs over "BEST ALL-AROUND TRAIL
  // RUNNING SHOE: …", were cut as a preamble).
  const titleIndex =
    headline > start &&
    ((start === 0 && opensWithProse(lines, isBodyProse, firstProse)) ||
      opensArticleAbove(lines, verdicts, isBodyProse, start, headline))
      ? -1
      : headline;
  return { titleIndex, bodyWords };
}

/**
 * Counts in the lines of `[from, to]` that `isProse` takes each word `counts` holds, up to
 * {@link TOPIC_WORD_COUNT}; words it does not hold are not counted. Stops once every word has reached that count.
 */
function countUp(
  counts: Map<string, number>,
  lines: readonly Line[],
  from: number,
  to: number,
  isProse: (i: number) => boolean,
): void {
  let short = counts.size;
  for (let i = from; i <= to && short > 0; i++) {
    if (!isProse(i)) continue;
    for (const t of topicTokens(lines[i] as Line)) {
      // The length first: it rules out the body's many short words without a lookup.
      if (t.length < MIN_CONTENT_CHARS) continue;
      const count = counts.get(t);
      if (count === undefined || count >= TOPIC_WORD_COUNT) continue;
      counts.set(t, count + 1);
      if (count + 1 === TOPIC_WORD_COUNT) short--;
    }
  }
}

/** The lines of `kept` from `from` on; none when `from` is -1. */
const _linesFrom = (kept: readonly Line[], from: number): Line[] => (from < 0 ? [] : kept.slice(from));

/**
 * The author and date a line near the headline gives: a byline, a date line, a bare name under "By"; `bare` is a
 * name on its own line beside a date, the byline only when no line says so. `text` is the normalized text the lines
 * were cut from.
 */
function readMeta(
  lines: readonly Line[],
  i: number,
  text: string,
  lang: CompiledPack,
  where: {
    readonly isMetaLine: boolean;
    readonly besideMeta: boolean;
    readonly afterBy: boolean;
    readonly inSlot?: boolean;
    /** The line stands right under the headline. */
    readonly underHeadline?: boolean;
  },
): { name: string | null; date: FoundDate | null; bare: string | null } {
  const { isMetaLine, besideMeta } = where;
  const line = lines[i] as Line;
  // A caption or a sentence mentions dates too; only a byline or date line gives the article's.
  const date = isMetaLine ? findDate(line.text, lang) : null;
  let name = bylineNameAt(lines, i, lang);
  // Why: a wide gap parts a byline's name from what follows it, which segment folded to one space ("By A. J. Neal
  // \u00a0\u00a0 View In Digital Edition", WCXB 0484): the name ends at the gap.
  if (name !== null) {
    const fielded = gapsAsBars(line, text);
    if (fielded !== line.text) name = nameInByline(fielded, lang) ?? name;
  }
  // Why: "By" and the name on lines of their own (WCXB 0043), or "Mike Kappel May 18, 2016" (a name and a date).
  if (!name && where.afterBy) name = asName(line.text);
  // Why: beside the date a byline's name may lack a name's shape ("By The Currency editors" over "12.12.2025", WCXB
  // 0146; "By 3i Global" under "Feb 6, 2025", 4810).
  if (!name && besideMeta) name = slotBylineName(lines, i, lang);
  // Why: the name stands in a field of its own beside the date, with tags or labels around it ("Camille Cunningham 25
  // March 2025 Google algorithm, SEO basics", WCXB 0325; "109 Comments | Jill Winger | Last Updated: March 11, 2019", 4660).
  if (!name && date) name = nameBesideDate(line.text, date.text, lang);
  if (!name && date) name = nameInBylineField(line.text, lang);
  if (!name && date) {
    const left = lang.match.dateLabels
      .strip(cutAtGluedEnd(line.text, lang).replace(date.text, ' '))
      .replace(/[|•·⋅–—]/g, ' ')
      .replace(/\s+/g, ' ')
      // Why: a comma inside what is left joins tags ("Sides, Sourdough · December 9, 2021", WCXB 4164), not a name's
      // words; one at its edge belonged to the date ("Dec 4, 2025, by Jane Doe").
      .replace(/^[\s,]+|[\s,]+$/gu, '');
    // Why: the byline may follow the date ("October 11, 2023 by Autumn Huerter", WCXB 0092; "September 1st, 2023
    // By Emily Norwood", 0245, where "By" would pass for a name's first word).
    // Why: a lone word left of a date line is its label or weekday ("Published", "Tuesday"; WCXB 0003, 0030), but
    // one that "by" names is the author ("January 20th, 2025 by JWU", 0361).
    const named = nameInByline(left, lang, true);
    // A byline's prefix with no name after it names no one ("Written By Feb 11, 2019 · 3 min read", WCXB 0104).
    // Why: nor is a weekday after a verb, as in nameBesideDate ("Released Wednesday, March 2, 2022", WCXB 4027).
    const rest = named ?? (isBareBylinePrefix(left, lang) || lang.match.weekdays.test(left) ? null : asName(left));
    if (named !== null || rest?.includes(' ')) name = rest;
  }
  if (!name && date && where.underHeadline) name = soleNameOpeningDateline(line, date.text, lines, lang);
  // Why: a bare name on its own line beside the date or reading time is the byline ("Kelia Losa Reinoso" under the
  // headline, "August 25, 2025" under it; WCXB 0002, 0016, 0037).
  const bare =
    !name && !date && besideMeta
      ? (bareName(line, lang) ??
        unspacedNameWithRole(line, lang) ??
        (where.inSlot ? (soleName(line) ?? unspacedSoleName(line) ?? soleUserName(line, lang)) : null))
      : null;
  // Why: a dateline may give the day the post was updated before the day it was published ("May 21, 2025April 24,
  // 2025 by The Ritualist", WCXB 4819); the article's date is the earlier.
  return { name, date: date && earliestDate(line.text, lang), bare };
}

/**
 * The headline's text (`text`, from the line `title`) in its own case: html-to-text upper-cases `<h1>`, but the page often writes the same
 * words again in a breadcrumb or a sharing line ("Home » 34 Top Photography Trends in 2025", WCXB 0007).
 */
function caseOf(text: string, title: Line, lines: readonly Line[]): string {
  if (!isShouted(title)) return text;
  const wanted = text.toLowerCase();
  for (const line of lines) {
    if (isShouted(line) || line.text.length < text.length) continue;
    const at = line.text.toLowerCase().indexOf(wanted);
    // Same length when lower-cased: a case-only change keeps the offsets aligned (ß-like expansions do not).
    if (at >= 0 && line.text.toLowerCase().length === line.text.length) return line.text.slice(at, at + text.length);
  }
  return text;
}

/**
 * True for a byline line that gives a date or only labels one ("Published" over "|" and "Oct 10, 2025", WCXB 4606),
 * where a menu's facets that read as bylines give neither ("Wedding Venues" over "By State", 4588).
 */
function datesOrLabelsDate(text: string, lang: CompiledPack): boolean {
  return findDate(text, lang) !== null || /^:?$/u.test(lang.match.dateLabels.strip(text).trim());
}

/**
 * What `read` finds in the first line (by its index), up to `last`, that the detectors took for a byline or date line; null when
 * none gives anything.
 */
function firstInMetaLines<T>(
  verdicts: readonly (Verdict | undefined)[],
  last: number,
  read: (i: number) => T | null,
): T | null {
  for (let i = 0; i <= last; i++) {
    if (verdicts[i]?.kind !== 'byline-meta') continue;
    const found = read(i);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The earliest date of a date line just after the body that opens with the article's writer, `byline` (in any case),
 * or null: the post's own dateline, where an unlabelled one there dates a comment or a related post. Why: innerText
 * glues the writer's name and the day the post was updated before the day it was published ("Tom2024-04-18T13:00:39
 * +00:00March 22nd, 2024|Reviews|" under the body, the writer named only in the author box; WCXB 4817).
 */
function writersDatelineAfter(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  end: number,
  byline: string,
  lang: CompiledPack,
): FoundDate | null {
  const writer = byline.toLowerCase();
  for (let i = end + 1; i < Math.min(lines.length, end + 1 + LABELLED_DATE_REACH); i++) {
    const { text } = lines[i] as Line;
    if (
      verdicts[i]?.kind === 'byline-meta' &&
      text.slice(0, writer.length).toLowerCase() === writer &&
      !LOWER_CASE_LETTER.test(text.charAt(writer.length))
    )
      return earliestDate(text, lang);
  }
  return null;
}

const LOWER_CASE_LETTER = /\p{Ll}/u;

/** Lines after the body's end in which a labelled date line still dates the article. */
const LABELLED_DATE_REACH = 10;
/** Lines after the body's end in which a date under its label standing alone still dates the article. */
const LABEL_OVER_DATE_REACH = 30;

/**
 * The date of a date line just after the body that a date label opens or heads ("Last updated: November 13, 2025",
 * WCXB 0341; "Published" over "August 30, 2024", 4079), or a byline heads ("Written by Moses Kim and Kate Shokurova"
 * over "April 8, 2024", 0233): a page's own date, where an unlabelled one there dates a comment or a related post.
 * Measured on the dev set: 13 more dates, none wrong (30 lines: 15 more, 2 wrong). A date under a line that holds only
 * its label is read up to {@link LABEL_OVER_DATE_REACH} lines past the body: 2 more pages, none wrong.
 */
function labelledDateAfter(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  end: number,
  lang: CompiledPack,
): FoundDate | null {
  const labelled = (line: Line | undefined): boolean =>
    line !== undefined && openingPhrase(lang.match.dateLabels, line.text) !== undefined;
  // Why: a date under a line that holds only its label dates the page however far past the body it stands, after
  // tags and rights notes ("PUBLISHED" over "Feb 2, 2023", WCXB 0463; "Publish date" over "15 November 2018", 4105).
  const underLabelAlone = (i: number): boolean => {
    const label = lines[i - 1];
    if (label === undefined) return false;
    return (
      findDate(label.text, lang) === null && looksLikeDateLine(label, lang) && looksLikeDateLine(lines[i] as Line, lang)
    );
  };
  for (let i = end + 1; i < Math.min(lines.length, end + 1 + LABEL_OVER_DATE_REACH); i++) {
    if (verdicts[i]?.kind !== 'byline-meta') continue;
    const near = i <= end + LABELLED_DATE_REACH;
    const headedByByline = near && i > 0 && bylineNameAt(lines, i - 1, lang) !== null;
    if (!((near && (labelled(lines[i]) || labelled(lines[i - 1]))) || headedByByline || underLabelAlone(i))) continue;
    const date = findDate((lines[i] as Line).text, lang);
    if (date) return date;
  }
  return null;
}
