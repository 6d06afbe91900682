import type { PhrasePack } from './types.js';

/** English phrases. */
export const en = {
  code: 'en',
  name: 'English',
  stopwords: [
    'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been',
    'but', 'by', 'can', 'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her',
    'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'more', 'most', 'my', 'no', 'not',
    'of', 'on', 'one', 'or', 'our', 'out', 'over', 'she', 'so', 'some', 'than', 'that', 'the', 'their',
    'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'up', 'was', 'we', 'were', 'what',
    'when', 'which', 'who', 'will', 'with', 'would', 'you', 'your',
  ],
  shareLabels: [
    // Why 'share this post': the label alone under a post (WCXB 0381, 4260, 4880), where 'share this' left 'post'.
    'share', 'shares', 'share this', 'share this article', 'share this story', 'share this post', 'share this page',
    'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share via email', 'send in e-mail',
    'send by email', 'email', 'e-mail', 'tweet', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp',
    'pinterest', 'reddit', 'telegram', 'print', 'copy link', 'copy url', 'link copied', 'pin', 'save',
    'flipboard', 'messenger', 'sms', 'gift article', 'share full article', 'bluesky', 'threads',
    // Why: a share bar's lead-in and its link button ("Share this on:", WCXB 0111; "Copy the link", 0101).
    'share this on', 'copy the link',
    // Why: a print button under the headline read as a name ("Print Article" under the authors' line, WCXB 4597).
    'print article',
    // Why: one button a network ("Share on Pinterest", WCXB 0023; the bar's lead-in "Share on:", 0166, 0480), each with
    // its link's hint to screen readers ("Share on Facebook (Opens in new window) Facebook", 4845 html-to-text).
    'share on', 'opens in new window', 'opens in a new window', 'opens in new tab', 'opens in a new tab',
  ],
  social: [
    'follow us on', 'follow us', 'like us on facebook', 'join us on', 'find us on', 'follow on',
    'connect with us', 'subscribe to our channel', 'follow me on',
  ],
  paywall: [
    'already signed up', 'already a subscriber', 'already have an account', 'for the first month',
    'subscribe to continue', 'subscribe to read', 'to continue reading', 'continue reading your article',
    'this article is for subscribers', 'subscribers only', 'exclusive to subscribers', 'unlock this article',
    'log in to continue', 'sign in to continue', 'create a free account', 'start your free trial',
    // Not "per month" or "per week": a frequency is no offer ("Spray 1-2 times per week", WCXB 4660); an offer
    // price is caught by its shape (paywall.ts).
    'free trial', 'cancel anytime', 'you have reached your limit',
    'free articles remaining', 'register to read', 'premium content',
  ],
  subscribe: [
    'subscribe', 'subscribe now', 'subscribe today', 'become a member', 'become a subscriber', 'join now',
    'sign up', 'sign up now', 'get access', 'support our journalism', 'donate', 'support us',
    'reader-supported publication', 'receive new posts', 'support my work', 'become a paid subscriber',
    // Why: donation pitches closing a post (WCXB 0463, 3035, 4614, 0421, 0466).
    'buy me a coffee', 'become a patron', 'consider supporting', 'donations from readers', 'reader donations',
    // Why: a non-profit newsroom's pitch under the story ("This story is funded by readers like you", WCXB 4511).
    'funded by readers',
    // Why: a donation pitch closing a post ("Enjoyed this piece? We need your help to keep publishing.", WCXB 0463;
    // "Your one-off or monthly donations play a crucial role in supporting our operations", 4511).
    'we need your help', 'monthly donations', 'monthly donation', 'one-off donation',
  ],
  newsletter: [
    'newsletter', 'newsletters', 'sign up for our', 'delivered to your inbox', 'straight to your inbox',
    'in your inbox', 'enter your email', 'your email address', 'email address', 'subscribe to our',
    'join our mailing list', 'mailing list', 'by signing up', 'by subscribing', 'thank you for signing up',
    'thanks for signing up', 'you have been subscribed',
    // Why: pitches of a newsletter box in or under the body (WCXB 0096, 0106, 0213, 0277, 0333); not "to your inbox"
    // alone, which a tutorial on mail digests says (4439), nor "weekly newsletter", a headline's topic (4446).
    'sign up to our', 'join our newsletter', 'right to your inbox', 'directly to your inbox', 'your email inbox',
    'check your inbox', 'free newsletter', 'free daily newsletter', 'free weekly newsletter',
  ],
  cookie: [
    'we use cookies', 'this site uses cookies', 'this website uses cookies', 'use of cookies',
    'cookie policy', 'cookie settings', 'cookie preferences', 'accept cookies', 'accept all cookies',
    'accept all', 'reject all', 'manage preferences', 'manage cookies', 'consent preferences',
    'your privacy choices', 'do not sell my personal information', 'we and our partners',
    // Why: the buttons of a consent banner's row ("Accept All Reject All Show Purposes", WCXB 4591, 4007, 4708; "Accept
    // Reject All", 0281; "Manage settings Decline Accept all", 4297; "PreferencesRejectAccept All", 0408; "Reject all
    // cookiesAllow all cookies", 4116): single words mark only a line of labels.
    'show purposes', 'accept', 'reject', 'decline', 'preferences', 'manage settings', 'allow all cookies',
  ],
  comments: [
    'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment',
    // The header over a post's comments ("Add Your Comment →", WCXB 0461).
    'add your comment',
    'subscriber comments', 'join the conversation', 'comment policy', 'show comments', 'view comments',
    'see comments', 'load comments', 'log in to comment', 'reply', 'replies', 'cancel reply',
    'your email address will not be published', 'required fields are marked', 'comments are closed',
    'discussion about this post', 'join the discussion', 'top comments', 'liked by', 'log in to reply',
    // The widget's own labels between the article and its thread: "Reader comments 191" and "You must login or
    // create an account to comment." (multisite dev, arstechnica), "Be the first to comment" and "Add a new comment"
    // (WCXB 0464). Not "Read All Comments" or "Comment On This Story": a toolbar's links over the story (forbes).
    'reader comments', 'be the first to comment', 'add a new comment', 'add new comment',
    'create an account to comment',
  ],
  // Why: the button under each comment of a thread ("Reply to This Share", WCXB 0396).
  replyButtons: ['reply'],
  commentCounts: [
    // Why: WordPress themes head the thread "3 thoughts on “<title>”" (WCXB 0483, 2218), "2 responses to “…”" (4682).
    'thoughts', 'responses',
  ],
  related: [
    'related', 'related articles', 'related stories', 'related posts', 'related content', 'related coverage',
    'read more', 'read next', 'read also', 'also read', 'see also', 'more from', 'more stories',
    'more on this', 'most read', 'most popular', 'most viewed', 'popular', 'trending', 'trending now',
    'recommended', 'recommended for you', 'you may also like', 'you might also like', 'editors picks',
    "editor's picks", 'top stories', 'latest news', 'latest', 'more news', 'up next', 'watch next',
    'more to explore', 'keep reading', 'previous post', 'next post', 'previous article', 'next article',
    // The links to a blog's neighbouring posts ("Newer Post…" over "Older Post…", WCXB 4615).
    'newer post', 'older post',
    'sources', 'article sources', 'references', 'further reading', 'what to read next', 'you may be interested in',
    // The header over a post's numbered sources, like 'references' (WCXB 4601, 4864, 1657).
    'citations',
    // Why: the teaser boxes under a post (WCXB 0331, 4526, 0478, 4605, 0100, 0089).
    'read this next', 'explore more', 'from our archives', 'you’ll also love', 'more you might like',
    'keep exploring',
    'end of article', 'full bio', 'recent posts', 'latest posts', 'popular posts', 'more articles', 'related reading',
    // A box of the places a post names, each with its address (WCXB 0898).
    'mentioned in this post',
    // The header of a "more like this" box ("IF YOU LIKED THIS…", WCXB 0463, 3035).
    'if you liked this', 'if you enjoyed this',
    // The end of a header over a post's teasers ("Other Posts You May Enjoy", WCXB 4659; "Other articles you may find
    // interesting", 0262).
    'you may enjoy', 'you might enjoy', 'you may find interesting', 'you might find interesting',
    // Headers over other posts' links after a post (WCXB 4083 "Similar Posts", 4175 "Recent Articles", 4161 "More
    // Recipes", 0008 "More Case Studies"); none heads a section of a dev page's gold text.
    'similar posts', 'similar articles', 'recent articles', 'recent stories', 'more recipes', 'more case studies',
  ],
  ad: [
    'advertisement', 'advertisements', 'advertising', 'sponsored', 'sponsored content', 'paid content',
    'ad', 'ads', 'story continues below advertisement', 'article continues below', 'scroll to continue',
    'continue reading below', 'promoted', 'partner content',
    // Why: a public radio site's label over its underwriting spot (WCXB 0161, 4560).
    'sponsor message',
  ],
  nav: [
    'skip to content', 'skip to main content', 'skip navigation', 'menu', 'main menu', 'home', 'search',
    'close', 'open', 'toggle navigation', 'toggle menu', 'navigation', 'back', 'back to top', 'top',
    // Why 'prev': the short label of a link to the previous post ("PrevPrevious…" over "Next…", WCXB 4581).
    'next', 'previous', 'prev', 'more', 'sections', 'log in', 'login', 'sign in', 'register', 'my account',
    'account', 'profile', 'contact', 'contact us', 'about', 'about us', 'careers', 'help', 'faq', 'sitemap',
    'shop', 'cart', 'deals', 'reviews', 'news', 'sports', 'business', 'opinion', 'politics', 'world', 'video', 'videos',
    'podcasts', 'podcast', 'tech', 'technology', 'science', 'health', 'entertainment', 'lifestyle', 'travel',
    'culture', 'arts', 'food', 'weather', 'local', 'live', 'blog', 'all', 'categories', 'tags', 'archives',
    'search for', 'close search', 'toggle search', 'you are here', 'select page', 'in this article', 'follow', 'listen',
    'watch', 'play', 'pause',
  ],
  legal: [
    'all rights reserved', 'privacy policy', 'terms of use', 'terms of service', 'terms and conditions',
    'terms & conditions', 'cookie policy', 'accessibility statement', 'copyright', 'do not sell',
    'ad choices', 'adchoices', 'legal notice', 'disclaimer',
    // Affiliate disclosures (WCXB 0009, 0050, 4159): a site's statement that it earns from the links.
    'may earn a commission', 'may earn commission', 'may earn an affiliate commission', 'may earn a small commission',
    'earn from qualifying purchases', 'contains affiliate links', 'includes affiliate links',
    // Why: the same statement in other words ("Buying through links on our site supports our work.", WCXB 4698, 4130;
    // "We earn commissions from links on our site", 4674; "I may earn commissions", 0097; "supported by commissions
    // from providers listed on our site", 1657). Not "earn commissions from" alone, which a story about agents says;
    // nor "may contain affiliate links", which a blogger's own note in the body says (4452, 4642); nor "earn us a
    // commission": right under a listing's headline (4430) the notice is the prose the title search finds it above.
    'may earn commissions', 'through links on our site', 'commissions from links', 'commissions from providers',
    // Consent small print under a contact or sign-up form (WCXB 0118, 0125): the terms of being contacted.
    'data rates may apply', 'by submitting this form', 'reply stop', 'consent to receive', 'you agree to receive',
    // Health, legal and money disclaimers closing a post (WCXB 4561, 4581, 0085, 4178, 4090).
    'for informational purposes', 'for educational purposes only', 'not intended to replace', 'not medical advice',
    'not legal advice', 'substitute for medical advice', 'substitute for direct medical advice',
    // Investment disclaimers closing a fund's or an adviser's page (WCXB 4506, 0250, 4090, 0116, 0146); not "before
    // investing" or "past performance" alone, which articles say (0184: "before investing in a full product").
    'investing is subject to risk', 'investing involves risk', 'carefully before investing',
    'past performance is not', 'past performance does not', 'past performance is no guarantee',
    'not a guarantee of future results', 'not indicative of future results', 'registered investment adviser',
    'not an offer to buy or sell', 'forward-looking statements',
  ],
  // A page's licence notice under its article ("This work is licensed under a Creative Commons …", WCXB 0174; "Other
  // content on this page is licensed under the Creative Commons Attribution 3.0 License", readability test page
  // v8-blog; "This website and all documents on it are licensed under …", ebb-org). Not "this article" or "under a
  // Creative Commons license" alone: "This article is republished from The Conversation under a Creative Commons
  // license." closes an article's text (0345).
  selfReferences: ['this page', 'this site', 'this website', 'this blog', 'this work'],
  licenceGrants: ['licensed under', 'licenced under'],
  // Why: a consent banner's buttons ("Accept All Reject All Show Purposes", WCXB 4007; "Manage settings Decline Accept
  // all", 4297) are words a sentence says too ("He refused to accept all the blame."): they mark only a line of labels.
  commonWords: [
    'accept all', 'reject all', 'manage preferences', 'manage settings', 'we and our partners', 'tap to', 'liked by',
    'see all',
  ],
  uiPrompt: [
    'click the alert icon', 'follow topics', 'click here', 'tap here', 'click to', 'tap to', 'loading',
    'please enable javascript', 'enable javascript', 'your browser does not support',
    // Why 'min. read': "3 MIN. READ" under the headline (WCXB 0052), "0 min. read" (0219, 4243).
    'listen to this article', 'listen to article', 'min read', 'min. read', 'minute read', 'reading time',
    // Why 'enlarge': the button over each photo, on a line of its own (multisite-dev, arstechnica 2013), as the other
    // packs name it.
    'show more', 'load more', 'see more', 'view more', 'expand', 'collapse', 'zoom', 'enlarge', 'enlarge this image',
    // Why 'show caption': the toggle under each photo (WCXB 0106, 0120); 'submit': a form's button alone (0127, 0167,
    // 0283); 'no items found': an empty widget's line (4606, 4666).
    'show caption', 'submit', 'no items found',
    'toggle caption', 'hide caption', 'view image', 'open image', 'image', 'photo', 'video', 'play video',
    'watch video', 'audio', 'font size', 'text size', 'report an error', 'report a correction',
    'view all', 'see all', 'jump to', 'table of contents', 'print this page', 'save article', 'saved',
    // Why: a link to the site's standards beside the byline outranked the headline ("Learn about The Spruce Eats'
    // Editorial Process", WCXB 4030, 4078 innertext).
    'editorial process',
    // A form's status messages, printed under it before anyone sends it ("Oops! Something went wrong while
    // submitting the form.", WCXB 0228, 0231, 0291; "There was an issue with the form. Please try again.", 0043;
    // 0781). Not "something went wrong" alone: a story says it.
    'went wrong while submitting', 'your submission has been received', 'issue with the form',
    'error submitting the form', 'please try again', 'try again later',
    // An accordion's controls left as text ("CollapsedExpand All", WCXB 0267, 0312; "Expand All", 0054; "Toggle",
    // 0321).
    'expand all', 'collapse all', 'toggle',
    // Why: a blog's sidebar toggle under the reading time read as the byline ("Show Sidebar", WCXB 0482).
    'show sidebar', 'hide sidebar',
    // Why: a script's notice where its widget should be ("Notice: JavaScript is required for this content.", WCXB
    // 0390; "Note: You must have javascript enabled to submit the form.", 0103 html-to-text).
    'javascript is required', 'have javascript enabled',
    // Why: a form's leftovers, its note and its empty dropdowns ("* Indicates a required field", "Select a program
    // Press enter to open the dropdown menu.", "No results found.", WCXB 0162 html-to-text); a store finder's button
    // ("Use My Location", 0781).
    'indicates a required field', 'press enter to open the dropdown', 'no results found', 'use my location',
    // Why: a course site's notice to a visitor not signed in ("You are viewing as a ‘Guest’. Your progress will not
    // be recorded.", "Sign in to save your progress and earn a certificate", WCXB 2157).
    'your progress will not be recorded', 'sign in to save your progress',
    // Why: the toggle of a government site's banner ("An official website of the United States government", then
    // "Here’s how you know" twice) outranked the headline (WCXB 4101 innertext without the URL; 0341, 4104, 4515).
    "here's how you know", 'here’s how you know',
  ],
  // Why: the notice where a video player stands, between two paragraphs beside its caption ("Please turn on
  // JavaScript. Media requires JavaScript to play.", multisite-dev bbc 2009, 2013); a gallery's ("This slideshow
  // requires JavaScript.", WCXB 0189). Not in uiPrompt: as a detector's verdict it cut the body (bbc 2013).
  mediaNotices: ['turn on javascript', 'requires javascript to play', 'slideshow requires javascript'],
  feedback: [
    // Why: a feedback widget under a post (WCXB 0334, 0197, 0454, 4007), a newsletter's under its essay ("How Was
    // This Issue?", 4444).
    'was this page helpful', 'was this article helpful', 'was this post helpful', 'was this helpful',
    'how useful was this post', 'rate this article', 'click on a star to rate it', 'how was this issue',
    // Why: a survey box under the article ("Help us improve your reading experience", "Got a minute? Your feedback will
    // help us build a better experience for you.", WCXB 4565).
    'help us improve', 'your feedback will help',
  ],
  readerPronouns: ['you', 'your', 'yours', 'yourself', 'yourselves'],
  authorBio: [
    'about the author', 'about the authors', 'author bio', 'more by this author', 'more articles by',
    'view all posts by', 'all posts by', 'posts by', 'articles by',
  ],
  greetings: ['hi', 'hey', 'hello', 'hi there', 'hey there', 'hello there', 'howdy'],
  // Why: an author box's bio in the first person under the name ("Josh Fechter", then "I’m the founder of …", WCXB
  // 0229; glued to it, 0390).
  selfIntroductions: ["i'm", 'i’m', 'i am'],
  bylinePrefixes: [
    'by', 'written by', 'words by', 'text by', 'story by', 'reporting by', 'author', 'posted by', 'article by',
    'contributions from',
    // Why: "Article written by:" over the name and its credentials after the body (WCXB 0065).
    'article written by',
    // Why: a guide's byline ("Guide by Will Judd Former Deputy Tech Editor", WCXB 4823) and the writer's credit
    // closing a post ("This post was written by Danielle Padula, Head of …", 2381).
    'guide by', 'this post was written by', 'this article was written by', 'this blog post was written by',
    // Why: a garden guide's credit under its dek ("Contributors: Janet Loughrey", WCXB 4701); with its colon only, as
    // "Contributors" alone is a menu's entry (over a news site's headline, 0120).
    'contributors:',
  ],
  // Why: "By Jared Newman and Sam Singleton" (WCXB 0212); the name pattern reads it too.
  nameJoiners: ['and'],
  roleWords: [
    // Why: a role right after the name, no comma between ("Guide by Will Judd Former Deputy Tech Editor", WCXB 4823;
    // "Rasmus Barslund Founder & Lead Reviewer", 4674; "Mateusz HabernyFounder at Oakywood", 4524).
    'founder', 'co-founder', 'cofounder', 'owner', 'ceo', 'cto', 'cmo', 'coo', 'cfo', 'president', 'director',
    'manager', 'editor', 'writer', 'reviewer', 'reporter', 'journalist', 'columnist', 'correspondent', 'contributor',
    'expert', 'specialist', 'consultant', 'analyst', 'strategist', 'former', 'senior', 'deputy', 'chief', 'managing',
    'executive', 'contributing', 'freelance', 'head of', 'lead',
  ],
  // Why: a team signs the post in the byline's place under the headline ("InstaTunnel Team", WCXB 0439; "Podium
  // Staff", 4243; "Newsdesk" under the date, 0456; "Paycom Blog Contributor", 0293).
  staffWords: ['team', 'staff', 'newsdesk', 'news desk', 'editors', 'contributor'],
  facetLabels: [
    // Why: a solutions menu's "By Industry" (WCXB 0041) and a review site's "By Category" (4265) read as bylines.
    'industry', 'category', 'categories', 'topic', 'topics', 'role', 'type', 'company size', 'company type',
    'event type',
    'manufacturer', 'brand', 'state', 'region', 'country', 'location', 'product', 'solution', 'use case', 'department',
  ],
  dateLabels: [
    'published', 'updated', 'last updated', 'posted', 'posted on', 'published on', 'updated on', 'date',
    'first published',
    // Why: a date under "Publish date" after the body (WCXB 4105).
    'publish date',
    // Why: a government page dates itself at its foot ("Content current as of:" over "09/25/2025", WCXB 0064; "Page
    // last modified Jan. 17, 2025 @ 01:39 PM EST", 0179).
    'content current as of', 'last modified', 'page last modified',
  ],
  // Why: a weekday after a date label's verb reads as a name ("Released Wednesday, March 2, 2022", WCXB 4027).
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  abbreviations: [
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'mr', 'mrs', 'ms', 'dr', 'st', 'mt', 'jr',
    'sr', 'no', 'vs', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'prof', 'pt', 'vol', 'approx',
  ],
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'],
    ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'],
    ['november', 'nov'], ['december', 'dec'],
  ],
  dayFirstSeparators: [],
  creditLabels: [
    'credit', 'photo', 'photograph', 'photo credit', 'image', 'image credit', 'picture', 'illustration',
    'source', 'photos', 'images', 'video',
  ],
  imageCreditLabels: [
    // Why: a credit under an image on a line of its own ("Credit: Reviewed / Timothy Renzi", WCXB 0010; "Image
    // Credit: Alamo", 0334).
    'credit', 'credits', 'photo', 'photos', 'photo credit', 'photo credits', 'photograph', 'photographer', 'image',
    'images', 'image credit', 'image source', 'picture', 'illustration', 'header image', 'featured image',
    // Why: the post's lead image credited at its end ("Featured Image Credit: Upgraded Points", WCXB 0334).
    'featured image credit',
  ],
  creditBylines: [
    // Why: a credit line under an image that names its maker without a colon ("Photo by Solen Feyissa on Unsplash",
    // WCXB 0456; "Image: Courtesy of Michael Ma", 0140).
    'photo by', 'photos by', 'photograph by', 'photography by', 'image by', 'picture by', 'illustration by',
    'photo courtesy of', 'image courtesy of', 'courtesy of',
    // Why: the same without "of" ("Photo courtesy Method Architecture", WCXB 0473).
    'photo courtesy', 'image courtesy',
  ],
  photoAgencies: [
    // Why: a stock credit under each photo, glued to its caption or on a line of its own ("…in 2024.Mikolette / Getty
    // Images", WCXB 0034; "Getty Images / Holger Leue", 0149; "Firn | Getty Images", 4708; "Tada Images /
    // Shutterstock", 0178).
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'adobe stock', 'unsplash', 'pexels', 'pixabay',
    'depositphotos', 'dreamstime', 'reuters', 'afp',
  ],
  attributions: [
    'contributed to this report', 'contributed reporting', 'contributed to this article',
    'contributed to this story', 'reporting by', 'editing by', 'additional reporting by',
    'this story has been corrected', 'this article was originally published',
  ],
  shopButtons: [
    // Why: product boxes end in these ("Check price at REI", WCXB 4694; "Get a Demo", 0061).
    'check price', 'check prices', 'buy now', 'shop now', 'see price', 'view deal', 'see it at', 'get a quote',
    'get a demo',
    'book a demo', 'request a demo', 'price comparison from',
    // Why: a review's product box ("Buy on Amazon", WCXB 0500, 4265, 4427).
    'buy on amazon',
    // Sales calls between a company blog's paragraphs ("Request A Free Consultation for Accounting Services", 0118;
    // "Get started for free", 0005).
    'request a quote', 'request information', 'contact sales', 'talk to sales', 'get started for free',
    'schedule a free call', 'schedule a call', 'book a call', 'book a consultation', 'request a free consultation',
  ],
  pricePeriods: ['month', 'week', 'year', 'mo', 'yr'],
  offerWords: [
    // Why: a review's price buttons, one line per product ("$150 AT ADIDAS", WCXB 1821; "$228 from Amazon", 2891; "$58
    // at Amazon $78 at Wayfair", 4030).
    'at', 'from', 'on',
  ],
  ctaButtons: [
    // Why: the button closing a promotion box in the body ("Book now" under each course, WCXB 0030; "Get started",
    // 0005; "LEARN MORE", 0253).
    'learn more', 'book now', 'get started', 'get started now', 'download', 'download now', 'free download',
    'register now', 'register today', 'sign up now', 'sign up today', 'sign up free', 'sign up for free',
    'try for free', 'try it free', 'try it now', 'try now', 'start free trial', 'start your free trial',
    'apply now', 'enroll now', 'order now', 'get the app', 'get the guide', 'claim your spot', 'reserve your spot',
    // The link under each product of a round-up to its own review ("Read The Review", WCXB 4265, 4694).
    'read the review',
  ],
  linkLabels: [
    // Why: a card's button under each product or place of a round-up ("Watch review on YouTube", WCXB 4674 innertext;
    // "View post on imgur.com", 4682; "Get Price", 0323; "Install", 4715; "Directions", 4624; "Google Maps", 0140;
    // "map" under each restaurant of a guide, 4340).
    'watch', 'view', 'see', 'get', 'visit', 'buy', 'shop', 'check', 'download', 'install', 'directions', 'website',
    'more info', 'google maps', 'apple maps', 'map',
    // A subscription's or an app's button under its card, naming it ("Try Stitch Fix" under "1. Stitch Fix", WCXB
    // 0098; "Try Purple Carrot", 4883): a button only when it names the card above or repeats word for word.
    'try',
  ],
  // Why: WCXB 4601, 4864, an affiliate button with its hidden label glued on ("View on Walmart Links to Walmart.com").
  linkTargetLabels: ['links to'],
  teaserOpeners: [
    // Why: a link to another page of the site, one per item of a list ("Learn more about the Wharton MBA Program",
    // WCXB 0022; "Read our full Powerbeats Pro 2 review", 4828).
    'learn more about', 'read our full', 'read our review', 'discover more', 'explore our', 'find out more about',
    'read more about',
    // A link line to a related post, its call before the headline ("Must read: Kitchen Display System for
    // Restaurants", WCXB 0317; "See also Web3.js vs Ethers.js: …", 0330; "Read more news like this on
    // HindustanTimes.com", 0397). Not "check out our": a tip says it without its period ("Check out our Best First
    // Aid Kits list for more suggestions", 4698).
    'see also', 'must read', 'must-read', 'also read', 'read also', 'read next', 'read more on', 'read more news',
    'read more stories', 'related reading', 'recommended reading', "don't miss", 'don’t miss', 'read the full',
    'read the entire',
    // A link to the site's page on a name the article covers, under each item of a round-up ("More on Goblin Band",
    // WCXB 0402; "More on Stanford GSB:", 0022); "More on that in a follow-up post." is a sentence (0449).
    'more on',
  ],
  listLabels: [
    // Why: a review's pros and cons, one short item a line once innerText drops the bullets (WCXB 0010).
    'pros', 'cons', 'pros and cons', 'what we like', "what we don't like", 'what we don’t like',
  ],
  // Why: a trail written a crumb a line opens with the front page ("HOME", "RESOURCE CENTER", … under the h1, WCXB
  // 4185).
  crumbRoots: ['home', 'homepage', 'home page'],
  // Why: innerText writes the contents list and the headings it names alike, in the author's case (WCXB 0252, 4253,
  // 4673 innertext: "Table of Contents" over "Supplies", "Directions", "1. Test The Paint For Lead", …; 0050 "JUMP
  // TO:").
  contentsLabels: [
    'table of contents', 'contents', 'in this article', 'in this post', 'in this guide', 'on this page',
    'article contents', 'jump to',
    // Why: a contents plugin's button beside its label ("Contents hide", WCXB 0336, 0033; "Table of Contents Show",
    // 4084; "Table of Contents[Hide][Show]", 4659). Not the bare words, which every phrase lookup would then meet.
    'contents hide', 'contents show', 'contents toggle', 'contents [hide]', 'contents [show]',
  ],
  // Why: a caption that says where its picture stands ("Above: The winter seed heads of purple coneflowers…", WCXB
  // 0400; "left: hiking in Tettegouche State Park…", 4696). Not "pictured", which names what a product list shows
  // (4701), nor "top" or "bottom" alone, a garment's parts in a shop's specs.
  captionPlaces: [
    'above', 'below', 'left', 'right', 'top left', 'top right', 'bottom left', 'bottom right', 'from left',
    'left to right', 'from left to right', 'clockwise from top left',
  ],
} as const satisfies PhrasePack;
