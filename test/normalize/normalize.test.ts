import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { normalizeChar } from '../../src/normalize/characters.js';
import { looksLikeMarkup } from '../../src/normalize/markup.js';
import { normalize } from '../../src/normalize/normalize.js';

/** The input text each output character maps back to, one string per character. */
const originChars = (input: string): string[] => {
  const { text, origin } = normalize(input);
  return [...Array(text.length).keys()].map((i) => input[origin[i] ?? -1] ?? '');
};

describe('normalize: HTML entities (decoded with he)', () => {
  it.each([
    ['Caf&eacute; au lait', 'Café au lait'],
    ['AT&amp;T', 'AT&T'],
    ['&lt;b&gt;', '<b>'],
    ['it&#8217;s', 'it’s'],
    ['it&#x2019;s', 'it’s'],
    ['&#x1F600;', '😀'],
    ['&copy 2017', '© 2017'],
  ])('%j → %j', (input, text) => expect(normalize(input).text).toBe(text));

  it('turns a no-break space entity into a plain space', () => expect(normalize('a&nbsp;b').text).toBe('a b'));
  it('keeps an unknown entity as written', () => expect(normalize('&bogus; x').text).toBe('&bogus; x'));
  it('keeps a bare ampersand', () => expect(normalize('Q&A, R & D').text).toBe('Q&A, R & D'));
  it('turns the NUL reference into U+FFFD', () => expect(normalize('a&#0;b').text).toBe('a\uFFFDb'));
  it('turns an entity-spelled carriage return into a line end', () => {
    expect(normalize('a&#13;b').text).toBe('a\nb');
  });
  it('decodes once: a double-encoded entity keeps one level', () => {
    expect(normalize('&amp;lt;').text).toBe('&lt;');
  });
  it('maps every character an entity produced to the entity start', () => {
    const { origin } = normalize('x&#x1F600;y');
    expect(Array.from(origin)).toEqual([0, 1, 1, 10, 11]);
  });
});

describe('normalize: tags of markup', () => {
  it('drops inline tags without a line break', () => {
    expect(normalize('a <b>bold</b> <a href="https://x.test/">link</a>').text).toBe('a bold link');
  });
  it.each(['<br>', '<br/>', '<br />', '<p>', '</p>', '<div class="x">', '<li>', '</h2>'])(
    'turns the block tag %s into a line end',
    (tag) => expect(normalize(`one${tag}two`).text).toBe('one\ntwo'),
  );
  it.each(['<B>', '</SPAN>', '<img src="x.png"/>'])('drops %s, an element written in one case', (tag) =>
    expect(normalize(`a${tag}b`).text).toBe('ab'),
  );
  it.each(['<Tillerson>', 'List<String>', 'Box<dyn CodegenBackend>', 'List<Object>', '<PropertyGroup>', '<my-widget>'])(
    'keeps %s, which names no HTML element',
    (text) => expect(normalize(text).text).toBe(text),
  );
  it('decodes an entity inside a kept tag-shaped text', () =>
    expect(normalize('<dyn A &amp; B>').text).toBe('<dyn A & B>'));
  it('leaves comparison signs alone', () =>
    expect(normalize('3 < 4 and 5 > 2, a<b').text).toBe('3 < 4 and 5 > 2, a<b'));
  it('maps text after a tag to its own input offset', () => {
    const input = '<p>Para</p>';
    const { text, origin } = normalize(input);
    expect(text).toBe('\nPara\n');
    expect(input.slice(origin[1], origin[5])).toBe('Para');
  });
});

