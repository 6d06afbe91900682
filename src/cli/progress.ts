import { counted, formatBytes } from './amounts.js';
import { paint } from './color.js';
import { WorkClock } from './work-clock.js';

/** How far a run has got. */
export interface Progress {
  /** What is being done: `cleaning`, `learning`. */
  readonly label: string;
  readonly records: number;
  /** Input bytes done. */
  readonly bytes: number;
  /** Input bytes in all, when known (regular files); the bar and ETA need it. */
  readonly totalBytes: number | undefined;
  readonly elapsedMs: number;
  /** Worker threads doing the work: each warms up before the rate tells how long the rest will take. */
  readonly workers: number;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;
/** The rate is measured over at least this much of the latest work, so it follows a run that speeds up. */
const RATE_WINDOW_MS = 10_000;
/** No ETA until the rate has been measured over this much finished work, past the warm-up. */
const SETTLE_MS = 5_000;
/**
 * Input bytes each worker cleans before the rate is measured (4 MB). Why: V8 compiles the cleaning code better as it
 * runs, so a worker's first pages are slow: on wcxb-dev.jsonl (about 31 KB a page) its first 25 pages took 7.7× the
 * CPU time a page of its 226th to 250th, its 101st to 125th 1.5× (4 MB in). Measured from the first batch done, the
 * first ETA of a run of that file with two workers on a busy 2-core machine said 3.6× and 4.4× the time the run went
 * on; from the end of this warm-up, 0.95× and 1.6×.
 */
const WARM_UP_BYTES = 4_000_000;
/**
 * The share of the input after which the warm-up counts as over even if the workers have not each cleaned
 * {@link WARM_UP_BYTES} (a fifth). Why: an input under 4 MB a worker never showed an ETA (8 MB with two workers,
 * 64 MB with sixteen). Replayed on the progress reports of real runs of the first 3, 6 and 12 MB of wcxb-dev.jsonl
 * with one and two workers on a busy 2-core machine, the first ETA came at 52–80 % of the run (before: none on
 * three of the six, at 62, 95 and 97 % on the others) and said 0.94–2.3× the time the run went on; a tenth said up to 2.7×, a third up to 3.1×.
 */
const WARM_UP_SHARE = 0.2;

/** How the progress line reads the rate: measured, and how long ago it was. */
export interface ProgressRate {
  /**
   * Input bytes a second, as measured.
   * @default the average since the start, `bytes / elapsedMs`
   */
  readonly bytesPerSecond?: number;
  /**
   * Milliseconds since the progress was reported; the ETA counts them down.
   * @default 0
   */
  readonly sinceMs?: number;
  /**
   * Whether the rate was measured over enough work to tell how long the rest will take; if not, the ETA reads `?`.
   * @default true
   */
  readonly settled?: boolean;
}

/**
 * One line of progress: records, bytes a second, and with a known total a bar, the percentage and the ETA (what
 * is left at the measured rate, less the time since it was measured).
 * @example formatProgress({ label: 'cleaning', records: 1200, bytes: 5e6, totalBytes: 1e7, elapsedMs: 2000 }, false)
 * // 'cleaning [############............]  50%  1,200 records  2.5 MB/s  ETA 0:02'
 */
export function formatProgress(p: Progress, color: boolean, measured: ProgressRate = {}): string {
  const seconds = p.elapsedMs / 1000;
  const rate = measured.bytesPerSecond ?? (seconds > 0 ? p.bytes / seconds : 0);
  const parts = [counted(p.records, 'record'), `${formatBytes(rate)}/s`];
  if (p.totalBytes === undefined || p.totalBytes === 0) return `${p.label}  ${parts.join('  ')}`;
  const done = Math.min(1, p.bytes / p.totalBytes);
  const filled = Math.round(done * BAR_WIDTH);
  const bar = `[${paint('#'.repeat(filled), 'cyan', color)}${'.'.repeat(BAR_WIDTH - filled)}]`;
  const left = (p.totalBytes - p.bytes) / rate - (measured.sinceMs ?? 0) / 1000;
  const eta = rate > 0 && (measured.settled ?? true) ? clock(left) : '?';
  return `${p.label} ${bar} ${`${Math.floor(done * 100)}%`.padStart(4)}  ${parts.join('  ')}  ETA ${eta}`;
}

const clock = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60));
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm.padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
};

/**
 * Whether to draw the progress line: only when standard error is a terminal, without `--quiet`, and not when
 * the run writes its output to a terminal too, where the line would be drawn into the articles.
 * @example showsProgress({ isTTY: true }, { isTTY: false }, { quiet: false, toStdout: true }) // true
 */
export function showsProgress(
  stderr: { readonly isTTY?: boolean },
  stdout: { readonly isTTY?: boolean },
  run: { readonly quiet: boolean; readonly toStdout: boolean },
): boolean {
  return stderr.isTTY === true && !run.quiet && !(run.toStdout && stdout.isTTY === true);
}

/**
 * Standard error for people: messages, and below them a progress line redrawn in place — only on a
 * terminal and without `--quiet`, so logs and pipes get the messages alone. The line is written again only
 * when what it says has changed (the ETA counts down between reports). Its {@link clock} leaves out the time the
 * run was stopped (Ctrl-Z), between {@link suspend} and {@link resume}.
 */
