const CODES = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39], cyan: [36, 39] } as const;

/** A style {@link paint} knows. */
export type Style = keyof typeof CODES;

/**
 * Whether to color what goes to a stream: only a terminal, and never when `NO_COLOR` is set to anything
 * (https://no-color.org) or the terminal is dumb.
 */
export function colorFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** `text` in a style when `on`, else unchanged. */
export function paint(text: string, style: Style, on: boolean): string {
  const [open, close] = CODES[style];
  return on ? `\x1b[${open}m${text}\x1b[${close}m` : text;
}
