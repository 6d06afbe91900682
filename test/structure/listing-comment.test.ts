import { describe, expect, it } from 'vitest';
import { isListingComment } from '../../src/structure/listing-comment.js';
import { linesOf } from '../helpers.js';

describe('isListingComment', () => {
  // WCXB 0426 innertext: a shell listing's comments over their commands.
  it('is true for a # line over a command in small letters', () => {
    const kept = linesOf('# Stage the file\n\ngit add notes.md');
    expect(isListingComment(kept, 0)).toBe(true);
  });
  // WCXB 2534 innertext: a config file's comments, one under the other.
  it('is true for # lines next to each other', () => {
    const kept = linesOf('# Trust glue only inside the zone\n\n# Keep the cache warm\n\nThe resolver is ready.');
    expect(isListingComment(kept, 0)).toBe(true);
    expect(isListingComment(kept, 1)).toBe(true);
  });
  it('is false for a # heading over its section', () => {
    const kept = linesOf('# Getting Started\n\nInstall the package first, then import it.');
    expect(isListingComment(kept, 0)).toBe(false);
  });
  it('is false for a # heading over a pipe table, whose head row opens in small letters', () => {
    const kept = linesOf('# Prices\n\n| size | cost |\n|---|---|\n| studio | $465 |');
    expect(isListingComment(kept, 0)).toBe(false);
  });
  it('is false for a deeper heading over a subheading', () => {
    const kept = linesOf('## Setup\n\n## Install\n\nnpm is needed.');
    expect(isListingComment(kept, 0)).toBe(false);
  });
});
