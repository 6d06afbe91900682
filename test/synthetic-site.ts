/**
 * Synthetic multi-page sites for profile tests: every page carries the site's chrome (navigation, a
 * comment count that changes, a newsletter box, a footer) around a body of its own. Deterministic.
 */

/** Words the generated article sentences are made of (stopword-rich, so they read as English prose). */
const WORDS = [
  'the',
  'council',
  'said',
  'on',
  'monday',
  'that',
  'it',
  'would',
  'review',
  'a',
  'plan',
  'for',
  'new',
  'housing',
  'near',
  'river',
  'and',
  'residents',
  'were',
  'asked',
  'to',
  'give',
  'their',
  'views',
  'before',
  'vote',
  'in',
  'spring',
  'of',
  'is',
  'with',
  'was',
  'by',
  'as',
  'an',
  'officials',
  'bridge',
  'school',
];

/** A small deterministic PRNG (mulberry32), so pages differ but tests never flake. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence-shaped line of `words` words. */
export function sentence(rand: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)] as string);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Chrome of the synthetic site that a single page cannot reveal: it sits inside the body and reads like
 * text. `n` varies the count, as a real page's comment or reader count does.
 */
export function siteChrome(n: number): string[] {
  return [`${n} readers are following this story`, 'Our reporting is made possible by our members.'];
}

/** One page of the synthetic site: navigation, a headline, paragraphs with the chrome in between, a footer. */
export function sitePage(seed: number, extra: readonly string[] = []): string {
  const rand = random(seed);
  const body = Array.from({ length: 5 }, () => sentence(rand, 25 + Math.floor(rand() * 10)));
  const headline = sentence(rand, 7).slice(0, -1);
  const [first, ...rest] = body;
  return [
    'Home',
    'World',
    'Business',
    '',
    headline,
    '',
    first,
    ...siteChrome(seed % 97),
    ...rest,
    ...extra,
    '',
    'About us',
    '© Example Gazette',
  ].join('\n\n');
}

/** `count` pages of the synthetic site, seeds `from`, `from + 1`, …. */
export function sitePages(count: number, from = 1): string[] {
  return Array.from({ length: count }, (_, i) => sitePage(from + i));
}