describe('normalize: tags that are the text', () => {
  // Shrunk from WCXB 0390, a tutorial whose JSX listing the tags were dropped from, leaving "setInput(…)}" alone.
  const LISTING = [
    'Here is the component we will build:',
    '',
    '  return (',
    '    <div className="app">',
    '      <h1>Todo List</h1>',
    '      <input onChange={e => setInput(e.target.value)} />',
    '    </div>',
    '  );',
    '',
    'Run it and open the page in your browser.',
    'Every todo you add shows up in the list.',
    'That is all it takes.',
  ].join('\n');
  it('keeps the tags of a listing in an article', () => expect(normalize(LISTING).text).toBe(LISTING));
  it.each([
    '30 Years of <br> Tags',
    "When it came to HTML, you'd see a mess of <table> tags.\nAnd spacer GIFs.\nAnd frames.",
    'The first test was a valid HTML string, <p>Hello</p>.\nIt passed.\nThen came tables.',
  ])('keeps the tags that an article about HTML writes: %j', (text) => {
    // One line with a tag among three is text, not markup.
    const article = text.includes('\n') ? text : `${text}\nA look back.\nBy the editors.`;
    expect(normalize(article).text).toBe(article);
  });
});

describe('looksLikeMarkup', () => {
  it.each([
    ['<p>One</p>\n<p>Two</p>', true],
    ['Title\n<p>One</p>\n<p>Two</p>', true],
    ['a <b>bold</b> word', true],
    ['Wrap it in a <div> first.\nThen style it.\nDone.', false],
    ['List<String> and Box<dyn Error>', false],
    ['no tags at all', false],
    ['', false],
  ])('%j → %s', (input, markup) => expect(looksLikeMarkup(input)).toBe(markup));
  it('counts a line once however many tags it holds', () =>
    expect(looksLikeMarkup('<b>a</b> <i>b</i> <u>c</u>\nplain\nplain')).toBe(false));
  it('does not count blank lines', () => expect(looksLikeMarkup('<p>One</p>\n\n  \n\nplain')).toBe(true));
  it('counts a last line without a line break, not one of spaces, tabs or carriage returns', () => {
    expect(looksLikeMarkup('<p>One</p>\r\nplain\r\n \t\r')).toBe(true);
    expect(looksLikeMarkup('<p>One</p>\r\nplain\r\n \tmore')).toBe(false);
  });
});

describe('normalize: Unicode NFC with the offset map', () => {
  it('composes a base and its combining mark', () => expect(normalize('Cafe\u0301').text).toBe('Caf\u00E9'));
  it('maps the composed character to its base and what follows past the mark', () => {
    expect(Array.from(normalize('Cafe\u0301!').origin)).toEqual([0, 1, 2, 3, 5, 6]);
  });
  it('orders combining marks canonically', () => expect(normalize('q\u0301\u0323').text).toBe('q\u0323\u0301'));
  it('maps a singleton (ANGSTROM SIGN) to its NFC form', () => expect(normalize('1 \u212B').text).toBe('1 \u00C5'));
  it('composes Hangul jamo into a syllable', () => expect(normalize('\u1100\u1161\u11A8').text).toBe('\uAC01'));
  it('keeps each character of a changed run at its own offset', () => {
    expect(Array.from(normalize('\u00E9\u212B\u00E9').origin)).toEqual([0, 1, 2, 3]);
  });
  it('finds units far into ASCII text, back to back and at its start', () => {
    const input = `\u0301${'plain words '.repeat(2000)}Cafe\u0301e\u0301 \u212B\u00E9 x\u0323\u0301`;
    const { text, origin } = normalize(input);
    expect(text).toBe(input.normalize('NFC'));
    const at = input.indexOf('Cafe');
    expect(origin[text.indexOf('Caf\u00E9') + 4]).toBe(at + 5);
    expect(origin[text.indexOf('\u00C5')]).toBe(input.indexOf('\u212B'));
  });
  it('leaves text that is already NFC unchanged', () => {
    const input = 'Москва, 東京, Zürich — ok';
    expect(normalize(input).text).toBe(input);
  });
});

