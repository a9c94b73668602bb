/**
 * Search in Chromium against the built site and its Pagefind index, under the site's real
 * Content Security Policy: words and official references find the right instruments first,
 * facets narrow to exactly what the content says, results lead to permalinks, the query lives
 * in the URL, and Pagefind loads only once the reader searches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launch, openPage, seriousViolations } from './browser.ts';
import { readEntries } from './content.ts';
import { ROOT } from './global-setup.ts';
import { serve, type Served } from './server.ts';

let browser: Browser;
let site: Served;
const entries = readEntries();
const instruments = [...new Set(entries.map((e) => e.instrument.id))];

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Watched {
  page: Page;
  /** Requests for Pagefind's files. */
  pagefind: string[];
  violations: () => Promise<string[]>;
}

/** A page with the site's real CSP enforced, recording Pagefind requests and CSP violations. */
async function openWatched(options = {}): Promise<Watched> {
  const page = await openPage(browser, { bypassCSP: false, ...options });
  const pagefind: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/')) pagefind.push(path);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return {
    page,
    pagefind,
    violations: () =>
      page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

/** Waits for the search to settle and returns every result's link, loading all pages of results. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    /result|Nothing found/.test(document.querySelector('[data-status]')?.textContent ?? ''),
  );
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.search__result').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.search__result').length > n,
      before,
    );
  }
  return page
    .locator('.search__result .search__title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

async function search(query: string): Promise<{ links: string[]; watched: Watched }> {
  const watched = await openWatched();
  await watched.page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  const links = await results(watched.page);
  return { links, watched };
}

describe('finding instruments and milestones', () => {
  it('finds the Interim Regulation first for "2021/1232"', async () => {
    const { links, watched } = await search('2021/1232');
    expect(links[0]).toMatch(/^\/instruments\/interim-regulation\//);
    expect(await watched.violations()).toEqual([]);
  });

  it('finds the CSA Regulation first for "EU Centre"', async () => {
    const { links } = await search('EU Centre');
    expect(links[0]).toMatch(/^\/instruments\/csa-regulation\//);
  });

  it('finds the CSA Regulation first for "COM(2022) 209", its proposal among the results', async () => {
    const { links } = await search('COM(2022) 209');
    expect(links[0]).toMatch(/^\/instruments\/csa-regulation\//);
    expect(links).toContain('/instruments/csa-regulation/proposal/');
  });

  it('finds every milestone with "trilogue" in its title, each at its permalink', async () => {
    const { links, watched } = await search('trilogue');
    const titled = entries.filter((e) => /trilogue/i.test(e.milestone.title)).map((e) => e.url);
    expect(titled.length).toBeGreaterThan(1);
    for (const url of titled) expect(links).toContain(url);
    const permalinks = new Set([
      ...entries.map((e) => e.url),
      ...instruments.map((id) => `/instruments/${id}/`),
    ]);
    for (const link of links) expect(permalinks.has(link), link).toBe(true);
    // A result leads to the milestone's page.
    const first = watched.page.locator('.search__result .search__title a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await watched.page.waitForURL(`${site.url}${href}`);
    await expect(watched.page.locator('h1').count()).resolves.toBe(1);
  });

  it('marks results below official in words', async () => {
    const { watched } = await search('reported');
    const badges = await watched.page.locator('.search__result .badge').allInnerTexts();
    expect(badges).toContain('Unconfirmed');
  });

  it('says so when nothing is found', async () => {
    // Not a word starting with "x": Pagefind matched "xylophonequartz" to the DSA's pages, which name the platform X.
    const { links, watched } = await search('qwxzvbnm');
    expect(links).toEqual([]);
    await expect(watched.page.locator('[data-status]').innerText()).resolves.toContain(
      'Nothing found',
    );
  });

  it('indexes every instrument and milestone page in English, and in French or German once translated', () => {
    const entry = JSON.parse(
      readFileSync(join(ROOT, 'dist/pagefind/pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    // One index per language, from <html lang>: English (en-GB), French, German. A page joins
    // the French or German index once its title is translated (src/i18n/README.md, "Search").
    expect(entry.languages['en-gb']?.page_count).toBe(entries.length + instruments.length);
    for (const lang of ['fr', 'de'] as const) {
      const named = new Set(
        entries
          .filter((e) => e.instrument.translations?.[lang]?.shortTitle)
          .map((e) => e.instrument.id),
      );
      const translated =
        named.size +
        entries.filter((e) => named.has(e.instrument.id) && e.milestone.translations?.[lang]?.title)
          .length;
      expect(entry.languages[lang]?.page_count ?? 0, lang).toBe(translated);
    }
  });
});

describe('facets', () => {
  const cases: [string, string, string[]][] = [
    [
      'stage',
      'In trilogue',
      entries.filter((e) => e.milestone.stage === 'trilogue').map((e) => e.url),
    ],
    ['year', '2024', entries.filter((e) => e.milestone.date.startsWith('2024')).map((e) => e.url)],
    [
      'confidence',
      'Unconfirmed',
      entries.filter((e) => e.milestone.confidence === 'unverified').map((e) => e.url),
    ],
    // The instrument's own page is in that instrument too.
    [
      'instrument',
      'CSA Regulation',
      [
        ...entries.filter((e) => e.instrument.id === 'csa-regulation').map((e) => e.url),
        '/instruments/csa-regulation/',
      ],
    ],
  ];
  for (const [facet, value, expected] of cases) {
    it(`${facet} "${value}" narrows to exactly those, and the URL keeps it`, async () => {
      expect(expected.length).toBeGreaterThan(0);
      const { page } = await openWatched();
      await page.goto(`${site.url}/search/`);
      await page.locator(`select[data-facet="${facet}"]`).selectOption(value);
      await page.waitForURL(new RegExp(`[?&]${facet}=`));
      expect((await results(page)).sort()).toEqual([...expected].sort());
      // The link reopens the same search; back returns to the empty one.
      const again = await openWatched();
      await again.page.goto(page.url());
      expect((await results(again.page)).sort()).toEqual([...expected].sort());
      await page.goBack();
      await expect(page.locator('.search__result').count()).resolves.toBe(0);
    });
  }

  it('combine with words', async () => {
    const { page } = await openWatched();
    await page.goto(`${site.url}/search/?q=trilogue&confidence=Unconfirmed`);
    const links = await results(page);
    expect(links.length).toBeGreaterThan(0);
    const unconfirmed = new Set(
      entries.filter((e) => e.milestone.confidence === 'unverified').map((e) => e.url),
    );
    for (const link of links) expect(unconfirmed.has(link), link).toBe(true);
  });
});

describe('loading and the header search box', () => {
  it('loads nothing of Pagefind on other pages, nor on the search page before a search', async () => {
    const watched = await openWatched();
    for (const path of ['/', '/timeline/', '/instruments/dsa/', '/instruments/dsa/proposal/'])
      await watched.page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    await watched.page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
    expect(watched.pagefind).toEqual([]);
    await watched.page.locator('#pt-search-input').fill('trilogue');
    await results(watched.page);
    expect(watched.pagefind).toContain('/pagefind/pagefind.js');
    expect(await watched.violations()).toEqual([]);
  });

  it('sends the header box’s words to the search page (a plain form)', async () => {
    const watched = await openWatched();
    await watched.page.goto(`${site.url}/timeline/`);
    await watched.page.getByRole('searchbox', { name: 'Search the site' }).fill('EU Centre');
    await watched.page.keyboard.press('Enter');
    await watched.page.waitForURL(/\/search\/\?q=EU\+Centre$/);
    await expect(watched.page.locator('#pt-search-input').inputValue()).resolves.toBe('EU Centre');
    expect((await results(watched.page))[0]).toMatch(/^\/instruments\/csa-regulation\//);
  });

  it('without JavaScript, the header box still reaches the search page, which says what to do instead', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('trilogue');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=trilogue$/);
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Search runs in your browser and needs JavaScript',
    );
    await expect(
      page.getByRole('link', { name: 'Timeline' }).last().getAttribute('href'),
    ).resolves.toBe('/timeline/');
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious violations, with results shown (${scheme})`, async () => {
      const page = await openPage(browser, { colorScheme: scheme });
      await page.goto(`${site.url}/search/`);
      let violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.goto(`${site.url}/search/?q=trilogue`);
      await results(page);
      violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }
});
