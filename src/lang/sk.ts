import type { PhrasePack } from './types.js';

/**
 * Slovak phrases. The stopwords hold the function words Czech spells otherwise ("sa", "sú", "ktorý", "pre", "ako",
 * "podľa" against "se", "jsou", "který", "pro", "jako", "podle"), so a Slovak page outscores the Czech pack and a
 * Czech page this one; the words both write alike ("a", "na", "že", "však") count for both. None of the rest is a
 * Czech word the Czech pack leaves out ("ho", "ani", "potom"), nor a Polish one the Polish pack leaves out.
 */
export const sk = {
  code: 'sk',
  name: 'Slovak',
  stopwords: [
    'a', 'aby', 'aj', 'ako', 'ale', 'alebo', 'až', 'bez', 'bol', 'bola', 'boli', 'bolo', 'by', 'byť', 'bude', 'budú',
    'čo', 'do', 'ešte', 'iba', 'ich', 'je', 'jeho', 'jej', 'k', 'kde', 'keď', 'ktorá', 'ktoré', 'ktorí', 'ktorý',
    'lebo', 'len', 'medzi', 'môže', 'na', 'nad', 'než', 'nie', 'o', 'od', 'po', 'pod', 'podľa', 'pre', 'pred',
    'preto', 'pri', 's', 'sa', 'si', 'sme', 'so', 'som', 'sú', 'tak', 'teda', 'tiež', 'to', 'toho', 'tom', 'už', 'v',
    'vo', 'však', 'z', 'za', 'zo', 'že',
  ],
  shareLabels: [
    'zdieľať', 'zdieľajte', 'zdieľať na facebooku', 'zdieľať článok', 'kopírovať odkaz', 'skopírovať odkaz',
    'odkaz skopírovaný', 'tlačiť', 'vytlačiť', 'poslať e-mailom', 'e-mail', 'facebook', 'twitter', 'x', 'linkedin',
    'whatsapp', 'messenger', 'pinterest', 'telegram', 'uložiť', 'bluesky', 'threads', 'reddit',
  ],
  social: [
    'sledujte nás', 'sledujte nás na', 'sledujte nás na facebooku', 'sledujte nás na sociálnych sieťach',
    'pridajte sa k nám',
  ],
  paywall: [
    'iba pre predplatiteľov', 'len pre predplatiteľov', 'obsah pre predplatiteľov', 'článok pre predplatiteľov',
    'už máte predplatné', 'máte už predplatné',
  ],
  subscribe: [
    'predplatiť', 'predplatné', 'objednať predplatné', 'kúpiť predplatné', 'podporte nás', 'podporiť',
    'podporte nezávislú žurnalistiku', 'prispieť',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'potrebujeme vašu pomoc', 'potrebujeme vašu podporu', 'pravidelný mesačný príspevok',
  ],
  newsletter: [
    'newsletter', 'prihláste sa na odber newslettera', 'odoberať newsletter', 'prihlásiť na odber', 'odber noviniek',
    'váš e-mail', 'zadajte e-mail', 'zadajte svoj e-mail', 'e-mailová adresa',
  ],
  cookie: [
    'používame súbory cookie', 'používame cookies', 'táto stránka používa súbory cookie',
    'táto webová stránka používa súbory cookie', 'tento web používa súbory cookie', 'súbory cookie', 'súbory cookies',
    'zásady používania súborov cookie', 'nastavenia cookies', 'nastavenia súborov cookie', 'prijať všetko',
    'odmietnuť všetko', 'súhlasím',
  ],
  comments: [
    'komentáre', 'komentár', 'komentárov', 'diskusia', 'vstúpiť do diskusie', 'pridať komentár', 'napísať komentár',
    'odpovedať', 'zobraziť komentáre', 'zobraziť diskusiu', 'zrušiť odpoveď', 'vaša e-mailová adresa nebude zverejnená',
    'vyžadované polia sú označené',
  ],
  replyButtons: ['odpovedať'],
  // Why empty: no counted comment header of Slovak blogs is known here that names the post right after its noun.
  commentCounts: [],
  related: [
    'čítajte aj', 'čítajte tiež', 'prečítajte si aj', 'prečítajte si tiež', 'mohlo by vás zaujímať',
    'mohlo by vás tiež zaujímať', 'súvisiace', 'súvisiace články', 'podobné články', 'ďalšie články', 'najčítanejšie',
    'najčítanejšie články', 'najnovšie', 'najnovšie správy', 'odporúčame', 'predchádzajúci článok', 'ďalší článok',
    'predchádzajúci príspevok', 'ďalší príspevok', 'pokračovať v čítaní', 'čítať ďalej', 'ďalšie správy',
  ],
  ad: [
    'reklama', 'komerčná správa', 'komerčný článok', 'platená spolupráca', 'sponzorovaný obsah', 'pr článok',
    'článok pokračuje pod reklamou',
  ],
  nav: [
    'preskočiť na obsah', 'prejsť na obsah', 'menu', 'hlavná stránka', 'úvodná stránka', 'domov', 'hľadať',
    'vyhľadať', 'vyhľadávanie', 'zavrieť', 'späť', 'hore', 'ďalšie', 'predchádzajúce', 'viac', 'prihlásiť',
    'prihlásiť sa', 'odhlásiť', 'registrácia', 'zaregistrovať sa', 'môj účet', 'profil', 'kontakt', 'kontakty',
    'o nás', 'redakcia', 'kariéra', 'pomoc', 'mapa stránky', 'správy', 'domáce', 'zahraničie', 'politika',
    'ekonomika', 'biznis', 'šport', 'kultúra', 'veda', 'zdravie', 'technológie', 'názory', 'video', 'podcast',
    'podcasty', 'cestovanie', 'počasie', 'regióny', 'naživo', 'blog', 'kategórie', 'štítky', 'archív', 'auto',
    'bývanie', 'krimi',
  ],
  legal: [
    'všetky práva vyhradené', 'ochrana osobných údajov', 'zásady ochrany osobných údajov', 'podmienky používania',
    'obchodné podmienky', 'spracúvanie osobných údajov', 'spracovanie osobných údajov', 'copyright', 'autorské práva',
    'vyhlásenie o prístupnosti', 'súkromie',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: ['prijať všetko', 'odmietnuť všetko'],
  uiPrompt: [
    'kliknite sem', 'kliknite tu', 'načítava sa', 'načítavanie', 'zapnite javascript', 'vypočujte si článok',
    'čas čítania', 'min čítania', 'zobraziť viac', 'načítať viac', 'zobraziť všetko', 'rozbaliť', 'zbaliť', 'zväčšiť',
    'foto', 'video', 'prehrať', 'prehrať video', 'obsah', 'nahlásiť chybu', 'galéria', 'fotogaléria',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'vyžaduje javascript', 'povinné pole', 'nenašli sa žiadne výsledky',
  ],
  // A prompt that names the article or page: a bare 'was that useful?' can be a sentence of the article.
  feedback: [
    'bol tento článok užitočný', 'bol pre vás tento článok užitočný', 'ohodnoťte článok',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'pomôžte nám zlepšiť',
  ],
  // Not "ty" and "ti", as in the Czech pack: Czech quoted on a Slovak page writes them for "those" ("ty domy").
  readerPronouns: ['ťa', 'teba', 'tebe', 'tvoj', 'tvoja', 'tvoje', 'vy', 'vás', 'vám', 'váš', 'vaša', 'vaše', 'vaši'],
  authorBio: ['o autorovi', 'o autorke', 'články autora', 'ďalšie články autora', 'všetky články autora'],
  greetings: ['ahoj', 'dobrý deň', 'zdravím'],
  // Why: as the English pack's (WCXB 0229): a bio in the first person under the writer's name.
  selfIntroductions: ['som', 'volám sa'],
  bylinePrefixes: [
    'autor', 'autorka', 'autori', 'text', 'pripravil', 'pripravila',
    // Why: as the English pack's 'contributors:' (WCXB 4701): a credit for those who helped ("Spolupráca: Jana
    // Nováková").
    'spolupráca:',
  ],
  // Why: Slovak bylines join two writers with "a" ("Jana Nováková a Peter Kováč").
  nameJoiners: ['a'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'zakladateľ', 'zakladateľka', 'spoluzakladateľ', 'majiteľ', 'riaditeľ', 'riaditeľka', 'redaktor', 'redaktorka',
    'šéfredaktor', 'šéfredaktorka', 'novinár', 'novinárka', 'spravodajca', 'spravodajkyňa', 'komentátor', 'expert',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'odvetvie', 'sektor', 'kategória', 'téma', 'témy', 'rola', 'typ', 'výrobca', 'značka', 'región', 'krajina',
    'produkt', 'riešenie',
  ],
  dateLabels: [
    'publikované', 'zverejnené', 'aktualizované', 'aktualizácia', 'posledná aktualizácia', 'dátum',
    'dátum publikácie', 'dnes', 'včera',
  ],
  weekdays: ['pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'sobota', 'nedeľa'],
  // Why the genitive: Slovak writes a date's month in it ("12. apríla 2017"), a month alone in the nominative, and
  // "in April" in the locative ("v apríli 2017").
  months: [
    ['január', 'januára', 'januári'], ['február', 'februára', 'februári'], ['marec', 'marca', 'marci'],
    ['apríl', 'apríla', 'apríli'], ['máj', 'mája', 'máji'], ['jún', 'júna', 'júni'], ['júl', 'júla', 'júli'],
    ['august', 'augusta', 'auguste'], ['september', 'septembra', 'septembri'], ['október', 'októbra', 'októbri'],
    ['november', 'novembra', 'novembri'], ['december', 'decembra', 'decembri'],
  ],
  // Why: Slovak pages write a numeric date day first, with periods ("12.04.2017"), and, as Slovak style guides give it,
  // with a space after each ("12. 4. 2017").
  dayFirstSeparators: ['.', '. '],
  creditLabels: [
    'foto', 'fotografia', 'zdroj', 'ilustrácia', 'ilustračné foto', 'ilustračná snímka', 'video', 'grafika', 'snímka',
  ],
  imageCreditLabels: ['foto', 'fotografia', 'ilustrácia', 'ilustračné foto', 'ilustračná snímka', 'grafika', 'snímka'],
  // Why empty: a Slovak credit puts a colon after its label ("Foto: TASR"); no opener without one is known here.
  creditBylines: [],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'tasr', 'sita', 'čtk',
  ],
  attributions: ['spolupracoval', 'spolupracovala', 'článok bol aktualizovaný'],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'kúpiť', 'kúpiť teraz', 'pridať do košíka', 'do košíka', 'zobraziť ponuku',
  ],
  pricePeriods: ['mesiac', 'mesačne', 'týždeň', 'rok', 'ročne'],
  offerWords: ['v', 'na', 'od', 'za'],
  ctaButtons: ['zistiť viac', 'viac informácií', 'stiahnuť', 'zaregistrovať sa', 'vyskúšať zadarmo', 'rezervovať'],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list (WCXB 0022, 4828 in English).
    'zistite viac o',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'klady', 'zápory', 'výhody', 'nevýhody', 'plusy', 'mínusy',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['hlavná stránka', 'úvodná stránka', 'domov'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['obsah', 'obsah článku', 'v tomto článku'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English).
  captionPlaces: ['hore', 'dole', 'vľavo', 'vpravo', 'zľava'],
} as const satisfies PhrasePack;
