/**
 * The foundation pages in a real browser: what a reader sees, with and without JavaScript,
 * in light and dark, and what axe-core finds.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launch, openPage, seriousViolations } from './browser.ts';
import { serve, type Served } from './server.ts';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('instrument page', () => {
  it('shows the corrected claim beside the right date, and official references as links', async () => {
    const page = await openPage(browser);
    await page.goto(`${site.url}/instruments/interim-regulation/`);
    const signed = page.locator('li#signed');
    await expect(signed.locator('time').first().getAttribute('datetime')).resolves.toBe(
      '2021-07-14',
    );
    await expect(signed.locator('.correction').innerText()).resolves.toMatch(
      /published in the Official Journal on 30 July 2021/,
    );
    const celex = page.getByRole('link', { name: '32021R1232' });
    await expect(celex.getAttribute('href')).resolves.toBe(
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32021R1232',
    );
    const procedure = page.getByRole('link', { name: '2020/0259(COD)' });
    await expect(procedure.getAttribute('href')).resolves.toContain(
      'oeil.secure.europarl.europa.eu',
    );
  });

  it('labels the campaign’s own deadline and links what superseded it', async () => {
    const page = await openPage(browser);
    await page.goto(`${site.url}/instruments/interim-regulation/#campaign-target`);
    const target = page.locator('li#campaign-target');
    await expect(target.innerText()).resolves.toMatch(/The campaign's own words/);
    await expect(target.innerText()).resolves.toMatch(/13 July 2024/);
    const link = target.getByRole('link', { name: /end of application/i });
    await expect(link.getAttribute('href')).resolves.toBe(
      '/instruments/interim-regulation/original-end-of-application/',
    );
  });

  it('shows dates at their precision and disputed dates with the alternatives', async () => {
    const page = await openPage(browser);
    await page.goto(`${site.url}/instruments/dsa/`);
    const agreement = page.locator('li', { has: page.locator('.badge--disputed') }).first();
    const text = await agreement.innerText();
    expect(text).toContain('23 April 2022');
    expect(text).toContain('22 April 2022');
    await page.goto(`${site.url}/instruments/interim-extension-2024/`);
    await expect(page.locator('time[datetime="2024-01"]').first().innerText()).resolves.toBe(
      'January 2024',
    );
  });

  it('marks unconfirmed reports as reports', async () => {
    const page = await openPage(browser);
    await page.goto(`${site.url}/instruments/interim-extension-2025/`);
    const reports = page.locator('.milestone--unverified');
    expect(await reports.count()).toBeGreaterThan(0);
    for (const text of await reports.allInnerTexts()) expect(text).toMatch(/Unconfirmed/);
  });
});

describe('site-wide', () => {
  it('works without JavaScript', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    // Every instrument is on the home page: the files that are moving, then the others.
    expect(await page.locator('#pt-now-list > li, .settled__item').count()).toBeGreaterThan(5);
    await expect(page.locator('h1').innerText()).resolves.toBe('Project Beacon');
  });

  it('answers an unknown address with a useful 404', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${site.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
    expect(await page.locator('main a[href^="/instruments/"]').count()).toBeGreaterThan(5);
  });

  it('follows the reader’s dark mode', async () => {
    const page = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(`${site.url}/`);
    const bg = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(bg).toBe('rgb(17, 20, 25)');
  });

  it('makes no request to another origin', async () => {
    const page = await openPage(browser);
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    for (const path of ['/', '/instruments/csa-regulation/', '/about/'])
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility violations (${scheme})`, async () => {
      const page = await openPage(browser, { colorScheme: scheme });
      for (const path of [
        '/',
        '/instruments/interim-regulation/',
        '/instruments/eu-strategy-2020/',
        '/about/',
        '/no-such-page/',
      ]) {
        await page.goto(`${site.url}${path}`);
        const violations = await seriousViolations(page);
        expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
      }
    });
  }
});
