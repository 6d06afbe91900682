import { rmSync } from 'node:fs';
import { dieOfSignal, type EndingSignal } from './die-of-signal.js';

/** The signals that stop a run from outside: Ctrl-C, `kill`, a closed terminal. */
const STOPS: readonly EndingSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const pending = new Set<string>();
let listening = false;

/**
 * Removes `path` if the process is stopped by a signal (Ctrl-C, `kill`, a closed terminal) before the
 * returned function is called, then lets the signal end the process as it would have (status 130 for
 * Ctrl-C in a shell). For temporary files, which a stopped run would otherwise leave behind.
 * @example const done = removeOnInterrupt(partial); await write(partial); await rename(partial, path); done();
 */
export function removeOnInterrupt(path: string): () => void {
  if (!listening) {
    listening = true;
    for (const signal of STOPS) process.once(signal, () => stop(signal));
  }
  pending.add(path);
  return () => pending.delete(path);
}

function stop(signal: EndingSignal): never {
  for (const path of pending) rmSync(path, { force: true });
  dieOfSignal(signal);
}
