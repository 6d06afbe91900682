import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import type { Line } from '../../src/segment/segment.js';
import { LEDE_LINES } from '../../src/structure/lede.js';
import {
  pickTitle,
  scoreTitle,
  TITLE_WEIGHTS,
  type TitleCandidate,
  type TitleInput,
  type TitleSignals,
  titleCandidates,
} from '../../src/structure/title.js';
import type { Verdict } from '../../src/types.js';
import { EN, linesOf } from '../helpers.js';

const BODY = 'The minister said on Wednesday that talks with Russia had been useful for both sides of the dispute.';

/** The headline pickTitle finds in `head` lines, with BODY as the body right after them. */
function titleOf(head: string, verdictAt: Record<number, Verdict> = {}): string | null {
  const lines = linesOf(`${head}\n${BODY}`);
  const bodyStart = lines.length - 1;
  const verdicts = lines.map((_, i) => verdictAt[i]);
  const index = pickTitle(inputOf(lines, bodyStart, verdicts));
  return index < 0 ? null : (lines[index]?.text ?? null);
}

/** A title search over `lines` whose prose starts at `firstProse`; body words count twice (a topic recurs). */
function inputOf(
  lines: Line[],
  firstProse: number,
  verdicts: (Verdict | undefined)[] = lines.map(() => undefined),
): TitleInput {
  const scores: LineScore[] = lines.map((_, i) => ({
    score: i >= firstProse ? 20 : -2,
    klass: i >= firstProse ? 'good' : 'short',
  }));
  const bodyWords = new Map<string, number>();
  for (const line of lines.slice(firstProse))
    for (const t of line.tokens) bodyWords.set(t, (bodyWords.get(t) ?? 0) + 2);
  return { lines, verdicts, scores, firstProse, bodyEnd: lines.length - 1, bodyWords, lang: EN };
}

