/**
 * The site built from changed content, a pinned build date or a small page limit (the "edited"
 * and "paged" sites of tests/site/sites.ts):
 * - permalinks survive edits to other content;
 * - the "today" line sits at the build date in the HTML, and moves to the reader's date in the
 *   browser (the clock emulated a year after the build);
 * - above the page limit, /timeline/ shows one year at a time.
 * What the build wrote is read from dist/; what a script does is checked in Chromium.
 */
import type { Page } from 'playwright-core';
import { readEntries } from './content.ts';
import { describe, expect, test } from './fixtures.ts';
import { languagesOf } from './languages.ts';
import { byName, hasPage, readPage, shownOnly, shownText, type CheerioAPI } from './parsed.ts';
import { builtSite } from './sites.ts';

/** Milestone links before the "today" line, in page order, in a browser. */
const beforeToday = (page: Page): Promise<string[]> =>
  page.$$eval('.tl-item', (items) => {
    const line = document.getElementById('pt-today');
    if (!line) throw new Error('no today line');
    return items
      .filter(
        (li) =>
          li.checkVisibility() &&
          li.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING,
      )
      .map((li) => li.querySelector('.tl-item__what a')?.getAttribute('href') ?? '');
  });

/** Milestone links shown before the "today" line, in a built page. */
function beforeTodayIn($: CheerioAPI): string[] {
  const all = $('*').toArray();
  const line = all.indexOf($('#pt-today').get(0) as (typeof all)[number]);
  if (line === -1) throw new Error('no today line');
  return shownOnly($, '.tl-item')
    .toArray()
    .filter((li) => all.indexOf(li) < line)
    .map((li) => $(li).find('.tl-item__what a').attr('href') ?? '');
}

/** The milestone links a reader sees, in page order, in a browser. */
const shown = (page: Page): Promise<string[]> =>
  page.$$eval('.tl-item', (items) =>
    items
      .filter((li) => li.checkVisibility())
      .map((li) => li.querySelector('.tl-item__what a')?.getAttribute('href') ?? '')
      .sort(),
  );

/** The milestone links shown without JavaScript in a built page, sorted. */
const shownIn = ($: CheerioAPI): string[] =>
  shownOnly($, '.tl-item')
    .toArray()
    .map((li) => $(li).find('.tl-item__what a').attr('href') ?? '')
    .sort();

