import type { PhrasePack } from './types.js';

/** Dutch phrases. */
export const nl = {
  code: 'nl',
  name: 'Dutch',
  stopwords: [
    'aan', 'al', 'alle', 'als', 'bij', 'dan', 'dat', 'de', 'deze', 'die', 'dit', 'door', 'een', 'en', 'er',
    'geen', 'had', 'heb', 'hebben', 'heeft', 'het', 'hij', 'hoe', 'hun', 'ik', 'in', 'is', 'je', 'kan',
    'kunnen', 'maar', 'me', 'meer', 'met', 'mijn', 'na', 'naar', 'niet', 'nog', 'nu', 'of', 'om', 'omdat',
    'onder', 'ons', 'ook', 'op', 'over', 'te', 'tegen', 'toen', 'tot', 'tussen', 'u', 'uit', 'van', 'veel',
    'voor', 'waar', 'was', 'waren', 'wat', 'we', 'wel', 'werd', 'wie', 'wij', 'wil', 'worden', 'wordt', 'zal',
    'ze', 'zich', 'zij', 'zijn', 'zo', 'zou',
  ],
  shareLabels: [
    'delen', 'deel', 'deel dit artikel', 'artikel delen', 'delen op', 'delen op facebook', 'delen op twitter',
    // Why: Dutch share buttons in the imperative ("Deel op Facebook", "Deel via WhatsApp").
    'deel op', 'deel via',
    'delen op x', 'delen op linkedin', 'delen via whatsapp', 'delen via e-mail', 'delen via mail',
    'deel via e-mail', 'mailen', 'e-mail', 'mail', 'tweet', 'facebook', 'twitter', 'x', 'linkedin',
    'whatsapp', 'pinterest', 'telegram', 'messenger', 'flipboard', 'sms', 'printen', 'afdrukken', 'print',
    'kopieer link', 'link kopiëren', 'link gekopieerd', 'opslaan', 'bewaren', 'cadeau doen',
    'artikel cadeau doen', 'bluesky', 'threads', 'reddit',
  ],
  social: [
    'volg ons op', 'volg ons', 'volg ons via', 'volg ons ook op', 'like ons op facebook', 'vind ons op',
    'abonneer op ons kanaal', 'volg mij op', 'ons volgen',
  ],
  paywall: [
    'al abonnee', 'ben je al abonnee', 'bent u al abonnee', 'ik ben al abonnee', 'heb je al een account',
    'al een account', 'de eerste maand', 'word abonnee om verder te lezen', 'om verder te lezen',
    'lees verder met', 'dit artikel is alleen voor abonnees', 'alleen voor abonnees',
    'exclusief voor abonnees', 'speciaal voor abonnees', 'ontgrendel dit artikel',
    'log in om verder te lezen', 'log in om door te lezen', 'maak een gratis account aan', 'gratis proberen',
    'probeer gratis', 'proefperiode', 'altijd opzegbaar', 'maandelijks opzegbaar',
    'je hebt het maximum bereikt', 'gratis artikelen', 'registreer om te lezen', 'plus-artikel',
  ],
  subscribe: [
    'abonneren', 'abonneer nu', 'abonneer je', 'neem een abonnement', 'word abonnee', 'word lid',
    'word nu lid', 'nu abonneren', 'aanmelden', 'registreren', 'steun ons', 'steun onze journalistiek',
    'doneer', 'doneren', 'word donateur', 'bekijk de abonnementen',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'we hebben je hulp nodig', 'we hebben uw steun nodig', 'we hebben je steun nodig', 'maandelijkse donatie',
  ],
  newsletter: [
    'nieuwsbrief', 'nieuwsbrieven', 'schrijf je in voor onze nieuwsbrief', 'meld je aan voor de nieuwsbrief',
    'meld je aan voor onze nieuwsbrief', 'abonneer op onze nieuwsbrief', 'ontvang onze nieuwsbrief',
    'in je inbox', 'in je mailbox', 'rechtstreeks in je inbox', 'vul je e-mailadres in', 'je e-mailadres',
    'uw e-mailadres', 'e-mailadres', 'door je aan te melden', 'bedankt voor je aanmelding',
    'bedankt voor uw aanmelding', 'je bent aangemeld', 'je bent ingeschreven', 'mailinglijst',
  ],
  cookie: [
    'wij gebruiken cookies', 'we gebruiken cookies', 'deze site gebruikt cookies',
    'deze website gebruikt cookies', 'gebruik van cookies', 'cookiebeleid', 'cookieverklaring',
    'cookie-instellingen', 'cookievoorkeuren', 'cookies accepteren', 'alle cookies accepteren',
    'alles accepteren', 'accepteer alles', 'alles weigeren', 'voorkeuren beheren', 'instellingen aanpassen',
    'wij en onze partners', 'uw privacykeuzes', 'akkoord en doorgaan', 'cookies weigeren',
  ],
  comments: [
    'reacties', 'reactie', 'reageer', 'reageren', 'plaats een reactie', 'laat een reactie achter',
    'geef een reactie', 'schrijf een reactie', 'reactie plaatsen', 'beantwoorden', 'reactie annuleren',
    'toon reacties', 'bekijk reacties', 'reacties laden', 'log in om te reageren',
    'je e-mailadres wordt niet gepubliceerd', 'uw e-mailadres wordt niet gepubliceerd',
    'vereiste velden zijn gemarkeerd met', 'reageren is niet meer mogelijk', 'de reacties zijn gesloten',
    'reactiebeleid', 'huisregels', 'praat mee', 'discussieer mee',
  ],
  replyButtons: ['reageer', 'beantwoorden'],
  commentCounts: [
    'gedachten',
  ],
  related: [
    'lees ook', 'lees meer', 'lees verder', 'meer lezen', 'lees hier meer', 'zie ook', 'bekijk ook',
    'gerelateerd', 'gerelateerde artikelen', 'gerelateerde berichten', 'meer over', 'meer over dit onderwerp',
    'meer nieuws', 'meer van', 'meest gelezen', 'meest bekeken', 'populair', 'trending', 'aanbevolen',
    'aanbevolen voor jou', 'aanbevolen voor u', 'dit vind je misschien ook leuk', 'misschien ook interessant',
    'ook interessant', 'laatste nieuws', 'het laatste nieuws', 'net binnen', 'vorig artikel',
    'volgend artikel', 'vorig bericht', 'volgend bericht', 'uitgelicht', 'tip van de redactie',
    'keuze van de redactie', 'ander nieuws',
  ],
  ad: [
    'advertentie', 'advertenties', 'reclame', 'gesponsord', 'gesponsorde inhoud', 'gesponsorde content',
    'betaalde inhoud', 'in samenwerking met', 'partnerbijdrage', 'partnercontent', 'promotie', 'advertorial',
    'aangeboden door', 'lees verder na de advertentie', 'artikel gaat verder onder de advertentie',
  ],
  nav: [
    'ga naar de inhoud', 'naar de inhoud', 'spring naar inhoud', 'direct naar de inhoud',
    'ga naar hoofdinhoud', 'sla navigatie over', 'menu', 'hoofdmenu', 'home', 'startpagina', 'zoeken', 'zoek',
    'sluiten', 'openen', 'navigatie', 'terug', 'terug naar boven', 'naar boven', 'top', 'volgende', 'vorige',
    'meer', 'rubrieken', 'secties', 'inloggen', 'log in', 'uitloggen', 'registreren', 'mijn account',
    'account', 'profiel', 'contact', 'neem contact op', 'over ons', 'vacatures', 'werken bij', 'help',
    'klantenservice', 'veelgestelde vragen', 'sitemap', 'winkel', 'winkelwagen', 'nieuws', 'binnenland',
    'buitenland', 'politiek', 'economie', 'sport', 'cultuur', 'wetenschap', 'gezondheid', 'tech',
    'technologie', 'opinie', 'video', "video's", 'podcast', 'podcasts', 'entertainment', 'lifestyle',
    'reizen', 'eten', 'weer', 'regio', 'lokaal', 'live', 'liveblog', 'blog', 'alle', 'alles', 'categorieën',
    'tags', 'archief', 'volgen', 'luisteren', 'kijken', 'afspelen', 'pauze', 'achtergrond', 'media',
  ],
  legal: [
    'alle rechten voorbehouden', 'privacybeleid', 'privacyverklaring', 'privacy statement',
    'gebruiksvoorwaarden', 'algemene voorwaarden', 'voorwaarden', 'cookiebeleid', 'cookieverklaring',
    'toegankelijkheid', 'toegankelijkheidsverklaring', 'copyright', 'auteursrecht', 'disclaimer', 'colofon',
    'privacy',
    // Affiliate disclosures: a site's statement that it earns from the links (WCXB 0009, 0050 in English).
    'bevat affiliate links', 'ontvangen wij een kleine commissie', 'ontvangen wij een commissie',
    // Health, legal and money disclaimers closing a post (en: WCXB 4561, 4581, 0085).
    'uitsluitend ter informatie', 'vervangt geen medisch advies', 'geen juridisch advies',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: [
    'alles accepteren', 'accepteer alles', 'alles weigeren', 'voorkeuren beheren', 'instellingen aanpassen',
    'wij en onze partners',
  ],
  uiPrompt: [
    // An accordion's controls ("Expand All", WCXB 0054 in English).
    'alles uitklappen', 'alles inklappen',
    'klik hier', 'tik hier', 'klik op', 'klik om', 'laden', 'bezig met laden', 'schakel javascript in',
    'javascript inschakelen', 'je browser ondersteunt', 'uw browser ondersteunt', 'luister naar dit artikel',
    'beluister dit artikel', 'artikel beluisteren', 'voorlezen', 'leestijd', 'geschatte leestijd', 'min leestijd',
    'minuten leestijd', 'toon meer', 'laad meer', 'meer laden', 'bekijk meer', 'bekijk alles',
    'alles bekijken', 'uitklappen', 'inklappen', 'vergroten', 'afbeelding vergroten', 'zoom', 'bijschrift',
    'afbeelding', 'foto', 'video', 'video afspelen', 'bekijk video', 'audio', 'lettergrootte', 'tekstgrootte',
    'meld een fout', 'fout gezien', 'fout gevonden', 'inhoudsopgave', 'pagina printen', 'artikel opslaan',
    'opgeslagen', 'open afbeelding', 'ga naar', 'fotoserie', 'externe inhoud',
    'deze inhoud kan niet worden getoond',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'javascript is vereist', 'javascript is nodig', 'verplicht veld', 'geen resultaten gevonden',
  ],
  // A player's or a slideshow's notice among the paragraphs, as the English pack's.
  mediaNotices: ['vereist javascript', 'zet javascript aan'],
  // A prompt that names the article or page: a bare 'was that useful?' can be a sentence of the article.
  feedback: [
    'was dit artikel nuttig', 'was deze pagina nuttig', 'beoordeel dit artikel',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'help ons verbeteren', 'help ons om te verbeteren',
  ],
  readerPronouns: ['je', 'jij', 'jou', 'jouw', 'u', 'uw', 'jullie'],
  authorBio: [
    'over de auteur', 'over de auteurs', 'over de schrijver', 'over de maker', 'meer van deze auteur',
    'meer artikelen van', 'alle artikelen van', 'alle berichten van', 'bekijk alle berichten van',
    'berichten van', 'artikelen van',
  ],
  greetings: ['hoi', 'hallo', 'hey'],
  // Why: as the English pack's (WCXB 0229): a bio in the first person under the writer's name.
  selfIntroductions: ['ik ben'],
  bylinePrefixes: [
    'door', 'geschreven door', 'tekst', 'auteur', 'redactie', 'gepost door', 'geplaatst door',
    // Why: as the English pack's 'contributors:' (WCXB 4701): a credit for those who helped ("Met medewerking van Jan
    // de Vries").
    'met medewerking van',
  ],
  // Why: Dutch bylines join two writers with "en" ("Door Jan de Vries en Piet Jansen").
  nameJoiners: ['en'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'oprichter', 'medeoprichter', 'eigenaar', 'directeur', 'hoofdredacteur', 'redacteur', 'redactrice', 'journalist',
    'correspondent', 'columnist', 'expert',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'branche', 'sector', 'categorie', 'categorieën', 'onderwerp', 'onderwerpen', 'rol', 'type', 'fabrikant', 'merk',
    'regio', 'land', 'product', 'oplossing', 'bedrijfsgrootte',
  ],
  dateLabels: [
    'gepubliceerd', 'gepubliceerd op', 'bijgewerkt', 'bijgewerkt op', 'laatst bijgewerkt', 'aangepast',
    'aangepast op', 'geplaatst', 'geplaatst op', 'datum', 'gewijzigd', 'gewijzigd op', 'vandaag', 'gisteren',
  ],
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  months: [
    ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt', 'maa'], ['april', 'apr'], ['mei'],
    ['juni', 'jun'], ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'],
    ['november', 'nov'], ['december', 'dec'],
  ],
  // Why '-': Dutch pages write a numeric date with hyphens, day first ("12-04-2017").
  dayFirstSeparators: ['.', '/', '-'],
  creditLabels: [
    'foto', "foto's", 'fotografie', 'beeld', 'afbeelding', 'bron', 'credit', 'illustratie', 'video',
    'archiefbeeld', 'archieffoto', 'infographic',
  ],
  imageCreditLabels: [
    'foto', "foto's", 'beeld', 'afbeelding', 'illustratie', 'fotografie', 'credit',
  ],
  creditBylines: [
    'foto door', "foto's door", 'beeld door', 'afbeelding door', 'illustratie door', 'met dank aan',
  ],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'anp', 'belga',
  ],
  attributions: [
    'met medewerking van', 'met bijdragen van', 'door onze redactie', 'aan dit artikel werkten mee',
    'dit artikel verscheen eerder', 'dit artikel verscheen eerder in', 'dit artikel is eerder gepubliceerd',
    'dit artikel is bijgewerkt', 'dit artikel is aangepast', 'rectificatie', 'bewerkt door',
    'naar een artikel van', 'bron anp',
  ],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'koop nu', 'bekijk prijs', 'bekijk aanbieding', 'offerte aanvragen', 'demo aanvragen',
  ],
  pricePeriods: ['maand', 'week', 'jaar', 'maandelijks'],
  offerWords: [
    'bij', 'op', 'van',
  ],
  ctaButtons: [
    'meer informatie', 'boek nu', 'nu boeken', 'aan de slag', 'download', 'nu downloaden',
    'registreer nu', 'meld je aan', 'probeer gratis', 'gratis proberen', 'bestel nu',
  ],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list (WCXB 0022, 4828 in English).
    'meer weten over', 'lees onze review', 'ontdek onze', 'ontdek meer',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'voordelen', 'nadelen', 'pluspunten', 'minpunten',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['home', 'startpagina'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['inhoudsopgave', 'inhoud', 'in dit artikel'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English). Not "links" alone, a list of
  // links' label.
  captionPlaces: ['boven', 'onder', 'rechts', 'linksboven', 'rechtsboven', 'linksonder', 'rechtsonder', 'van links naar rechts'],
} as const satisfies PhrasePack;
