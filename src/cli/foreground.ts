import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Where there is no `/proc`, `ps` is asked at most this often (milliseconds): it starts a process each time. */
const ASK_PS_EVERY_MS = 1000;

/** Where {@link foregroundCheck} learns this process's group and its terminal's foreground group. */
export interface GroupSources {
  /** This process's `/proc/self/stat` line; undefined where there is no `/proc` (macOS, the BSDs). */
  readonly stat: () => string | undefined;
  /** Asks `ps` for this process's group and its terminal's foreground group; `answer` gets its output, or undefined. */
  readonly ps: (answer: (output: string | undefined) => void) => void;
}

/** This process's `/proc/self/stat`, and the system's `ps`. */
export const SYSTEM_GROUP_SOURCES: GroupSources = {
  stat: () => {
    try {
      return readFileSync('/proc/self/stat', 'utf8');
    } catch {
      return undefined;
    }
  },
  ps: (answer) => {
    // Why two -o: POSIX reads a header after '=' to the end of its argument, so 'pgid=,tpgid=' is one column.
    const args = ['-o', 'pgid=', '-o', 'tpgid=', '-p', String(process.pid)];
    execFile('ps', args, { timeout: 2000 }, (error, stdout) => answer(error ? undefined : stdout));
  },
};

/**
 * A check of whether this process is in its terminal's foreground: the job at the prompt, not one sent to the
 * background (`dechaff … &` in an interactive shell, or Ctrl-Z then `bg`), which should not draw over what the user
 * is doing. Node has no `tcgetpgrp()`. On Linux each check reads `/proc/self/stat`; where there is no `/proc`, it
 * asks `ps` in the background, at most once a second, and says false until `ps` has answered, and for good when
 * `ps` cannot answer: what cannot be told is not drawn.
 * @example const foreground = foregroundCheck(); if (foreground()) stream.write(line);
 */
export function foregroundCheck(sources: GroupSources = SYSTEM_GROUP_SOURCES): () => boolean {
  if (sources.stat() !== undefined) {
    return () => {
      const stat = sources.stat();
      return stat !== undefined && foregroundIn(stat);
    };
  }
  let answer = false;
  let askedAt = Number.NEGATIVE_INFINITY;
  let asking = false;
  let psAnswers = true;
  return () => {
    const now = performance.now();
    if (psAnswers && !asking && now - askedAt >= ASK_PS_EVERY_MS) {
      asking = true;
      askedAt = now;
      sources.ps((output) => {
        asking = false;
        const groups = output?.trim().split(/\s+/).map(Number) ?? [];
        psAnswers = groups.length === 2 && groups.every(Number.isInteger);
        answer = psAnswers && inForegroundGroup(groups[0] ?? 0, groups[1] ?? 0);
      });
    }
    return answer;
  };
}

/**
 * Whether a `/proc/<pid>/stat` line shows its process in the foreground group of its terminal (`pgrp` equal to
 * `tpgid`); true when it has no terminal (`tpgid` -1) or the line cannot be read.
 * @example foregroundIn('42 (node) S 1 42 42 34816 42 …') // true
 */
export function foregroundIn(stat: string): boolean {
  // Why after the last ')': the command name in parentheses may hold spaces and parentheses itself.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return inForegroundGroup(Number(fields[2]), Number(fields[5]));
}

/** A process of `group` is in the foreground of its terminal, whose foreground group is `foreground`, or has none. */
const inForegroundGroup = (group: number, foreground: number): boolean =>
  !(foreground > 0 && group > 0) || group === foreground;
