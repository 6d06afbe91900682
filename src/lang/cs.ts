import type { PhrasePack } from './types.js';

/**
 * Czech phrases. The stopwords hold the function words Polish spells otherwise ("je", "se", "že", "v", "s", "jsou"),
 * so a Czech page outscores the Polish pack and a Polish page this one; the words both share ("a", "na", "do") count
 * for both.
 */
export const cs = {
  code: 'cs',
  name: 'Czech',
  stopwords: [
    'a', 'aby', 'ale', 'až', 'bez', 'by', 'byl', 'byla', 'bylo', 'byly', 'být', 'bude', 'budou', 'co', 'do', 'i',
    'jak', 'jako', 'je', 'jeho', 'její', 'jejich', 'jen', 'ještě', 'již', 'jsem', 'jsme', 'jsou', 'k', 'kde', 'když',
    'která', 'které', 'který', 'kteří', 'mezi', 'může', 'na', 'nad', 'než', 'není', 'o', 'od', 'pak', 'po', 'pod',
    'pouze', 'pro', 'proto', 'před', 'při', 's', 'se', 'si', 'také', 'tak', 'tedy', 'to', 'toho', 'tom', 'už', 'v',
    've', 'však', 'z', 'za', 'ze', 'že',
  ],
  shareLabels: [
    'sdílet', 'sdílejte', 'sdílet na facebooku', 'sdílet článek', 'kopírovat odkaz', 'zkopírovat odkaz',
    'odkaz zkopírován', 'tisk', 'vytisknout', 'poslat e-mailem', 'e-mail', 'facebook', 'twitter', 'x', 'linkedin',
    'whatsapp', 'messenger', 'pinterest', 'telegram', 'uložit', 'bluesky', 'threads', 'reddit',
  ],
  social: [
    'sledujte nás', 'sledujte nás na', 'sledujte nás na facebooku', 'sledujte nás na sociálních sítích',
    'přidejte se k nám',
  ],
  paywall: [
    'pouze pro předplatitele', 'jen pro předplatitele', 'obsah pro předplatitele', 'článek pro předplatitele',
    'už máte předplatné', 'máte již předplatné',
  ],
  subscribe: [
    'předplatit', 'předplatné', 'objednat předplatné', 'koupit předplatné', 'podpořte nás', 'podpořit',
    'podpořte nezávislou žurnalistiku', 'přispět',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'potřebujeme vaši pomoc', 'potřebujeme vaši podporu', 'pravidelný měsíční dar',
  ],
  newsletter: [
    'newsletter', 'přihlaste se k odběru newsletteru', 'odebírat newsletter', 'přihlásit k odběru', 'odběr novinek',
    'váš e-mail', 'zadejte e-mail', 'zadejte svůj e-mail', 'e-mailová adresa',
  ],
  cookie: [
    'používáme soubory cookie', 'používáme cookies', 'tento web používá soubory cookie', 'tento web používá cookies',
    'soubory cookie', 'soubory cookies', 'zásady používání souborů cookie', 'nastavení cookies',
    'nastavení souborů cookie', 'přijmout vše', 'odmítnout vše', 'souhlasím',
  ],
  comments: [
    'komentáře', 'komentář', 'komentářů', 'diskuse', 'diskuze', 'vstoupit do diskuse', 'přidat komentář',
    'napsat komentář', 'okomentovat', 'odpovědět', 'zobrazit komentáře', 'zobrazit diskusi', 'zrušit odpověď',
    'vaše e-mailová adresa nebude zveřejněna', 'vyžadované informace jsou označeny',
  ],
  replyButtons: ['odpovědět'],
  // Why empty: no counted comment header of Czech blogs is known here that names the post right after its noun.
  commentCounts: [],
  related: [
    'čtěte také', 'čtěte též', 'čtěte dále', 'přečtěte si také', 'přečtěte si též', 'mohlo by vás zajímat',
    'mohlo by vás také zajímat', 'související', 'související články', 'podobné články', 'další články', 'nejčtenější',
    'nejčtenější články', 'nejnovější', 'nejnovější zprávy', 'doporučujeme', 'předchozí článek', 'další článek',
    'předchozí příspěvek', 'další příspěvek', 'pokračovat ve čtení', 'číst dál', 'číst dále', 'další zprávy',
    // Why: readability test page aktualne — "Právě se děje" ("happening now") heads the news feed under the article.
    'právě se děje',
  ],
  ad: [
    'reklama', 'komerční sdělení', 'placená spolupráce', 'sponzorovaný obsah', 'pr článek',
    'článek pokračuje pod reklamou',
  ],
  nav: [
    'přeskočit na obsah', 'přejít na obsah', 'menu', 'hlavní strana', 'úvodní strana', 'domů', 'hledat', 'vyhledat',
    'vyhledávání', 'zavřít', 'zpět', 'nahoru', 'další', 'předchozí', 'více', 'přihlásit', 'přihlásit se', 'odhlásit',
    'registrace', 'zaregistrovat se', 'můj účet', 'profil', 'kontakt', 'kontakty', 'o nás', 'redakce', 'kariéra',
    'nápověda', 'mapa stránek', 'zprávy', 'domácí', 'zahraničí', 'politika', 'ekonomika', 'byznys', 'sport',
    'kultura', 'věda', 'zdraví', 'technologie', 'názory', 'video', 'podcast', 'podcasty', 'cestování', 'počasí',
    'regiony', 'živě', 'blog', 'kategorie', 'štítky', 'archiv', 'auto', 'bydlení', 'krimi',
  ],
  legal: [
    'všechna práva vyhrazena', 'ochrana osobních údajů', 'zásady ochrany osobních údajů', 'podmínky použití',
    'podmínky užívání', 'obchodní podmínky', 'zpracování osobních údajů', 'copyright', 'autorská práva',
    'prohlášení o přístupnosti', 'soukromí',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: ['přijmout vše', 'odmítnout vše'],
  uiPrompt: [
    'klikněte zde', 'klikněte sem', 'načítání', 'zapněte javascript', 'poslechněte si článek', 'doba čtení',
    'min čtení', 'zobrazit více', 'načíst více', 'zobrazit vše', 'rozbalit', 'sbalit', 'zvětšit', 'foto', 'video',
    'přehrát', 'přehrát video', 'obsah', 'nahlásit chybu', 'galerie', 'fotogalerie',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'vyžaduje javascript', 'povinné pole', 'nebyly nalezeny žádné výsledky',
  ],
  // A prompt that names the article or page: a bare 'was that useful?' can be a sentence of the article.
  feedback: [
    'byl tento článek užitečný', 'byl pro vás tento článek užitečný', 'ohodnoťte článek',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'pomozte nám zlepšit',
  ],
  // Not "ty" and "ti": they are also "those" ("ty domy", "ti lidé").
  readerPronouns: ['tě', 'tebe', 'tobě', 'tvůj', 'tvoje', 'tvá', 'vy', 'vás', 'vám', 'váš', 'vaše', 'vaši'],
  authorBio: ['o autorovi', 'o autorce', 'články autora', 'další články autora', 'všechny články autora'],
  greetings: ['ahoj', 'dobrý den', 'zdravím'],
  // Why: as the English pack's (WCXB 0229): a bio in the first person under the writer's name.
  selfIntroductions: ['jsem', 'jmenuji se'],
  bylinePrefixes: [
    'autor', 'autorka', 'autoři', 'text', 'připravil', 'připravila',
    // Why: as the English pack's 'contributors:' (WCXB 4701): a credit for those who helped ("Spolupráce: Jana
    // Nováková").
    'spolupráce:',
  ],
  // Why: Czech bylines join two writers with "a" ("Jana Nováková a Petr Svoboda").
  nameJoiners: ['a'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'zakladatel', 'zakladatelka', 'spoluzakladatel', 'majitel', 'ředitel', 'ředitelka', 'redaktor', 'redaktorka',
    'šéfredaktor', 'šéfredaktorka', 'novinář', 'novinářka', 'zpravodaj', 'zpravodajka', 'komentátor', 'expert',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'odvětví', 'sektor', 'kategorie', 'téma', 'témata', 'role', 'typ', 'výrobce', 'značka', 'region', 'země',
    'produkt', 'řešení',
  ],
  dateLabels: [
    'publikováno', 'zveřejněno', 'aktualizováno', 'aktualizace', 'poslední aktualizace', 'datum', 'datum publikace',
    'dnes', 'včera',
  ],
  weekdays: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
  // Why the genitive: Czech writes a date's month in it ("12. dubna 2017"), a month alone in the nominative, and
  // "in April" in the locative ("v dubnu 2017"); "září" does not decline, "listopadu" is both.
  months: [
    ['leden', 'ledna', 'lednu'], ['únor', 'února', 'únoru'], ['březen', 'března', 'březnu'],
    ['duben', 'dubna', 'dubnu'], ['květen', 'května', 'květnu'], ['červen', 'června', 'červnu'],
    ['červenec', 'července', 'červenci'], ['srpen', 'srpna', 'srpnu'], ['září'], ['říjen', 'října', 'říjnu'],
    ['listopad', 'listopadu'], ['prosinec', 'prosince', 'prosinci'],
  ],
  // Why: Czech pages write a numeric date day first, with periods ("12.04.2017"), and, as Czech style guides give it,
  // with a space after each ("12. 4. 2017").
  dayFirstSeparators: ['.', '. '],
  creditLabels: ['foto', 'fotografie', 'zdroj', 'ilustrace', 'ilustrační foto', 'ilustrační snímek', 'video', 'grafika', 'snímek'],
  imageCreditLabels: ['foto', 'fotografie', 'ilustrace', 'ilustrační foto', 'ilustrační snímek', 'grafika', 'snímek'],
  // Why empty: a Czech credit puts a colon after its label ("Foto: ČTK"); no opener without one is known here.
  creditBylines: [],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'čtk', 'profimedia', 'mafra',
  ],
  attributions: ['spolupracoval', 'spolupracovala', 'článek byl aktualizován'],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'koupit', 'koupit nyní', 'přidat do košíku', 'do košíku', 'zobrazit nabídku',
  ],
  pricePeriods: ['měsíc', 'měsíčně', 'týden', 'rok', 'ročně'],
  offerWords: ['v', 'na', 'od', 'za'],
  ctaButtons: ['zjistit více', 'více informací', 'stáhnout', 'zaregistrovat se', 'vyzkoušet zdarma', 'rezervovat'],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list (WCXB 0022, 4828 in English).
    'zjistěte více o',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'klady', 'zápory', 'výhody', 'nevýhody', 'plusy', 'mínusy',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['hlavní strana', 'úvodní strana', 'domů'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['obsah', 'obsah článku', 'v tomto článku'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English).
  captionPlaces: ['nahoře', 'dole', 'vlevo', 'vpravo', 'zleva'],
} as const satisfies PhrasePack;
