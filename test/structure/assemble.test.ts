import { describe, expect, it } from 'vitest';
import { detect } from '../../src/analyze/detect.js';
import { findExtent, scoreLine } from '../../src/analyze/extent.js';
import { clean } from '../../src/clean.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { type Structure, type StructureInput, structure } from '../../src/structure/assemble.js';
import { contextOf, EN, linesOf } from '../helpers.js';

const P1 = 'The minister said on Wednesday that the talks with Russia had been useful for both sides of the dispute.';
const P2 =
  'Officials in Moscow said the next round of talks would take place in Geneva later this month, after the holidays.';
const P3 =
  'The talks ended without an agreement, and both delegations said they would report back to their governments.';

/** Runs stages 2–5 on `text` with the English pack, the way clean() does. */
function structureOf(text: string): Structure & { lineCount: number } {
  const lines = linesOf(text);
  const verdicts = detect(lines, contextOf(lines), DEFAULT_DETECTORS, {});
  const settings = MODE_SETTINGS.balanced;
  const scores = lines.map((l, i) => scoreLine(l, verdicts[i], EN.stopwords, settings));
  const extent = findExtent(scores);
  return {
    ...structure({ text, lines, verdicts, extent, scores, lang: EN, script: 'latin' }),
    lineCount: lines.length,
  };
}

const DOC = [
  'Home',
  'Minister Says Talks With Russia Were Useful',
  'Talks end without a deal ■ Next round in Geneva',
  'By Jane Doe',
  'April 12, 2017',
  'The minister in Moscow on Wednesday.Credit: JANE ROE/REUTERS',
  P1,
  'Advertisement',
  P2,
  P3,
  'Share',
  'DPA contributed to this report.',
  'Most read',
  'Some headline about something else entirely',
].join('\n');

