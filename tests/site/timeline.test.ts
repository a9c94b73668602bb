/**
 * /timeline/ in Chromium: every milestone of the content is there, grouped by year, each
 * filter narrows to exactly the milestones the content says, the filter lives in the URL
 * (shared links and back/forward restore it), and it all works without JavaScript (in every
 * language), by keyboard, in print, and without serious accessibility violations.
 */
import type { Page } from 'playwright-core';
import {
  describe,
  expect,
  test,
  type NewPageFixture,
  type PageOptions,
  type SiteFixture,
} from './fixtures.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { readEntries, type Entry } from './content.ts';
import { inLang, languagesOf } from './languages.ts';
import { byName, readPage, shownOnly } from './parsed.ts';
import { builtSite } from './sites.ts';

const main = builtSite('main');
const DIST = main.dist;
const entries = readEntries(main.content);
const all = entries.map((e) => e.url).sort();
const year = (e: Entry): number => Number(e.milestone.date.slice(0, 4));

/** The milestone links the reader can see, in page order. */
const shownLinks = (page: Page): Promise<string[]> =>
  page.$$eval('.tl-item', (items) =>
    items
      .filter((li) => li.checkVisibility())
      .map((li) => li.querySelector('.tl-item__what a')?.getAttribute('href') ?? ''),
  );

/** The milestone links a reader without JavaScript sees on a built page. */
const shownLinksIn = (route: string): string[] => {
  const $ = readPage(DIST, route);
  return shownOnly($, '.tl-item')
    .toArray()
    .map((li) => $(li).find('.tl-item__what a').attr('href') ?? '');
};

/** Opens a timeline page of the main site in Brussels time (for the "today" line). */
const openTimeline = async (
  { site, newPage }: { site: SiteFixture; newPage: NewPageFixture },
  path = '/timeline/',
  options: PageOptions = {},
): Promise<Page> => {
  const { url } = await site();
  const page = await newPage({ timezoneId: 'Europe/Brussels', ...options });
  await page.goto(`${url}${path}`);
  return page;
};

describe('the timeline lists every milestone', () => {
  test('has every milestone of the content once, linked to its permalink', async ({
    site,
    newPage,
  }) => {
    const page = await openTimeline({ site, newPage });
    expect((await shownLinks(page)).sort()).toEqual(all);
    await expect(page.locator('[data-status]').innerText()).resolves.toBe(
      `${entries.length} milestones.`,
    );
  });

  test('is a list with a heading per year, in order, and month headings', async ({
    site,
    newPage,
  }) => {
    const page = await openTimeline({ site, newPage });
    const years = [...new Set(entries.map(year))].sort((a, b) => a - b).map(String);
    // textContent: years far down the page are not rendered until scrolled to (content-visibility).
    await expect(page.locator('ol.tl > li.tl-year > h2').allTextContents()).resolves.toEqual(years);
    await expect(page.locator('li.tl-group h3').first().textContent()).resolves.toMatch(
      /^[A-Z][a-z]+ \d{4}$/,
    );
    // Oldest first: the dates in reading order never go back.
    const dates = await page.$$eval('.tl-item', (items) =>
      items.map((li) => (li as HTMLElement).dataset['date'] ?? ''),
    );
    expect(dates).toEqual([...dates].sort());
  });

  test('shows each date at its precision, the stage, the instrument and anything below official', async ({
    site,
    newPage,
  }) => {
    const page = await openTimeline({ site, newPage });
    const byUrl = new Map(entries.map((e) => [e.url, e]));
    const items = await page.$$eval('.tl-item', (lis) =>
      lis.map((li) => ({
        url: li.querySelector('.tl-item__what a')?.getAttribute('href') ?? '',
        time: li.querySelector('time')?.getAttribute('datetime') ?? '',
        text: li.textContent ?? '',
        badges: [...li.querySelectorAll('.badge')].map((b) => b.textContent ?? ''),
      })),
    );
    for (const item of items) {
      const e = byUrl.get(item.url);
      expect(e, item.url).toBeDefined();
      if (!e) continue;
      expect(item.time.slice(0, e.milestone.date.length)).toBe(e.milestone.date);
      expect(item.text).toContain(e.instrument.shortTitle);
      if (e.milestone.stage) expect(item.badges.length).toBeGreaterThan(0);
      // Below official: a badge in words (not only a colour).
      if (e.milestone.confidence !== 'official')
        expect(
          item.badges.some((b) => /Secondary|Derived|Disputed|Unconfirmed|campaign/i.test(b)),
          item.url,
        ).toBe(true);
      else
        expect(
          item.badges.some((b) => /Secondary|Derived|Disputed|Unconfirmed/.test(b)),
          item.url,
        ).toBe(false);
    }
    // A month-precision date reads as a month.
    const monthOnly = entries.find((e) => e.milestone.date.length === 7);
    if (monthOnly)
      await expect(
        page.locator(`.tl-item:has(a[href="${monthOnly.url}"]) time`).textContent(),
      ).resolves.toMatch(/^[A-Z][a-z]+ \d{4}$/);
  });
});

