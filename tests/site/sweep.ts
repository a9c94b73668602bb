/**
 * The sweep: every page template of the real site, in every language (the pages of visited.ts),
 * opened once per theme, light and dark, with every per-page
 * browser check run on that one load:
 *
 * - axe-core: no serious or critical violation (WCAG 2.0–2.2 A and AA, best practices);
 * - prefers-reduced-motion: reduce: nothing moves (no running animation, no transition);
 * - the script count is complete: the page loads no script the weight budget did not count;
 * - its Content Security Policy, enforced: no violation in any frame;
 * - nothing fails to load: every request to the site answers;
 * - privacy: loaded, it requests nothing from another origin and stores nothing (cookies,
 *   localStorage, sessionStorage, IndexedDB, Cache Storage), in any frame; in the light pass also
 *   once used (a search typed, a filter ticked, a select changed: what a reader does with a page
 *   does not depend on its colours).
 *
 * Widgets also take their theme and language from their address: each is opened as it is (the
 * reader's system theme, the campaign's language) and with `?theme=` and another `?lang=` (French
 * in the light pass, German in the dark one).
 * A partner's page using /embed.js is checked for privacy too, and the web editor's page
 * (/admin/) with the rules an editor's page can meet (see EDITOR_PAGES). Static checks of every
 * page (HTML, links, weights) are in html.test.ts, links.test.ts and weight.test.ts.
 *
 * The two themes are two test files (sweep-light.test.ts, sweep-dark.test.ts) so that the two
 * workers of the `site` project sweep side by side; this module holds what they share.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { WIDGET_LANGS } from '../../src/lib/embed.ts';
import { pageWeight, widgetKind } from '../../scripts/quality/site-output.ts';
import { serve } from '../../scripts/quality/static-server.ts';
import { axeViolations, describeViolations, serious, seriousViolations, WCAG_AA } from './axe.ts';
import { describe, expect, test } from './fixtures.ts';
import {
  clearStorage,
  cspViolations,
  findMotion,
  loadAndSettle,
  storedByPage,
  useControls,
  watchCsp,
  watchForeignRequests,
} from './probes.ts';
import { builtSite } from './sites.ts';
import { visitedTemplates } from './visited.ts';

const main = builtSite('main');

interface Visit {
  readonly route: string;
  /** Its file in dist/. */
  readonly rel: string;
  /** The address opened: the route, or a widget's route with options. */
  readonly url: string;
  readonly template: string;
}

/** The visits of one theme: every representative of every template, widgets with their options. */
function visits(theme: 'light' | 'dark'): Visit[] {
  return visitedTemplates.flatMap((t) =>
    t.representatives.flatMap((page) => {
      const base = { route: page.route, rel: page.rel, template: `${t.pattern} (${t.lang})` };
      if (!widgetKind(page.route)) return [{ ...base, url: page.route }];
      // As it is (the reader's system theme, the campaign's language), and with the theme asked
      // for in each of the other languages, one per theme: across the two themes every language
      // and both ways of choosing the theme are seen.
      const others = WIDGET_LANGS.filter((l) => l !== t.lang);
      const lang = others[theme === 'light' ? 0 : others.length - 1];
      return [
        { ...base, url: page.route },
        ...(lang ? [{ ...base, url: `${page.route}?theme=${theme}&lang=${lang}` }] : []),
      ];
    }),
  );
}

/** axe (serious and critical violations of these rules) and, with reduced motion, nothing moving. */
async function expectAccessibleAndStill(page: Page, tags: readonly string[]): Promise<void> {
  const violations = serious(await axeViolations(page, tags));
  expect.soft(violations, describeViolations(violations)).toEqual([]);
  expect
    .soft(
      (await page.evaluate(findMotion)).map((m) => `${m.what}: ${m.why}`),
      'moves with prefers-reduced-motion: reduce',
    )
    .toEqual([]);
}

/** One browser context per theme, shared by its visits: storage is cleared after each. */
interface Sweep {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly foreign: string[];
  readonly failed: string[];
  readonly scripts: Set<string>;
}