describe('structure', () => {
  const s = structureOf(DOC);

  it('finds the headline, highlights, byline and date before the body', () => {
    expect(s.title).toBe('Minister Says Talks With Russia Were Useful');
    expect(s.highlights).toEqual(['Talks end without a deal', 'Next round in Geneva']);
    expect([s.byline, s.published, s.publishedIso]).toEqual(['Jane Doe', 'April 12, 2017', '2017-04-12']);
  });
  it('opens the body with the lead figure and keeps the paragraphs in order', () => {
    expect(s.blocks).toEqual([
      { type: 'figure', caption: 'The minister in Moscow on Wednesday.', credit: 'JANE ROE/REUTERS' },
      { type: 'paragraph', text: P1 },
      { type: 'paragraph', text: P2 },
      { type: 'paragraph', text: P3 },
    ]);
    expect(s.text).toBe([P1, P2, P3].join('\n\n'));
  });
  it('finds the end note past removed lines after the body', () => {
    expect(s.attributions).toEqual(['DPA contributed to this report.']);
  });
  it('removes every other line, in order, with a verdict', () => {
    expect(s.removed.map((r) => [r.index, r.verdict.kind])).toEqual([
      [0, 'nav'],
      [7, 'ad'],
      [10, 'share'],
      [12, 'related'],
      [13, 'related'],
    ]);
  });
  it('accounts for every line exactly once', () => {
    const used = 1 + 1 + 2 + 4 + 1; // title, highlights line, byline + date, blocks, end note
    expect(used + s.removed.length).toBe(s.lineCount);
  });
  it('moves an end note that closes the body out of the blocks', () => {
    const t = structureOf(`${P1}\n${P2}\nThe Associated Press contributed to this report.`);
    expect(t.attributions).toEqual(['The Associated Press contributed to this report.']);
    expect(t.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
  it('finds no highlights without a headline', () => {
    const t = structureOf(`Talks end without a deal ■ Next round in Geneva\n${P1}`);
    expect(t.highlights).toEqual([]);
  });
  it('copes with a document without a body', () => {
    const t = structureOf('Home\nShare\nMost read');
    expect([t.title, t.blocks, t.text]).toEqual([null, [], '']);
    expect(t.removed).toHaveLength(3);
  });
});

describe('structure: the author bio', () => {
  const BIO =
    'Jane Doe is a correspondent in Moscow who has covered Russian politics for the paper for more than ten years.';
  const head = ['Minister Says Talks With Russia Were Useful', 'By Jane Doe', 'April 12, 2017'];

  it('removes a paragraph at the end of the body that opens with the byline name', () => {
    const s = structureOf([...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), BIO].join('\n'));
    expect(s.text).not.toContain('correspondent');
    expect(s.removed.map((r) => r.verdict)).toContainEqual({
      kind: 'author-bio',
      reason: "opens with the byline's name at the body's edge (words=20)",
    });
  });
  it('removes a closing bio that gives the first name alone, and the name line over it', () => {
    const FIRST = BIO.replace('Jane Doe is', 'Jane is');
    const s = structureOf([...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), 'JANE DOE', FIRST].join('\n'));
    expect(s.text).not.toContain('correspondent');
    expect(s.text).not.toContain('JANE');
  });
  it('keeps a closing paragraph that opens with the first name inside a longer name', () => {
    const PLACE =
      'Jane Street Market opens on Saturdays from April to October, with stalls from farms across the region.';
    const s = structureOf([...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), PLACE].join('\n'));
    expect(s.text).toContain('Jane Street Market');
  });
  it('keeps a closing question that names the company signing the post (WCXB 0236)', () => {
    const company = ['Minister Says Talks With Russia Were Useful', 'By Great Day Improvements', 'April 12, 2017'];
    const QUESTION = 'Why choose Great Day Improvements over other contractors?';
    const s = structureOf([...company, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), QUESTION].join('\n'));
    expect(s.text).toContain(QUESTION);
    const BIO_LINE = 'Great Day Improvements has built porches and sunrooms for families since 1997.';
    const t = structureOf([...company, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), BIO_LINE].join('\n'));
    expect(t.text).not.toContain(BIO_LINE);
  });
  it('removes a bio paragraph a few lines from the end, and what follows it', () => {
    const AFTER = [
      'The paper has kept a bureau in Moscow since 1991, with four reporters and two photographers on its staff.',
      'Readers may write to the foreign desk at the address printed on the back page of every issue.',
    ];
    const body = [...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), P2.replace('Geneva', 'Vienna')];
    const s = structureOf([...body, BIO, ...AFTER].join('\n'));
    expect(s.text).not.toContain('correspondent');
    expect(s.text).not.toContain('foreign desk');
    expect(s.text).toContain('Vienna');
    const agency = ['Minister Says Talks With Russia Were Useful', 'By Associated Press', 'April 12, 2017'];
    const POLL = 'An Associated Press poll found last month that most voters want the talks with Russia to go on.';
    const t = structureOf(
      [
        ...agency,
        P1,
        P2,
        P3,
        P1.replace('Wednesday', 'Thursday'),
        POLL,
        P3.replace('ended', 'stalled'),
        P2.replace('Geneva', 'Vienna'),
      ].join('\n'),
    );
    expect(t.text).toContain('Associated Press poll');
  });
  it("removes a bio paragraph of the first of the byline's authors (WCXB 0253)", () => {
    const listed = [
      'Minister Says Talks With Russia Were Useful',
      'By Dr Jane Doe, John Roe, Ann Poe',
      'April 12, 2017',
    ];
    const FIRST_BIO =
      "Dr Jane Doe, the paper's correspondent in Moscow, has covered Russian politics for more than ten years.";
    const AFTER = [
      'JOHN ROE',
      'Chief Economist',
      'John Roe is the chief economist of the paper and teaches energy markets at the university in Geneva.',
    ];
    const body = [P1, P2, P3, P1.replace('Wednesday', 'Thursday'), P2.replace('Geneva', 'Vienna')];
    const s = structureOf([...listed, ...body, FIRST_BIO, ...AFTER].join('\n'));
    expect(s.byline).toBe('Dr Jane Doe, John Roe, Ann Poe');
    expect(s.text).not.toContain('correspondent');
    expect(s.text).not.toContain('chief economist');
    expect(s.text).toContain('Vienna');
  });
  it('keeps a paragraph that opens with the name in the middle of the body', () => {
    const s = structureOf([...head, P1, BIO, P2, P3, P1.replace('Wednesday', 'Thursday')].join('\n'));
    expect(s.text).toContain('correspondent');
  });

  const OTHER_BIO =
    'With ten years at the paper, John Roe has covered energy markets and written two books on the oil trade.';
  it('removes a bio under its own name line at the end of the body, whoever the byline named', () => {
    const s = structureOf([...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), 'John Roe', OTHER_BIO].join('\n'));
    expect(s.text).not.toContain('John Roe');
    expect(s.removed.map((r) => r.verdict)).toContainEqual({
      kind: 'author-bio',
      reason: "a bio under a name line at the body's end (words=2)",
    });
  });
  it('keeps a place under its own heading that the paragraph names in passing (WCXB 0341)', () => {
    const PLACE =
      'Yosemite Hospitality operates a webcam at the Badger Pass Ski Area so you can check current conditions and activity.';
    const s = structureOf(
      [...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), 'Badger Pass Ski Area', PLACE].join('\n'),
    );
    expect(s.text).toContain('Badger Pass Ski Area');
    const later = `The lodge opens at nine. ${OTHER_BIO.replace('With ten years at the paper, ', '')}`;
    const t = structureOf([...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), 'John Roe', later].join('\n'));
    expect(t.text).toContain('John Roe has covered');
  });
  it('keeps the last item of a list of names over paragraphs that name them', () => {
    const item = (name: string) => [name, OTHER_BIO.replace('John Roe', name)];
    const s = structureOf([...head, P1, ...item('Mary Major'), P2, P3, ...item('John Roe')].join('\n'));
    expect(s.text).toContain('John Roe');
  });
  it('removes small print at the end of the body, and what follows it', () => {
    const PRINT =
      'Site content belongs to Example Media, all rights reserved, and may not be copied, republished or ' +
      'broadcast in whole or in part without the written permission of the publisher or of its partners.';
    const AFTER =
      'Readers may write to the editors at the address printed on the back page of every issue of the paper.';
    const s = structureOf([...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), PRINT, AFTER].join('\n'));
    expect(s.text).not.toContain('all rights reserved');
    expect(s.text).not.toContain('back page');
    expect(s.removed.map((r) => r.verdict)).toContainEqual({
      kind: 'legal',
      reason: "small print at the body's end (words=33)",
    });
    const early = structureOf([...head, P1, PRINT, P2, P3, P1, P2, P3, P1.replace('Wednesday', 'Friday')].join('\n'));
    expect(early.text).toContain('all rights reserved');
  });
  it('keeps a legal phrase the article used above, when its sentences go on after it (WCXB 2235 cleaned again)', () => {
    const TOPIC =
      'When they book the ticket online, passengers click a box agreeing to the terms and conditions of the airline, which few of them ever read before they pay for the flight and print their boarding pass.';
    const NEAR_END =
      'So the risk depends on the terms and conditions that the passenger agreed to when booking, and each airline writes its own rules about tickets that are not flown to the end of the route.';
    const AFTER =
      'One airline says it may cancel the unused part of the ticket and bill the passenger for the fare of the route flown.';
    const body = [...head, P1, TOPIC, P2, P3, P1.replace('Wednesday', 'Thursday')];
    const s = structureOf([...body, NEAR_END, AFTER, AFTER.replace('One airline', 'Another airline')].join('\n'));
    expect(s.text).toContain('So the risk depends');
    expect(s.text).toContain('Another airline');
    // The body's last line stays small print, as before: nothing of the article follows it.
    expect(structureOf([...body, NEAR_END].join('\n')).text).not.toContain('So the risk depends');
  });
  it("takes a fund's disclosures back to their first paragraph, past the window (WCXB 4506)", () => {
    const DISCLOSURES = [
      'For more information about Vanguard mutual funds or Vanguard ETFs, obtain a mutual fund or an ETF prospectus or, if available, a summary prospectus. Investment objectives, risks, charges, expenses, and other important information are contained in the prospectus; read and consider it carefully before investing.',
      'All investing is subject to risk, including the possible loss of the money you invest. Diversification does not ensure a profit or protect against a loss. There is no guarantee that any particular asset allocation or mix of funds will meet your investment objectives.',
      'Past performance is no guarantee of future returns. The performance of an index is not an exact representation of any particular investment, as you cannot invest directly in an index, and the returns of a fund will differ from those of its index.',
    ];
    const body = [...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), P2.replace('Geneva', 'Vienna')];
    const funds = ['bond', 'stock', 'balanced'].flatMap((kind) =>
      DISCLOSURES.map((d) => d.replace(/Vanguard|index/, kind)),
    );
    const s = structureOf([...body, ...funds].join('\n'));
    expect(s.text).not.toContain('prospectus');
    expect(s.text).toContain('Vienna');
  });
  it("removes a sign-off asking to subscribe as the body's last line only", () => {
    const SIGN_OFF =
      'Thanks for reading this far, and if you liked the story, follow us on Instagram for more like it every single week.';
    const s = structureOf([...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), SIGN_OFF].join('\n'));
    expect(s.text).not.toContain('follow us on');
    expect(s.removed.map((r) => r.verdict)).toContainEqual({
      kind: 'promo',
      reason: "a sign-off at the body's end (words=22)",
    });
    const inside = structureOf([...head, P1, P2, SIGN_OFF, P3, P1.replace('Wednesday', 'Thursday')].join('\n'));
    expect(inside.text).toContain('follow us on');
  });
  it("removes a writer's self-introduction at the body's end, and what follows it", () => {
    const INTRO = "Hi, I'm Jane! I write about Russia and the talks for this blog every week.";
    const AFTER = 'If you want to chat, you can find me on all the social platforms.';
    const s = structureOf([...head, P1, P2, P3, P1.replace('Wednesday', 'Thursday'), INTRO, AFTER].join('\n'));
    expect(s.text).not.toContain("I'm Jane");
    expect(s.text).not.toContain('social platforms');
    expect(s.removed.map((r) => r.verdict)).toContainEqual({
      kind: 'author-bio',
      reason: "a writer's self-introduction at the body's end (words=15)",
    });
  });
  it('removes the short lines left after the last prose once a closing cut took what followed them', () => {
    const INTRO = "Hi, I'm Mary! I cover the talks in Geneva and Vienna for this blog every week.";
    const P4 = P1.replace('Wednesday', 'Thursday');
    const s = structureOf([...head, P1, P2, P3, P4, 'Mary Major', 'Senior Editor', INTRO].join('\n'));
    expect(s.text.endsWith(P4)).toBe(true);
    // The bio drew the name and role into the body; they leave with it.
    expect(s.removed.map((r) => r.verdict)).toContainEqual({
      kind: 'other',
      reason: "above a bio at the body's end, which alone drew it into the body (words=2)",
    });
  });
  it('removes a marked heading at the end of a short body when its section was a removed repeat', () => {
    const s = structureOf([...head, P1, '## Reaction in Berlin', P1].join('\n'));
    expect(s.text).toBe(P1);
    expect(s.removed.map((r) => r.verdict)).toContainEqual({
      kind: 'other',
      reason: "a short line after the body's last prose (words=3)",
    });
  });
  it('keeps a closing list under the sentence that opens it, or a labelled value, after the last prose', () => {
    const INTRO = "Hi, I'm Mary! I cover the talks in Geneva and Vienna for this blog every week.";
    const P4 = P1.replace('Wednesday', 'Thursday');
    const OPENS = 'The next rounds of the talks will be held in these two cities:';
    const list = structureOf([...head, P1, P2, P3, P4, OPENS, '• Geneva', '• Vienna', INTRO].join('\n'));
    expect(list.text).toContain('Vienna');
    // A list right under a sentence that does not open it is the post's tags (WCXB 2789 html-to-text).
    const tags = structureOf([...head, P1, P2, P3, P4, '• Geneva', '• Vienna', INTRO].join('\n'));
    expect(tags.text).not.toContain('Vienna');
    const source = structureOf(
      [...head, P1, P2, P3, P4, 'Talks', 'Source: Ministry of Foreign Affairs', INTRO].join('\n'),
    );
    expect(source.text).toContain('Ministry of Foreign Affairs');
  });
  it('keeps a heading whose words its paragraph repeats in lower case', () => {
    const s = structureOf([...head, P1, P2, P3, P1, 'Energy Markets', `Energy markets ${P2}`].join('\n'));
    expect(s.text).toContain('Energy Markets');
  });
});

