import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';

const ITEM = (name: string): string[] => [
  name,
  `The ${name} is a light and roomy pack that carried a full load through a week of rain in the mountains without a leak.`,
  `Check price at REI`,
];

describe('reviseShortLines: shop buttons', () => {
  const text = [
    'The Best Backpacks of the Year',
    'We carried every pack on this list for at least a hundred miles before we wrote a word about any of them.',
    ...ITEM('Osprey Exos'),
    ...ITEM('Gregory Focal'),
    ...ITEM('Durston Kakwa'),
    'Whichever pack you choose, fit matters more than weight, so try it on with a full load before a long trip.',
  ].join('\n\n');

  it('removes the buttons under each product and keeps every product in the body', () => {
    const article = clean(text);
    expect(article.text).not.toContain('Check price');
    expect(article.text).toContain('Durston Kakwa is a light');
    expect(article.text).toContain('fit matters more');
    expect(article.removed.filter((r) => r.kind === 'ad').map((r) => r.reason)).toEqual([
      'shop button "check price" in the body (words=4)',
      'shop button "check price" in the body (words=4)',
      'shop button "check price" in the body (words=4)',
    ]);
  });

  it('keeps a sentence that mentions checking prices', () => {
    const article = clean(text.replace('fit matters more', 'check prices at several shops, as fit matters more'));
    expect(article.text).toContain('check prices at several shops');
  });
});

describe('reviseShortLines: price offers', () => {
  const OFFER = (name: string, offer: string): string[] => [
    name,
    `The ${name} brews a full pot in six minutes and keeps it hot for two hours without scorching the coffee at all.`,
    offer,
  ];
  const text = [
    'The Best Coffee Makers of the Year',
    'We brewed a hundred pots on each machine on this list before we wrote a word about any of them.',
    ...OFFER('Moccamaster', '$329 at Amazon $349 at Target'),
    ...OFFER('Bonavita Connoisseur', '$150 $120 AT BROOKS COFFEE'),
    ...OFFER('Ninja Specialty', '$228 from Walmart'),
    'Entry to the tasting costs',
    '$50 at the door',
    'Whichever machine you choose, grind the beans fresh, as it matters more than the machine itself.',
  ].join('\n\n');

  it('removes the price buttons under each product and keeps every product in the body', () => {
    const article = clean(text);
    expect(article.text).not.toContain('at Amazon');
    expect(article.text).not.toContain('from Walmart');
    expect(article.text).toContain('Ninja Specialty brews');
    expect(article.removed.filter((r) => r.kind === 'ad').map((r) => r.reason)).toEqual([
      'price offer in the body (words=6)',
      'price offer in the body (words=5)',
      'price offer in the body (words=3)',
    ]);
  });
  it('keeps a price with no shop after it', () => expect(clean(text).text).toContain('$50 at the door'));
});

