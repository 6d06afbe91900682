import type { PhrasePack } from './types.js';

/**
 * Arabic phrases, written as pages spell them: with and without the hamza ("إلى", "الى"). The stopwords are the
 * function words that stand alone; the article and the one-letter prepositions are glued to the next word
 * ("والحكومة"), so they are a smaller share of a paragraph's tokens than in English (0.21–0.36 in six news paragraphs,
 * against the 0.2 a long line needs to count as prose). Each entry of the other lists is what a page's chrome says, not
 * a word an article uses; a prefix glued to a word ("والرئيسية", "وسياسة") keeps it from matching in a sentence. No
 * phrase is a headline's usual first word ("كتب", "تحرير", "نشر" alone), since a line that opens with a byline prefix
 * or a date label is no headline candidate. Names have no capitals: only a byline prefix ("بقلم") tells one, not a
 * name's shape on a line of its own.
 */
export const ar = {
  code: 'ar',
  name: 'Arabic',
  stopwords: [
    'في', 'من', 'على', 'أن', 'ان', 'إن', 'إلى', 'الى', 'التي', 'التى', 'الذي', 'الذى', 'الذين', 'عن', 'مع', 'هذا',
    'هذه', 'ذلك', 'تلك', 'كان', 'كانت', 'يكون', 'قد', 'لقد', 'لا', 'لم', 'لن', 'ما', 'أو', 'او', 'ثم', 'بين', 'بعد',
    'قبل', 'حتى', 'عند', 'كل', 'هو', 'هي', 'هم', 'وقد', 'وفي', 'ومن', 'وهو', 'وهي', 'فيه', 'فيها', 'منه', 'منها',
    'له', 'لها', 'لهم', 'أنه', 'أنها', 'انه', 'إنه', 'عليه', 'عليها', 'غير', 'أي', 'كما', 'لكن', 'إذا', 'اذا', 'خلال',
    'حول', 'منذ', 'نحو', 'وأن', 'بأن', 'لأن', 'أيضا', 'أيضاً', 'ايضا', 'هناك', 'عندما', 'حيث', 'وذلك', 'إلا', 'الا',
    'دون', 'بعض', 'حين', 'بينما', 'إليه', 'إليها', 'فقد', 'فإن', 'ولا', 'ولم', 'وكان', 'وكانت', 'تم', 'الآن', 'أمام',
    'أكثر', 'عدة', 'لدى', 'إذ', 'أين',
  ],
  shareLabels: [
    // Why 'شارك على': a share button names the network after it ("شارك على فيسبوك"), as after 'شارك عبر'.
    'شارك', 'مشاركة', 'شارك المقال', 'شارك الخبر', 'شارك عبر', 'شارك على', 'نسخ الرابط', 'انسخ الرابط', 'تم نسخ الرابط',
    'طباعة',
    'فيسبوك', 'تويتر', 'واتساب', 'تيليجرام', 'تلغرام', 'لينكد إن', 'البريد الإلكتروني', 'حفظ',
    'مشاركة عبر', 'إكس', 'انستغرام', 'إنستغرام', 'ماسنجر',
  ],
  social: ['تابعنا', 'تابعونا', 'تابعنا على', 'تابعونا على', 'تابعونا عبر', 'انضم إلى قناتنا', 'انضموا إلى قناتنا'],
  paywall: [
    'للمشتركين فقط', 'محتوى حصري للمشتركين', 'هذا المحتوى متاح للمشتركين', 'اشترك لمتابعة القراءة',
    'سجل الدخول لمتابعة القراءة', 'لمتابعة القراءة', 'هل لديك حساب بالفعل', 'لديك حساب بالفعل',
  ],
  // Not "إنشاء حساب" or "سجل الآن" ("recorded now"): a short headline says them.
  subscribe: ['اشترك', 'اشترك الآن', 'اشتراك', 'ادعمنا'],
  newsletter: [
    'النشرة البريدية', 'اشترك في النشرة البريدية', 'اشترك في نشرتنا', 'اشترك في نشرتنا البريدية',
    'أدخل بريدك الإلكتروني', 'ادخل بريدك الإلكتروني',
  ],
  cookie: [
    'نستخدم ملفات تعريف الارتباط', 'يستخدم هذا الموقع ملفات تعريف الارتباط', 'سياسة ملفات تعريف الارتباط',
    'إعدادات ملفات تعريف الارتباط', 'قبول جميع ملفات تعريف الارتباط', 'قبول الكل', 'رفض الكل',
  ],
  comments: [
    'التعليقات', 'تعليقات', 'أضف تعليق', 'أضف تعليقا', 'أضف تعليقاً', 'اترك تعليقا', 'اترك تعليقاً', 'اكتب تعليقك',
    // Why: the count over a thread ("12 تعليقا", "3 تعليقات").
    'تعليقا', 'تعليقاً',
    // Not "لا توجد تعليقات": a story says it of officials ("لا توجد تعليقات رسمية").
    'إلغاء الرد',
  ],
  commentCounts: ['تعليق', 'تعليقا', 'تعليقاً'],
  related: [
    'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ ايضا', 'إقرأ أيضا', 'إقرأ أيضاً', 'شاهد أيضا', 'شاهد أيضاً', 'أخبار ذات صلة',
    'مواضيع ذات صلة', 'مقالات ذات صلة', 'ذات صلة', 'أخبار متعلقة', 'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا',
    'آخر الأخبار', 'أحدث الأخبار', 'قد يعجبك أيضا', 'قد يعجبك أيضاً', 'المزيد', 'المزيد من الأخبار', 'الخبر التالي',
    'الخبر السابق', 'المقال التالي', 'المقال السابق',
    // Why: the headers of teaser boxes after a story (WCXB 0331, 4526, 0478 in English).
    'اخترنا لك', 'قد يهمك', 'قد يهمك أيضا', 'قد يهمك أيضاً', 'موضوعات ذات صلة', 'مقالات مقترحة', 'الأكثر شعبية',
  ],
  ad: ['إعلان', 'اعلان', 'إعلانات', 'محتوى مدفوع', 'محتوى برعاية', 'برعاية'],
  nav: [
    'الرئيسية', 'الصفحة الرئيسية', 'القائمة', 'بحث', 'إغلاق', 'اغلاق', 'تسجيل الدخول', 'تسجيل الخروج', 'حسابي',
    'أخبار', 'الأخبار', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'فن', 'منوعات', 'تكنولوجيا', 'صحة', 'العالم', 'دولي',
    'عربي', 'محليات', 'آراء', 'مقالات', 'فيديو', 'صور', 'اتصل بنا', 'من نحن', 'عن الموقع', 'خريطة الموقع', 'التالي',
    'السابق', 'العودة للأعلى', 'انتقل إلى المحتوى', 'تخطى إلى المحتوى',
  ],
  legal: [
    'جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'حقوق النشر محفوظة', 'حقوق الطبع والنشر محفوظة',
    // why: research set cnn-arabic (ar) — the comment-policy box under the story, kept as its last paragraphs, as
    // English's 'terms of use' and disclaimers are legal: "… استنادا إلى سياسة الخصوصية بما يتوافق مع شروط استخدام
    // الموقع." and "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية …". The site's terms, not bare "شروط
    // الاستخدام" (see `legalLinks`); the views "below", which only a comment box says.
    'شروط استخدام الموقع', 'الآراء الواردة أدناه',
  ],
  // Footer links: here, so only a line of them is legal; in `legal` a short sentence holding one would match ("حدثت
  // الشركة سياسة الخصوصية الخاصة بتطبيقها").
  legalLinks: ['سياسة الخصوصية', 'شروط الاستخدام', 'الشروط والأحكام', 'إخلاء المسؤولية'],
  // Why: a consent banner's buttons are words a sentence says too ("accept all" in English, WCXB 4007): they mark only
  // a line of labels, or a short one they open.
  commonWords: ['قبول الكل', 'رفض الكل'],
  uiPrompt: [
    'اضغط هنا', 'انقر هنا', 'جار التحميل', 'جاري التحميل', 'تكبير الصورة', 'تكبير الخط', 'تصغير الخط',
    'استمع إلى المقال', 'استمع للمقال', 'مدة القراءة', 'دقائق للقراءة', 'عرض المزيد', 'تحميل المزيد',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'حقل مطلوب', 'لم يتم العثور على نتائج',
    // Why: a reading time or a player's prompt under the headline (WCXB 0052, 0219 in English).
    'وقت القراءة', 'دقائق قراءة', 'دقيقة قراءة',
  ],
  feedback: [
    'هل كان هذا المقال مفيدا', 'هل كان هذا المقال مفيداً', 'هل كانت هذه الصفحة مفيدة', 'قيم المقال',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'ساعدنا في تحسين', 'ساعدنا على التحسين',
  ],
  readerPronouns: ['أنت', 'أنتم', 'لك', 'لكم', 'إليك', 'عليك', 'لديك', 'لديكم'],
  // Not "عن الكاتب" or "مقالات الكاتب" alone: a caption says them ("تحدث عن الكاتب الراحل").
  authorBio: ['نبذة عن الكاتب', 'جميع مقالات الكاتب', 'المزيد من مقالات الكاتب'],
  greetings: ['مرحبا', 'مرحباً', 'أهلا', 'أهلاً'],
  bylinePrefixes: ['بقلم', 'بواسطة', 'كتبه'],
  // Why: "و" (and) before a second writer's name, where a page spaces it off ("بقلم أحمد محمد و سارة علي").
  nameJoiners: ['و'],
  roleWords: [
    // Why: roles a byline or an author box writes right after the name (WCXB 4674, 4823 in English).
    'مؤسس', 'مدير', 'محرر', 'رئيس التحرير', 'صحفي', 'مراسل', 'كاتب',
  ],
  facetLabels: ['القسم', 'التصنيف', 'الفئة', 'الموضوع', 'المنطقة'],
  dateLabels: [
    'نشر في', 'نشر بتاريخ', 'تاريخ النشر', 'آخر تحديث', 'تاريخ التحديث', 'تم النشر', 'تم التحديث', 'محدث',
  ],
  weekdays: ['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت'],
  // The Gregorian names of Egypt and the Gulf, the Syriac names of the Levant and Iraq, and the French-derived names
  // of the Maghreb; spelled with and without the hamza.
  months: [
    ['يناير', 'كانون الثاني', 'جانفي'],
    ['فبراير', 'شباط', 'فيفري'],
    ['مارس', 'آذار', 'اذار'],
    ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل', 'افريل'],
    ['مايو', 'أيار', 'ايار', 'ماي'],
    ['يونيو', 'يونيه', 'حزيران', 'جوان'],
    ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز'],
    ['أغسطس', 'اغسطس', 'آب', 'أوت', 'غشت'],
    ['سبتمبر', 'أيلول', 'ايلول', 'شتنبر'],
    ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول'],
    ['نوفمبر', 'تشرين الثاني', 'نونبر'],
    ['ديسمبر', 'كانون الأول', 'كانون الاول', 'دجنبر'],
  ],
  dayFirstSeparators: ['/', '.'],
  creditLabels: ['صورة', 'الصورة', 'تصوير', 'المصدر', 'مصدر الصورة'],
  imageCreditLabels: ['صورة', 'الصورة', 'تصوير', 'مصدر الصورة'],
  creditBylines: ['تصوير', 'بعدسة'],
  photoAgencies: ['رويترز', 'فرانس برس', 'أ ف ب', 'أسوشيتد برس', 'الأناضول', 'غيتي', 'getty images', 'shutterstock'],
  // An end note that names the wires the story drew on ("المصدر وكالات"); not "وكالات" or "نقلا عن" alone, which a
  // short sentence says ("نقلا عن وكالات الأنباء").
  attributions: ['المصدر وكالات'],
  shopButtons: ['اشتر الآن', 'اشتري الآن', 'أضف إلى السلة', 'أضف إلى عربة التسوق'],
  pricePeriods: ['شهر', 'شهريا', 'أسبوع', 'سنة', 'سنويا'],
  offerWords: ['من', 'في', 'لدى'],
  ctaButtons: ['اعرف المزيد', 'اقرأ المزيد', 'احجز الآن', 'حمل الآن', 'سجل الآن', 'ابدأ الآن', 'جرب مجانا'],
  teaserOpeners: ['اعرف المزيد عن', 'اقرأ المزيد عن', 'اقرأ مراجعتنا'],
  listLabels: ['المزايا', 'العيوب', 'الإيجابيات', 'السلبيات'],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['الرئيسية', 'الصفحة الرئيسية'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['المحتويات', 'جدول المحتويات', 'محتويات المقال', 'في هذا المقال'],
} as const satisfies PhrasePack;
