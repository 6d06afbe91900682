import { describe, expect, it } from 'vitest';
import {
  excerptCards,
  labelledCardsAtEnd,
  menuEntries,
  sectionCardsAtEnd,
  testimonials,
} from '../../src/structure/cards.js';
import { linesOf } from '../helpers.js';

const ARTICLE = [
  'The city council voted on Tuesday to widen the bridge over the river by two lanes.',
  'Council members said the bridge carries twice the traffic it was built for and jams every morning.',
];

/** Post cards of `text`, with no line written twice. */
const cardsOf = (text: string) => excerptCards(linesOf(text), () => false);

const texts = (lines: readonly { text: string }[]): string[] => lines.map((line) => line.text);

describe('excerptCards', () => {
  const cards = [
    'How to plan a small kitchen garden',
    'Growing your own herbs takes less room than most people think, and a sunny sill is often enough to...',
    'Five shrubs that survive a dry summer',
    'When the rain stops in July, most gardens suffer, but a few tough shrubs keep their leaves green and…',
    'Why we stopped mowing the back lawn',
    'A meadow in place of a lawn brings bees, saves water and frees up every Saturday morning of the [...]',
  ];

  it('cuts a run of headlines over excerpts cut short', () => {
    expect(texts(cardsOf([...ARTICLE, ...cards].join('\n')))).toEqual(cards);
  });

  it('cuts an excerpt cut short right before the run, a card whose headline stood elsewhere', () => {
    const orphan = 'Our guide to composting covers bins, heaps and worms, and how long each one takes to give you...';
    expect(texts(cardsOf([...ARTICLE, orphan, ...cards].join('\n')))).toEqual([orphan, ...cards]);
  });

  it('reads a bracketed ellipsis of one character ("[…]") as one cut short too', () => {
    const bracketed = cards.map((line) => line.replace(/(\.\.\.|…|\[\.\.\.\])$/u, '[…]'));
    expect(texts(cardsOf([...ARTICLE, ...bracketed].join('\n')))).toEqual(bracketed);
  });

  it('keeps the article’s own headings over whole paragraphs', () => {
    const sections = cards.map((line, i) => (i % 2 ? line.replace(/(\.\.\.|…|\[\.\.\.\])$/u, ' today.') : line));
    expect(cardsOf([...ARTICLE, ...sections].join('\n'))).toEqual([]);
  });

  it('cuts cards with a category over the headline at the body’s end, not in its middle', () => {
    const headed = cards.flatMap((line, i) => (i % 2 ? [line] : ['Gardening', line]));
    expect(texts(cardsOf([...ARTICLE, ...headed].join('\n')))).toEqual(headed);
    const middle = [...ARTICLE, ...headed, ...ARTICLE, ...ARTICLE, ...ARTICLE, ...ARTICLE, ...ARTICLE];
    expect(cardsOf([...ARTICLE, ...ARTICLE, ...ARTICLE, ...ARTICLE, ...middle].join('\n'))).toEqual([]);
  });

  describe('with headlines written twice (WCXB 4698)', () => {
    const doubledCards = [
      'FlipFuel Fuel Transfer Device Review',
      'Stop hauling around half-empty fuel canisters. Quickly refill and balance out your partially used canister before your next trip.',
      'Best Backpacking Quilts of 2026',
      'From the deep forests of the coastal Pacific Northwest to Arizona’s desert and beyond, we’ve vetted the best backpacking quilts.',
      'Men’s Paka Apu Parka Review',
      'This jacket combines alpaca and synthetic insulation with dependable weather protection, offering warm, breathable comfort.',
    ];
    // The input writes each headline twice in a row; the kept lines hold the first copy.
    const isDoubled = (line: { text: string }): boolean => doubledCards.indexOf(line.text) % 2 === 0;

    it('cuts a run of three at the body’s end, excerpts whole', () => {
      const body = [...ARTICLE, ...ARTICLE, ...ARTICLE, ...ARTICLE, ...ARTICLE];
      expect(texts(excerptCards(linesOf([...body, ...doubledCards].join('\n')), isDoubled))).toEqual(doubledCards);
    });
    it('keeps two, and a run in the middle of the body', () => {
      const body = [...ARTICLE, ...ARTICLE, ...ARTICLE, ...ARTICLE, ...ARTICLE];
      expect(excerptCards(linesOf([...body, ...doubledCards.slice(2)].join('\n')), isDoubled)).toEqual([]);
      const middle = [...body, ...doubledCards, ...body].join('\n');
      expect(excerptCards(linesOf(middle), isDoubled)).toEqual([]);
    });
    it('keeps headlines written once over whole excerpts', () => {
      const body = [...ARTICLE, ...ARTICLE, ...ARTICLE, ...ARTICLE, ...ARTICLE];
      expect(cardsOf([...body, ...doubledCards].join('\n'))).toEqual([]);
    });
  });

  it('cuts two cards, both cut short (WCXB 0281)', () => {
    const two = [
      'Top 4 Oats Companies and Brands in the World: Global Leaders 2025',
      'According to Expert Market Research, The top 4 oats companies and brands are Grain Millers, Inc., Th...',
      'Top 5 NFC Manufacturers and Companies in the World 2025',
      'According to Expert Market Research, the top 5 NFC manufacturers and companies are Thales Group, Bro...',
    ];
    expect(texts(cardsOf([...ARTICLE, ...two].join('\n')))).toEqual(two);
  });

  it('keeps one card, or two of which one is whole: too few to tell from the article', () => {
    expect(cardsOf([...ARTICLE, ...cards.slice(0, 2)].join('\n'))).toEqual([]);
    const whole = [...cards.slice(0, 3), cards[3]?.replace(/…$/u, ' dry.') ?? ''];
    expect(cardsOf([...ARTICLE, ...whole].join('\n'))).toEqual([]);
  });
});