describe('filters', () => {
  const tagged =
    (tag: string) =>
    (e: Entry): boolean =>
      e.instrument.tags.includes(tag) || (e.milestone.tags ?? []).includes(tag);
  const cases: [string, string, (e: Entry) => boolean][] = [
    ['instrument', 'csa-regulation', (e) => e.instrument.id === 'csa-regulation'],
    ['stage', 'trilogue', (e) => e.milestone.stage === 'trilogue'],
    ['actor', 'council', (e) => e.milestone.actor === 'council'],
    ['tag', 'eprivacy', tagged('eprivacy')],
    ['confidence', 'secondary', (e) => e.milestone.confidence === 'secondary'],
    ['from', '2024', (e) => year(e) >= 2024],
    ['to', '2021', (e) => year(e) <= 2021],
    ['order', 'newest', () => true],
  ];

  for (const [name, value, keep] of cases) {
    test(`${name}=${value} shows exactly the matching milestones, and the URL round-trips`, async ({
      site,
      newPage,
    }) => {
      const expected = entries
        .filter(keep)
        .map((e) => e.url)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      if (name !== 'order') expect(expected.length).toBeLessThan(entries.length);
      const page = await openTimeline({ site, newPage });
      await page.locator(`select[name="${name}"]`).selectOption(value);
      await page.waitForURL(new RegExp(`[?&]${name}=${value}`));
      expect((await shownLinks(page)).sort()).toEqual(expected);
      if (name !== 'order')
        await expect(page.locator('[data-status]').innerText()).resolves.toBe(
          `Showing ${expected.length} of ${entries.length} milestones.`,
        );

      // A shared link opens the same view, with the form showing it.
      const shared = await openTimeline(
        { site, newPage },
        new URL(page.url()).pathname + new URL(page.url()).search,
      );
      expect((await shownLinks(shared)).sort()).toEqual(expected);
      await expect(shared.locator(`select[name="${name}"]`).inputValue()).resolves.toBe(value);

      // Back restores the whole timeline, forward the filtered view.
      await page.goBack();
      await page.waitForURL(/\/timeline\/$/);
      expect((await shownLinks(page)).sort()).toEqual(all);
      await expect(page.locator(`select[name="${name}"]`).inputValue()).resolves.toBe(
        name === 'order' ? 'oldest' : '',
      );
      await page.goForward();
      expect((await shownLinks(page)).sort()).toEqual(expected);
    });
  }

  test('deadlines only', async ({ site, newPage }) => {
    const expected = entries
      .filter((e) => e.milestone.deadline)
      .map((e) => e.url)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const page = await openTimeline({ site, newPage });
    await page.getByLabel('Deadlines only').check();
    await page.waitForURL(/[?&]deadlines=1/);
    expect((await shownLinks(page)).sort()).toEqual(expected);
  });

  test('combines filters', async ({ site, newPage }) => {
    const expected = entries
      .filter((e) => e.instrument.id === 'csa-regulation' && year(e) >= 2025 && year(e) <= 2025)
      .map((e) => e.url)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const page = await openTimeline(
      { site, newPage },
      '/timeline/?instrument=csa-regulation&from=2025&to=2025',
    );
    expect((await shownLinks(page)).sort()).toEqual(expected);
  });

  test('newest first puts the latest year first and keeps every milestone', async ({
    site,
    newPage,
  }) => {
    const page = await openTimeline({ site, newPage }, '/timeline/?order=newest');
    const headings = await page.locator('li.tl-year > h2').allTextContents();
    expect(headings).toEqual([...headings].sort().reverse());
    const dates = await page.$$eval('.tl-item', (items) =>
      items.map((li) => (li as HTMLElement).dataset['date'] ?? ''),
    );
    // Across days, newest first (dates known only to a year or month head their year or month).
    const days = dates.filter((d) => d.length === 10);
    expect(days).toEqual([...days].sort().reverse());
    expect((await shownLinks(page)).sort()).toEqual(all);
  });

  test('says when nothing matches and offers to clear the filters', async ({ site, newPage }) => {
    // The 2020 Strategy has no deadline.
    expect(
      entries.some((e) => e.instrument.id === 'eu-strategy-2020' && e.milestone.deadline),
    ).toBe(false);
    const page = await openTimeline(
      { site, newPage },
      '/timeline/?instrument=eu-strategy-2020&deadlines=1',
    );
    await expect(page.locator('[data-empty]').innerText()).resolves.toContain(
      'No milestone matches these filters.',
    );
    expect(await shownLinks(page)).toEqual([]);
    await page.locator('[data-empty]').getByRole('link', { name: 'Clear the filters' }).click();
    await page.waitForURL(/\/timeline\/$/);
    expect((await shownLinks(page)).sort()).toEqual(all);
    await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(false);
  });

  test('ignores unknown values in a link', async ({ site, newPage }) => {
    const page = await openTimeline(
      { site, newPage },
      '/timeline/?instrument=no-such-thing&stage=bogus',
    );
    expect((await shownLinks(page)).sort()).toEqual(all);
  });

  test('works by keyboard, with a visible focus', async ({ site, newPage }) => {
    const page = await openTimeline({ site, newPage });
    const select = page.locator('select[name="instrument"]');
    await select.focus();
    const outline = await select.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/[?&]instrument=/);
    const chosen = await select.inputValue();
    expect((await shownLinks(page)).sort()).toEqual(
      entries
        .filter((e) => e.instrument.id === chosen)
        .map((e) => e.url)
        .sort(),
    );
    // The "clear" button is reachable with Tab and works with Enter.
    await page.locator('[data-filters] button[data-clear]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/timeline\/$/);
    expect((await shownLinks(page)).length).toBe(entries.length);
  });
});

