/**
 * Every internal link and #anchor of the built site resolves (scripts/check-links.ts): pages,
 * assets, feeds, and canonical URLs on the site's own origin.
 */
import { describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblems, readSiteUrl } from '../../scripts/check-links.ts';
import { builtSite } from './sites.ts';

describe('links in dist/', () => {
  it('every internal href and src resolves to a file, and every #fragment to an id', () => {
    const site = builtSite('main');
    const report = checkLinks(site.dist, { siteUrl: readSiteUrl(site.content) });
    expect(report.pages).toBeGreaterThan(0);
    expect(report.links).toBeGreaterThan(report.pages);
    expect(report.problems, formatLinkProblems(report.problems)).toEqual([]);
  });
});
