import type { PhrasePack } from './types.js';

/** French phrases. */
export const fr = {
  code: 'fr',
  name: 'French',
  stopwords: [
    'à', 'au', 'aussi', 'aux', 'avait', 'avec', 'bien', 'car', 'ce', 'cela', 'ces', 'cet', 'cette', 'comme',
    'dans', 'de', 'des', 'deux', 'donc', 'du', 'elle', 'elles', 'en', 'encore', 'entre', 'est', 'et', 'été',
    'être', 'fait', 'il', 'ils', 'je', 'la', 'le', 'les', 'leur', 'leurs', 'lui', 'mais', 'même', 'moins',
    'mon', 'ne', 'ni', 'nous', 'on', 'ont', 'ou', 'où', 'par', 'pas', 'peu', 'plus', 'pour', 'que', 'quand',
    'qui', 'sa', 'sans', 'se', 'selon', 'ses', 'si', 'son', 'sont', 'sous', 'sur', 'tous', 'tout', 'toute',
    'très', 'un', 'une', 'vous', 'y',
  ],
  shareLabels: [
    'partager', 'partage', 'partages', 'partager cet article', 'partager sur', 'partager sur facebook',
    'partager sur twitter', 'partager sur x', 'partager sur linkedin', 'partager sur whatsapp',
    'partager par e-mail', 'partager par mail', 'envoyer par e-mail', 'envoyer par mail',
    'envoyer par courriel', 'envoyer à un ami', 'e-mail', 'mail', 'courriel', 'tweeter', 'facebook',
    'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'telegram', 'messenger', 'flipboard', 'sms',
    'imprimer', "imprimer l'article", 'copier le lien', 'lien copié', 'enregistrer', 'sauvegarder',
    'offrir cet article', "offrir l'article", 'bluesky', 'threads', 'reddit',
  ],
  social: [
    'suivez-nous sur', 'suivez-nous', 'suivez nous sur', 'suivez nous', 'retrouvez-nous sur',
    'rejoignez-nous sur', 'abonnez-vous à notre chaîne', 'likez notre page', 'suivez-moi sur', 'nous suivre',
    'suivez-nous sur les réseaux',
    // why: readability test page lemonde-1 — the author box under the body: "Suivre ce journaliste sur twitter".
    'suivre ce journaliste', 'aller sur la page de ce journaliste',
  ],
  paywall: [
    'déjà abonné', 'vous êtes déjà abonné', 'déjà inscrit', 'vous avez déjà un compte', 'le premier mois',
    'abonnez-vous pour lire la suite', 'pour lire la suite', 'la suite est réservée aux abonnés',
    'cet article est réservé aux abonnés', 'article réservé aux abonnés', 'réservé aux abonnés',
    'contenu réservé aux abonnés', 'de cet article à lire', 'accédez à tous nos contenus',
    'connectez-vous pour continuer', 'créer un compte gratuit', 'créez votre compte gratuitement',
    'essai gratuit', 'sans engagement', 'résiliable à tout moment',
    'offre découverte', 'article abonné', 'contenu premium', 'débloquer cet article',
    'vous avez atteint la limite',
    // why: readability test page lemonde-1 — "Édition abonnés Contenu exclusif" heads a list of teasers after the body.
    'édition abonnés', 'contenu exclusif',
  ],
  subscribe: [
    "s'abonner", 'abonnez-vous', "je m'abonne", 'abonnez-vous maintenant', 'devenir membre', 'devenez membre',
    'rejoignez-nous', "s'inscrire", 'inscrivez-vous', 'soutenez-nous', 'nous soutenir', 'faire un don',
    'soutenir notre journalisme', 'découvrir les offres', 'voir les offres',
    // why: readability test page lemonde-1 — "Abonnez-vous à partir de 1 €" closes the teasers after the body.
    'abonnez-vous à partir de',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'nous avons besoin de vous', 'nous avons besoin de votre soutien', 'nous avons besoin de votre aide', 'don mensuel',
    'dons mensuels',
  ],
  newsletter: [
    'newsletter', 'newsletters', "lettre d'information", 'infolettre', 'inscrivez-vous à notre newsletter',
    'abonnez-vous à notre newsletter', 'recevez notre newsletter', 'recevoir la newsletter',
    'dans votre boîte mail', 'dans votre boîte de réception', 'saisissez votre adresse e-mail',
    'votre adresse e-mail', 'votre adresse mail', 'adresse e-mail', 'en vous inscrivant', 'en vous abonnant',
    'merci pour votre inscription', 'merci de votre inscription',
    // Why: French sites' sign-up box names the newsletter with the article, not "notre" ("S’abonner à la newsletter",
    // "Inscrivez-vous à la newsletter"); both apostrophes, as pages write them.
    "s'abonner à la newsletter", 's’abonner à la newsletter', "s'inscrire à la newsletter", 's’inscrire à la newsletter',
    'inscrivez-vous à la newsletter', 'abonnez-vous à la newsletter',
    'votre inscription a bien été prise en compte', 'vous êtes inscrit',
  ],
  cookie: [
    'nous utilisons des cookies', 'ce site utilise des cookies', 'ce site web utilise des cookies',
    'utilisation des cookies', 'politique de cookies', 'politique relative aux cookies',
    'paramètres des cookies', 'gestion des cookies', 'gérer les cookies', 'paramétrer les cookies',
    'accepter les cookies', 'tout accepter', 'tout refuser', 'accepter et fermer', 'continuer sans accepter',
    'gérer mes choix', 'nous et nos partenaires', 'vos choix en matière de confidentialité',
    'préférences de cookies', 'consentement',
  ],
  comments: [
    'commentaires', 'commentaire', 'commenter', 'laisser un commentaire', 'laissez un commentaire',
    'ajouter un commentaire', 'écrire un commentaire', 'réagir', 'réagissez', 'réagir à cet article',
    'réactions', 'répondre', 'réponses', 'annuler la réponse', 'voir les commentaires',
    'afficher les commentaires', 'charger les commentaires', 'connectez-vous pour commenter',
    'votre adresse e-mail ne sera pas publiée', 'votre adresse de messagerie ne sera pas publiée',
    'les champs obligatoires sont indiqués', 'les commentaires sont fermés', 'charte de modération',
    'contributions',
  ],
  replyButtons: ['répondre'],
  commentCounts: [
    'réflexions',
  ],
  related: [
    'lire aussi', 'à lire aussi', 'lire également', 'à lire également', 'voir aussi', 'à voir aussi',
    'sur le même sujet', 'sur le même thème', 'dans la même rubrique', 'articles liés', 'articles similaires',
    'articles associés', 'à lire', 'lire la suite', 'en savoir plus', "plus d'infos", 'les plus lus',
    'les plus partagés', 'les plus commentés', 'populaire', 'populaires', 'tendances', 'recommandé',
    'recommandés pour vous', 'vous aimerez aussi', 'vous aimerez peut-être', 'vous pourriez aussi aimer',
    'à découvrir', 'à découvrir aussi', 'le choix de la rédaction', 'à la une', 'dernières actualités',
    'dernières infos', 'dernières nouvelles', 'fil info', "plus d'actualités", 'article précédent',
    'article suivant', 'notre sélection',
    // The end of a header over teasers ("Articles qui pourraient vous intéresser"; WCXB 4659 in English).
    'qui pourraient vous intéresser', 'qui pourrait vous intéresser',
    // The header over other stories' teasers, as the Spanish pack has it ("Autres actualités").
    'autres actualités', 'autres articles',
  ],
  ad: [
    'publicité', 'pub', 'annonce', 'sponsorisé', 'contenu sponsorisé', 'article sponsorisé',
    'contenu partenaire', 'en partenariat avec', 'publi-rédactionnel', 'publireportage', 'publi-reportage',
    'la suite après la publicité', 'la suite après cette publicité', "l'article continue après la publicité",
    'ailleurs sur le web', 'contenu proposé par', 'proposé par', 'contenus sponsorisés',
  ],
  nav: [
    'aller au contenu', 'aller au contenu principal', 'passer au contenu', 'aller à la navigation', 'menu',
    'menu principal', 'accueil', 'rechercher', 'recherche', 'fermer', 'ouvrir', 'navigation', 'retour',
    'retour en haut', 'haut de page', 'suivant', 'précédent', 'plus', 'rubriques', 'se connecter',
    'connexion', 'déconnexion', 'se déconnecter', 'mon compte', 'compte', 'profil', 'contact',
    'nous contacter', 'contactez-nous', 'à propos', 'qui sommes-nous', 'recrutement', 'aide', 'faq',
    'plan du site', 'boutique', 'panier', 'actualités', 'actualité', 'actu', 'international', 'monde',
    'france', 'politique', 'économie', 'société', 'sport', 'sports', 'culture', 'sciences', 'santé',
    'environnement', 'planète', 'opinions', 'idées', 'débats', 'vidéo', 'vidéos', 'podcast', 'podcasts',
    'tech', 'high-tech', 'médias', 'lifestyle', 'voyage', 'cuisine', 'météo', 'régions', 'en direct',
    'direct', 'live', 'blog', 'tous', 'toutes', 'catégories', 'étiquettes', 'archives', 'éditions',
    'services', 'jeux', 'suivre', 'écouter', 'regarder', 'lecture', 'pause',
  ],
  legal: [
    'tous droits réservés', 'politique de confidentialité', "conditions générales d'utilisation", 'cgu',
    'cgv', 'conditions générales de vente', 'mentions légales', 'politique de cookies', 'gestion des cookies',
    'accessibilité', 'copyright', 'données personnelles', 'protection des données',
    'charte de confidentialité', 'avertissement', 'reproduction interdite',
    // Affiliate disclosures: a site's statement that it earns from the links (WCXB 0009, 0050 in English).
    'contient des liens affiliés',
    'nous pouvons percevoir une commission', 'nous percevons une commission',
    // Health, legal and money disclaimers closing a post (en: WCXB 4561, 4581, 0085).
    'à titre informatif uniquement', 'ne remplace pas un avis médical', 'ne constitue pas un conseil juridique',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: ['tout accepter', 'tout refuser', 'gérer mes choix', 'nous et nos partenaires'],
  uiPrompt: [
    // An accordion's controls ("Expand All", WCXB 0054 in English).
    'tout déplier', 'tout replier',
    'cliquez ici', 'cliquez sur', 'appuyez ici', 'chargement', 'chargement en cours',
    'veuillez activer javascript', 'activer javascript', 'votre navigateur ne supporte pas',
    'écouter cet article', "écouter l'article", 'temps de lecture', 'min de lecture', 'minutes de lecture',
    'lecture', 'afficher plus', 'voir plus', 'charger plus', 'en voir plus', 'déplier', 'replier', 'agrandir',
    "agrandir l'image", 'zoom', 'légende', 'image', 'photo', 'vidéo', 'lire la vidéo', 'regarder la vidéo',
    'audio', 'taille du texte', 'signaler une erreur', 'signaler un abus', 'tout afficher', 'voir tout',
    'sommaire', 'imprimer cette page', "sauvegarder l'article", 'article sauvegardé', 'enregistré',
    "afficher l'image", 'contenu externe', 'ce contenu est bloqué', "ce contenu n'est pas disponible",
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'javascript est requis', 'javascript est nécessaire', 'champ obligatoire', 'aucun résultat trouvé',
  ],
  // A player's or a slideshow's notice among the paragraphs, as the English pack's.
  mediaNotices: ['nécessite javascript', 'nécessite le javascript'],
  feedback: [
    'cet article vous a été utile', 'cette page vous a été utile', 'notez cet article', 'évaluez cet article',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'aidez-nous à améliorer', 'aidez-nous à nous améliorer',
  ],
  readerPronouns: ['vous', 'votre', 'vos', 'tu', 'te', 'toi', 'ton', 'ta', 'tes'],
  authorBio: [
    "à propos de l'auteur", "à propos de l'autrice", 'à propos des auteurs', "biographie de l'auteur",
    'du même auteur', "plus d'articles de", 'tous les articles de', 'voir tous les articles de',
    'articles de', 'publications de',
  ],
  greetings: ['bonjour', 'salut', 'coucou'],
  // Why: as the English pack's (WCXB 0229): a bio in the first person under the writer's name.
  selfIntroductions: ['je suis'],
  bylinePrefixes: [
    'par', 'écrit par', 'publié par', 'propos recueillis par', 'rédigé par', 'auteur', 'autrice', 'texte',
    'un article de',
    // Why: as the English pack's 'contributors:' (WCXB 4701): a credit for those who helped ("Avec la collaboration de
    // Marie Dupont").
    'avec la collaboration de',
  ],
  // Why: French bylines join two writers with "et" ("Par Marie Dupont et Jean Martin").
  nameJoiners: ['et'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'directeur', 'directrice', 'rédacteur', 'rédactrice',
    'journaliste', 'correspondant', 'correspondante', 'chroniqueur', 'chroniqueuse', 'auteur', 'autrice', 'expert',
    'experte',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'secteur', 'catégorie', 'catégories', 'thème', 'thèmes', 'sujet', 'rôle', 'type', 'fabricant', 'marque', 'région',
    'pays', 'produit', 'solution', "taille d'entreprise",
  ],
  dateLabels: [
    'publié', 'publié le', 'mis à jour', 'mis à jour le', 'modifié le', 'dernière mise à jour', 'mise à jour',
    'posté le', 'date', 'créé le', 'première publication',
  ],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  months: [
    ['janvier', 'janv', 'jan'], ['février', 'févr', 'fév', 'fevrier'], ['mars'], ['avril', 'avr'], ['mai'],
    ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'],
    ['novembre', 'nov'], ['décembre', 'déc', 'decembre'],
  ],
  dayFirstSeparators: ['/', '.'],
  creditLabels: [
    'crédit', 'crédits', 'crédit photo', 'crédits photo', 'photo', 'photos', "photo d'illustration", 'image',
    'images', 'illustration', 'source', 'vidéo', 'infographie', 'copyright',
  ],
  imageCreditLabels: [
    'crédit', 'crédits', 'crédit photo', 'crédits photo', 'photo', 'photos', "photo d'illustration", 'image',
    'images', 'illustration',
  ],
  creditBylines: [
    'photo de', 'photos de', 'photographie de', 'illustration de', "avec l'aimable autorisation de",
  ],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'maxppp', 'sipa', 'belga',
  ],
  attributions: [
    'avec afp', "avec l'afp", 'le monde avec afp', 'avec agences', 'avec reuters', 'avec ap', 'avec belga',
    'la rédaction avec afp', 'avec la contribution de', 'a contribué à cet article',
    'ont contribué à cet article', 'propos recueillis par', 'cet article a été initialement publié',
    'cet article a été publié initialement', 'initialement publié', 'cet article a été mis à jour',
    'cet article a été corrigé', 'par la rédaction',
  ],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'acheter maintenant', 'voir le prix', "voir l'offre", 'demander un devis', 'demander une démo',
  ],
  pricePeriods: ['mois', 'semaine', 'an', 'année', 'mensuel'],
  offerWords: [
    'chez', 'sur',
  ],
  ctaButtons: [
    'en savoir plus', 'réserver', 'réservez maintenant', 'commencer', 'télécharger', 'téléchargez',
    "inscrivez-vous", "s'inscrire", 'essai gratuit', 'essayer gratuitement', 'commander',
  ],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list (WCXB 0022, 4828 in English).
    'en savoir plus sur', 'lire notre test', 'découvrez nos', 'découvrez plus',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'avantages', 'inconvénients', 'points forts', 'points faibles',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['accueil'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['sommaire', 'table des matières', 'dans cet article'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English).
  captionPlaces: ['ci-dessus', 'ci-dessous', 'en haut', 'en bas', 'à gauche', 'à droite', 'de gauche à droite'],
} as const satisfies PhrasePack;
