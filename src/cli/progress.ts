import { counted, formatBytes } from './amounts.js';
import { paint } from './color.js';

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
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

/**
 * One line of progress: records, bytes a second, and with a known total a bar, the percentage and the ETA.
 * @example formatProgress({ label: 'cleaning', records: 1200, bytes: 5e6, totalBytes: 1e7, elapsedMs: 2000 }, false)
 * // 'cleaning [############............]  50%  1,200 records  2.5 MB/s  ETA 0:02'
 */
export function formatProgress(p: Progress, color: boolean): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.bytes / seconds : 0;
  const parts = [counted(p.records, 'record'), `${formatBytes(rate)}/s`];
  if (p.totalBytes === undefined || p.totalBytes === 0) return `${p.label}  ${parts.join('  ')}`;
  const done = Math.min(1, p.bytes / p.totalBytes);
  const filled = Math.round(done * BAR_WIDTH);
  const bar = `[${paint('#'.repeat(filled), 'cyan', color)}${'.'.repeat(BAR_WIDTH - filled)}]`;
  const eta = rate > 0 ? clock((p.totalBytes - p.bytes) / rate) : '?';
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
 * terminal and without `--quiet`, so logs and pipes get the messages alone.
 */
export class StatusLine {
  readonly #stream: NodeJS.WritableStream;
  readonly #bar: boolean;
  readonly #color: boolean;
  #progress: Progress | undefined;
  #drawn = false;
  #timer: NodeJS.Timeout | undefined;

  constructor(stream: NodeJS.WritableStream, options: { readonly bar: boolean; readonly color: boolean }) {
    this.#stream = stream;
    this.#bar = options.bar;
    this.#color = options.color;
  }

  /** Whether messages may be colored. */
  get color(): boolean {
    return this.#color;
  }

  /** Writes a line of text above the progress line. */
  message(text: string): void {
    this.#clear();
    this.#stream.write(`${text}\n`);
    this.#draw();
  }

  /** Records the latest progress; the line is redrawn at most ten times a second. */
  update(progress: Progress): void {
    if (!this.#bar) return;
    this.#progress = progress;
    if (!this.#timer) {
      this.#draw();
      this.#timer = setInterval(() => this.#draw(), REDRAW_MS);
      this.#timer.unref();
    }
  }

  /** Removes the progress line for good. */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#clear();
    this.#progress = undefined;
  }

  #draw(): void {
    if (!this.#bar || !this.#progress) return;
    this.#stream.write(`\r${formatProgress(this.#progress, this.#color)}\x1b[K`);
    this.#drawn = true;
  }

  #clear(): void {
    if (this.#drawn) this.#stream.write('\r\x1b[K');
    this.#drawn = false;
  }
}
