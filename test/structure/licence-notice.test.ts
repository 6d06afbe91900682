import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { isLicenceNotice } from '../../src/structure/licence-notice.js';
import { COUNCIL_ARTICLE, EN, lineOf } from '../helpers.js';

describe('isLicenceNotice', () => {
  it('reads a licence granted for the page itself as its notice', () => {
    expect(isLicenceNotice(lineOf('This work is licensed under a Creative Commons Attribution 4.0 License.'), EN)).toBe(
      true,
    );
    expect(
      isLicenceNotice(
        lineOf('This website and all documents on it are licensed under a Creative Commons License.'),
        EN,
      ),
    ).toBe(true);
  });

  it('keeps a paragraph that says what a program or a republished article is licensed under', () => {
    expect(
      isLicenceNotice(
        lineOf('The council’s traffic model is licensed under the MIT License, so anyone may check it.'),
        EN,
      ),
    ).toBe(false);
    expect(
      isLicenceNotice(lineOf('This article is republished from The Gazette under a Creative Commons license.'), EN),
    ).toBe(false);
  });
});

describe('a licence notice at the body’s end', () => {
  it('leaves the body as small print, with what follows it', () => {
    const page = [
      'Council widens the bridge',
      ...COUNCIL_ARTICLE,
      'All text on this site is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License, unless a page says otherwise.',
    ];
    const article = clean(page.join('\n'));
    expect(article.text).toContain('The council meets again next month');
    expect(article.text).not.toContain('Creative Commons');
    const notice = article.removed.find((r) => r.text.startsWith('All text on this site'));
    expect(notice?.kind).toBe('legal');
    expect(notice?.reason).toMatch(/^small print at the body's end/);
  });

  it('keeps a closing paragraph that mentions a licence', () => {
    const page = [
      'Council widens the bridge',
      ...COUNCIL_ARTICLE,
      'The council’s traffic model, which the engineers used to size the bridge, is licensed under the MIT License and anyone may check it.',
    ];
    expect(clean(page.join('\n')).text).toContain('licensed under the MIT License');
  });
});
