import { constants } from 'node:os';

/** The signals the command ends by: a reader that went away, Ctrl-C, `kill`, a closed terminal. */
export type EndingSignal = 'SIGPIPE' | 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/**
 * Ends the process the way `signal`'s default action ends a Unix tool: killed by the signal, without a message,
 * which a shell reports as status 128 + its number (141 for `SIGPIPE`, 130 for Ctrl-C) and a parent process as the
 * signal. Node ignores `SIGPIPE` (it turns into an `EPIPE` error) and keeps its own handler for a signal it listens
 * to, so this restores the default action and sends the signal to the process itself.
 * @example process.stdout.on('error', (e) => { if (e.code === 'EPIPE') dieOfSignal('SIGPIPE'); });
 */
export function dieOfSignal(signal: EndingSignal): never {
  try {
    // Why: removing the last listener of a signal hands it back to libuv, which resets it to SIG_DFL (Node set
    // SIG_IGN for SIGPIPE at startup), so the kill below ends the process with every worker thread at once.
    const noop = (): void => undefined;
    process.on(signal, noop).off(signal, noop);
    process.kill(process.pid, signal);
  } catch {
    // A platform that cannot send it to itself (Windows) falls through to the status a shell would report.
  }
  process.exit(128 + constants.signals[signal]);
}
