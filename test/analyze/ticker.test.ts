import { describe, expect, it } from 'vitest';
import { tickerFeeds } from '../../src/analyze/ticker.js';
import { clean } from '../../src/clean.js';
import { type Line, segment } from '../../src/segment/segment.js';

const ARTICLE = [
  'La mairie a présenté mardi un plan pour rénover les écoles de la ville avant la rentrée de septembre prochain.',
  'Les travaux porteront sur les toitures, le chauffage et les cantines, pour un budget de douze millions d’euros.',
  'Les parents d’élèves ont salué une annonce attendue depuis des années, mais demandent un calendrier précis.',
].join('\n\n');

const TICKER = [
  'Direct',
  '* 14:44 Le gouvernement annonce un nouveau plan pour les transports',
  '* 14:32 Un incendie ravage un entrepôt près du port',
  '* 14:10',
  '  Météo.',
  '  Des orages sont attendus ce soir sur tout le sud du pays, avec de fortes pluies et des rafales de vent.',
  '* 13:54 La finale de la coupe se jouera à guichets fermés',
  '* 13:43 Les syndicats appellent à une nouvelle journée de grève',
  '* 13:24 Un rapport pointe le retard des travaux sur la ligne nord',
].join('\n');

describe('tickerFeeds', () => {
  it('removes a feed of the latest stories under the article (readability test page liberation-1)', () => {
    const article = clean(`Les écoles rénovées\n\n${ARTICLE}\n\n${TICKER}\n`);
    expect(article.text).toContain('les cantines');
    expect(article.text).not.toContain('incendie');
    expect(article.text).not.toContain('orages');
    const removed = article.removed.find((r) => r.text.includes('14:44'));
    expect(removed?.kind).toBe('related');
    expect(removed?.reason).toBe('news ticker: 6 lines open with a time, latest first, 5 with a headline');
  });

  it('leaves a programme, whose times go forward', () => {
    const programme = [
      '* 09:00 Accueil des participants et café',
      '* 09:30 Ouverture par la présidente du conseil',
      '* 10:15 Table ronde sur la rénovation des écoles',
      '* 11:30 Visite du chantier de la nouvelle cantine',
      '* 12:30 Déjeuner offert par la mairie aux invités',
    ].join('\n');
    expect(tickerFeeds(segment(`${ARTICLE}\n\n${programme}`)).size).toBe(0);
  });

  it("leaves a live blog's entries, whose times stand over their text or whose titles have text under them", () => {
    const entries = ['14:44', '14:32', '14:10', '13:54', '13:43']
      .map((time) => `${time}\nLe conseil municipal poursuit ses débats sur le budget des écoles de la ville.`)
      .join('\n\n');
    expect(tickerFeeds(segment(entries)).size).toBe(0);
    const titled = ['14:44', '14:32', '14:10', '13:54', '13:43']
      .map(
        (time) =>
          `${time} Le conseil reprend ses débats\nLe maire a défendu le budget des écoles devant les élus.\nL’opposition a demandé un vote.`,
      )
      .join('\n\n');
    expect(tickerFeeds(segment(titled)).size).toBe(0);
  });

  it('passes over a line left with no text', () => {
    expect(tickerFeeds([{ ...(segment('14:44 A headline of the day')[0] as Line), text: '' }]).size).toBe(0);
  });

  it('reads French and 12-hour clocks, and needs five items', () => {
    const french = ['10h32', '10h15', '9h58', '9h40', '9h05']
      .map((time) => `${time} Une nouvelle dépêche sur l’actualité du jour`)
      .join('\n');
    expect(tickerFeeds(segment(french)).size).toBe(5);
    const twelve = ['1:05 pm', '12:40 pm', '11:15 am', '10:02 am', '9:30 am']
      .map((time) => `${time} Council approves the new school budget`)
      .join('\n');
    expect(tickerFeeds(segment(twelve)).size).toBe(5);
    expect(tickerFeeds(segment(twelve.split('\n').slice(0, 4).join('\n'))).size).toBe(0);
  });
});
