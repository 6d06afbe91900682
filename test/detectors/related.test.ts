import { describe, expect, it } from 'vitest';
import { related, teaserLabel } from '../../src/detectors/related.js';
import { ar } from '../../src/lang/ar.js';
import { cs } from '../../src/lang/cs.js';
import { es } from '../../src/lang/es.js';
import { fr } from '../../src/lang/fr.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { pt } from '../../src/lang/pt.js';
import { th } from '../../src/lang/th.js';
import { zh } from '../../src/lang/zh.js';
import { EN, expectReasonMeasures, verdictOf } from '../helpers.js';

describe('related', () => {
  it.each([
    'Most read',
    'Related Articles',
    'READ MORE: Trump says ties with Russia at low point',
    'Related: Putin meets Tillerson',
    'Also read: Why the ruble fell',
    'Read This Next',
    'Explore more',
    'From Our Archives',
    'You’ll Also Love...',
    'Citations',
  ])('removes the related line %j', (text) => expect(verdictOf(related, text)?.kind).toBe('related'));

  it.each([
    'The related issue, according to officials, is whether the trade deal will survive.',
    'Read more about the plan in our explainer on the budget, which was published last week by the council.',
    'Officials said: the plan is popular.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(related, text)).toBeUndefined());

  it('reads a teaser past the mark that points at it (WCXB 0334, 1657)', () => {
    const verdict = verdictOf(related, '» Related: How to Save Money on Car Rentals');
    expect(verdict?.reason).toBe('teaser after a "related" label (words=8)');
    expect(verdictOf(related, '» The minister said: the talks were useful')).toBeUndefined();
  });
  it('names the label a teaser starts with', () => {
    const verdict = verdictOf(related, 'READ MORE: Trump says ties with Russia at low point');
    expect(verdict?.reason).toBe('teaser after a "read more" label (words=10)');
  });
  it('gives the label hits for a header', () => {
    expectReasonMeasures(verdictOf(related, 'Most read')?.reason, { hits: 1, words: 2 });
  });
  it.each([
    'Latest Articles',
    'More from John Crenshaw',
    'Trending in Car Repair & Maintenance',
    '🔥 Recommended Posts',
  ])('takes %j for a list header', (text) => expect(verdictOf(related, text)?.barrier).toBe(true));
  it('does not take a teaser with an emoji before its label for a header (WCXB 2453)', () => {
    expect(verdictOf(related, '➡️ Read more about Modular Monoliths:')?.barrier).toBeUndefined();
  });
  it.each(['Latest generation processors deliver consistent performance', 'Popular Types of Marketing Videos'])(
    'keeps the article heading %j that only opens with a one-word label',
    (text) => expect(verdictOf(related, text)).toBeUndefined(),
  );
  it.each([
    'You may be interested in the following topics as well:',
    'If you liked this post you might also like:',
    'Read more of our articles...',
    'IF YOU LIKED THIS…',
    'If you enjoyed this, try these:',
  ])('takes %j, introducing a list, for a list header', (text) => expect(verdictOf(related, text)?.barrier).toBe(true));
  it.each(['Popular interactive concepts include:', 'Why Vans is Popular:', 'Here is what we will read more closely:'])(
    'keeps %j, whose label is one word or stands mid-line',
    (text) => expect(verdictOf(related, text)).toBeUndefined(),
  );
  it.each([
    ['Other Posts You May Enjoy', 'you may enjoy', 5],
    ['OTHER ARTICLES YOU MAY FIND INTERESTING', 'you may find interesting', 6],
  ])('takes %j, a header ending with a label addressed to the reader, for a list header', (text, label, words) => {
    const verdict = verdictOf(related, text);
    expect(verdict?.barrier).toBe(true);
    expect(verdict?.reason).toBe(`header ending with "${label}" (words=${words})`);
  });
  it.each(['More information and further reading', 'Here are three day trips from the city you may enjoy.'])(
    'keeps %j, which ends with a short label or is a sentence',
    (text) => expect(verdictOf(related, text)).toBeUndefined(),
  );
  it('keeps a sentence that opens like a header', () => {
    const text = 'If you liked this recipe, the same dough also makes a fine pizza base for a weeknight supper.';
    expect(verdictOf(related, text)).toBeUndefined();
  });
  it.each(['Similar Posts', 'Recent Articles', 'More Recipes', 'More Case Studies'])(
    'takes %j, over other posts’ links after a post (WCXB 4083, 4175, 4161, 0008), for a list header',
    (text) => expect(verdictOf(related, text)?.barrier).toBe(true),
  );
  it('keeps a sentence that names recent articles', () => {
    const text = 'Recent articles in the journal have questioned whether the trial was large enough to tell.';
    expect(verdictOf(related, text)).toBeUndefined();
  });
  it('keeps a teaser-shaped line longer than a teaser', () => {
    expect(verdictOf(related, `Related: ${'word '.repeat(35)}`)).toBeUndefined();
  });

  it('reads a Thai related header with the Thai pack, not a Thai paragraph (research set prachatai)', () => {
    const TH = compiledPackFor(th);
    expect(verdictOf(related, 'เรื่องที่เกี่ยวข้อง', TH)?.kind).toBe('related');
    const paragraph =
      'ด้าน นาง ส. ผู้ใหญ่บ้านของ หมู่บ้านริมน้ำ ซึ่งเป็นหนึ่งในผู้ที่ช่วยค้นหาเรือประมงที่หายไปกล่าวกับผู้สื่อข่าวว่า ทางอำเภอได้ส่งข้อมูลจากระบบ GPS';
    expect(verdictOf(related, paragraph, TH)).toBeUndefined();
  });

  // why: the headers of teaser boxes after a story (WCXB 0331, 4526 in English), as Thai and Arabic sites write them.
  it('reads a Thai and an Arabic teaser box header, not a headline that goes on after it', () => {
    expect(verdictOf(related, 'ข่าวที่น่าสนใจ', compiledPackFor(th))?.kind).toBe('related');
    expect(verdictOf(related, 'اخترنا لك', compiledPackFor(ar))?.kind).toBe('related');
    const headline = 'اخترنا لكم أفضل الأماكن لقضاء عطلة الصيف في المدينة هذا العام مع العائلة والأصدقاء.';
    expect(verdictOf(related, headline, compiledPackFor(ar))).toBeUndefined();
  });

  it('reads a Czech "happening now" feed header, not a sentence that says it (readability test page aktualne)', () => {
    const CS = compiledPackFor(cs);
    const header = verdictOf(related, 'PRÁVĚ SE DĚJE', CS);
    expect(header?.kind).toBe('related');
    expect(header?.barrier).toBe(true);
    const sentence =
      'Co se právě děje na hranicích, popsal ve středu ministr vnitra poslancům, kteří se sešli na mimořádné schůzi sněmovny.';
    expect(verdictOf(related, sentence, CS)).toBeUndefined();
  });
  it('reads an "other news" header in Spanish, Portuguese and French, not a sentence that names other news (held-out set)', () => {
    for (const [pack, header, sentence] of [
      [
        es,
        'OTRAS NOTICIAS',
        'Las otras noticias del día quedaron eclipsadas por la visita del presidente a la región.',
      ],
      [pt, 'Outras notícias', 'As outras notícias da semana ficaram em segundo plano depois da decisão do tribunal.'],
      [
        fr,
        'Autres actualités',
        'Les autres actualités de la semaine sont passées au second plan après la décision du tribunal.',
      ],
    ] as const) {
      const compiled = compiledPackFor(pack);
      const verdict = verdictOf(related, header, compiled);
      expect(verdict?.kind).toBe('related');
      expect(verdict?.barrier).toBe(true);
      expect(verdictOf(related, sentence, compiled)).toBeUndefined();
    }
  });
  it('reads a Spanish "you can also read" teaser, not a sentence that says so (held-out set)', () => {
    const ES = compiledPackFor(es);
    const teaser = verdictOf(
      related,
      'También puede leer: Tras el escándalo, el jefe de bancada pide cambios en la Policía',
      ES,
    );
    expect(teaser?.reason).toContain('"también puede leer"');
    const sentence = 'También puede leer el informe completo en la página del ministerio, que lo publicó este martes.';
    expect(verdictOf(related, sentence, ES)).toBeUndefined();
  });
  it('reads a Chinese "recommended videos" header, not a sentence that names them (readability test page qq)', () => {
    const ZH = compiledPackFor(zh);
    for (const text of ['精彩视频推荐', '視頻推薦']) {
      const header = verdictOf(related, text, ZH);
      expect(header?.kind).toBe('related');
      expect(header?.barrier).toBe(true);
    }
    const sentence = '这段精彩视频在社交网络上被转发了数十万次，许多网友表示这是他们今年看过最感人的画面。';
    expect(verdictOf(related, sentence, ZH)).toBeUndefined();
  });
  it('reads a Chinese header that ends with a label of three words, written without spaces', () => {
    const verdict = verdictOf(related, '本周大家都在看', compiledPackFor(zh));
    expect(verdict?.reason).toBe('header ending with "大家都在看" (words=4)');
  });
});

describe('teaserLabel', () => {
  const { related: labels } = EN.match;
  it('gives the label before the mark, past a mark that points at it', () => {
    expect(teaserLabel('» Related: How to rent a car', labels)).toBe('Related');
    expect(teaserLabel('See also:', labels)).toBe('See also');
  });
  it('asks for a teaser after the mark when told to', () => {
    expect(teaserLabel('See also: Travel Photography Explained', labels, true)).toBe('See also');
    expect(teaserLabel('See also:', labels, true)).toBeNull();
  });
  it('is null when words other than labels stand before the mark', () => {
    expect(teaserLabel('Why Vans is Popular: a history', labels)).toBeNull();
  });
});