describe('reviseShortLines: link lines to other pages', () => {
  const ITEM = (name: string): string[] => [
    `${name} MBA Program`,
    `The ${name} program admits about nine hundred students a year, and most of them have worked for five years.`,
    `Learn more about the ${name} MBA Program`,
  ];
  const text = [
    'The Best Business Schools of the Year',
    'We ranked each school on its graduates, its teaching and its cost, and we asked students what they thought.',
    ...ITEM('Wharton'),
    ...ITEM('Kellogg'),
    ...ITEM('Booth'),
    'Rankings move slowly, so a school in the top ten this year will most likely be there again next year too.',
  ].join('\n\n');

  it('removes a link line that opens with a teaser call and is no sentence', () => {
    const article = clean(text);
    expect(article.text).not.toContain('Learn more about');
    expect(article.text).toContain('Booth program admits');
    expect(article.removed.map((r) => r.reason)).toContain(
      'link line opening with "learn more about" in the body (words=7)',
    );
  });

  it('keeps a sentence that opens the same way', () => {
    const article = clean(
      text.replace('Learn more about the Booth MBA Program', 'Learn more about the Booth program here.'),
    );
    expect(article.text).toContain('Learn more about the Booth program here.');
  });

  it('removes a link line with a mark pointing at it, and keeps such a sentence (WCXB 2453)', () => {
    const call = '👉 Learn more about the Booth MBA Program';
    expect(clean(text.replace('Learn more about the Booth MBA Program', call)).text).not.toContain(call);
    const sentence = '👉 Learn more about the Booth program here.';
    expect(clean(text.replace('Learn more about the Booth MBA Program', sentence)).text).toContain(sentence);
  });

  it('removes a "See also:" or "Must read:" link line', () => {
    for (const call of ['See also: How the Booth MBA Program Ranks', 'Must read: Why Booth Admits Fewer Students']) {
      const article = clean(text.replace('Learn more about the Booth MBA Program', call));
      expect(article.text).not.toContain(call);
    }
  });

  it('removes a "More on <name>" link line and keeps the sentence "More on that …."', () => {
    const call = 'More on Booth School of Business';
    expect(clean(text.replace('Learn more about the Booth MBA Program', call)).text).not.toContain(call);
    const sentence = 'More on that in our next post about Booth.';
    expect(clean(text.replace('Learn more about the Booth MBA Program', sentence)).text).toContain(sentence);
  });

  it('removes the Spanish "Más sobre <topic>" link line between two paragraphs', () => {
    const article = clean(
      [
        'Una solución para la cuestión del agua',
        'La provincia aprobó ayer un plan para llevar agua potable a los barrios del norte, donde miles de familias esperan desde hace años.',
        'Más sobre Agua potable',
        'El plan prevé obras durante tres años y un fondo especial que administrarán los municipios junto con las cooperativas locales.',
        'Los vecinos celebraron el anuncio, aunque advirtieron que vigilarán de cerca el avance de las obras y los plazos prometidos.',
      ].join('\n\n'),
    );
    expect(article.text).toContain('cooperativas locales');
    expect(article.text).not.toContain('Más sobre');
  });

  it('keeps a sentence ending in a colon over its list that names what to read', () => {
    const intro = 'Among the schools we ranked, see also the ones that admit part-time students:';
    const article = clean(text.replace('Learn more about the Booth MBA Program', intro));
    expect(article.text).toContain(intro);
  });
});

describe('reviseShortLines: an inline box of headlines', () => {
  const text = [
    'Why I Teach Geometry to Carpenters',
    'When I told a man on the train that I taught mathematics at a night school, he laughed and asked me what a carpenter would ever want with proofs.',
    'I told him that the carpenters in my class were the best students I had ever had, because they already knew why a right angle matters.',
    'Recommended Reading',
    'The Quiet Life of a Lighthouse Keeper',
    'Anna Berg',
    'How the Bicycle Changed the Countryside',
    'Tom Reyes',
    'One of them once brought a roof truss to class and asked us to find every triangle in it, and we spent the whole evening on it.',
    'The rest of us learned more geometry that night than in any lecture I have given, and he learned that he had been doing proofs all his life.',
  ].join('\n\n');

  it('keeps the paragraphs after the box and removes its headlines as related', () => {
    const article = clean(text);
    expect(article.text).toContain('roof truss');
    expect(article.text).toContain('doing proofs all his life');
    expect(article.text).not.toContain('Lighthouse Keeper');
    expect(article.text).not.toContain('Bicycle');
    expect(article.removed.find((r) => r.text === 'Anna Berg')?.reason).toBe(
      'under a related header inside the body (line 4)',
    );
  });
});