describe('structure: the date over the headline', () => {
  const HEAD = 'Minister Says Talks With Russia Were Useful';
  it("yields to the headline's own dateline right under it", () => {
    const above = ['Home', 'Earlier post', 'December 16, 2025', 'Another post', 'December 4, 2025', HEAD];
    const s = structureOf([...above, 'March 1, 2017 by Jane Doe', P1, P2, P3].join('\n'));
    expect(s.publishedIso).toBe('2017-03-01');
  });
  it('is still read when no date stands under the headline', () => {
    const s = structureOf(['Home', 'Jane Doe', 'April 12, 2017', HEAD, P1, P2, P3].join('\n'));
    expect(s.publishedIso).toBe('2017-04-12');
  });
});

describe('structure: bare author names', () => {
  it('reads a bare name under the headline, beside the date, as the byline', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', 'Jane Doe', 'April 12, 2017', P1, P2, P3].join('\n'),
    );
    expect(s.byline).toBe('Jane Doe');
    expect(s.publishedIso).toBe('2017-04-12');
  });
  it("ends a byline's name at a wide gap that segment folded to one space", () => {
    const head = ['Home', 'Minister Says Talks With Russia Were Useful'];
    const s = structureOf([...head, 'By Jane Doe    View In Digital Edition', P1, P2, P3].join('\n'));
    expect(s.byline).toBe('Jane Doe');
    expect(structureOf([...head, 'By Jane Doe View In Digital Edition', P1, P2, P3].join('\n')).byline).toBe(
      'Jane Doe View',
    );
  });
  it("reads no name in an interface control's label under the headline", () => {
    const head = ['Home', 'Minister Says Talks With Russia Were Useful', 'Reading time about 6 minutes'];
    expect(structureOf([...head, 'Show Sidebar', P1, P2, P3].join('\n')).byline).toBeNull();
    // A share bar's button there too (WCXB 4597).
    expect(structureOf([...head, 'Print Article', P1, P2, P3].join('\n')).byline).toBeNull();
  });
  it('reads no name in a verb and the weekday before the date', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', 'Released Wednesday, April 12, 2017', P1, P2, P3].join(
        '\n',
      ),
    );
    expect(s.byline).toBeNull();
    expect(s.publishedIso).toBe('2017-04-12');
  });
  it('reads a bare name above the headline when a date follows it', () => {
    const s = structureOf(
      ['Home', 'Jane Doe', 'April 12, 2017', 'Minister Says Talks With Russia Were Useful', P1, P2, P3].join('\n'),
    );
    expect(s.byline).toBe('Jane Doe');
  });
  it("takes no entry of the site's menu over the date above the headline for a name: it is the story's section", () => {
    const menu = ['Politics', 'Digital Life', 'Science', 'Games'];
    const page = (kicker: string) =>
      [...menu, '', kicker, 'April 12, 2017', '', 'Minister Says Talks With Russia Were Useful', P1, P2, P3].join('\n');
    expect(structureOf(page('Digital Life')).byline).toBeNull();
    expect(structureOf(page('Jane Doe')).byline).toBe('Jane Doe');
  });
  it('reads a bare name written twice over the date, credentials and all', () => {
    const name = 'Dylan Bailey, MS, RD, FAND';
    const head = ['Home', 'Minister Says Talks With Russia Were Useful', 'Report this article'];
    const page = (names: string[]): string => [...head, ...names, 'Published Apr 12, 2017', P1, P2, P3].join('\n');
    expect(clean(page([name, name])).byline).toBe(name);
    expect(clean(page([name, 'Edited by the desk'])).byline).toBeNull();
  });
  it('prefers a byline that says "By" to a bare name beside the date', () => {
    const s = structureOf(
      [
        'Home',
        'Top Picks',
        'April 12, 2017',
        'Minister Says Talks With Russia Were Useful',
        'By Jane Doe',
        P1,
        P2,
        P3,
      ].join('\n'),
    );
    expect(s.byline).toBe('Jane Doe');
  });
  it('takes no section label beside the date for a name: its words are written in lower case elsewhere', () => {
    const page = ['Home', 'Minister Says Talks With Russia Were Useful', 'Get Started', 'April 12, 2017', P1, P2];
    expect(structureOf([...page, P3].join('\n')).byline).toBe('Get Started');
    expect(structureOf([...page, `${P3} We get started.`].join('\n')).byline).toBeNull();
  });
  it("reads a name in the byline's slot, right under the headline and over the date, by one word alone", () => {
    const head = ['Home', 'Minister Says Talks With Russia Were Useful'];
    const body = [P1, P2, `${P3} The team met twice, in two sessions.`];
    const byline = (meta: string[]) => structureOf([...head, ...meta, ...body].join('\n')).byline;
    // "team" and "sessions" are written in lower case, "Everfit" is not.
    expect(byline(['Everfit Team', 'Nov 08, 2025 7 min read'])).toBe('Everfit Team');
    expect(byline(['Everfit Sessions', 'Nov 08, 2025 7 min read'])).toBe('Everfit Sessions');
    expect(byline(['Mazi', 'April 12, 2017'])).toBe('Mazi');
    // Past the slot, or with no date under it, the same lines are labels.
    expect(byline(['Everfit Sessions', 'Sponsored', 'Nov 08, 2025 7 min read'])).toBeNull();
    // A team's name signs the post wherever it stands under the headline (WCXB 0439).
    expect(byline(['Everfit Team', 'Sponsored', 'Nov 08, 2025 7 min read'])).toBe('Everfit Team');
    expect(byline(['Mazi', 'Sponsored'])).toBeNull();
    expect(byline(['MAZI', 'April 12, 2017'])).toBeNull();
  });
  it("reads a user name in lower case in the byline's slot over the date (WCXB 4070, 0486)", () => {
    const head = ['Home', 'Minister Says Talks With Russia Were Useful'];
    const byline = (meta: string[]) => structureOf([...head, ...meta, P1, P2, P3].join('\n')).byline;
    expect(byline(['inikosoftseo', 'September 8, 2025'])).toBe('inikosoftseo');
    expect(byline(['3d23d65-ddc6-4ce5', 'Dec 16, 2025'])).toBe('3d23d65-ddc6-4ce5');
    // With no date under it, or past the slot, a word in lower case is a tag.
    expect(byline(['inikosoftseo', 'Sponsored'])).toBeNull();
    expect(byline(['inikosoftseo', 'Sponsored', 'September 8, 2025'])).toBeNull();
  });
  it('reads a name under the dateline under the headline when the page writes it again (WCXB 0159)', () => {
    const head = ['Home', 'Minister Says Talks With Russia Were Useful', 'July 5, 2025'];
    const byline = (meta: string[], tail: string[] = []) =>
      structureOf([...head, ...meta, P1, P2, `${P3} The green team met.`, ...tail].join('\n')).byline;
    // "green" is written in lower case: the name must stand again on a line of its own.
    expect(byline(['Madison Green'], ['Madison Green'])).toBe('Madison Green');
    expect(byline(['Madison Green'])).toBeNull();
    // A source in capitals under a news story's date is no name (multisite foxnews).
    expect(byline(['GREEN TEAM'], ['GREEN TEAM'])).toBeNull();
  });
  it("takes no category for a name in the slot under a name's shape, nor a menu over a facet", () => {
    const head = ['Home', 'Minister Says Talks With Russia Were Useful'];
    const byline = (meta: string[]) => structureOf([...head, ...meta, P1, P2, `${P3} A wedding.`].join('\n')).byline;
    expect(byline(['Dek Of The Article: Talks Went Well', 'Jane Doe', 'April 12, 2017'])).toBe('Jane Doe');
    expect(byline(['Ridvika Arora', 'Marketing', 'April 12, 2017'])).toBe('Ridvika Arora');
    expect(byline(['Wedding Venues', 'By State', 'By Style'])).not.toBe('Wedding Venues');
  });
  it('reads a name in the slot under a category whose words the page writes in lower case (WCXB 2035)', () => {
    const head = ['Home', 'Minister Says Talks With Russia Were Useful'];
    const tail = `${P3} The video production team met twice.`;
    const byline = (meta: string[]) => structureOf([...head, ...meta, P1, P2, tail].join('\n')).byline;
    expect(byline(['Video Production', 'Team Talkwatch', 'April 12, 2017'])).toBe('Team Talkwatch');
    // A name over it makes the line a role: "Marketing Team" is written by no other line.
    expect(byline(['Ridvika Arora', 'Team Talkwatch', 'April 12, 2017'])).not.toBe('Team Talkwatch');
  });
  it('prefers the name in the slot to a label beside a date above the headline', () => {
    const s = structureOf(
      [
        'Home',
        'Products and Tools',
        'April 12, 2017',
        'Minister Says Talks With Russia Were Useful',
        'Spencer McIntyre',
        'Dec 19, 2025',
        P1,
        P2,
        P3,
      ].join('\n'),
    );
    expect(s.byline).toBe('Spencer McIntyre');
  });
  it('reads the name on a date line, with "By" after the date or a label glued to the name', () => {
    const under = (meta: string) =>
      structureOf(['Home', 'Minister Says Talks With Russia Were Useful', meta, P1, P2, P3].join('\n')).byline;
    expect(under('September 1st, 2023 By Jane Doe')).toBe('Jane Doe');
    expect(under('January 20th, 2025 by JWU')).toBe('JWU');
    expect(under('Tuesday January 20th, 2025')).toBeNull();
    expect(under('JANE DOELAST UPDATED NOV 6, 2025')).toBe('JANE DOE');
    expect(under('03/01/2017 by Jane Doe, Candidate Representative')).toBe('Jane Doe');
  });
  it('takes no tags joined by a comma beside a date for a name', () => {
    const under = (meta: string) =>
      structureOf(['Home', 'Minister Says Talks With Russia Were Useful', meta, P1, P2, P3].join('\n')).byline;
    expect(under('Sides, Sourdough · December 9, 2021')).toBeNull();
    expect(under('Written By Feb 11, 2019 · 3 min read')).toBeNull();
  });
  it('takes no date label or weekday for a name', () => {
    const s = structureOf(
      ['Minister Says Talks With Russia Were Useful', 'Published April 12, 2017', P1, P2, P3].join('\n'),
    );
    expect(s.byline).toBeNull();
  });
});

