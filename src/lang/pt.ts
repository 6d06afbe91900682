import type { PhrasePack } from './types.js';

/** Portuguese phrases. */
export const pt = {
  code: 'pt',
  name: 'Portuguese',
  stopwords: [
    'a', 'à', 'ao', 'aos', 'as', 'às', 'até', 'com', 'como', 'da', 'das', 'de', 'dela', 'dele', 'depois',
    'do', 'dos', 'e', 'é', 'ela', 'elas', 'ele', 'eles', 'em', 'entre', 'era', 'essa', 'esse', 'esta', 'está',
    'este', 'eu', 'foi', 'foram', 'há', 'isso', 'isto', 'já', 'lhe', 'mais', 'mas', 'me', 'mesmo', 'muito',
    'na', 'nas', 'não', 'nem', 'no', 'nos', 'nós', 'num', 'numa', 'o', 'os', 'ou', 'para', 'pela', 'pelas',
    'pelo', 'pelos', 'por', 'quando', 'que', 'se', 'sem', 'ser', 'seu', 'seus', 'só', 'sobre', 'sua', 'suas',
    'também', 'tem', 'têm', 'um', 'uma', 'umas', 'uns', 'vai', 'você',
  ],
  shareLabels: [
    'compartilhar', 'compartilhe', 'partilhar', 'partilhe', 'compartilhar matéria', 'compartilhar em', 'partilhar em',
    // Why: Brazilian share buttons name the network after "no" ("Compartilhe no WhatsApp", "Compartilhar no Facebook").
    'compartilhe no', 'compartilhar no',
    'compartilhar esta notícia', 'compartilhar no facebook', 'compartilhar no twitter', 'compartilhar no x',
    'compartilhar no linkedin', 'compartilhar no whatsapp', 'partilhar no facebook', 'partilhar no twitter',
    'partilhar no whatsapp', 'compartilhar por e-mail', 'enviar por e-mail', 'e-mail', 'tuitar', 'facebook',
    'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'telegram', 'messenger', 'flipboard', 'sms',
    'imprimir', 'copiar link', 'copiar ligação', 'link copiado', 'salvar', 'guardar', 'presentear',
    'presentear matéria', 'bluesky', 'threads', 'reddit',
  ],
  social: [
    'siga-nos', 'siga-nos no', 'siga-nos nas redes sociais', 'siga a gente', 'nos siga', 'siga o canal',
    'curta nossa página', 'acompanhe-nos', 'junte-se a nós', 'inscreva-se no nosso canal', 'siga-me no',
    'siga nosso canal', 'segue-nos',
  ],
  paywall: [
    'já é assinante', 'já sou assinante', 'já tem uma conta', 'já tem conta', 'no primeiro mês',
    'assine para continuar lendo', 'para continuar lendo', 'para continuar a ler', 'continue lendo',
    'este conteúdo é exclusivo para assinantes', 'exclusivo para assinantes', 'exclusiva para assinantes',
    'apenas para assinantes', 'só para assinantes', 'conteúdo exclusivo', 'desbloqueie este conteúdo',
    'faça login para continuar', 'entre para continuar', 'crie sua conta grátis', 'cadastre-se grátis',
    'teste grátis', 'período de teste', 'cancele quando quiser', 'cancele a qualquer momento', 'por mês',
    'por semana', 'você atingiu o limite', 'matérias gratuitas', 'cadastre-se para ler', 'conteúdo premium',
  ],
  subscribe: [
    'assine', 'assine já', 'assine agora', 'assinar', 'seja assinante', 'torne-se assinante',
    'faça sua assinatura', 'assinatura', 'subscrever', 'subscreva', 'subscreva já', 'torne-se membro',
    'seja membro', 'cadastre-se', 'registe-se', 'apoie', 'apoie o jornalismo', 'apoie nosso jornalismo',
    'faça uma doação', 'contribua',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'precisamos da sua ajuda', 'precisamos do seu apoio', 'doação mensal', 'doações mensais',
  ],
  newsletter: [
    'newsletter', 'newsletters', 'boletim', 'receba nossa newsletter', 'receba a nossa newsletter',
    'inscreva-se na nossa newsletter', 'assine nossa newsletter', 'assine a newsletter',
    'subscreva a nossa newsletter', 'no seu e-mail', 'na sua caixa de entrada', 'direto no seu e-mail',
    'digite seu e-mail', 'insira o seu e-mail', 'seu e-mail', 'o seu e-mail', 'endereço de e-mail',
    'ao se inscrever', 'ao se cadastrar', 'ao subscrever', 'obrigado por se inscrever',
    'obrigado por se cadastrar', 'inscrição realizada com sucesso',
  ],
  cookie: [
    'utilizamos cookies', 'usamos cookies', 'este site utiliza cookies', 'este site usa cookies',
    'este website utiliza cookies', 'uso de cookies', 'utilização de cookies', 'política de cookies',
    'configurações de cookies', 'definições de cookies', 'preferências de cookies', 'aceitar cookies',
    'aceitar todos os cookies', 'aceitar todos', 'aceitar tudo', 'rejeitar todos', 'recusar todos',
    'gerenciar preferências', 'gerir preferências', 'nós e os nossos parceiros', 'nós e nossos parceiros',
    'suas escolhas de privacidade', 'ao continuar navegando', 'ao continuar a navegar',
  ],
  comments: [
    'comentários', 'comentário', 'comentar', 'deixe um comentário', 'deixe seu comentário',
    'deixe uma resposta', 'adicionar comentário', 'escreva um comentário', 'publicar comentário', 'responder',
    'respostas', 'cancelar resposta', 'ver comentários', 'mostrar comentários', 'carregar comentários',
    'faça login para comentar', 'entre para comentar', 'o seu endereço de e-mail não será publicado',
    'seu endereço de e-mail não será publicado', 'campos obrigatórios são marcados com',
    'os comentários estão fechados', 'comentários encerrados', 'política de comentários',
    'participe da conversa',
  ],
  replyButtons: ['responder'],
  commentCounts: [
    'pensamentos',
  ],
  related: [
    'leia também', 'leia mais', 'leia ainda', 'ler também', 'ler mais', 'veja também', 'veja mais',
    'saiba mais', 'relacionados', 'relacionadas', 'notícias relacionadas', 'matérias relacionadas',
    'artigos relacionados', 'posts relacionados', 'conteúdo relacionado', 'mais lidas', 'mais lidos',
    'os mais lidos', 'mais vistos', 'mais vistas', 'mais populares', 'populares', 'em alta', 'tendências',
    'recomendado', 'recomendados', 'recomendados para você', 'você também pode gostar',
    'pode também gostar de', 'pode interessar', 'você pode se interessar', 'sugestões', 'escolhas do editor',
    'destaques', 'últimas notícias', 'últimas', 'mais notícias', 'mais de', 'mais sobre', 'sobre o assunto',
    'artigo anterior', 'próximo artigo', 'post anterior', 'próximo post', 'notícia anterior',
    'próxima notícia',
    // The end of a header over teasers ("Artigos que podem te interessar"; WCXB 4659 in English).
    'que podem te interessar', 'que podem lhe interessar',
    // The header over other stories' teasers, as the Spanish pack has it ("Outras notícias").
    'outras notícias',
  ],
  ad: [
    'publicidade', 'anúncio', 'anúncios', 'patrocinado', 'conteúdo patrocinado', 'conteúdo pago',
    'conteúdo de marca', 'publieditorial', 'informe publicitário', 'promovido', 'conteúdo de parceiro',
    'em parceria com', 'oferecido por', 'apresentado por', 'continua após a publicidade',
    'continua depois da publicidade', 'continua após o anúncio',
  ],
  nav: [
    'ir para o conteúdo', 'pular para o conteúdo', 'saltar para o conteúdo', 'ir para o conteúdo principal',
    'pular navegação', 'menu', 'menu principal', 'início', 'página inicial', 'home', 'pesquisar', 'pesquisa',
    'buscar', 'busca', 'fechar', 'abrir', 'navegação', 'voltar', 'voltar ao topo', 'topo', 'próximo',
    'próxima', 'anterior', 'mais', 'seções', 'secções', 'entrar', 'login', 'iniciar sessão', 'sair',
    'cadastrar', 'registar', 'minha conta', 'conta', 'perfil', 'contato', 'contacto', 'contactos',
    'fale conosco', 'sobre', 'sobre nós', 'quem somos', 'expediente', 'trabalhe conosco', 'carreiras',
    'ajuda', 'perguntas frequentes', 'mapa do site', 'loja', 'carrinho', 'notícias', 'política', 'economia',
    'esporte', 'esportes', 'desporto', 'mundo', 'internacional', 'brasil', 'portugal', 'país', 'sociedade',
    'cultura', 'ciência', 'saúde', 'tecnologia', 'opinião', 'vídeo', 'vídeos', 'podcast', 'podcasts',
    'entretenimento', 'estilo de vida', 'viagem', 'viagens', 'gastronomia', 'tempo', 'previsão do tempo',
    'local', 'ao vivo', 'em direto', 'blog', 'todos', 'todas', 'categorias', 'tags', 'etiquetas', 'arquivo',
    'arquivos', 'seguir', 'ouvir', 'assistir', 'reproduzir', 'pausar',
  ],
  legal: [
    'todos os direitos reservados', 'política de privacidade', 'termos de uso', 'termos de utilização',
    'termos e condições', 'termos de serviço', 'condições de uso', 'política de cookies', 'acessibilidade',
    'copyright', 'aviso legal', 'estatuto editorial', 'ficha técnica', 'proteção de dados', 'lgpd', 'rgpd',
    'princípios editoriais', 'proibida a reprodução', 'é proibida a reprodução',
    // Affiliate disclosures: a site's statement that it earns from the links (WCXB 0009, 0050 in English).
    'contém links de afiliados', 'podemos receber uma comissão', 'podemos ganhar uma comissão',
    // Health, legal and money disclaimers closing a post (en: WCXB 4561, 4581, 0085).
    'para fins informativos', 'não substitui o aconselhamento médico', 'não constitui aconselhamento jurídico',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: [
    'aceitar todos', 'aceitar tudo', 'rejeitar todos', 'recusar todos', 'gerenciar preferências', 'gerir preferências',
    'nós e os nossos parceiros', 'nós e nossos parceiros',
  ],
  uiPrompt: [
    // An accordion's controls ("Expand All", WCXB 0054 in English).
    'expandir tudo', 'recolher tudo',
    'clique aqui', 'clica aqui', 'toque aqui', 'clique para', 'carregando', 'a carregar',
    'ative o javascript', 'habilite o javascript', 'seu navegador não suporta', 'o seu browser não suporta',
    'ouvir este artigo', 'ouvir matéria', 'ouça esta matéria', 'ouvir notícia', 'tempo de leitura',
    'min de leitura', 'minutos de leitura', 'leitura', 'mostrar mais', 'carregar mais', 'ver mais',
    'ver tudo', 'ver todos', 'expandir', 'recolher', 'ampliar', 'ampliar imagem', 'zoom', 'legenda', 'imagem',
    'foto', 'vídeo', 'assistir vídeo', 'reproduzir vídeo', 'áudio', 'tamanho da fonte', 'tamanho do texto',
    'reportar erro', 'comunicar erro', 'notou algum erro', 'índice', 'imprimir esta página', 'salvar artigo',
    'salvo', 'guardado', 'abrir imagem', 'ver imagem', 'ir para', 'galeria', 'galeria de fotos',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'é necessário javascript', 'javascript é necessário', 'campo obrigatório', 'nenhum resultado encontrado',
  ],
  // A player's or a slideshow's notice among the paragraphs, as the English pack's.
  mediaNotices: ['requer javascript', 'necessita de javascript'],
  // A prompt that names the article or page: a bare 'was that useful?' can be a sentence of the article.
  feedback: [
    'este artigo foi útil', 'esta página foi útil', 'avalie este artigo',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'ajude-nos a melhorar',
  ],
  readerPronouns: ['você', 'vocês', 'tu', 'te', 'teu', 'tua', 'teus', 'tuas', 'seu', 'sua', 'seus', 'suas'],
  authorBio: [
    'sobre o autor', 'sobre a autora', 'sobre os autores', 'sobre o colunista', 'mais do autor',
    'mais artigos de', 'todos os artigos de', 'ver todos os posts de', 'todos os posts de', 'posts de',
    'artigos de', 'mais textos de', 'colunas de',
  ],
  greetings: ['olá', 'oi'],
  // Why: as the English pack's (WCXB 0229): a bio in the first person under the writer's name.
  selfIntroductions: ['sou', 'eu sou', 'me chamo'],
  bylinePrefixes: [
    'por', 'escrito por', 'publicado por', 'texto', 'texto de', 'autor', 'autora', 'redação', 'reportagem',
    // Why: as the English pack's 'contributors:' (WCXB 4701): a credit for those who helped ("Colaboradores: João
    // Silva").
    'colaboradores:',
  ],
  // Why: Portuguese bylines join two writers with "e" ("Por João Silva e Maria Souza").
  nameJoiners: ['e'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'fundador', 'fundadora', 'cofundador', 'cofundadora', 'diretor', 'diretora', 'redator', 'redatora', 'editor',
    'editora', 'jornalista', 'correspondente', 'colunista', 'especialista',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'indústria', 'setor', 'categoria', 'categorias', 'tema', 'temas', 'função', 'tipo', 'fabricante', 'marca', 'região',
    'país', 'produto', 'solução', 'tamanho da empresa',
  ],
  dateLabels: [
    'publicado', 'publicado em', 'atualizado', 'atualizado em', 'actualizado', 'actualizado em',
    'última atualização', 'postado em', 'data', 'publicado originalmente', 'criado em', 'modificado em',
  ],
  weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  months: [
    ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'mar'], ['abril', 'abr'], ['maio', 'mai'],
    ['junho', 'jun'], ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'],
    ['novembro', 'nov'], ['dezembro', 'dez'],
  ],
  dayFirstSeparators: ['/', '.'],
  creditLabels: [
    'foto', 'fotos', 'fotografia', 'imagem', 'imagens', 'crédito', 'créditos', 'crédito da foto', 'fonte',
    'ilustração', 'vídeo', 'infografia', 'infográfico', 'arte', 'reprodução', 'divulgação', 'arquivo',
    'foto de arquivo',
  ],
  imageCreditLabels: [
    'foto', 'fotos', 'fotografia', 'imagem', 'imagens', 'crédito', 'créditos', 'ilustração',
  ],
  creditBylines: [
    'foto de', 'fotos de', 'fotografia de', 'imagem de', 'ilustração de', 'cortesia de',
  ],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'lusa', 'agência brasil',
  ],
  attributions: [
    'com informações de', 'com informações da', 'com informações do', 'com informações das',
    'com informações dos', 'com agências', 'com agência', 'com lusa', 'com estadão conteúdo', 'colaborou',
    'colaboraram', 'colaborou com esta reportagem', 'contribuiu para esta reportagem',
    'este artigo foi publicado originalmente', 'publicado originalmente em', 'este texto foi atualizado',
    'esta matéria foi atualizada', 'texto atualizado', 'errata', 'com reportagem de',
  ],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'compre agora', 'comprar agora', 'ver preço', 'ver oferta', 'solicite um orçamento', 'solicitar demonstração',
  ],
  pricePeriods: ['mês', 'semana', 'ano', 'mensal', 'anual'],
  offerWords: [
    'na', 'no', 'em',
  ],
  ctaButtons: [
    'saiba mais', 'reserve agora', 'comece agora', 'baixar', 'baixe agora', 'download grátis', 'cadastre-se',
    'inscreva-se', 'experimente grátis', 'teste grátis', 'compre agora',
  ],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list (WCXB 0022, 4828 in English).
    'saiba mais sobre', 'leia nossa análise', 'descubra mais', 'conheça nossos',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'vantagens', 'desvantagens', 'prós', 'contras',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['início', 'página inicial', 'home'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['índice', 'conteúdo', 'neste artigo'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English).
  captionPlaces: ['acima', 'abaixo', 'à esquerda', 'à direita', 'da esquerda para a direita'],
} as const satisfies PhrasePack;
