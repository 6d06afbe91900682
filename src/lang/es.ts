import type { PhrasePack } from './types.js';

/** Spanish phrases. */
export const es = {
  code: 'es',
  name: 'Spanish',
  stopwords: [
    'a', 'al', 'algo', 'algunos', 'ante', 'antes', 'cada', 'como', 'con', 'contra', 'cuando', 'de', 'del',
    'desde', 'donde', 'durante', 'el', 'ella', 'ellos', 'en', 'entre', 'era', 'es', 'esa', 'ese', 'eso',
    'esta', 'este', 'esto', 'está', 'están', 'fue', 'fueron', 'ha', 'había', 'han', 'hasta', 'hay', 'la',
    'las', 'le', 'les', 'lo', 'los', 'más', 'me', 'mi', 'muy', 'ni', 'no', 'nos', 'o', 'otra', 'otro',
    'otros', 'para', 'pero', 'por', 'porque', 'puede', 'que', 'qué', 'se', 'sea', 'ser', 'si', 'sí', 'sin',
    'sobre', 'son', 'su', 'sus', 'también', 'tiene', 'todo', 'todos', 'tras', 'un', 'una', 'uno', 'y', 'ya',
    'yo',
  ],
  shareLabels: [
    'compartir', 'compartir artículo', 'compartir en', 'compartir esta noticia', 'compartir en facebook',
    'compartir en twitter', 'compartir en x', 'compartir en linkedin', 'compartir en whatsapp',
    'compartir por correo', 'compartir por e-mail', 'enviar por correo', 'enviar por correo electrónico',
    'enviar por e-mail', 'correo', 'correo electrónico', 'e-mail', 'tuitear', 'twittear', 'facebook',
    'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'telegram', 'messenger', 'flipboard', 'sms',
    'imprimir', 'copiar enlace', 'copiar link', 'enlace copiado', 'guardar', 'regalar artículo', 'bluesky',
    'threads', 'reddit',
  ],
  social: [
    'síguenos en', 'síguenos', 'síganos en', 'sígannos en', 'síguenos en redes sociales',
    'únete a nosotros en', 'encuéntranos en', 'búscanos en', 'suscríbete a nuestro canal', 'sígueme en',
    'síguenos en nuestras redes',
  ],
  paywall: [
    'ya soy suscriptor', 'ya eres suscriptor', 'ya estoy suscrito', 'ya tienes una cuenta', 'ya tengo cuenta',
    'el primer mes', 'suscríbete para seguir leyendo', 'para seguir leyendo', 'para continuar leyendo',
    'este artículo es exclusivo para suscriptores', 'exclusivo para suscriptores', 'solo para suscriptores',
    'contenido exclusivo para suscriptores', 'contenido para suscriptores', 'desbloquea este artículo',
    'inicia sesión para continuar', 'inicia sesión para seguir leyendo', 'regístrate gratis',
    'crea una cuenta gratuita', 'prueba gratis', 'periodo de prueba', 'cancela cuando quieras',
    'cancela en cualquier momento', 'al mes', 'por mes', 'por semana', 'has alcanzado el límite',
    'artículos gratuitos', 'regístrate para leer', 'contenido premium',
  ],
  subscribe: [
    'suscríbete', 'suscribirse', 'suscríbase', 'suscríbete ahora', 'suscríbete ya', 'hazte socio',
    'hazte suscriptor', 'hazte miembro', 'únete ahora', 'regístrate', 'regístrese',
    'apoya nuestro periodismo', 'apoya el periodismo', 'apóyanos', 'donar', 'haz una donación', 'colabora',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'necesitamos tu ayuda', 'necesitamos su ayuda', 'necesitamos tu apoyo', 'donación mensual', 'donaciones mensuales',
  ],
  newsletter: [
    'newsletter', 'newsletters', 'boletín', 'boletines', 'boletín de noticias',
    'suscríbete a nuestro boletín', 'suscríbete a nuestra newsletter', 'recibe nuestro boletín',
    // Why: Spanish sites' sign-up box names the newsletter with the article ("Suscríbete a la newsletter", "Apúntate a
    // la newsletter").
    'suscríbete a la newsletter', 'suscríbete al boletín', 'apúntate a la newsletter', 'apúntate a nuestra newsletter',
    'recibe nuestra newsletter', 'en tu bandeja de entrada', 'directamente en tu correo', 'en tu correo',
    'introduce tu correo', 'introduce tu e-mail', 'tu correo electrónico', 'tu dirección de correo',
    'dirección de correo electrónico', 'al suscribirte', 'al registrarte', 'gracias por suscribirte',
    'gracias por registrarte', 'te has suscrito correctamente', 'lista de correo',
  ],
  cookie: [
    'utilizamos cookies', 'usamos cookies', 'este sitio utiliza cookies', 'este sitio web utiliza cookies',
    'esta web utiliza cookies', 'uso de cookies', 'política de cookies', 'configuración de cookies',
    'configurar cookies', 'preferencias de cookies', 'aceptar cookies', 'aceptar todas las cookies',
    'aceptar todo', 'aceptar todas', 'rechazar todo', 'rechazar todas', 'gestionar preferencias',
    'nosotros y nuestros socios', 'tus opciones de privacidad', 'no vender mi información personal',
    'aceptar y cerrar', 'aceptar y continuar',
  ],
  comments: [
    'comentarios', 'comentario', 'comentar', 'deja un comentario', 'dejar un comentario',
    'escribe un comentario', 'añadir un comentario', 'añade tu comentario', 'publicar comentario',
    'responder', 'respuestas', 'cancelar respuesta', 'ver comentarios', 'mostrar comentarios',
    'cargar comentarios', 'inicia sesión para comentar',
    'tu dirección de correo electrónico no será publicada', 'los campos obligatorios están marcados con',
    'los comentarios están cerrados', 'normas de participación', 'criterios de participación',
    'únete a la conversación',
    // why: readability test page la-nacion — "Enviá tu comentario" heads the comment form ("Para poder comentar tenés
    // que ingresar…"); "envía" and "deja" are the forms without voseo.
    'enviá tu comentario', 'envía tu comentario', 'dejá tu comentario', 'deja tu comentario', 'escribí tu comentario',
    'escribe tu comentario', 'para poder comentar',
  ],
  replyButtons: ['responder'],
  commentCounts: [
    'pensamientos',
  ],
  related: [
    'noticias relacionadas', 'artículos relacionados', 'relacionado', 'relacionados', 'contenido relacionado',
    'lee también', 'lea también', 'leer también', 'te puede interesar', 'le puede interesar',
    'también te puede interesar', 'puede interesarte', 'te recomendamos', 'recomendado', 'recomendados',
    'recomendado para ti', 'ver también', 'más información', 'más noticias', 'más de', 'lo más leído',
    'lo más visto', 'más leídas', 'más leídos', 'más vistos', 'lo más popular', 'tendencias',
    'también te puede gustar', 'te puede gustar', 'últimas noticias', 'lo último', 'leer más',
    'seguir leyendo', 'sigue leyendo', 'artículo anterior', 'artículo siguiente', 'entrada anterior',
    'entrada siguiente', 'noticia anterior', 'noticia siguiente', 'destacados', 'te interesa',
    // The end of a header over teasers ("Artículos que te pueden interesar"; WCXB 4659 in English).
    'que te pueden interesar', 'que te puede interesar',
    // The header over other stories' teasers, as other packs have it ("Otras noticias"), and a teaser's label
    // ("También puede leer: …"): a held-out Bolivian news page.
    'otras noticias', 'también puede leer', 'también puedes leer',
  ],
  ad: [
    'publicidad', 'anuncio', 'anuncios', 'patrocinado', 'contenido patrocinado', 'artículo patrocinado',
    'contenido pagado', 'contenido de marca', 'publirreportaje', 'promocionado', 'contenido de socios',
    'en colaboración con', 'ofrecido por', 'presentado por', 'continúa después de la publicidad',
    'sigue leyendo después del anuncio',
  ],
  nav: [
    'saltar al contenido', 'ir al contenido', 'ir al contenido principal', 'saltar navegación', 'menú',
    'menú principal', 'inicio', 'portada', 'buscar', 'búsqueda', 'cerrar', 'abrir', 'navegación', 'volver',
    'volver arriba', 'ir arriba', 'siguiente', 'anterior', 'más', 'secciones', 'iniciar sesión', 'entrar',
    'acceder', 'registrarse', 'cerrar sesión', 'mi cuenta', 'cuenta', 'perfil', 'contacto', 'contáctanos',
    'quiénes somos', 'acerca de', 'sobre nosotros', 'trabaja con nosotros', 'empleo', 'ayuda',
    'preguntas frecuentes', 'mapa del sitio', 'tienda', 'carrito', 'noticias', 'actualidad', 'deportes',
    'economía', 'opinión', 'política', 'internacional', 'mundo', 'nacional', 'sociedad', 'cultura', 'ciencia',
    'salud', 'tecnología', 'vídeo', 'vídeos', 'video', 'videos', 'podcast', 'podcasts', 'entretenimiento',
    'espectáculos', 'gente', 'estilo de vida', 'viajes', 'gastronomía', 'tiempo', 'el tiempo', 'local',
    'en directo', 'en vivo', 'directo', 'blog', 'todos', 'todas', 'categorías', 'etiquetas', 'archivo',
    'archivos', 'seguir', 'escuchar', 'ver', 'reproducir', 'pausa',
  ],
  legal: [
    'todos los derechos reservados', 'política de privacidad', 'aviso legal', 'términos de uso',
    'términos y condiciones', 'condiciones de uso', 'política de cookies', 'aviso de privacidad',
    'accesibilidad', 'copyright', 'protección de datos', 'condiciones generales', 'nota legal',
    'descargo de responsabilidad',
    // Affiliate disclosures: a site's statement that it earns from the links (WCXB 0009, 0050 in English).
    'contiene enlaces de afiliados', 'podemos recibir una comisión',
    'podemos ganar una comisión',
    // Health, legal and money disclaimers closing a post (en: WCXB 4561, 4581, 0085).
    'con fines informativos', 'no sustituye el consejo médico', 'no constituye asesoramiento legal',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: [
    'aceptar todo', 'aceptar todas', 'rechazar todo', 'rechazar todas', 'gestionar preferencias',
    'nosotros y nuestros socios',
  ],
  uiPrompt: [
    // An accordion's controls ("Expand All", WCXB 0054 in English).
    'expandir todo', 'contraer todo',
    'haz clic aquí', 'haga clic aquí', 'clic aquí', 'pulsa aquí', 'pincha aquí', 'cargando',
    'por favor habilita javascript', 'habilita javascript', 'activa javascript', 'tu navegador no soporta',
    'escuchar este artículo', 'escuchar artículo', 'escuchar noticia', 'tiempo de lectura', 'min de lectura',
    'minutos de lectura', 'lectura', 'mostrar más', 'cargar más', 'ver más', 'ver todo', 'ver todos',
    'expandir', 'contraer', 'ampliar', 'ampliar imagen', 'zoom', 'pie de foto', 'imagen', 'foto', 'vídeo',
    'reproducir vídeo', 'ver vídeo', 'audio', 'tamaño de letra', 'tamaño del texto', 'reportar un error',
    'informar de un error', 'ir a', 'índice', 'tabla de contenidos', 'imprimir esta página',
    'guardar artículo', 'guardado', 'ver imagen', 'abrir imagen', 'galería', 'galería de fotos',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'se requiere javascript', 'javascript es necesario', 'campo obligatorio', 'no se encontraron resultados', 'no se han encontrado resultados',
  ],
  // A player's or a slideshow's notice among the paragraphs, as the English pack's.
  mediaNotices: ['requiere javascript', 'necesita javascript'],
  // A prompt that names the article or page: a bare 'was that useful?' can be a sentence of the article.
  feedback: [
    'fue útil este artículo', 'te ha sido útil este artículo', 'valora este artículo', 'califica este artículo',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'ayúdanos a mejorar', 'ayúdenos a mejorar',
  ],
  readerPronouns: ['tú', 'tu', 'tus', 'te', 'ti', 'usted', 'ustedes', 'su', 'sus', 'vosotros', 'vuestro', 'vuestra'],
  authorBio: [
    'sobre el autor', 'sobre la autora', 'sobre los autores', 'acerca del autor', 'biografía del autor',
    'más del autor', 'más artículos de', 'ver todas las entradas de', 'todas las entradas de', 'entradas de',
    'artículos de', 'más noticias de',
  ],
  greetings: ['hola'],
  // Why: as the English pack's (WCXB 0229): a bio in the first person under the writer's name.
  selfIntroductions: ['soy', 'me llamo'],
  bylinePrefixes: [
    'por', 'escrito por', 'redactado por', 'publicado por', 'autor', 'autora', 'texto', 'redacción',
    // Why: as the English pack's 'contributors:' (WCXB 4701): a credit for those who helped ("Colaboradores: María
    // García").
    'colaboradores:',
  ],
  // Why: Spanish bylines join two writers with "y", or "e" before an i ("Por María García e Inés Pérez").
  nameJoiners: ['y', 'e'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'fundador', 'fundadora', 'cofundador', 'cofundadora', 'director', 'directora', 'redactor', 'redactora', 'editor',
    'editora', 'periodista', 'corresponsal', 'columnista', 'experto', 'experta',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'industria', 'sector', 'categoría', 'categorías', 'tema', 'temas', 'rol', 'tipo', 'fabricante', 'marca', 'región',
    'país', 'producto', 'solución', 'tamaño de empresa',
  ],
  dateLabels: [
    'publicado', 'publicado el', 'actualizado', 'actualizado el', 'actualizado a', 'última actualización',
    'fecha', 'publicado originalmente', 'creado', 'modificado',
  ],
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  months: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'],
    ['junio', 'jun'], ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept', 'set'],
    ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  dayFirstSeparators: ['/', '.'],
  creditLabels: [
    'foto', 'fotos', 'fotografía', 'imagen', 'imágenes', 'crédito', 'créditos', 'fuente', 'ilustración',
    'vídeo', 'video', 'infografía', 'archivo', 'foto de archivo', 'imagen de archivo',
  ],
  imageCreditLabels: [
    'foto', 'fotos', 'fotografía', 'imagen', 'imágenes', 'crédito', 'créditos', 'ilustración', 'foto de portada',
  ],
  creditBylines: [
    'foto de', 'fotos de', 'fotografía de', 'imagen de', 'ilustración de', 'cortesía de',
  ],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'efe', 'europa press',
  ],
  attributions: [
    'con información de', 'con información de efe', 'con información de agencias', 'con agencias', 'con efe',
    'con reportes de', 'colaboró en este reporte', 'colaboraron en este reporte',
    'contribuyó a este despacho', 'contribuyeron a este despacho', 'contribuyeron a este reporte',
    'este artículo fue publicado originalmente', 'publicado originalmente en',
    'este artículo ha sido actualizado', 'este artículo fue actualizado', 'fe de erratas', 'edición de',
  ],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'comprar ahora', 'ver precio', 'ver oferta', 'solicitar presupuesto', 'solicitar una demo',
  ],
  pricePeriods: ['mes', 'semana', 'año', 'mensual', 'anual'],
  offerWords: [
    'en', 'de',
  ],
  ctaButtons: [
    'más información', 'saber más', 'reserva ahora', 'reservar ahora', 'empieza ahora', 'descargar',
    'descarga gratis', 'regístrate', 'regístrate ahora', 'pruébalo gratis', 'prueba gratis', 'inscríbete',
  ],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list (WCXB 0022, 4828 in English).
    'más información sobre', 'lee nuestra reseña',
    // why: readability test page la-nacion — "Más sobre Conflicto mapuche", the link to the topic's page under the body.
    'más sobre', 'descubre más', 'descubre nuestros', 'explora nuestros',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'ventajas', 'desventajas', 'pros', 'contras',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['inicio', 'portada'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['índice', 'tabla de contenidos', 'contenido', 'en este artículo'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English).
  captionPlaces: ['arriba', 'abajo', 'izquierda', 'derecha', 'a la izquierda', 'a la derecha', 'de izquierda a derecha'],
} as const satisfies PhrasePack;