describe('normalize: spaces, invisible characters and line ends', () => {
  it.each([
    ['no-break space', '\u00A0'],
    ['narrow no-break space', '\u202F'],
    ['em space', '\u2003'],
    ['thin space', '\u2009'],
    ['ideographic space', '\u3000'],
    ['tab', '\t'],
  ])('turns a %s into a plain space', (_name, ch) => expect(normalize(`a${ch}b`).text).toBe('a b'));

  it.each([
    ['zero-width space', '\u200B'],
    ['left-to-right mark', '\u200E'],
    ['word joiner', '\u2060'],
    ['soft hyphen', '\u00AD'],
    ['NUL', '\u0000'],
    ['escape', '\u001B'],
    ['C1 control', '\u0090'],
  ])('drops a %s', (_name, ch) => expect(normalize(`a${ch}b`).text).toBe('ab'));

  it.each([
    ['a zero-width non-joiner inside a Persian word', 'انرژی\u200Cهای'],
    ['a zero-width joiner inside a Hindi conjunct', 'क्\u200Dष'],
  ])('keeps %s', (_name, word) => expect(normalize(word).text).toBe(word));
  it('drops a joiner that stands alone or between spaces', () => {
    expect(normalize('aromas.\n\u200D\nNew').text).toBe('aromas.\n\nNew');
    expect(normalize('regions.\u200D\nNew').text).toBe('regions.\nNew');
  });

  it('drops a byte-order mark and maps the text after it', () => {
    const { text, origin } = normalize('\uFEFFHello');
    expect(text).toBe('Hello');
    expect(origin[0]).toBe(1);
  });
  it('turns CRLF and a lone CR into one line end each', () => {
    expect(normalize('one\r\ntwo\rthree\n').text).toBe('one\ntwo\nthree\n');
  });
  it.each([
    ['form feed', '\u000C'],
    ['next line', '\u0085'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
  ])('turns a %s into a line end', (_name, ch) => expect(normalize(`a${ch}b`).text).toBe('a\nb'));

  it('replaces lone surrogates with U+FFFD and keeps valid pairs', () => {
    expect(normalize('a\uD800b\uDC00c\uD83D\uDE00').text).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
  });
  it('replaces a high surrogate at the very end', () => expect(normalize('end\uD83D').text).toBe('end\uFFFD'));
});

describe('normalize: the origin map', () => {
  const input = '\uFEFF<p>Caf&eacute;\u00A0au\r\nlait&nbsp;e\u0301\u200B!</p>\uD800';
  const { text, origin } = normalize(input);

  it('has one entry per output character plus one for the end', () => {
    expect(origin.length).toBe(text.length + 1);
    expect(origin[text.length]).toBe(input.length);
  });
  it('never decreases', () => {
    for (let i = 1; i < origin.length; i++) expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1] ?? 0);
  });
  it('points every character kept as-is at itself in the input', () => {
    const chars = originChars(input);
    [...text].forEach((ch, i) => {
      if (/[A-Za-z!]/.test(ch)) expect(chars[i]).toBe(ch);
    });
  });
  it('is the identity on plain text', () => {
    expect(Array.from(normalize('plain').origin)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('maps the empty string to [0]', () => {
    expect(normalize('')).toEqual({ text: '', origin: new Uint32Array([0]) });
  });
});

describe('normalizeChar', () => {
  it.each([
    ['\u00A0', ' '],
    ['\t', ' '],
    ['\u2028', '\n'],
    ['\r', '\n'],
    ['\u200B', ''],
    ['\uFEFF', ''],
    ['\uD800', '\uFFFD'],
    ['x', 'x'],
    ['\n', '\n'],
  ])('%j → %j', (ch, out) => expect(normalizeChar(ch)).toBe(out));
});

describe('normalize: what is no text', () => {
  it('throws an InvalidInputError naming what it got, as clean() does, not a TypeError from inside', () => {
    expect(() => normalize(null as unknown as string)).toThrow(
      new InvalidInputError('null', 'normalize() expects a string'),
    );
    expect(() => normalize(new String('a') as unknown as string)).toThrow(InvalidInputError);
  });
});
