import { rmSync } from 'node:fs';
import { dieOfSignal, type EndingSignal } from './die-of-signal.js';

/** The signals that stop a run from outside: Ctrl-C, `kill`, a closed terminal. */
const STOPS: readonly EndingSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const pending = new Set<() => void>();
let listening = false;

/**
 * Runs `undo` (synchronous) if the process is stopped by a signal (Ctrl-C, `kill`, a closed terminal) before the
 * returned function is called, then lets the signal end the process as it would have (status 130 for Ctrl-C in a
 * shell). For what a stopped run would otherwise leave behind: a temporary file, a progress line on the terminal.
 * @example const done = onInterrupt(() => status.stop()); await run(); done();
 */
export function onInterrupt(undo: () => void): () => void {
  if (!listening) {
    listening = true;
    for (const signal of STOPS) process.once(signal, () => stop(signal));
  }
  // Why a wrapper: the same function may be registered twice, and each registration is undone alone.
  const entry = (): void => undo();
  pending.add(entry);
  return () => pending.delete(entry);
}

/**
 * Removes `path` if the process is stopped by a signal before the returned function is called; see
 * {@link onInterrupt}.
 * @example const done = removeOnInterrupt(partial); await write(partial); await rename(partial, path); done();
 */
export function removeOnInterrupt(path: string): () => void {
  return onInterrupt(() => rmSync(path, { force: true }));
}

function stop(signal: EndingSignal): never {
  for (const undo of pending) undo();
  dieOfSignal(signal);
}
