/**
 * The home page and the header, in Chromium.
 *
 * - A fixture campaign (tests/fixtures/front) built for 1 December 2026, 10:00 UTC, with known
 *   activity: Alpha (open) moved last (a confirmed step on 20 November, a report of a deal on
 *   25 November), Beta (open) on 1 October with Parliament's vote on 15 December, Zeta (open)
 *   stalled since January 2025, Gamma (finished) changed on 28 November, Epsilon finished in
 *   2020, Delta expired on 3 April 2026.
 * - The real site (dist/, from the global set-up), in every language: the header on one row at
 *   1280 px, the search and the navigation both there on a phone, nothing sideways at 320 px,
 *   axe in light and dark, and the home page's JavaScript budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KB, listPages, pageWeight } from '../../scripts/quality/site-output.ts';
import { describeViolations, launch, openPage, seriousViolations } from './browser.ts';
import { ROOT } from './global-setup.ts';
import { serve, type Served } from './server.ts';

const BUILT_AT = '2026-12-01T10:00:00Z';
const OUT = mkdtempSync(join(tmpdir(), 'pt-front-site-'));
const DIST = join(ROOT, 'dist');
const LANGS = ['', '/fr', '/de'] as const;

let browser: Browser;
let fixture: Served;
let real: Served;

beforeAll(async () => {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', OUT],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        POLICY_TIMELINE_CONTENT: join(ROOT, 'tests/fixtures/front'),
        POLICY_TIMELINE_NOW: BUILT_AT,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`the fixture build failed:\n${run.stdout}\n${run.stderr}`);
  [browser, fixture, real] = await Promise.all([launch(), serve({ dir: OUT }), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await fixture?.close();
  await real?.close();
  rmSync(OUT, { recursive: true, force: true });
});
const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.context().close()));
});

interface View extends BrowserContextOptions {
  at?: string;
  site?: Served;
}
async function view(path: string, { at, site = fixture, ...options }: View = {}): Promise<Page> {
  const page = await openPage(browser, { timezoneId: 'Europe/Brussels', ...options });
  opened.push(page);
  if (at) await page.clock.setFixedTime(new Date(at));
  await page.goto(`${site.url}${path}`);
  return page;
}

const visible = (page: Page, selector: string, attr: string): Promise<string[]> =>
  page
    .locator(`${selector}:visible`)
    .evaluateAll((els, a) => els.map((el) => el.getAttribute(a) ?? ''), attr);
const text = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();

describe('the home page leads with what is happening now', () => {
  for (const javaScriptEnabled of [false, true])
    it(`the most recently active open file comes first, finished ones after the open ones (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await view('/', { javaScriptEnabled, at: BUILT_AT });
      await expect(visible(page, '#pt-now-list > li', 'data-instrument')).resolves.toEqual([
        'alpha-regulation',
        'beta-directive',
        'zeta-proposal',
        'gamma-act',
      ]);
      // Gamma changed on 28 November, after every open file, and still comes after them.
      await expect(visible(page, '#pt-now-list > li', 'data-state')).resolves.toEqual([
        'open',
        'open',
        'stalled',
        'done',
      ]);
      await expect(visible(page, '#pt-done-list > li', 'data-instrument')).resolves.toEqual([
        'epsilon-strategy',
      ]);
      await expect(visible(page, '#pt-ended-list > li', 'data-instrument')).resolves.toEqual([
        'delta-interim',
      ]);
      // In the page's order too: every finished or ended one is after every open one.
      const after = await page.evaluate(() => {
        const open = [...document.querySelectorAll('#pt-now-list > li[data-state="open"]')];
        const settled = [...document.querySelectorAll('#pt-done-list > li, #pt-ended-list > li')];
        return settled.every((s) =>
          open.every((o) => o.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING),
        );
      });
      expect(after).toBe(true);
    });

  it('a reported step is labelled as not confirmed, and never the file’s headline', async () => {
    const page = await view('/', { at: BUILT_AT });
    const alpha = page.locator('#pt-now-list > li[data-instrument="alpha-regulation"]');
    await expect(alpha.locator('h3').innerText()).resolves.toBe('Alpha Regulation');
    // The stage is the last confirmed one, not the reported agreement.
    const stage = alpha.locator('.badge--stage:visible');
    await expect(stage.allInnerTexts()).resolves.toEqual(['In trilogue']);
    await expect(
      text(page, '#pt-now-list > li:first-child .now-item__latest:visible'),
    ).resolves.toMatch(
      /^Latest confirmed step: 20 November 2026 Council counsellors discuss the state of play$/,
    );
    // What is reported since is said once, by the file's status, labelled and with its sources.
    const report = alpha.locator('.reports:visible');
    await expect(report.count()).resolves.toBe(1);
    await expect(
      text(page, '#pt-now-list > li[data-instrument="alpha-regulation"] .reports:visible'),
    ).resolves.toMatch(
      /^Reported since: Press: negotiators strike a provisional deal, 25 November 2026 \(not confirmed\)/,
    );
    // Nowhere else on the card: not in its heading, not in its stage.
    const outside = await alpha.evaluate((card) =>
      [...card.querySelectorAll('h3, .badge--stage')].some((el) =>
        el.textContent?.includes('provisional deal'),
      ),
    );
    expect(outside).toBe(false);
  });

  it('coming up: the confirmed vote with its countdown; the reported adoption apart, labelled, not counted down; the campaign’s target in neither', async () => {
    const page = await view('/', { at: BUILT_AT });
    await expect(visible(page, '#pt-coming-list > li', 'data-key')).resolves.toEqual([
      'beta-directive#plenary-vote',
    ]);
    await expect(text(page, '#pt-coming-list > li:first-child .coming__when')).resolves.toBe(
      '15 December 2026 · in 14 days',
    );
    await expect(visible(page, '#pt-coming-reported > li', 'data-key')).resolves.toEqual([
      'beta-directive#reported-adoption',
    ]);
    const reported = page.locator('#pt-coming-reported > li');
    await expect(reported.locator('.badge.state--reported').innerText()).resolves.toBe(
      'Unconfirmed report',
    );
    await expect(reported.locator('.countdown').count()).resolves.toBe(0);
    await expect(page.locator('text=wants the Council to adopt').count()).resolves.toBe(0);
    // No deadline is ahead (the vote is not one), and the headline says so.
    await expect(text(page, '.next__slot:visible')).resolves.toBe(
      'No confirmed deadline is coming up.',
    );
  });

  it('on the reader’s clock, a date that has passed leaves “Coming up”', async () => {
    const page = await view('/', { at: '2026-12-16T12:00:00Z' });
    await expect(visible(page, '#pt-coming-list > li', 'data-key')).resolves.toEqual([]);
    await expect(visible(page, '#pt-coming-reported > li', 'data-key')).resolves.toEqual([
      'beta-directive#reported-adoption',
    ]);
  });
});

/** Where the header's parts are, and whether they share one row. */
async function headerRow(page: Page): Promise<{ oneRow: boolean; detail: string }> {
  return page.evaluate(() => {
    const box = (el: Element | null) => el?.getBoundingClientRect();
    const parts = ['.brand', '.site-nav', '.site-search', '.lang-switch'].map((s) => ({
      s,
      b: box(document.querySelector(`.site-header ${s}`)),
    }));
    const inner = box(document.querySelector('.site-header__inner'));
    const items = [...document.querySelectorAll('.site-nav > ul > li')].map((li) =>
      Math.round(li.getBoundingClientRect().top),
    );
    const present = parts.filter((p) => p.b !== undefined) as { s: string; b: DOMRect }[];
    const overlap = present.every((p) =>
      present.every((q) => p.b.top < q.b.bottom && q.b.top < p.b.bottom),
    );
    const inside = present.every((p) => inner && p.b.right <= inner.right + 0.5);
    return {
      oneRow: present.length === 4 && overlap && inside && new Set(items).size === 1,
      detail: present
        .map(
          (p) =>
            `${p.s} ${Math.round(p.b.left)}–${Math.round(p.b.right)} × ${Math.round(p.b.top)}–${Math.round(p.b.bottom)}`,
        )
        .concat(`nav rows at ${[...new Set(items)].join(', ')}`)
        .join('; '),
    };
  });
}

