import { rmSync } from 'node:fs';
import { constants } from 'node:os';

/** The signals that stop a run from outside: Ctrl-C, `kill`, a closed terminal. */
const STOPS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
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

function stop(signal: (typeof STOPS)[number]): never {
  for (const path of pending) rmSync(path, { force: true });
  try {
    // Why this ends the process: `once` has removed the only listener, so the signal's action is the default again.
    process.kill(process.pid, signal);
  } catch {
    // A platform that cannot send it to itself gets the status a shell would report.
  }
  process.exit(128 + constants.signals[signal]);
}
