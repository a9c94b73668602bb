/**
 * The widget pages themselves, opened directly: options from the query string (and hostile
 * ones), languages, themes, without JavaScript, accessibility, and their size budgets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { widgetSummary } from '../../scripts/embed-budget.ts';
import { listPages, pageWeight } from '../../scripts/quality/site-output.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { describe, expect, type PageOptions } from './fixtures.ts';
import { test as base } from './site-url.ts';
import { readPage, shownOnly, shownText } from './parsed.ts';
import { builtSite } from './sites.ts';

const DIST = builtSite('main').dist;

/** `open(path, options)` opens a widget of the main site and waits for its heading. */
const test = base.extend(
  'open',
  ({ url, newPage }) =>
    async (path: string, options: PageOptions = {}): Promise<Page> => {
      const page = await newPage(options);
      await page.goto(`${url}${path}`);
      await page.locator('h1').waitFor();
      return page;
    },
);

const background = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const DARK = 'rgb(17, 20, 25)';
const LIGHT = 'rgb(255, 255, 255)';

describe('widget pages', () => {
  test('are not indexed and carry no site chrome, with their own main and heading', () => {
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

  test('apply the theme asked for, and follow the reader’s system otherwise', async ({ open }) => {
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

  test('speak French and German: fixed words, stage names and dates; content stays in its language', async ({
    open,
  }) => {
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

  test('show as many milestones as asked for, newest first, 5 by default and without JavaScript', async ({
    open,
  }) => {
    const count = (page: Page): Promise<number> => page.locator('ol.tl > li:visible').count();
    expect(await count(await open('/embed/timeline/'))).toBe(5);
    expect(await count(await open('/embed/timeline/?limit=12'))).toBe(12);
    expect(await count(await open('/embed/timeline/?limit=20'))).toBe(20);
    // Without JavaScript (the options are read by the script): 5 of the 20 built, newest first.
    const $ = readPage(DIST, '/embed/timeline/');
    expect(shownOnly($, 'ol.tl > li').length).toBe(5);
    expect($('ol.tl > li').length).toBe(20);
    const dates = $('ol.tl time')
      .toArray()
      .map((e) => $(e).attr('datetime') ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('leave the details out when compact', async ({ open }) => {
    const full = await open('/embed/status/csa-regulation/');
    await expect(full.locator('.more').first().isVisible()).resolves.toBe(true);
    const compact = await open('/embed/status/csa-regulation/?compact=1');
    expect(await compact.locator('.more:visible').count()).toBe(0);
    await expect(compact.locator('.badge--stage:visible').innerText()).resolves.toBe('In trilogue');
  });

  test('ignore hostile or unknown option values and write nothing from the address into the page', async ({
    url,
    newPage,
  }) => {
    const hostile = new URLSearchParams({
      theme: 'javascript:alert(1)',
      lang: '<script>alert(1)</script>',
      limit: '1e309',
      compact: '"><img src=x onerror=alert(1)>',
      x: '<svg onload=alert(1)>',
    }).toString();
    for (const path of ['/embed/timeline/', '/embed/status/dsa/', '/embed/not-found/']) {
      const page = await newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${url}${path}?${hostile}&${'y'.repeat(8000)}=1`);
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

  test('answer an unknown widget address with the "not found" widget, never echoing it', async ({
    url,
  }) => {
    // The host's 404 for /embed/* is dist/embed/404.html (see the README for each host).
    const response = await fetch(
      `${url}/embed/status/${encodeURIComponent('"><script>alert(1)</script>')}/`,
    );
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).not.toContain('alert(1)');
    const $ = load(html);
    expect($('h1').text().trim()).toBe('Widget not found');
    expect($('.foot a').attr('target')).toBe('_top');
  });

  test('work without JavaScript: the build’s values, in the campaign’s language', () => {
    // ?lang=fr is read by the script: without it, the widget speaks the campaign's language.
    const $ = readPage(DIST, '/embed/status/csa-regulation/');
    expect(shownText($, 'h1')).toBe('CSA Regulation');
    expect(shownOnly($, '.s').length).toBe(1);
    expect(shownText($, shownOnly($, '.s').find('.badge--stage'))).toBe('In trilogue');
  });

  for (const scheme of ['light', 'dark'] as const) {
    // Every widget, with ?theme= and every ?lang=, is in the sweep (sweep.ts); these are
    // the options that change what is shown.
    test(`have no serious accessibility violations, compact or at the longest (${scheme})`, async ({
      open,
    }) => {
      const paths = [
        '/embed/status/interim-regulation/?lang=fr&compact=1',
        '/embed/timeline/?limit=20&lang=de',
      ];
      for (const path of paths) {
        const page = await open(path, { colorScheme: scheme });
        const violations = await seriousViolations(page);
        expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
      }
    });
  }
});

describe('widget weight (the budgets themselves are in weight.test.ts)', () => {
  test('the largest timeline slice holds the full 20 milestones', () => {
    const html = readFileSync(join(DIST, 'embed/timeline/index.html'), 'utf8');
    expect(html.match(/<li\b/g)?.length).toBe(20);
  });

  test('the weight counts every file a widget page really loads, and no other', async ({
    url,
    newPage,
  }) => {
    const largest = widgetSummary(DIST).flatMap((l) => (l.widget ? [l.route] : []));
    const pages = new Map(listPages(DIST).map((p) => [p.route, p]));
    for (const path of new Set([...largest, '/embed/timeline/'])) {
      const page = await newPage();
      const loaded: string[] = [];
      page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
      // A chart's language is its address (/embed/fr/chart/…: ?lang= leads there), the other
      // widgets take ?lang= in place.
      const query = /\/chart\//.test(path) ? '' : '?lang=fr';
      await page.goto(`${url}${path}${query}`, { waitUntil: 'networkidle' });
      const file = pages.get(path);
      if (!file) throw new Error(`${path} is not in the build`);
      const { resources } = pageWeight(DIST, file);
      expect(new Set(loaded), path).toEqual(
        new Set([path, ...resources.stylesheets, ...resources.scripts]),
      );
    }
  });
});
