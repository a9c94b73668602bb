/**
 * Widgets on a partner's page: a host page served from a second origin embeds widgets through
 * /embed.js and through a plain iframe. Heights fit, hostile placeholders stay inert, forged
 * resize messages are ignored, framing follows the headers, and nothing is requested from any
 * origin but the site's and the host's own.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { serve, type Served } from '../../scripts/quality/static-server.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { describe, expect, test, type PageOptions } from './fixtures.ts';

const LONG = 'a'.repeat(5000);
const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A partner's page: three widgets through the loader, one plain iframe, then hostile placeholders. */
const hostPage = (siteUrl: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A partner NGO</title></head>
<body><main>
<h1>A partner NGO</h1>
<p>Our campaign page, with the tracker's widgets.</p>
<div id="w-countdown" data-policy-timeline="countdown" data-instrument="interim-regulation" data-milestone="end-of-application"><a href="${siteUrl}/instruments/interim-regulation/end-of-application/">Project Beacon: deadline countdown – Interim Regulation</a></div>
<div id="w-status" data-policy-timeline="status" data-instrument="csa-regulation" data-lang="fr"><a href="${siteUrl}/instruments/csa-regulation/">Project Beacon : où en est le dossier – CSA Regulation</a></div>
<div id="w-timeline" data-policy-timeline="timeline" data-tag="detection" data-limit="3" data-theme="dark" data-lang="de"><a href="${siteUrl}/">Project Beacon: Zeitleiste – detection</a></div>
<iframe id="plain" src="${siteUrl}/embed/timeline/csa-regulation/?limit=4" title="Project Beacon: timeline – CSA Regulation" height="480" loading="lazy" referrerpolicy="no-referrer" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" style="display:block;width:100%;border:0"></iframe>
<p><a href="${siteUrl}/instruments/csa-regulation/">Project Beacon: timeline – CSA Regulation</a></p>
<h2>Hostile placeholders</h2>
<div id="h-markup" data-policy-timeline="status" data-instrument="${esc('"><img src=x onerror="window.__pwned=1">')}">Markup</div>
<div id="h-kind" data-policy-timeline="javascript:window.__pwned=1">Kind</div>
<div id="h-options" data-policy-timeline="timeline" data-tag="detection" data-lang="${esc('<script>window.__pwned=1</script>')}" data-limit="99999999999999999999" data-theme="javascript:window.__pwned=1" data-compact="${esc('"><b>')}">Options</div>
<div id="h-long" data-policy-timeline="status" data-instrument="${LONG}">Long</div>
<div id="h-unknown" data-policy-timeline="status" data-instrument="no-such-instrument">Unknown</div>
<div id="h-deadline" data-policy-timeline="countdown" data-instrument="dsa" data-milestone="proposal">Not a deadline</div>
<iframe id="rogue" src="${siteUrl}/embed/not-found/" title="Not placed by the loader" style="height:100px"></iframe>
<script src="${siteUrl}/embed.js" async></script>
<script src="${siteUrl}/embed.js" async></script>
</main></body></html>`;

/** A page that frames the site's own pages, which only the widgets allow. */
const framingPage = (siteUrl: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Framing</title></head><body><main><h1>Framing</h1>
<iframe id="f-widget" src="${siteUrl}/embed/status/dsa/" title="widget"></iframe>
<iframe id="f-about" src="${siteUrl}/about/" title="about"></iframe>
<iframe id="f-builder" src="${siteUrl}/embed/" title="builder"></iframe>
</main></body></html>`;

interface VisitOptions {
  readonly colorScheme?: 'light' | 'dark';
}

interface Visit {
  /** The tracker's own address (the partner's is `host.url`). */
  readonly url: string;
  readonly page: Page;
  readonly context: BrowserContext;
  readonly requests: string[];
  readonly dialogs: string[];
}

/** The partner's server (a second origin): its pages, made for the site's address. */
const hosts = new Map<string, Promise<Served>>();
function hostFor(siteUrl: string): Promise<Served> {
  let host = hosts.get(siteUrl);
  if (!host) {
    host = serve({
      dir: mkdtempSync(join(tmpdir(), 'pt-partner-')),
      pages: { '/host.html': hostPage(siteUrl), '/framing.html': framingPage(siteUrl) },
    });
    hosts.set(siteUrl, host);
  }
  return host;
}

async function visitHost(
  newPage: (options?: PageOptions) => Promise<Page>,
  host: Served,
  url: string,
  options: VisitOptions = {},
): Promise<Visit> {
  const page = await newPage({ viewport: { width: 900, height: 800 }, ...options });
  const context = page.context();
  const requests: string[] = [];
  const dialogs: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${host.url}/host.html`);
  return { url, page, context, requests, dialogs };
}

const it = test
  .extend('host', { scope: 'file' }, async ({ site }, { onCleanup }) => {
    const host = await hostFor((await site()).url);
    onCleanup(() => host.close());
    return host;
  })
  /** Opens the partner's page (900 × 800) in a new page, recording its requests and dialogs. */
  .extend('visit', async ({ site, newPage, host }) => {
    const { url } = await site();
    return (options?: VisitOptions): Promise<Visit> => visitHost(newPage, host, url, options);
  });

/** The widget frame inside a placeholder (or the plain iframe), scrolled into view and loaded. */
async function widgetFrame(page: Page, selector: string): Promise<Frame> {
  const element = page.locator(
    selector.startsWith('#plain') || selector.startsWith('#rogue')
      ? selector
      : `${selector} iframe`,
  );
  await element.scrollIntoViewIfNeeded();
  const handle = await element.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  await frame.waitForLoadState('load');
  await frame.locator('h1').waitFor();
  return frame;
}

/** Waits until the loader has applied the widget's own height (it starts at 240px). */
async function settledHeight(page: Page, selector: string): Promise<number> {
  const frame = page.locator(`${selector} iframe`);
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const h = await frame.evaluate((el) => el.getBoundingClientRect().height);
    if (h === last && h !== 240) return h;
    last = h;
    await page.waitForTimeout(100);
  }
  return last;
}

const contentHeight = (frame: Frame): Promise<number> =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('widgets on a partner page (another origin)', () => {
  it('turn each placeholder into one lazy, titled, sandboxed iframe of the right widget, even with the loader pasted twice', async ({
    visit,
  }) => {
    const { page, url } = await visit();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-policy-timeline] iframe').length === 9,
    );
    const frames = await page.$$eval('[data-policy-timeline]', (els) =>
      els.map((el) => {
        const f = el.querySelector('iframe');
        return {
          id: el.id,
          count: el.querySelectorAll('iframe').length,
          links: el.querySelectorAll('a').length,
          src: f?.src,
          title: f?.title,
          loading: f?.loading,
          sandbox: f?.getAttribute('sandbox'),
          referrer: f?.referrerPolicy,
        };
      }),
    );
    const byId = Object.fromEntries(frames.map((f) => [f.id, f]));
    for (const f of frames) {
      expect(f.count, f.id).toBe(1);
      expect(f.links, `${f.id}: the fallback link is replaced`).toBe(0);
      expect(f.loading).toBe('lazy');
      expect(f.referrer).toBe('no-referrer');
      expect(f.sandbox).toContain('allow-top-navigation-by-user-activation');
      expect(f.sandbox).not.toContain('allow-top-navigation ');
      expect(f.title, f.id).toBeTruthy();
    }
    expect(byId['w-countdown']?.src).toBe(
      `${url}/embed/countdown/interim-regulation/end-of-application/`,
    );
    expect(byId['w-status']?.src).toBe(`${url}/embed/status/csa-regulation/?lang=fr`);
    expect(byId['w-timeline']?.src).toBe(
      `${url}/embed/timeline/tag/detection/?theme=dark&lang=de&limit=3`,
    );
    expect(byId['w-status']?.title).toBe('Project Beacon : où en est le dossier – CSA Regulation');
  });

  it('fit each frame’s height to its content, the plain iframe keeping its own', async ({
    visit,
  }) => {
    const { page } = await visit();
    for (const id of ['#w-countdown', '#w-status', '#w-timeline']) {
      const frame = await widgetFrame(page, id);
      const height = await settledHeight(page, id);
      const content = await contentHeight(frame);
      expect(
        Math.abs(height - content),
        `${id}: frame ${height}px, content ${content}px`,
      ).toBeLessThanOrEqual(1);
      expect(
        await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1),
        `${id} scrolls inside`,
      ).toBe(true);
    }
    // The widgets are the real ones (not the "not found" widget), and the options reached them.
    const countdown = await widgetFrame(page, '#w-countdown');
    await expect(countdown.locator('h1').innerText()).resolves.toBe(
      'Interim Regulation: The Interim Regulation stops applying and the derogation lapses',
    );
    await expect(countdown.locator('[data-pt-due]').first().innerText()).resolves.toMatch(
      /^\d+ days ago$/,
    );
    const timeline = await widgetFrame(page, '#w-timeline');
    expect(await timeline.locator('ol.tl > li:visible').count()).toBe(3);
    expect(await timeline.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const status = await widgetFrame(page, '#w-status');
    await expect(status.locator('.k').innerText()).resolves.toContain('Où en est le dossier');
    const plain = await widgetFrame(page, '#plain');
    expect(await plain.locator('ol.tl > li:visible').count()).toBe(4);
    expect(await page.locator('#plain').evaluate((el) => el.getBoundingClientRect().height)).toBe(
      480,
    );
  });

  it('follow the widget when its content grows, and clamp what they accept', async ({ visit }) => {
    const { page } = await visit();
    const frame = await widgetFrame(page, '#w-status');
    const before = await settledHeight(page, '#w-status');
    await frame.evaluate(() => {
      const p = document.createElement('p');
      p.style.height = '200px';
      document.querySelector('main')?.append(p);
    });
    await page.waitForFunction(
      (h) =>
        (document.querySelector('#w-status iframe')?.getBoundingClientRect().height ?? 0) >=
        h + 199,
      before,
    );
    await frame.evaluate(() =>
      window.parent.postMessage({ type: 'policy-timeline:resize', height: 1e9 }, '*'),
    );
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLIFrameElement>('#w-status iframe')?.style.height === '2400px',
    );
    await frame.evaluate(() =>
      window.parent.postMessage({ type: 'policy-timeline:resize', height: '300' }, '*'),
    );
    await frame.evaluate(() => window.parent.postMessage({ type: 'other', height: 300 }, '*'));
    await page.waitForTimeout(200);
    expect(
      await page
        .locator('#w-status iframe')
        .evaluate((el) => (el as HTMLIFrameElement).style.height),
    ).toBe('2400px');
  });

  it('ignore a resize message from another origin, or from a frame the loader did not make', async ({
    visit,
  }) => {
    const { page } = await visit();
    await widgetFrame(page, '#w-status');
    const before = await settledHeight(page, '#w-status');
    // The host page's own origin (a script on the partner's page, or an ad on it).
    await page.evaluate(() =>
      window.postMessage({ type: 'policy-timeline:resize', height: 1777 }, '*'),
    );
    // The site's origin, but a frame the loader did not create.
    const rogue = await widgetFrame(page, '#rogue');
    await rogue.evaluate(() =>
      window.parent.postMessage({ type: 'policy-timeline:resize', height: 1888 }, '*'),
    );
    await page.waitForTimeout(300);
    const heights = await page.$$eval('[data-policy-timeline] iframe', (els) =>
      els.map((el) => (el as HTMLIFrameElement).style.height),
    );
    expect(heights).not.toContain('1777px');
    expect(heights).not.toContain('1888px');
    expect(
      await page.locator('#w-status iframe').evaluate((el) => el.getBoundingClientRect().height),
    ).toBe(before);
  });

  it('keep hostile placeholder values inert, and show a clear "not found" widget', async ({
    visit,
  }) => {
    const { page, dialogs, url } = await visit();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-policy-timeline] iframe').length === 9,
    );
    const src = (id: string): Promise<string | null> =>
      page.locator(`#${id} iframe`).getAttribute('src');
    // Malformed values go to the "not found" widget itself; a well-formed id the site does not
    // publish to its own address, which the host answers with the "not found" widget (its 404).
    const expected: Record<string, string> = {
      'h-markup': '/embed/not-found/',
      'h-kind': '/embed/not-found/',
      'h-long': '/embed/not-found/',
      'h-unknown': '/embed/status/no-such-instrument/',
      'h-deadline': '/embed/countdown/dsa/proposal/',
    };
    for (const [id, path] of Object.entries(expected)) {
      expect(await src(id), id).toBe(`${url}${path}`);
      const frame = await widgetFrame(page, `#${id}`);
      await expect(frame.locator('h1').innerText()).resolves.toBe('Widget not found');
      await expect(frame.locator('a[href="/"]').last().getAttribute('target')).resolves.toBe(
        '_top',
      );
    }
    // Hostile options are dropped; the widget itself is fine.
    expect(await src('h-options')).toBe(`${url}/embed/timeline/tag/detection/`);
    const options = await widgetFrame(page, '#h-options');
    expect(
      await options.evaluate(() => ({
        theme: document.documentElement.dataset['theme'],
        lang: document.documentElement.lang,
        compact: 'compact' in document.documentElement.dataset,
      })),
    ).toEqual({ theme: 'auto', lang: 'en-GB', compact: false });
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('request nothing from anyone but the site and the host, set no cookies and use no storage', async ({
    visit,
    host,
  }) => {
    const { page, context, requests, url } = await visit();
    for (const id of [
      '#w-countdown',
      '#w-status',
      '#w-timeline',
      '#plain',
      '#h-options',
      '#h-unknown',
    ])
      await widgetFrame(page, id);
    await page.waitForLoadState('networkidle');
    const foreign = requests.filter(
      (r) =>
        !r.startsWith(`${url}/`) &&
        !r.startsWith(`${host.url}/`) &&
        !r.startsWith('data:') &&
        !r.startsWith('about:'),
    );
    expect(foreign).toEqual([]);
    expect(requests.some((r) => r.startsWith(`${url}/embed/`))).toBe(true);
    expect(await context.cookies()).toEqual([]);
    for (const frame of page.frames().filter((f) => f.url().startsWith(url))) {
      expect(
        await frame.evaluate(() => ({
          cookie: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
        })),
        frame.url(),
      ).toEqual({ cookie: '', local: 0, session: 0 });
    }
  });

  it('open the tracker in the top window, in the widget’s language, when a reader follows a widget’s link', async ({
    visit,
    site,
  }) => {
    const { page, url } = await visit();
    const frame = await widgetFrame(page, '#w-status');
    const links = await frame.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('target')));
    expect(links.length).toBeGreaterThan(1);
    expect(new Set(links)).toEqual(new Set(['_top']));
    // A French widget leads to the French pages.
    await Promise.all([
      page.waitForURL(`${url}/fr/instruments/csa-regulation/`),
      frame.locator('.foot a').click(),
    ]);
    // The instrument's name in French (the content's translation, where it has one).
    const csa = (await site()).entries.find(
      (e) => e.instrument.id === 'csa-regulation',
    )?.instrument;
    await expect(page.locator('h1').innerText()).resolves.toContain(
      csa?.translations?.fr?.shortTitle ?? 'CSA Regulation',
    );
  });

  it('has no serious accessibility violations on the partner page', async ({ visit }) => {
    const { page } = await visit();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-policy-timeline] iframe').length === 9,
    );
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('framing policy (public/_headers as the server applies it)', () => {
  it('lets another site frame a widget but not the site’s own pages, nor the builder', async ({
    newPage,
    site,
    host,
  }) => {
    const { url } = await site();
    const page = await newPage();
    await page.goto(`${host.url}/framing.html`);
    const frameOf = async (id: string): Promise<Frame> => {
      const frame = await (await page.$(`#${id}`))?.contentFrame();
      if (!frame) throw new Error(id);
      await frame.waitForLoadState('load');
      return frame;
    };
    const widget = await frameOf('f-widget');
    expect(widget.url()).toBe(`${url}/embed/status/dsa/`);
    await expect(widget.locator('h1').innerText()).resolves.toBe('Digital Services Act');
    // Chromium replaces a frame that frame-ancestors refuses with its own error page.
    for (const id of ['f-about', 'f-builder'])
      expect((await frameOf(id)).url(), `${id} must be blocked`).toMatch(/^chrome-error:/);
  });

  it('sends the framing headers and a cacheable, CORS-free loader', async ({ site }) => {
    const { url } = await site();
    const headers = async (path: string): Promise<Headers> =>
      (await fetch(`${url}${path}`)).headers;
    for (const path of [
      '/embed/status/dsa/',
      '/embed/timeline/',
      '/embed/not-found/',
      '/embed/no-such/',
    ])
      expect((await headers(path)).get('content-security-policy'), path).toBe('frame-ancestors *');
    for (const path of ['/', '/about/', '/embed/'])
      expect((await headers(path)).get('content-security-policy'), path).toBe(
        "frame-ancestors 'self'",
      );
    const loader = await headers('/embed.js');
    expect(loader.get('content-type')).toMatch(/^text\/javascript/);
    expect(loader.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(loader.get('access-control-allow-origin')).toBeNull();
    for (const path of ['/embed/status/dsa/', '/embed.js'])
      expect((await headers(path)).get('set-cookie'), path).toBeNull();
  });
});