describe('structure: bylines found late', () => {
  it("takes the page's first byline line when none stands by the headline (an author box after the body)", () => {
    const s = structureOf(
      [
        'Home',
        'Minister Says Talks With Russia Were Useful',
        P1,
        P2,
        P3,
        'About the author',
        'Written by Jane Doe',
      ].join('\n'),
    );
    expect(s.byline).toBe('Jane Doe');
  });
  it('reads a bare name under the headline that the page writes again', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', 'Jane Doe', P1, P2, P3, 'More from Jane Doe'].join('\n'),
    );
    expect(s.byline).toBe('Jane Doe');
    expect(s.removed.map((r) => r.index)).not.toContain(2);
  });
  it("dates the article by the first date line up to the body's end when none stands by the headline", () => {
    const body = Array.from({ length: 10 }, (_, i) => `${[P1, P2, P3][i % 3]} Round ${i} went on into the night.`);
    const head = ['Minister Says Talks With Russia Were Useful', 'Share', 'Tweet', ...body.slice(0, 9)];
    const late = structureOf([...head, 'Updated on Dec. 09, 2025', body[9]].join('\n'));
    expect(late.publishedIso).toBe('2025-12-09');
    const comments = structureOf([...head, body[9], 'Comments', 'Jane Doe', 'January 23, 2025'].join('\n'));
    expect(comments.publishedIso).toBeNull();
  });
  it('dates the article by a labelled date line just after the body, not by an unlabelled one', () => {
    const body = Array.from({ length: 10 }, (_, i) => `${[P1, P2, P3][i % 3]} Round ${i} went on into the night.`);
    const head = ['Minister Says Talks With Russia Were Useful', 'Share', 'Tweet', ...body];
    expect(structureOf([...head, 'Last updated: Dec. 09, 2025', 'Park footer'].join('\n')).publishedIso).toBe(
      '2025-12-09',
    );
    expect(structureOf([...head, 'Published', 'December 9, 2025', 'Author'].join('\n')).publishedIso).toBe(
      '2025-12-09',
    );
    expect(structureOf([...head, 'Comments', 'Jane Doe', 'December 9, 2025'].join('\n')).publishedIso).toBeNull();
    expect(structureOf([...head, 'Written by Jane Doe', 'December 9, 2025'].join('\n')).publishedIso).toBe(
      '2025-12-09',
    );
    // A government page's foot (WCXB 0064, 0179).
    expect(structureOf([...head, 'Content current as of:', '12/19/2025'].join('\n')).publishedIso).toBe('2025-12-19');
    expect(structureOf([...head, 'Page last modified Dec. 9, 2025 @ 01:39 PM EST'].join('\n')).publishedIso).toBe(
      '2025-12-09',
    );
  });
  it("dates the article by the post's footer dateline just after the body: a date, then its fields (WCXB 4239)", () => {
    const body = Array.from({ length: 10 }, (_, i) => `${[P1, P2, P3][i % 3]} Round ${i} went on into the night.`);
    const head = ['Minister Says Talks With Russia Were Useful', 'Share', 'Tweet', ...body];
    const footer = 'Tuesday, March 3rd, 2026 at 9:15 am | Filed under: Politics, Europe |';
    expect(structureOf([...head, 'Tags: talks, Geneva', footer, 'Park footer'].join('\n')).publishedIso).toBe(
      '2026-03-03',
    );
    expect(structureOf([...head, '3 March 2026, 09:15 • Politics'].join('\n')).publishedIso).toBe('2026-03-03');
    // A related post's card gives its day alone; a line that a sentence opens dates something else.
    expect(structureOf([...head, 'Other talks', 'March 3, 2026 | Politics'].join('\n')).publishedIso).toBeNull();
    expect(structureOf([...head, 'Seen on March 3, 2026 at 9:15 am | Politics'].join('\n')).publishedIso).toBeNull();
  });
  it('dates the article by a date under its label alone far past the body, not by a labelled line there (WCXB 0463)', () => {
    const body = Array.from({ length: 10 }, (_, i) => `${[P1, P2, P3][i % 3]} Round ${i} went on into the night.`);
    const head = ['Minister Says Talks With Russia Were Useful', 'Share', 'Tweet', ...body];
    const tags = Array.from({ length: 14 }, (_, i) => `Tag ${i}`);
    expect(structureOf([...head, ...tags, 'PUBLISHED', 'Feb 2, 2023', 'Related'].join('\n')).publishedIso).toBe(
      '2023-02-02',
    );
    expect(structureOf([...head, ...tags, 'Published: Feb 2, 2023', 'Related'].join('\n')).publishedIso).toBeNull();
  });
  it('takes no section label under the headline for a name: its words are written in lower case elsewhere', () => {
    const label = 'Case Studies';
    const page = ['Home', 'Minister Says Talks With Russia Were Useful', label, P1, `${P2} Two case studies.`, P3];
    expect(structureOf([...page, `More ${label}`].join('\n')).byline).toBeNull();
    expect(structureOf([...page.slice(0, 4), P2, P3, `More ${label}`].join('\n')).byline).toBe(label);
  });
  it('reads a bare name the page writes once when its last word stands nowhere else', () => {
    const s = structureOf(['Home', 'Minister Says Talks With Russia Were Useful', 'Jane Doe', P1, P2, P3].join('\n'));
    expect(s.byline).toBe('Jane Doe');
    expect(s.text).not.toContain('Jane Doe');
  });
  it('takes no name written once under a short headline (a menu entry taken for it)', () => {
    const s = structureOf(['Home', 'Talks With Russia', 'Case Reports', P1, P2, P3].join('\n'));
    expect(s.title).toBe('Talks With Russia');
    expect(s.byline).toBeNull();
  });
  it('takes no label written once whose last word another line uses', () => {
    const page = ['Home', 'Minister Says Talks With Russia Were Useful', 'Start Trial', P1, P2, P3, 'Start Free Trial'];
    expect(structureOf(page.join('\n')).byline).toBeNull();
  });
  it('takes no bare name with an ampersand that the page writes only once', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', 'Download & Print', P1, P2, P3].join('\n'),
    );
    expect(s.byline).toBeNull();
  });
  it('reads a bare name under the dek, and leaves the dek alone', () => {
    const dek = 'Both sides agreed to meet again in Geneva after the holidays';
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', dek, 'Jane Doe', P1, P2, P3].join('\n'),
    );
    expect(s.byline).toBe('Jane Doe');
    expect(s.removed.map((r) => r.index)).not.toContain(3);
    expect(s.text).not.toContain('Jane Doe');
  });
  it("takes no name under a line that has a name's shape itself (a section label)", () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', 'Politics', 'Jane Doe', P1, P2, P3].join('\n'),
    );
    expect(s.byline).toBeNull();
  });
});

