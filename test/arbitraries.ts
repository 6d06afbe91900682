/** Generators for the property tests: arbitrary scraped text, and article-shaped pages. */
import fc from 'fast-check';

/** Pieces that exercise every stage: entities, tags, odd spaces and breaks, marks, markers, boilerplate. */
const FRAGMENTS = [
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '\t',
  '\u00A0',
  '\u200B',
  '\uFEFF',
  '\u2028',
  '\u000C',
  '\u0085',
  '\u0000',
  '\u001B',
  '\uD800',
  '\uDC00',
  '&amp;',
  '&nbsp;',
  '&#8217;',
  '&eacute;',
  '&#x1F600;',
  '&#13;',
  '&#0;',
  '&bogus;',
  '&lt;',
  '<br>',
  '<p>',
  '</div>',
  '<b>',
  '<a href="x">',
  'e\u0301',
  '\u0301',
  '\u1100\u1161',
  '\u212B',
  '• ',
  '- ',
  '1. ',
  '> ',
  '## ',
  ' ■ ',
  ' | ',
  ' » ',
  'Share',
  'Advertisement',
  'Send in e-mail',
  'Credit: X/REUTERS',
  '(AP Photo/Evan Vucci)',
  'By Jane Doe',
  'April 12, 2017',
  'DPA contributed to this report.',
  ' the ',
  ' and ',
  'Moscow',
  '.',
  ',',
  ':',
  'ж',
  '中文',
  'ภาษา',
  'שלום',
  '😀',
  // UTF-8 read as Latin-1 or windows-1252 (mojibake), whole and in pieces.
  'Investor\u00E2\u0080\u0099s',
  '\u00E2\u20AC\u2122',
  'caf\u00C3\u00A9',
  '\u00C2\u00A0',
  '\u00C3',
  '\u0099',
];

/** One unit of arbitrary text: a fragment, any UTF-16 code unit (lone surrogates too), any code point, or a letter. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  { weight: 3, arbitrary: fc.constantFrom('a', 'e', 'o', 'n', 't', 's', 'T', ' ', ' ', '\n') },
);

/** Any string, biased toward what scraped text contains. */
export const anyText = fc.string({ unit, maxLength: 160 });

/** A long string: long lines, few line breaks. */
export const longText = fc.string({ unit, minLength: 2_000, maxLength: 20_000 });

// Real-looking news prose: shrinking then stays readable ("the the the." is no article).
const SENTENCES = [
  'The minister said on Wednesday that the talks with Russia had been useful for both sides.',
  'Officials in Moscow said the next round of talks would take place in Geneva later this month.',
  'The city council approved the new budget after a long debate that lasted well into the night.',
  'Workers at the hospital went on strike for the second time this year over pay and staffing.',
  'The river rose by more than two metres overnight, and several villages were cut off.',
  'Police said they had arrested three people in connection with the attack on the bridge.',
  'Prices at the market have doubled since the spring, according to figures from the union.',
  'The court ruled that the election had been held in line with the law.',
  'Teachers say the school has not had enough money for books since the plan was changed.',
  'Lavrov told reporters that his government would not accept any new conditions.',
  'Tillerson added that relations between the two countries were at a low point.',
  'The agreement, which was signed in Berlin, is due to come into force next year.',
  'Many people in the village said they had never seen a flood like it.',
  'The president is expected to visit the region before the end of the week.',
  'It was not clear how many workers would return to the factory on Monday.',
  'Aid groups warned that water supplies could run out within days if the roads stay closed.',
  'The report found that most of the money had been spent on consultants rather than on schools.',
  'Residents have complained about the noise from the construction site for months.',
];
const HEADLINES = [
  'In Moscow, Tillerson Says Ties With Russia at Low Point',
  'Council Approves New Budget After Late-Night Debate',
  'Hospital Workers Strike Again Over Pay',
  'Floods Cut Off Villages as River Rises',
  'Court Upholds Election Result',
];
const QUOTES = [
  '“We will not give up until the water is safe to drink again,” the mayor told the crowd outside the town hall.',
  '“This is the worst flood any of us can remember,” said a farmer who has lived in the village all his life.',
];
const SUBHEADS = ['What Comes Next', 'The Talks', 'Reaction in Berlin', 'A Long Night'];
const ITEMS = ['More money for schools', 'A new bridge over the river', 'Higher pay for nurses', 'Cheaper bus fares'];
const CAPTIONS = [
  'The minister in Moscow on Wednesday.',
  'Flood water in the village square.',
  'Workers outside the hospital.',
];

