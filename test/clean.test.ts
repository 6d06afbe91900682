import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import { DEFAULT_DETECTORS, InvalidOptionError, toMarkdown, toText } from '../src/index.js';
import type { Article, Detector } from '../src/types.js';
import { expectWellFormedRemovals } from './helpers.js';
import { EMPTY } from './render/fixtures.js';

const P1 = 'The minister said on Wednesday that the talks with Russia had been useful for both sides of the dispute.';
const P2 =
  'Officials in Moscow said the next round of talks would take place in Geneva later this month, after the holidays.';
const DOC = `Home\r\n\r\nMinister Says Talks Were&nbsp;Useful\r\n\r\nShare\r\n\r\n${P1}\r\n\r\nAdvertisement\r\n\r\n${P2}\r\n\r\nAbout the author`;

/** The kind each of `texts` was removed as, or undefined where no removed span is that text. */
const kindsOf = (article: Article, texts: readonly string[]) =>
  texts.map((text) => article.removed.find((r) => r.text === text)?.kind);

describe('clean', () => {
  const article = clean(DOC);

  it('returns the article and what it removed', () => {
    expect(article.title).toBe('Minister Says Talks Were Useful');
    expect(article.text).toBe(`${P1}\n\n${P2}`);
    expect(article.removed.map((r) => [r.kind, r.text])).toEqual([
      ['nav', 'Home'],
      ['share', 'Share'],
      ['ad', 'Advertisement'],
      ['author-bio', 'About the author'],
    ]);
    expect(article.lang).toBe('en');
  });
  it('reports offsets into the original input, across CRLF and entities', () => {
    expectWellFormedRemovals(DOC, article);
    expect(article.removed[1]).toMatchObject({ start: 48, end: 53, text: 'Share' });
  });
  it('is a plain object that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });
  it('returns an empty article for empty input', () => {
    expect(clean('')).toEqual(EMPTY);
  });
  it("accounts for a quote's blank line, which shows nothing: its mark is removed", () => {
    const said = '“We will not give up until the water is safe to drink again,” the mayor told the crowd.';
    const quoted = clean(`${P1}\n\n> ${said}\n>\n> ${said.replace('mayor', 'governor')}\n\n${P2}`);
    expect(quoted.blocks.map((block) => block.type)).toEqual(['paragraph', 'quote', 'quote', 'paragraph']);
    expect(quoted.removed.map((r) => [r.kind, r.text])).toEqual([['other', '>']]);
    expect(clean('> ').removed.map((r) => [r.kind, r.text, r.start, r.end])).toEqual([['other', '>', 0, 1]]);
  });
  it("accounts for a line under the headline read for a byline whose name is the menu's glued labels", () => {
    const labels = 'Wedding ChecklistsJust EngagedWedding Planning';
    const page = clean(`Home\n\nMinister Says Talks Were Useful\n${labels}\nApril 12, 2017\n\n${P1}\n\n${P2}`);
    expect([page.byline, page.published]).toEqual([null, 'April 12, 2017']);
    expect(page.removed.map((r) => r.text)).toContain(labels);
  });
  it('dates the post by the day in its URL, over an update date in the text', () => {
    const updated = `Home\n\nMinister Says Talks Were Useful\n\nUpdated November 11, 2022\n\n${P1}\n\n${P2}`;
    expect(clean(updated).publishedIso).toBe('2022-11-11');
    const dated = clean(updated, { url: 'https://example.com/2022/11/09/minister-says-talks-were-useful' });
    expect([dated.published, dated.publishedIso]).toEqual([null, '2022-11-09']);
    // The outranked date's line shows nothing now: it is accounted for as removed.
    expect(dated.removed.map((r) => [r.kind, r.text])).toContainEqual(['byline-meta', 'Updated November 11, 2022']);
    const undated = clean(updated, { url: 'https://example.com/news/minister-says-talks-were-useful' });
    expect(undated.publishedIso).toBe('2022-11-11');
  });
});

describe('clean: a banner button that sentences also say', () => {
  // why: "accept all" is a cookie banner's button (WCXB 4007) and ordinary words; the pack lists it as common.
  it('keeps the sentence that holds it and removes the banner line made of such buttons', () => {
    const sentence = 'He refused to accept all the blame, and the club stood by its coach through the whole season.';
    const article = clean(
      `Coach Keeps His Job\n\n${P1}\n\n${sentence}\n\n${P2}\n\nAccept All Reject All Show Purposes`,
    );
    expect(article.text).toContain(sentence);
    expect(kindsOf(article, ['Accept All Reject All Show Purposes'])).toEqual(['cookie']);
  });
});

describe('clean: tables', () => {
  const story =
    'The movers said on Monday that prices rose again this year across the whole city and its suburbs.\n\n' +
    'Here is what a move cost this spring, by the size of the home that was moved.\n\n';
  const after = '\n\nPrices vary with the season, the distance and the floor the home is on, the movers said.\n';
  const grid =
    'Home size\tAvg. total cost\tCost/hour\nStudio\t$465\t$183\n1 bedroom\t$648\t$183\n2 bedroom\t$1,052\t$257';
  const rows = [
    ['Home size', 'Avg. total cost', 'Cost/hour'],
    ['Studio', '$465', '$183'],
    ['1 bedroom', '$648', '$183'],
    ['2 bedroom', '$1,052', '$257'],
  ];

  it('keeps a table written with tabs as a table block, a row a line in its text (WCXB 0057)', () => {
    const article = clean(story + grid + after);
    expect(article.blocks).toContainEqual({ type: 'table', rows });
    expect(article.text).toContain(grid);
  });
  it('reads its own text and toText output back to the same table (WCXB 0467)', () => {
    const article = clean(story + grid + after);
    expect(clean(article.text).blocks).toEqual(article.blocks);
    expect(clean(toText(article)).text).toBe(article.text);
  });
  // why: WCXB 0019 innertext — the rows of the Markdown's pipe tables came back as paragraphs, bars and all.
  it('reads its Markdown pipe table back to the same table', () => {
    const article = clean(story + grid + after);
    const markdown = toMarkdown(article);
    expect(markdown).toContain(
      '| Home size | Avg. total cost | Cost/hour |\n| --- | --- | --- |\n| Studio | $465 | $183 |',
    );
    expect(clean(markdown).blocks).toEqual(article.blocks);
    expect(clean(markdown).text).toBe(article.text);
  });
  it('reads cells written one a line with tabs alone between them (WCXB 0467)', () => {
    const cells = 'Home size\n\n\t\n\nAvg. total cost\n\n\n\nStudio\n\n\t\n\n$465';
    expect(clean(story + cells + after).blocks).toContainEqual({
      type: 'table',
      rows: [
        ['Home size', 'Avg. total cost'],
        ['Studio', '$465'],
      ],
    });
  });
});

describe('clean: Markdown of nothing but a heading or a table', () => {
  const table = '| Size | Cost |\n|---|---|\n| Studio | $465 |';
  const rows = [
    ['Size', 'Cost'],
    ['Studio', '$465'],
  ];

  it('keeps a lone heading as a heading, as it keeps one over a paragraph', () => {
    const article = clean('# Heading\n\n');
    expect(article.blocks).toEqual([{ type: 'heading', text: 'Heading', level: 1 }]);
    expect(article.removed).toEqual([]);
    expect(clean('## Setup\n\n### Install').blocks).toEqual([
      { type: 'heading', text: 'Setup', level: 2 },
      { type: 'heading', text: 'Install', level: 3 },
    ]);
  });
  it('keeps a lone pipe table as a table, its delimiter row removed as markup', () => {
    const article = clean(table);
    expect(article.blocks).toEqual([{ type: 'table', rows }]);
    expect(article.removed.map((r) => r.text)).toEqual(['|---|---|']);
    expectWellFormedRemovals(table, article);
  });
  it('keeps a table under a heading, or under the last paragraph, with them', () => {
    expect(clean(`# Prices\n\n${table}`).blocks).toEqual([
      { type: 'heading', text: 'Prices', level: 1 },
      { type: 'table', rows },
    ]);
    const paragraph = 'Movers charge by the hour.';
    expect(clean(`${paragraph}\n\n${table}`).blocks).toEqual([
      { type: 'paragraph', text: paragraph },
      { type: 'table', rows },
    ]);
  });
  // Why the types and the text: toMarkdown writes a body's first-level heading with `##`, `#` being the headline's.
  it('reads its Markdown of them back to the same blocks', () => {
    for (const input of ['# Heading', table, `## Prices\n\n${table}`]) {
      const article = clean(input);
      const again = clean(toMarkdown(article));
      expect(again.blocks.map((block) => block.type)).toEqual(article.blocks.map((block) => block.type));
      expect(again.text).toBe(article.text);
    }
  });
});

describe('clean: its own Markdown cleaned again', () => {
  // why: WCXB 0009, 0010 innertext — a caption over its credit, and a credit alone, came back as paragraphs.
  it('reads a figure back as a figure, a credit alone too', () => {
    const page = [
      'Bridge Works Start in Spring',
      'The city council voted on Tuesday to widen the bridge over the river by two lanes, the first work on it in decades.',
      'The old bridge at dawn, seen from the east bank.Credit: JANE ROE/REUTERS',
      'Council members said the bridge, built in 1931, carries twice the traffic it was built for and jams up every morning and every evening.',
      'Photo: City of Riverton',
      'Work on the bridge will start in the spring and close one lane at a time for about a year, the council said.',
      'Shops near the bridge asked the council for help with parking during the work.',
    ].join('\n\n');
    const article = clean(page);
    expect(article.blocks.filter((block) => block.type === 'figure')).toEqual([
      { type: 'figure', caption: 'The old bridge at dawn, seen from the east bank.', credit: 'JANE ROE/REUTERS' },
      { type: 'figure', caption: '', credit: 'City of Riverton' },
    ]);
    const again = clean(toMarkdown(article));
    expect(again.blocks).toEqual(article.blocks);
    expect(again.removed).toEqual([]);
  });
});

// why: WCXB 0437 innertext — a shell listing's comments, paragraphs that open with "#", came back with the backslash
// toMarkdown escapes their mark with.
describe('clean: its own Markdown escapes cleaned again', () => {
  it('reads an escaped mark back as the paragraph that opens with it, the backslash markup', () => {
    const page = [
      'Setting Up a Repository',
      'Start by making a folder for the project and a repository inside it, then add the files you have so far.',
      '# initialize git',
      'git init',
      'Then commit the files you added, with a short message that says what they hold and why they are there.',
    ].join('\n\n');
    const article = clean(page);
    expect(article.text).toContain('\n# initialize git\n');
    const markdown = toMarkdown(article);
    expect(markdown).toContain('\n\\# initialize git\n');
    const again = clean(markdown);
    expect(again.text).toBe(article.text);
    expect(again.removed).toEqual([]);
  });
});

// why: WCXB 0383 innertext — the fences of the Markdown's listing came back as its first line, a paragraph or a menu's.
describe('clean: its own Markdown listing cleaned again', () => {
  it('reads the fenced listing back to the same code block, its fences removed as markup', () => {
    const page = [
      'Parsing a Line',
      'The assistant wrote a small function that splits each line of the file at its first equals sign.',
      'function parseLine(line) {\n  const at = line.indexOf("=")\n\n  if (at === -1) {\n    return null\n  }\n  return line.slice(0, at)\n}',
      'Then it asked what indexOf returns when it finds nothing, and how to extend the function to labels.',
    ].join('\n\n');
    const article = clean(page);
    expect(article.blocks.map((block) => block.type)).toEqual(['paragraph', 'code', 'paragraph']);
    const again = clean(toMarkdown(article));
    expect(again.blocks).toEqual(article.blocks);
    expect(again.removed.map((removal) => [removal.kind, removal.text])).toEqual([
      ['other', '```'],
      ['other', '```'],
    ]);
  });
});

// why: multisite-dev foxnews 2017-pence-1 html-to-text — the article's text writes a quote without its mark, and the
// tweet's attribution under it came back as a bullet, its dash dropped.
describe("clean: a tweet's attribution cleaned again", () => {
  it('keeps the dash of the attribution under a quote', () => {
    const page = [
      'Lopez Says Talks Made Progress',
      'The vice president said on Wednesday that the talks with lawmakers had made good progress in recent weeks.',
      '> A long talk about the budget, the roads and the new schools. Watch it tonight at 8 P.M.\n>\n> — Senator Maria Lopez (@SenLopez) June 3, 2019',
      'She said she would not name any date for when the new plan could be put to a final vote in the Senate.',
    ].join('\n\n');
    const article = clean(page);
    expect(article.text).toContain('\n— Senator Maria Lopez (@SenLopez) June 3, 2019\n');
    expect(clean(article.text).text).toBe(article.text);
    expect(clean(toMarkdown(article)).text).toBe(article.text);
  });
});

describe('clean: other languages with the built-in packs', () => {
  const D1 = 'Der Minister sagte am Mittwoch, dass die Gespräche mit Russland für beide Seiten nützlich gewesen seien.';
  const D2 = 'Die nächste Runde der Gespräche soll noch in diesem Monat in Genf stattfinden, sagten Beamte in Moskau.';
  const input = `Startseite\n\nMinister nennt Gespräche mit Russland nützlich\n\nTeilen\n\n${D1}\n\nAnzeige\n\n${D2}\n\nMit Material von dpa`;
  const article = clean(input);

  it('detects German and uses its phrases', () => {
    expect(article.lang).toBe('de');
    expect(article.removed.map((r) => [r.kind, r.text])).toEqual([
      ['nav', 'Startseite'],
      ['share', 'Teilen'],
      ['ad', 'Anzeige'],
    ]);
    expect(article.attributions).toEqual(['Mit Material von dpa']);
    expect(article.text).toBe(`${D1}\n\n${D2}`);
  });
  it('takes a forced language', () => expect(clean(input, { lang: 'fr' }).lang).toBe('fr'));
  it("gives the dek under the headline, over the byline, as the article's highlights", () => {
    const dek =
      'Nach monatelangem Streit hat der Bundestag die Reform verabschiedet. Die Opposition kündigt eine Klage an.';
    const body = [
      'Der Bundestag hat am Freitag mit der nötigen Zweidrittelmehrheit eine Reform der Schuldenbremse beschlossen. Für das Gesetz stimmten 470 Abgeordnete, dagegen 180.',
      'Finanzminister Müller sprach von einem „wichtigen Tag für die Investitionsfähigkeit des Landes“. Die Union warf der Regierung dagegen vor, die Haushaltsdisziplin aufzugeben.',
      'Der Bundesrat muss der Änderung des Grundgesetzes noch zustimmen. Dies gilt als wahrscheinlich, da die Länder von zusätzlichen Spielräumen profitieren würden.',
    ];
    const head = ['Startseite', 'Politik', 'Bundestag beschließt Reform der Schuldenbremse', dek, 'Von Anna Schmidt'];
    const page = [...head, '05.12.2025, 10:30 Uhr', 'Teilen', 'Twittern', ...body, 'Mehr zum Thema'].join('\n');
    const article = clean(page);
    expect([article.title, article.highlights, article.byline]).toEqual([
      'Bundestag beschließt Reform der Schuldenbremse',
      [dek],
      'Anna Schmidt',
    ]);
    expect(article.text).toBe(body.join('\n\n'));
  });
});

describe('clean: languages written without spaces', () => {
  // Shaped like a Japanese and a Chinese news site's pages: menus, share bars, a paywall notice, related lists,
  // consent and copyright lines around a dated headline and its story.
  const J1 =
    '日本銀行は5日、金融政策決定会合で短期金利の誘導目標を0.5%に据え置くことを決めた。物価上昇が続く一方で、海外経済の不透明感が強まっており、追加利上げは見送った。';
  const J2 =
    '植田和男総裁は会合後の記者会見で「賃金と物価の好循環が続いているか、もう少し時間をかけて確認したい」と述べた。市場では来年春の利上げを予想する声が多い。';
  const japanese = [
    'ホーム\nニュース\n経済\nログイン',
    '日銀、金利を据え置き　物価の先行きを慎重に見極め',
    '2025年12月5日 10時30分\nシェア\nツイート',
    J1,
    J2,
    'この記事は会員限定です。続きを読むには会員登録が必要です。',
    '関連記事\n円相場、一時1ドル=150円台に\n株価、3日続伸　半導体株が上昇',
    '当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。\n同意する',
  ].join('\n\n');
  const Z1 =
    '国家统计局5日发布数据显示，11月份全国居民消费价格同比上涨0.4%，环比下降0.1%。其中，城市上涨0.5%，农村上涨0.2%。';
  const Z2 = '分析人士认为，随着促消费政策持续发力，国内需求有望进一步恢复，物价总体将保持温和上涨态势。';
  const chinese = [
    '首页\n新闻\n财经\n登录',
    '国家统计局：11月居民消费价格同比上涨0.4%',
    '2025-12-05 09:30:12 来源：新华网\n分享到：\n微信\n微博',
    Z1,
    Z2,
    '相关新闻\n10月份工业生产者出厂价格同比下降\n前三季度国内生产总值同比增长',
    '版权所有 © 2025 新华网',
  ].join('\n\n');

  it('finds the Japanese headline, date and story, and removes the chrome by the Japanese pack', () => {
    const article = clean(japanese);
    expect([article.lang, article.title, article.publishedIso]).toEqual([
      'ja',
      '日銀、金利を据え置き 物価の先行きを慎重に見極め',
      '2025-12-05',
    ]);
    expect(article.text).toBe(`${J1}\n\n${J2}`);
    expect(
      kindsOf(article, [
        'ログイン',
        'シェア',
        'この記事は会員限定です。続きを読むには会員登録が必要です。',
        '関連記事',
      ]),
    ).toEqual(['nav', 'share', 'paywall', 'related']);
    expect(
      kindsOf(article, ['当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。'])[0],
    ).toBe('cookie');
    expectWellFormedRemovals(japanese, article);
  });
  it('finds the Chinese headline, date and story, and removes the chrome by the Chinese pack', () => {
    const article = clean(chinese);
    expect([article.lang, article.title, article.publishedIso]).toEqual([
      'zh',
      '国家统计局：11月居民消费价格同比上涨0.4%',
      '2025-12-05',
    ]);
    expect(article.text).toBe(`${Z1}\n\n${Z2}`);
    expect(kindsOf(article, ['首页', '分享到：', '相关新闻', '版权所有 © 2025 新华网'])).toEqual([
      'nav',
      'share',
      'related',
      'legal',
    ]);
    expectWellFormedRemovals(chinese, article);
  });
});

describe('clean: a Hindi article, whose sentences end with the danda', () => {
  // Shaped like a Hindi news page: a menu, the headline and dateline, the story, a "ये भी पढ़ें" list, a copyright line.
  const H1 = 'सरकार ने बुधवार को देश भर में नवीकरणीय ऊर्जा के विकास को तेज करने के लिए एक नया विधेयक मंजूर किया।';
  const H2 = 'आलोचकों का कहना है कि इन उपायों के लिए धन की व्यवस्था अभी तक नहीं हुई है और नगरपालिकाओं को लागत उठानी पड़ेगी।';
  const H3 = 'विधेयक को अभी संसद में पेश किया जाना है और अगले महीने इस पर फैसला होने की उम्मीद है।';
  const page = [
    'होम\nदेश\nविदेश\nखेल',
    'सरकार ने नवीकरणीय ऊर्जा विधेयक को मंजूरी दी',
    H1,
    H2,
    H3,
    'ये भी पढ़ें\nक्रिकेट: भारत ने ऑस्ट्रेलिया को हराया\nशेयर बाजार में भारी गिरावट',
  ].join('\n\n');

  it('keeps the story', () => {
    const article = clean(page);
    expect(article.title).toBe('सरकार ने नवीकरणीय ऊर्जा विधेयक को मंजूरी दी');
    expect(article.text).toBe([H1, H2, H3].join('\n\n'));
  });
});

describe('clean: a Thai article, whose sentences end with no mark', () => {
  const T1 = 'รัฐบาลอนุมัติร่างกฎหมายฉบับใหม่เมื่อวันพุธ เพื่อเร่งการพัฒนาพลังงานหมุนเวียนทั่วประเทศ';
  const T2 = 'นักวิจารณ์ระบุว่างบประมาณสำหรับมาตรการเหล่านี้ยังไม่ชัดเจน และองค์กรปกครองส่วนท้องถิ่นอาจต้องรับภาระค่าใช้จ่ายบางส่วนเอง';
  const page = ['หน้าแรก\nข่าว\nกีฬา', 'รัฐบาลอนุมัติร่างกฎหมายพลังงานหมุนเวียน', T1, T2, 'ข่าวที่เกี่ยวข้อง\nราคาทองคำวันนี้ปรับตัวขึ้น'].join(
    '\n\n',
  );
  it('keeps the story', () => expect(clean(page).text).toBe([T1, T2].join('\n\n')));
});

describe('clean: Korean and Arabic', () => {
  // Shaped like a Korean and an Arabic news site's pages: a menu, the headline, a dateline, a share bar, three
  // paragraphs, a related list and the copyright line. Korean is known by its script, Arabic by its stopwords.
  const K1 =
    '한국은행 금융통화위원회는 5일 통화정책방향 회의를 열고 기준금리를 연 3.25%로 동결했다고 밝혔다. 물가 상승세가 둔화하고 있지만 환율 변동성이 커진 점을 고려해 추가 인하를 미룬 것으로 풀이된다.';
  const K2 =
    '이창용 한은 총재는 회의 직후 기자간담회에서 "내년 상반기까지 물가와 성장 흐름을 지켜본 뒤 인하 시기를 판단하겠다"고 말했다. 시장에서는 내년 2월 인하 가능성을 높게 보고 있다.';
  const K3 =
    '금통위의 이번 결정으로 한국과 미국의 기준금리 차이는 상단 기준 1.25%포인트로 유지됐다. 전문가들은 가계부채 증가세와 부동산 시장 불안이 인하를 늦추는 요인이라고 분석했다.';
  const korean = [
    '홈\n뉴스\n경제\n로그인\n전체메뉴',
    '한은, 기준금리 연 3.25% 동결…"내년 상반기 인하 판단"',
    '입력 2025.12.05 10:30 수정 2025.12.05 11:02',
    '홍길동 기자',
    '공유하기\n페이스북\n트위터\nURL 복사',
    K1,
    K2,
    K3,
    '홍길동 기자 gildong@example.co.kr',
    '관련기사\n환율, 1,400원대 중반서 등락\n코스피, 외국인 매도에 2,500선 후퇴',
    '많이 본 뉴스\n1 정부, 내년 예산안 확정\n2 서울 아파트값 상승폭 확대',
    '저작권자 © 예시일보 무단 전재 및 재배포 금지',
  ].join('\n\n');
  const A1 =
    'قال البنك المركزي المصري في بيان يوم الخميس إنه قرر الإبقاء على أسعار الفائدة دون تغيير، في ظل تراجع معدلات التضخم خلال الأشهر الماضية واستقرار سعر صرف الجنيه.';
  const A2 =
    'وأوضح البنك أن لجنة السياسة النقدية ترى أن المستوى الحالي لأسعار الفائدة مناسب في هذه المرحلة، وأنها ستواصل متابعة التطورات الاقتصادية عن كثب قبل اتخاذ أي قرار جديد.';
  const A3 =
    'ويتوقع محللون أن يبدأ البنك في خفض الفائدة خلال العام المقبل إذا استمر التضخم في التراجع، مشيرين إلى أن ذلك قد يدعم النمو ويخفف الضغوط على الشركات والأسر.';
  const arabic = [
    'الرئيسية\nأخبار\nاقتصاد\nرياضة\nتسجيل الدخول',
    'البنك المركزي المصري يثبت أسعار الفائدة للمرة الثالثة',
    'نشر في 5 ديسمبر 2025',
    'شارك\nفيسبوك\nتويتر\nواتساب',
    A1,
    A2,
    A3,
    'اقرأ أيضاً\nالدولار يتراجع أمام الجنيه في البنوك\nارتفاع أسعار الذهب في السوق المحلية',
    'سياسة الخصوصية\nاتصل بنا',
    '© 2025 جميع الحقوق محفوظة',
  ].join('\n\n');

  it('finds the Korean headline, date and story, and removes the chrome by the Korean pack', () => {
    const article = clean(korean);
    expect([article.lang, article.title, article.publishedIso]).toEqual([
      'ko',
      '한은, 기준금리 연 3.25% 동결…"내년 상반기 인하 판단"',
      '2025-12-05',
    ]);
    expect(article.text).toBe(`${K1}\n\n${K2}\n\n${K3}`);
    // A name has no capitals in Hangul: the title "기자" (reporter) after it vouches for it.
    expect(article.byline).toBe('홍길동');
    expect(
      kindsOf(article, [
        '로그인',
        '공유하기',
        'URL 복사',
        '관련기사',
        '많이 본 뉴스',
        '저작권자 © 예시일보 무단 전재 및 재배포 금지',
      ]),
    ).toEqual(['nav', 'share', 'share', 'related', 'related', 'legal']);
    expectWellFormedRemovals(korean, article);
  });
  it('finds the Arabic headline, date and story, and removes the chrome by the Arabic pack', () => {
    const article = clean(arabic);
    expect([article.lang, article.title, article.published, article.publishedIso]).toEqual([
      'ar',
      'البنك المركزي المصري يثبت أسعار الفائدة للمرة الثالثة',
      '5 ديسمبر 2025',
      '2025-12-05',
    ]);
    expect(article.text).toBe(`${A1}\n\n${A2}\n\n${A3}`);
    expect(
      kindsOf(article, [
        'الرئيسية',
        'تسجيل الدخول',
        'شارك',
        'اقرأ أيضاً',
        'سياسة الخصوصية',
        '© 2025 جميع الحقوق محفوظة',
      ]),
    ).toEqual(['nav', 'nav', 'share', 'related', 'legal', 'legal']);
    expectWellFormedRemovals(arabic, article);
  });
  it('keeps a short Arabic or Korean sentence that names what a footer links to', () => {
    const sentence = 'وحدثت الشركة سياسة الخصوصية الخاصة بتطبيقها للمراسلة هذا الأسبوع بعد انتقادات من المستخدمين.';
    expect(clean(arabic.replace(A3, `${sentence}\n\n${A3}`)).text).toContain(sentence);
    const line = '당국은 개인정보 처리방침 위반으로 해당 업체에 과징금 10억원을 부과했다고 밝혔다.';
    expect(clean(korean.replace(K3, `${line}\n\n${K3}`)).text).toContain(line);
  });
  it("removes the Arabic comment-policy box under the story, by the site's terms and the views 'below'", () => {
    const welcome =
      'نرحب بتعليقاتكم ونقاشكم المفيد، ونرجو منكم الالتزام بآداب الحوار وعدم الإساءة لأي طرف أو شخص. تخضع جميع المشاركات للمراجعة قبل نشرها، ويمكن نشرها مع اسمك وصورتك وفقا لسياسة الخصوصية وبما يتوافق مع شروط استخدام الموقع.';
    const views = 'الآراء الواردة أدناه تعبر عن وجهات نظر أصحابها فقط ولا تعبر عن رأي الموقع.';
    const A4 = A2.replace('الحالي', 'المرتفع');
    const story = `${A1}\n\n${A2}\n\n${A3}\n\n${A4}`;
    const article = clean(arabic.replace(A3, `${A3}\n\n${A4}\n\n${welcome}\n\n${views}`));
    expect(article.text).toBe(story);
    expect(clean(arabic.replace(A3, `${A3}\n\n${A4}`)).text).toBe(story);
  });
});

describe('clean: options', () => {
  it('keeps a kind in the body when asked', () => {
    const kept = clean(DOC, { keep: { ad: true } });
    expect(kept.removed.map((r) => r.kind)).not.toContain('ad');
    expect(kept.text).toContain('Advertisement');
  });
  it('puts captions into the text when asked', () => {
    const input = `Title Of The Talks\n\nThe minister in Moscow.Credit: JANE ROE/REUTERS\n\n${P1}\n\n${P2}`;
    expect(clean(input).text).not.toContain('The minister in Moscow.');
    expect(clean(input, { captionsInText: true }).text).toContain('The minister in Moscow.');
  });
  it('asks only the detectors given', () => {
    const shouty: Detector = {
      id: 'shouty',
      detect: (line) => (line.text === 'Share' ? { kind: 'other', reason: 'shouty (words=1)' } : undefined),
    };
    const removed = clean(DOC, { detectors: [shouty] }).removed.find((r) => r.text === 'Share');
    expect(removed).toMatchObject({ kind: 'other', reason: 'shouty (words=1)' });
  });
  it("refuses a verdict of the caller's detector that no line can have, with the typed error", () => {
    const affixer: Detector = {
      id: 'affixer',
      detect: (line) => (line.text === 'Share' ? ({ kind: 'affix', reason: 'a label' } as never) : undefined),
    };
    for (const detectors of [[affixer], [...DEFAULT_DETECTORS, affixer], [affixer, ...DEFAULT_DETECTORS]]) {
      const cleaning = () => clean(DOC, { detectors });
      // Why the first list only throws: in the others a built-in detector gives 'Share' its verdict first.
      if (detectors[0] === affixer) expect(cleaning).toThrow(InvalidOptionError);
      else expect(cleaning).not.toThrow();
    }
    expect(() => clean(DOC, { detectors: [affixer] })).toThrow(/^detectors: 'affixer' gave a verdict on 'Share'/);
  });
  it('runs in every mode', () => {
    for (const mode of ['balanced', 'precision', 'recall'] as const) {
      const a = clean(DOC, { mode });
      expectWellFormedRemovals(DOC, a);
      expect(a.text).toContain(P1);
    }
  });
  it('picks the same headline in every mode, under a menu whose blurbs only `recall` reads as prose', () => {
    const menu = [
      ['Academy', 'Get tips on content marketing.'],
      ['Blog', 'Read the latest marketing news.'],
      ['Events', 'Catch up on our webinars.'],
      ['Partners', 'Meet our partner ecosystem today.'],
      ['Integrations', 'Fit it into your stack.'],
      ['Careers', 'Learn about life at our company.'],
      ['Press', 'Read our latest press releases.'],
      ['Awards', 'See how we are recognized.'],
    ].flat();
    const body = [
      'Machine learning is a subfield of artificial intelligence that gives computers the ability to learn without being told.',
      'Researchers at the university said machine learning now powers much of what people see online, from search to feeds.',
      'The field grew quickly after cheap computing made it possible to train large models on vast amounts of data.',
    ];
    const page = [...menu, 'Machine Learning, Explained', ...body].join('\n');
    for (const mode of ['balanced', 'precision', 'recall'] as const) {
      const a = clean(page, { mode });
      expect(a.title, mode).toBe('Machine Learning, Explained');
      expect(a.text, mode).not.toContain('Read our latest press releases.');
    }
  });
});

const EN_P =
  'Thank you for your letter. We were very glad to hear that the move went well and that the children like their new school.';
const COFFEE =
  'Use fifteen grams of coffee for every 250 millilitres of water, and adjust to taste once you know the beans.';
const GRIND = 'Grind the beans medium fine, a little coarser than table salt, just before you brew them.';
const COUNCIL =
  'The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.';

/** Clean texts, as users pass them to prepare text for NLP: each comes back whole, and cleaned again the same. */
const CLEAN_TEXTS: ReadonlyArray<readonly [string, string, string | null]> = [
  ['a bare list', '- apples\n- pears\n- plums\n', null],
  ['a bare list (de)', '- Äpfel\n- Birnen\n- Pflaumen\n', null],
  ['a bare list (fr)', '- pommes\n- poires\n- prunes\n', null],
  ['a bare list (zh)', '- 苹果\n- 梨\n- 李子\n', null],
  ['a bare list (ja)', '- りんご\n- なし\n- すもも\n', null],
  ['a shopping list under its heading', 'Shopping list\n\n- milk\n- eggs\n- bread\n- butter\n', null],
  ['numbered steps', '1. Boil the water.\n2. Warm the pot.\n3. Add the tea and wait three minutes.\n', null],
  [
    'numbered steps (de)',
    '1. Wasser kochen.\n2. Die Kanne vorwärmen.\n3. Den Tee hinzufügen und drei Minuten warten.\n',
    null,
  ],
  ['numbered steps (ja)', '1. お湯を沸かす。\n2. ポットを温める。\n3. 茶葉を入れて三分待つ。\n', null],
  [
    'a how-to with numbered steps between paragraphs',
    'How to bake bread at home\n\nBaking bread at home is easier than most people think, and it takes only a few simple steps to get right.\n\n1. Mix the flour, water, salt and yeast in a bowl.\n2. Knead the dough for ten minutes until smooth.\n3. Let it rise for an hour in a warm place.\n\nOnce it has risen, bake it at 220 degrees for about thirty minutes until the crust is golden brown.\n',
    'How to bake bread at home',
  ],
  ['steps numbered from 4, with parentheses', '4) Shape the loaf.\n5) Let it rest.\n6) Bake it.\n', null],
  ['lettered options', 'a. Take the train.\nb. Take the bus.\nc. Walk.\n', null],
  [
    'a numbered paragraph between paragraphs',
    `${COUNCIL}\n\n3. The council will meet again next month to decide how the money is shared out between the schools.\n\nThe mayor said she was pleased with the result of the vote.\n`,
    null,
  ],
  ['a letter', `Dear Tom,\n\n${EN_P}\n\nBest regards,\nAnna\n`, null],
  [
    'a letter (de)',
    'Lieber Tom,\n\nvielen Dank für deinen Brief. Wir haben uns sehr gefreut zu hören, dass der Umzug gut geklappt hat und die Kinder ihre neue Schule mögen.\n\nViele Grüße\nAnna\n',
    null,
  ],
  [
    'a letter (fr)',
    "Cher Tom,\n\nMerci pour ta lettre. Nous avons été très heureux d'apprendre que le déménagement s'est bien passé et que les enfants aiment leur nouvelle école.\n\nBien amicalement,\nAnna\n",
    null,
  ],
  [
    'a letter (zh)',
    '亲爱的汤姆：\n\n谢谢你的来信。听说搬家很顺利，孩子们也喜欢他们的新学校，我们非常高兴。\n\n祝好，\n安娜\n',
    null,
  ],
  [
    'a letter (ja)',
    'トムさんへ\n\nお手紙ありがとうございました。引っ越しが無事に終わり、子どもたちも新しい学校を気に入っていると聞いて、とても嬉しく思いました。\n\nよろしくお願いします。\nアンナ\n',
    null,
  ],
  ['Markdown', `# Brewing guide\n\n## Ratio\n\n${COFFEE}\n\n## Grind\n\n${GRIND}\n`, 'Brewing guide'],
  [
    'Markdown (de)',
    '# Kaffee brühen\n\n## Verhältnis\n\nNehmen Sie fünfzehn Gramm Kaffee auf 250 Milliliter Wasser und passen Sie die Menge an, sobald Sie die Bohnen kennen.\n\n## Mahlgrad\n\nMahlen Sie die Bohnen mittelfein, etwas gröber als Tafelsalz, und zwar direkt vor dem Brühen.\n',
    'Kaffee brühen',
  ],
  [
    'Markdown (fr)',
    "# Préparer le café\n\n## Dosage\n\nComptez quinze grammes de café pour 250 millilitres d'eau, et ajustez selon votre goût une fois que vous connaissez les grains.\n\n## Mouture\n\nMoulez les grains assez fin, un peu plus gros que le sel de table, juste avant de préparer le café.\n",
    'Préparer le café',
  ],
  [
    'Markdown (zh)',
    '# 咖啡冲煮指南\n\n## 比例\n\n每250毫升水使用十五克咖啡，熟悉咖啡豆之后再根据口味调整。\n\n## 研磨\n\n在冲煮之前把咖啡豆磨成中细粉，比食盐稍粗一点。\n',
    '咖啡冲煮指南',
  ],
  [
    'Markdown (ja)',
    '# コーヒーの淹れ方\n\n## 比率\n\n水250ミリリットルに対してコーヒー豆を十五グラム使い、豆に慣れたら好みに合わせて調整します。\n\n## 挽き方\n\n淹れる直前に、食卓塩より少し粗い中細挽きにします。\n',
    'コーヒーの淹れ方',
  ],
  [
    'a list between paragraphs',
    `${COUNCIL}\n\nThe new money will go to:\n\n- teachers\n- books\n- buses\n\nThe mayor said she was pleased with the result of the vote.\n`,
    null,
  ],
  [
    'a list between paragraphs (de)',
    'Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, der die Ausgaben für Schulen um vier Prozent erhöht.\n\nDas Geld geht an:\n\n- Lehrer\n- Bücher\n- Busse\n\nDie Bürgermeisterin zeigte sich mit dem Ergebnis der Abstimmung zufrieden.\n',
    null,
  ],
];

/** The input's lines without their heading marks and bullets, as the article writes them; numbers stay. */
const unmarked = (input: string): string[] =>
  input
    .split('\n')
    .map((line) => line.replace(/^(?:#+|-)\s+/, '').trim())
    .filter((line) => line !== '');

describe('clean: a clean text comes back whole', () => {
  it.each(CLEAN_TEXTS)('%s', (_, input, title) => {
    const article = clean(input);
    expect(article.removed).toEqual([]);
    expect(article.title).toBe(title);
    const body = unmarked(input).filter((line) => line !== title);
    expect(article.text).toBe(body.join('\n\n'));
    expect(clean(article.text).text).toBe(article.text);
    expect(clean(toText(article)).text).toBe(article.text);
    expect(clean(toMarkdown(article)).text).toBe(article.text);
  });
});