describe('structure: a byline glued to the headline', () => {
  it('splits the headline from a byline run on at its end, and reads it', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful by Jane Doe on April 12, 2017', P1, P2, P3].join('\n'),
    );
    expect(s.title).toBe('Minister Says Talks With Russia Were Useful');
    expect(s.byline).toBe('Jane Doe');
    expect(s.publishedIso).toBe('2017-04-12');
  });
  it('takes the name under a bare "by" at the headline’s end', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful by', 'Jane Doe', 'April 12, 2017', P1, P2, P3].join('\n'),
    );
    expect(s.title).toBe('Minister Says Talks With Russia Were Useful');
    expect(s.byline).toBe('Jane Doe');
  });
});

describe('structure: a byline under the dek', () => {
  it('reads the byline and date from a meta line among the body’s first lines', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', P1, 'By Jane Doe | April 12, 2017', P2, P3].join('\n'),
    );
    expect(s.byline).toBe('Jane Doe');
    expect(s.publishedIso).toBe('2017-04-12');
  });
  it('reads a name under a bare "Written by" in the body, and takes both lines out of it', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', P1, 'Written by', 'Jane Doe', P2, P3].join('\n'),
    );
    expect(s.byline).toBe('Jane Doe');
    expect(s.text).not.toContain('Jane Doe');
    expect(s.removed.find((r) => r.index === 3)?.verdict.reason).toBe("a bare byline prefix over the author's name");
  });
  it('leaves a sentence under the dek in the body', () => {
    const s = structureOf(['Home', 'Minister Says Talks With Russia Were Useful', P1, 'By the way', P2, P3].join('\n'));
    expect(s.byline).toBeNull();
  });
  it('reads a byline that follows the date', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', 'April 12, 2017 by Jane Doe', P1, P2, P3].join('\n'),
    );
    expect(s.byline).toBe('Jane Doe');
  });
});

