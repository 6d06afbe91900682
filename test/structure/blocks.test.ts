import { describe, expect, it } from 'vitest';
import { tabPositions } from '../../src/analyze/table-cells.js';
import { en } from '../../src/lang/en.js';
import { compilePack } from '../../src/lang/matcher.js';
import { normalizeMapped } from '../../src/normalize/normalize.js';
import type { Line } from '../../src/segment/segment.js';
import { buildBlocks } from '../../src/structure/blocks.js';
import { pipeTables } from '../../src/structure/pipe-tables.js';
import { tabTables } from '../../src/structure/tab-tables.js';
import type { Block } from '../../src/types.js';
import { linesOf } from '../helpers.js';

const P = 'The minister said on Wednesday that the talks had been useful for both sides.';
const EN = compilePack(en);
const blocksOf = (text: string): Block[] => buildBlocks(linesOf(text), text, EN);

describe('buildBlocks', () => {
  it('makes a paragraph of each prose line', () => {
    expect(blocksOf(`${P}\n${P}`)).toEqual([
      { type: 'paragraph', text: P },
      { type: 'paragraph', text: P },
    ]);
  });
  it('makes a heading of a Markdown # line, with its level', () => {
    expect(blocksOf(`## What comes next\n${P}`)[0]).toEqual({ type: 'heading', text: 'What comes next', level: 2 });
  });
  // WCXB 0437 innertext: a shell listing's comments over its commands.
  it('makes a paragraph, with its mark, of a # line in small letters', () => {
    expect(blocksOf(`${P}\n# initialize git\ngit init\n${P}`)[1]).toEqual({
      type: 'paragraph',
      text: '# initialize git',
    });
  });
  // WCXB 0437 innertext cleaned again as Markdown: toMarkdown escapes the comments, which came back as list items.
  it('keeps the escaped comments of a listing paragraphs, as toMarkdown wrote them, under a lead-in', () => {
    const text = 'To start, try these:\n\n\\# initialize git\n\ngit init\n\n\\# clone repo\n\ngit clone <url>';
    expect(blocksOf(text).map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(blocksOf(text)[1]).toEqual({ type: 'paragraph', text: '# initialize git' });
  });
  // WCXB 2534 innertext cleaned again as Markdown: a config file's comments, each over a longer one.
  it('makes no heading of an escaped line over a longer one', () => {
    const text = `${P}\n\n\\# May be on when the host has its own address do-ip6: no\n\n\\# Leave this off unless the host has a native address of its own. With a tunnel\n\n${P}`;
    expect(blocksOf(text)[1]).toEqual({
      type: 'paragraph',
      text: '# May be on when the host has its own address do-ip6: no',
    });
  });
  it('makes no heading of a field between two fields of a record', () => {
    const text = [
      'Team Size: 50 – 100 employees',
      'Industries Served: SaaS, Healthcare, Fintech',
      'Case Studies: View all case studies of the agency and its partners.',
    ].join('\n');
    expect(blocksOf(text)[1]).toEqual({ type: 'paragraph', text: 'Industries Served: SaaS, Healthcare, Fintech' });
  });
  // WCXB 0358 innertext: a company's record under the prose about it.
  it("makes no heading of a record's first field over two more", () => {
    const revenue = 'Revenue: $208 million in the last fiscal year, up from $190 million the year before it';
    const text = [P, 'Headquarters: Coral Gables, FL', 'Company Size: Approx. 290 employees', revenue];
    expect(blocksOf(text.join('\n\n'))[1]).toEqual({ type: 'paragraph', text: 'Headquarters: Coral Gables, FL' });
  });
  it('makes a heading of a short plain line followed by prose, without a level', () => {
    expect(blocksOf(`What the Delegations Said\n${P}`)[0]).toEqual({
      type: 'heading',
      text: 'What the Delegations Said',
    });
  });
  it('keeps the number of a lone numbered heading', () => {
    expect(blocksOf(`1. Self-Portraiture\n${P}`)[0]).toEqual({ type: 'heading', text: '1. Self-Portraiture' });
  });
  // WCXB 4427 innertext: each headphone's numbered name over its shorter "Specification:" lead-in.
  it('makes a heading of a lone numbered line over a shorter line', () => {
    expect(blocksOf(`${P}\n10. Soundcore Q45\nSpecification:\n${P}`)[1]).toEqual({
      type: 'heading',
      text: '10. Soundcore Q45',
    });
  });
  it('leaves a lone numbered sentence over a shorter line a paragraph', () => {
    expect(blocksOf(`${P}\n2. You will save time.\nTruly.\n${P}`)[1]).toEqual({
      type: 'paragraph',
      text: '2. You will save time.',
    });
  });
  it('makes one list of a run of marked lines, without their markers', () => {
    expect(blocksOf('• First point\n• Second point\n- Third point')).toEqual([
      { type: 'list', ordered: false, items: ['First point', 'Second point', 'Third point'] },
    ]);
  });
  it('makes a paragraph of a lone bullet, without its mark', () => {
    expect(blocksOf(`• ${P}`)).toEqual([{ type: 'paragraph', text: P }]);
  });
  // Multisite-dev foxnews 2017-pence-1: a tweet's attribution under its text, innerText's (no quote mark) and the
  // article's text's (the quote's mark dropped) alike.
  it('keeps the dash of a lone line opening with an em dash, and lists a run of them', () => {
    const attribution = '— Jane Roe (@jroe) April 5, 2017';
    expect(blocksOf(`${P}\n${attribution}\n${P}`)[1]).toEqual({ type: 'paragraph', text: attribution });
    expect(blocksOf('— First point\n— Second point')).toEqual([
      { type: 'list', ordered: false, items: ['First point', 'Second point'] },
    ]);
  });
  it('makes a quote of a > line', () => {
    expect(blocksOf(`> ${P}`)).toEqual([{ type: 'quote', text: P }]);
  });
  it("makes no quote of a quote's blank line", () => {
    expect(blocksOf(`> ${P}\n>\n> — Jane Roe (@jroe) April 5, 2017`)).toEqual([
      { type: 'quote', text: P },
      { type: 'quote', text: '— Jane Roe (@jroe) April 5, 2017' },
    ]);
  });
  it('makes a figure of a line with a credit', () => {
    expect(blocksOf('The minister in Moscow on Wednesday.Credit: JANE ROE/REUTERS')).toEqual([
      { type: 'figure', caption: 'The minister in Moscow on Wednesday.', credit: 'JANE ROE/REUTERS' },
    ]);
  });
  it('takes a short sentence above a credit of its own as the caption', () => {
    expect(blocksOf(`${P}\nThe lobster is served on a clam shell.\nImage: Jane Roe`)).toEqual([
      { type: 'paragraph', text: P },
      { type: 'figure', caption: 'The lobster is served on a clam shell.', credit: 'Jane Roe' },
    ]);
  });
  // WCXB 4823, 4589 innertext: a section's dek and a checklist's last item over an image's credit.
  it('leaves a question or an exclamation above a credit of its own in the body', () => {
    for (const line of ['The cheapest wireless ultra-light?', "Get a good night's rest!"]) {
      expect(blocksOf(`${P}\n${line}\nImage credit: Jane Roe`)).toEqual([
        { type: 'paragraph', text: P },
        { type: 'paragraph', text: line },
        { type: 'figure', caption: '', credit: 'Jane Roe' },
      ]);
    }
  });
  // WCXB 0010: a button between the article's sentence and the next product's image left the body.
  it('takes no caption from a line that is not right above the credit', () => {
    const text = `${P}\nRead more about our new ovens.\nBuy now at the store\nCredit: Jane Roe`;
    const kept = linesOf(text);
    expect(buildBlocks([kept[0], kept[1], kept[3]] as Line[], text, EN)).toEqual([
      { type: 'paragraph', text: P },
      { type: 'paragraph', text: 'Read more about our new ovens.' },
      { type: 'figure', caption: '', credit: 'Jane Roe' },
    ]);
  });
  it('leaves a long sentence above a credit of its own in the body', () => {
    expect(blocksOf(`${P} ${P}\nImage: Jane Roe`)).toEqual([
      { type: 'paragraph', text: `${P} ${P}` },
      { type: 'figure', caption: '', credit: 'Jane Roe' },
    ]);
  });
  it('ends a list at the next unmarked line', () => {
    expect(
      blocksOf(`• One point\n• Two points\nA caption here.Credit: JANE ROE/REUTERS\n${P}`).map((b) => b.type),
    ).toEqual(['list', 'figure', 'paragraph']);
  });
  // WCXB 4823: a bulleted "Variants:" list over the next product's numbered heading, the <hr> between them gone.
  it('ends a bulleted list at a numbered line of the same depth', () => {
    expect(blocksOf(` * Superlight 2 SE - a cheaper alternative\n3. ENDGAME GEAR OP1 8K V2\n${P}`)).toEqual([
      { type: 'paragraph', text: 'Superlight 2 SE - a cheaper alternative' },
      { type: 'heading', text: '3. ENDGAME GEAR OP1 8K V2' },
      { type: 'paragraph', text: P },
    ]);
  });
  // WCXB 0419: the list of seven habits over the first habit's section.
  it('ends a numbered list where the numbers count back', () => {
    expect(blocksOf(`6. Applied Rationalization\n7. Weaponised Context\n1. PLANNING THEATRE\n${P}`)).toEqual([
      { type: 'list', ordered: true, start: 6, items: ['Applied Rationalization', 'Weaponised Context'] },
      { type: 'heading', text: '1. PLANNING THEATRE' },
      { type: 'paragraph', text: P },
    ]);
  });
  it('makes an ordered list of numbered lines, with its first number when not 1 and its style when not "1."', () => {
    expect(blocksOf('1. Mix\n2. Knead\n3. Bake')).toEqual([
      { type: 'list', ordered: true, items: ['Mix', 'Knead', 'Bake'] },
    ]);
    expect(blocksOf('4) Mix\n5) Knead')).toEqual([
      { type: 'list', ordered: true, start: 4, style: '1)', items: ['Mix', 'Knead'] },
    ]);
    expect(blocksOf('a. Mix\nb. Knead')).toEqual([
      { type: 'list', ordered: true, style: 'a.', items: ['Mix', 'Knead'] },
    ]);
  });
  it('starts the next list where the numbers repeat or skip, so that each item keeps its number', () => {
    // WCXB 0054 html-to-text: items 2 to 4 of a ranking left the body, read as a table of contents.
    expect(blocksOf('1. Tent\n1. Stove\n3. Map')).toEqual([
      { type: 'list', ordered: true, items: ['Tent'] },
      { type: 'list', ordered: true, items: ['Stove'] },
      { type: 'list', ordered: true, start: 3, items: ['Map'] },
    ]);
  });
  it('keeps the items of a numbered list nested in a bulleted one as list items, in lists of their own', () => {
    expect(blocksOf(' * Pack\n   1. Tent\n   2. Stove\n * Go')).toEqual([
      { type: 'list', ordered: false, items: ['Pack'] },
      { type: 'list', ordered: true, items: ['Tent', 'Stove'] },
      { type: 'list', ordered: false, items: ['Go'] },
    ]);
  });
  // WCXB 0038 innertext: toMarkdown writes a course box's list under the article's "Key Insights" list with `*`.
  it("starts a new list where another of Markdown's bullets takes over at the same depth, as CommonMark does", () => {
    expect(
      blocksOf('- Earn a badge\n- Show it on your profile\n\n* Learn more in these courses\n* View course'),
    ).toEqual([
      { type: 'list', ordered: false, items: ['Earn a badge', 'Show it on your profile'] },
      { type: 'list', ordered: false, items: ['Learn more in these courses', 'View course'] },
    ]);
    expect(blocksOf('- Pack\n  * Tent\n  * Stove\n- Go')).toEqual([
      { type: 'list', ordered: false, items: ['Pack', 'Tent', 'Stove', 'Go'] },
    ]);
    expect(blocksOf('• Pack\n- Tent\n• Go')).toEqual([{ type: 'list', ordered: false, items: ['Pack', 'Tent', 'Go'] }]);
  });
  // WCXB 4801 html-to-text: "b)" heads the section after the bulleted list of section "a)".
  it('ends a bulleted list at a lettered line, which keeps its letter', () => {
    expect(
      blocksOf(` * Tailor to Different Tasks\n * Explore New Switches\nb) Easy Repairs & Extended Lifespan\n${P}`),
    ).toEqual([
      { type: 'list', ordered: false, items: ['Tailor to Different Tasks', 'Explore New Switches'] },
      { type: 'heading', text: 'b) Easy Repairs & Extended Lifespan' },
      { type: 'paragraph', text: P },
    ]);
  });
  it('makes one code block of a listing, its lines indented as written, and no heading of its lines', () => {
    // Shaped after WCXB 0390: the listing's lines came out as headings and paragraphs.
    // The listing as written: the code block gives its lines back as they are, indentation included.
    const listing = [
      'const TodoList: React.FC = () => {',
      '  const [todos, setTodos] = useState<Todo[]>([]);',
      '  const handleAddTodo = () => {',
      "    setInput('');",
      '  };',
      '};',
    ].join('\n');
    const text = ['Let’s check out the code it generated:', listing, P].join('\n');
    expect(blocksOf(text)).toEqual([
      { type: 'paragraph', text: 'Let’s check out the code it generated:' },
      { type: 'code', text: listing },
      { type: 'paragraph', text: P },
    ]);
  });
  it('makes a code block of shell commands with options and a JSON snippet', () => {
    expect(blocksOf(`npm install -g @google/gemini-cli\n\ngit clone https://github.com/x/y.git && cd y\n${P}`)).toEqual(
      [
        { type: 'code', text: 'npm install -g @google/gemini-cli\n\ngit clone https://github.com/x/y.git && cd y' },
        { type: 'paragraph', text: P },
      ],
    );
    expect(blocksOf('{\n  "name": "demo",\n  "private": true\n}')).toEqual([
      { type: 'code', text: '{\n  "name": "demo",\n  "private": true\n}' },
    ]);
  });
  // WCXB 0027 innertext: a browser's text drops the list's markers.
  it('makes a list of the short plain lines under a lead-in that ends in a colon', () => {
    expect(blocksOf(`Meditation has been shown to help improve:\nStress levels\nMood\nMemory and focus\n${P}`)).toEqual(
      [
        { type: 'paragraph', text: 'Meditation has been shown to help improve:' },
        { type: 'list', ordered: false, items: ['Stress levels', 'Mood', 'Memory and focus'] },
        { type: 'paragraph', text: P },
      ],
    );
  });
  it('makes no list of one short line under a lead-in', () => {
    expect(blocksOf(`The officials agreed on one thing:\nNo more delays\n${P}`).map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });
  it('makes no list of two short lines without a lead-in', () => {
    expect(blocksOf(`${P}\nStress levels\nMemory and focus\n${P}`).some((block) => block.type === 'list')).toBe(false);
  });
  // WCXB 0019, 0033 innertext: lists of features and tables of contents with no lead-in.
  it('makes a list of three short plain lines without a lead-in that are no sentences', () => {
    expect(
      blocksOf(
        `${P}\nContent-first SEO approach\nHigh-authority link building\nCrypto-specific keyword research\n${P}`,
      )[1],
    ).toEqual({
      type: 'list',
      ordered: false,
      items: ['Content-first SEO approach', 'High-authority link building', 'Crypto-specific keyword research'],
    });
  });
  it('makes no list without a lead-in of short sentences', () => {
    expect(blocksOf(`${P}\nIt rained.\nWe left.\nThey stayed.\n${P}`).some((block) => block.type === 'list')).toBe(
      false,
    );
  });
  // WCXB 4232 innertext: "Equipment" and "Ingredients" between runs of items.
  it('leaves a one-word label out of a list without a lead-in', () => {
    const blocks = blocksOf(
      `${P}\nPrep time two hours\nCook time fifty minutes\nServings twelve slices\nEquipment\nDutch oven\nPlastic wrap\nKitchen scale\n${P}`,
    );
    expect(blocks.slice(1, 4)).toEqual([
      {
        type: 'list',
        ordered: false,
        items: ['Prep time two hours', 'Cook time fifty minutes', 'Servings twelve slices'],
      },
      { type: 'heading', text: 'Equipment' },
      { type: 'list', ordered: false, items: ['Dutch oven', 'Plastic wrap', 'Kitchen scale'] },
    ]);
  });
  // WCXB 4640 html-to-text: upper-cased <h1>/<h2> in a row.
  it('makes no list of lines in capitals', () => {
    expect(
      blocksOf(`${P}\nMINIMALIST HOME GYM\nBACKGROUND TO MY SETUP\nTHE EQUIPMENT I USE\n${P}`).some(
        (block) => block.type === 'list',
      ),
    ).toBe(false);
  });
  it('ends an unmarked list at a line longer than an item', () => {
    const long = 'The delegations met again on Thursday and agreed to continue the talks in Geneva next month without';
    expect(blocksOf(`Examples include:\nStress levels\nMood\n${long}`)[1]).toEqual({
      type: 'list',
      ordered: false,
      items: ['Stress levels', 'Mood'],
    });
  });
  // WCXB 0298 innertext: the next section's heading stands right under the list's last item.
  it("leaves a last line alone in headline case out of an unmarked list, as the next section's heading", () => {
    expect(
      blocksOf(`Examples include:\nPoorly maintained equipment\nLack of proper security\nIntentional Acts\n${P}`),
    ).toEqual([
      { type: 'paragraph', text: 'Examples include:' },
      { type: 'list', ordered: false, items: ['Poorly maintained equipment', 'Lack of proper security'] },
      { type: 'heading', text: 'Intentional Acts' },
      { type: 'paragraph', text: P },
    ]);
  });
  // WCXB 0017, 0045 innertext: a glossary's items are as long as paragraphs.
  it('makes a list of lines of any length that open with a term, under a lead-in', () => {
    const items = [
      'Siloed data: Customer data is often fragmented across many systems, which makes a single view of the customer hard to build and harder to keep.',
      'Global Reach — Unlike traditional methods, digital marketing is not bound by geography, so a small shop can sell to buyers on every continent.',
    ];
    expect(blocksOf(`It presents several hurdles:\n${items.join('\n')}\n${P}`)).toEqual([
      { type: 'paragraph', text: 'It presents several hurdles:' },
      { type: 'list', ordered: false, items },
      { type: 'paragraph', text: P },
    ]);
  });
  // WCXB 0372, 2218 innertext: a section's terms and a dash, with no lead-in over them.
  it('makes a list of three lines that open with a term and a dash, with no lead-in', () => {
    const items = [
      'Underwriters – Evaluate applicants and determine policy pricing based on risk factors.',
      'Actuaries – Use statistical models to assess risk probabilities and set premium rates.',
      'Claims Adjusters – Investigate and process insurance claims to ensure fair payouts.',
    ];
    expect(blocksOf(`${P}\n${items.join('\n')}\n${P}`)).toEqual([
      { type: 'paragraph', text: P },
      { type: 'list', ordered: false, items },
      { type: 'paragraph', text: P },
    ]);
  });
  it('makes no list of two lines that open with a term and a dash', () => {
    const items = [
      'Underwriters – Evaluate applicants and set prices.',
      'Actuaries – Use statistical models to set rates.',
    ];
    expect(blocksOf(`${P}\n${items.join('\n')}\n${P}`).map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
  // WCXB 0301 innertext: a heading over its terms and a colon; 0058, 0096: paragraphs that open with a bold term.
  describe('lines that open with a term and a colon, with no lead-in', () => {
    const items = [
      'Latency and throughput: Measure end-to-end latency and peak event rates for your use cases.',
      'Scalability and reliability: Prioritise auto-scaling and regional resilience.',
      'Integration: Verify native connectors and APIs for Kafka, Kinesis and databases.',
    ];
    it('makes a list of three right under a heading', () => {
      expect(blocksOf(`${P}\nCore Evaluation Criteria\n${items.join('\n')}\n${P}`)).toEqual([
        { type: 'paragraph', text: P },
        { type: 'heading', text: 'Core Evaluation Criteria' },
        { type: 'list', ordered: false, items },
        { type: 'paragraph', text: P },
      ]);
    });
    it('makes no list of them after prose', () => {
      expect(blocksOf(`${P}\n${items.join('\n')}\n${P}`).some((block) => block.type === 'list')).toBe(false);
    });
    it('makes no list under a heading when one is longer than a sentence item', () => {
      const long = `Integration: ${P} ${P} ${P}`;
      const lines = [items[0], items[1], long].join('\n');
      expect(blocksOf(`${P}\nCore Evaluation Criteria\n${lines}\n${P}`).some((block) => block.type === 'list')).toBe(
        false,
      );
    });
  });
  // WCXB 0166 innertext: an agency's record under the prose about it, each field a paragraph of its own.
  describe('fields that each stand under a blank line, with no lead-in', () => {
    const fields = ['Office Location: Atlanta, Georgia', 'Year Founded: 2011', 'Team Size: 51 – 200 employees'];
    it('makes no list of them', () => {
      expect(blocksOf([P, ...fields].join('\n\n')).map((block) => block.type)).toEqual([
        'paragraph',
        'paragraph',
        'paragraph',
        'paragraph',
      ]);
    });
    it('makes a list of them set one under the other', () => {
      expect(blocksOf(`${P}\n\n${fields.join('\n')}`)[1]).toEqual({ type: 'list', ordered: false, items: fields });
    });
    it('makes a list of them under a lead-in', () => {
      const text = `${P}\n\nThe agency at a glance:\n\n${fields.join('\n\n')}`;
      expect(blocksOf(text)[2]).toEqual({ type: 'list', ordered: false, items: fields });
    });
  });
  // WCXB 0301, 0267 innertext: the points under a "Pros" or "Highlights" heading; 0434: prose set a sentence a line.
  describe('one-sentence lines right under a heading', () => {
    const items = [
      'Deep integration across AWS services speeds ingestion and delivery.',
      'Managed infrastructure cuts operational overhead and scales automatically.',
      'Flexible development in Java, Scala, Python and SQL.',
    ];
    it('makes a list of three', () => {
      expect(blocksOf(`${P}\nPros\n${items.join('\n')}\n${P} ${P}`)).toEqual([
        { type: 'paragraph', text: P },
        { type: 'heading', text: 'Pros' },
        { type: 'list', ordered: false, items },
        { type: 'paragraph', text: `${P} ${P}` },
      ]);
    });
    it('makes no list when one opens with a function word', () => {
      const lines = [items[0], 'It is embedded, deterministic and tested.', items[2]].join('\n');
      expect(blocksOf(`${P}\nPros\n${lines}\n${P} ${P}`).some((block) => block.type === 'list')).toBe(false);
    });
    it('makes no list of them after prose', () => {
      expect(blocksOf(`${P}\n${items.join('\n')}\n${P} ${P}`).some((block) => block.type === 'list')).toBe(false);
    });
  });
  it('makes no list of long lines without a term under a lead-in', () => {
    expect(blocksOf(`The minister said:\n${P} ${P}\n${P} ${P}`).some((block) => block.type === 'list')).toBe(false);
  });
  it('makes no list of one item over a heading in headline case', () => {
    expect(
      blocksOf(`Examples include:\nPoorly maintained equipment\nIntentional Acts\n${P}`).map((block) => block.type),
    ).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
  });
  it('ends an unmarked list of phrases at a sentence', () => {
    expect(blocksOf(`Examples include:\nStress levels\nMood\nIt helps.\n${P}`)[1]).toEqual({
      type: 'list',
      ordered: false,
      items: ['Stress levels', 'Mood'],
    });
  });
  it('keeps a last item in headline case when every other item is too', () => {
    expect(blocksOf(`Examples include:\nTai Chi\nBrisk Walking\nGentle Yoga\n${P}`)[1]).toEqual({
      type: 'list',
      ordered: false,
      items: ['Tai Chi', 'Brisk Walking', 'Gentle Yoga'],
    });
  });
  // WCXB 4601 innertext: a section's heading right above its list, after the section before.
  it('makes a heading of a first line in headline case over an unmarked list of other lines, after prose', () => {
    expect(
      blocksOf(`${P}\nWhat We Like\nSmart features like facial recognition\nCrisp video quality at night\n${P}`),
    ).toEqual([
      { type: 'paragraph', text: P },
      { type: 'heading', text: 'What We Like' },
      {
        type: 'list',
        ordered: false,
        items: ['Smart features like facial recognition', 'Crisp video quality at night'],
      },
      { type: 'paragraph', text: P },
    ]);
  });
  // WCXB 4859 innertext: "Pricing (in Euros)" over the plans, under the list of the section before.
  it('makes a heading of a first line in headline case over an unmarked list, after another list', () => {
    const text = `${P}\n* Beautiful templates for every kind of site\n* Analytics without extra tools\nPricing in Euros\nPersonal Plan, from 14 a month\nBusiness Plan, from 23 a month\n${P}`;
    expect(blocksOf(text).slice(2, 4)).toEqual([
      { type: 'heading', text: 'Pricing in Euros' },
      { type: 'list', ordered: false, items: ['Personal Plan, from 14 a month', 'Business Plan, from 23 a month'] },
    ]);
  });
  // WCXB 4030 innertext: a product's picture and its credit between the section before and "What We Like".
  it('makes a heading of a first line in headline case over an unmarked list, after a picture', () => {
    const text = `${P}\nThe Fellow Stagg kettle on a counter.Credit: Amazon\n\nWhat We Like\n\nPrecision pour\n\nTemperature hold function\n\nFive presets for tea\n\n${P}`;
    expect(blocksOf(text).slice(2, 4)).toEqual([
      { type: 'heading', text: 'What We Like' },
      {
        type: 'list',
        ordered: false,
        items: ['Precision pour', 'Temperature hold function', 'Five presets for tea'],
      },
    ]);
  });
  it('keeps a first line in headline case in the list when it opens with a term as items do', () => {
    expect(blocksOf(`${P}\nTotal Cost: Around $500\nKey focus: strength\nSpace needed: a corner\n${P}`)[1]).toEqual({
      type: 'list',
      ordered: false,
      items: ['Total Cost: Around $500', 'Key focus: strength', 'Space needed: a corner'],
    });
  });
  it('keeps a first line in headline case in the list when every item is so', () => {
    expect(blocksOf(`${P}\nCherry Servers Cloud\nLeaseweb Bare Metal\nOVHcloud Public Cloud\n${P}`)[1]).toEqual({
      type: 'list',
      ordered: false,
      items: ['Cherry Servers Cloud', 'Leaseweb Bare Metal', 'OVHcloud Public Cloud'],
    });
  });
  // WCXB 0097, 4612 innertext: items of a sentence or two under a lead-in, then the paragraph that sums them up.
  describe('sentences under a lead-in', () => {
    const items = [
      'Lingoda offers live lessons with qualified teachers who are native speakers of the language they teach.',
      'The platform offers structured learning paths that follow the common European framework of reference for languages.',
      'Lessons can be booked at flexible times, around the clock, in small groups or one to one.',
    ];
    const closing =
      'By following these principles, we can significantly reduce the time it takes to learn a new language, and we can enjoy the lessons far more than we ever did at school.';
    it('makes a list of three or more, and leaves a much longer last sentence out of it', () => {
      expect(blocksOf(`Advantages:\n${items.join('\n')}\n${closing}`)).toEqual([
        { type: 'paragraph', text: 'Advantages:' },
        { type: 'list', ordered: false, items },
        { type: 'paragraph', text: closing },
      ]);
    });
    it('makes no list of two long sentences', () => {
      expect(blocksOf(`Advantages:\n${items.slice(0, 2).join('\n')}`).some((block) => block.type === 'list')).toBe(
        false,
      );
    });
  });
  // WCXB 0106 innertext: a film's title, then the line that says where to watch it.
  it('makes a paragraph of a line in sentence case right under a heading', () => {
    expect(blocksOf(`${P}\nWake Up Dead Man\nWhere to watch: on the streaming service\n${P}`).slice(1, 3)).toEqual([
      { type: 'heading', text: 'Wake Up Dead Man' },
      { type: 'paragraph', text: 'Where to watch: on the streaming service' },
    ]);
  });
  // WCXB 0005 innertext as toMarkdown writes it: a course's name, marked, over a line that is no heading.
  it('makes a paragraph of a line in sentence case right under a marked heading', () => {
    expect(blocksOf(`${P}\n## Google Cloud Computing Foundations\nCloud computing defined\n${P}`).slice(1, 3)).toEqual([
      { type: 'heading', text: 'Google Cloud Computing Foundations', level: 2 },
      { type: 'paragraph', text: 'Cloud computing defined' },
    ]);
  });
  it('keeps a heading in headline case or a question right under a heading', () => {
    for (const second of ['Where the Delegations Stand', 'Where do the delegations stand now?']) {
      expect(blocksOf(`${P}\nThe Talks in Geneva\n${second}\n${P}`)[2]).toEqual({ type: 'heading', text: second });
    }
  });
  // WCXB 4362 innertext: an event's name over its place, then prose.
  it('makes a heading of a line in headline case over a shorter heading-shaped line', () => {
    expect(blocksOf(`${P}\nKansas City Cybersecurity Conference\nOverland Park, Kansas\n${P}`)[1]).toEqual({
      type: 'heading',
      text: 'Kansas City Cybersecurity Conference',
    });
  });
  it('leaves a line in headline case over a numbered one a paragraph', () => {
    expect(blocksOf(`${P}\nThe MARS Recovery Pack by Escape Fitness\n6. Inclusive Equipment\n${P}`)[1]).toEqual({
      type: 'paragraph',
      text: 'The MARS Recovery Pack by Escape Fitness',
    });
  });
  // WCXB 0013 innertext as toMarkdown writes it: the numbered heading carries its mark.
  it('leaves a line in headline case over a marked numbered heading a paragraph', () => {
    expect(blocksOf(`${P}\nThe MARS Recovery Pack by Escape Fitness\n## 6. Inclusive Equipment\n${P}`)[1]).toEqual({
      type: 'paragraph',
      text: 'The MARS Recovery Pack by Escape Fitness',
    });
  });
  // WCXB 0426 innertext: a listing's comment under the heading of its step.
  it('makes a heading of a line in headline case over a # comment', () => {
    expect(blocksOf(`${P}\nMaking Your First Commit\n# Create a file\n${P}`)[1]).toEqual({
      type: 'heading',
      text: 'Making Your First Commit',
    });
  });
  // WCXB 4708 innertext: a plant's name over its picture's credit, then the paragraph about it.
  it('makes a heading of a line over a figure over prose', () => {
    expect(blocksOf(`${P}\nDumb Cane (Dieffenbachia seguine)\nImage: Jane Roe\n${P}`)).toEqual([
      { type: 'paragraph', text: P },
      { type: 'heading', text: 'Dumb Cane (Dieffenbachia seguine)' },
      { type: 'figure', caption: '', credit: 'Jane Roe' },
      { type: 'paragraph', text: P },
    ]);
  });
  // Multisite dev, forbes: a picture's alt text over its caption.
  it('makes no heading of the alt text over a caption that opens with it', () => {
    const caption = 'Marcus Dale Whitfield, Founder and CEO of the firm.Credit: JANE ROE/REUTERS';
    expect(blocksOf(`${P}\nMarcus Dale Whitfield\n${caption}\n${P}`)[1]).toEqual({
      type: 'paragraph',
      text: 'Marcus Dale Whitfield',
    });
  });
  // WCXB 0042 innertext as toMarkdown writes it: a shop's short line under a camera's paragraph, over a longer line.
  it('reads a short plain line as a paragraph in a clean text that marks its headings with #', () => {
    const text = `## 1. Canon EOS R6 Mark II\n\n${P}\n\nKEH Camera (used)\n\n${P}`;
    const markedAll = buildBlocks(linesOf(text), text, EN, [], linesOf(text), true);
    expect(markedAll.slice(1)).toEqual([
      { type: 'paragraph', text: P },
      { type: 'paragraph', text: 'KEH Camera (used)' },
      { type: 'paragraph', text: P },
    ]);
    // A page, or a clean text that marks none, still heads a section with a plain line.
    expect(blocksOf(text)[2]).toEqual({ type: 'heading', text: 'KEH Camera (used)' });
    const plain = `KEH Camera (used)\n\n${P}`;
    expect(buildBlocks(linesOf(plain), plain, EN, [], linesOf(plain), true)[0]?.type).toBe('heading');
  });

  it('returns nothing for no lines', () => expect(buildBlocks([], '', EN)).toEqual([]));
});

describe('buildBlocks with fields', () => {
  // WCXB 0055 innertext: a field and its value over the text below, not a heading.
  it('makes a paragraph of a heading-shaped line that gives a field and a figure', () => {
    expect(blocksOf(`${P}\nAverage Rating: 4.45\n${P}`)[1]).toEqual({
      type: 'paragraph',
      text: 'Average Rating: 4.45',
    });
  });
  // WCXB 0315 innertext: "Source" under each screenshot, over the text below.
  it("makes a paragraph of a credit's label alone", () => {
    expect(blocksOf(`${P}\nSource\n${P}`)[1]).toEqual({ type: 'paragraph', text: 'Source' });
  });
  // WCXB 4362 innertext: an event's name over its place, over the text below.
  it('makes a paragraph of a line with a comma right under a heading of plain lines', () => {
    expect(blocksOf(`${P}\nPax8 Beyond Summit\nSalt Lake City, United States\n${P} ${P}`).slice(1, 3)).toEqual([
      { type: 'heading', text: 'Pax8 Beyond Summit' },
      { type: 'paragraph', text: 'Salt Lake City, United States' },
    ]);
  });
  it('keeps a heading whose value after the colon is in headline case', () => {
    expect(blocksOf(`${P}\nBest Low-Cost EV: 2026 Nissan Leaf\n${P}`)[1]).toEqual({
      type: 'heading',
      text: 'Best Low-Cost EV: 2026 Nissan Leaf',
    });
  });
});

describe('buildBlocks with table rows', () => {
  const input = 'Average moving costs:\nHome size\tCost\nStudio\t$465\n1 bedroom\t$648\nPrices vary.';
  const normalized = normalizeMapped(input);
  const lines = linesOf(normalized.text);
  const tables = tabTables(input, normalized, lines, tabPositions(input));
  const build = (kept: readonly Line[]): Block[] => buildBlocks(kept, normalized.text, EN, tables);

  it('makes one table of the rows kept one after the other (WCXB 0057)', () => {
    expect(build(lines)).toEqual([
      { type: 'paragraph', text: 'Average moving costs:' },
      {
        type: 'table',
        rows: [
          ['Home size', 'Cost'],
          ['Studio', '$465'],
          ['1 bedroom', '$648'],
        ],
      },
      { type: 'paragraph', text: 'Prices vary.' },
    ]);
  });
  it('goes on across a row that left the body, and needs two rows kept (WCXB 0262)', () => {
    const without = (...gone: number[]): Line[] => lines.filter((line) => !gone.includes(line.index));
    expect(build(without(2))[1]).toEqual({
      type: 'table',
      rows: [
        ['Home size', 'Cost'],
        ['1 bedroom', '$648'],
      ],
    });
    expect(build(without(1, 2)).map((block) => block.type)).not.toContain('table');
  });
  it("takes a GFM table's delimiter row, kept between its head and its rows, as its markup (WCXB 0415)", () => {
    const page = 'Compare them:\n\n| Feature | Standard |\n| --- | --- |\n| Case mapping | yes |\n| Collation | no |';
    const pageLines = linesOf(page);
    expect(buildBlocks(pageLines, page, EN, pipeTables(pageLines))).toEqual([
      { type: 'paragraph', text: 'Compare them:' },
      {
        type: 'table',
        rows: [
          ['Feature', 'Standard'],
          ['Case mapping', 'yes'],
          ['Collation', 'no'],
        ],
      },
    ]);
  });
  it('ends an unmarked list over it (WCXB 0467)', () => {
    const page =
      'Compare them:\n\nSpeed\n\nPrice\n\nFeature\n\n\t\n\nGemini\n\n\n\nCost\n\n\t\n\nHigh\n\nThe end of it all.';
    const text = normalizeMapped(page);
    const pageLines = linesOf(text.text);
    const blocks = buildBlocks(pageLines, text.text, EN, tabTables(page, text, pageLines, tabPositions(page)));
    expect(blocks.find((block) => block.type === 'table')).toEqual({
      type: 'table',
      rows: [
        ['Feature', 'Gemini'],
        ['Cost', 'High'],
      ],
    });
    expect(JSON.stringify(blocks.filter((block) => block.type !== 'table'))).not.toContain('Gemini');
  });
});
