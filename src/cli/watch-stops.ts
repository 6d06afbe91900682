import { PROCESS_SIGNALS, type StopSignals } from './suspend.js';
import { HEARTBEAT_MS, type WorkClock } from './work-clock.js';

/**
 * Until the returned function is called, a stop the process is not told of (`kill -STOP`, which no process can
 * catch) is left out of `clock` when the process is continued: a heartbeat notes when the process last ran, and
 * `SIGCONT` says that it was stopped.
 * @example const done = watchStops(status.clock); await run(); done();
 */
export function watchStops(clock: WorkClock, signals: StopSignals = PROCESS_SIGNALS): () => void {
  const heartbeat = setInterval(() => clock.beat(), HEARTBEAT_MS);
  heartbeat.unref();
  const continued = (): void => clock.continued();
  signals.on('SIGCONT', continued);
  return () => {
    clearInterval(heartbeat);
    signals.off('SIGCONT', continued);
  };
}
