/**
 * Ends the process the way a Unix tool ends when the reader of its output has gone away (`dechaff pages/ |
 * head`): killed by `SIGPIPE`, without a message, which a shell reports as status 141 (128 + 13) and a parent
 * process as the signal. Node ignores `SIGPIPE` and turns it into an `EPIPE` error instead, so this restores
 * the signal's default action and sends it to the process itself.
 * @example process.stdout.on('error', (e) => { if (e.code === 'EPIPE') dieOfBrokenPipe(); });
 */
export function dieOfBrokenPipe(): never {
  try {
    // Why: removing the last listener of a signal hands it back to libuv, which resets it to SIG_DFL (Node
    // set SIG_IGN at startup), so the kill below ends the process with every worker thread at once.
    const noop = (): void => undefined;
    process.on('SIGPIPE', noop).off('SIGPIPE', noop);
    process.kill(process.pid, 'SIGPIPE');
  } catch {
    // A platform without the signal (Windows) falls through to the status a shell would report.
  }
  process.exit(BROKEN_PIPE_STATUS);
}

/** The status a shell reports for a process killed by `SIGPIPE`: 128 + 13. */
export const BROKEN_PIPE_STATUS = 141;
