/**
 * Accessibility of every page the build produced (found from dist/, widgets included):
 * - axe-core finds no serious or critical violation, in the light and the dark theme;
 * - a keyboard-only walk: Tab from the top of the home page, and of every kind of page with
 *   form controls (filters, search, the embed builder, once they exist), reaches the main
 *   navigation and then the content, in document order, with a visible focus indicator
 *   at every stop, and reaches every control;
 * - with prefers-reduced-motion, nothing moves (no running animation, no transition).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanTags } from '../../scripts/quality/html-scan.ts';
import { listPages, widgetKind } from '../../scripts/quality/site-output.ts';
import { describeViolations, launch, seriousViolations } from './browser.ts';
import { ROOT } from './global-setup.ts';
import { describeFocus, findMotion, focusableIn, tabWalk, type FocusStop } from './probes.ts';
import { serve, type Served } from './server.ts';

const DIST = join(ROOT, 'dist');
const pages = listPages(DIST);

/** The pages with filters, search and the embed builder, once they exist. */
const KEYBOARD_ROUTES = new Set(['/timeline/', '/search/', '/embed/']);
/** Those, and any page with form controls: at most three per section (pages of one template behave alike). */
const CONTROL_TAGS = new Set(['input', 'select', 'textarea', 'button']);
const interactive = (() => {
  const perSection = new Map<string, number>();
  return pages.filter((p) => {
    if (p.route === '/') return false;
    if (KEYBOARD_ROUTES.has(p.route)) return true;
    if (!scanTags(readFileSync(join(DIST, p.rel), 'utf8')).some((t) => CONTROL_TAGS.has(t.name)))
      return false;
    const section = p.route.split('/')[1] ?? '';
    const seen = perSection.get(section) ?? 0;
    perSection.set(section, seen + 1);
    return seen < 3;
  });
})();

let browser: Browser;
let site: Served;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function newPage(
  options: Parameters<Browser['newContext']>[0],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ bypassCSP: true, ...options });
  return { context, page: await context.newPage() };
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`axe-core: no serious or critical violations (${scheme} theme)`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await newPage({ colorScheme: scheme }));
    });
    afterAll(async () => context?.close());

    for (const p of pages) {
      // A widget also takes its theme from the URL; check the explicit one as well as "auto".
      const urls = widgetKind(p.route) ? [p.route, `${p.route}?theme=${scheme}`] : [p.route];
      it(p.route, async () => {
        for (const url of urls) {
          await page.goto(site.url + url, { waitUntil: 'load' });
          const violations = await seriousViolations(page);
          expect(violations, `${url}: ${describeViolations(violations)}`).toEqual([]);
        }
      });
    }
  });
}

/** What a keyboard walk must show on any page. */
function expectGoodWalk(
  route: string,
  stops: readonly FocusStop[],
  expected: { order: number; what: string; radioGroup?: string }[],
): void {
  expect(stops.length, `${route}: Tab reached nothing`).toBeGreaterThan(0);
  const hidden = stops
    .filter((s) => !s.isFrame && !(s.visible && s.onScreen))
    .map(
      (s) =>
        `${s.what}${s.visible ? '' : ' (no focus indicator)'}${s.onScreen ? '' : ' (off screen)'}`,
    );
  expect(hidden, `${route}: focus not visible at these stops`).toEqual([]);
  const outOfOrder = stops
    .slice(1)
    .filter((s, i) => s.order < (stops[i] as FocusStop).order)
    .map((s) => s.what);
  expect(outOfOrder, `${route}: focus jumped back in the document at`).toEqual([]);
  const reached = new Set(stops.map((s) => s.order));
  const groups = new Set(
    expected
      .filter((e) => e.radioGroup !== undefined && reached.has(e.order))
      .map((e) => e.radioGroup),
  );
  const missed = expected
    .filter(
      (e) => !reached.has(e.order) && !(e.radioGroup !== undefined && groups.has(e.radioGroup)),
    )
    .map((e) => e.what);
  expect(missed, `${route}: Tab never reached`).toEqual([]);
}

