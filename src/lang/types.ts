/**
 * A phrase pack: the words of one language that boilerplate is written in.
 * Packs are data only; the detectors hold the logic and work without a pack, packs add precision.
 * Every phrase is matched case-insensitively on word boundaries.
 */
export interface PhrasePack {
  /** BCP 47 primary language tag, e.g. `"en"`. */
  readonly code: string;
  /** The language's English name. */
  readonly name: string;
  /** Frequent function words, for stopword density (jusText's signal) and language detection. */
  readonly stopwords: readonly string[];
  /** Share-button labels; a line made only of these is a share bar. */
  readonly shareLabels: readonly string[];
  /** Social-follow prompts ("Follow us on"). */
  readonly social: readonly string[];
  /** Paywall and login-wall phrases. */
  readonly paywall: readonly string[];
  /** Subscription calls to action that stand alone on a line. */
  readonly subscribe: readonly string[];
  /** Newsletter sign-up phrases. */
  readonly newsletter: readonly string[];
  /** Cookie and consent banner phrases. */
  readonly cookie: readonly string[];
  /** Comment-widget phrases. */
  readonly comments: readonly string[];
  /**
   * The label of the button under each comment of a thread ("Reply"): a short line that opens with it and says more
   * ("Reply to This Share", "Reply to Jane"), under each of several comments, marks the thread. Optional: a pack
   * without it finds no thread so.
   */
  readonly replyButtons?: readonly string[];
  /**
   * Nouns a blog counts its comments in when it heads the thread with the post's title ("3 thoughts on “…”",
   * "2 responses to “…”"); unlike `comments`, none of them is a label alone.
   */
  readonly commentCounts: readonly string[];
  /** Headers and prefixes of related/most-read lists ("Read more", "Related"). */
  readonly related: readonly string[];
  /** Advertisement labels. */
  readonly ad: readonly string[];
  /** Navigation labels that stand alone on a line ("Skip to content", "Menu"). */
  readonly nav: readonly string[];
  /** Legal footer phrases ("All rights reserved", "Privacy Policy"). */
  readonly legal: readonly string[];
  /**
   * Legal footer links that are legal only on a line of their own ("سياسة الخصوصية" in Arabic): a pack lists here,
   * not in `legal`, the links its articles' short sentences also name ("حدثت الشركة سياسة الخصوصية الخاصة بتطبيقها").
   * Optional: most packs list their footer links in `legal`.
   */
  readonly legalLinks?: readonly string[];
  /**
   * What a page calls itself ("this page", "this website", "this work"): beside a licence's grant, the line is the
   * page's licence notice. Optional, with `licenceGrants`: a pack without them finds no notice.
   */
  readonly selfReferences?: readonly string[];
  /** The words that grant a licence ("licensed under"). Optional, with `selfReferences`. */
  readonly licenceGrants?: readonly string[];
  /**
   * Entries of the other categories that the language's sentences also say as common words: a short button's label
   * ("accept all", "reject all", "manage preferences"), or a word of a script written without spaces ("コメント"
   * comment, "同意する" agree, "คุกกี้" cookie). A line made only of labels still counts them, but a line that holds one
   * among other words is not marked by it ("He refused to accept all the blame."). Why: a phrase of several words
   * marks any short line that holds it, and in a script written without spaces a phrase is found inside a run of
   * letters, where four of them read as two words. Optional: a pack whose phrases no sentence says needs none.
   */
  readonly commonWords?: readonly string[];
  /**
   * Entries of the other categories that may follow a digit with no space between: a counter word glued to its number
   * opens them ("3분 읽기", a three minutes' read; "12개의 댓글", twelve comments), where no other phrase may start
   * right after a letter or a digit. Optional: a language that writes the number apart ("3 min read") needs none.
   */
  readonly gluedToNumber?: readonly string[];
  /**
   * Counter words a number takes after it when it counts things ("12개" in Korean, "12件" in Japanese, "12 条" in
   * Chinese): on a line of labels, a number and its counter stand as the number alone does ("댓글 12개", comments 12, as
   * "Reader comments 191"). Optional: a language that counts with the number alone needs none.
   */
  readonly counterWords?: readonly string[];
  /** Interface prompts ("Click the alert icon", "Listen to this article"). */
  readonly uiPrompt: readonly string[];
  /**
   * A notice where a player or a slideshow stands when scripts are off ("Media requires JavaScript to play", "This
   * slideshow requires JavaScript"): it sits among the article's paragraphs, beside the media's caption, so it only
   * leaves the body after the body search and never cuts it. Optional: a pack without it finds such notices only by the
   * English phrases joined into every pack.
   */
  readonly mediaNotices?: readonly string[];
  /** A reader-feedback widget's prompt ("Was this page helpful?"): it closes the article, nothing under it is. */
  readonly feedback: readonly string[];
  /**
   * Words that speak to the reader ("you", "your"). A pitch speaks to the reader; a long sentence without one
   * reports on what a phrase names ("…the correct hash for the email address"). Ambiguous forms (German "Ihr",
   * Spanish "su") are listed too: they only keep a line removed.
   */
  readonly readerPronouns: readonly string[];
  /** Author-bio openers and headers ("About the author"). */
  readonly authorBio: readonly string[];
  /** Greetings that open a writer's self-introduction when a comma or "!" follows ("Hi", "Hey there"). */
  readonly greetings: readonly string[];
  /**
   * The words a writer's bio in the first person opens with ("I'm", "I am"): under the writer's name, the page's author
   * box. Optional: a pack without them finds no such box.
   */
  readonly selfIntroductions?: readonly string[];
  /** Words that introduce a byline ("By", "Written by"). */
  readonly bylinePrefixes: readonly string[];
  /**
   * The words that join two writers' names in a byline ("and"): "Par Marie Dupont et Jean Martin" names both. Looked up
   * one word at a time, so not compiled as phrases.
   */
  readonly nameJoiners: readonly string[];
  /**
   * Roles, and the words that open one, that a byline or an author box writes right after the name without a comma
   * ("Founder", "Former Deputy Tech Editor"): where the name ends.
   */
  readonly roleWords: readonly string[];
  /**
   * Words that end the name of a team that signs a post in the byline's place ("Team", "Staff", "Newsdesk"): "Podium
   * Staff" under the headline is its writer. Optional: a pack without them reads no such name.
   */
  readonly staffWords?: readonly string[];
  /**
   * Facets a listing is sorted by, which a menu writes after "By" ("By Industry", "By Category"): what such a
   * "By" line names is no author.
   */
  readonly facetLabels: readonly string[];
  /** Labels of date lines ("Published", "Updated"). */
  readonly dateLabels: readonly string[];
  /** Weekday names, written before a date ("Wednesday, March 2, 2022"): no word of an author's name. */
  readonly weekdays: readonly string[];
  /**
   * Abbreviations written with a period that closes no sentence ("dr", "wed", "vs"), lowercase and without the period;
   * the months' short names count too. Optional: a pack without them still reads initials and short capitalized words
   * so.
   */
  readonly abbreviations?: readonly string[];
  /** Month names and abbreviations, January first, for dates written in words. */
  readonly months: readonly (readonly string[])[];
  /**
   * The separators with which the language writes a numeric date day first ("04.05.2015", "04/05/2015" for 4 May): a
   * date whose numbers could be either is read so. English lists none, and German only the period: a slash date on a
   * German page is as often a US-made one ("05/08/2019" for 8 May). Such a date is otherwise read only when the page's
   * other dates settle the order. A period and a space (`". "`) says the language also writes a space after each
   * period ("12. 4. 2017", Czech and Slovak): such a date is read day first.
   */
  readonly dayFirstSeparators?: readonly string[];
  /**
   * Years by which the calendar the language's pages date by runs ahead of the Common Era: Thai pages write the Buddhist
   * era's year ("12 เมษายน 2560" is 12 April 2017, 543). A year of 2400 or more written with a month's name is read so.
   */
  readonly eraOffset?: number;
  /** Labels that introduce a photo credit ("Credit", "Photo"). */
  readonly creditLabels: readonly string[];
  /**
   * Labels of an image's credit on a line of its own, before a colon ("Photo", "Image credit"); not "Source", which
   * also cites a table's or a quote's source the article keeps.
   */
  readonly imageCreditLabels: readonly string[];
  /** Openers of a photo credit written without a colon ("Photo by", "Courtesy of"); the name follows. */
  readonly creditBylines: readonly string[];
  /**
   * Photo agencies and image libraries that credits name ("Getty Images", "Shutterstock"); a line ending in one across
   * a slash or a bar from a name is a caption's credit ("Jane Doe / Getty Images").
   */
  readonly photoAgencies: readonly string[];
  /** End-note phrases ("contributed to this report"). */
  readonly attributions: readonly string[];
  /** Shop and sales buttons left in the text ("Check price", "Get a quote"); removed from the body after its search. */
  readonly shopButtons: readonly string[];
  /**
   * The periods a subscription price is quoted in ("month", "/mo"): a short line with a price and one of them is an
   * offer to subscribe. Optional: English's are always joined in.
   */
  readonly pricePeriods?: readonly string[];
  /** Words between a price and the shop that sells at it ("$150 at Adidas", "$228 from Amazon"). */
  readonly offerWords: readonly string[];
  /** Call-to-action button labels ("Learn more", "Book now"); a short line that ends in one is a promotion box. */
  readonly ctaButtons: readonly string[];
  /**
   * Words a link's or a button's label opens with ("View", "Watch", "Get", "Directions"): a short line that opens with
   * one and stands three times or more in the body is a card's button ("Watch review on YouTube" under each product).
   * Optional: a pack without it finds such buttons only by a site's name in them.
   */
  readonly linkLabels?: readonly string[];
  /**
   * The words of a link's hidden label that name where it leads ("Links to"): a screen reader reads them after a
   * button's label, and a scraper glues them to it ("See Packages Links to SimpliSafe"). Optional: a pack without them
   * finds such buttons only when they repeat.
   */
  readonly linkTargetLabels?: readonly string[];
  /** Openers of a link line to another page ("Learn more about", "Read our full"); the line is no sentence. */
  readonly teaserOpeners: readonly string[];
  /** Labels a short list stands under without a colon ("Pros", "Cons"); its items are the article's. */
  readonly listLabels: readonly string[];
  /**
   * The label over an article's table of contents ("Table of contents", "In this article"): the lines right under it
   * that each name a later line of the body, in order, are the contents list. Optional: a pack without it finds such a
   * list only by the shape of the headings it names.
   */
  readonly contentsLabels?: readonly string[];
  /**
   * The first crumb of a trail, which names the site's front page ("Home", "Startseite"): the short lines right under a
   * line that is only one are the trail's crumbs, a crumb a line, and the headline stands next to them. Optional: a
   * pack without them finds such trails only by their separators.
   */
  readonly crumbRoots?: readonly string[];
  /**
   * Where a picture stands, as a caption's label names it before a colon ("Above:", "Left:", "Top right:"): a line
   * opening with one describes the picture beside it and is a caption, not the article's text. Optional: a pack
   * without them finds such captions only by the English labels joined into every pack.
   */
  readonly captionPlaces?: readonly string[];
}