describe('pickTitle', () => {
  it('lets a list of one item stand for the headline, not an item among others (WCXB 0045 html-to-text)', () => {
    expect(titleOf('Home\nDismiss notification\n* Minister Says Russia Talks Were Useful')).toBe(
      'Minister Says Russia Talks Were Useful',
    );
    expect(titleOf('* Home\n* Minister Says Russia Talks Were Useful\n* Contact')).not.toBe(
      'Minister Says Russia Talks Were Useful',
    );
  });
  it('takes no row of fields for the headline (WCXB 4042, 4835 innertext)', () => {
    expect(titleOf('Home\nTalks With Russia: Useful | Minister: Both Sides Agree')).toBeNull();
    expect(titleOf('Review: Minister Says Russia Talks Were Useful | The Times')).toBe(
      'Review: Minister Says Russia Talks Were Useful | The Times',
    );
  });
  it('takes no file’s path for the headline, but a headline with a slash (WCXB 0404 html-to-text)', () => {
    expect(titleOf('MINISTER/RUSSIA-TALKS.MD\nLast active December 20, 2025')).toBeNull();
    expect(titleOf('Minister/Russia Talks Were Useful\nLast active December 20, 2025')).toBe(
      'Minister/Russia Talks Were Useful',
    );
    expect(titleOf('minister/russia.talks\nLast active December 20, 2025')).toBeNull();
    expect(titleOf('Minister.Russia/Talks Useful\nLast active December 20, 2025')).toBe('Minister.Russia/Talks Useful');
  });
  it('takes no sponsor’s card that opens with a bracketed ad label for the headline (WCXB 0471 innertext)', () => {
    expect(titleOf('[SPONSORED] Minister Says Russia Talks Were Useful')).toBeNull();
    expect(titleOf('[Analysis] Minister Says Russia Talks Were Useful')).toBe(
      '[Analysis] Minister Says Russia Talks Were Useful',
    );
  });
  it('takes no line that goes on with the one above, which ends with a comma (WCXB 0471)', () => {
    const role = 'Minister for Russia Talks and Both Sides, Foreign Office';
    expect(titleOf(`Home\nBy Jane Doe,\n${role}`)).not.toBe(role);
    expect(titleOf(`Home\nBy Jane Doe\n${role}`)).toBe(role);
  });
  it('picks the title-shaped line that shares the body’s words', () => {
    expect(titleOf('Home\nMinister Says Russia Talks Were Useful\nShare')).toBe(
      'Minister Says Russia Talks Were Useful',
    );
  });
  it('prefers the line nearer the body', () => {
    expect(titleOf('Russia Talks Useful\nShare\nMinister Said Russia Talks Useful')).toBe(
      'Minister Said Russia Talks Useful',
    );
  });
  it('prefers the headline over the dek right under it', () => {
    expect(titleOf('Minister Hails Russia Talks\nTalks with Russia useful for both sides, the minister said')).toBe(
      'Minister Hails Russia Talks',
    );
  });
  it('prefers the headline over its byline to a line of tags right beside the date (WCXB 2534)', () => {
    const tags = 'Russia Talks Minister Kremlin Dispute Sides Wednesday';
    expect(titleOf(`Minister Says Talks With Russia Were Useful\nShare\nPrint\nDecember 1, 2025\n${tags}`)).toBe(
      'Minister Says Talks With Russia Were Useful',
    );
    expect(titleOf(`Share\nPrint\nDecember 1, 2025\n${tags}`)).toBe(tags);
  });
  it('takes no date from a date label that stands alone with no date under it (WCXB 4014, 4603 innertext)', () => {
    const meta: Verdict = { kind: 'byline-meta', reason: 'test' };
    const head =
      'Home\nBest Picks\nRussia Talks Best Picks\nUpdated\nMinister says talks with Russia were useful\nBy Jane Doe';
    expect(titleOf(head, { 3: meta, 5: meta })).toBe('Minister says talks with Russia were useful');
    // With its date under it, the label still dates the line over it.
    const dated = head.replace('Updated', 'Updated\nDecember 1, 2025');
    expect(titleOf(dated, { 3: meta, 4: meta, 6: meta })).toBe('Russia Talks Best Picks');
  });
  it('passes over the last crumb of a trail written a crumb a line (WCXB 4503 innertext)', () => {
    const crumbed = (trail: string): number => {
      const lines = linesOf(`${trail}\nRussia Talks\nMinister Hails Useful Talks With Russia\n${BODY}`);
      return pickTitle({ ...inputOf(lines, 3), shortSlug: ['russia', 'talks'] });
    };
    expect(crumbed('World News>')).toBe(2);
    expect(crumbed('World News')).toBe(1);
  });
  it('marks the crumbs that name the headline under them in short, not the headline (WCXB 4584, 4517 innertext)', () => {
    const lines = linesOf(
      `Russia Talks Useful\nRussia Talks\nMinister Says Talks With Russia Were Useful for Both Sides\n${BODY}`,
    );
    const shortForm = titleCandidates(inputOf(lines, 3)).map(({ index, signals }) => [index, signals.shortForm]);
    expect(shortForm).toEqual([
      [0, 1],
      [1, 1],
      [2, 0],
    ]);
    expect(pickTitle(inputOf(lines, 3))).toBe(2);
  });
  it('takes the line a trail of crumbs a line leads to, not its last crumb (WCXB 4185, 4603 innertext)', () => {
    const lines = linesOf(`Russia Talks Guide\nHome\nWorld News\nRUSSIA TALKS GUIDE\n${BODY}`);
    const signals = titleCandidates(inputOf(lines, 4)).map(({ index, signals }) => [
      index,
      signals.besideCrumbs,
      signals.crumbs,
    ]);
    expect(signals).toEqual([
      [0, 1, 0],
      [3, 0, 1],
    ]);
    expect(pickTitle(inputOf(lines, 4))).toBe(0);
    // A last crumb that names no line beside the trail may be the headline.
    const alone = linesOf(`Ministry Notes\nHome\nWorld News\nRUSSIA TALKS GUIDE\n${BODY}`);
    expect(titleCandidates(inputOf(alone, 4)).find((c) => c.index === 3)?.signals.crumbs).toBe(0);
  });
  it('marks an author’s name given twice under the headline, its date a line further down (WCXB 1405)', () => {
    const head = 'Minister Says Talks With Russia Were Useful\nJane Doe\nJane Doe\nReviewed By: John Roe\nMay 4, 2025';
    const lines = linesOf(`${head}\nJane Doe writes that ${BODY}`);
    const names = titleCandidates(inputOf(lines, 5)).filter((c) => c.index === 1 || c.index === 2);
    expect(names.map((c) => c.signals.authorName)).toEqual([1, 1]);
  });
  it('dates the line over a byline that names the piece’s kind, not the line under it (WCXB 4163, 0471)', () => {
    const signalsOf = (head: string): Pick<TitleSignals, 'besideMeta' | 'metaBelow'>[] => {
      const lines = linesOf(`${head}\n${BODY}`);
      return titleCandidates(inputOf(lines, lines.length - 1)).map(({ signals }) => ({
        besideMeta: signals.besideMeta,
        metaBelow: signals.metaBelow,
      }));
    };
    expect(
      signalsOf('Minister Says Talks With Russia Were Useful\nAnalysis by Jane Doe\nRead Russia Talks Now'),
    ).toEqual([
      { besideMeta: 1, metaBelow: 1 },
      { besideMeta: 0, metaBelow: 0 },
    ]);
  });
  it('marks an entry of a menu given twice, not a headline its crumb trail repeats (WCXB 4265, 4560 innertext)', () => {
    const menu = 'Home\nRussia Talks Live\nContact';
    const lines = linesOf(`${menu}\nAbout\n${menu}\nMinister Says Russia Talks Were Useful\n${BODY}`);
    const signals = (index: number): TitleSignals | undefined =>
      titleCandidates(inputOf(lines, 8)).find((c) => c.index === index)?.signals;
    expect(signals(1)).toMatchObject({ repeated: 1, menuCopy: 1 });
    expect(signals(5)).toMatchObject({ repeated: 1, menuCopy: 1 });
    expect(signals(7)?.menuCopy).toBe(0);
    expect(pickTitle(inputOf(lines, 8))).toBe(7);
    const crumbs = linesOf(`Home\nNews\nRussia Talks Were Useful\nMinister Says\nRussia Talks Were Useful\n${BODY}`);
    const h1 = titleCandidates(inputOf(crumbs, 5)).find((c) => c.index === 4)?.signals;
    expect(h1).toMatchObject({ repeated: 1, menuCopy: 0 });
  });
  it('reads a line the body gives under picture after picture as a credit (WCXB 0199 innertext)', () => {
    const captionedOf = (copies: number): number | undefined => {
      const credit = 'JANE DOE FOR RUSSIA TALKS DAILY';
      const pictures = Array.from({ length: copies }, () => `${credit}\n${BODY}`).join('\n');
      const lines = linesOf(`${credit}\nMinister Says Talks With Russia Were Useful\n${BODY}\n${pictures}\n${BODY}`);
      return titleCandidates(inputOf(lines, 2)).find((c) => c.index === 0)?.signals.captioned;
    };
    expect(captionedOf(3)).toBe(1);
    expect(captionedOf(2)).toBe(0);
  });
  it('passes the first line to name the topic from a kicker to the headline under it (WCXB 0115)', () => {
    const topicalOf = (head: string): number[] => {
      const lines = linesOf(`${head}\n${BODY}`);
      return titleCandidates(inputOf(lines, lines.length - 1)).map((c) => c.signals.firstTopical);
    };
    expect(topicalOf('Russia Talks\nMinister Hails Useful Dispute Sides')).toEqual([0, 1]);
    // A headline of two words over its dek, in the same words, keeps it.
    expect(topicalOf('Russia Talks\nMinister Hails Useful Russia Talks')).toEqual([1, 0]);
  });
  it('reads an upper-cased line with a function word over a date as a heading, not a name (ebb-org html-to-text)', () => {
    const named = (head: string): number[] => {
      const lines = linesOf(`${head}\nJane Doe writes that ${BODY}`);
      return titleCandidates(inputOf(lines, lines.length - 1)).map((c) => c.signals.authorName);
    };
    expect(named('Minister Says Talks With Russia Were Useful\nMINISTER ON RUSSIA TALKS\nMay 4, 2025')).toEqual([0, 0]);
    // A name over the date is still one, in its own case or in capitals.
    expect(named('Minister Says Talks With Russia Were Useful\nJane Doe\nMay 4, 2025')).toEqual([0, 1]);
    expect(named('Minister Says Talks With Russia Were Useful\nJANE DOE\nMay 4, 2025')).toEqual([0, 1]);
  });
  it('passes over a crumb trail', () => {
    expect(titleOf('Home » Dispute » Russia Talks Useful, Minister Said\nMinister Hails Russia Talks')).toBe(
      'Minister Hails Russia Talks',
    );
  });
  it('marks a trail run together that ends with a heading under it, not a headline ending with its kicker (WCXB 0278, 0187)', () => {
    const crumbsOf = (head: string, at: number): number | undefined => {
      const lines = linesOf(`${head}\n${BODY}`);
      return titleCandidates(inputOf(lines, lines.length - 1)).find((c) => c.index === at)?.signals.crumbs;
    };
    expect(crumbsOf('Home Policy Russia Talks Were Useful\nBy Jane Doe\nRussia Talks Were Useful', 0)).toBe(1);
    expect(crumbsOf('Russia Talks\nMinister Hails Useful Russia Talks\nBy Jane Doe', 1)).toBe(0);
  });
  it('takes no headline from a trail of short crumbs, where it has no other candidate (WCXB 0227 html-to-text)', () => {
    expect(titleOf('Home » Russia » Talks » 2025')).toBeNull();
  });
  it('takes an upper-cased headline whose periods close abbreviations (a news page held out of the dev set)', () => {
    expect(titleOf('MINISTER HAILS RUSSIA TALKS AS USEFUL, MORE ON WED. AFTER SIDES MEET TUES.\nJune 4, 2025')).toBe(
      'MINISTER HAILS RUSSIA TALKS AS USEFUL, MORE ON WED. AFTER SIDES MEET TUES.',
    );
  });
  it('prefers a Markdown # heading', () => {
    expect(titleOf('# Talks With Russia\nMinister Says Russia Talks Were Useful')).toBe('Talks With Russia');
  });
  it('takes a Markdown # heading that shares no word with the body, and no such line unmarked', () => {
    expect(titleOf('# A Long Day in Geneva')).toBe('A Long Day in Geneva');
    expect(titleOf('A Long Day in Geneva')).toBeNull();
  });
  it('skips a bullet-separated dek nearer the body', () => {
    expect(titleOf('Minister Says Russia Talks Were Useful\nTalks with Russia useful ■ Both sides hopeful')).toBe(
      'Minister Says Russia Talks Were Useful',
    );
  });
  it('skips a menu of items glued by bullets, not a line with one bullet (WCXB 4115)', () => {
    const candidateAt = (head: string): boolean => {
      const lines = linesOf(`Share\n${head}\n${BODY}`);
      return titleCandidates(inputOf(lines, 2)).some((c) => c.index === 1);
    };
    expect(candidateAt('•Russia Talks Minister•Both Sides Useful•Dispute')).toBe(false);
    expect(candidateAt('Russia Talks Minister•Both Sides Useful')).toBe(true);
  });
  it('prefers a long headline to a short menu entry above it (WCXB 0215, 0231)', () => {
    // The headline words "said" as the lede does: the menu entry's three words are all the lede's too.
    expect(titleOf('Russia Talks Minister\nMinister Said Talks With Russia Were Useful For Both Sides\nShare')).toBe(
      'Minister Said Talks With Russia Were Useful For Both Sides',
    );
  });
  it('skips lines with a boilerplate verdict but not a duplicate', () => {
    const ad: Verdict = { kind: 'ad', reason: 'test' };
    const duplicate: Verdict = { kind: 'duplicate', reason: 'test' };
    expect(titleOf('Minister Says Russia Talks Were Useful', { 0: ad })).toBeNull();
    expect(titleOf('Minister Says Russia Talks Were Useful', { 0: duplicate })).toBe(
      'Minister Says Russia Talks Were Useful',
    );
  });
  it('passes over the author name under a bare "By", given once or twice', () => {
    expect(titleOf('Minister Says Russia Talks Useful\nBy\nMinister Russia Talks')).toBe(
      'Minister Says Russia Talks Useful',
    );
    expect(titleOf('Minister Says Russia Talks Useful\nBy:\nMinister Russia Talks\nMinister Russia Talks')).toBe(
      'Minister Says Russia Talks Useful',
    );
  });
  it('takes a line under "By" that is not bare ("Stand By")', () => {
    expect(titleOf('Stand By Me\nMinister Russia Talks Useful')).toBe('Minister Russia Talks Useful');
  });
  it('prefers the line the URL’s slug spells', () => {
    // A line nearer the body outranked the headline (WCXB 0221: "National Biotech Reporter" under it).
    const lines = linesOf(`Minister Hails Useful Talks\nShare\nRussia Talks Useful for Both Sides\n${BODY}`);
    const input = inputOf(lines, 3);
    expect(pickTitle(input)).toBe(2);
    expect(pickTitle({ ...input, slug: ['minister', 'hails', 'useful', 'talks'] })).toBe(0);
    expect(pickTitle({ ...input, slug: ['weather', 'turns', 'cold'] })).toBe(2);
  });
  it('takes the line a short slug spells whole, and no line that only shares its words (WCXB 0495, 0138)', () => {
    const lines = linesOf(`Minister Hails Useful Talks\nShare\nRussia Talks Useful for Both Sides\n${BODY}`);
    const input = inputOf(lines, 3);
    expect(pickTitle(input)).toBe(2);
    expect(pickTitle({ ...input, shortSlug: ['minister', 'hails', 'useful', 'talks'] })).toBe(0);
    // "What is Academic Tutoring?" is a section of "/academic-tutoring/": a short slug says nothing of a longer line.
    expect(pickTitle({ ...input, shortSlug: ['hails', 'talks'] })).toBe(2);
    // Run together, as some slugs write it ("graphicdesigncourses", WCXB 0339).
    expect(pickTitle({ ...input, shortSlug: ['ministerhailsusefultalks'] })).toBe(0);
  });
  it('takes a headline of one word only when the short slug spells it (WCXB 0318, 4042)', () => {
    const lines = linesOf(`Menu\nRussia\nShare\n${BODY}`);
    const input = inputOf(lines, 3);
    expect(pickTitle(input)).toBe(-1);
    expect(pickTitle({ ...input, shortSlug: ['russia'] })).toBe(1);
    expect(pickTitle({ ...input, shortSlug: ['russia', 'talks'] })).toBe(-1);
  });
  it('takes a headline of exclamations that the slug spells, and not one it does not (research set spreeblick)', () => {
    const lines = linesOf(`Aus! Aus! Alles vorbei! Russia Talks Useful\n${BODY}`);
    const input = inputOf(lines, 1);
    expect(pickTitle(input)).toBe(-1);
    expect(pickTitle({ ...input, slug: ['aus', 'aus', 'alles', 'vorbei', 'russia', 'talks', 'useful'] })).toBe(0);
    expect(pickTitle({ ...input, slug: ['weather', 'turns', 'cold'] })).toBe(-1);
  });
  it('takes a long headline ending in a full stop that the slug spells, and not one it does not (research set antyweb)', () => {
    const headline = 'Minister Says Russia Talks Were Useful for Both Sides. At Last…';
    const lines = linesOf(`${headline.toLowerCase().replace(/^m/, 'M')}\n${BODY}`);
    const input = inputOf(lines, 1);
    expect(pickTitle(input)).toBe(-1);
    const slug = ['minister', 'says', 'russia', 'talks', 'were', 'useful', 'for', 'both', 'sides', 'at', 'last'];
    expect(pickTitle({ ...input, slug })).toBe(0);
    expect(pickTitle({ ...input, slug: ['weather', 'turns', 'cold'] })).toBe(-1);
  });
  it('takes a line the slug spells that the body does not name, near the body’s start', () => {
    // WCXB 0457: "And finally… trouble brewing" shares no topic word with the body.
    const lines = linesOf(`Trouble Brewing Again\n${BODY}`);
    const input = inputOf(lines, 1);
    expect(pickTitle(input)).toBe(-1);
    expect(pickTitle({ ...input, slug: ['and', 'finally', 'trouble', 'brewing', 'again'] })).toBe(0);
  });
  it('takes a headline past a notice paragraph when its date stands under it', () => {
    const notice = 'We noticed that you are using an old browser that is no longer supported by this site.';
    const lines = linesOf(`${notice}\nRussia Talks\nMay 4, 2025\n${BODY}`);
    const input = inputOf(lines, 0);
    expect(pickTitle(input)).toBe(1);
    const bare = linesOf(`${notice}\nRussia Talks\n${BODY}`);
    expect(pickTitle(inputOf(bare, 0))).toBe(-1);
  });
  it('takes a headline past a long disclosure when its byline stands under its dek (WCXB 0268 html-to-text)', () => {
    const disclosure =
      'We research and recommend the products and services that we believe will help our readers, and we have financial relationships with some of the companies that we mention on this page, which may pay us when you buy from them, though this never decides what we write.';
    const lines = linesOf(
      `${disclosure}\nRussia Talks Were Useful\nWhy both sides came away pleased.\nBy Jane Doe, May 4, 2025\n${BODY}`,
    );
    expect(pickTitle(inputOf(lines, 0))).toBe(1);
    const undated = linesOf(`${disclosure}\nRussia Talks Were Useful\n${BODY}`);
    expect(pickTitle(inputOf(undated, 0))).toBe(-1);
  });
  it('passes over a dated line past long prose under a headline that names the topic', () => {
    const lede =
      'The minister said on Wednesday that the talks with Russia had been useful for both sides of the dispute, and that a second round would follow in Geneva before the end of the month, when the envoys meet again to settle the details.';
    const lines = linesOf(
      `Minister Says Russia Talks Were Useful\n${lede}\nRussia Talks Useful for Both Sides, Minister Said\nMay 4, 2025\n${BODY}`,
    );
    expect(titleCandidates(inputOf(lines, 1)).map((c) => c.index)).not.toContain(2);
  });
  it('takes a headline under a long blurb when a date line parts it from the blurb', () => {
    const blurb =
      'Every week we look at what the talks with Russia mean for you and your family, whether you follow the dispute closely or are new to it and want to know where to start, which voices to trust and what comes next.';
    const lines = linesOf(`${blurb}\nMay 4, 2025\nMinister Says Russia Talks Were Useful\n${BODY}`);
    const input = inputOf(lines, 0);
    const scores: LineScore[] = lines.map((line) => ({ score: 0, klass: line.words > 8 ? 'good' : 'short' }));
    expect(pickTitle({ ...input, scores })).toBe(2);
  });
  it('takes a headline past a notice paragraph when most of its words recur in the body', () => {
    const notice = 'We noticed that you are using an old browser that is no longer supported by this site.';
    // Four of its six content words recur: an overlap of two thirds.
    const lines = linesOf(`${notice}\nMinister Hails Useful Russia Talks Progress\n${BODY}`);
    const bodyWords = new Map((lines[2]?.tokens ?? []).map((t) => [t, 2]));
    expect(pickTitle({ ...inputOf(lines, 0), bodyWords })).toBe(1);
  });
  it('takes a headline under a short notice and its dismiss button as one above the body (WCXB 0045)', () => {
    const notice = 'We noticed that you are using an old browser that is no longer supported by this site.';
    const found = (text: string): TitleCandidate | undefined => {
      const lines = linesOf(text);
      const scores: LineScore[] = lines.map((line) => ({ score: 0, klass: line.words > 8 ? 'good' : 'short' }));
      const bodyWords = new Map((lines[lines.length - 1]?.tokens ?? []).map((t) => [t, 2]));
      return titleCandidates({ ...inputOf(lines, 0), scores, bodyWords }).find((c) => c.index === 2);
    };
    // Two content words, both the body's: an overlap of one half, short of what a line inside the body needs.
    expect(found(`${notice}\nDismiss notification\nWhat Are the Russia Talks?\n${BODY}`)?.signals.insideBody).toBe(0);
    expect(found(`${notice}\nDismiss notification\nWhat Are the Russia Talks?\nShare\n${BODY}`)).toBeUndefined();
    expect(found(`${notice}\n${notice}\nWhat Are the Russia Talks?\n${BODY}`)).toBeUndefined();
  });
  it('takes a headline under a blog’s blurb and its date, with a short dek between it and the body (WCXB 0441)', () => {
    const blurb = 'Thoughts on the talks with Russia and the dispute, written every week for you and your friends.';
    const found = (head: string): TitleCandidate | undefined => {
      const lines = linesOf(
        `${head}${blurb}\nMay 4, 2025\nWhat Are the Russia Talks?\nSmall is the new large\n${BODY}`,
      );
      const at = lines.findIndex((line) => line.text === 'What Are the Russia Talks?');
      const scores: LineScore[] = lines.map((line) => ({ score: 0, klass: line.words > 8 ? 'good' : 'short' }));
      const bodyWords = new Map((lines[lines.length - 1]?.tokens ?? []).map((t) => [t, 2]));
      const firstProse = lines.findIndex((line) => line.text === blurb);
      return titleCandidates({ ...inputOf(lines, firstProse), scores, bodyWords }).find((c) => c.index === at);
    };
    expect(found('')?.signals.insideBody).toBe(0);
    // Under a headline that named the topic, the prose was its dek, and the line under it heads the body.
    expect(found('Minister Says Russia Talks Were Useful\n')?.signals.insideBody).not.toBe(0);
  });
  it('takes a headline under a long blurb that menu lines part from it, not one right under the blurb', () => {
    const blurb =
      'Guide to the talks: this guide will be useful for you, whether you are a beginner looking for a place to start or a veteran of the dispute who wants to know which of the many talks with Russia were worth the time.';
    const headline = 'Minister Says Russia Talks Were Useful';
    const found = (head: string): number => {
      const lines = linesOf(`${blurb}\n${head}\n${BODY}`);
      const input = inputOf(lines, 0);
      const scores: LineScore[] = lines.map((line) => ({ score: 0, klass: line.words > 4 ? 'good' : 'short' }));
      return pickTitle({ ...input, scores });
    };
    expect(found(`Columns and Opinions\nContact\n${headline}`)).toBe(3);
    expect(found(headline)).toBe(-1);
  });
  it('passes over a copy of the headline inside the body, a date under it', () => {
    const lines = linesOf(`Minister Russia Talks Useful\n${BODY}\nMinister Russia Talks Useful\nMay 4, 2025\n${BODY}`);
    const input = inputOf(lines, 1);
    expect(titleCandidates(input).map((c) => c.index)).toEqual([0]);
  });
  it('passes over the author’s bare name between the dek and the date', () => {
    const lede =
      'There is a scene in Fantasia where Mickey enchants a broom to do his chores, and vibe coding is like that, says Russell Miller.';
    const lines = linesOf(
      `Vibe Coding Is Creating a Generation of Sorcerer’s Apprentices\nIntroducing Mentor Mode, a human-centered alternative\nRussell Miller\nDec 18, 2025\n${lede}`,
    );
    const input = inputOf(lines, 4);
    expect(titleCandidates(input).find((c) => c.index === 2)?.signals.authorName).toBe(1);
    expect(pickTitle(input)).toBe(0);
  });
  it('takes a short headline over a date under a menu entry', () => {
    const lines = linesOf(`Resources\nTalks With Russia\nMay 4, 2025\n${BODY}`);
    const input = inputOf(lines, 3);
    expect(titleCandidates(input).find((c) => c.index === 1)?.signals.authorName).toBe(0);
  });
  it('finds nothing when no line shares a word with the body', () => {
    expect(titleOf('Weather Forecast Tomorrow Evening')).toBeNull();
  });
  it('finds nothing before a body that starts the document', () => {
    expect(pickTitle(inputOf(linesOf(BODY), 0, [undefined]))).toBe(-1);
  });
  it('prefers a headline in headline case to the dek under it that shares more of the body’s words', () => {
    expect(
      titleOf(
        'Minister Hails Kremlin Envoy Progress on Dispute Talks\nTies with Moscow useful for both sides, the minister said',
      ),
    ).toBe('Minister Hails Kremlin Envoy Progress on Dispute Talks');
  });
  // Found by the clean(toText(clean(x))) property: a one-sentence lede cut off from the body by an ad must not
  // outrank the headline above it.
  it('prefers the headline to a heading nearer the body that restates it (WCXB 0113)', () => {
    const headline = 'Minister Says Russia Talks Were Useful';
    expect(titleOf(`${headline}\nShare\nWhat the Minister Said About Russia Talks`)).toBe(headline);
  });
  it('marks the headline that sums up the lede, not a related story’s title that shares later words (WCXB 0345)', () => {
    const later = 'Parliament approved the budget and its spending plans for the coming year on the same day.';
    const lede = Array.from({ length: LEDE_LINES }, () => BODY).join('\n');
    const lines = linesOf(
      `Budget Spending Plans Approved\nShare\nMinister Said Russia Talks Were Useful\n${lede}\n${later}`,
    );
    const candidates = titleCandidates(inputOf(lines, 3));
    expect(candidates.find((c) => c.index === 2)?.signals.lede).toBe(1);
    expect(candidates.find((c) => c.index === 0)?.signals.lede).toBe(0);
    expect(TITLE_WEIGHTS.lede).toBeGreaterThan(0);
  });
  it('marks a line the URL’s host spells as the site’s name, not the headline (WCXB 4588)', () => {
    const lines = linesOf(`Russia Talks Daily\nShare\nMinister Said Russia Talks Were Useful\n${BODY}`);
    const candidates = titleCandidates({ ...inputOf(lines, 3), host: 'russiatalksdaily' });
    expect(candidates.find((c) => c.index === 0)?.signals.siteName).toBe(1);
    expect(candidates.find((c) => c.index === 2)?.signals.siteName).toBe(0);
    expect(titleCandidates(inputOf(lines, 3)).find((c) => c.index === 0)?.signals.siteName ?? 0).toBe(0);
  });
  it('marks a long run of labels without a function word over the headline, which outranks it (WCXB 0316)', () => {
    const menu = 'Russia Talks Minister Useful Sides Dispute Wednesday News Sport Business Culture Travel';
    const headline = 'Minister Says Russia Talks Were Useful';
    const lines = linesOf(`${menu}\n${headline}\n${BODY}`);
    const candidates = titleCandidates(inputOf(lines, 2));
    expect(candidates.find((c) => c.index === 0)?.signals.labelRun).toBe(1);
    expect(candidates.find((c) => c.index === 1)?.signals.labelRun).toBe(0);
    expect(lines[pickTitle(inputOf(lines, 2))]?.text).toBe(headline);
  });
  it('marks a list of labels under the byline’s date as the post’s tags, not the headline (WCXB 4615)', () => {
    const headline = 'Minister Says Russia Talks Were Useful';
    const lines = linesOf(`${headline}\nJane Doe\nJuly 18, 2018\nRussia Talks, Minister News\n${BODY}`);
    const candidates = titleCandidates(inputOf(lines, 4));
    expect(candidates.find((c) => c.index === 3)?.signals.tags).toBe(1);
    expect(candidates.find((c) => c.index === 0)?.signals.tags).toBe(0);
    expect(lines[pickTitle(inputOf(lines, 4))]?.text).toBe(headline);
  });
  it('marks a link that ends in an arrow as a crumb, not a headline (WCXB 4592)', () => {
    const crumbs = (text: string) =>
      titleCandidates(inputOf(linesOf(`${text}\n${BODY}`), 1)).find((c) => c.index === 0)?.signals.crumbs;
    expect(crumbs('Read what the minister said about the Russia talks >')).toBe(1);
    expect(crumbs('Read what the minister said about the Russia talks')).toBe(0);
  });
  it('measures a headline without the byline run on at its end (WCXB 0040, 4511)', () => {
    const glued = 'Minister Said Russia Talks Were Useful by Jane Doe | World | 8 min Read';
    const lines = linesOf(`Home\n${glued}\n${BODY}`);
    const signals = titleCandidates(inputOf(lines, 2)).find((c) => c.index === 1)?.signals;
    expect(signals?.crumbs).toBe(0);
    expect(signals?.besideMeta).toBe(1);
    expect(signals?.overlap).toBe(1);
    const trail = linesOf(`Home » World » Minister Says Russia Talks Were Useful\n${BODY}`);
    expect(titleCandidates(inputOf(trail, 1))[0]?.signals.crumbs).toBe(1);
  });
  it('takes a headline past a notice paragraph when its byline runs on at its end', () => {
    const notice = 'We noticed that you are using an old browser that is no longer supported by this site.';
    const lines = linesOf(`${notice}\nRussia Talks Useful by Jane Doe on May 4, 2025\n${BODY}`);
    expect(pickTitle(inputOf(lines, 0))).toBe(1);
  });
  it('prefers the headline to a one-sentence lede cut off by an ad', () => {
    const lede = 'The minister said on Wednesday that the talks had been useful.';
    expect(titleOf(`Kremlin Envoy Meets Minister\n${lede}\nAdvertisement`, { 2: { kind: 'ad', reason: 'test' } })).toBe(
      'Kremlin Envoy Meets Minister',
    );
  });
});