describe('structure: a dek the body search took in', () => {
  const TITLE = 'Minister Says Talks With Russia Were Useful';
  const DEK = 'A deal with Moscow used to be a farfetched dream. Now it is within reach, the minister says.';
  it('takes the sentence between the headline and the byline out of the body, as the highlights (WCXB 0133)', () => {
    const s = structureOf(['Home', TITLE, DEK, 'By Jane Doe April 12, 2017', P1, P2, P3].join('\n'));
    expect(s.highlights).toEqual([DEK]);
    expect(s.text).not.toContain('farfetched');
    expect(s.byline).toBe('Jane Doe');
  });
  it("takes the dek out of the body over the author's bare name (WCXB 0487)", () => {
    const dek = `${DEK} Officials in both capitals said a new round of talks would open in Geneva after the holidays.`;
    const s = structureOf(['Home', TITLE, dek, 'Jane Doe', 'Politics', P1, P2, P3].join('\n'));
    expect(s.highlights).toEqual([dek]);
    expect(s.byline).toBe('Jane Doe');
    expect(s.text).not.toContain('farfetched');
  });
  it('leaves the first paragraph in the body when a paragraph that mentions a date follows it (WCXB 0392)', () => {
    const dated = 'The talks, which opened on Wednesday, December 17 2025, run until January 6.';
    const s = structureOf(['Home', TITLE, DEK, dated, P1, P2, P3].join('\n'));
    expect(s.highlights).toEqual([]);
    expect(s.text).toContain('farfetched');
  });
  it('leaves the first paragraph in the body when a heading follows it', () => {
    const s = structureOf(['Home', TITLE, DEK, 'What The Talks Were About', P1, P2, P3].join('\n'));
    expect(s.highlights).toEqual([]);
    expect(s.text).toContain('farfetched');
  });
});

