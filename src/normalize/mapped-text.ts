import { OffsetMap } from './offset-map.js';

/** Text made from a source text, with the map of each of its characters back to the source ({@link OffsetMap}). */
export interface MappedText {
  /** The text. */
  readonly text: string;
  /** `offsets.at(i)` is the source offset of `text[i]`; `offsets.at(text.length)` is the source's length. */
  readonly offsets: OffsetMap;
}

/**
 * Builds a {@link MappedText} from a source by replacing spans of it, left to right: what lies between them is
 * copied, and a replacement's characters all map to the start of the span it replaced.
 * @example
 * const built = new MappedTextBuilder('a&amp;b');
 * built.replace(1, 6, '&');
 * built.finish(); // { text: 'a&b', offsets } with offsets.at(2) === 6
 */
export class MappedTextBuilder {
  private readonly source: string;
  private readonly pieces: string[] = [];
  private readonly offsets = new OffsetMap();
  /** Where the source is copied or replaced up to. */
  private done = 0;

  constructor(source: string) {
    this.source = source;
  }

  /** Copies the source up to `start`, then writes `replacement` for its characters `start` to `end`. */
  replace(start: number, end: number, replacement: string): void {
    if (start > this.done) {
      this.pieces.push(this.source.slice(this.done, start));
      this.offsets.copy(this.done, start - this.done);
    }
    this.pieces.push(replacement);
    this.offsets.repeat(start, replacement.length);
    this.done = end;
  }

  /** The text built: the source's rest copied after the last replacement. */
  finish(): MappedText {
    const { source, pieces, offsets, done } = this;
    if (done < source.length) {
      pieces.push(source.slice(done));
      offsets.copy(done, source.length - done);
    }
    offsets.finish(source.length);
    return { text: pieces.length === 1 ? (pieces[0] as string) : pieces.join(''), offsets };
  }
}
