import { describe, expect, it } from 'vitest';
import { ar } from '../../src/lang/ar.js';
import { cs } from '../../src/lang/cs.js';
import { de } from '../../src/lang/de.js';
import { detectLanguage } from '../../src/lang/detect-language.js';
import { en } from '../../src/lang/en.js';
import { es } from '../../src/lang/es.js';
import { fr } from '../../src/lang/fr.js';
import { it as italian } from '../../src/lang/it.js';
import { ja } from '../../src/lang/ja.js';
import { ko } from '../../src/lang/ko.js';
import { nl } from '../../src/lang/nl.js';
import { pl } from '../../src/lang/pl.js';
import { pt } from '../../src/lang/pt.js';
import { ru } from '../../src/lang/ru.js';
import { sk } from '../../src/lang/sk.js';
import { tr } from '../../src/lang/tr.js';
import { uk } from '../../src/lang/uk.js';
import { zh } from '../../src/lang/zh.js';
import { segment } from '../../src/segment/segment.js';

const PACKS = [en, de, fr, es, ru, pt, italian, nl, ar, pl, tr, uk, cs, sk];
const detect = (text: string) => detectLanguage(segment(text), PACKS);

const SAMPLES: Record<string, string> = {
  en: 'The minister said on Wednesday that the talks had been useful, but he warned that there was still no agreement on the most important questions.',
  de: 'Der Minister sagte am Mittwoch, dass die Gespräche nützlich gewesen seien, aber es gebe noch keine Einigung über die wichtigsten Fragen.',
  fr: 'Le ministre a déclaré mercredi que les discussions avaient été utiles, mais il a averti qu’il n’y avait pas encore d’accord sur les questions les plus importantes.',
  es: 'El ministro dijo el miércoles que las conversaciones habían sido útiles, pero advirtió que todavía no hay un acuerdo sobre las cuestiones más importantes.',
  ru: 'Министр заявил в среду, что переговоры были полезными, но предупредил, что по самым важным вопросам пока нет согласия и что работа будет продолжена.',
  pt: 'O ministro disse na quarta-feira que as conversas foram úteis, mas avisou que ainda não há acordo sobre as questões mais importantes para o país.',
  it: 'Il ministro ha detto mercoledì che i colloqui sono stati utili, ma ha avvertito che non c’è ancora un accordo sulle questioni più importanti per il paese.',
  nl: 'De minister zei woensdag dat de gesprekken nuttig waren, maar hij waarschuwde dat er nog geen akkoord is over de belangrijkste vragen van het land.',
  pl: 'Minister powiedział w środę, że rozmowy były przydatne, ale ostrzegł, że wciąż nie ma porozumienia w najważniejszych dla kraju sprawach.',
  tr: 'Bakan çarşamba günü görüşmelerin faydalı olduğunu söyledi, ancak ülke için en önemli konularda henüz bir anlaşma olmadığı konusunda uyardı.',
  uk: 'Міністр заявив у середу, що переговори були корисними, але попередив, що з найважливіших питань згоди поки немає і що робота триватиме.',
  cs: 'Ministr ve středu řekl, že rozhovory byly užitečné, ale varoval, že v nejdůležitějších otázkách pro zemi stále není dohoda.',
  sk: 'Minister v stredu povedal, že rozhovory boli užitočné, ale varoval, že v najdôležitejších otázkach pre krajinu stále nie je dohoda.',
  ar: 'قال الوزير يوم الأربعاء إن المحادثات كانت مفيدة، لكنه حذر من أنه لا يوجد حتى الآن اتفاق على أهم القضايا التي تهم البلاد.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('recognizes %s from a short paragraph', (code, text) => {
    const found = detect(`Menu\nHome\n\n${text}\n\nShare`);
    expect(found.code).toBe(code);
    expect(found.pack?.code).toBe(code);
  });
  it('lets the body outweigh English navigation', () => {
    const nav = 'Home | News | Sports | Weather | Contact us | About us | Sign in | Subscribe now';
    expect(detect(`${nav}\n${SAMPLES.de}\n${SAMPLES.de}`).code).toBe('de');
  });
  it('reports the dominant script', () => {
    expect(detect(SAMPLES.ru as string).script).toBe('cyrillic');
    expect(detect(SAMPLES.en as string).script).toBe('latin');
  });
  it('falls back on a script one language owns', () => {
    expect(detect('שר החוץ אמר ביום רביעי כי השיחות היו מועילות מאוד לשני הצדדים').code).toBe('he');
    expect(detect('외무장관은 수요일 회담이 유용했다고 말했다').code).toBe('ko');
    // Mostly kanji: no line is kana-dominant, yet the kana make it Japanese.
    expect(detect('外相は水曜日、会談は有益だったと述べた。').code).toBe('ja');
    expect(detect('外交部长周三表示，会谈很有帮助。').code).toBe('zh');
    expect(detect('唐纳德・特朗普周三表示，会谈很有帮助。').code).toBe('zh');
  });
  it('takes a Chinese page with one kana letter in a link for Chinese, not Japanese', () => {
    // Readability's pixnet (zh-TW): の in a sidebar link ("英桃の天闊營地") among thousands of Han letters.
    const post = '一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣\n'.repeat(3);
    expect(detect(`${post}英桃の天闊營地`).code).toBe('zh');
    expect(detect('外相は水曜日、会談は有益だったと述べた。').code).toBe('ja');
  });
  it('takes no page in Arabic script for Arabic without its stopwords: Persian and Urdu share the script', () => {
    const persian =
      'وزیر امور خارجه روز چهارشنبه گفت که گفتگوها برای هر دو طرف مفید بوده است اما هنوز توافقی حاصل نشده است.';
    expect([detect(persian).code, detect(persian).script]).toEqual([null, 'arabic']);
    expect(detectLanguage(segment(SAMPLES.ar as string), [en]).code).toBeNull();
  });
  it('is unsure about too little text or words of no known language', () => {
    expect(detect('Menu\nHome\nShare').code).toBeNull();
    expect(detect('Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor.').code).toBeNull();
    expect(detect('').code).toBeNull();
  });
  it('picks the pack of a language its script names when it is given: Chinese, Japanese and Korean have no stopwords', () => {
    const japanese = detectLanguage(segment('外相は水曜日、会談は有益だったと述べた。'), [...PACKS, ja, zh]);
    expect([japanese.code, japanese.pack]).toEqual(['ja', ja]);
    const chinese = detectLanguage(segment('外交部长周三表示，会谈很有帮助。'), [...PACKS, ja, zh]);
    expect([chinese.code, chinese.pack]).toEqual(['zh', zh]);
    // Korean glues its particles to the word before them, so it too is known by its script.
    const korean = detectLanguage(segment('외무장관은 수요일 회담이 유용했다고 말했다.'), [...PACKS, ja, zh, ko]);
    expect([korean.code, korean.pack]).toEqual(['ko', ko]);
    expect(detect('外交部长周三表示，会谈很有帮助。').pack).toBeNull();
  });
  // Why: Russian and Ukrainian share the script and many short words ("в", "на", "не", "за"); each pack lists the words
  // the other spells otherwise, so neither takes the other's page, whichever comes first.
  it('tells Russian from Ukrainian in either order of the packs', () => {
    const russian =
      'В четверг правительство утвердило новый бюджет, который, по словам министра, позволит увеличить расходы на оборону и социальные программы. Он отметил, что это решение было непростым, но другого выхода у страны не было.';
    const ukrainian =
      'У четвер уряд затвердив новий бюджет, який, за словами міністра, дозволить збільшити видатки на оборону та соціальні програми. Він зазначив, що це рішення було непростим, але іншого виходу в країни не було.';
    for (const packs of [
      [en, ru, uk],
      [en, uk, ru],
    ]) {
      expect(detectLanguage(segment(russian), packs).code).toBe('ru');
      expect(detectLanguage(segment(ukrainian), packs).code).toBe('uk');
    }
  });
  // Why: Czech, Slovak and Polish share many short words ("a", "na", "do", "po", "ale", "že"); each pack lists the words
  // the others spell otherwise ("je", "se", "jsou", "který" against "jest", "się", "są", "który" and "je", "sa", "sú",
  // "ktorý"), so none takes another's page, whatever the order of the packs.
  it('tells Czech, Slovak and Polish apart in every order of the packs', () => {
    const czech =
      'Vláda ve čtvrtek schválila nový rozpočet, který podle ministra umožní zvýšit výdaje na obranu a sociální programy. Řekl, že to nebylo snadné rozhodnutí, ale země jinou možnost neměla.';
    const slovak =
      'Vláda vo štvrtok schválila nový rozpočet, ktorý podľa ministra umožní zvýšiť výdavky na obranu a sociálne programy. Povedal, že to nebolo ľahké rozhodnutie, ale krajina nemala inú možnosť.';
    const polish =
      'Rząd w czwartek przyjął nowy budżet, który według ministra pozwoli zwiększyć wydatki na obronę i programy społeczne. Powiedział, że nie była to łatwa decyzja, ale kraj nie miał innego wyjścia.';
    for (const packs of [
      [en, pl, cs, sk],
      [en, pl, sk, cs],
      [en, cs, pl, sk],
      [en, cs, sk, pl],
      [en, sk, pl, cs],
      [en, sk, cs, pl],
    ]) {
      expect(detectLanguage(segment(czech), packs).code).toBe('cs');
      expect(detectLanguage(segment(slovak), packs).code).toBe('sk');
      expect(detectLanguage(segment(polish), packs).code).toBe('pl');
    }
  });
  // Near miss: a Slovak story that opens with a Czech quote is Slovak, and a Czech one that opens with a Slovak quote Czech.
  it('goes by the body when a paragraph quotes the other language', () => {
    const slovak = [
      '„Je to pro nás velký úspěch,“ řekl ministr.',
      'Slovenská vláda vo štvrtok schválila nový zákon o podpore obnoviteľných zdrojov energie, ktorý má platiť od januára.',
      'Podľa ministra hospodárstva sa tým krajine otvoria nové možnosti a firmy budú môcť získať viac peňazí na investície.',
    ].join('\n');
    const czech = [
      '„Je to pre nás veľký úspech,“ povedal minister.',
      'Česká vláda ve čtvrtek schválila nový zákon o podpoře obnovitelných zdrojů energie, který má platit od ledna.',
      'Podle ministra průmyslu se tím zemi otevřou nové možnosti a firmy budou moci získat více peněz na investice.',
    ].join('\n');
    expect(detectLanguage(segment(slovak), PACKS).code).toBe('sk');
    expect(detectLanguage(segment(czech), PACKS).code).toBe('cs');
  });
  // Why: a line with "İ" is lowercased whole for its tokens, and toLowerCase wrote "İÇİN" as "i̇çi̇n" (with a combining
  // dot), which is no stopword: a Turkish paragraph in capitals counted only "ve" and "bu" and had no language.
  it('counts the stopwords of Turkish written in capitals, "İ" and all', () => {
    const capitals =
      'BAKANLIK, YENİ DÜZENLEMENİN İLK AŞAMASI İÇİN BİR TAKVİM AÇIKLADI VE BU TAKVİM İLE BİRLİKTE BAŞVURULARIN ÖNÜMÜZDEKİ AY BAŞLAYACAĞINI DUYURDU.';
    expect(detect(capitals).code).toBe('tr');
    expect(segment('İlk kez İstanbul için')[0]?.tokens).toEqual(['ilk', 'kez', 'istanbul', 'için']);
  });
  it('never picks a pack it was not given', () => {
    expect(detectLanguage(segment(SAMPLES.de as string), [en]).code).toBeNull();
  });
});