describe('structure: a date line with more in it under the headline', () => {
  it('reads the date from a line of date, name and comments right under the headline', () => {
    const s = structureOf(
      ['Home', 'Minister Says Talks With Russia Were Useful', 'May 3, 2017 Jane Doe 4 Comments', P1, P2, P3].join('\n'),
    );
    expect(s.publishedIso).toBe('2017-05-03');
  });
  it('takes no date from a sentence under the headline', () => {
    const s = structureOf(
      [
        'Home',
        'Minister Says Talks With Russia Were Useful',
        'Talks resumed on May 3, 2017 in Geneva.',
        P1,
        P2,
        P3,
      ].join('\n'),
    );
    expect(s.publishedIso).toBeNull();
  });
});

describe('structure: a body line right under its own copy', () => {
  const prose =
    'The minister said on Wednesday that the talks with Russia had been useful for both sides. The agreement, which was signed in Berlin, is due to come into force next year.';
  const late = 'It was not clear how many workers would return to the factory on Monday.';
  const closing = `${late} Many people in the village said they had never seen a flood like it.`;
  const page = (list: string): string => [prose, list, late, closing].join('\n\n');
  // Why: the lines between the copies leave after the detectors (under a legal header), and the article's text
  // would show the item twice (test/properties.test.ts).
  it('removes the copy once the lines between have left the body', () => {
    const article = clean(
      page(
        '• A new bridge over the river\n© 2025 Example Media. All rights reserved\n• Cheaper bus fares\n• A new bridge over the river',
      ),
    );
    expect(article.text.match(/A new bridge/g)).toHaveLength(1);
    expect(article.removed.map((r) => r.reason)).toContain('repeats the line above (words=6)');
  });
  it('keeps a repeat with a kept line between', () => {
    const article = clean(page('• A new bridge over the river\n• Cheaper bus fares\n• A new bridge over the river'));
    expect(article.text.match(/A new bridge/g)).toHaveLength(2);
  });
});

