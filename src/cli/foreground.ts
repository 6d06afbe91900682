import { readFileSync } from 'node:fs';

/**
 * Whether this process is in its terminal's foreground: the job at the prompt, not one sent to the background
 * (`dechaff … &` in an interactive shell, or Ctrl-Z then `bg`), which should not draw over what the user is doing.
 * Node has no `tcgetpgrp()`; Linux gives the process group and the terminal's foreground group in
 * `/proc/self/stat`. Where it cannot be told (no `/proc`, as on macOS; no controlling terminal) this says true.
 * @example if (inForeground()) stream.write(line);
 */
export function inForeground(): boolean {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return true;
  }
  return foregroundIn(stat);
}

/**
 * Whether a `/proc/<pid>/stat` line shows its process in the foreground group of its terminal (`pgrp` equal to
 * `tpgid`); true when it has no terminal (`tpgid` -1) or the line cannot be read.
 * @example foregroundIn('42 (node) S 1 42 42 34816 42 …') // true
 */
export function foregroundIn(stat: string): boolean {
  // Why after the last ')': the command name in parentheses may hold spaces and parentheses itself.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const group = Number(fields[2]);
  const foreground = Number(fields[5]);
  return !(foreground > 0 && group > 0) || group === foreground;
}