describe('menuEntries', () => {
  // WCXB 0005 html-to-text: a hidden mega-menu written out after the article.
  const menu = [
    ' * Reports and insights',
    ' * Executive insights',
    '   Curated C-suite perspectives.',
    ' * Analyst reports',
    '   Read what industry analysts say about us.',
    ' * Whitepapers',
    '   Browse and download popular whitepapers.',
    ' * Customer stories',
    '   Explore case studies and videos.',
    ' * Compute Engine',
    '   Virtual machines running in Google’s data center.',
    ' * Cloud Storage',
    '   Object storage that’s secure, durable, and scalable.',
  ];

  it('cuts a run of short list items each over a one-sentence blurb, with a section name over one', () => {
    expect(texts(menuEntries(linesOf([...ARTICLE, ...menu].join('\n'))))).toEqual(
      menu.map((line) => line.trim().replace(/^\* /u, '')),
    );
  });

  it('keeps a short list with notes, and items over paragraphs', () => {
    expect(menuEntries(linesOf([...ARTICLE, ...menu.slice(0, 9)].join('\n')))).toEqual([]);
    const items = menu.map((line) => (line.startsWith('   ') ? `   ${ARTICLE[0]} ${ARTICLE[1]}` : line));
    expect(menuEntries(linesOf([...ARTICLE, ...items].join('\n')))).toEqual([]);
  });
});