describe('scoreTitle', () => {
  const none: TitleSignals = Object.fromEntries(
    Object.keys(TITLE_WEIGHTS).map((k) => [k, 0]),
  ) as unknown as TitleSignals;
  it('ranks a headline the page title echoes over a shorter heading the slug spells (WCXB 4180)', () => {
    // "How to help babies, toddlers sleep through the night", echoed by "<it> | Patient Education | <site>" above.
    const headline = { ...none, overlap: 0.75, nearness: 0.94, echoed: 1, length: 1, underTopical: 1, slug: 0.22 };
    // "Helping children sleep", the line above it.
    const heading = { ...none, overlap: 0.5, nearness: 0.88, capitalized: 0.33, length: 0.38, slug: 1 };
    expect(scoreTitle(headline)).toBeGreaterThan(scoreTitle(heading));
  });
});

describe('pickTitle deep in the body', () => {
  // WCXB 0109: a blog's intro and cards of its other posts read as the body's start, 80 lines above the headline.
  const headline = 'Video Production Process: Complete Guide for Russia Talks';
  const promo = Array.from({ length: 15 }, (_, k) => `Russia talks promo paragraph number ${k} for the minister.`);
  const titleIn = (under: string): string | null => {
    const lines = linesOf([...promo, headline, under, BODY, BODY].join('\n'));
    const input = inputOf(lines, 0);
    // The headline and the line under it are no prose.
    const at = lines.findIndex((line) => line.text === headline);
    const scores = input.scores.map((score, i) =>
      i === at || i === at + 1 ? { score: -2, klass: 'short' as const } : score,
    );
    return lines[pickTitle({ ...input, scores })]?.text ?? null;
  };
  it('finds a headline over its date', () => {
    expect(titleIn('May 4, 2025')).toBe(headline);
  });
  it('leaves a heading without a byline or date under it to the body', () => {
    expect(titleIn('What the minister said')).toBeNull();
  });
});

