import { describe, expect, it } from 'vitest';
import { de } from '../../src/lang/de.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { ko } from '../../src/lang/ko.js';
import { th } from '../../src/lang/th.js';
import { zh } from '../../src/lang/zh.js';
import { creditPatternsFor, splitCaptionCredit } from '../../src/repair/caption-credit.js';
import { EN, lineOf } from '../helpers.js';

const DE = compiledPackFor(de);

/** Checks that the line `raw` splits into `caption` and `credit`. */
function expectSplit(raw: string, caption: string, credit: string): void {
  const line = lineOf(raw);
  expect([line.text, line.credit]).toEqual([caption, credit]);
}

describe('splitCaptionCredit: the usual credit forms', () => {
  it.each([
    [
      'Russian Foreign Minister Sergei Lavrov in Moscow, April 12, 2017.Credit: SERGEI KARPUKHIN/REUTERS',
      'Russian Foreign Minister Sergei Lavrov in Moscow, April 12, 2017.',
      'SERGEI KARPUKHIN/REUTERS',
    ],
    [
      'President Trump speaks in the Rose Garden. (AP Photo/Evan Vucci)',
      'President Trump speaks in the Rose Garden.',
      'AP Photo/Evan Vucci',
    ],
    [
      'Protesters gather outside parliament in London. Photograph: Jane Smith/Getty Images',
      'Protesters gather outside parliament in London.',
      'Jane Smith/Getty Images',
    ],
    ['A man walks his dog on the beach.Image credit: John Doe', 'A man walks his dog on the beach.', 'John Doe'],
    ['Flood waters rise in Dhaka.JOHN DOE/AFP', 'Flood waters rise in Dhaka.', 'JOHN DOE/AFP'],
    ['Smoke rises over the city (Reuters/Jane Doe)', 'Smoke rises over the city', 'Reuters/Jane Doe'],
    [
      'Interior design by Fletcher Rhodes, Sonoma CA. Photo: Thomas Kuoh.',
      'Interior design by Fletcher Rhodes, Sonoma CA.',
      'Thomas Kuoh.',
    ],
    [
      'The Darien is one of the most comfortable hammocks available. – Photo Credit: Taylor Passofaro (Example.com)',
      'The Darien is one of the most comfortable hammocks available.',
      'Taylor Passofaro (Example.com)',
    ],
    [
      'Guests pick their pastries from glass cabinets. | Photo by Lisa Jennings',
      'Guests pick their pastries from glass cabinets.',
      'Lisa Jennings',
    ],
  ])('%j', expectSplit);

  it.each([
    'PCIe to USB chipset – Via Lab’s VL805 PCIe Gen2 x1 to 4x USB 3.0 control chip',
    'He shot the wedding in 2019 – photo by photo, with a film camera.',
  ])('%j keeps a clause after a dash that is no credit', (raw) => expect(lineOf(raw).credit).toBeUndefined());

  it('splits a German "Foto: dpa" with the German pack', () => {
    const line = lineOf('Die Kanzlerin spricht in Berlin. Foto: dpa', DE);
    expect([line.text, line.credit]).toEqual(['Die Kanzlerin spricht in Berlin.', 'dpa']);
  });
  it('splits a German "(Foto: dpa)" with the German pack', () => {
    const line = lineOf('Die Kanzlerin in Berlin. (Foto: dpa)', DE);
    expect(line.text).toBe('Die Kanzlerin in Berlin.');
    expect(line.credit).toMatch(/dpa$/);
  });
  it('keeps the offsets of the whole line', () => {
    const line = lineOf('A man walks his dog on the beach.Image credit: John Doe');
    expect([line.start, line.end]).toEqual([0, 55]);
  });
});

describe('splitCaptionCredit: a credit on a line of its own', () => {
  it.each([
    ['Credit: Reviewed / Timothy Renzi', 'Reviewed / Timothy Renzi'],
    ['Photo: Shutterstock', 'Shutterstock'],
    ['Image: Courtesy of Michael Ma', 'Courtesy of Michael Ma'],
    ['Photo by Solen Feyissa on Unsplash', 'Solen Feyissa on Unsplash'],
    ['Image courtesy of: Rima Brindamour', 'Rima Brindamour'],
    ['Photo courtesy Method Architecture', 'Method Architecture'],
    ['Featured Image Credit: Upgraded Points', 'Upgraded Points'],
    ['Image source: Getty Images.', 'Getty Images.'],
  ])('%j is a credit with no caption', (raw, credit) => {
    const line = lineOf(raw);
    expect([line.text, line.credit]).toEqual(['', credit]);
  });
  it.each([
    'Video: 4K/30p, FHD 120p for slow motion',
    'Source: National Center for Education Statistics',
    'Photo Credit: www.littlebitsofhome.com',
    'Photography is how she spent her twenties',
    'Photo by photo, the album fills up.',
    'Photo: The view from the top.',
    'Image courtesy of the museum, which lent it for the show.',
  ])('%j keeps no credit', (raw) => expect(lineOf(raw).credit).toBeUndefined());
});