describe('the header and the page widths, in every language', () => {
  const english = listPages(DIST).map((p) => p.route);
  const instrument = english.find((r) => /^\/instruments\/[^/]+\/$/.test(r)) ?? '/';
  const milestone = english.find((r) => /^\/instruments\/[^/]+\/[^/]+\/$/.test(r)) ?? '/';
  const templates = [
    '/',
    '/timeline/',
    '/deadlines/',
    '/status/',
    instrument,
    milestone,
    '/about/',
    '/data/',
    '/embed/',
    '/search/',
  ];

  for (const lang of LANGS) {
    it(`${lang || '/'}: brand, navigation, search and languages share one row at 1280 px`, async () => {
      const page = await view(`${lang}/`, { site: real, viewport: { width: 1280, height: 800 } });
      for (const path of ['/', '/status/', instrument]) {
        await page.goto(`${real.url}${lang}${path}`);
        const row = await headerRow(page);
        expect(row.oneRow, `${lang}${path}: ${row.detail}`).toBe(true);
      }
    });

    it(`${lang || '/'}: on a 390 px phone the search and every link of the navigation are on the screen`, async () => {
      const page = await view(`${lang}/`, { site: real, viewport: { width: 390, height: 844 } });
      await expect(page.locator('#pt-site-search').isVisible()).resolves.toBe(true);
      const links = await page
        .locator('.site-nav > ul > li > a, .site-nav > ul > li > details > summary')
        .evaluateAll((els) =>
          els.map((el) => {
            const b = el.getBoundingClientRect();
            return {
              visible: b.width > 0 && b.height >= 24,
              inside: b.left >= 0 && b.right <= 390,
            };
          }),
        );
      expect(links.length).toBeGreaterThanOrEqual(3);
      expect(
        links.every((l) => l.visible && l.inside),
        JSON.stringify(links),
      ).toBe(true);
    });

    it(`${lang || '/'}: nothing scrolls sideways at 320 px on any page template`, async () => {
      const page = await view(`${lang}/`, { site: real, viewport: { width: 320, height: 700 } });
      const wide: string[] = [];
      for (const path of templates) {
        await page.goto(`${real.url}${lang}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${lang}${path}: ${width} px`);
      }
      expect(wide).toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const)
      it(`${lang || '/'}: the home page has no serious accessibility violation (${colorScheme})`, async () => {
        const page = await view(`${lang}/`, { site: real, colorScheme });
        const violations = await seriousViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      });
  }

  it('the home page ships at most 10 KB of gzipped JavaScript in every language', () => {
    const pages = listPages(DIST).filter((p) => ['/', '/fr/', '/de/'].includes(p.route));
    expect(pages).toHaveLength(3);
    for (const p of pages) expect(pageWeight(DIST, p).js, p.route).toBeLessThanOrEqual(10 * KB);
  });
});
