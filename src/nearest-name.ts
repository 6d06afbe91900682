/**
 * The name among `names` that `typed` most likely meant, or undefined when none is near, capitals aside: the one
 * that differs only in case, the one that `typed` is the start of (at least three letters, and of that one alone),
 * or the nearest by edit distance (a letter added, dropped, changed or two swapped) within one edit for a name of up
 * to four letters and two for a longer one.
 * @example nearestName('jsnol', ['jsonl', 'field']) // 'jsonl'
 */
export function nearestName(typed: string, names: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  const sameCase = names.find((name) => name.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  const starts = names.filter((name) => name.toLowerCase().startsWith(lower));
  if (lower.length >= 3 && starts.length === 1) return starts[0];
  const most = lower.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = most + 1;
  for (const name of names) {
    // Why: the distance is at least the difference in length, and a 1 MB option name took 0.7 s to compare.
    if (Math.abs(lower.length - name.length) > most) continue;
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours, each one. */
function editDistance(a: string, b: string): number {
  // Rows i-2, i-1 and i of the table, over b's length + 1 columns.
  let before = new Array<number>(b.length + 1).fill(0);
  let above = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      row.push(d);
    }
    [before, above] = [above, row];
  }
  return above[b.length] as number;
}
