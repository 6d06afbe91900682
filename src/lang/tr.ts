import type { PhrasePack } from './types.js';

/**
 * Turkish phrases. Written with the dotted and dotless i as Turkish writes them ("ilgili", "yazı"); the matcher reads
 * "İ", "I", "i" and "ı" as one letter (see `matcher.ts`), so "İLGİLİ HABERLER" and "YAZI" match.
 */
export const tr = {
  code: 'tr',
  name: 'Turkish',
  stopwords: [
    'ama', 'ancak', 'arasında', 'bazı', 'ben', 'bile', 'bir', 'biz', 'bu', 'bunu', 'bunun', 'çok', 'çünkü', 'da',
    'daha', 'de', 'değil', 'diye', 'eğer', 'gibi', 'göre', 'hem', 'her', 'için', 'ile', 'ilk', 'ise', 'kadar', 'ki',
    'mi', 'nasıl', 'neden', 'olan', 'olarak', 'oldu', 'olduğu', 'olduğunu', 'onun', 'önce', 'sonra', 'şu', 'tarafından',
    'tüm', 'üzerinde', 've', 'var', 'veya', 'ya', 'yani', 'yeni', 'yok',
  ],
  shareLabels: [
    'paylaş', 'paylaşın', 'haberi paylaş', 'linki kopyala', 'bağlantıyı kopyala', 'kopyala', 'yazdır', 'e-posta',
    'e-posta ile gönder', 'gönder', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'telegram', 'pinterest',
    'kaydet', 'bluesky', 'threads', 'reddit',
  ],
  social: ['bizi takip edin', 'bizi takip et', 'takip et', 'takip edin'],
  paywall: ['abonelere özel'],
  subscribe: [
    'abone ol', 'abone olun', 'hemen abone ol', 'üye ol', 'bize destek olun', 'destek ol',
    // Why: a donation pitch closing a post (WCXB 0463 and 4511 in English), as this language words it.
    'desteğinize ihtiyacımız var', 'yardımınıza ihtiyacımız var',
  ],
  newsletter: [
    'bülten', 'e-bülten', 'e-bültene abone ol', 'bültenimize abone olun', 'bültene abone ol', 'haber bülteni',
    'e-posta adresiniz', 'e-posta adresinizi girin',
  ],
  cookie: [
    'çerez politikası', 'çerezleri kabul et', 'tüm çerezleri kabul et', 'çerez ayarları', 'çerez tercihleri',
    'tümünü kabul et', 'çerez kullanıyoruz', 'çerezler kullanıyoruz', 'çerezler kullanılmaktadır',
    'sitemizde çerezler kullanılmaktadır',
  ],
  comments: [
    'yorumlar', 'yorum', 'yorum yap', 'yorum yaz', 'yorum yapın', 'bir yanıt yazın', 'yanıtla', 'cevapla',
    'tüm yorumlar', 'yorumları göster', 'yanıtı iptal et', 'e-posta adresiniz yayınlanmayacak',
  ],
  replyButtons: ['yanıtla', 'cevapla'],
  // Why empty: a Turkish blog counts its comments after the post's title ("“…” için 3 yorum"), never before it.
  commentCounts: [],
  related: [
    'ilgili haberler', 'ilgili haber', 'benzer haberler', 'diğer haberler', 'ilgili yazılar', 'benzer yazılar',
    'ilginizi çekebilir', 'bunlar da ilginizi çekebilir', 'en çok okunanlar', 'çok okunanlar',
    'en çok okunan haberler', 'öne çıkanlar', 'editörün seçtikleri', 'devamını oku', 'okumaya devam et',
    'önceki haber', 'sonraki haber', 'önceki yazı', 'sonraki yazı', 'popüler haberler',
  ],
  ad: ['reklam', 'sponsorlu', 'sponsorlu içerik'],
  nav: [
    'ana sayfa', 'anasayfa', 'menü', 'arama', 'kapat', 'geri', 'başa dön', 'sonraki', 'önceki', 'giriş yap',
    'üye girişi', 'kayıt ol', 'hesabım', 'profil', 'iletişim', 'hakkımızda', 'künye', 'kariyer', 'yardım',
    'site haritası', 'gündem', 'dünya', 'ekonomi', 'spor', 'siyaset', 'politika', 'kültür', 'sanat', 'kültür sanat',
    'bilim', 'sağlık', 'teknoloji', 'yaşam', 'magazin', 'eğitim', 'video', 'galeri', 'foto galeri', 'video galeri',
    'yazarlar', 'köşe yazarları', 'hava durumu', 'canlı', 'canlı yayın', 'blog', 'kategoriler', 'etiketler', 'arşiv',
    'otomobil', 'seyahat', 'tümü',
  ],
  legal: [
    'tüm hakları saklıdır', 'her hakkı saklıdır', 'gizlilik politikası', 'gizlilik', 'çerez politikası',
    'kullanım koşulları', 'kullanım şartları', 'kişisel verilerin korunması', 'kvkk', 'aydınlatma metni',
    'telif hakkı', 'yasal uyarı', 'erişilebilirlik',
  ],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: ['tümünü kabul et'],
  uiPrompt: [
    'tıklayın', 'buraya tıklayın', 'tıklayınız', 'yükleniyor', 'haberi dinle', 'okuma süresi', 'dk okuma',
    'daha fazla göster', 'daha fazla yükle', 'tümünü gör', 'tümünü göster', 'büyüt', 'fotoğraf', 'video',
    'videoyu izle', 'içindekiler', 'hata bildir', 'yazı boyutu',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'javascript gereklidir', 'zorunlu alan', 'sonuç bulunamadı',
  ],
  // A prompt that names the article or page: a bare 'was that useful?' can be a sentence of the article.
  feedback: [
    'bu makale yararlı mıydı', 'bu bilgiler yararlı oldu mu',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'gelişmemize yardımcı olun',
  ],
  readerPronouns: ['sen', 'seni', 'sana', 'senin', 'siz', 'sizi', 'size', 'sizin'],
  authorBio: ['yazar hakkında', 'yazarın diğer yazıları', 'yazarın tüm yazıları'],
  greetings: ['merhaba', 'selam', 'selamlar'],
  bylinePrefixes: ['yazar', 'muhabir', 'editör', 'hazırlayan', 'yazan'],
  // Why: Turkish bylines join two writers with "ve" ("Ayşe Yılmaz ve Mehmet Demir").
  nameJoiners: ['ve'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'kurucu', 'kurucu ortak', 'genel müdür', 'yönetici', 'editör', 'genel yayın yönetmeni', 'muhabir', 'gazeteci',
    'köşe yazarı', 'uzman',
  ],
  facetLabels: [
    // Why: a menu's facets that a byline prefix may open (WCXB 0041, 4265 in English).
    'sektör', 'kategori', 'kategoriler', 'konu', 'konular', 'rol', 'tür', 'üretici', 'marka', 'bölge', 'ülke',
    'ürün', 'çözüm',
  ],
  dateLabels: [
    'yayınlanma tarihi', 'yayın tarihi', 'giriş tarihi', 'güncelleme tarihi', 'son güncelleme', 'güncelleme',
    'güncellendi', 'oluşturulma tarihi', 'tarih', 'bugün', 'dün', 'yayınlandı',
  ],
  weekdays: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
  months: [
    ['ocak', 'oca'], ['şubat', 'şub'], ['mart', 'mar'], ['nisan', 'nis'], ['mayıs', 'may'], ['haziran', 'haz'],
    ['temmuz', 'tem'], ['ağustos', 'ağu'], ['eylül', 'eyl'], ['ekim', 'eki'], ['kasım', 'kas'], ['aralık', 'ara'],
  ],
  // Why: Turkish pages write a numeric date day first, with periods or slashes ("12.04.2017", "12/04/2017").
  dayFirstSeparators: ['.', '/'],
  creditLabels: ['fotoğraf', 'fotoğraflar', 'foto', 'görsel', 'kaynak', 'video', 'illüstrasyon'],
  imageCreditLabels: ['fotoğraf', 'fotoğraflar', 'foto', 'görsel', 'illüstrasyon'],
  // Why empty: a Turkish credit without a colon names the photographer first ("… tarafından çekildi").
  creditBylines: [],
  photoAgencies: [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp', 'aa', 'anadolu ajansı', 'dha', 'iha',
  ],
  // Why empty: no end-note phrase of Turkish news pages is known here that a short line holds only as a credit.
  attributions: [],
  shopButtons: [
    // Why: product boxes end in these (WCXB 4694, 0061 in English).
    'satın al', 'sepete ekle',
  ],
  // Why empty: Turkish writes the shop after the price with a suffix, not a word ("150 TL'ye Amazon'da").
  pricePeriods: ['ay', 'aylık', 'hafta', 'yıl', 'yıllık'],
  offerWords: [],
  ctaButtons: ['daha fazla bilgi', 'detaylı bilgi', 'indir', 'ücretsiz dene', 'kayıt ol'],
  // Why empty: a Turkish link line puts its verb last ("… hakkında daha fazla bilgi edinin"), it opens with no phrase.
  teaserOpeners: [],
  listLabels: [
    // Why: a review's pros and cons, one short item a line (WCXB 0010 in English).
    'artıları', 'eksileri', 'avantajları', 'dezavantajları',
  ],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['ana sayfa', 'anasayfa'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['içindekiler', 'içerik', 'bu yazıda', 'bu makalede'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English).
  captionPlaces: ['üstte', 'altta', 'solda', 'sağda', 'soldan sağa'],
} as const satisfies PhrasePack;