describe('reviseShortLines: list items under a label inside a run of short lines', () => {
  const page = (pros: string[], label = 'Pros:'): string =>
    [
      'Best Audiobook Subscriptions',
      // A page: a share button a detector flags; a text with none and all lines well formed is a clean text, kept whole.
      'Share',
      'Choosing between audiobook subscriptions should not be complicated, so I tested every service for a month.',
      'Libro.fm sends part of every subscription to a local bookstore that you choose when you sign up for it.',
      label,
      ...pros,
      label.replace('Pros', 'Cons'),
      'New releases sometimes take an extra day or two',
      'The app is simple, and downloading books for offline listening is as easy as on any of the big services.',
      'Their monthly recommendations come from real booksellers, and I have found two favourites among them.',
    ].join('\n\n');

  it('keeps the items of several words under "Pros:" (WCXB 0198)', () => {
    const article = clean(page(['Supports local bookstores', 'Simple, effective app', 'Good monthly deals']));
    expect(article.text).toContain('Supports local bookstores');
    expect(article.text).toContain('Good monthly deals');
  });

  it('keeps a label without a colon that the pack names, and its items (WCXB 0010)', () => {
    const article = clean(page(['Fast cycle times', 'It dries dishes'], 'Pros'));
    expect(article.text).toContain('Pros');
    expect(article.text).toContain('Fast cycle times');
  });

  it('removes the same lines under a word the pack does not name', () => {
    const article = clean(page(['Fast cycle times', 'It dries dishes'], 'Prosper'));
    expect(article.text).not.toContain('Fast cycle times');
  });

  it('still removes single words under a label, as in a shop box (WCXB 4014)', () => {
    const article = clean(page(['Retailer', 'Check']));
    expect(article.text).not.toContain('Retailer');
  });
});

/** A maintenance article with `items` as a run of short lines between its paragraphs, as innerText writes a list. */
const maintenancePage = (items: string[]): string =>
  [
    'Your Car Maintenance Schedule',
    // A page: a share button a detector flags; a text with none and all lines well formed is a clean text, kept whole.
    'Share',
    'Following a regular maintenance schedule is the best way to keep your car safe, reliable and on the road.',
    'Below is a list of common vehicle components that should be checked and serviced at every visit.',
    items.join('\n'),
    'You can save time and hassle by bringing your car to a trained technician, who will check each of these for you.',
    'Most shops will also remind you when the next service is due, so nothing on the list is ever forgotten.',
  ].join('\n\n');

describe('reviseShortLines: a list innerText wrote without its bullets', () => {
  const page = maintenancePage;
  const LONG = [
    'Tire inflation and condition',
    'Chassis lubrication, if applicable',
    'Cabin and engine air filters',
    'Synthetic oil and filter change',
  ];

  it('keeps the items of two or three words among longer ones (WCXB 4589)', () => {
    const article = clean(
      page([
        'Exhaust system',
        ...LONG.slice(0, 2),
        'Wiper blades',
        'Tire rotation',
        ...LONG.slice(2),
        'Wheel alignment',
        'Battery and cables',
      ]),
    );
    expect(article.text).toContain('Wiper blades');
    expect(article.text).toContain('Battery and cables');
  });

  it('keeps such items next to a label repeated under every item, and removes the label', () => {
    const items = [
      'Book now',
      ...LONG.slice(0, 2),
      'Book now',
      'Tire rotation',
      ...LONG.slice(2),
      'Book now',
      'Wheel alignment',
    ];
    const article = clean(page(items));
    expect(article.text).toContain('Tire rotation');
    expect(article.text).not.toContain('Book now');
    expect(article.removed.map((r) => r.reason)).toContain(
      'short line in the body that no prose vouches for (run of 9 short lines, words=2)',
    );
  });
});

describe('reviseShortLines: a heading over "Label: value" fields', () => {
  const PRODUCT = (name: string, brand: string, price: string, blurb: string): string[] => [
    name,
    `Brand Recommendation: ${brand}\nPrice: ${price}`,
    blurb,
  ];
  const page = (products: string[][]): string =>
    [
      'The Best Home Gym Setups for Any Budget',
      // A page: a share button a detector flags; a text with none and all lines well formed is a clean text, kept whole.
      'Share',
      'Building a home gym does not have to be expensive, whatever your budget or the room you have to spare for it.',
      ...products.flat(),
      'Whichever setup you choose, start with the pieces you will use every week and add the rest as you go.',
    ].join('\n\n');
  const BENCH = 'A solid, space-saving bench is perfect for strength training exercises like presses and step-ups.';
  const MAT = 'A thick mat protects your floor and your joints during stretching, core work and bodyweight exercises.';

  it('keeps an unmarked heading over its fields and its blurb (WCXB 4647)', () => {
    const article = clean(
      page([
        PRODUCT('Compact Weight Bench', 'Echo Strength Flat Bench', '$299', BENCH),
        PRODUCT('Exercise Mat', 'Gaiam Essentials Mat', '$40', MAT),
      ]),
    );
    expect(article.text).toContain('Compact Weight Bench');
    expect(article.text).toContain('Exercise Mat');
  });

  it("removes a button repeated over every product's fields", () => {
    const article = clean(
      page([
        PRODUCT('Top pick', 'Echo Strength Flat Bench', '$299', BENCH),
        PRODUCT('Top pick', 'Gaiam Essentials Mat', '$40', MAT),
      ]),
    );
    expect(article.text).not.toContain('Top pick');
    expect(article.removed.map((r) => r.reason)).toContain(
      'short line in the body that no prose vouches for (run of 3 short lines, words=2)',
    );
  });
});

