/**
 * Where each character of a text made from a source text came from, kept as runs: a run of characters copied in
 * order is one entry, and so is a replacement's characters, which all map to the start of what they replaced.
 * `at(i)` is the source offset of the text's character `i`, and `at(length)` the source's length.
 *
 * Why runs, not an entry a character: most pages normalize with their offsets unchanged or shifted a few times (609
 * of the 709 WCXB dev innertext pages keep every offset; a page shifts them 1.6 times on average), while a
 * `Uint32Array` of an entry a character took 4 bytes a character of the input, 20 MB of a 5 MB input's 40 MB of heap
 * after normalizing, all held to the end of `clean()`.
 * @example
 * const map = new OffsetMap(); // of 'ab&amp;c' normalized to 'ab&c'
 * map.copy(0, 2); // 'ab'
 * map.repeat(2, 1); // '&', decoded from the entity at 2
 * map.copy(7, 1); // 'c'
 * map.finish(8);
 * map.at(3); // 7
 */
export class OffsetMap {
  /** Where each run starts in the text, ascending. */
  private readonly starts: number[] = [];
  /** The source offset of each run's first character. */
  private readonly sources: number[] = [];
  /** 1 for a run copied character by character, 0 for one whose characters all map to its first's source. */
  private readonly steps: number[] = [];
  /** The text's length so far. */
  length = 0;
  /** The source's length, {@link at} the text's end; set by {@link finish}. */
  private end = 0;

  /** Appends `count` characters copied in order from source offset `from` on. */
  copy(from: number, count: number): void {
    if (count <= 0) return;
    const last = this.starts.length - 1;
    // A run that goes on where the last copied one stopped extends it, so a text copied whole stays one run. A
    // repeated run is never extended: it holds two characters or more ({@link repeat} copies a lone one).
    const continues =
      last >= 0 &&
      this.steps[last] === 1 &&
      (this.sources[last] as number) + this.length - (this.starts[last] as number) === from;
    if (!continues) this.push(from, 1);
    this.length += count;
  }

  /** Appends `count` characters that all map to source offset `at` (one replacement's characters). */
  repeat(at: number, count: number): void {
    if (count === 1) this.copy(at, 1);
    else if (count > 1) {
      this.push(at, 0);
      this.length += count;
    }
  }

  /** Appends the characters `from` to `to` of the text `map` maps, mapped through it to its source. */
  copyThrough(map: OffsetMap, from: number, to: number): void {
    for (let run = map.runAt(from); from < to; run++) {
      const runEnd = Math.min(to, map.starts[run + 1] ?? map.length);
      const source = map.at(from);
      if (map.steps[run] === 1) this.copy(source, runEnd - from);
      else this.repeat(source, runEnd - from);
      from = runEnd;
    }
  }

  /**
   * This map with each source offset mapped on through `map`, the map of this map's source to its own source: the
   * map of two steps made one.
   */
  through(map: OffsetMap): OffsetMap {
    const chained = new OffsetMap();
    for (let run = 0; run < this.starts.length; run++) {
      const start = this.starts[run] as number;
      const count = (this.starts[run + 1] ?? this.length) - start;
      const source = this.sources[run] as number;
      if (this.steps[run] === 1) chained.copyThrough(map, source, source + count);
      else chained.repeat(map.at(source), count);
    }
    chained.finish(map.at(this.end));
    return chained;
  }

  /** Ends the map: `at(length)` is `sourceLength`. */
  finish(sourceLength: number): void {
    this.end = sourceLength;
  }

  /** The source offset of the text's character `i` (0 ≤ i ≤ length). */
  at(i: number): number {
    if (i >= this.length) return this.end;
    const run = this.runAt(i);
    return (this.sources[run] as number) + (this.steps[run] as number) * (i - (this.starts[run] as number));
  }

  /** The map with an entry a character and one for the end, as {@link NormalizedText.origin} gives it. */
  toArray(): Uint32Array {
    const origin = new Uint32Array(this.length + 1);
    for (let run = 0; run < this.starts.length; run++) {
      const start = this.starts[run] as number;
      const end = this.starts[run + 1] ?? this.length;
      const source = this.sources[run] as number;
      const step = this.steps[run] as number;
      for (let i = start; i < end; i++) origin[i] = source + step * (i - start);
    }
    origin[this.length] = this.end;
    return origin;
  }

  private push(source: number, step: number): void {
    this.starts.push(this.length);
    this.sources.push(source);
    this.steps.push(step);
  }

  /** The index of the run that holds character `i` (< length): a binary search. */
  private runAt(i: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.starts[mid] as number) <= i) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
