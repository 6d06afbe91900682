import { describe, expect, it } from 'vitest';
import { clean, InvalidOptionError, learnProfile, type SiteProfile } from '../../src/index.js';
import { random, sentence, siteChrome, sitePage, sitePages } from '../synthetic-site.js';

const profile = learnProfile(sitePages(20, 100));
const page = sitePage(7);
const removedWith = (p: SiteProfile, text = page, extra = {}) =>
  clean(text, { profile: p, ...extra }).removed.filter((r) => r.kind === 'site-repeat');

describe('clean() with a site profile', () => {
  it('removes the chrome the site repeats on its pages, which the page alone keeps', () => {
    const alone = clean(page);
    expect(alone.text).toContain('readers are following this story');
    const removed = removedWith(profile);
    expect(removed.map((r) => r.text)).toEqual(siteChrome(7));
    expect(removed[0]?.reason).toBe('on 20 of 20 pages of this site');
  });

  it('matches lines that differ only in their numbers', () => {
    expect(removedWith(profile, sitePage(55)).map((r) => r.text)).toContain('55 readers are following this story');
  });

  it('keeps everything else of the article', () => {
    const alone = clean(page);
    const withProfile = clean(page, { profile });
    expect(withProfile.title).toBe(alone.title);
    expect(withProfile.blocks).toEqual(alone.blocks.filter((b) => !('text' in b) || !siteChrome(7).includes(b.text)));
  });

  it("keeps the page's headline, though the site's other pages link it", () => {
    // why: multisite-dev foxnews 2005, 2013 — a story's headline in the "most read" box of the pages crawled with it.
    const headline = clean(page).title as string;
    const linking = learnProfile(sitePages(20, 100).map((p, i) => (i < 8 ? `${p}\n\nMost read\n\n${headline}` : p)));
    const withProfile = clean(page, { profile: linking });
    expect(withProfile.title).toBe(headline);
    expect(withProfile.removed.map((r) => r.text)).not.toContain(headline);
  });

  it('reads the body as the page alone gives it: a repeated label still cuts what follows it', () => {
    // why: multisite-dev arstechnica 2005-intel-1 — "« Prev" over the older story's headline closes every post.
    const older = (seed: number) => `[${sentence(random(seed), 7).slice(0, -1)}...]`;
    const closing = (p: string, seed: number) => p.replace('\n\nAbout us', `\n\n« Prev\n\n${older(seed)}\n\nAbout us`);
    const text = closing(page, 1);
    const profile = learnProfile(sitePages(20, 100).map((p, i) => closing(p, i + 2)));
    expect(clean(text).text).not.toContain(older(1));
    expect(clean(text, { profile }).text).not.toContain(older(1));
  });

  it('reports offsets into the input', () => {
    for (const r of removedWith(profile)) expect(page.slice(r.start, r.end)).toBe(r.text);
  });

  it('keeps a line on fewer pages than minPages, or on a smaller share than minShare', () => {
    const rare = 'Correction appended to this story today';
    const pages = sitePages(20, 100).map((p, i) => (i < 4 ? `${p}\n\n${rare}` : p));
    const text = sitePage(7, [rare]);
    expect(removedWith(learnProfile(pages), text).map((r) => r.text)).not.toContain(rare);
    const share = removedWith(learnProfile(pages), text, { profileThresholds: { minPages: 2, minShare: 0.25 } });
    expect(share.map((r) => r.text)).not.toContain(rare);
    const loose = removedWith(learnProfile(pages), text, { profileThresholds: { minPages: 2, minShare: 0.2 } });
    expect(loose.map((r) => r.text)).toContain(rare);
  });

  it('needs an overwhelming share to remove a line the page alone reads as body prose', () => {
    const prose = sentence(random(3), 30);
    const on = (n: number) => learnProfile(sitePages(20, 100).map((p, i) => (i < n ? `${p}\n\n${prose}` : p)));
    const text = sitePage(7, [prose]);
    expect(removedWith(on(16), text).map((r) => r.text)).not.toContain(prose);
    expect(removedWith(on(18), text).map((r) => r.text)).toContain(prose);
  });

  it('learns nothing from a small profile', () => {
    expect(removedWith(learnProfile(sitePages(4, 100)))).toEqual([]);
  });

  it('keeps site repeats when asked to', () => {
    expect(removedWith(profile, page, { keep: { 'site-repeat': true } })).toEqual([]);
  });

  it('gives the same result whatever else was cleaned before', () => {
    const first = clean(page, { profile });
    clean(sitePage(8), { profile });
    expect(clean(page, { profile })).toEqual(first);
  });

  it('rejects a profile of another version and out-of-range thresholds', () => {
    const bad = { version: 2, pages: 1, lines: {} } as unknown as SiteProfile;
    expect(() => clean(page, { profile: bad })).toThrow(InvalidOptionError);
    expect(() => clean(page, { profile, profileThresholds: { minPages: 1.5 } })).toThrow(/minPages/);
    expect(() => clean(page, { profile, profileThresholds: { minShare: -0.1 } })).toThrow(/minShare/);
  });
});
