import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { type Line, segment, withRepair } from '../../src/segment/segment.js';

describe('segment: lines and offsets', () => {
  const text = 'Title\n\n  Body text.  \n\n\n next line\n';
  const lines = segment(text);

  it('keeps only non-blank lines, numbered in order', () => {
    expect(lines.map((l) => [l.index, l.text])).toEqual([
      [0, 'Title'],
      [1, 'Body text.'],
      [2, 'next line'],
    ]);
  });
  it('gives offsets that slice back to the trimmed line', () => {
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.rawText);
  });
  it('marks a line that follows a blank line', () => {
    expect(lines.map((l) => l.blankBefore)).toEqual([false, true, true]);
  });
  it('treats a whitespace-only line as blank', () => {
    expect(segment('a\n   \nb').map((l) => l.blankBefore)).toEqual([false, true]);
  });
  it('folds runs of spaces but keeps the offsets of the original span', () => {
    const [line] = segment('  A  lot   of spaces ');
    expect(line?.text).toBe('A lot of spaces');
    expect([line?.start, line?.end]).toEqual([2, 20]);
  });
  it('returns nothing for empty or blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n \n')).toEqual([]);
  });
});

describe('segment: list, quote and heading markers', () => {
  it.each([
    ['* item', '*'],
    ['• item', '•'],
    ['- item', '-'],
    ['– item', '–'],
    ['■ item', '■'],
    ['1. item', '1.'],
    ['12) item', '12)'],
    ['a. item', 'a.'],
  ])('%j has the list marker %j', (raw, marker) => {
    const [line] = segment(raw);
    expect(line?.listMarker).toBe(marker);
    expect(line?.text).toBe('item');
    expect(line?.rawText).toBe(raw);
  });
  it('reads nesting depth from indentation', () => {
    expect(segment(' * top\n   * nested\n     * deeper').map((l) => l.depth)).toEqual([0, 1, 2]);
  });
  it('reads a day written with a period before a month and a year as a date, not a numbered item', () => {
    expect(segment('12. März 2024, 14:30 Uhr')[0]?.listMarker).toBeNull();
    expect(segment('9. Oktober 2023')[0]?.text).toBe('9. Oktober 2023');
    expect(segment('3. Mix the flour in 2024 batches')[0]?.listMarker).toBe('3.');
  });
  it('reads a day, a month and a year in numbers after periods and spaces as a date ("12. 4. 2017")', () => {
    expect(segment('12. 4. 2017 14:30')[0]?.text).toBe('12. 4. 2017 14:30');
    expect(segment('5. 11.2017')[0]?.listMarker).toBeNull();
    // Near misses: an item that opens with a number or a year is still an item.
    expect(segment('12. 4 tips for 2017')[0]?.listMarker).toBe('12.');
    expect(segment('2. 2017 was the warmest year')[0]?.listMarker).toBe('2.');
  });
  it('needs a space after the marker', () => {
    expect(segment('a\n-\n1\nb.\nc) d').map((l) => l.listMarker)).toEqual([null, null, null, null, 'c)']);
    expect(segment('-5 degrees')[0]?.listMarker).toBeNull();
    expect(segment('1.5 million')[0]?.listMarker).toBeNull();
  });
  it('strips a quote marker and flags the line', () => {
    const [line] = segment('> To be or not to be.');
    expect([line?.quoted, line?.text]).toEqual([true, 'To be or not to be.']);
  });
  it('reads two marks in a row as an arrow before a link, not a quote (WCXB 4864)', () => {
    const [line] = segment('>> Related: NordPass Password Manager Review');
    expect([line?.quoted, line?.text]).toEqual([false, '>> Related: NordPass Password Manager Review']);
    expect(segment('> > A quote inside a quote.')[0]?.quoted).toBe(true);
  });
  it('drops a second mark after the first: a nested item, a list or a quote inside a quote (WCXB 4688, 0438, 2381)', () => {
    const [nested, inQuote, inInner] = segment(
      ' * * Napa Valley: Known for Cabernet.\n> * Is it ethical to build a library this way?\n> > “An index is a list.”',
    );
    expect([nested?.listMarker, nested?.text]).toEqual(['*', 'Napa Valley: Known for Cabernet.']);
    expect([inQuote?.quoted, inQuote?.text]).toEqual([true, 'Is it ethical to build a library this way?']);
    expect([inInner?.quoted, inInner?.text]).toEqual([true, '“An index is a list.”']);
    // Near misses: a quote's attribution keeps its dash, a divider of marks stays whole, a number stays with the item.
    expect(segment('> — Ash Vardanian (@ashvardanian) December 15, 2025')[0]?.text).toBe(
      '— Ash Vardanian (@ashvardanian) December 15, 2025',
    );
    expect(segment('* * *')[0]?.text).toBe('* *');
    expect(segment('> 1. What inspired you?')[0]?.text).toBe('1. What inspired you?');
  });
  // WCXB 0437 innertext: toMarkdown escapes a shell comment written as a paragraph ("\\# initialize git").
  it.each([
    ['\\# initialize git', '# initialize git'],
    ['\\+ return', '+ return'],
    ['\\- AFP', '- AFP'],
    ['\\> not a quote', '> not a quote'],
  ])("reads Markdown's escape of a first mark %j as a plain line that keeps the mark", (raw, text) => {
    const [line] = segment(raw);
    expect([line?.text, line?.rawText, line?.headingLevel, line?.listMarker, line?.quoted]).toEqual([
      text,
      raw,
      0,
      null,
      false,
    ]);
  });
  it('keeps a backslash that escapes no mark', () => {
    expect(segment('\\#hashtag')[0]?.text).toBe('\\#hashtag');
    expect(segment('\\section{Results}')[0]?.text).toBe('\\section{Results}');
  });
  it.each([
    ['# One', 1],
    ['## Two', 2],
    ['###### Six', 6],
  ])('%j is a Markdown heading of level %i', (raw, level) => {
    const [line] = segment(raw);
    expect(line?.headingLevel).toBe(level);
    expect(line?.text).toBe(raw.replace(/^#+ /, ''));
  });
  it('does not read seven hashes or a hashtag as a heading', () => {
    expect(segment('####### Seven')[0]?.headingLevel).toBe(0);
    expect(segment('#hashtag')[0]?.headingLevel).toBe(0);
  });
  // WCXB 0070 innertext: toMarkdown's "*By Rick Steves*", cleaned again, came back a heading with its asterisks.
  it('takes the emphasis off a line wholly in it, as markup', () => {
    const [line] = segment('*By Jane Doe · April 12, 2017*');
    expect([line?.text, line?.rawText]).toEqual(['By Jane Doe · April 12, 2017', '*By Jane Doe · April 12, 2017*']);
    expect(segment('*The minister spoke.*')[0]?.endsSentence).toBe(true);
  });
  // WCXB 0110 innertext: toText's headline, cleaned again, could not be told from the body's first heading.
  it('reads a line of `=` under a line as its headline mark: a heading of level 1 whose span takes the underline in', () => {
    const text = 'What Is Video Production?\n=========================\nVideo production is the whole process.';
    const [headline, body] = segment(text);
    expect([headline?.text, headline?.rawText, headline?.headingLevel]).toEqual([
      'What Is Video Production?',
      'What Is Video Production?',
      1,
    ]);
    expect(text.slice(headline?.start, headline?.end)).toBe(text.slice(0, text.indexOf('\nVideo')));
    expect([body?.text, body?.headingLevel, body?.blankBefore]).toEqual([
      'Video production is the whole process.',
      0,
      false,
    ]);
  });
  it('reads no underline after a blank line, in short under a long line, under an item, or of other marks', () => {
    const plain = (text: string) => segment(text).map((l) => [l.text, l.headingLevel]);
    expect(plain('Title\n\n=====')).toEqual([
      ['Title', 0],
      ['=====', 0],
    ]);
    // A listing's merge marker under a line of code (WCXB 0426 html-to-text).
    expect(plain('    return check_user(name, password)\n=======')).toEqual([
      ['return check_user(name, password)', 0],
      ['=======', 0],
    ]);
    expect(plain('- An item\n=========')).toEqual([
      ['An item', 0],
      ['=========', 0],
    ]);
    expect(plain('Title\n==')).toEqual([
      ['Title', 0],
      ['==', 0],
    ]);
    expect(plain('Title\n==-==')).toEqual([
      ['Title', 0],
      ['==-==', 0],
    ]);
    expect(plain('Title\n=====\n=====')).toEqual([
      ['Title', 1],
      ['=====', 0],
    ]);
  });
  it('keeps asterisks that set off part of a line, bold, or a list mark', () => {
    for (const raw of ['*Update* — the company replied *today*', '**Bold line**', '*Note*: read on *'])
      expect(segment(raw)[0]?.text).toBe(raw);
    expect(segment('* An item*')[0]?.text).toBe('An item*');
  });
});

describe('segment: words and tokens', () => {
  it('counts space-separated words and lowercases tokens', () => {
    const [line] = segment("It's O’Brien's e-mail, 2017!");
    expect(line?.tokens).toEqual(["it's", "o’brien's", 'e-mail', '2017']);
    expect(line?.words).toBe(4);
  });
  it('ignores punctuation-only runs', () => expect(segment('— | • …')[0]?.words).toBe(0));
  it('keeps every token of a page of a thousand distinct words, seen once and again', () => {
    const words = Array.from({ length: 1000 }, (_, n) => `Word${n}`);
    const lines = segment(`${words.join(' ')}\n${words.slice(0, 500).join(' ')}`);
    expect(lines[0]?.tokens).toEqual(words.map((word) => word.toLowerCase()));
    expect(lines[1]?.tokens).toEqual(words.slice(0, 500).map((word) => word.toLowerCase()));
  });
  it('counts one word per two characters in Chinese', () => {
    const [line] = segment('东京是日本的首都');
    expect(line?.script).toBe('han');
    expect(line?.words).toBe(4);
  });
  it('counts one word per four letters in Thai, which has no spaces', () => {
    const [line] = segment('ภาษาไทยเป็นภาษาที่สวยงาม');
    expect(line?.script).toBe('thai');
    expect(line?.words).toBe(Math.ceil((line?.letters ?? 0) / 4));
    expect(line?.words).toBeGreaterThan(4);
  });
  it('counts a Thai menu entry as a menu entry: three words at most', () => {
    // The research set's prachatai (th) category menu: "human rights", "politics".
    expect(segment('สิทธิมนุษยชน')[0]?.words).toBe(3);
    expect(segment('การเมือง')[0]?.words).toBe(2);
  });
  it('counts Japanese kana the same way', () => expect(segment('こんにちは')[0]?.words).toBe(3));
  it('counts Cyrillic words by spaces', () => expect(segment('Москва — столица России.')[0]?.words).toBe(3));
});

describe('segment: shape features', () => {
  it.each([
    ['Body text.', true],
    ['Really?!', true],
    ['He said "yes."', true],
    ['Wait…', true],
    ['東京です。', true],
    ['सरकार ने नया विधेयक मंजूर किया।', true],
    ['هل توافق على القرار؟', true],
    ['یہ فیصلہ درست ہے۔', true],
    ['No ending', false],
    ['Ends with a colon:', false],
  ])('%j ends like a sentence: %s', (raw, ends) => expect(segment(raw)[0]?.endsSentence).toBe(ends));

  it('reads a long Thai line parted by a space as a sentence, which Thai ends with no mark', () => {
    const paragraph = 'รัฐบาลอนุมัติร่างกฎหมายฉบับใหม่เมื่อวันพุธ เพื่อเร่งการพัฒนาพลังงานหมุนเวียนทั่วประเทศ';
    expect(segment(paragraph)[0]?.endsSentence).toBe(true);
    expect(segment('รัฐบาลอนุมัติร่างกฎหมายพลังงานหมุนเวียน')[0]?.endsSentence).toBe(false);
    expect(segment('ข่าว กีฬา บันเทิง')[0]?.endsSentence).toBe(false);
  });
  it('reads a long Chinese line parted by spaces as a sentence, as a blog writes it without commas', () => {
    // Readability's pixnet (zh-TW) post: one such line a photo, none with an end mark.
    expect(segment('一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣')[0]?.endsSentence).toBe(
      true,
    );
    // Near misses: a headline with a space, a long line with no space, a space between Latin words only.
    expect(segment('新竹 - 心鮮森林莊園餐廳')[0]?.endsSentence).toBe(false);
    expect(segment('營區內除了露營民宿餐飲賞楓項目多了許多原木飾品更有畫龍點睛加乘效果')[0]?.endsSentence).toBe(false);
    expect(segment('【2014新竹住宿】美麗信酒店 Miramar Hotel Hsinchu')[0]?.endsSentence).toBe(false);
    expect(
      segment('新竹 旅遊 美食 住宿 露營 賞楓 攝影 親子 溫泉 老街 步道 夜市 咖啡 民宿 景點 交通')[0]?.endsSentence,
    ).toBe(false);
  });
  it('reads a paragraph with a wire credit glued after its end as a sentence', () => {
    // The research set's afpbb (ja): the story's last paragraph.
    expect(segment('ある専門家は「危険が続いている」と指摘している。(c)AFP/Daniel OKAFOR')[0]?.endsSentence).toBe(true);
    expect(segment('The council met on Tuesday. © AFP')[0]?.endsSentence).toBe(true);
    // Near misses: a footer's notice and a credit without a sentence before it.
    expect(segment('© 2024 Example Media')[0]?.endsSentence).toBe(false);
    expect(segment('Photo (c) Jane Doe/Reuters')[0]?.endsSentence).toBe(false);
  });
  it('counts sentence marks followed by a space or the end', () => {
    expect(segment('One. Two. Three.')[0]?.sentenceMarks).toBe(3);
    expect(segment('3.5 per cent')[0]?.sentenceMarks).toBe(0);
    expect(segment('पहला वाक्य। दूसरा वाक्य।')[0]?.sentenceMarks).toBe(2);
  });
  it('counts a Chinese or Japanese sentence mark that the next sentence follows without a space (readability test page qq)', () => {
    const line = segment(
      'DeepMind希望DNC可以推动计算行业实现更多突破。DeepMind已将其研究结果发表在科学刊物《自然》（Nature）上。（编译/林靖东）',
    )[0];
    expect(line?.sentenceMarks).toBe(2);
    expect(line?.endsSentence).toBe(false);
    expect(segment('今日は晴れです！明日は雨？')[0]?.sentenceMarks).toBe(2);
  });
  it('measures the upper-case share of cased letters', () => {
    expect(segment('LOG IN')[0]?.upperRatio).toBe(1);
    expect(segment('Ab')[0]?.upperRatio).toBe(0.5);
    expect(segment('123')[0]?.upperRatio).toBe(0);
  });
  it('finds the dominant script', () => {
    expect(segment('Москва and')[0]?.script).toBe('cyrillic');
    expect(segment('שלום world')[0]?.script).toBe('latin');
    expect(segment('12:30')[0]?.script).toBe('none');
  });
});

describe('segment: hard-wrapped paragraphs', () => {
  const texts = (text: string): string[] => segment(text).map((l) => l.text);

  it('joins a line that stops mid-sentence to the next one that goes on in lower case', () => {
    expect(
      texts('The committee met on Tuesday to discuss the budget and\nagreed to cut spending by ten percent.'),
    ).toEqual(['The committee met on Tuesday to discuss the budget and agreed to cut spending by ten percent.']);
  });
  it('joins a short last line that ends the sentence', () => {
    expect(texts('The committee met on Tuesday to discuss the budget and\nagreed to it.')).toHaveLength(1);
  });
  it('keeps a tag of a few lower-case words under a headline apart', () => {
    expect(texts('Guide to Landscape Photography Composition: Framing the Landscape\nmaking images\nSep 16')).toEqual([
      'Guide to Landscape Photography Composition: Framing the Landscape',
      'making images',
      'Sep 16',
    ]);
  });
  // WCXB 0347 innertext: "a) Market overview" ran into the heading above it.
  it('keeps a lettered item apart from the line above it', () => {
    expect(texts('Market 3: Generative AI services and platforms\na) Market overview')).toEqual([
      'Market 3: Generative AI services and platforms',
      'Market overview',
    ]);
    expect(texts('The committee met on Tuesday to discuss the budget and\na. ten other matters')).toHaveLength(2);
  });
  it('still joins a line that goes on with a one-letter word', () => {
    expect(texts('The committee met on Tuesday to discuss the budget with\na few other matters.')).toHaveLength(1);
  });
  it('still joins a short command to the code comment above it', () => {
    expect(texts('# stash your current changes and return to the head\ngit stash')).toHaveLength(1);
  });
});

describe('withRepair', () => {
  const line = segment('Photo of a cat Credit: Jane Doe')[0] as Line;
  const fields = { text: 'Photo of a cat', repeats: undefined, labelText: undefined, credit: 'Jane Doe' };

  it('replaces the repaired fields and keeps the others', () => {
    expect(withRepair(line, fields)).toEqual({ ...line, ...fields });
  });
  it("keeps the line's fields in their order, so the repaired line has the shape of the others", () => {
    expect(Object.keys(withRepair(line, fields))).toEqual(Object.keys(line));
  });
});

describe('segment: what is no text', () => {
  it('throws an InvalidInputError naming what it got, as clean() does, not a TypeError from inside', () => {
    expect(() => segment(Buffer.from('Title') as unknown as string)).toThrow(
      new InvalidInputError('bytes (Buffer); decode them to a string first', 'segment() expects a string'),
    );
    expect(() => segment(5 as unknown as string)).toThrow('segment() expects a string, received number');
  });
});
