import { describe, expect, it } from 'vitest';
import { includeInSitemap, withAlternates } from '../../src/lib/sitemap.ts';

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

  it('leaves out the "not found" page in every language', () => {
    for (const path of ['/404/', '/fr/404/', '/de/404/', '/500/'])
      expect(includeInSitemap(`https://beacon.example.org${path}`), path).toBe(false);
    expect(includeInSitemap('https://beacon.example.org/instruments/404/')).toBe(true);
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

describe('withAlternates', () => {
  const site = 'https://beacon.example.org';
  it('lists the page in every language and English as x-default, from any of its versions', () => {
    for (const url of [`${site}/instruments/dsa/`, `${site}/de/instruments/dsa/`])
      expect(withAlternates({ url, priority: 0.5 }), url).toEqual({
        url,
        priority: 0.5,
        links: [
          { lang: 'en', url: `${site}/instruments/dsa/` },
          { lang: 'fr', url: `${site}/fr/instruments/dsa/` },
          { lang: 'de', url: `${site}/de/instruments/dsa/` },
          { lang: 'x-default', url: `${site}/instruments/dsa/` },
        ],
      });
  });

  it('moves the home page too', () => {
    expect(withAlternates({ url: `${site}/fr/` }).links?.map((l) => l.url)).toEqual([
      `${site}/`,
      `${site}/fr/`,
      `${site}/de/`,
      `${site}/`,
    ]);
  });
});
