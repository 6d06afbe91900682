/**
 * The marks that part the fields of a byline or a dateline, as the bodies of character classes: the patterns that cut
 * a name or a field at them are built from these, each adding or leaving out what its own kind of line asks.
 */

/** Bars and bullets: between a byline's or a dateline's fields ("By X • May 4, 2025 • 11 min read"). */
export const BULLETS = '|•·⋅●▪■';

/**
 * The en and em dash: they part a byline's fields as bullets do, but also join a date's parts, so the fields of a
 * dateline are parted at bullets alone.
 */
export const DASHES = '–—';

/** What a name stops at wherever it stands: a bullet, a dash, a comma or a semicolon. */
export const NAME_STOPS = `${BULLETS}${DASHES},;`;
