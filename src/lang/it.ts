import type { PhrasePack } from './types.js';

/** Italian phrases. */
export const it = {
  code: 'it',
  name: 'Italian',
  stopwords: [
    'a', 'ad', 'agli', 'ai', 'al', 'alla', 'alle', 'anche', 'ancora', 'che', 'chi', 'ci', 'come', 'con',
    'così', 'da', 'dal', 'dalla', 'dei', 'del', 'della', 'delle', 'di', 'dopo', 'e', 'è', 'ed', 'era',
    'essere', 'fa', 'fra', 'già', 'gli', 'ha', 'hanno', 'ho', 'i', 'il', 'in', 'io', 'la', 'le', 'lei', 'lo',
    'loro', 'lui', 'ma', 'mi', 'molto', 'ne', 'nei', 'nel', 'nella', 'noi', 'non', 'o', 'per', 'perché',
    'più', 'poi', 'quando', 'quella', 'quello', 'questa', 'questo', 'se', 'si', 'sia', 'solo', 'sono',
    'stato', 'su', 'sua', 'sue', 'sul', 'sulla', 'suo', 'tra', 'tutti', 'tutto', 'un', 'una', 'uno', 'voi',
  ],
  shareLabels: [
    'condividi', 'condivisioni', 'condividi articolo', 'condividi su', 'condividi questo articolo',
    'condividi su facebook',
    'condividi su twitter', 'condividi su x', 'condividi su linkedin', 'condividi su whatsapp',
    'invia per e-mail', 'invia tramite e-mail', 'invia via e-mail', 'e-mail', 'mail', 'twitta', 'facebook',
    'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'telegram', 'messenger', 'flipboard', 'sms',
    'stampa', 'copia link', 'copia il link', 'link copiato', 'salva', 'regala articolo', 'bluesky', 'threads',
    'reddit',
  ],
  social: [
    'seguici su', 'seguici', 'seguici sui social', 'metti mi piace', 'unisciti a noi su', 'trovaci su',
    'iscriviti al nostro canale', 'seguimi su', 'segui il nostro canale', 'seguiteci su',
  ],
  paywall: [
    'sei già abbonato', 'già abbonato', 'hai già un account', 'già registrato', 'il primo mese',
    'abbonati per continuare a leggere', 'per continuare a leggere',
    'questo articolo è riservato agli abbonati', 'riservato agli abbonati',
    'contenuto riservato agli abbonati', 'articolo riservato agli abbonati', 'solo per abbonati',
    'esclusivo per gli abbonati', 'sblocca questo articolo', 'accedi per continuare',
    'accedi per continuare a leggere', 'crea un account gratuito', 'registrati gratuitamente',
    'prova gratuita', 'prova gratis', 'disdici quando vuoi', 'disdici in qualsiasi momento', 'al mese',
    'a settimana', 'hai raggiunto il limite', 'articoli gratuiti', 'registrati per leggere',
    'contenuto premium',
  ],
  subscribe: [
    'abbonati', 'abbonati ora', 'abbonati subito', 'abbonarsi', 'abbonamento', 'diventa abbonato',
    'diventa socio', 'diventa membro', 'iscriviti', 'iscriviti ora', 'registrati', 'sostienici',
    'sostieni il nostro giornalismo', 'fai una donazione', 'dona ora', 'scopri le offerte',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'abbiamo bisogno del tuo aiuto', 'abbiamo bisogno del tuo sostegno', 'donazione mensile', 'donazioni mensili',
  ],
  newsletter: [
    'newsletter', 'le newsletter', 'iscriviti alla newsletter', 'iscriviti alla nostra newsletter',
    'ricevi la newsletter', 'nella tua casella di posta', 'nella tua casella e-mail',
    'inserisci la tua e-mail', 'inserisci il tuo indirizzo e-mail', 'il tuo indirizzo e-mail',
    'la tua e-mail', 'indirizzo e-mail', 'iscrivendoti', "con l'iscrizione", 'grazie per esserti iscritto',
    "grazie per l'iscrizione", 'iscrizione avvenuta con successo', 'mailing list',
  ],
  cookie: [
    'utilizziamo i cookie', 'usiamo i cookie', 'questo sito utilizza cookie', 'questo sito utilizza i cookie',
    'questo sito usa i cookie', 'uso dei cookie', 'utilizzo dei cookie', 'cookie policy',
    'informativa sui cookie', 'impostazioni cookie', 'preferenze cookie', 'gestisci i cookie',
    'accetta i cookie', 'accetta tutti i cookie', 'accetta tutti', 'rifiuta tutti', 'accetta e chiudi',
    'accetta e continua', 'gestisci preferenze', 'gestisci le preferenze', 'noi e i nostri partner',
    'le tue scelte sulla privacy', 'continua senza accettare', 'chiudendo questo banner',
    'proseguendo la navigazione',
  ],
  comments: [
    'commenti', 'commento', 'commenta', 'lascia un commento', 'lascia una risposta', 'scrivi un commento',
    'aggiungi un commento', 'pubblica commento', 'rispondi', 'risposte', 'annulla risposta',
    'mostra commenti', 'vedi i commenti', 'carica commenti', 'accedi per commentare',
    'il tuo indirizzo e-mail non sarà pubblicato', 'i campi obbligatori sono contrassegnati',
    'i commenti sono chiusi', 'commenti chiusi', 'regole per i commenti', 'partecipa alla discussione',
  ],
  replyButtons: ['rispondi'],
  commentCounts: [
    'pensieri',
  ],
  related: [
    'leggi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'potrebbe interessarti anche',
    'articoli correlati', 'notizie correlate', 'post correlati', 'correlati', 'contenuti correlati',
    'vedi anche', 'guarda anche', 'approfondimenti', 'approfondisci', 'per approfondire', 'leggi di più',
    'leggi tutto', 'continua a leggere', 'più letti', 'i più letti', 'le notizie più lette', 'più visti',
    'più popolari', 'popolari', 'di tendenza', 'tendenze', 'consigliati', 'consigliati per te',
    'ti consigliamo', 'ti potrebbe piacere', 'potrebbe piacerti', 'scelti per te', 'ultime notizie',
    "ultim'ora", 'ultimi articoli', 'altre notizie', 'altri articoli', 'altro da', 'articolo precedente',
    'articolo successivo', 'post precedente', 'post successivo', 'in primo piano', 'sullo stesso argomento',
    'sullo stesso tema',
    // The end of a header over teasers ("Articoli che potrebbero interessarti"; WCXB 4659 in English).
    'che potrebbero interessarti',
  ],
  ad: [
    'pubblicità', 'annuncio', 'annunci', 'sponsorizzato', 'contenuto sponsorizzato',
    'contenuti sponsorizzati', 'contenuto a pagamento', 'contenuto pubblicitario',
    'informazione pubblicitaria', 'pubbliredazionale', 'promosso', 'contenuto partner',
    'in collaborazione con', 'offerto da', 'presentato da', 'brand content', 'continua dopo la pubblicità',
    "l'articolo continua dopo la pubblicità",
  ],
  nav: [
    'vai al contenuto', 'salta al contenuto', 'vai al contenuto principale', 'salta la navigazione', 'menu',
    'menu principale', 'home', 'home page', 'homepage', 'cerca', 'ricerca', 'chiudi', 'apri', 'navigazione',
    'indietro', 'torna su', "torna all'inizio", 'inizio pagina', 'successivo', 'precedente', 'avanti',
    'altro', 'sezioni', 'accedi', 'login', 'entra', 'esci', 'registrati', 'il mio account', 'account',
    'profilo', 'contatti', 'contattaci', 'chi siamo', 'lavora con noi', 'aiuto', 'faq', 'domande frequenti',
    'mappa del sito', 'negozio', 'carrello', 'notizie', 'news', 'cronaca', 'politica', 'economia', 'sport',
    'esteri', 'mondo', 'italia', 'cultura', 'spettacoli', 'scienza', 'salute', 'tecnologia', 'opinioni',
    'video', 'podcast', 'intrattenimento', 'lifestyle', 'viaggi', 'cucina', 'motori', 'moda', 'meteo',
    'locale', 'diretta', 'live', 'in diretta', 'blog', 'tutti', 'tutte', 'categorie', 'tag', 'archivio',
    'segui', 'ascolta', 'guarda', 'riproduci', 'pausa', 'edicola', 'tutte le notizie',
  ],
  legal: [
    'tutti i diritti riservati', 'riproduzione riservata', 'privacy policy', 'informativa sulla privacy',
    'informativa privacy', 'termini di utilizzo', 'termini e condizioni', "condizioni d'uso",
    'condizioni generali', 'cookie policy', 'accessibilità', 'dichiarazione di accessibilità', 'copyright',
    'note legali', 'partita iva', 'è vietata la riproduzione',
    // Affiliate disclosures: a site's statement that it earns from the links (WCXB 0009, 0050 in English).
    'contiene link di affiliazione', 'potremmo ricevere una commissione',
    'riceviamo una commissione',
    // Health, legal and money disclaimers closing a post (en: WCXB 4561, 4581, 0085).
    'a scopo puramente informativo', 'non sostituisce il parere medico', 'non costituisce consulenza legale',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: [
    'accetta tutti', 'rifiuta tutti', 'gestisci preferenze', 'gestisci le preferenze', 'noi e i nostri partner',
  ],
  uiPrompt: [
    // An accordion's controls ("Expand All", WCXB 0054 in English).
    'espandi tutto', 'comprimi tutto',
    'clicca qui', 'fai clic qui', 'tocca qui', 'clicca per', 'caricamento', 'caricamento in corso',
    'abilita javascript', 'attiva javascript', 'il tuo browser non supporta', "ascolta l'articolo",
    'ascolta questo articolo', 'tempo di lettura', 'min di lettura', 'minuti di lettura', 'lettura',
    'mostra di più', 'mostra altro', 'carica altri', 'carica altro', 'vedi altro', 'vedi di più', 'espandi',
    'comprimi', 'ingrandisci', 'ingrandisci immagine', 'zoom', 'didascalia', 'immagine', 'foto', 'video',
    'guarda il video', 'riproduci video', 'audio', 'dimensione del testo', 'dimensione carattere',
    'segnala un errore', 'segnala errore', 'vedi tutto', 'vedi tutti', 'indice', 'sommario',
    'stampa questa pagina', 'salva articolo', 'salvato', 'apri immagine', 'vai a', 'galleria', 'fotogallery',
    'guarda la gallery',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'è necessario javascript', 'javascript è necessario', 'campo obbligatorio', 'nessun risultato trovato',
  ],
  // A player's or a slideshow's notice among the paragraphs, as the English pack's.
  mediaNotices: ['richiede javascript', 'attivare javascript'],
  // A prompt that names the article or page: a bare 'was that useful?' can be a sentence of the article.
  feedback: [
    'questo articolo ti è stato utile', 'questa pagina ti è stata utile', 'valuta questo articolo',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'aiutaci a migliorare',
  ],
  readerPronouns: ['tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vi', 'vostro', 'vostra', 'vostri', 'vostre', 'lei', 'suo', 'sua'],
  authorBio: [
    "sull'autore", "l'autore", "biografia dell'autore", 'altri articoli di', 'tutti gli articoli di',
    'vedi tutti gli articoli di', 'articoli di', 'post di', "altri articoli dell'autore",
    'dello stesso autore',
  ],
  greetings: ['ciao', 'salve'],
  // Why: as the English pack's (WCXB 0229): a bio in the first person under the writer's name.
  selfIntroductions: ['sono', 'mi chiamo'],
  bylinePrefixes: [
    'di', 'a cura di', 'scritto da', 'pubblicato da', 'autore', 'autrice', 'testo di', 'redazione',
    // Why: as the English pack's 'contributors:' (WCXB 4701): a credit for those who helped ("Hanno collaborato: Marco
    // Rossi").
    'hanno collaborato:',
  ],
  // Why: Italian bylines join two writers with "e" ("di Marco Rossi e Luca Bianchi").
  nameJoiners: ['e', 'ed'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'fondatore', 'fondatrice', 'cofondatore', 'direttore', 'direttrice', 'redattore', 'redattrice', 'giornalista',
    'corrispondente', 'editorialista', 'esperto', 'esperta',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'settore', 'categoria', 'categorie', 'argomento', 'argomenti', 'ruolo', 'tipo', 'produttore', 'marca', 'regione',
    'paese', 'prodotto', 'soluzione', 'dimensione aziendale',
  ],
  dateLabels: [
    'pubblicato', 'pubblicato il', 'aggiornato', 'aggiornato il', 'ultimo aggiornamento', 'ultima modifica',
    'postato il', 'data', 'data di pubblicazione', 'modificato il', 'creato il',
  ],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  months: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'],
    ['giugno', 'giu'], ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set', 'sett'], ['ottobre', 'ott'],
    ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  dayFirstSeparators: ['/', '.'],
  creditLabels: [
    'foto', 'fotografia', 'immagine', 'immagini', 'credit', 'crediti', 'credito', 'fonte', 'illustrazione',
    'video', 'infografica', 'foto di archivio', "foto d'archivio", 'archivio',
  ],
  imageCreditLabels: [
    'foto', 'fotografia', 'immagine', 'immagini', 'credito', 'crediti', 'illustrazione', 'foto di copertina',
  ],
  creditBylines: [
    'foto di', 'fotografia di', 'immagine di', 'illustrazione di', 'per gentile concessione di',
  ],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'ansa', 'lapresse',
  ],
  attributions: [
    'con agenzie', 'fonte agenzie', 'ha collaborato', 'hanno collaborato', 'con la collaborazione di',
    'questo articolo è stato pubblicato originariamente', 'pubblicato originariamente su',
    'questo articolo è stato aggiornato', 'articolo aggiornato', 'errata corrige', 'a cura della redazione',
  ],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'acquista ora', 'compra ora', 'vedi prezzo', 'vedi offerta', 'richiedi un preventivo', 'richiedi una demo',
  ],
  pricePeriods: ['mese', 'settimana', 'anno', 'mensile', 'annuale'],
  offerWords: [
    'su', 'da', 'presso',
  ],
  ctaButtons: [
    'scopri di più', 'prenota ora', 'inizia ora', 'scarica', 'scarica ora', 'registrati', 'registrati ora',
    'prova gratis', 'iscriviti ora', 'ordina ora',
  ],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list (WCXB 0022, 4828 in English).
    'scopri di più su', 'leggi la nostra recensione', 'scopri i nostri', 'scopri le nostre',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'pro', 'contro', 'vantaggi', 'svantaggi',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['home', 'home page', 'homepage'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['indice', 'sommario', 'in questo articolo'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English).
  captionPlaces: ['sopra', 'sotto', 'in alto', 'in basso', 'a sinistra', 'a destra', 'da sinistra'],
} as const satisfies PhrasePack;
