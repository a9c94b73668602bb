/**
 * `npm run screenshots:overview`: pictures of the lifespan chart as readers see it, from the
 * built site (run `npm run build` first) in Chromium: /overview/ in the light and the dark
 * theme and on a phone (390×844), in forced colours (Windows High Contrast), an instrument's
 * one-row track, and the chart widget. For reviewing a change to the chart by eye; written to
 * screenshots/overview/ (not kept in git), or the folder given with --out.
 *
 *   npm run build && npm run screenshots:overview
 *   npm run screenshots:overview -- --out /tmp/shots --lang fr
 *
 * Until the site-wide `npm run screenshots` lands, this is the chart's; it can be folded into
 * that list as its pages.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContextOptions } from 'playwright-core';
import { launch } from './quality/browser.ts';
import { serve } from './quality/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: { out: { type: 'string' }, lang: { type: 'string', default: 'en' } },
});
const out = resolve(args.out ?? join(ROOT, 'screenshots', 'overview'));
const prefix = args.lang === 'en' ? '' : `/${args.lang}`;
const DESKTOP = { viewport: { width: 1280, height: 900 } } as const;
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

interface Shot {
  readonly name: string;
  readonly path: string;
  readonly context: BrowserContextOptions;
  /** Only this element, not the whole page. */
  readonly element?: string;
}

const SHOTS: readonly Shot[] = [
  { name: 'overview-light', path: '/overview/', context: { ...DESKTOP, colorScheme: 'light' } },
  { name: 'overview-dark', path: '/overview/', context: { ...DESKTOP, colorScheme: 'dark' } },
  { name: 'overview-phone', path: '/overview/', context: { ...PHONE, colorScheme: 'light' } },
  {
    name: 'overview-forced-colors',
    path: '/overview/',
    context: { ...DESKTOP, forcedColors: 'active', colorScheme: 'dark' },
  },
  {
    name: 'track-interim-regulation',
    path: '/instruments/interim-regulation/',
    context: { ...DESKTOP, colorScheme: 'light' },
    element: '.lifespan-track',
  },
  {
    name: 'track-phone-dark',
    path: '/instruments/interim-regulation/',
    context: { ...PHONE, colorScheme: 'dark' },
    element: '.lifespan-track',
  },
  {
    name: 'widget-chain',
    path: '/embed/chart/interim-regulation/',
    context: { viewport: { width: 720, height: 700 }, colorScheme: 'light' },
  },
];

mkdirSync(out, { recursive: true });
const site = await serve({ dir: join(ROOT, 'dist') });
const browser = await launch();
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext(shot.context);
    const page = await context.newPage();
    const path = shot.path.startsWith('/embed/') ? shot.path : `${prefix}${shot.path}`;
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path}: HTTP ${String(response?.status())}`);
    const file = join(out, `${shot.name}${prefix ? `-${args.lang}` : ''}.png`);
    if (shot.element) await page.locator(shot.element).screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
    process.stdout.write(`${file}\n`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
