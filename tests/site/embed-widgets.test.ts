/**
 * The widget pages themselves, opened directly: options from the query string (and hostile
 * ones), languages, themes, without JavaScript, accessibility, and their size budgets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, measurePage, measureWidgets } from '../../scripts/embed-budget.ts';
import { describeViolations, launch, openPage, seriousViolations } from './browser.ts';
import { ROOT } from './global-setup.ts';
import { serve, type Served } from './server.ts';

let browser: Browser;
let site: Served;
const DIST = join(ROOT, 'dist');

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await openPage(browser, options);
  await page.goto(`${site.url}${path}`);
  await page.locator('h1').waitFor();
  return page;
}

const background = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const DARK = 'rgb(17, 20, 25)';
const LIGHT = 'rgb(255, 255, 255)';

describe('widget pages', () => {
  it('are not indexed and carry no site chrome, with their own main and heading', () => {
    for (const path of [
      'embed/status/csa-regulation',
      'embed/timeline',
      'embed/timeline/tag/detection',
      'embed/not-found',
    ]) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      expect(html, path).toContain('<body data-pagefind-ignore="all">');
      expect(html, path).not.toContain('data-pagefind-body');
      expect(html, path).not.toContain('site-header');
      expect(html.match(/<main\b/g)?.length, path).toBe(1);
      expect(html.match(/<h1\b/g)?.length, path).toBe(1);
      // Only the widgets' own styles: none of the site's global.css.
      expect(html, path).not.toMatch(/skip-link|site-nav|card-grid/);
    }
  });

  it('apply the theme asked for, and follow the reader’s system otherwise', async () => {
    expect(
      await background(
        await open('/embed/status/csa-regulation/?theme=dark', { colorScheme: 'light' }),
      ),
    ).toBe(DARK);
    expect(
      await background(
        await open('/embed/status/csa-regulation/?theme=light', { colorScheme: 'dark' }),
      ),
    ).toBe(LIGHT);
    expect(
      await background(await open('/embed/status/csa-regulation/', { colorScheme: 'dark' })),
    ).toBe(DARK);
    expect(
      await background(
        await open('/embed/status/csa-regulation/?theme=auto', { colorScheme: 'light' }),
      ),
    ).toBe(LIGHT);
  });

  it('speak French and German: fixed words, stage names and dates; content stays in its language', async () => {
    const fr = await open('/embed/status/csa-regulation/?lang=fr');
    expect(await fr.evaluate(() => document.documentElement.lang)).toBe('fr');
    const card = fr.locator('.s:visible');
    await expect(card.locator('.badge--stage').innerText()).resolves.toBe('En trilogue');
    // Reports of later trilogues follow the last confirmed stage (tests/site/reported.test.ts).
    await expect(card.innerText()).resolves.toMatch(
      /Dernière étape confirmée\u00a0: En trilogue, 9 décembre 2025/,
    );
    await expect(fr.locator('.k').innerText()).resolves.toContain('Où en est le dossier');
    await expect(fr.locator('.foot').innerText()).resolves.toContain('Vérifié jusqu’au');
    await expect(fr.locator('h1').getAttribute('lang')).resolves.toBe('en-GB');

    const de = await open('/embed/timeline/csa-regulation/?lang=de');
    await expect(de.locator('h1').innerText()).resolves.toBe('Zeitleiste: CSA Regulation');
    const dates = await de.locator('ol.tl time').allInnerTexts();
    expect(dates).toContain('9. Dez. 2025');
    await expect(de.locator('.foot a').innerText()).resolves.toBe(
      'Vollständige Zeitleiste auf Project Beacon',
    );
  });

  it('show as many milestones as asked for, newest first, 5 by default and without JavaScript', async () => {
    const count = (page: Page): Promise<number> => page.locator('ol.tl > li:visible').count();
    expect(await count(await open('/embed/timeline/'))).toBe(5);
    expect(await count(await open('/embed/timeline/?limit=12'))).toBe(12);
    expect(await count(await open('/embed/timeline/?limit=20'))).toBe(20);
    const noJs = await open('/embed/timeline/?limit=12', { javaScriptEnabled: false });
    expect(await count(noJs)).toBe(5);
    expect(await noJs.locator('ol.tl > li').count()).toBe(20);
    const dates = await noJs
      .locator('ol.tl time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('leave the details out when compact', async () => {
    const full = await open('/embed/status/csa-regulation/');
    await expect(full.locator('.more').first().isVisible()).resolves.toBe(true);
    const compact = await open('/embed/status/csa-regulation/?compact=1');
    expect(await compact.locator('.more:visible').count()).toBe(0);
    await expect(compact.locator('.badge--stage:visible').innerText()).resolves.toBe('In trilogue');
  });

  it('ignore hostile or unknown option values and write nothing from the address into the page', async () => {
    const hostile = new URLSearchParams({
      theme: 'javascript:alert(1)',
      lang: '<script>alert(1)</script>',
      limit: '1e309',
      compact: '"><img src=x onerror=alert(1)>',
      x: '<svg onload=alert(1)>',
    }).toString();
    for (const path of ['/embed/timeline/', '/embed/status/dsa/', '/embed/not-found/']) {
      const page = await openPage(browser);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${site.url}${path}?${hostile}&${'y'.repeat(8000)}=1`);
      await page.locator('h1').waitFor();
      const state = await page.evaluate(() => ({
        theme: document.documentElement.dataset['theme'],
        lang: document.documentElement.lang,
        compact: 'compact' in document.documentElement.dataset,
        html: document.documentElement.outerHTML,
      }));
      expect(state.theme, path).toBe('auto');
      expect(state.lang, path).toBe('en-GB');
      expect(state.compact, path).toBe(false);
      expect(state.html, path).not.toMatch(/alert\(1\)|onerror|onload|yyyy/);
      if (path === '/embed/timeline/')
        expect(await page.locator('ol.tl > li:visible').count()).toBe(5);
      expect(dialogs, path).toEqual([]);
    }
  });

  it('answer an unknown widget address with the "not found" widget, never echoing it', async () => {
    const page = await openPage(browser);
    const response = await page.goto(
      `${site.url}/embed/status/${encodeURIComponent('"><script>alert(1)</script>')}/`,
    );
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Widget not found');
    expect(await page.content()).not.toContain('alert(1)');
    await expect(page.locator('.foot a').getAttribute('target')).resolves.toBe('_top');
  });

  it('work without JavaScript', async () => {
    const page = await open('/embed/status/csa-regulation/?lang=fr', { javaScriptEnabled: false });
    await expect(page.locator('h1').innerText()).resolves.toBe('CSA Regulation');
    await expect(page.locator('.s:visible .badge--stage').innerText()).resolves.toBe('In trilogue');
    expect(await page.locator('.s:visible').count()).toBe(1);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`have no serious accessibility violations (${scheme})`, async () => {
      const paths = [
        '/embed/status/csa-regulation/',
        '/embed/status/interim-regulation/?lang=fr&compact=1',
        '/embed/timeline/?limit=20&lang=de',
        '/embed/timeline/tag/detection/?theme=dark',
        '/embed/timeline/dsa/?theme=light',
        '/embed/not-found/?lang=fr',
      ];
      for (const path of paths) {
        const page = await open(path, { colorScheme: scheme });
        const violations = await seriousViolations(page);
        expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
      }
    });
  }
});

describe('widget budgets (gzipped HTML, CSS and JS)', () => {
  const costs = measureWidgets(DIST);

  it('keep each widget within its budget', () => {
    expect(costs.countdown.gzip, JSON.stringify(costs.countdown.files)).toBeLessThanOrEqual(
      BUDGETS.countdown,
    );
    expect(costs.status.gzip, JSON.stringify(costs.status.files)).toBeLessThanOrEqual(
      BUDGETS.status,
    );
    expect(costs.timeline.gzip, JSON.stringify(costs.timeline.files)).toBeLessThanOrEqual(
      BUDGETS.timeline,
    );
    expect(costs.loader.gzip).toBeLessThanOrEqual(BUDGETS.loader);
  });

  it('measure a full 20-item timeline slice', () => {
    const html = readFileSync(join(DIST, 'embed/timeline/index.html'), 'utf8');
    expect(html.match(/<li\b/g)?.length).toBe(20);
  });

  it('count every file a widget page really loads', async () => {
    for (const path of [costs.countdown.path, costs.status.path, '/embed/timeline/']) {
      const page = await openPage(browser);
      const loaded: string[] = [];
      page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}${path}?lang=fr`, { waitUntil: 'networkidle' });
      expect(new Set(loaded), path).toEqual(
        new Set(measurePage(DIST, path).files.map((f) => f.url)),
      );
    }
  });
});
