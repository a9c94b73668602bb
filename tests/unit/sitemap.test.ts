import { describe, expect, it } from 'vitest';
import { includeInSitemap } from '../../src/lib/sitemap.ts';

describe('includeInSitemap', () => {
  it('keeps the pages', () => {
    for (const path of ['/', '/about/', '/data/', '/instruments/dsa/', '/deadlines/'])
      expect(includeInSitemap(`https://beacon.example.org${path}`), path).toBe(true);
  });

  it('leaves out the embed section, its builder page included', () => {
    for (const path of [
      '/embed/',
      '/embed/countdown/dsa/general-application/',
      '/embed/status/dsa/',
    ])
      expect(includeInSitemap(`https://beacon.example.org${path}`), path).toBe(false);
  });

  it('leaves out the web editor', () => {
    for (const path of ['/admin/', '/admin'])
      expect(includeInSitemap(`https://beacon.example.org${path}`), path).toBe(false);
    expect(includeInSitemap('https://beacon.example.org/administration/')).toBe(true);
  });

  it('keeps a page whose name only starts like "embed"', () => {
    expect(includeInSitemap('https://beacon.example.org/embedding-guide/')).toBe(true);
  });

  it('leaves out files: calendars, feeds, data', () => {
    for (const path of [
      '/calendar.ics',
      '/feed.xml',
      '/data/milestones.csv',
      '/robots.txt',
      '/instruments/dsa/calendar.ics',
    ])
      expect(includeInSitemap(`https://beacon.example.org${path}`), path).toBe(false);
  });
});
