/**
 * The site built from changed content, a pinned build date or a small page limit:
 * - permalinks survive edits to other content;
 * - the "today" line sits at the build date in the HTML, and moves to the reader's date in the
 *   browser (the clock emulated a year after the build);
 * - above the page limit, /timeline/ shows one year at a time.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser.ts';
import { buildVariant, readEntries, type Entry } from './content.ts';
import { serve, type Served } from './server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const edit = (dir: string, file: string, from: string | RegExp, to: string): void => {
  const path = join(dir, 'instruments', file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
};

/** Milestone links before the "today" line, in page order. */
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

describe('a build from edited content, on a pinned date', () => {
  const BUILT = '2025-11-29T12:00:00Z';
  const A_YEAR_LATER = '2026-11-29T12:00:00Z';
  const original = readEntries();
  let site: Served;
  let entries: Entry[];
  // Milestones that have begun by a date (none of the content falls on these two days, checked below).
  const pastAt = (day: string): string[] =>
    entries
      .filter((e) => `${e.milestone.date}-01-01`.slice(0, 10) < day)
      .map((e) => e.url)
      .sort();

  beforeAll(async () => {
    const variant = buildVariant({
      env: { POLICY_TIMELINE_NOW: BUILT },
      edit: (dir) => {
        // Another instrument removed, a milestone removed, and one inserted before all the others of an instrument.
        rmSync(join(dir, 'instruments', 'csa-directive-recast.mdx'));
        edit(dir, 'dsa.mdx', /\n {2}- id: proposal\n[\s\S]*?(?=\n {2}- id: council-mandate\n)/, '');
        edit(
          dir,
          'csa-regulation.mdx',
          'milestones:\n  - id: proposal',
          [
            'milestones:',
            '  - id: inserted-for-a-test',
            '    date: "2021-01-05"',
            '    title: "A milestone inserted before all the others"',
            '    sources:',
            '      - url: "https://example.org/test"',
            '        title: "Test source"',
            '        publisher: "Test"',
            '        kind: secondary',
            '    confidence: secondary',
            '  - id: proposal',
          ].join('\n'),
        );
      },
    });
    entries = readEntries(variant.content);
    site = await serve({ dir: variant.dist });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('keeps every other milestone at the same address, with the same milestone', async () => {
    expect(entries.length).toBe(
      original.length -
        original.filter((e) => e.instrument.id === 'csa-directive-recast').length -
        1 +
        1,
    );
    const page = await openPage(browser, { javaScriptEnabled: false });
    const kept = original.filter((e) => entries.some((v) => v.url === e.url));
    expect(kept.length).toBe(entries.length - 1);
    for (const e of kept) {
      const response = await page.goto(`${site.url}${e.url}`);
      expect(response?.status(), e.url).toBe(200);
      await expect(page.locator('h1').textContent(), e.url).resolves.toContain(e.milestone.title);
    }
    const gone = await page.goto(`${site.url}/instruments/dsa/proposal/`);
    expect(gone?.status()).toBe(404);
  });

  it('puts the "today" line at the build date in the HTML', async () => {
    for (const day of [BUILT, A_YEAR_LATER])
      expect(entries.some((e) => e.milestone.date.startsWith(day.slice(0, 10)))).toBe(false);
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/timeline/`);
    expect((await beforeToday(page)).sort()).toEqual(pastAt('2025-11-29'));
    await expect(page.locator('#pt-today time').getAttribute('datetime')).resolves.toBe(
      '2025-11-29',
    );
  });

  it('moves the "today" line to the reader’s date, a year after the build', async () => {
    const expected = pastAt('2026-11-29');
    expect(expected.length).toBeGreaterThan(pastAt('2025-11-29').length); // it does move
    const page = await openPage(browser, { timezoneId: 'Europe/Brussels' });
    await page.clock.setFixedTime(new Date(A_YEAR_LATER));
    await page.goto(`${site.url}/timeline/`);
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

  it('moves it among the milestones a filter leaves', async () => {
    const page = await openPage(browser, { timezoneId: 'Europe/Brussels' });
    await page.clock.setFixedTime(new Date(A_YEAR_LATER));
    await page.goto(`${site.url}/timeline/?instrument=csa-regulation`);
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
  let site: Served;
  const entries = readEntries();
  const inYear = (y: number): string[] =>
    entries
      .filter((e) => e.milestone.date.startsWith(String(y)))
      .map((e) => e.url)
      .sort();

  beforeAll(async () => {
    const variant = buildVariant({
      env: { POLICY_TIMELINE_PAGE_LIMIT: '40', POLICY_TIMELINE_NOW: '2026-06-01T12:00:00Z' },
    });
    site = await serve({ dir: variant.dist });
  });
  afterAll(async () => {
    await site?.close();
  });

  const shown = (page: Page): Promise<string[]> =>
    page.$$eval('.tl-item', (items) =>
      items
        .filter((li) => li.checkVisibility())
        .map((li) => li.querySelector('.tl-item__what a')?.getAttribute('href') ?? '')
        .sort(),
    );

  it('shows the current year on /timeline/ and links every year', async () => {
    expect(entries.length).toBeGreaterThan(40);
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/timeline/`);
    await expect(shown(page)).resolves.toEqual(inYear(2026));
    await expect(page.locator('.tl-split').innerText()).resolves.toContain('one year at a time');
    const years = [...new Set(entries.map((e) => e.milestone.date.slice(0, 4)))].sort();
    await expect(
      page
        .getByRole('navigation', { name: 'Previous and next year', exact: true })
        .getByRole('link')
        .allInnerTexts(),
    ).resolves.toContain('← Previous year: 2025');
    await page.getByRole('link', { name: '← Previous year: 2025' }).first().click();
    await expect(shown(page)).resolves.toEqual(inYear(2025));
    for (const y of years) {
      await page.goto(`${site.url}/timeline/${y}/`);
      await expect(shown(page), y).resolves.toEqual(inYear(Number(y)));
    }
  });

  it('takes the reader’s filters along to other years', async () => {
    const page = await openPage(browser);
    await page.goto(`${site.url}/timeline/2025/?instrument=csa-regulation`);
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
