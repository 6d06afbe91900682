/** The signals of job control that a run listens for: Ctrl-Z (`SIGTSTP`), and going on after a stop (`SIGCONT`). */
export type JobSignal = 'SIGTSTP' | 'SIGCONT';

/**
 * Where {@link onSuspend} hears Ctrl-Z (`SIGTSTP`) and raises it again, and a stopped run hears that it goes on
 * (`SIGCONT`): the process, or a stand-in in tests.
 */
export interface StopSignals {
  on(signal: JobSignal, listener: () => void): void;
  off(signal: JobSignal, listener: () => void): void;
  /**
   * Sends `signal` to this process. With no listener left, its default action stops the process, and the call
   * returns when the process is continued (`fg`, `bg`).
   */
  raise(signal: 'SIGTSTP'): void;
}

/** This process's `SIGTSTP` and `SIGCONT`. */
export const PROCESS_SIGNALS: StopSignals = {
  on: (signal, listener) => void process.on(signal, listener),
  off: (signal, listener) => void process.off(signal, listener),
  raise: (signal) => void process.kill(process.pid, signal),
};

/** What is on the terminal while a run is stopped: taken away when it stops, put back when it goes on. */
export interface Suspendable {
  suspend(): void;
  resume(): void;
}

/**
 * Until the returned function is called, Ctrl-Z (`SIGTSTP`) runs `screen.suspend()`, stops the process as it
 * would have been stopped, and runs `screen.resume()` when it is continued (`fg`, `bg`).
 * @example const done = onSuspend(status); await run(); done();
 */
export function onSuspend(screen: Suspendable, signals: StopSignals = PROCESS_SIGNALS): () => void {
  const stop = (): void => {
    screen.suspend();
    // Why: a listener keeps the process from stopping; with none left, Node hands SIGTSTP back to its default
    // action, and the signal raised again stops the process (with its worker threads) as Ctrl-Z would have.
    signals.off('SIGTSTP', stop);
    signals.raise('SIGTSTP');
    signals.on('SIGTSTP', stop);
    // Why here rather than on SIGCONT: the raise returns as the process goes on, before any timer or worker's
    // message is handled; and where the kernel discards the stop (a job with no shell to continue it, as under
    // `script -c` or `ssh host cmd`, where no SIGCONT comes) it returns at once and the line comes straight back.
    screen.resume();
  };
  signals.on('SIGTSTP', stop);
  return () => signals.off('SIGTSTP', stop);
}
