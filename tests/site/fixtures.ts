/**
 * The browser-and-server harness of the `site` tests, as Vitest fixtures (`test.extend`):
 *
 * - `browser`: one headless Chromium per worker, shared by every test file it runs (the `site`
 *   project runs files one after another in one worker, without isolation);
 * - `site(name)`: a site of tests/site/sites.ts, built once by the global set-up, served on a free
 *   port (once per worker), with its address, folders and content;
 * - `page`: a page in a fresh browser context for this test, closed after it; `newPage(options)`
 *   for more pages or other context options (JavaScript off, a time zone, a theme, a fixed clock
 *   with `at`). Contexts enforce the pages' Content Security Policy (axe runs regardless: see
 *   axe.ts).
 *
 *   import { test, expect } from './fixtures.ts';
 *   test('the home page names the campaign', async ({ site, page }) => {
 *     const { url } = await site('main');
 *     await page.goto(`${url}/`);
 *     await expect(page.locator('h1').innerText()).resolves.toBe('Project Beacon');
 *   });
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test as base } from 'vitest';
import { launch } from '../../scripts/quality/browser.ts';
import { serve, type Served } from '../../scripts/quality/static-server.ts';
import { readEntries, type Entry } from './content.ts';
import { builtSite, type BuiltSite, type SiteName } from './sites.ts';

export { describe, expect };

export interface SiteUnderTest extends BuiltSite {
  /** Where it is served, e.g. "http://127.0.0.1:40123" (no trailing slash). */
  readonly url: string;
  /** Every path requested from its server, in order. */
  readonly requests: string[];
  /** The milestones of the content it was built from. */
  readonly entries: readonly Entry[];
}

export interface PageOptions extends BrowserContextOptions {
  /** Fixes the reader's clock at this instant (every frame of the context shares it). */
  readonly at?: string;
}

/** The `site` fixture: a site of tests/site/sites.ts, served. */
export type SiteFixture = (name?: SiteName) => Promise<SiteUnderTest>;
/** The `newPage` fixture: a page in a fresh browser context. */
export type NewPageFixture = (options?: PageOptions) => Promise<Page>;

export const test = base
  // Vitest reads a fixture's first parameter to know what it uses: it must be a pattern, even an
  // empty one.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launch();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend(
    'site',
    { scope: 'worker' },
    // eslint-disable-next-line no-empty-pattern
    ({}, { onCleanup }): SiteFixture => {
      const served = new Map<SiteName, Promise<{ site: SiteUnderTest; server: Served }>>();
      onCleanup(async () => {
        for (const entry of served.values()) await (await entry).server.close();
      });
      return async (name = 'main') => {
        let entry = served.get(name);
        if (!entry) {
          const built = builtSite(name);
          entry = serve({ dir: built.dist }).then((server) => ({
            server,
            site: {
              ...built,
              url: server.url,
              requests: server.requests,
              entries: readEntries(built.content),
            },
          }));
          served.set(name, entry);
        }
        return (await entry).site;
      };
    },
  )
  .extend('newPage', ({ browser }, { onCleanup }): NewPageFixture => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(contexts.map((c) => c.close()));
    });
    return async ({ at, ...options } = {}) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      if (at) await context.clock.setFixedTime(new Date(at));
      return context.newPage();
    };
  })
  .extend('page', async ({ newPage }): Promise<Page> => newPage());
