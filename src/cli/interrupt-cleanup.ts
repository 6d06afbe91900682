import { rmSync } from 'node:fs';
import { dieOfSignal, type EndingSignal } from './die-of-signal.js';

/** The signals that stop a run from outside: Ctrl-C, `kill`, a closed terminal. */
const STOPS: readonly EndingSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const pending = new Set<() => void>();
/** What holds the end back: each says whether it must wait, and then calls its `go` when the end may come. */
const holds = new Set<(go: () => void) => boolean>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  for (const signal of STOPS) process.once(signal, () => stop(signal));
}

/**
 * Runs `undo` (synchronous) if the process is stopped by a signal (Ctrl-C, `kill`, a closed terminal) before the
 * returned function is called, then lets the signal end the process as it would have (status 130 for Ctrl-C in a
 * shell). For what a stopped run would otherwise leave behind: a temporary file, a progress line on the terminal.
 * @example const done = onInterrupt(() => status.stop()); await run(); done();
 */
export function onInterrupt(undo: () => void): () => void {
  listen();
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

/**
 * Lets a stop signal end the process only once `hold` allows it: when the signal comes, `hold(go)` returns whether
 * the end must wait, and if so calls `go` when it may come. A second signal ends the process at once (the signal
 * is caught once).
 * @example const release = holdOnInterrupt((go) => writing > 0 && ((last = go), true));
 */
export function holdOnInterrupt(hold: (go: () => void) => boolean): () => void {
  listen();
  const entry = (go: () => void): boolean => hold(go);
  holds.add(entry);
  return () => holds.delete(entry);
}

function stop(signal: EndingSignal): void {
  for (const hold of holds) {
    holds.delete(hold);
    if (hold(() => stop(signal))) return;
  }
  for (const undo of pending) undo();
  dieOfSignal(signal);
}
