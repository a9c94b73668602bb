/**
 * Search in Chromium against the built site and its Pagefind index, under the site's real
 * Content Security Policy: words and official references find the right instruments first,
 * facets narrow to exactly what the content says, results lead to permalinks, the query lives
 * in the URL, and Pagefind loads only once the reader searches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './axe.ts';
import { readEntries } from './content.ts';
import { describe, expect, type PageOptions } from './fixtures.ts';
import { test } from './site-url.ts';
import { collapse, languagesOf } from './languages.ts';
import { byName, readPage } from './parsed.ts';
import { builtSite } from './sites.ts';

const main = builtSite('main');
const entries = readEntries(main.content);
const instruments = [...new Set(entries.map((e) => e.instrument.id))];
type NewPage = (options?: PageOptions) => Promise<Page>;

interface Watched {
  page: Page;
  /** Requests for Pagefind's files. */
  pagefind: string[];
  violations: () => Promise<string[]>;
}

/** A page with the site's real CSP enforced, recording Pagefind requests and CSP violations. */
async function openWatched(newPage: NewPage, options: PageOptions = {}): Promise<Watched> {
  const page = await newPage(options);
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

async function search(
  url: string,
  newPage: NewPage,
  query: string,
): Promise<{ links: string[]; watched: Watched }> {
  const watched = await openWatched(newPage);
  await watched.page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  const links = await results(watched.page);
  return { links, watched };
}

describe('finding instruments and milestones', () => {
  test('finds the Interim Regulation first for "2021/1232"', async ({ url, newPage }) => {
    const { links, watched } = await search(url, newPage, '2021/1232');
    expect(links[0]).toMatch(/^\/instruments\/interim-regulation\//);
    expect(await watched.violations()).toEqual([]);
  });

  test('finds the CSA Regulation first for "EU Centre"', async ({ url, newPage }) => {
    const { links } = await search(url, newPage, 'EU Centre');
    expect(links[0]).toMatch(/^\/instruments\/csa-regulation\//);
  });

  test('finds the CSA Regulation first for "COM(2022) 209", its proposal among the results', async ({
    url,
    newPage,
  }) => {
    const { links } = await search(url, newPage, 'COM(2022) 209');
    expect(links[0]).toMatch(/^\/instruments\/csa-regulation\//);
    expect(links).toContain('/instruments/csa-regulation/proposal/');
  });

  test('finds every milestone with "trilogue" in its title, each at its permalink', async ({
    url,
    newPage,
  }) => {
    const { links, watched } = await search(url, newPage, 'trilogue');
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
    await watched.page.waitForURL(`${url}${href}`);
    await expect(watched.page.locator('h1').count()).resolves.toBe(1);
  });

  test('marks results below official in words', async ({ url, newPage }) => {
    const { watched } = await search(url, newPage, 'reported');
    const badges = await watched.page.locator('.search__result .badge').allInnerTexts();
    expect(badges).toContain('Unconfirmed');
  });

  test('says so when nothing is found', async ({ url, newPage }) => {
    // Not a word starting with "x": Pagefind matched "xylophonequartz" to the DSA's pages, which name the platform X.
    const { links, watched } = await search(url, newPage, 'qwxzvbnm');
    expect(links).toEqual([]);
    await expect(watched.page.locator('[data-status]').innerText()).resolves.toContain(
      'Nothing found',
    );
  });

  test('indexes every instrument and milestone page in English, and in French or German once translated', () => {
    const entry = JSON.parse(
      readFileSync(join(main.dist, 'pagefind/pagefind-entry.json'), 'utf8'),
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
    test(`${facet} "${value}" narrows to exactly those, and the URL keeps it`, async ({
      url,
      newPage,
    }) => {
      expect(expected.length).toBeGreaterThan(0);
      const { page } = await openWatched(newPage);
      await page.goto(`${url}/search/`);
      await page.locator(`select[data-facet="${facet}"]`).selectOption(value);
      await page.waitForURL(new RegExp(`[?&]${facet}=`));
      expect((await results(page)).sort()).toEqual([...expected].sort());
      // The link reopens the same search; back returns to the empty one.
      const again = await openWatched(newPage);
      await again.page.goto(page.url());
      expect((await results(again.page)).sort()).toEqual([...expected].sort());
      await page.goBack();
      await expect(page.locator('.search__result').count()).resolves.toBe(0);
    });
  }

  test('combine with words', async ({ url, newPage }) => {
    const { page } = await openWatched(newPage);
    await page.goto(`${url}/search/?q=trilogue&confidence=Unconfirmed`);
    const links = await results(page);
    expect(links.length).toBeGreaterThan(0);
    const unconfirmed = new Set(
      entries.filter((e) => e.milestone.confidence === 'unverified').map((e) => e.url),
    );
    for (const link of links) expect(unconfirmed.has(link), link).toBe(true);
  });
});

describe('loading and the header search box', () => {
  test('loads nothing of Pagefind on other pages, nor on the search page before a search', async ({
    url,
    newPage,
  }) => {
    const watched = await openWatched(newPage);
    for (const path of ['/', '/timeline/', '/instruments/dsa/', '/instruments/dsa/proposal/'])
      await watched.page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
    await watched.page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
    expect(watched.pagefind).toEqual([]);
    await watched.page.locator('#pt-search-input').fill('trilogue');
    await results(watched.page);
    expect(watched.pagefind).toContain('/pagefind/pagefind.js');
    expect(await watched.violations()).toEqual([]);
  });

  test('sends the header box’s words to the search page (a plain form)', async ({
    url,
    newPage,
  }) => {
    const watched = await openWatched(newPage);
    await watched.page.goto(`${url}/timeline/`);
    await watched.page.getByRole('searchbox', { name: 'Search the site' }).fill('EU Centre');
    await watched.page.keyboard.press('Enter');
    await watched.page.waitForURL(/\/search\/\?q=EU\+Centre$/);
    await expect(watched.page.locator('#pt-search-input').inputValue()).resolves.toBe('EU Centre');
    expect((await results(watched.page))[0]).toMatch(/^\/instruments\/csa-regulation\//);
  });

  for (const { lang, t, path } of languagesOf(main.content))
    test(`without JavaScript, the header box still reaches the search page, which says what to do instead (${lang})`, () => {
      // The header's box is a plain GET form to /search/ with the words as ?q=…
      const $ = readPage(main.dist, path('/'));
      const box = byName($, 'input[type="search"]', t('search.headerLabel'));
      expect(box.length).toBe(1);
      expect(box.attr('name')).toBe('q');
      const form = box.closest('form');
      expect(form.attr('action')).toBe(path('/search/'));
      expect((form.attr('method') ?? 'get').toLowerCase()).toBe('get');
      // …where, without JavaScript, the <noscript> says what to do instead and links the timeline.
      const $$ = readPage(main.dist, path('/search/'));
      expect(collapse($$('main noscript').text())).toContain(t('search.noJs'));
      expect(
        $$(`main noscript a[href="${path('/timeline/')}"]`)
          .text()
          .trim(),
      ).toBe(t('nav.timeline'));
    });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    // The page itself is in the sweep (sweep.ts); this is the page with results shown.
    test(`has no serious violations, with results shown (${scheme})`, async ({ url, newPage }) => {
      const page = await newPage({ colorScheme: scheme });
      await page.goto(`${url}/search/?q=trilogue`);
      await results(page);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }
});
