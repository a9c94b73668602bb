/**
 * The deadlines, status and home pages of the real content (Project Beacon), built for the real
 * now: the Interim Regulation's chain of deadlines, the unconfirmed 2028 report kept apart, the
 * "nothing coming up" state, the progress tracks, and the JavaScript each page ships.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countdownElementSize, measurePages, PAGE_BUDGET } from '../../scripts/js-size.ts';
import { describeViolations, launch, openPage, seriousViolations } from './browser.ts';
import { serve, type Served } from './server.ts';

let browser: Browser;
let site: Served;
const opened: Page[] = [];

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.context().close()));
});

async function view(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  const page = await openPage(browser, options);
  opened.push(page);
  await page.goto(`${site.url}${path}`);
  return page;
}

describe('/deadlines/ with Project Beacon’s content', () => {
  it('shows the chain from the campaign’s 13 July 2024 target to the lapse on 3 April 2026, in order, with outcomes', async () => {
    const page = await view('/deadlines/');
    const lapse = page.locator(
      '#pt-past-list > li[data-key="interim-regulation#end-of-application"]:visible',
    );
    await expect(lapse.count()).resolves.toBe(1);
    await expect(lapse.locator('.deadline__outcome').innerText()).resolves.toBe('Outcome: Lapsed');
    const steps = (await lapse.locator('.chain__step').allInnerTexts()).map((s) =>
      s.replace(/\s+/g, ' '),
    );
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(
      /^13 July 2024: Campaign target.*The campaign's own words.*Superseded$/,
    );
    expect(steps[1]).toMatch(/^3 August 2024: Original end of application.*Extended$/);
    expect(steps[2]).toMatch(
      /^3 April 2026: The Interim Regulation stops applying.*Lapsed.*\(this deadline\)$/,
    );
    await expect(
      lapse.locator('.chain__step a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).resolves.toEqual([
      '/instruments/interim-regulation/campaign-target/',
      '/instruments/interim-regulation/original-end-of-application/',
      '/instruments/interim-regulation/end-of-application/',
    ]);
    // The superseded deadlines are steps of that chain, not deadlines of their own.
    await expect(
      page.locator('#pt-past-list > li[data-key="interim-regulation#campaign-target"]').count(),
    ).resolves.toBe(0);
  });

  it('never makes the unconfirmed 2028 end date a deadline: it is an unconfirmed report, apart', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await view('/deadlines/', { javaScriptEnabled });
      const key = 'interim-extension-2025#reported-end-of-application';
      await expect(page.locator(`#pt-upcoming-list > li[data-key="${key}"]`).count()).resolves.toBe(
        0,
      );
      const report = page.locator(`li[data-key="${key}"]:visible`);
      await expect(report.count()).resolves.toBe(1);
      await expect(report.innerText()).resolves.toContain('Unconfirmed report');
      await expect(report.innerText()).resolves.toContain(
        '3 April 2028, end of day, Brussels time',
      );
    }
    const home = await view('/');
    await expect(
      home.locator('.next a[href$="#reported-end-of-application"]').count(),
    ).resolves.toBe(0);
  });

  it('says that no confirmed deadline is coming up, and shows the latest one', async () => {
    for (const path of ['/deadlines/', '/']) {
      const page = await view(path);
      const none = page.locator(path === '/' ? '.next__slot:visible' : '.none:visible');
      const text = await none.innerText();
      expect(text).toMatch(
        /The latest one was: Interim Regulation: The Interim Regulation stops applying and the derogation lapses, 3 April 2026, end of day, Brussels time \(\d[\d,]* days ago\)\. Outcome: Lapsed/,
      );
      if (path !== '/') continue;
      // The nearest reported date stands beside it, labelled, and is not counted down.
      expect(text).toMatch(
        /^No confirmed deadline is coming up\.\s+Reported, not confirmed: Second extension: .*2026\/1881 stops applying, 3 April 2028\s+This date comes from unofficial reports only: it is shown for information and is not counted down\./,
      );
      expect(text).not.toMatch(/days? to go|in \d+ days/);
    }
  });
});

describe('/status/ with Project Beacon’s content', () => {
  it('lists every instrument in a table and on a track, with ended and finished files marked in words', async () => {
    const page = await view('/status/');
    const rows = page.locator('.status-table tbody tr:visible');
    await expect(rows.count()).resolves.toBe(9);
    await expect(page.locator('.status-table caption').innerText()).resolves.toBe(
      'Status of every instrument',
    );
    const interim = page.locator('tr[data-instrument="interim-regulation"]:visible');
    await expect(interim.locator('td').nth(0).innerText()).resolves.toBe(
      'Expired since 3 April 2026',
    );
    await expect(interim.locator('td').nth(1).innerText()).resolves.toBe('–'); // nothing reported
    await expect(interim.locator('td').nth(3).innerText()).resolves.toContain('Ended');
    const strategy = page.locator('#pt-track-eu-strategy-2020 .track:visible');
    await expect(strategy.getAttribute('aria-label')).resolves.toBe('Non-legislative');
    await expect(strategy.locator('li').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/Announced\s*\(reached\)/),
      expect.stringMatching(/Adopted\s*\(current stage\)/),
      expect.stringMatching(/^\s*Being implemented\s*$/),
      expect.stringMatching(/^\s*Reviewed\s*$/),
    ]);
    const ended = page.locator('#pt-track-interim-regulation .track:visible [aria-current="step"]');
    await expect(ended.innerText()).resolves.toMatch(/Expired\s*\(current stage\)/);
    await expect(
      page.locator('#pt-track-csa-regulation .track:visible [aria-current="step"]').innerText(),
    ).resolves.toMatch(/In trilogue/);
  });
});

describe('site-wide', () => {
  it('links the new pages from the header', async () => {
    const page = await view('/');
    await expect(
      page.locator('.site-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).resolves.toEqual(expect.arrayContaining(['/deadlines/', '/status/']));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility violations on the new pages (${colorScheme})`, async () => {
      const page = await view('/', { colorScheme });
      for (const path of ['/', '/deadlines/', '/status/', '/instruments/csa-regulation/']) {
        await page.goto(`${site.url}${path}`);
        const violations = await seriousViolations(page);
        expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
      }
    });
  }

  it('ships at most 10 KB of gzipped JavaScript on every page but search, and the countdown element is about 1 KB', async () => {
    const pages = measurePages();
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages)
      if (!p.page.startsWith('/search/')) expect(p.gzip, p.page).toBeLessThanOrEqual(PAGE_BUDGET);
    // The pages with time-dependent parts do ship the element.
    for (const path of ['/', '/deadlines/', '/status/'])
      expect(pages.find((p) => p.page === path)?.scripts, path).toBeGreaterThan(0);
    const element = await countdownElementSize();
    expect(element.gzip).toBeLessThanOrEqual(1200);
  });
});