describe("reviseShortLines: a label repeated over each card's list", () => {
  const BLURBS = [
    'The first brand on our list has grown steadily for two decades and trains every new owner for six weeks.',
    'This second brand works in small towns, where rent is low and the owners know most of their customers.',
    'Our third pick is the youngest of the group, yet its support team answered each of our questions within a day.',
    'The last brand costs the most to open, but its owners told us the training and the name were worth the price.',
  ];
  // Card k's items: fields ("Founded: 1998"), or items written like sentences (a menu capitalizes every word).
  const FIELDS = [
    (k: number) => `Founded: ${1990 + k}`,
    (k: number) => `Locations: ${12 + 7 * k}`,
    (k: number) => `Initial fee: $${20 + k},000`,
    (k: number) => `Royalty: ${4 + k}% of sales`,
    (k: number) => `Staff:${10 + k}`,
  ];
  const PHRASES = [
    (k: number) => `Support line open ${k + 2} days a week`,
    (k: number) => `Training for the first ${k + 3} weeks`,
    (k: number) => `Territories left in ${k + 5} states`,
    (k: number) => `Marketing fund of ${k + 1}% of sales`,
    (k: number) => `Owners meet every ${k + 2} months`,
  ];
  const list = fc.record({
    fields: fc.boolean(),
    picks: fc.uniqueArray(fc.integer({ min: 0, max: FIELDS.length - 1 }), { minLength: 3, maxLength: FIELDS.length }),
  });
  const cards = fc
    .record({
      label: fc.constantFrom('Fast facts', 'MAIN FEATURES', 'At a glance'),
      specs: fc.array(list, { minLength: 2, maxLength: BLURBS.length }),
    })
    .map(({ label, specs }) => ({
      label,
      lists: specs.map(({ fields, picks }, k) =>
        picks.map((pick) => ((fields ? FIELDS : PHRASES)[pick] as (k: number) => string)(k)),
      ),
    }));
  const page = (label: string, lists: readonly string[][], bullet: string): string =>
    [
      'The Best Franchises of the Year',
      'Share',
      'Buying a franchise is a big step, and the brands below are the ones our readers asked about most this year.',
      ...lists.flatMap((items, k) => [
        `Brand ${k + 1}`,
        BLURBS[k] as string,
        label,
        items.map((text) => `${bullet}${text}`).join('\n'),
      ]),
      'Whichever brand you choose, talk to a few owners before you sign anything, and read the contract twice.',
    ].join('\n\n');

  // Why: html-to-text keeps the bullets and innerText drops them, as the article's own text does: cleaned again, the
  // label over each list must stay as the first pass kept it (WCXB 0245, "FAST FACTS"; 4010, "MAIN FEATURES").
  test.prop([cards], { seed: 13, numRuns: 100 })(
    'keeps the label and its items whether the list is bulleted or not',
    ({ label, lists }) => {
      const bulleted = clean(page(label, lists, '• '));
      const plain = clean(page(label, lists, ''));
      expect(plain.text).toBe(bulleted.text);
      expect(plain.text.split('\n\n').filter((line) => line === label)).toHaveLength(lists.length);
    },
  );

  it('removes the label with its items when they are shop buttons', () => {
    const buttons = ['Check price at Amazon', 'Check price at REI', 'Check price at Walmart'];
    const article = clean(page('Where to buy', [buttons, buttons], ''));
    expect(article.text).not.toContain('Where to buy');
    expect(article.text).not.toContain('Check price');
  });

  it("removes a line repeated over entries that capitalize every word, as a menu's do", () => {
    const entries = ['Best Budget Travel Backpacks', 'Best Carry On Luggage Picks', 'Best Packing Cubes For Trips'];
    const article = clean(page('More Guides', [entries, entries], ''));
    expect(article.text).not.toContain('More Guides');
  });
});