/** Boilerplate lines a page wraps its article in. */
const BOILERPLATE = [
  'Share',
  'Advertisement',
  'Send in e-mailSend in e-mail',
  'Most read',
  'Sign up for our newsletter',
  'Follow us on Instagram',
  '© 2025 Example Media. All rights reserved',
  'Home » News » World',
  'Subscribe now',
  'Accept all cookies',
  'Leave a Reply',
  '12 Comments',
  'Listen to this article',
  'Skip to content',
  'Already signed up? LOG IN',
  'Read more: Council approves the new budget',
];
const boilerplate = fc.constantFrom(...BOILERPLATE);
const paragraph = fc
  .uniqueArray(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 })
  .map((ss) => ss.join(' '));
const headline = fc.constantFrom(...HEADLINES);
/** A headline underlined with as many `=` as it has characters, as `toText` writes it (WCXB 0110 cleaned again). */
const underlinedHeadline = headline.map((h) => `${h}\n${'='.repeat([...h].length)}`);
const heading = fc.constantFrom(...SUBHEADS).map((h) => `## ${h}`);
const bulleted = fc
  .uniqueArray(fc.constantFrom(...ITEMS), { minLength: 2, maxLength: 4 })
  .map((items) => items.map((item) => `• ${item}`).join('\n'));
/** Item `k`'s marker: a number or a letter counted from `start`, then `.` or `)`. */
const marker = fc
  .record({
    letters: fc.boolean(),
    start: fc.integer({ min: 1, max: 12 }),
    delimiter: fc.constantFrom('.', ')'),
  })
  .map(
    ({ letters, start, delimiter }) =>
      (k: number) =>
        `${letters ? String.fromCharCode(0x60 + start + k) : start + k}${delimiter}`,
  );
const numbered = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...ITEMS), { minLength: 2, maxLength: 4 }), marker)
  .map(([items, markerOf]) => items.map((item, k) => `${markerOf(k)} ${item}`).join('\n'));
/**
 * A section headed by plain lines, as innertext writes `<h2>` and `<h3>`: a subheading in headline case over a line in
 * sentence case (a dek or label, no heading), then prose. Why: toMarkdown marks the upper line `##`, and the lower
 * one read as a heading when that Markdown was cleaned again (WCXB 0005 innertext).
 */
export const plainSubheads = fc
  .tuple(
    fc.constantFrom('Reaction in Berlin', 'The Talks in Geneva', 'A Long Night in the Village'),
    fc.constantFrom('What the talks mean', 'Where things stand now', 'A flood like no other'),
    paragraph,
  )
  .map(([heading, label, prose]) => `${heading}\n${label}\n\n${prose}`);
const figure = fc.constantFrom(...CAPTIONS).map((caption) => `${caption}Credit: JANE ROE/REUTERS`);
const quote = fc.constantFrom(...QUOTES).map((s) => `> ${s}`);

interface PageShape {
  /** Let boilerplate lines stand between the body's paragraphs, not only around the article. */
  readonly boilerplateInBody: boolean;
  /** Number (`4.`, `5.`) or letter (`b)`, `c)`) the lists instead of bulleting them. */
  readonly numberedLists?: boolean;
  /** Write the headline underlined with `=`, as `toText` does, as often as plain. */
  readonly underlinedHeadlines?: boolean;
}

/** An article-like page: boilerplate, a headline, maybe byline/date/dek, a body, maybe an end note, boilerplate. */
export function articlePage({
  boilerplateInBody,
  numberedLists = false,
  underlinedHeadlines = false,
}: PageShape): fc.Arbitrary<string> {
  const list = numberedLists ? numbered : bulleted;
  const parts = [
    { weight: 8, arbitrary: paragraph },
    { weight: 1, arbitrary: heading },
    { weight: 1, arbitrary: list },
    { weight: 1, arbitrary: figure },
    { weight: 1, arbitrary: quote },
  ];
  const body = fc.array(fc.oneof(...parts, ...(boilerplateInBody ? [{ weight: 2, arbitrary: boilerplate }] : [])), {
    minLength: 2,
    maxLength: 12,
  });
  return (
    fc
      .record({
        head: fc.array(boilerplate, { maxLength: 4 }),
        headline: underlinedHeadlines ? fc.oneof(headline, underlinedHeadline) : headline,
        meta: fc.subarray([
          'By Jane Doe',
          'Updated: April 12, 2017',
          'First point of the story ■ Second point of the story',
        ]),
        lede: paragraph,
        body,
        note: fc.constantFrom('', 'DPA contributed to this report.'),
        tail: fc.array(boilerplate, { maxLength: 4 }),
        separator: fc.constantFrom('\n\n', '\n'),
      })
      .map(({ head, headline, meta, lede, body, note, tail, separator }) =>
        [...head, headline, ...meta, lede, ...body, ...(note ? [note] : []), ...tail].join(separator),
      )
      // Without boilerplate in the body, no body line repeats either: a repeated line is removed as a duplicate.
      .filter((page) => boilerplateInBody || bodyLinesAreUnique(page))
  );
}