describe('keyboard only', () => {
  it('the focus check can fail: an element without outline or shadow is reported as not visible', async () => {
    const { context, page } = await newPage({});
    await page.goto(`${site.url}/`);
    await page.addStyleTag({
      content:
        '.pt-probe-link:focus, .pt-probe-link:focus-visible { outline: none !important; box-shadow: none !important; }',
    });
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '#pt-main';
      a.className = 'pt-probe-link';
      a.textContent = 'probe';
      document.querySelector('main')?.prepend(a);
      a.focus();
    });
    const stop = await page.evaluate(describeFocus);
    expect(stop?.visible).toBe(false);
    await context.close();
  });

  it('home: Tab goes to the skip link, the main navigation, then the content, in order, always visibly', async () => {
    const { context, page } = await newPage({});
    await page.goto(`${site.url}/`);
    const nav = await page.evaluate(focusableIn, 'header nav');
    const main = await page.evaluate(focusableIn, 'main');
    const all = await page.evaluate(focusableIn, 'body');
    expect(nav.length, 'the header has no navigation links').toBeGreaterThan(0);
    const stops = await tabWalk(page, all.length + 5);
    expectGoodWalk('/', stops, [...nav, ...main]);

    const first = stops[0];
    expect(first?.what, 'the first Tab should reach the skip link').toMatch(/^a\[href="#[^"]+"\]/);
    const lastNav = Math.max(...stops.flatMap((s, i) => (s.inNav ? [i] : [])));
    const firstMain = stops.findIndex((s) => s.inMain);
    expect(firstMain, 'Tab never reached the content').toBeGreaterThan(-1);
    expect(lastNav, 'the navigation comes before the content').toBeLessThan(firstMain);

    // The skip link moves focus to the content.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(
      page.evaluate(
        () =>
          document.activeElement?.closest('main') !== null ||
          document.activeElement?.tagName === 'MAIN',
      ),
    ).resolves.toBe(true);
    await context.close();
  });

  if (interactive.length === 0)
    it.skip('pages with filters, search or the embed builder: skipped: no page in this build has form controls yet', () => {});
  for (const p of interactive) {
    it(`${p.route}: Tab reaches every control in order, always visibly`, async () => {
      const { context, page } = await newPage({});
      await page.goto(site.url + p.route, { waitUntil: 'load' });
      const all = await page.evaluate(focusableIn, 'body');
      const controls = all.filter((c) => /^(input|select|textarea|button)/.test(c.what));
      const stops = await tabWalk(page, all.length + 5);
      expectGoodWalk(p.route, stops, controls);
      await context.close();
    });
  }
});

describe('prefers-reduced-motion: reduce', () => {
  it('the motion check can fail: a running animation is found when motion is allowed', async () => {
    const { context, page } = await newPage({ reducedMotion: 'no-preference' });
    await page.goto(`${site.url}/`);
    await page.addStyleTag({
      content:
        '@keyframes pt-probe-spin { to { transform: rotate(1turn); } } .pt-probe { animation: pt-probe-spin 2s linear infinite; transition: color 300ms; }',
    });
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.className = 'pt-probe';
      div.textContent = 'probe';
      document.body.append(div);
    });
    const motion = await page.evaluate(findMotion);
    expect(motion.map((m) => m.what)).toContain('div.pt-probe');
    await context.close();
  });

  it(`nothing moves on any page (${pages.length} pages)`, async () => {
    const { context, page } = await newPage({ reducedMotion: 'reduce' });
    const moving: string[] = [];
    for (const p of pages) {
      await page.goto(site.url + p.route, { waitUntil: 'load' });
      await page.waitForTimeout(50);
      for (const m of await page.evaluate(findMotion))
        moving.push(`${p.route} ${m.what}: ${m.why}`);
    }
    expect(moving).toEqual([]);
    await context.close();
  }, 300_000);
});