describe('pickTitle far above the body', () => {
  // WCXB 4677: a buying guide's h1, its dek, its byline, then a long list of picks before the body.
  const headline = 'Minister Says Russia Talks Were Useful';
  const cards = Array.from({ length: 70 }, (_, k) => `Pick ${k}`);
  const titleOver = (dek: string, byline: string): string | null =>
    titleOf([headline, dek, 'Sponsored', byline, ...cards].join('\n'));
  it('finds a headline whose byline stands three lines under it', () => {
    expect(titleOver('Why the talks matter for both sides', 'By Jane Doe, December 1, 2025')).toBe(headline);
  });
  it('passes over it when no byline or date stands within three lines', () => {
    expect(titleOver('Why the talks matter for both sides', 'Share this story')).toBeNull();
  });
  // WCXB 4430: the h1, a disclosure paragraph, then 80 lines of picks; 4457: the slug's words as a menu entry.
  const slug = ['minister', 'says', 'russia', 'talks', 'were', 'useful'];
  const slugTitleOver = (under: string): number => {
    const lines = linesOf([headline, under, ...cards, BODY].join('\n'));
    const input = inputOf(lines, lines.length - 1);
    const scores = input.scores.map((score, i) => (i === 1 ? { score: 5, klass: 'medium' as const } : score));
    return pickTitle({ ...input, scores: under.includes(' ') ? scores : input.scores, slug });
  };
  it('finds a line the slug spells over a paragraph', () => {
    expect(slugTitleOver('Products are chosen by our editors; buying through our links may earn us a fee.')).toBe(0);
  });
  it('passes over a line the slug spells among menu entries', () => {
    expect(slugTitleOver('Menu')).toBe(-1);
  });
  // WCXB 4430 html-to-text without the URL: the h1 over its disclosure; 0281 innertext: a mega-menu card over its blurb.
  const titleOverProse = (klass: 'good' | 'medium'): number => {
    const lines = linesOf(
      [headline, 'Products are chosen by our editors and may earn us a fee.', ...cards, BODY].join('\n'),
    );
    const input = inputOf(lines, lines.length - 1);
    return pickTitle({ ...input, scores: input.scores.map((score, i) => (i === 1 ? { score: 5, klass } : score)) });
  };
  it('finds a line over a paragraph of full prose without the slug', () => {
    expect(titleOverProse('good')).toBe(0);
  });
  it('passes over a line over a blurb of one short sentence without the slug', () => {
    expect(titleOverProse('medium')).toBe(-1);
  });
});

