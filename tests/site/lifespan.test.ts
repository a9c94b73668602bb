/**
 * The lifespan chart where readers see it (issue 14): /overview/, an instrument's track, the
 * /embed/chart/ widget and the /overview.svg download, from the real build.
 * - parsed from dist/: the page's chart within its 25 KB budget, the download self-contained
 *   with its caption and source in each language, the table a line for every bar;
 * - in Chromium: a keyboard walk over the bars in date order with a visible focus, the table
 *   matching the bars, axe in light, dark and forced colours, the phone render, print, without
 *   JavaScript, the today line moved for a reader a year (and ten years) later, and the widget on
 *   a partner's page on a second origin (language, compact, resize, links in the top window,
 *   not found, no request elsewhere).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { it, onTestFinished } from 'vitest';
import { serve, type Served } from '../../scripts/quality/static-server.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { describe, expect, test as base, type SiteUnderTest } from './fixtures.ts';
import { inLang } from './languages.ts';
import { describeFocus } from './probes.ts';
import { builtSite } from './sites.ts';

const DIST = builtSite('main').dist;
const read = (rel: string): string => readFileSync(join(DIST, rel), 'utf8');
const KB = 1024;
const DAY = 86_400_000;

/**
 * `open(path, options)` opens a page of the real site in a context of its own (under the site's
 * CSP; the test closes it).
 */
const test = base.extend(
  'open',
  ({ browser, site }) =>
    async (path: string, options: BrowserContextOptions = {}): Promise<Page> => {
      const { url } = await site();
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const response = await page.goto(url + path, { waitUntil: 'load' });
      expect(response?.ok(), path).toBe(true);
      return page;
    },
);

/** The bars of the chart shown (wide or phone): each link's name, address and the x where it starts. */
function bars(selector: string): { name: string; href: string; x: number }[] {
  return [...document.querySelectorAll<SVGAElement>(`${selector} .lc-bars a`)].map((a) => {
    // Where it starts: a bar's left edge, a deadline's diamond's centre.
    const shape = a.querySelector<SVGGraphicsElement>('rect, path');
    const box = shape?.getBBox();
    const x =
      shape?.tagName === 'rect'
        ? Number(shape.getAttribute('x'))
        : (box?.x ?? 0) + (box?.width ?? 0) / 2;
    return { name: a.getAttribute('aria-label') ?? '', href: a.getAttribute('href') ?? '', x };
  });
}