describe('testimonials', () => {
  const reviews = [
    'The staff were kind and the waiting room was spotless, we felt welcome.',
    'Rosa T.',
    'Short waits, clear answers, and a doctor who listens to my kids.',
    'K. Marie L.',
    'Best clinic in town, we have been coming here for six years now.',
    'happyparent22',
  ];

  it('cuts a run of reviews signed with initials or handles', () => {
    expect(texts(testimonials(linesOf([...ARTICLE, ...reviews].join('\n'))))).toEqual(reviews);
  });

  it('goes on over the carousel’s extra signatures', () => {
    const more = [
      ...reviews,
      'Dana W.',
      'Omar',
      'A great place for the whole family and its youngest members.',
      'Lee P.',
    ];
    expect(texts(testimonials(linesOf([...ARTICLE, ...more].join('\n'))))).toEqual(more);
  });

  it('keeps paragraphs under short headings that sign nothing', () => {
    const sections = [
      'The bridge will close one lane at a time while the work goes on for a year.',
      'Traffic',
      'Buses will keep their lanes and the council will add two routes across the river.',
      'Parking',
      'Shops near the bridge asked the council for help with parking during the work.',
      'Schedule',
    ];
    expect(testimonials(linesOf([...ARTICLE, ...sections].join('\n')))).toEqual([]);
  });

  it('keeps quoted mail whose short lines are lower case', () => {
    const mail = [
      '> care to share the changes back to the tree soon?',
      '> re',
      'Sure, I can send you a tar of it today if you like.',
      '> cu',
    ];
    expect(testimonials(linesOf([...ARTICLE, ...mail, ...mail].join('\n')))).toEqual([]);
  });
});

describe('labelledCardsAtEnd', () => {
  const PROSE =
    'The delegations met on Wednesday and agreed that the talks had been useful for both sides of the table.';
  const CARDS = [
    '4',
    'What Is the Travel Rule and How Does It Work',
    '5',
    'How Two Countries Approach the Same Rules',
    '6',
    'What Challenges Do Small Companies Face Abroad',
  ];
  const cardsOf = (lines: string[]) => labelledCardsAtEnd(linesOf(lines.join('\n'))).map((l) => l.text);

  it('cuts a run of labels over headlines that closes the body', () => {
    expect(cardsOf([PROSE, PROSE, ...CARDS])).toEqual(CARDS);
  });
  it('keeps such a run when the body goes on after it, and two cards', () => {
    expect(cardsOf([PROSE, ...CARDS, PROSE])).toEqual([]);
    expect(cardsOf([PROSE, ...CARDS.slice(2)])).toEqual([]);
  });
});

describe('sectionCardsAtEnd', () => {
  const PROSE = [
    'Lyft ist deutlich kleiner als Uber und bisher nur in Nordamerika aktiv, wächst aber schneller als der Marktführer.',
    'Für das laufende Quartal rechnet das Unternehmen mit einem Umsatzplus von sechzig Prozent auf mindestens 800 Millionen.',
    'Die Aktie verlor im nachbörslichen Handel nach anfänglichen Zuwächsen zeitweise rund vier Prozent an Wert.',
  ];
  const CARDS = [
    'Digital Life',
    'Uber erleidet Rückschlag vor Gericht',
    'Der Fahrtdienst ist mit einem Antrag gegen die Taxizentrale beim Handelsgericht abgeblitzt.',
    'B2B',
    'Waymo bittet Autohersteller um Geld',
    'Die Schwesterfirma sucht Investoren aus der Autobranche für ihre selbstfahrenden Autos.',
  ];
  const menu = new Set(['digital life', 'b2b', 'science']);
  const isMenuEntry = (line: { text: string }): boolean => menu.has(line.text.toLowerCase());

  it('takes the cards under the article whose categories the menu lists', () => {
    const cut = sectionCardsAtEnd(linesOf([...PROSE, ...CARDS].join('\n')), isMenuEntry);
    expect(cut.map((l) => l.text)).toEqual(CARDS);
  });
  it('keeps a listing whose entries the body above opens with the same label', () => {
    const listing = [...CARDS.slice(3), ...PROSE, ...CARDS];
    expect(sectionCardsAtEnd(linesOf(listing.join('\n')), isMenuEntry)).toEqual([]);
  });
  it('keeps headings over paragraphs that are no menu entries', () => {
    const headed = CARDS.map((t) => (isMenuEntry({ text: t }) ? 'Ein Abschnitt' : t));
    expect(sectionCardsAtEnd(linesOf([...PROSE, ...headed].join('\n')), isMenuEntry)).toEqual([]);
  });
});