describe('a build from edited content, on a pinned date', () => {
  const edited = builtSite('edited');
  const BUILT = edited.now ?? '';
  const A_YEAR_LATER = '2026-11-29T12:00:00Z';
  const original = readEntries(builtSite('main').content);
  const entries = readEntries(edited.content);
  // Milestones that have begun by a date (none of the content falls on these two days, checked below).
  const pastAt = (day: string): string[] =>
    entries
      .filter((e) => `${e.milestone.date}-01-01`.slice(0, 10) < day)
      .map((e) => e.url)
      .sort();

  test('was built on 29 November 2025', () => {
    expect(BUILT).toBe('2025-11-29T12:00:00Z');
  });

  test('keeps every other milestone at the same address, with the same milestone', async ({
    site,
  }) => {
    expect(entries.length).toBe(
      original.length -
        original.filter((e) => e.instrument.id === 'csa-directive-recast').length -
        1 +
        1,
    );
    const kept = original.filter((e) => entries.some((v) => v.url === e.url));
    expect(kept.length).toBe(entries.length - 1);
    for (const e of kept)
      expect(shownText(readPage(edited.dist, e.url), 'h1'), e.url).toContain(e.milestone.title);
    expect(hasPage(edited.dist, '/instruments/dsa/proposal/')).toBe(false);
    expect((await fetch(`${(await site('edited')).url}/instruments/dsa/proposal/`)).status).toBe(
      404,
    );
  });

  test('puts the "today" line at the build date in the HTML', () => {
    for (const day of [BUILT, A_YEAR_LATER])
      expect(entries.some((e) => e.milestone.date.startsWith(day.slice(0, 10)))).toBe(false);
    const $ = readPage(edited.dist, '/timeline/');
    expect(beforeTodayIn($).sort()).toEqual(pastAt('2025-11-29'));
    expect($('#pt-today time').attr('datetime')).toBe('2025-11-29');
  });

  test('moves the "today" line to the reader’s date, a year after the build', async ({
    site,
    newPage,
  }) => {
    const { url } = await site('edited');
    const expected = pastAt('2026-11-29');
    expect(expected.length).toBeGreaterThan(pastAt('2025-11-29').length); // it does move
    const page = await newPage({ timezoneId: 'Europe/Brussels', at: A_YEAR_LATER });
    await page.goto(`${url}/timeline/`);
    await page.waitForFunction(
      () => document.querySelector('#pt-today time')?.getAttribute('datetime') === '2026-11-29',
    );
    expect((await beforeToday(page)).sort()).toEqual(expected);
    await expect(page.locator('#pt-today').innerText()).resolves.toMatch(
      /Today\s+29 November 2026/i,
    );
    // Newest first, the past is below the line.
    await page.locator('select[name="order"]').selectOption('newest');
    const above = await beforeToday(page);
    expect(above.sort()).toEqual(
      entries
        .map((e) => e.url)
        .filter((u) => !expected.includes(u))
        .sort(),
    );
  });

  test('moves it among the milestones a filter leaves', async ({ site, newPage }) => {
    const { url } = await site('edited');
    const page = await newPage({ timezoneId: 'Europe/Brussels', at: A_YEAR_LATER });
    await page.goto(`${url}/timeline/?instrument=csa-regulation`);
    await page.waitForFunction(
      () => document.querySelector('#pt-today time')?.getAttribute('datetime') === '2026-11-29',
    );
    const csa = entries.filter((e) => e.instrument.id === 'csa-regulation').map((e) => e.url);
    expect((await beforeToday(page)).sort()).toEqual(
      pastAt('2026-11-29').filter((u) => csa.includes(u)),
    );
  });
});

describe('a campaign above the page limit', () => {
  const paged = builtSite('paged');
  const entries = readEntries(paged.content);
  const inYear = (y: number): string[] =>
    entries
      .filter((e) => e.milestone.date.startsWith(String(y)))
      .map((e) => e.url)
      .sort();

  for (const { lang, t, path } of languagesOf(paged.content))
    test(`shows the current year on /timeline/ and links every year (without JavaScript, ${lang})`, () => {
      const inYearHere = (y: number): string[] => inYear(y).map(path).sort();
      expect(entries.length).toBeGreaterThan(40);
      expect(paged.now?.slice(0, 4)).toBe('2026');
      const $ = readPage(paged.dist, path('/timeline/'));
      expect(shownIn($)).toEqual(inYearHere(2026));
      expect(shownText($, '.tl-split')).toContain(
        t('timeline.split', { total: String(entries.length), year: '2026' }),
      );
      const previous = byName($, 'nav', t('timeline.yearNav'))
        .first()
        .find('a')
        .filter(
          (_, a) => shownText($, $(a)) === `← ${t('timeline.previousYear', { year: '2025' })}`,
        );
      expect(previous.attr('href')).toBe(path('/timeline/2025/'));
      for (const y of new Set(entries.map((e) => e.milestone.date.slice(0, 4))))
        expect(shownIn(readPage(paged.dist, path(`/timeline/${y}/`))), y).toEqual(
          inYearHere(Number(y)),
        );
    });

  test('takes the reader’s filters along to other years', async ({ site, page }) => {
    const { url } = await site('paged');
    await page.goto(`${url}/timeline/2025/?instrument=csa-regulation`);
    const previous = page.getByRole('link', { name: /Previous year: 2024/ }).first();
    await expect(previous.getAttribute('href')).resolves.toMatch(
      /\/timeline\/2024\/\?instrument=csa-regulation$/,
    );
    await previous.click();
    await page.waitForURL(/\/timeline\/2024\//);
    const expected = entries
      .filter((e) => e.milestone.date.startsWith('2024') && e.instrument.id === 'csa-regulation')
      .map((e) => e.url)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(inYear(2024).length);
    await expect(shown(page)).resolves.toEqual(expected);
  });
});
