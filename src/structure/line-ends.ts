/** A question mark (Latin, full-width, Arabic) at the end of a line, before any closing quotes or brackets. */
export const ASKS = /[?？؟]["'”’»)\]」』]*$/u;

/** An exclamation mark (Latin, full-width) at the end of a line, before any closing quotes or brackets. */
export const EXCLAIMS = /[!！]["'”’»)\]」』]*$/u;

/** A line that announces what follows: it ends in a colon (full-width in CJK text). */
export const LEAD_IN = /[:：]$/u;