describe('titleCandidates', () => {
  it('leaves out a byline that opens with the piece’s kind, beside its date (WCXB 4823)', () => {
    const meta: Verdict = { kind: 'byline-meta', reason: 'test' };
    // "Review by", not "Guide by": the pack lists "guide by" as a byline prefix, which makes that line a byline anywhere.
    const role = 'Review by Jane Doe Former Deputy Russia Editor';
    const lines = linesOf(
      `Minister Says Russia Talks Were Useful\nTalks with Russia.\n${role}\nUpdated on Jan. 16, 2026\n${BODY}`,
    );
    const input = inputOf(lines, 4, [undefined, undefined, undefined, meta]);
    expect(titleCandidates(input).map((c) => c.index)).not.toContain(2);
    // Near miss: away from a byline or date, the line stays a candidate.
    const away = linesOf(`Minister Says Russia Talks Were Useful\n${role}\n${BODY}`);
    expect(titleCandidates(inputOf(away, 2)).map((c) => c.index)).toContain(1);
  });
  it('marks a question under the headline’s date and byline as heading the body, not the page (WCXB 4045)', () => {
    const meta: Verdict = { kind: 'byline-meta', reason: 'test' };
    const comments: Verdict = { kind: 'comments', reason: 'test' };
    const question = 'Ever Wonder Why Russia Talks Were Useful?';
    const head = `Minister Hails Russia Talks\nMar 24, 2025\nBy Amy Wilhelm\n0 comments\n${question}`;
    const lines = linesOf(`${head}\n${BODY}`);
    const input = inputOf(lines, 4, [undefined, meta, meta, comments]);
    expect(titleCandidates(input).find((c) => c.index === 4)?.signals.underHeader).toBe(1);
    expect(pickTitle(input)).toBe(0);
    // Near miss: right under the headline, with no byline or date between, the line is the headline's dek.
    const bare = linesOf(`Minister Hails Russia Talks\n${question}\n${BODY}`);
    expect(titleCandidates(inputOf(bare, 1)).find((c) => c.index === 1)?.signals.underHeader).toBe(0);
  });
  it('leaves out a row of cells the page wrote with tabs, so the headline under it is no dek (WCXB 0217 innertext)', () => {
    // The menu as innerText writes it, its cells parted by tabs (linesOf reads the tabs as spaces).
    const menu = 'About Russia\tOur Minister\tTalks Both Sides\tContact\tShop\t0 items';
    const head = `${menu}\nMinister Says Russia Talks Were Useful\nA Guide to the Useful Talks With Russia`;
    const lines = linesOf(`${head}\n${BODY}`);
    const rows = { ...inputOf(lines, 3), tabRows: new Set([0]) };
    const candidates = titleCandidates(rows);
    expect(candidates.map((c) => c.index)).not.toContain(0);
    expect(candidates.find((c) => c.index === 1)?.signals.underTopical).toBe(0);
    expect(pickTitle(rows)).toBe(1);
    // Near miss: the same words on a line of no cells are a candidate, and the headline under them reads as their dek.
    const plain = titleCandidates(inputOf(lines, 3));
    expect(plain.map((c) => c.index)).toContain(0);
    expect(plain.find((c) => c.index === 1)?.signals.underTopical).toBe(1);
  });
  const signalsOf = (head: string, text: string) => {
    const lines = linesOf(`${head}\n${BODY}\n${BODY}`);
    const input = inputOf(lines, lines.length - 2);
    return titleCandidates(input).find((c) => lines[c.index]?.text === text)?.signals;
  };
  it('leaves out a byline that opens with a byline prefix and a colon', () => {
    // WCXB 4694: "Contributions From: Trish Matheny, Sam Schild & Elizabeth Paashaus" right above the first paragraph.
    const byline = 'Contributions From: Minister Trish Matheny & Russia Talks';
    expect(signalsOf(`Minister Hails Russia Talks\n${byline}`, byline)).toBeUndefined();
    expect(
      signalsOf(
        'Minister Hails Russia Talks\nMinister Trish Matheny & Russia Talks',
        'Minister Trish Matheny & Russia Talks',
      ),
    ).toBeDefined();
  });
  it('sees a byline or date two lines away (a dek or an author name between)', () => {
    const signals = signalsOf(
      'Minister Says Russia Talks Were Useful\nJane Doe\nMay 4, 2025',
      'Minister Says Russia Talks Were Useful',
    );
    expect(signals?.nearMeta).toBe(1);
    expect(signals?.besideMeta).toBe(0);
  });
  it('sees a headline given twice in a row, and not one given twice apart', () => {
    expect(signalsOf('Russia Talks Useful\nRussia Talks Useful', 'Russia Talks Useful')?.doubled).toBe(1);
    expect(signalsOf('Russia Talks Useful\nHome\nRussia Talks Useful', 'Russia Talks Useful')?.doubled).toBe(0);
  });
  it('sees a heading that restates a headline a few lines above, not a crumb trail’s last crumb (WCXB 0113, 4606)', () => {
    const heading = 'Minister Hails Russia Talks';
    const restates = (head: string) => signalsOf(`${head}\n${heading}`, heading)?.restates;
    expect(restates('Minister Hails Russia Talks: What Was Agreed\nShare\nPrint')).toBe(1);
    expect(restates('Home / World / Minister Hails Russia Talks\nShare\nPrint')).toBe(0);
    expect(restates('Minister Hails Russia Talks: What Was Agreed')).toBe(0);
    expect(restates('Weather Turns Cold in Moscow\nShare\nPrint')).toBe(0);
  });
  it('sees a dek under a topical line, not the headline reworded under it (WCXB 4192, 4597, 2218, 0124)', () => {
    const under = (head: string, line: string) => signalsOf(`${head}\n${line}`, line)?.underTopical;
    expect(under('Minister Hails Russia Talks', 'Minister Hails Useful Russia Talks')).toBe(0);
    expect(under('Minister Hails Russia Talks Useful', 'Minister Hails Russia Talks: Useful')).toBe(0);
    expect(under('Minister Hails Russia Talks', 'HomeMinister Hails Russia Talks')).toBe(1);
    expect(under('Minister Hails Russia Talks', 'Minister Hails Russia Talks as Useful Start for Peace')).toBe(1);
  });
  it('sees no dek in a headline under its kicker, and one under a short headline it rewords (WCXB 0236, 0124)', () => {
    const under = (head: string, line: string) => signalsOf(`${head}\n${line}`, line)?.underTopical;
    expect(under('Russia Talks', 'Minister Hails Useful Dispute Sides')).toBe(0);
    expect(under('Russia Talks', 'Talks with Russia useful for both sides')).toBe(1);
    expect(under('Minister Russia Talks', 'Minister Hails Useful Dispute Sides')).toBe(1);
  });
  it('measures headline case and length', () => {
    const headline = signalsOf('Minister Says Russia Talks Were Useful', 'Minister Says Russia Talks Were Useful');
    expect(headline?.capitalized).toBe(1);
    expect(headline?.length).toBe(6 / 8);
    const dek = signalsOf(
      'minister says the talks with russia were useful',
      'minister says the talks with russia were useful',
    );
    expect(dek?.capitalized).toBe(0);
    expect(dek?.length).toBe(1);
  });
  it('sees a dek in sentence case under a headline in headline case, and not a headline under a kicker', () => {
    const dek = 'Talks with Russia were useful for both sides';
    expect(signalsOf(`Minister Says Russia Talks Useful\n${dek}`, dek)?.underHeadline).toBe(1);
    expect(signalsOf(`Russia Talks News\n${dek}`, dek)?.underHeadline).toBe(0);
  });
  it('sees a dek under a headline in sentence case when the byline stands under both, not under a run of labels (WCXB 4441, 2825)', () => {
    const dek = 'Talks with the minister were useful for both sides';
    const under = (head: string) => signalsOf(`${head}\n${dek}\nJane Doe\nMay 4, 2025`, dek)?.underHeadline;
    expect(under('How the minister won over the Kremlin envoy')).toBe(1);
    // Near misses: a menu's labels without a function word, and a line with no byline under it.
    const labels = 'Home Newsletter Blog Kremlin Russia Minister Envoy Talks Podcasts';
    expect(signalsOf(`${labels}\n${dek}\nJane Doe\nMay 4, 2025`, labels)?.metaBelow).toBe(1);
    expect(under(labels)).toBe(0);
    expect(signalsOf(`How the minister won over the Kremlin envoy\n${dek}`, dek)?.underHeadline).toBe(0);
    expect(TITLE_WEIGHTS.underHeadline).toBeLessThan(0);
  });
  it('sees cards of related articles, each over its date, and not a headline over its dek and byline', () => {
    const cards =
      'Russia Talks Stall Again\nMay 1, 2025\nWorld News\nMinister Visits Kremlin\nMay 2, 2025\nWorld News\nEnvoy Hails Useful Talks\nMay 3, 2025';
    expect(signalsOf(cards, 'Minister Visits Kremlin')?.card).toBe(1);
    const headline = 'Minister Says Russia Talks Useful\nTalks Useful for Both Sides\nJane Doe\nMay 4, 2025';
    expect(signalsOf(headline, 'Minister Says Russia Talks Useful')?.card).toBe(0);
  });
  it('prefers the headline to cards of related articles under it', () => {
    const cards =
      'Minister Visits Kremlin Again\nMay 1, 2025\nWorld News\nEnvoy Meets Russia Delegates\nMay 2, 2025\nWorld News\nTalks Resume in Geneva Soon\nMay 3, 2025';
    const lines = linesOf(
      `Minister Praises Kremlin Envoy\nMay 4, 2025\nShare\nRelated Stories\nMore\n${cards}\n${BODY}\n${BODY}`,
    );
    const input = inputOf(lines, lines.length - 2);
    expect(lines[pickTitle(input)]?.text).toBe('Minister Praises Kremlin Envoy');
  });
  it('sees the headline echoed as the last crumb of a breadcrumb', () => {
    const signals = signalsOf('Home / News / Russia Talks Useful\nRussia Talks Useful', 'Russia Talks Useful');
    expect(signals?.echoed).toBe(1);
  });
  it('sees the headline echoed as the tail of a crumb trail glued without separators', () => {
    const signals = signalsOf('HomeNewsRussia Talks Useful\nRussia Talks Useful', 'Russia Talks Useful');
    expect(signals?.echoed).toBe(1);
    expect(signalsOf('Home ▸ News ▸ Russia Talks Useful\nRussia Talks Useful', 'Russia Talks Useful')?.echoed).toBe(1);
    expect(signalsOf('HomeNews Russia Talks Useful Today\nRussia Talks Useful', 'Russia Talks Useful')?.echoed).toBe(0);
  });
  it('sees a contents entry whose twin heads a section of the body', () => {
    const lines = linesOf(`Russia Talks Useful\n${BODY}\nRussia Talks Useful\n${BODY}`);
    const input = inputOf(lines, 1);
    expect(titleCandidates(input).find((c) => c.index === 0)?.signals.bodyTwin).toBe(1);
  });
});

