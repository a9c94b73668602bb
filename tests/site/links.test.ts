/**
 * Every internal link and #anchor of the built site resolves (scripts/check-links.ts): pages,
 * assets, feeds, and canonical URLs on the site's own origin.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirectory } from '../../src/integrations/content-files.ts';
import { checkLinks, formatLinkProblems, readSiteUrl } from '../../scripts/check-links.ts';
import { ROOT } from './global-setup.ts';

describe('links in dist/', () => {
  it('every internal href and src resolves to a file, and every #fragment to an id', () => {
    const report = checkLinks(join(ROOT, 'dist'), { siteUrl: readSiteUrl(contentDirectory(ROOT)) });
    expect(report.pages).toBeGreaterThan(0);
    expect(report.links).toBeGreaterThan(report.pages);
    expect(report.problems, formatLinkProblems(report.problems)).toEqual([]);
  });
});
