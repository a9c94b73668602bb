/**
 * Keyboard only, on the real site: Tab from the top of each language's home page reaches the skip link, the
 * main navigation, then the content, in document order, always with a visible focus indicator,
 * and the skip link moves focus to the content; on every template with form controls (filters,
 * search, the embed builder: found from dist/), Tab reaches every control, in order, visibly.
 * (axe, motion and the rest run on every template in sweep.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanTags } from '../../scripts/quality/html-scan.ts';
import { describe, expect, test } from './fixtures.ts';
import { languagesOf } from './languages.ts';
import { describeFocus, focusableIn, tabWalk, type FocusStop } from './probes.ts';
import { builtSite } from './sites.ts';
import { visitedTemplates } from './visited.ts';

const main = builtSite('main');
/** The home page of every language: "/", "/fr/", "/de/". */
const homes = languagesOf(main.content).map((l) => l.path('/'));
const CONTROL_TAGS = new Set(['input', 'select', 'textarea', 'button']);
/** The pages with the page's own form controls (the header's search box is on every page). */
const interactive = visitedTemplates
  .flatMap((t) => t.representatives)
  .filter((p) => {
    const html = readFileSync(join(main.dist, p.rel), 'utf8');
    const body = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
    return !homes.includes(p.route) && scanTags(body).some((t) => CONTROL_TAGS.has(t.name));
  });

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
  test('the focus check can fail: an element without outline or shadow is reported as not visible', async ({
    site,
    newPage,
  }) => {
    const page = await newPage();
    await page.goto(`${(await site()).url}/`);
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '#pt-main';
      a.textContent = 'probe';
      // No outline and no shadow, whatever the page's focus styles say (set through the CSSOM,
      // which the page's CSP allows).
      a.style.setProperty('outline', 'none', 'important');
      a.style.setProperty('box-shadow', 'none', 'important');
      document.querySelector('main')?.prepend(a);
      a.focus();
    });
    const stop = await page.evaluate(describeFocus);
    expect(stop?.visible).toBe(false);
  });

  for (const home of homes)
    test(`home (${home}): Tab goes to the skip link, the main navigation, then the content, in order, always visibly`, async ({
      site,
      page,
    }) => {
      await page.goto(`${(await site()).url}${home}`);
      const nav = await page.evaluate(focusableIn, 'header nav');
      const content = await page.evaluate(focusableIn, 'main');
      const all = await page.evaluate(focusableIn, 'body');
      expect(nav.length, 'the header has no navigation links').toBeGreaterThan(0);
      const stops = await tabWalk(page, all.length + 5);
      expectGoodWalk(home, stops, [...nav, ...content]);

      const first = stops[0];
      expect(first?.what, 'the first Tab should reach the skip link').toMatch(
        /^a\[href="#[^"]+"\]/,
      );
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
    });

  test('some templates have form controls (the filters, search, the embed builder)', () => {
    expect(interactive.map((p) => p.route)).toEqual(
      expect.arrayContaining(
        homes.flatMap((home) => ['timeline/', 'search/', 'embed/'].map((r) => home + r)),
      ),
    );
  });

  for (const p of interactive) {
    test(`${p.route}: Tab reaches every control in order, always visibly`, async ({
      site,
      page,
    }) => {
      await page.goto((await site()).url + p.route, { waitUntil: 'load' });
      const all = await page.evaluate(focusableIn, 'body');
      const controls = all.filter((c) => /^(input|select|textarea|button)/.test(c.what));
      const stops = await tabWalk(page, all.length + 5);
      expectGoodWalk(p.route, stops, controls);
    });
  }
});
