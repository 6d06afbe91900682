/**
 * `text` with every character that is special in a regular expression escaped, to match it literally.
 * @example new RegExp(escapeRegExp('U.S. (AP)')).test('U.S. (AP)') // true
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