const extended = test.extend(
  'sweeps',
  { scope: 'file' },
  async ({ browser, site }, { onCleanup }) => {
    const { url } = await site('main');
    const made = new Map<string, Promise<Sweep>>();
    onCleanup(async () => {
      for (const s of made.values()) await (await s).context.close();
    });
    return (theme: 'light' | 'dark'): Promise<Sweep> => {
      let sweep = made.get(theme);
      if (!sweep) {
        sweep = (async () => {
          const context = await browser.newContext({ colorScheme: theme, reducedMotion: 'reduce' });
          await watchCsp(context);
          const foreign = watchForeignRequests(context, [url]);
          const page = await context.newPage();
          const failed: string[] = [];
          const scripts = new Set<string>();
          page.on('response', (r) => {
            if (r.status() >= 400 && r.request().resourceType() !== 'document')
              failed.push(`${r.status()} ${r.url()}`);
          });
          page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
          page.on('request', (r) => {
            // Scripts of a frame (a widget preview) belong to the framed page, which has its own visit.
            if (
              r.resourceType() === 'script' &&
              r.frame() === page.mainFrame() &&
              r.url().startsWith(url)
            )
              scripts.add(new URL(r.url()).pathname);
          });
          return { context, page, foreign, failed, scripts };
        })();
        made.set(theme, sweep);
      }
      return sweep;
    };
  },
);

/** Every template, in one theme. */
export function sweepTemplates(theme: 'light' | 'dark'): void {
  describe(`every template, ${theme} theme`, () => {
    for (const visit of visits(theme)) {
      extended(`${visit.url} (${visit.template})`, async ({ sweeps, site }) => {
        const { url } = await site('main');
        const { page, foreign, failed, scripts } = await sweeps(theme);
        foreign.length = 0;
        failed.length = 0;
        scripts.clear();
        try {
          // 100 ms without a request after load: the pages' scripts ask at once or on an action.
          await loadAndSettle(page, url + visit.url, 100);
          const counted = new Set(
            pageWeight(main.dist, { route: visit.route, rel: visit.rel }).resources.scripts,
          );
          expect
            .soft(
              [...scripts].filter((p) => !counted.has(p)),
              'scripts the weight budget did not count',
            )
            .toEqual([]);
          await expectAccessibleAndStill(page, [...WCAG_AA, 'best-practice']);
          if (theme === 'light') await useControls(page);
          expect.soft(await cspViolations(page), 'Content Security Policy violations').toEqual([]);
          expect.soft(failed, 'requests that failed').toEqual([]);
          expect.soft(foreign, 'requests to another origin').toEqual([]);
          expect.soft(await storedByPage(page), 'stored').toEqual([]);
        } finally {
          await clearStorage(page);
        }
      });
    }
  });
}

/**
 * The web editor's page, /admin/, is not one of the site's templates (no Astro route makes it:
 * src/integrations/editor.ts writes it) and is visited here on purpose, in two states: the real
 * site's, whose campaign has no editor settings (a page saying how to set the editor up, with no
 * script), and a working editor's (the "editor" site of tests/site/sites.ts: Sveltia CMS, its own
 * CSP, bundled and served by the site). On both, once per theme: no request to another origin, no
 * CSP violation (of its own policy), no failed request, and axe (WCAG 2.0–2.2 A and AA; the
 * package's own markup is not held to axe's best practices, the site's pages are). Not here: the
 * script count (the editor is its own bundle, outside the page budgets of weight.test.ts) and, on
 * the working editor, the storage probe: it keeps its sign-in and preferences in the browser's
 * storage by design. tests/site/editor.test.ts checks a whole editing session (requests, CSP, axe).
 */
const EDITOR_PAGES = [
  { site: 'main', state: 'not set up: no script', bestPractice: true, storage: true },
  { site: 'editor', state: 'a working editor', bestPractice: false, storage: false },
] as const;