/** A listing's commands under comments whose `#` Markdown escapes, as `toMarkdown` writes them (WCXB 0437, 2534). */
const escapedComments = fc
  .subarray(
    [
      '\\# make a folder for the notes',
      'mkdir notes',
      '\\# go into it',
      'cd notes',
      '\\# list what is there',
      'ls -la',
    ],
    {
      minLength: 2,
    },
  )
  .map((lines) => lines.join('\n\n'));
/** A paragraph that opens with a mark, escaped as `toMarkdown` escapes one. */
const escapedParagraph = fc
  .tuple(fc.constantFrom('\\-', '\\>', '\\*', '\\#', '2017\\.'), paragraph)
  .map(([mark, prose]) => `${mark} ${prose}`);
/** Items as `toMarkdown` writes an unordered list: after `-`, or after `*` when `star`. */
const markdownList = (star: boolean) =>
  fc
    .uniqueArray(fc.constantFrom(...ITEMS), { minLength: 1, maxLength: 3 })
    .map((items) => items.map((item) => `${star ? '*' : '-'} ${item}`).join('\n'));
/** Two lists one under the other, the lower one bulleted with `*`, as `toMarkdown` writes them (WCXB 0038). */
const listUnderList = fc.tuple(markdownList(false), markdownList(true)).map(([upper, lower]) => `${upper}\n\n${lower}`);

/**
 * Markdown as `toMarkdown` writes an article: a `#` headline, maybe the byline and date line in italics, then a body of
 * paragraphs, `##` headings, lists (one right under another with the other bullet), quotes, a listing's escaped
 * comments and paragraphs whose opening mark is escaped, closed by a paragraph: the shapes the Markdown of real pages
 * came back changed in. Why closed so: short lines at the end of a text leave it as after the article (a known loss).
 */
export const markdownArticle = fc
  .record({
    headline,
    meta: fc.constantFrom('', '*By Jane Doe · April 12, 2017*'),
    lede: paragraph,
    closing: paragraph,
    body: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: paragraph },
        { weight: 1, arbitrary: heading },
        { weight: 1, arbitrary: markdownList(false) },
        { weight: 2, arbitrary: listUnderList },
        { weight: 1, arbitrary: quote },
        { weight: 2, arbitrary: escapedComments },
        { weight: 2, arbitrary: escapedParagraph },
      ),
      { minLength: 2, maxLength: 10 },
    ),
  })
  .map(({ headline, meta, lede, body, closing }) =>
    [`# ${headline}`, ...(meta ? [meta] : []), lede, ...body, closing].join('\n\n'),
  )
  .filter(bodyLinesAreUnique);

function bodyLinesAreUnique(page: string): boolean {
  const lines = page.split('\n').filter((line) => line.trim() !== '' && !BOILERPLATE.includes(line));
  const bare = lines.map((line) => line.replace(/^(?:> |• )/, ''));
  return new Set(bare).size === bare.length;
}

/**
 * A long page of distinct lines, the same for the same `lines` (an xorshift generator, no fast-check):
 * a headline, then paragraphs of made-up sentences with a boilerplate label every seventh line.
 */
export function longPage(lines: number): string {
  const vocabulary = [
    ...SENTENCES.join(' ')
      .toLowerCase()
      .matchAll(/[a-z]+/g),
  ].map((m) => m[0]);
  let state = 2_463_534_242;
  const next = (n: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const out = ['In Moscow, Tillerson Says Ties With Russia at Low Point'];
  for (let i = 0; i < lines; i++) {
    if (i % 7 === 6) {
      out.push(BOILERPLATE[next(BOILERPLATE.length)] ?? 'Share');
      continue;
    }
    const words = Array.from({ length: 12 + next(20) }, () => vocabulary[next(vocabulary.length)]);
    out.push(`${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
  }
  return out.join('\n\n');
}
