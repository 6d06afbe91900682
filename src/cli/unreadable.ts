/**
 * What the command says of a file or folder named on its command line (an input, `--profiles`) that cannot be read:
 * `no such file: <path>` when it is missing, else `cannot read <path> (<code>)` with the system's error code, or the
 * error's message when it has none. Why one helper: the input check and `--profiles` each built it, with different
 * words for an error without a code.
 * @example unreadableMessage('loop', { code: 'ELOOP' }) // 'cannot read loop (ELOOP)'
 */
export function unreadableMessage(path: string, error: unknown): string {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as NodeJS.ErrnoException;
  if (code === 'ENOENT') return `no such file: ${path}`;
  return `cannot read ${path} (${code ?? message ?? String(error)})`;
}