for (const { lang, t, path } of languagesOf(main.content)) {
  const urls = (keep: (e: Entry) => boolean): string[] =>
    entries
      .filter(keep)
      .map((e) => path(e.url))
      .sort();
  describe(`without JavaScript (the built pages, ${lang})`, () => {
    test('lists every milestone, hides the filters that could not work, and links each instrument’s timeline', () => {
      const csa = entries.find((e) => e.instrument.id === 'csa-regulation')?.instrument;
      const csaName = csa ? inLang(csa, 'shortTitle', lang) : 'CSA Regulation';
      expect(shownLinksIn(path('/timeline/')).sort()).toEqual(urls(() => true));
      const $ = readPage(DIST, path('/timeline/'));
      expect(shownOnly($, '.tl-filters').length).toBe(0);
      expect(shownOnly($, '#pt-today').length).toBe(1);
      const byInstrument = byName($, 'nav', t('timeline.byInstrument'))
        .find('a')
        .filter((_, a) => $(a).text().trim() === csaName);
      expect(byInstrument.attr('href')).toBe(path('/timeline/csa-regulation/'));
      expect(shownLinksIn(path('/timeline/csa-regulation/')).sort()).toEqual(
        urls((e) => e.instrument.id === 'csa-regulation'),
      );
    });

    test('has a page per instrument and per year', () => {
      for (const id of new Set(entries.map((e) => e.instrument.id)))
        expect(shownLinksIn(path(`/timeline/${id}/`)).sort(), id).toEqual(
          urls((e) => e.instrument.id === id),
        );
      for (const y of new Set(entries.map(year)))
        expect(shownLinksIn(path(`/timeline/${y}/`)).sort(), String(y)).toEqual(
          urls((e) => year(e) === y),
        );
    });
  });
}

describe('print', () => {
  test('prints the full list without the filters and navigation', async ({ site, newPage }) => {
    const page = await openTimeline({ site, newPage });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.tl-filters').isVisible()).resolves.toBe(false);
    await expect(page.locator('.tl-jump').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    const years = await page.$$eval('.tl-year', (els) =>
      els.map((el) => getComputedStyle(el).contentVisibility),
    );
    expect(new Set(years)).toEqual(new Set(['visible']));
    expect((await shownLinks(page)).sort()).toEqual(all);
    const pdf = await page.pdf();
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

describe('accessibility', () => {
  // Every template, light and dark, is in sweep.ts; this is a state only a script makes.
  for (const scheme of ['light', 'dark'] as const) {
    test(`the "nothing matches" state has no serious violations (${scheme})`, async ({
      site,
      newPage,
    }) => {
      const page = await openTimeline(
        { site, newPage },
        '/timeline/?instrument=eu-strategy-2020&deadlines=1',
        { colorScheme: scheme },
      );
      await page.locator('[data-empty]').waitFor();
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }
});
