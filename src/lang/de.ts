import type { PhrasePack } from './types.js';

/** German phrases. */
export const de = {
  code: 'de',
  name: 'German',
  stopwords: [
    'aber', 'alle', 'als', 'also', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'bis', 'da', 'damit', 'dann',
    'das', 'dass', 'dem', 'den', 'denn', 'der', 'des', 'die', 'dies', 'diese', 'diesem', 'diesen', 'dieser',
    'doch', 'durch', 'ein', 'eine', 'einem', 'einen', 'einer', 'er', 'es', 'für', 'gegen', 'hat', 'hatte',
    'haben', 'ich', 'ihr', 'ihre', 'im', 'in', 'ist', 'jetzt', 'kann', 'kein', 'keine', 'man', 'mehr', 'mit',
    'nach', 'nicht', 'noch', 'nur', 'oder', 'schon', 'sein', 'seine', 'sich', 'sie', 'sind', 'so', 'um',
    'und', 'uns', 'unter', 'vom', 'von', 'vor', 'war', 'waren', 'was', 'weil', 'wenn', 'werden', 'wie', 'wir',
    'wird', 'wurde', 'wurden', 'zu', 'zum', 'zur', 'zwischen', 'über',
  ],
  shareLabels: [
    'teilen', 'jetzt teilen', 'artikel teilen', 'beitrag teilen', 'seite teilen', 'auf facebook teilen',
    'auf x teilen', 'auf twitter teilen', 'auf linkedin teilen', 'auf whatsapp teilen', 'per whatsapp teilen',
    'per e-mail teilen', 'per e-mail versenden', 'per mail versenden', 'per e-mail senden',
    'teilen auf', 'artikel versenden', 'e-mail', 'mail', 'twittern', 'facebook', 'twitter', 'x', 'linkedin', 'xing',
    'whatsapp', 'pinterest', 'telegram', 'threema', 'flipboard', 'messenger', 'sms', 'drucken',
    'artikel drucken', 'link kopieren', 'link kopiert', 'merken', 'artikel merken', 'speichern',
    'verschenken', 'artikel verschenken', 'bluesky', 'threads', 'reddit', 'mastodon',
  ],
  social: [
    'folgen sie uns auf', 'folgen sie uns', 'folgen sie uns bei', 'folge uns auf', 'folge uns',
    'folgt uns auf', 'besuchen sie uns auf', 'werden sie fan', 'folgen auf', 'abonnieren sie unseren kanal',
    'folgen sie mir auf', 'jetzt folgen', 'unser kanal auf whatsapp',
  ],
  paywall: [
    'bereits abonnent', 'sie sind bereits abonnent', 'schon abonnent', 'bereits registriert',
    'sie haben bereits ein konto', 'im ersten monat', 'jetzt abonnieren', 'jetzt weiterlesen',
    'um weiterzulesen', 'um den artikel weiterzulesen', 'anmelden und weiterlesen', 'mit abo weiterlesen',
    'dieser artikel ist nur für abonnenten', 'nur für abonnenten', 'exklusiv für abonnenten',
    'artikel freischalten', 'jetzt freischalten', 'alle artikel lesen', 'kostenlos registrieren',
    'jetzt kostenlos testen', 'gratis testen', 'kostenlos testen', 'jederzeit kündbar', 'monatlich kündbar',
    'pro monat', 'pro woche', 'plus-artikel', 'plus-inhalt', 'premium-inhalt', 'digital-abo',
    'werbefrei lesen',
  ],
  subscribe: [
    'abonnieren', 'jetzt abonnieren', 'abo abschließen', 'jetzt abo abschließen', 'zum abo', 'abo',
    'abonnement', 'mitglied werden', 'jetzt mitglied werden', 'abonnent werden', 'jetzt registrieren',
    'jetzt testen', 'unterstützen sie uns', 'jetzt unterstützen', 'unterstützen', 'spenden', 'jetzt spenden',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'wir brauchen ihre unterstützung', 'wir brauchen deine unterstützung', 'wir brauchen ihre hilfe',
    'monatliche spende',
  ],
  newsletter: [
    'newsletter', 'newsletter abonnieren', 'jetzt newsletter abonnieren', 'zum newsletter anmelden',
    'für den newsletter anmelden', 'melden sie sich für unseren newsletter an', 'unser newsletter',
    'in ihr postfach', 'direkt in ihr postfach', 'in dein postfach', 'ihre e-mail-adresse',
    'deine e-mail-adresse', 'e-mail-adresse', 'geben sie ihre e-mail-adresse ein', 'mit der anmeldung',
    'mit ihrer anmeldung', 'vielen dank für ihre anmeldung', 'danke für ihre anmeldung',
    'sie haben sich erfolgreich angemeldet', 'jederzeit abbestellen', 'abmeldung jederzeit möglich',
    'bitte bestätigen sie ihre anmeldung',
  ],
  cookie: [
    'wir verwenden cookies', 'wir nutzen cookies', 'diese website verwendet cookies',
    'diese webseite verwendet cookies', 'diese seite verwendet cookies', 'verwendung von cookies',
    'einsatz von cookies', 'cookie-richtlinie', 'cookie-einstellungen', 'cookie-hinweis',
    'cookies akzeptieren', 'alle cookies akzeptieren', 'alle akzeptieren', 'alle ablehnen',
    'akzeptieren und weiter', 'zustimmen und weiter', 'einstellungen verwalten', 'datenschutzeinstellungen',
    'privatsphäre-einstellungen', 'nur notwendige cookies', 'wir und unsere partner', 'ihre einwilligung',
    'einwilligung widerrufen',
  ],
  comments: [
    'kommentare', 'kommentar', 'kommentieren', 'kommentar schreiben', 'kommentar verfassen',
    'einen kommentar hinterlassen', 'schreibe einen kommentar', 'hinterlasse einen kommentar',
    'leserkommentare', 'antworten', 'antwort abbrechen', 'kommentare anzeigen', 'kommentare einblenden',
    'alle kommentare', 'kommentare laden', 'diskutieren sie mit', 'zur diskussion', 'netiquette',
    'kommentarfunktion', 'die kommentarfunktion ist geschlossen', 'anmelden um zu kommentieren',
    'ihre e-mail-adresse wird nicht veröffentlicht', 'deine e-mail-adresse wird nicht veröffentlicht',
    'erforderliche felder sind mit',
    // Why: the comment form's header in the polite form German sites address readers in.
    'schreiben sie einen kommentar',
  ],
  replyButtons: ['antworten'],
  commentCounts: [
    'gedanken',
  ],
  related: [
    'mehr zum thema', 'zum thema', 'auch interessant', 'das könnte sie auch interessieren',
    'das könnte sie interessieren', 'das könnte dich auch interessieren', 'lesen sie auch', 'lesen sie mehr',
    'lesen sie hier', 'weiterlesen', 'mehr lesen', 'mehr dazu', 'siehe auch', 'ähnliche artikel',
    'ähnliche beiträge', 'verwandte artikel', 'verwandte themen', 'weitere artikel', 'weitere beiträge',
    'weitere nachrichten', 'mehr nachrichten', 'mehr aus', 'mehr von', 'meistgelesen',
    'meistgelesene artikel', 'am meisten gelesen', 'meistgesehen', 'beliebt', 'beliebteste artikel',
    'empfehlungen', 'empfohlen', 'für sie empfohlen', 'unsere empfehlung', 'top-themen', 'topthemen',
    'neueste artikel', 'neueste beiträge', 'aktuelle nachrichten', 'vorheriger artikel', 'nächster artikel',
    'vorheriger beitrag', 'nächster beitrag', 'auch lesenswert', 'ebenfalls interessant',
    // The end of a header over teasers ("Artikel, die Sie interessieren könnten"; WCXB 4659 in English).
    'die sie interessieren könnten', 'die dich interessieren könnten',
  ],
  ad: [
    'anzeige', 'anzeigen', 'werbung', 'gesponsert', 'gesponserter inhalt', 'sponsored', 'bezahlter inhalt',
    'advertorial', 'promotion', 'partnerinhalt', 'in kooperation mit', 'präsentiert von',
    'weiter nach der anzeige', 'weiterlesen nach der anzeige', 'fortsetzung nach der anzeige',
    'artikel geht nach der anzeige weiter', 'affiliate-link', 'affiliate-links', 'provisionslink',
  ],
  nav: [
    'zum inhalt springen', 'zum inhalt', 'direkt zum inhalt', 'zur navigation', 'zur hauptnavigation',
    'navigation überspringen', 'menü', 'hauptmenü', 'navigation', 'startseite', 'home', 'suche', 'suchen',
    'suche öffnen', 'suche schließen', 'schließen', 'öffnen', 'zurück', 'nach oben', 'zurück nach oben',
    'weiter', 'vorherige', 'nächste', 'mehr', 'ressorts', 'rubriken', 'themen', 'anmelden', 'einloggen',
    'login', 'abmelden', 'registrieren', 'mein konto', 'konto', 'profil', 'kontakt', 'über uns', 'karriere',
    'jobs', 'hilfe', 'faq', 'sitemap', 'shop', 'warenkorb', 'nachrichten', 'news', 'newsticker', 'politik',
    'wirtschaft', 'finanzen', 'sport', 'kultur', 'feuilleton', 'wissen', 'wissenschaft', 'gesundheit',
    'panorama', 'meinung', 'ausland', 'inland', 'digital', 'technik', 'reise', 'leben', 'stil', 'lifestyle',
    'unterhaltung', 'auto', 'mobilität', 'video', 'videos', 'podcast', 'podcasts', 'wetter', 'regional',
    'lokales', 'live', 'liveblog', 'blog', 'alle', 'kategorien', 'schlagwörter', 'archiv', 'folgen',
    'anhören', 'abspielen', 'pause',
  ],
  legal: [
    'alle rechte vorbehalten', 'datenschutz', 'datenschutzerklärung', 'datenschutzhinweise', 'impressum',
    'nutzungsbedingungen', 'agb', 'allgemeine geschäftsbedingungen', 'cookie-richtlinie', 'barrierefreiheit',
    'erklärung zur barrierefreiheit', 'copyright', 'rechtliche hinweise', 'haftungsausschluss',
    'verträge hier kündigen', 'abo kündigen', 'mediadaten', 'privatsphäre',
    // Affiliate disclosures: a site's statement that it earns from the links (WCXB 0009, 0050 in English).
    'enthält affiliate-links', 'sogenannte affiliate-links', 'erhalten wir eine provision',
    'erhalten wir ggf. eine provision',
    // Health, legal and money disclaimers closing a post (en: WCXB 4561, 4581, 0085).
    'dient nur zu informationszwecken', 'ersetzt keine ärztliche beratung', 'stellt keine rechtsberatung dar',
    'stellt keine anlageberatung dar',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: [
    'alle akzeptieren', 'alle ablehnen', 'einstellungen verwalten', 'wir und unsere partner', 'ihre einwilligung',
  ],
  uiPrompt: [
    // An accordion's controls ("Expand All", WCXB 0054 in English).
    'alle aufklappen', 'alle einklappen',
    'hier klicken', 'klicken sie hier', 'klicken sie auf', 'tippen sie hier', 'wird geladen', 'lädt',
    'bitte aktivieren sie javascript', 'javascript aktivieren', 'ihr browser unterstützt', 'artikel anhören',
    'diesen artikel anhören', 'artikel vorlesen lassen', 'vorlesen', 'lesezeit', 'geschätzte lesezeit', 'min lesezeit',
    'minuten lesezeit', 'lesedauer', 'mehr anzeigen', 'mehr laden', 'weitere laden', 'alle anzeigen',
    'ausklappen', 'einklappen', 'vergrößern', 'bild vergrößern', 'bildunterschrift', 'bild', 'foto', 'video',
    'video abspielen', 'audio', 'schriftgröße', 'fehler melden', 'fehler gefunden', 'inhaltsverzeichnis',
    'seite drucken', 'artikel speichern', 'gespeichert', 'bild anzeigen', 'galerie', 'bildergalerie',
    'alle bilder', 'zoom', 'externer inhalt', 'empfohlener externer inhalt',
    'empfohlener redaktioneller inhalt', 'an dieser stelle finden sie einen externen inhalt',
    'externe inhalte anzeigen', 'mehr erfahren',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'javascript ist erforderlich', 'erfordert javascript', 'pflichtfeld', 'keine ergebnisse gefunden',
  ],
  // A player's or a slideshow's notice among the paragraphs, as the English pack's.
  mediaNotices: ['benötigt javascript', 'javascript einschalten'],
  // A prompt that names the article or page: a bare 'was that useful?' can be a sentence of the article.
  feedback: [
    'war dieser artikel hilfreich', 'war diese seite hilfreich', 'wie hilfreich war dieser artikel', 'artikel bewerten',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'ihr feedback hilft uns', 'dein feedback hilft uns',
  ],
  readerPronouns: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'ihr', 'euch', 'euer', 'eure', 'sie', 'ihnen', 'ihre', 'ihren', 'ihrem', 'ihrer'],
  authorBio: [
    'über den autor', 'über die autorin', 'über die autoren', 'zum autor', 'zur autorin', 'mehr vom autor',
    'mehr von diesem autor', 'mehr artikel von', 'alle artikel von', 'alle beiträge von', 'beiträge von',
    // Not "artikel von": a byline says it ("Ein Artikel von Anna Müller", a prefix of `bylinePrefixes`).
    'autorenprofil',
  ],
  greetings: ['hallo', 'hi', 'hey', 'servus', 'moin'],
  // Why: as the English pack's (WCXB 0229): a bio in the first person under the writer's name.
  selfIntroductions: ['ich bin'],
  bylinePrefixes: [
    'von', 'ein artikel von', 'ein beitrag von', 'geschrieben von', 'verfasst von', 'autor', 'autorin',
    'text', 'veröffentlicht von',
    // Why: as the English pack's 'contributors:' (WCXB 4701): a news story's credit for those who helped ("Mitarbeit:
    // Anna Müller").
    'mitarbeit:',
  ],
  // Why: German bylines join two writers with "und" ("Von Anna Müller und Peter Schmidt").
  nameJoiners: ['und'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'gründer', 'gründerin', 'mitgründer', 'inhaber', 'inhaberin', 'geschäftsführer', 'geschäftsführerin', 'redakteur',
    'redakteurin', 'chefredakteur', 'chefredakteurin', 'autor', 'autorin', 'journalist', 'journalistin',
    'korrespondent', 'korrespondentin', 'leiter', 'leiterin', 'experte', 'expertin',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'branche', 'kategorie', 'kategorien', 'thema', 'themen', 'rolle', 'typ', 'hersteller', 'marke', 'region', 'land',
    'produkt', 'lösung', 'unternehmensgröße',
  ],
  dateLabels: [
    'veröffentlicht', 'veröffentlicht am', 'aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'stand',
    'erstellt', 'erstellt am', 'datum', 'erschienen', 'erschienen am', 'zuerst erschienen', 'geändert am',
  ],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
  abbreviations: ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'nr', 'dr', 'str', 'bzw', 'ca', 'vgl', 'inkl', 'evtl', 'prof'],
  months: [
    ['januar', 'jänner', 'jan', 'jän'], ['februar', 'feber', 'feb'], ['märz', 'mär', 'mrz'], ['april', 'apr'],
    ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'],
    ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  dayFirstSeparators: ['.'],
  creditLabels: [
    'foto', 'fotos', 'bild', 'bilder', 'quelle', 'bildquelle', 'fotoquelle', 'credit', 'illustration',
    'grafik', 'abbildung', 'video', 'bildrechte', 'copyright', 'symbolbild', 'archivbild', 'archivfoto',
  ],
  imageCreditLabels: [
    'foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'fotoquelle', 'credit', 'illustration', 'bildrechte',
    'symbolbild', 'archivbild', 'archivfoto', 'titelbild',
  ],
  creditBylines: [
    'foto von', 'fotos von', 'bild von', 'illustration von', 'mit freundlicher genehmigung von',
  ],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'dpa', 'picture alliance', 'imago',
  ],
  attributions: [
    'mit material von', 'mit material der', 'mit material von dpa', 'mit agenturen', 'mit agenturmaterial',
    'mit informationen von', 'mit informationen der', 'dieser artikel erschien zuerst',
    'dieser beitrag erschien zuerst', 'dieser text erschien zuerst', 'zuerst erschienen in',
    'zuerst erschienen bei', 'mitarbeit', 'mitarbeit von', 'redaktionelle mitarbeit',
    'dieser artikel wurde aktualisiert', 'korrekturhinweis', 'in einer früheren version dieses artikels',
  ],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'preis prüfen', 'jetzt kaufen', 'zum angebot', 'angebot anfordern', 'demo anfordern',
  ],
  pricePeriods: ['monat', 'monatlich', 'woche', 'wöchentlich', 'jahr', 'jährlich'],
  offerWords: [
    'bei', 'von', 'auf',
  ],
  ctaButtons: [
    'mehr erfahren', 'jetzt buchen', 'jetzt starten', 'jetzt herunterladen', 'herunterladen', 'jetzt registrieren',
    'jetzt anmelden', 'kostenlos testen', 'jetzt testen', 'jetzt bestellen', 'jetzt bewerben',
  ],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list (WCXB 0022, 4828 in English).
    'mehr erfahren über', 'lesen sie unseren', 'entdecken sie unsere', 'zum vollständigen test',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'vorteile', 'nachteile', 'pro', 'contra', 'vor- und nachteile',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['startseite', 'home'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['inhaltsverzeichnis', 'inhalt', 'in diesem artikel'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English). Not "links" alone, a list of
  // links' label.
  captionPlaces: ['oben', 'unten', 'rechts', 'oben links', 'oben rechts', 'unten links', 'unten rechts', 'von links'],
} as const satisfies PhrasePack;