/** The table's lines: instrument, phase, from and to as read, and the link's address. */
function tableRows(): {
  instrument: string;
  phase: string;
  from: string;
  to: string;
  href: string;
}[] {
  return [...document.querySelectorAll('.lc-table tbody tr')].map((tr) => {
    const cell = (i: number): string =>
      (tr.children[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      instrument: cell(0),
      phase: cell(1),
      from: cell(2),
      to: cell(3),
      href: tr.querySelector('a')?.getAttribute('href') ?? '',
    };
  });
}

const todayOf = (
  page: Page,
  selector: string,
): Promise<{ x: number; label: string; date: string }> =>
  page.$eval(`${selector} [data-lc-today]`, (g) => ({
    x: Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform') ?? '')?.[1]),
    label: g.querySelector('text')?.textContent ?? '',
    date: g.getAttribute('data-date') ?? '',
  }));

/** A partner's page on another origin, with three chart widgets and a plain frame. */
const partner = (site: SiteUnderTest): Promise<Served> =>
  serve({
    dir: mkdtempSync(join(tmpdir(), 'pt-partner-')),
    pages: {
      '/partner.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A partner NGO</title></head><body><main>
<h1>A partner NGO</h1>
<div id="w-chain" data-policy-timeline="chart" data-instrument="interim-regulation" data-lang="fr"><a href="${site.url}/instruments/interim-regulation/">Project Beacon : cycle de vie – Interim Regulation</a></div>
<div id="w-all" data-policy-timeline="chart" data-compact="1" data-theme="dark"><a href="${site.url}/overview/">Project Beacon: lifespan chart</a></div>
<div id="w-unknown" data-policy-timeline="chart" data-instrument="no-such-act">Unknown</div>
<iframe id="plain" src="${site.url}/embed/chart/tag/detection/?lang=de" title="Project Beacon: Lebenszyklus – detection" height="500" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" style="display:block;width:100%;border:0"></iframe>
<script src="${site.url}/embed.js" async></script>
</main></body></html>`,
    },
  });

describe('the files', () => {
  const html = read('overview/index.html');
  // The chart's drawings (class "lc"), not the page's icons.
  const svgs = html.match(/<svg\b[^>]*\bclass="lc"[\s\S]*?<\/svg>/g) ?? [];

  it('/overview/ draws Project Beacon’s chart, wide and phone, in at most 25 KB gzipped', () => {
    expect(svgs).toHaveLength(2);
    const gzip = gzipSync(svgs.join('')).length;
    expect(gzip).toBeGreaterThan(2 * KB);
    expect(gzip).toBeLessThanOrEqual(25 * KB);
    // Each is well-formed, and nothing is inline style (the page's CSP forbids it).
    for (const svg of svgs) {
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).not.toMatch(/<style|\sstyle=/);
    }
    expect(html).toContain('href="/lifespan.css"');
    expect(read('lifespan.css')).toContain('forced-colors');
  });

  for (const [file, lang, caption, permalink] of [
    ['overview.svg', 'en-GB', 'Project Beacon (ECPAT International): lifespan', '/overview/'],
    [
      'fr/overview.svg',
      'fr',
      'Project Beacon (ECPAT International)\u00a0: cycle de vie',
      '/fr/overview/',
    ],
    [
      'de/overview.svg',
      'de',
      'Project Beacon (ECPAT International): Lebenszyklus',
      '/de/overview/',
    ],
  ] as const)
    it(`/${file} is one self-contained picture in ${lang}, with its caption, source and absolute links`, () => {
      const svg = read(file);
      expect(XMLValidator.validate(svg)).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
        svg,
      ) as { svg: { lang: string } };
      expect(parsed.svg.lang).toBe(lang);
      expect(svg).toContain('<style>');
      expect(svg).not.toContain('var(--');
      // Words are wrapped onto lines of their own: read the text without the markup.
      const text = svg.replace(/<[^>]+>/g, ' ').replace(/[ \n\t]+/g, ' ');
      expect(text).toContain(caption);
      expect(svg).toMatch(new RegExp(`<a href="https?://[^"]+${permalink.replace(/\//g, '\\/')}"`));
      expect(text).toContain('CC BY 4.0');
      const hrefs = [...svg.matchAll(/ href="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(hrefs.length).toBeGreaterThan(20);
      expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);
      // No request of its own: no image, font or script to fetch.
      expect(svg).not.toMatch(/<(image|script|foreignObject)\b|@import|url\(http/);
    });
});

describe('/overview/ in the browser', () => {
  test('walks the bars with Tab in date order, each link named and its focus visible', async ({
    open,
  }) => {
    const page = await open('/overview/', { viewport: { width: 1280, height: 900 } });
    const expected = await page.evaluate(bars, '.lc-wide');
    expect(expected.length).toBeGreaterThan(20);
    // Document order is date order: the start of each bar never goes back.
    const back = expected.filter((b, i) => i > 0 && b.x < (expected[i - 1]?.x ?? 0) - 0.5);
    expect(back.map((b) => b.name)).toEqual([]);
    await page.focus('.lc-wide.lc-scroll');
    const seen: { name: string; visible: boolean; onScreen: boolean; stroke: string }[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(describeFocus);
      const bar = await page.evaluate(() => {
        const el = document.activeElement;
        const shape = el?.querySelector('.lc-shape');
        return {
          name: el?.getAttribute('aria-label') ?? el?.tagName ?? '',
          stroke: shape ? getComputedStyle(shape).strokeWidth : '',
        };
      });
      seen.push({ ...bar, visible: !!focus?.visible, onScreen: !!focus?.onScreen });
    }
    expect(seen.map((s) => s.name)).toEqual(expected.map((b) => b.name));
    expect(seen.filter((s) => !s.visible || !s.onScreen)).toEqual([]);
    // The bar itself is outlined as well (3 px).
    expect(seen.filter((s) => s.stroke !== '3px')).toEqual([]);
    await page.context().close();
  });

  test('has a table line for every bar, saying the same: instrument, phase, dates, link', async ({
    open,
  }) => {
    const page = await open('/overview/');
    const shown = await page.evaluate(bars, '.lc-wide');
    const rows = await page.evaluate(tableRows);
    expect(rows.length).toBe(shown.length);
    const unmatched = [...shown];
    const missing: string[] = [];
    for (const row of rows) {
      const at = unmatched.findIndex(
        (b) =>
          b.href === row.href &&
          b.name.startsWith(row.instrument) &&
          b.name.includes(row.from) &&
          (row.to === '' || row.to === 'ongoing' || b.name.includes(row.to)),
      );
      if (at === -1) missing.push(`${row.instrument} · ${row.phase} · ${row.from} – ${row.to}`);
      else unmatched.splice(at, 1);
    }
    expect(missing).toEqual([]);
    expect(unmatched).toEqual([]);
    // The gap of 2026 is there in words, with its length.
    expect(shown.map((b) => b.name)).toContain(
      'Interim Regulation: gap, nothing in the chain applied from 4 April 2026 to 30 July 2026 (118 days; end reported, not confirmed)',
    );
    await page.context().close();
  });

  for (const [name, options] of [
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['forced colours', { forcedColors: 'active', colorScheme: 'dark' }],
  ] as const)
    test(`has no serious axe violation in ${name}: the overview, a track, the widget`, async ({
      open,
    }) => {
      for (const path of ['/overview/', '/fr/instruments/interim-regulation/', '/embed/chart/']) {
        const page = await open(path, options);
        const violations = await seriousViolations(page);
        expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
        await page.context().close();
      }
    });

  test('draws bars in system colours under forced colours (links in LinkText), and in the chart’s own colours otherwise', async ({
    open,
  }) => {
    const fill = async (options: BrowserContextOptions): Promise<{ bar: string; link: string }> => {
      const page = await open('/overview/', options);
      const out = await page.evaluate(() => ({
        bar: getComputedStyle(document.querySelector('.lc-wide .lc-k-application.lc-solid')!).fill,
        link: getComputedStyle(document.querySelector('main p a')!).color,
      }));
      await page.context().close();
      return out;
    };
    for (const colorScheme of ['light', 'dark'] as const) {
      const forced = await fill({ forcedColors: 'active', colorScheme });
      expect(forced.bar, colorScheme).toBe(forced.link);
    }
    const light = await fill({ colorScheme: 'light' });
    const dark = await fill({ colorScheme: 'dark' });
    expect(light.bar).toBe('rgb(11, 92, 173)');
    expect(dark.bar).toBe('rgb(138, 180, 248)');
  });

  test('on a phone shows the phone render, with nothing wider than the screen; elsewhere the wide one', async ({
    open,
  }) => {
    const page = await open('/overview/', {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
    const layout = await page.evaluate(() => ({
      wide: document.querySelector<HTMLElement>('.lc-wide')?.checkVisibility(),
      narrow: document.querySelector<HTMLElement>('.lc-narrow')?.checkVisibility(),
      scroll: document.documentElement.scrollWidth,
      svg: document.querySelector('.lc-narrow svg')?.getBoundingClientRect().width ?? 0,
    }));
    expect(layout.wide).toBe(false);
    expect(layout.narrow).toBe(true);
    expect(layout.scroll).toBeLessThanOrEqual(390);
    expect(layout.svg).toBeGreaterThan(300);
    await page.context().close();
    const desk = await open('/overview/', { viewport: { width: 1280, height: 900 } });
    await expect(
      desk.evaluate(() => document.querySelector<HTMLElement>('.lc-narrow')?.checkVisibility()),
    ).resolves.toBe(false);
    await desk.context().close();
  });

  test('prints the wide chart whole, in light colours, without the scroll region clipping it', async ({
    open,
  }) => {
    const page = await open('/overview/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      overflow: getComputedStyle(document.querySelector('.lc-scroll')!).overflowX,
      bar: getComputedStyle(document.querySelector('.lc-wide .lc-k-application.lc-solid')!).fill,
      wide: document.querySelector<HTMLElement>('.lc-wide')?.checkVisibility(),
    }));
    expect(printed).toEqual({ overflow: 'visible', bar: 'rgb(11, 92, 173)', wide: true });
    await page.context().close();
  });

  test('works without JavaScript: the bars are links, the today line stands at the build’s date and says so', async ({
    open,
  }) => {
    const page = await open('/overview/', { javaScriptEnabled: false });
    const today = await todayOf(page, '.lc-wide');
    expect(today.label).toMatch(/^Today: \d{1,2} \w+ 20\d\d$/);
    const links = await page.evaluate(bars, '.lc-wide');
    expect(links.length).toBeGreaterThan(20);
    expect(links.every((l) => l.href.startsWith('/instruments/'))).toBe(true);
    expect((await page.evaluate(tableRows)).length).toBe(links.length);
    await page.context().close();
  });

  test('moves the today line to the reader’s date: a year later it is a year further right; ten years later it says it is off the chart', async ({
    browser,
    site: served,
    open,
  }) => {
    const site = await served();
    const built = await open('/overview/', { javaScriptEnabled: false });
    const atBuild = await todayOf(built, '.lc-wide');
    const atBuildPhone = await todayOf(built, '.lc-narrow');
    await built.context().close();
    const buildDay = Date.parse(`${atBuild.date}T12:00:00Z`);

    const later = async (days: number): Promise<Page> => {
      const context = await browser.newContext({ timezoneId: 'Europe/Brussels' });
      const page = await context.newPage();
      await page.clock.install({ time: new Date(buildDay + days * DAY) });
      await page.goto(`${site.url}/overview/`, { waitUntil: 'load' });
      await page.waitForFunction(
        (x) =>
          document.querySelector('.lc-wide [data-lc-today]')?.getAttribute('transform') !==
          `translate(${x} 0)`,
        atBuild.x,
      );
      return page;
    };
    const year = await later(365);
    const moved = await todayOf(year, '.lc-wide');
    // 48 px a year at the chart's natural width; the phone render moves too.
    expect(moved.x - atBuild.x).toBeGreaterThan(40);
    expect(moved.x - atBuild.x).toBeLessThan(56);
    const nextYear = String(Number(atBuild.date.slice(0, 4)) + 1);
    expect(moved.label).toContain(nextYear);
    expect(moved.label).toMatch(/^Today: /);
    expect((await todayOf(year, '.lc-narrow')).x).toBeGreaterThan(atBuildPhone.x);
    await year.context().close();

    const decade = await later(3650);
    const off = await todayOf(decade, '.lc-wide');
    expect(off.label).toMatch(/\(outside the chart\)$/);
    const right = await decade.evaluate(() =>
      Number(document.querySelector('.lc-wide [data-lc-today]')?.getAttribute('data-x1')),
    );
    expect(off.x).toBe(right);
    await decade.context().close();
  });
});

describe('an instrument’s track', () => {
  test('says exactly what the overview says of that instrument, and links to the overview', async ({
    open,
  }) => {
    const overview = await open('/overview/');
    const all = await overview.evaluate(bars, '.lc-wide');
    await overview.context().close();
    const page = await open('/instruments/interim-regulation/');
    const track = await page.evaluate(bars, '.lifespan-track .lc-wide');
    expect(track.length).toBeGreaterThan(3);
    expect(track.map((b) => b.name)).toEqual(
      all.filter((b) => b.name.startsWith('Interim Regulation:')).map((b) => b.name),
    );
    await expect(page.locator('.lifespan-track a[href="/overview/"]').count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('the chart widget', () => {
  test('on a partner’s page (another origin): the right chart in each frame, in the language asked for, sized to its content, links in the top window, nothing requested elsewhere', async ({
    browser,
    site: served,
  }) => {
    const site = await served();
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const host = await partner(site);
    onTestFinished(() => host.close());
    await page.goto(`${host.url}/partner.html`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-policy-timeline] iframe').length === 3,
    );
    const frameOf = async (selector: string): Promise<Frame> => {
      const element = page.locator(selector);
      await element.scrollIntoViewIfNeeded();
      const frame = await (await element.elementHandle())?.contentFrame();
      if (!frame) throw new Error(`no frame in ${selector}`);
      await frame.waitForLoadState('load');
      await frame.locator('h1').waitFor();
      return frame;
    };

    // data-lang="fr": the French page of the chain, reached from /embed/chart/…?lang=fr.
    const chain = await frameOf('#w-chain iframe');
    await chain.waitForURL(/\/embed\/fr\/chart\/interim-regulation\//);
    expect(await chain.locator('h1').textContent()).toContain('Cycle de vie');
    const chainBars = await chain.evaluate(bars, '.lc-wide');
    // The chain's instruments, by their French names where the content has them.
    const french = ['interim-regulation', 'interim-extension-2024', 'interim-extension-2025'].map(
      (id) => {
        const i = site.entries.find((e) => e.instrument.id === id)?.instrument;
        return i ? inLang(i, 'shortTitle', 'fr') : id;
      },
    );
    expect(chainBars.map((b) => b.name.split(/\u00a0?:/)[0])).toEqual(
      expect.arrayContaining(french),
    );
    expect(chainBars.every((b) => b.href.startsWith('/fr/instruments/'))).toBe(true);
    await expect(
      chain.$$eval('.lc-bars a', (as) => as.every((a) => a.getAttribute('target') === '_top')),
    ).resolves.toBe(true);
    // Sized to its content by the loader (it starts at 240 px).
    await page.waitForFunction(
      () => (document.querySelector('#w-chain iframe')?.getBoundingClientRect().height ?? 0) > 300,
    );
    const frameHeight = await page.$eval(
      '#w-chain iframe',
      (f) => f.getBoundingClientRect().height,
    );
    const contentHeight = await chain.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);

    // compact and dark: no legend, the picture cut to the bars.
    const all = await frameOf('#w-all iframe');
    await expect(all.locator('.lc-legend').count()).resolves.toBe(0);
    await expect(all.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(
      'dark',
    );
    // A plain iframe with ?lang=de, a tag.
    const plain = await frameOf('#plain');
    await plain.waitForURL(/\/embed\/de\/chart\/tag\/detection\//);
    expect(await plain.locator('h1').textContent()).toBe('Lebenszyklus, Thema: detection');
    // An unknown instrument: the "not found" widget. The loader checks an id's shape only (it
    // carries no list of ids), so the frame asks for /embed/chart/no-such-act/, which was not
    // built, and the host answers with the "not found" widget (dist/embed/404.html).
    const unknown = await frameOf('#w-unknown iframe');
    expect(new URL(unknown.url()).pathname).toBe('/embed/chart/no-such-act/');
    await expect(unknown.locator('h1').textContent()).resolves.toMatch(/not found/i);

    const origins = new Set(requests.map((u) => new URL(u).origin));
    expect([...origins].sort()).toEqual(
      [new URL(host.url).origin, new URL(site.url).origin].sort(),
    );
    await context.close();
  });

  test('a wrong address under /embed/chart/ shows the "not found" widget', async ({
    browser,
    site: served,
  }) => {
    const site = await served();

    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/embed/chart/no-such-act/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/not found/i);
    await context.close();
  });
});
