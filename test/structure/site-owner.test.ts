import { describe, expect, it } from 'vitest';
import { siteOwner } from '../../src/structure/site-owner.js';
import { cpuMs } from '../cpu-time.js';
import { linesOf } from '../helpers.js';

const POST = 'Go ahead, self-host Postgres\nI have run my own database for years, and it has been fine.';

describe('siteOwner', () => {
  it('reads the name heading a personal site that the host spells (WCXB 0436, 0437, 2498)', () => {
    expect(siteOwner(linesOf(`Pierce Freeman//\nAbout Notes\n${POST}`), 'pierce')).toBe('Pierce Freeman');
    expect(siteOwner(linesOf(` Cory Dransfeldt\nFeeds\n${POST}`), 'coryd')).toBe('Cory Dransfeldt');
    expect(siteOwner(linesOf(`Christoffer Artmann\nPosts\n${POST}`), 'artmann')).toBe('Christoffer Artmann');
  });
  it('reads the name in capitals, as html-to-text writes the header’s heading (WCXB 0437, 0493 html-to-text)', () => {
    expect(siteOwner(linesOf(`CORY DRANSFELDT\nFeeds\n${POST}`), 'coryd')).toBe('CORY DRANSFELDT');
  });
  it('leaves a header the host does not spell, or spells whole as a brand', () => {
    expect(siteOwner(linesOf(`Pierce Freeman\nAbout\n${POST}`), 'postgresnotes')).toBeNull();
    expect(siteOwner(linesOf(`Fox News\nWorld\n${POST}`), 'foxnews')).toBeNull();
  });
  it('leaves a company’s name: an acronym, capitals only, or a word the page writes in lower case', () => {
    expect(siteOwner(linesOf(`Easy LMS\nFeatures\n${POST}`), 'easy-lms')).toBeNull();
    expect(siteOwner(linesOf(`Easy LMS\nFeatures\n${POST}`), 'easy')).toBeNull();
    expect(siteOwner(linesOf(`MONGODB EVENTS\nJoin the events near you.\n${POST}`), 'mongodb')).toBeNull();
  });
  it('leaves a header in capitals whose word the page writes with a capital inside, a brand (WCXB 0444)', () => {
    expect(
      siteOwner(linesOf(`MONGODB EVENT\nMongoDB.local SF, Jan 15: See the speakers\n${POST}`), 'mongodb'),
    ).toBeNull();
    expect(siteOwner(linesOf(`HAPPILY CONNECTED\nVenues\n${POST}`), 'happilyconnected')).toBeNull();
    expect(siteOwner(linesOf(`Kneib Dentistry\nBook a visit\nFamily dentistry in town.`), 'kneibdentistry')).toBeNull();
  });
  it('reads the holder of a footer notice that the host spells whole, when the header names no one (WCXB 0414, 0494)', () => {
    expect(siteOwner(linesOf(`Notes\n${POST}\n© 2025 Jane Marlow. All rights reserved.`), 'janemarlow')).toBe(
      'Jane Marlow',
    );
    expect(siteOwner(linesOf(`Notes\n${POST}\nCopyright Jane Marlow 2014-2025. CC BY 4.0.`), 'blogjanemarlow')).toBe(
      'Jane Marlow',
    );
    expect(siteOwner(linesOf(`Notes\n${POST}\n© Copyright 2012-2025 Jane Marlow`), 'janemarlow')).toBe('Jane Marlow');
  });
  it('reads the holder when only the header, a logo, writes the name in lower case (WCXB 0419 innertext)', () => {
    expect(
      siteOwner(linesOf(`jane/marlow\nNotes\n${POST}\n© 2025 Jane Marlow. All rights reserved.`), 'janemarlow'),
    ).toBe('Jane Marlow');
    // Below the header the page's lower case still tells a common word.
    expect(
      siteOwner(linesOf(`jane/marlow\nNotes\n${POST} A marlow is a kind of boat.\n© 2025 Jane Marlow.`), 'janemarlow'),
    ).toBeNull();
  });
  it('leaves a notice with a legal form or a word the host leaves out, or one after an address (WCXB 0027)', () => {
    expect(
      siteOwner(linesOf(`Notes\n${POST}\n© 2025 Flatland Widgets Inc. All rights reserved.`), 'flatlandwidgets'),
    ).toBeNull();
    expect(siteOwner(linesOf(`Notes\n${POST}\n© 2025 Jane Marlow Studio`), 'janemarlow')).toBeNull();
    expect(
      siteOwner(linesOf(`Notes\n${POST}\n12 Elm Road, Springfield | © 2025 Jane Marlow.`), 'janemarlow'),
    ).toBeNull();
    expect(siteOwner(linesOf(`Notes\n${POST}\n© 2025 Jane Marlow.`), 'marlowdesign')).toBeNull();
  });
  it('leaves a notice whose words the page writes in lower case, a brand', () => {
    expect(siteOwner(linesOf(`Notes\n${POST} Read our notes daily.\n© 2025 Daily Notes.`), 'dailynotes')).toBeNull();
  });
  it('leaves a name glued to the menu after it', () => {
    expect(siteOwner(linesOf(`Sam Bossleythoughtsstreamsportfoliomiscrecs\n${POST}`), 'sambossley')).toBeNull();
  });
  // why: a run of marks inside the header ("Pierce" + 40k combining accents + " Freeman") made the trim of its
  // edges try every start in the run, each to the run's end: 14 s of CPU, where the rest of the page took 20 ms.
  it('reads a header with a long run of marks inside it in linear time', () => {
    const header = `Pierce${'\u0301'.repeat(40_000)} Freeman`;
    const lines = linesOf(`${header}\n${POST}`);
    const started = cpuMs();
    expect(siteOwner(lines, 'pierce')).toBeNull();
    expect(cpuMs() - started).toBeLessThan(500);
  });
});