/** The web editor's page in both states, in one theme. */
export function sweepEditorPage(theme: 'light' | 'dark'): void {
  describe(`the web editor's page, ${theme} theme`, () => {
    for (const p of EDITOR_PAGES) {
      test(`/admin/ (${p.state})`, async ({ browser, site }) => {
        const { url } = await site(p.site);
        const context = await browser.newContext({ colorScheme: theme, reducedMotion: 'reduce' });
        try {
          await watchCsp(context);
          const foreign = watchForeignRequests(context, [url]);
          const page = await context.newPage();
          const failed: string[] = [];
          page.on('response', (r) => {
            if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
          });
          page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
          await loadAndSettle(page, `${url}/admin/`, 300);
          if (p.site === 'editor')
            await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor();
          await expectAccessibleAndStill(
            page,
            p.bestPractice ? [...WCAG_AA, 'best-practice'] : WCAG_AA,
          );
          expect.soft(await cspViolations(page), 'Content Security Policy violations').toEqual([]);
          expect.soft(failed, 'requests that failed').toEqual([]);
          expect.soft(foreign, 'requests to another origin').toEqual([]);
          if (p.storage) expect.soft(await storedByPage(page), 'stored').toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });
}

/** The probes of the sweep can fail. */
export function sweepProbesCanFail(): void {
  describe('the checks can fail', () => {
    test('axe reports an image without a text alternative', async ({ site, page }) => {
      await page.goto(`${(await site('main')).url}/`);
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.querySelector('main')?.append(img);
      });
      expect((await seriousViolations(page)).map((v) => v.id)).toContain('image-alt');
    });

    test('the motion check finds a running animation', async ({ site, newPage }) => {
      // The probe's style is inline: let it past the page's CSP.
      const page = await newPage({ reducedMotion: 'no-preference', bypassCSP: true });
      await page.goto(`${(await site('main')).url}/`);
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
      expect((await page.evaluate(findMotion)).map((m) => m.what)).toContain('div.pt-probe');
    });

    test('the storage check finds a cookie and localStorage', async ({ site, page }) => {
      await page.goto(`${(await site('main')).url}/`);
      await page.evaluate(() => {
        localStorage.setItem('pt-probe', '1');
        document.cookie = 'pt-probe=1; path=/';
      });
      expect((await storedByPage(page)).join('\n')).toMatch(
        /cookie pt-probe[\s\S]*localStorage pt-probe/,
      );
    });

    test('the CSP check sees an inline script the policy blocks', async ({ browser, site }) => {
      const context = await browser.newContext();
      try {
        await watchCsp(context);
        const page = await context.newPage();
        await page.goto(`${(await site('main')).url}/about/`);
        await page.evaluate(() => {
          const s = document.createElement('script');
          s.textContent = 'window.ptRan = 1';
          document.body.append(s);
        });
        await page.waitForTimeout(100);
        expect((await cspViolations(page)).join('\n')).toMatch(/script-src/);
      } finally {
        await context.close();
      }
    });

    test('the request check sees a request to another origin', async ({ browser, site }) => {
      const { url } = await site('main');
      // The site's CSP would block the probe's request itself: let it past.
      const context = await browser.newContext({ bypassCSP: true });
      try {
        const foreign = watchForeignRequests(context, [url]);
        const page = await context.newPage();
        await page.goto(`${url}/about/`);
        await page.evaluate(() => fetch('http://127.0.0.1:9/probe').catch(() => undefined));
        expect(foreign).toContain('http://127.0.0.1:9/probe');
      } finally {
        await context.close();
      }
    });
  });
}

/** A partner's page using /embed.js. */
export function sweepPartnerPage(): void {
  test('a partner page on another origin using /embed.js requests nothing elsewhere and stores nothing', async ({
    browser,
    site,
  }) => {
    const { url } = await site('main');
    // The placeholders of the widget contract (DESIGN.md §4): the loader turns them into iframes.
    const host = await serve({
      dir: mkdtempSync(join(tmpdir(), 'pt-partner-')),
      pages: {
        '/partner.html': `<!doctype html><html lang="en"><title>Partner</title><body>
        <div data-policy-timeline="countdown"></div>
        <div data-policy-timeline="status" data-instrument="dsa"></div>
        <div data-policy-timeline="timeline" data-limit="5"></div>
        <script src="${url}/embed.js" async></script></body></html>`,
      },
    });
    const context = await browser.newContext();
    try {
      const foreign = watchForeignRequests(context, [url, host.url]);
      const page = await context.newPage();
      await loadAndSettle(page, `${host.url}/partner.html`, 300);
      expect(page.frames().length).toBeGreaterThan(1);
      expect(foreign).toEqual([]);
      expect(await storedByPage(page)).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
}
