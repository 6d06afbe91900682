import type { PhrasePack } from './types.js';

/** Polish phrases. */
export const pl = {
  code: 'pl',
  name: 'Polish',
  stopwords: [
    'a', 'aby', 'ale', 'bardzo', 'bez', 'by', 'być', 'był', 'była', 'było', 'były', 'będzie', 'co', 'czy', 'dla',
    'do', 'gdy', 'go', 'i', 'ich', 'jak', 'jako', 'jednak', 'jego', 'jej', 'jest', 'jeszcze', 'jeśli', 'już',
    'kiedy', 'która', 'które', 'których', 'który', 'lub', 'ma', 'może', 'na', 'nad', 'nie', 'o', 'od', 'oraz',
    'po', 'pod', 'przez', 'przy', 'również', 'się', 'są', 'tak', 'także', 'te', 'tego', 'tej', 'ten', 'też', 'to',
    'tylko', 'w', 'we', 'więc', 'z', 'za', 'ze', 'został', 'została', 'że',
  ],
  shareLabels: [
    'udostępnij', 'udostępnij na facebooku', 'udostępnij artykuł', 'podziel się', 'kopiuj link', 'skopiuj link',
    'link skopiowany', 'wyślij', 'drukuj', 'e-mail', 'mail', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp',
    'messenger', 'pinterest', 'telegram', 'wykop', 'zapisz', 'bluesky', 'threads', 'reddit',
  ],
  social: [
    'obserwuj nas', 'obserwuj nas na', 'obserwuj nas w google news', 'śledź nas', 'śledź nas na',
    'polub nas na facebooku', 'dołącz do nas',
  ],
  paywall: [
    'masz już konto', 'masz już subskrypcję', 'treść premium', 'artykuł premium', 'tylko dla subskrybentów',
    'dla subskrybentów', 'tylko dla prenumeratorów', 'wykup dostęp', 'kup dostęp', 'pełny dostęp',
  ],
  subscribe: [
    'subskrybuj', 'zasubskrybuj', 'wykup subskrypcję', 'kup subskrypcję', 'zamów prenumeratę', 'prenumerata',
    'wesprzyj nas', 'wspieraj nas', 'wesprzyj', 'przekaż darowiznę', 'zostań patronem',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'potrzebujemy twojego wsparcia', 'potrzebujemy twojej pomocy', 'potrzebujemy waszego wsparcia',
    'comiesięczna wpłata', 'comiesięczne wsparcie',
  ],
  newsletter: [
    'newsletter', 'zapisz się do newslettera', 'zapisz się na newsletter', 'zapisz się na nasz newsletter',
    'zamów newsletter', 'adres e-mail', 'twój adres e-mail', 'podaj adres e-mail', 'wpisz swój adres e-mail',
    'dziękujemy za zapisanie się',
  ],
  cookie: [
    'używamy plików cookie', 'używamy plików cookies', 'ta strona używa plików cookie',
    'ta strona używa plików cookies', 'ta strona korzysta z plików cookie', 'ta strona korzysta z plików cookies',
    'wykorzystujemy pliki cookies', 'plików cookie', 'plików cookies', 'polityka cookies', 'polityka plików cookies',
    'ustawienia cookies', 'ustawienia plików cookie', 'akceptuję', 'akceptuj wszystkie', 'zaakceptuj wszystkie',
    'odrzuć wszystkie', 'przejdź do serwisu',
  ],
  comments: [
    'komentarze', 'komentarz', 'komentarzy', 'skomentuj', 'dodaj komentarz', 'napisz komentarz',
    'zostaw komentarz', 'odpowiedz', 'pokaż komentarze', 'zobacz komentarze', 'regulamin komentowania',
    'twój adres e-mail nie zostanie opublikowany', 'wymagane pola są oznaczone', 'anuluj pisanie odpowiedzi',
  ],
  replyButtons: ['odpowiedz'],
  // Why empty: no counted comment header of Polish blogs is known here that names the post right after its noun.
  commentCounts: [],
  related: [
    'czytaj także', 'czytaj też', 'czytaj również', 'czytaj więcej', 'czytaj dalej', 'zobacz też', 'zobacz także',
    'zobacz również', 'przeczytaj też', 'przeczytaj także', 'przeczytaj również', 'podobne artykuły',
    'powiązane artykuły', 'polecane', 'polecamy', 'najpopularniejsze', 'najczęściej czytane', 'najnowsze',
    'najnowsze wiadomości', 'poprzedni artykuł', 'następny artykuł', 'poprzedni wpis', 'następny wpis',
    'może cię zainteresować', 'mogą cię zainteresować', 'warto przeczytać', 'inne artykuły',
  ],
  ad: [
    'reklama', 'artykuł sponsorowany', 'materiał sponsorowany', 'materiał partnera', 'materiał promocyjny',
    'treść sponsorowana', 'współpraca reklamowa', 'dalsza część artykułu pod materiałem wideo',
  ],
  nav: [
    'przejdź do treści', 'przejdź do głównej treści', 'menu', 'strona główna', 'szukaj', 'wyszukaj', 'zamknij',
    'wróć', 'powrót', 'do góry', 'następny', 'poprzedni', 'więcej', 'zaloguj', 'zaloguj się', 'wyloguj',
    'zarejestruj się', 'moje konto', 'konto', 'profil', 'kontakt', 'o nas', 'redakcja', 'kariera', 'pomoc',
    'mapa strony', 'sklep', 'koszyk', 'wiadomości', 'kraj', 'świat', 'polityka', 'gospodarka', 'biznes', 'sport',
    'kultura', 'nauka', 'zdrowie', 'technologie', 'opinie', 'wideo', 'podcast', 'podcasty', 'rozrywka',
    'podróże', 'pogoda', 'region', 'na żywo', 'blog', 'kategorie', 'tagi', 'archiwum', 'moto', 'film', 'muzyka',
  ],
  legal: [
    'wszelkie prawa zastrzeżone', 'polityka prywatności', 'regulamin', 'polityka cookies', 'ochrona danych osobowych',
    'rodo', 'prawa autorskie', 'copyright', 'nota prawna', 'warunki korzystania', 'deklaracja dostępności',
    'prywatność',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: ['akceptuj wszystkie', 'zaakceptuj wszystkie', 'odrzuć wszystkie'],
  uiPrompt: [
    'kliknij tutaj', 'kliknij tu', 'ładowanie', 'wczytywanie', 'włącz javascript', 'posłuchaj artykułu',
    'odsłuchaj artykuł', 'czas czytania', 'min czytania', 'pokaż więcej', 'załaduj więcej', 'zobacz więcej',
    'zobacz wszystkie', 'rozwiń', 'zwiń', 'powiększ', 'zdjęcie', 'wideo', 'odtwórz', 'odtwórz wideo', 'spis treści',
    'zgłoś błąd', 'galeria', 'zobacz galerię',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'wymagany javascript', 'pole wymagane', 'pole obowiązkowe', 'nie znaleziono wyników',
  ],
  // A prompt that names the article or page: a bare 'was that useful?' can be a sentence of the article.
  feedback: [
    'czy ten artykuł był pomocny', 'czy te informacje były pomocne', 'oceń artykuł',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'pomóż nam ulepszyć', 'pomóż nam poprawić',
  ],
  // Not "was" (you, plural): the list is joined with English, where "was" speaks to no one.
  readerPronouns: [
    'ty', 'ci', 'cię', 'ciebie', 'tobie', 'twój', 'twoja', 'twoje', 'twojego', 'twojej', 'wy', 'wam', 'wasz', 'wasza',
    'wasze',
  ],
  authorBio: ['o autorze', 'o autorce', 'artykuły autora', 'zobacz wszystkie wpisy'],
  greetings: ['cześć', 'hej', 'witaj', 'witajcie', 'dzień dobry'],
  // Why: as the English pack's (WCXB 0229): a bio in the first person under the writer's name.
  selfIntroductions: ['jestem', 'nazywam się'],
  bylinePrefixes: [
    'autor', 'autorka', 'opracowanie', 'opracował', 'opracowała', 'tekst',
    // Why: as the English pack's 'contributors:' (WCXB 4701): a credit for those who helped ("Współpraca: Anna Nowak").
    'współpraca:',
  ],
  // Why: Polish bylines join two writers with "i" or "oraz" ("Anna Kowalska i Jan Nowak").
  nameJoiners: ['i', 'oraz'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'założyciel', 'założycielka', 'współzałożyciel', 'właściciel', 'dyrektor', 'prezes', 'redaktor',
    'redaktorka', 'redaktor naczelny', 'dziennikarz', 'dziennikarka', 'korespondent', 'felietonista', 'ekspert',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'branża', 'sektor', 'kategoria', 'kategorie', 'temat', 'tematy', 'rola', 'typ', 'producent', 'marka', 'region',
    'kraj', 'produkt', 'rozwiązanie',
  ],
  dateLabels: [
    'opublikowano', 'aktualizacja', 'zaktualizowano', 'ostatnia aktualizacja', 'data publikacji',
    'data aktualizacji', 'dodano', 'data', 'dzisiaj', 'dziś', 'wczoraj',
  ],
  weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  // Why the genitive: Polish writes a date's month in it ("12 kwietnia 2017"), a month alone in the nominative.
  months: [
    ['styczeń', 'stycznia', 'sty'], ['luty', 'lutego', 'lut'], ['marzec', 'marca', 'mar'],
    ['kwiecień', 'kwietnia', 'kwi'], ['maj', 'maja'], ['czerwiec', 'czerwca', 'cze'], ['lipiec', 'lipca', 'lip'],
    ['sierpień', 'sierpnia', 'sie'], ['wrzesień', 'września', 'wrz'], ['październik', 'października', 'paź'],
    ['listopad', 'listopada', 'lis'], ['grudzień', 'grudnia', 'gru'],
  ],
  // Why: Polish pages write a numeric date day first, with periods ("12.04.2017").
  dayFirstSeparators: ['.'],
  creditLabels: ['fot', 'foto', 'zdjęcie', 'zdjęcia', 'źródło', 'ilustracja', 'grafika', 'wideo', 'autor zdjęcia'],
  imageCreditLabels: ['fot', 'foto', 'zdjęcie', 'zdjęcia', 'ilustracja', 'grafika', 'autor zdjęcia'],
  creditBylines: ['fot.'],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'pap', 'agencja gazeta', 'east news', 'newspix',
  ],
  attributions: ['współpraca', 'artykuł został zaktualizowany'],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'kup teraz', 'sprawdź cenę', 'zobacz ofertę', 'dodaj do koszyka', 'zamów teraz',
  ],
  pricePeriods: ['miesiąc', 'miesięcznie', 'tydzień', 'rok', 'rocznie'],
  offerWords: ['w', 'na', 'od'],
  ctaButtons: [
    'dowiedz się więcej', 'zarezerwuj', 'pobierz', 'zarejestruj się', 'wypróbuj za darmo',
  ],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list (WCXB 0022, 4828 in English).
    'dowiedz się więcej o',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'zalety', 'wady', 'plusy', 'minusy',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['strona główna'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['spis treści', 'w tym artykule'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English).
  captionPlaces: ['powyżej', 'poniżej', 'z lewej', 'z prawej', 'od lewej'],
} as const satisfies PhrasePack;
