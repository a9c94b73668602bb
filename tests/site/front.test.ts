/**
 * The home page and the header, in Chromium.
 *
 * - A fixture campaign (tests/fixtures/front) built for 1 December 2026, 10:00 UTC, with known
 *   activity: Alpha (open) moved last (a confirmed step on 20 November, a report of a deal on
 *   25 November), Beta (open) on 1 October with Parliament's vote on 15 December, Zeta (open)
 *   stalled since January 2025, Gamma (finished) changed on 28 November, Epsilon finished in
 *   2020, Delta expired on 3 April 2026.
 * - The real site, in every language: the header on one row at 1280 px, the search and the
 *   navigation both there on a phone, nothing sideways at 320 px. (Axe on every language's home
 *   page in both themes is the sweep's, sweep.ts; its JavaScript budget weight.test.ts's.)
 *
 * Both are built by the global set-up (sites "front" and "main" of tests/site/sites.ts).
 */
import type { Page } from 'playwright-core';
import { listPages } from '../../scripts/quality/site-output.ts';
import { describe, expect, test as base, type PageOptions } from './fixtures.ts';
import { builtSite, type SiteName } from './sites.ts';

const BUILT_AT = builtSite('front').now ?? '';
const DIST = builtSite('main').dist;
const LANGS = ['', '/fr', '/de'] as const;

interface View extends PageOptions {
  /** The site to open: the front fixture unless said. */
  site?: SiteName;
}
/** `view(path, options)` opens a page for a reader in Brussels. */
const test = base.extend(
  'view',
  ({ site, newPage }) =>
    async (path: string, { site: name = 'front', ...options }: View = {}): Promise<Page> => {
      const { url } = await site(name);
      const page = await newPage({ timezoneId: 'Europe/Brussels', ...options });
      await page.goto(`${url}${path}`);
      return page;
    },
);

const visible = (page: Page, selector: string, attr: string): Promise<string[]> =>
  page
    .locator(`${selector}:visible`)
    .evaluateAll((els, a) => els.map((el) => el.getAttribute(a) ?? ''), attr);
const text = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();

describe('the home page leads with what is happening now', () => {
  for (const javaScriptEnabled of [false, true])
    test(`the most recently active open file comes first, finished ones after the open ones (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
      view,
    }) => {
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

  test('a reported step is labelled as not confirmed, and never the file’s headline', async ({
    view,
  }) => {
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

  test('coming up: the confirmed vote with its countdown; the reported adoption apart, labelled, not counted down; the campaign’s target in neither', async ({
    view,
  }) => {
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

  test('on the reader’s clock, a date that has passed leaves “Coming up”', async ({ view }) => {
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
    test(`${lang || '/'}: brand, navigation, search and languages share one row at 1280 px`, async ({
      site,
      view,
    }) => {
      const page = await view(`${lang}/`, { site: 'main', viewport: { width: 1280, height: 800 } });
      for (const path of ['/', '/status/', instrument]) {
        await page.goto(`${(await site('main')).url}${lang}${path}`);
        const row = await headerRow(page);
        expect(row.oneRow, `${lang}${path}: ${row.detail}`).toBe(true);
      }
    });

    test(`${lang || '/'}: on a 390 px phone the search and every link of the navigation are on the screen`, async ({
      view,
    }) => {
      const page = await view(`${lang}/`, { site: 'main', viewport: { width: 390, height: 844 } });
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

    test(`${lang || '/'}: nothing scrolls sideways at 320 px on any page template`, async ({
      site,
      view,
    }) => {
      const page = await view(`${lang}/`, { site: 'main', viewport: { width: 320, height: 700 } });
      const wide: string[] = [];
      for (const path of templates) {
        await page.goto(`${(await site('main')).url}${lang}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${lang}${path}: ${width} px`);
      }
      expect(wide).toEqual([]);
    });
  }
});