describe('isTitleShaped in the title search', () => {
  it('passes a headline in headline case ending in a full stop to the search, and not one in capitals', () => {
    expect(titleOf('Things to Know Before Russia Talks With the Minister on Wednesday.')).toBe(
      'Things to Know Before Russia Talks With the Minister on Wednesday.',
    );
    expect(titleOf('THINGS TO KNOW BEFORE RUSSIA TALKS WITH THE MINISTER ON WEDNESDAY.')).toBeNull();
  });
  it('passes one sentence in capitals to the search where the body writes its headings in capitals', () => {
    const headline = 'THINGS TO KNOW BEFORE RUSSIA TALKS WITH THE MINISTER ON WEDNESDAY.';
    const lines = linesOf(`${headline}\n${BODY}\nWHAT THE MINISTER SAID\n${BODY}\nWHAT COMES NEXT\n${BODY}`);
    const input = inputOf(lines, 1);
    expect(pickTitle(input)).toBe(0);
    const twoSentences = linesOf(
      `${headline} TALKS GO ON.\n${BODY}\nWHAT THE MINISTER SAID\n${BODY}\nWHAT COMES NEXT\n${BODY}`,
    );
    expect(pickTitle(inputOf(twoSentences, 1))).toBe(-1);
  });
  it('takes capitals for the renderer’s headings only where they are a fair share of the body’s headings', () => {
    const shoutedOf = (headings: string[]): number => {
      const lines = linesOf(
        `MINISTER RUSSIA TALKS\n${BODY}\nWHAT THE MINISTER SAID\n${BODY}\nWHAT COMES NEXT\n${headings.join('\n')}`,
      );
      const kicker = titleCandidates(inputOf(lines, 1)).find((c) => c.index === 0);
      return kicker?.signals.shouted ?? -1;
    };
    expect(shoutedOf(['Where Russia Stands', 'What the Talks Mean'])).toBe(1);
    // Two lines in capitals among a hundred mixed-case ones are a site's kickers or buttons (WCXB 0057 innertext).
    expect(shoutedOf(Array.from({ length: 100 }, (_, k) => `Russia Talks Section ${k}`))).toBe(0);
  });
});