describe('structure: a dateline over the headline', () => {
  const headline = 'Minister Says Talks With Russia Were Useful';
  it('dates the post from a line over the headline that opens with a labelled date and runs on', () => {
    const dateline = `Posted on April 12, 2017 by Jane Doe - 5 Comments on ${headline}`;
    const s = structureOf(['Home', dateline, headline, P1, P2, P3].join('\n'));
    expect(s.title).toBe(headline);
    expect(s.publishedIso).toBe('2017-04-12');
  });
  it('leaves a ticker’s bracketed date over the headline alone: it dates another story', () => {
    const ticker = '[ April 12, 2017 ] Travel news: this month in luxury travel Uncategorized';
    const s = structureOf(['Home', ticker, headline, P1, P2, P3].join('\n'));
    expect(s.title).toBe(headline);
    expect(s.publishedIso).toBeNull();
  });
});

describe('structure: section cards under the article', () => {
  const page = [
    ' * Politics',
    ' * Mobility',
    ' * Digital Life',
    ' * Business',
    '',
    'Ride service starts robotaxi trips in Phoenix',
    '',
    'Some customers of the ride service in Phoenix will soon travel in self-driving cars of a sister company of Google.',
    '',
    'The company had long offered to bring driverless cars of several makers into its service, its chief said on Tuesday.',
    '',
    'The robotaxis will still carry a safety driver at the wheel, who can take over whenever the car needs help.',
    '',
    'Digital Life',
    '',
    'Taxi app loses its case in court',
    '',
    'The ride service failed with a motion against the city taxi centre at the commercial court.',
    '',
    'Mobility',
    '',
    'Carmakers asked to fund driverless cars',
    '',
    'The sister company is looking for investors from the car industry for its self-driving cars.',
  ].join('\n');

  it('removes the teasers whose categories the menu lists, and says why', () => {
    const article = clean(page);
    expect(article.text).toContain('safety driver');
    expect(article.text).not.toContain('Taxi app loses');
    expect(article.text).not.toContain('investors from the car industry');
    const reasons = article.removed.filter((r) => r.text === 'Mobility').map((r) => r.reason);
    expect(reasons).toContain("a card under a category of the page's menu, in a run closing the body (words=1)");
  });
});

describe('structure of a clean text', () => {
  const GRIND = 'Grind the beans medium fine, a little coarser than table salt, just before you brew them.';
  const text = ['Brewing guide', 'Ratio', P1, P2, P3, 'Grind', GRIND].join('\n');
  const run = (clean: Pick<StructureInput, 'whole' | 'headline'>) => {
    const lines = linesOf(text);
    const verdicts = lines.map(() => undefined);
    const scores = lines.map((l) => scoreLine(l, undefined, EN.stopwords, MODE_SETTINGS.balanced));
    const extent = { start: 0, end: lines.length - 1 };
    return structure({ text, lines, verdicts, extent, scores, lang: EN, script: 'latin', ...clean });
  };

  it("takes the search's headline only over the first sentence, else the one it is given, or none", () => {
    expect(run({ headline: { within: 2, otherwise: 0 } }).title).toBe('Brewing guide');
    expect(run({ headline: { within: 0, otherwise: -1 } }).title).toBeNull();
    expect(run({ headline: { within: 1, otherwise: -1 } }).title).toBeNull();
  });

  it('lets no line of a whole text leave the body as a bio', () => {
    expect(run({ headline: { within: 2, otherwise: 0 } }).removed.map((r) => r.verdict.kind)).toEqual([
      'author-bio',
      'author-bio',
    ]);
    expect(run({ headline: { within: 2, otherwise: 0 }, whole: true }).removed).toEqual([]);
  });
});

describe("the writer's dateline after the body", () => {
  const head = ['Home', 'Minister Says Talks With Russia Were Useful', 'By Jane Doe'];
  const page = (tail: string[]) => structureOf([...head, P1, P2, P3, ...tail].join('\n'));
  it('dates the article by its earliest date when it opens with the byline (WCXB 4817)', () => {
    const s = page(['Jane Doe2024-04-18T13:00:39+00:00March 22nd, 2024|Reviews|', 'Share This Article']);
    expect(s.byline).toBe('Jane Doe');
    expect(s.publishedIso).toBe('2024-03-22');
  });
  it('leaves a date line after the body that names no one, or someone else, undated', () => {
    expect(page(['John Roe March 22nd, 2024|Reviews|', 'Share This Article']).publishedIso).toBeNull();
    expect(page(['March 22nd, 2024|Reviews|', 'Share This Article']).publishedIso).toBeNull();
  });
});

describe("a dateline in the body's first lines", () => {
  const head = ['Home', 'Minister Says Talks With Russia Were Useful', P1, 'Tags: Politics'];
  const dateOf = (line: string) => structureOf([...head, line, P2, P3].join('\n')).publishedIso;
  it('dates the article when its date opens fields that bullets part (WCXB 0458 html-to-text)', () => {
    expect(dateOf('12/19/2025 • Friday Philosophy • David Gordon')).toBe('2025-12-19');
  });
  it('takes no changelog entry that goes on after its date for one (WCXB 0482)', () => {
    expect(dateOf('2022-04-12 Link to Choosing Software · Gwern.net')).toBeNull();
  });
});