describe('reviseShortLines: a list in sentence case that innerText wrote without its bullets', () => {
  const page = maintenancePage;

  it('keeps short items written like sentences (WCXB 4185)', () => {
    const items = [
      'Exhaust system',
      'Wiper blades',
      'Engine oil',
      'Tire rotation',
      'Fuel filter',
      'Battery and cables',
      'Engine oil',
      'Steering and suspension',
      'Wheel alignment',
    ];
    const article = clean(page(items));
    for (const item of items) expect(article.text).toContain(item);
  });

  it('still removes a menu whose labels capitalize every word', () => {
    const article = clean(
      page([
        'Success Stories',
        'Team License',
        'Price Guides',
        'Team License',
        'Shop Products',
        'Services Near Me',
        'Sofia Prime',
        'Veterans First',
        'Help Center',
      ]),
    );
    expect(article.text).not.toContain('Team License');
    expect(article.removed.map((r) => r.reason)).toContain(
      'short line in the body that no prose vouches for (run of 9 short lines, words=2)',
    );
  });
});

describe('reviseShortLines: marked headings', () => {
  const prose = [
    'The minister said on Wednesday that the talks with Russia had been useful for both sides.',
    'Many people in the village said they had never seen a flood like it, and the water is still rising.',
  ];
  // Why: the article's text drops the marks, so a mark must not vouch for a heading that heads no section.
  it('removes a heading with another heading right under it, when no prose is near', () => {
    const article = clean(
      [
        'In Moscow, Tillerson Says Ties',
        prose[0],
        '## Reaction in Berlin',
        '## What Comes Next',
        '## The Talks',
        prose[1],
      ].join('\n\n'),
    );
    expect(article.text).not.toContain('Reaction in Berlin');
    expect(article.text).toContain('What Comes Next\n\nThe Talks');
    expect(article.removed.map((r) => r.reason)).toContain(
      'short line in the body that no prose vouches for (run of 3 short lines, words=3)',
    );
  });
  it('keeps a marked line over a line that is no heading (a shell comment over its command, WCXB 0437)', () => {
    const article = clean(
      [
        'A brief intro to git',
        prose[0],
        '# show commit logs',
        'git log',
        '# see available branches',
        'git branch -a',
        prose[1],
      ].join('\n\n'),
    );
    expect(article.text).toContain('show commit logs');
    expect(article.text).toContain('see available branches');
  });
});

describe('reviseShortLines: code listings', () => {
  // Shaped after WCXB 0386: a listing's import over its code lines, a run of short lines between two paragraphs.
  const text = [
    'How to Use It',
    'Developers can use our implementation through a Python package that works with any transformer model on the hub.',
    'import gim',
    'from transformers import AutoModelForCausalLM',
    'model = AutoModelForCausalLM.from_pretrained("gpt2")',
    'scores = gim.explain(model, inputs)',
    'print(scores)',
    'The scores give each token its share of the answer, so the circuit that produced it can be read off directly.',
  ].join('\n');

  it('keeps the short lines of a run that is mostly code', () => {
    const article = clean(text);
    expect(article.text).toContain('import gim');
    expect(article.blocks.find((block) => block.type === 'code')?.text).toContain('import gim\nfrom transformers');
  });

  it('still removes a run of menu labels between two paragraphs', () => {
    const menu = text.replace(/import gim[\s\S]*print\(scores\)/, 'Home\nBlog\nPricing\nAbout us\nLog in');
    expect(clean(menu).text).not.toContain('Pricing');
  });
});