describe('splitCaptionCredit: a credit of its own in Chinese, Japanese and Thai', () => {
  it.each([
    [compiledPackFor(zh), '图片来源：新华社', '新华社'],
    [compiledPackFor(ja), '写真：共同通信', '共同通信'],
    [compiledPackFor(th), 'ภาพ: รอยเตอร์', 'รอยเตอร์'],
    [compiledPackFor(ko), '사진=연합뉴스', '연합뉴스'],
  ])('%#: %j is a credit with no caption', (lang, raw, credit) => {
    const line = lineOf(raw, lang);
    expect([line.text, line.credit]).toEqual(['', credit]);
  });
  it.each([
    [compiledPackFor(zh), '政府批准了新法案。图片来源：新华社', '政府批准了新法案。', '新华社'],
    [compiledPackFor(ja), '記者会見する首相。写真：共同通信', '記者会見する首相。', '共同通信'],
  ])('%#: splits a credit glued after a full-width full stop: %j', (lang, raw, caption, credit) => {
    const line = lineOf(raw, lang);
    expect([line.text, line.credit]).toEqual([caption, credit]);
  });
  it('reads "=" after a Korean label only', () => {
    expect(lineOf('image=cv2.imread(path)', compiledPackFor(ko)).credit).toBeUndefined();
  });
  it('keeps a sentence that opens with the word for picture', () => {
    expect(lineOf('ภาพนี้ถ่ายเมื่อปี 2017', compiledPackFor(th)).credit).toBeUndefined();
  });
  it.each([
    ['写真：夕方の駅前広場で帰宅を急ぐ大勢の通勤客と観光客の様子', ja],
    ['图片来源：本报记者昨天下午在市中心广场拍摄的春节庆祝活动现场', zh],
    ['写真：駅前で話す市長。', ja],
  ])('takes a long phrase or a sentence after the label, counted by its letters, for no credit: %j', (raw, pack) => {
    const line = lineOf(raw, compiledPackFor(pack));
    expect([line.text, line.credit]).toEqual([raw, undefined]);
  });
});

describe('splitCaptionCredit: a photo agency named after a slash or a bar', () => {
  it.each([
    [
      'Fitness fanatics are over feeling burnt out.PixelVista / Getty Images',
      'Fitness fanatics are over feeling burnt out.',
      'PixelVista / Getty Images',
    ],
    [
      'This is a good way to disrupt your sleep. Sergey Mironov/Moment via Getty Images',
      'This is a good way to disrupt your sleep.',
      'Sergey Mironov/Moment via Getty Images',
    ],
    ['Firn | Getty Images', '', 'Firn | Getty Images'],
    ['Getty Images / Patrick J. Endres', '', 'Getty Images / Patrick J. Endres'],
    ['Streetcats Studio / Shutterstock', '', 'Streetcats Studio / Shutterstock'],
  ])('%j', expectSplit);
  it.each([
    'The agency licenses its pictures through Getty Images.',
    'Stock photo sites like Getty Images / Shutterstock charge per image',
    'Shares of Getty Images rose on Tuesday / Wednesday',
  ])('%j keeps no credit', (raw) => expect(lineOf(raw).credit).toBeUndefined());
});

describe("splitCaptionCredit: a wire story's credit after its last paragraph", () => {
  // The research set's afpbb (ja): the story's last paragraph, 44 words, ends in the agency's credit.
  const paragraph =
    '市当局は洪水の被害が収まりつつあると繰り返し説明しているが、ある専門家は「川の北側の地域では今後も数日間は大雨やダムの放流による浸水の危険が高い状態が続いている」と指摘している。(c)AFP/Daniel OKAFOR';
  it('keeps the paragraph whole', () => expect(lineOf(paragraph).credit).toBeUndefined());
  it('still splits a caption of a few words', () => {
    expect(lineOf('救急隊が現場に到着した。(c)AFP/Daniel OKAFOR').credit).toBe('AFP/Daniel OKAFOR');
  });
});

describe('splitCaptionCredit: lines that only mention photos', () => {
  it.each([
    'The photo shows a crowd in the square, he said.',
    'He took a photo: it was late at night and the square was empty.',
    'The results are shown below (see chart/table below)',
    'Make a lot of passes (1/16 inch increments)',
    'Best Overall: Adidas Adizero Evo SL (Men’s/Women’s)',
    'Crowds gathered on the pier at Elm Street. (See video of the crowds -- 2:10)',
    'Photo',
    'Source: the ministry said on Tuesday that it had no further comment on the matter and would not.',
  ])('%j keeps no credit', (raw) => expect(lineOf(raw).credit).toBeUndefined());

  it('leaves list items alone', () => expect(lineOf('• A caption.Credit: X/Y').credit).toBeUndefined());
  it('does not split a German sentence about a photo', () => {
    expect(lineOf('Das Foto zeigt die Kanzlerin in Berlin.', DE).credit).toBeUndefined();
  });
  it('returns the very same line when there is nothing to split', () => {
    const line = lineOf('Just a sentence.');
    expect(splitCaptionCredit(line, creditPatternsFor(EN))).toBe(line);
  });
  it('compiles the patterns once per pack', () => expect(creditPatternsFor(EN)).toBe(creditPatternsFor(EN)));
});
