/**
 * A count with its noun, singular for exactly one.
 * @example counted(1, 'record') // '1 record'
 * @example counted(1200, 'record') // '1,200 records'
 */
export function counted(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : `${noun}s`}`;
}

const UNITS = [
  { unit: 'GB', size: 1e9 },
  { unit: 'MB', size: 1e6 },
  { unit: 'KB', size: 1e3 },
] as const;

/**
 * A byte size in the largest decimal unit (KB, MB, GB) that shows at least 1.0, to one decimal; below that,
 * whole bytes. Decimal units, as the progress line's rate has always been measured.
 * @example formatBytes(512) // '512 B'
 * @example formatBytes(48_300) // '48.3 KB'
 * @example formatBytes(2.5e6) // '2.5 MB'
 */
export function formatBytes(bytes: number): string {
  // Why rounded first: 999,960 bytes is "1.0 MB", not "1000.0 KB".
  for (const { unit, size } of UNITS) {
    const shown = (bytes / size).toFixed(1);
    if (Number(shown) >= 1) return `${shown} ${unit}`;
  }
  return `${Math.round(bytes)} B`;
}

/**
 * A duration in seconds to one decimal, or in whole milliseconds under a tenth of a second (where seconds would
 * read `0.0 s`).
 * @example formatDuration(12.34) // '12.3 s'
 * @example formatDuration(0.042) // '42 ms'
 */
export function formatDuration(seconds: number): string {
  return seconds < 0.095 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(1)} s`;
}
