/**
 * Fewest lines the body keeps above a cut at its end (a bio, small print, a row of links, a list of headlines, the
 * lines that close it): a body that short may well be about its author or be all the page has.
 */
export const MIN_BODY_LINES = 4;