export class StatusLine {
  /** The time worked, which progress reports and the summary are measured in. */
  readonly clock = new WorkClock();
  readonly #stream: NodeJS.WritableStream;
  readonly #bar: boolean;
  readonly #color: boolean;
  readonly #foreground: () => boolean;
  readonly #warmUpBytes: number;
  #progress: Progress | undefined;
  #reportedAt = 0;
  /** Reports within the rate's window, the oldest first. */
  #samples: { readonly elapsedMs: number; readonly bytes: number }[] = [];
  /** The line on the terminal, when one is drawn. */
  #shown: string | undefined;
  #timer: NodeJS.Timeout | undefined;

  /**
   * @param options.foreground Whether the process is in its terminal's foreground, asked before each drawing: a
   * job in the background draws no line (messages are written all the same). By default, always.
   * @param options.warmUpBytes Input bytes each worker cleans before the rate is measured, unless a fifth of the
   * input comes first ({@link WARM_UP_SHARE}); by default {@link WARM_UP_BYTES}.
   */
  constructor(
    stream: NodeJS.WritableStream,
    options: {
      readonly bar: boolean;
      readonly color: boolean;
      readonly foreground?: () => boolean;
      readonly warmUpBytes?: number;
    },
  ) {
    this.#stream = stream;
    this.#bar = options.bar;
    this.#color = options.color;
    this.#foreground = options.foreground ?? (() => true);
    this.#warmUpBytes = options.warmUpBytes ?? WARM_UP_BYTES;
  }

  /** Writes a line of text above the progress line. */
  message(text: string): void {
    this.#clear();
    this.#stream.write(`${text}\n`);
    this.#draw();
  }

  /** Records the latest progress, its `elapsedMs` on {@link clock}; the line is redrawn at most ten times a second. */
  update(progress: Progress): void {
    if (!this.#bar) return;
    this.#samples.push({ elapsedMs: progress.elapsedMs, bytes: progress.bytes });
    // Why: the rate of the workers' warm-up is no measure of the rest; it is measured from its last report on.
    const warmUp = Math.min(this.#warmUpBytes * progress.workers, WARM_UP_SHARE * (progress.totalBytes ?? Infinity));
    const lastInWarmUp = this.#samples.findLastIndex((sample) => sample.bytes < warmUp);
    if (lastInWarmUp > 0) this.#samples.splice(0, lastInWarmUp);
    while (this.#samples.length > 2 && progress.elapsedMs - (this.#samples[1]?.elapsedMs ?? 0) >= RATE_WINDOW_MS)
      this.#samples.shift();
    this.#progress = progress;
    this.#reportedAt = this.clock.now();
    if (!this.#timer) {
      this.#draw();
      this.#timer = setInterval(() => this.#draw(), REDRAW_MS);
      this.#timer.unref();
    }
  }

  /**
   * Takes the progress line off the terminal before the run is stopped (Ctrl-Z), so the shell's prompt does not
   * follow it; {@link resume} puts it back.
   */
  suspend(): void {
    this.#clear();
    this.clock.suspend();
  }

  /**
   * Draws the line again when the run goes on (`fg`, `bg`). The time since {@link suspend} is taken out of the
   * {@link clock}, so of the rate, the ETA's countdown and the summary's duration: the workers were stopped too.
   */
  resume(): void {
    this.clock.resume();
    this.#draw();
  }

  /** Removes the progress line for good (until the next {@link update}, of another pass). */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#clear();
    this.#progress = undefined;
    this.#samples = [];
  }

  #draw(): void {
    if (!this.#bar || !this.#progress) return;
    const rate = this.#rate();
    const line = formatProgress(this.#progress, this.#color, {
      ...(rate && { bytesPerSecond: rate.bytesPerSecond }),
      sinceMs: this.clock.now() - this.#reportedAt,
      settled: rate !== undefined && rate.overMs >= SETTLE_MS,
    });
    // Why asked only before writing: a job starts in the background (`&`) with no line shown, or gets there only
    // through a stop (Ctrl-Z, then `bg`), which takes its line off first; each tick asks again until `fg`.
    if (line === this.#shown || !this.#foreground()) return;
    this.#stream.write(`\r${line}\x1b[K`);
    this.#shown = line;
  }

  /**
   * Bytes a second over the reports in the window, from the last one of the workers' warm-up on (or the first): none
   * before there are two.
   */
  #rate(): { readonly bytesPerSecond: number; readonly overMs: number } | undefined {
    // Why not from the start of the pass: until the first batch is done the workers start, which is no measure of
    // the rest (the first ETA of a 42 s run of wcxb-dev.jsonl read 2:02:31); see WARM_UP_BYTES for what follows.
    const first = this.#samples[0];
    const last = this.#samples[this.#samples.length - 1];
    if (!first || !last || last.elapsedMs <= first.elapsedMs) return undefined;
    const overMs = last.elapsedMs - first.elapsedMs;
    return { bytesPerSecond: ((last.bytes - first.bytes) * 1000) / overMs, overMs };
  }

  #clear(): void {
    if (this.#shown !== undefined) this.#stream.write('\r\x1b[K');
    this.#shown = undefined;
  }
}
