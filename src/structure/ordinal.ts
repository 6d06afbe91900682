import type { ListBlock, ListStyle } from '../types.js';

/** An item's place in an ordered list and how its marker writes it. */
export interface Ordinal {
  /** 1 for `1.` and `a.`, 3 for `3)` and `c)`. */
  readonly value: number;
  readonly style: ListStyle;
}

/** Letters a letter-numbered list counts through (`a` to `z`). */
const LETTERS = 26;

/**
 * The place a list marker gives its item: `4.` gives 4 in style `1.`, `c)` gives 3 in style `a)`; a bullet, or no
 * marker, gives null.
 * @example ordinalOf('c)') // { value: 3, style: 'a)' }
 */
export function ordinalOf(marker: string | null): Ordinal | null {
  if (marker === null) return null;
  const first = marker.charCodeAt(0);
  const paren = marker.charCodeAt(marker.length - 1) === 0x29;
  if (first >= 0x30 && first <= 0x39) return { value: Number.parseInt(marker, 10), style: paren ? '1)' : '1.' };
  if (first >= 0x61 && first <= 0x7a) return { value: first - 0x60, style: paren ? 'a)' : 'a.' };
  return null;
}

/**
 * The marker of an ordered list's item `index` as the input wrote it (`3.`, `c)`), or null for a bulleted list's.
 * @example itemMarker({ type: 'list', ordered: true, start: 2, style: 'a)', items: ['x', 'y'] }, 1) // 'c)'
 */
export function itemMarker(list: ListBlock, index: number): string | null {
  if (!list.ordered) return null;
  const value = (list.start ?? 1) + index;
  const style = list.style ?? '1.';
  const letter = style.startsWith('a') && value >= 1 && value <= LETTERS;
  return `${letter ? String.fromCharCode(0x60 + value) : value}${style.slice(-1)}`;
}

/**
 * A list's item `index` as the input wrote it: after its number in an ordered list, alone in a bulleted one.
 * @example numberedItem({ type: 'list', ordered: true, items: ['Mix', 'Knead'] }, 1) // '2. Knead'
 */
export function numberedItem(list: ListBlock, index: number): string {
  const item = list.items[index] ?? '';
  const marker = itemMarker(list, index);
  return marker === null ? item : `${marker} ${item}`;
}
