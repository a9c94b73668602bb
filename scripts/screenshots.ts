/**
 * `npm run screenshots`: photographs the site's main pages and every kind of widget in Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium), in light, dark and on a 390 px phone, into a
 * folder outside the repository, so a person can look at what a change did.
 *
 *   npm run screenshots                         build the site into a temporary folder, then photograph it
 *   npm run screenshots -- --dist dist          photograph an existing build instead
 *   npm run screenshots -- --out /tmp/shots     where the pictures go (default /tmp/policy-timeline-screenshots)
 *   npm run screenshots -- --lang all           also /fr/ and /de/ (or --lang fr,de)
 *   npm run screenshots -- --variants print,forced   other variants: light, dark, phone, print, forced
 *   npm run screenshots -- --only home,status   some routes only (names in scripts/quality/screenshot-routes.ts)
 *   npm run screenshots -- --at 2026-12-01T10:00:00Z  the build's and the browser's "now"
 *
 * The pages are photographed whole, down to `--max-height` CSS pixels (default 4000). The routes
 * are listed in scripts/quality/screenshot-routes.ts: add a line there for a new page.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { LANGS } from '../src/i18n/index.ts';
import {
  DEFAULT_VARIANTS,
  SCREENSHOT_ROUTES,
  SCREENSHOT_VARIANTS,
  WIDGET_WIDTH,
} from './quality/screenshot-routes.ts';
import { formatBytes, listPages, resolvePath } from './quality/site-output.ts';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/policy-timeline-screenshots' },
    dist: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    variants: { type: 'string', default: DEFAULT_VARIANTS.join(',') },
    only: { type: 'string' },
    at: { type: 'string' },
    'max-height': { type: 'string', default: '4000' },
  },
});

const fail = (message: string): never => {
  console.error(`screenshots: ${message}`);
  process.exit(1);
};
const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const out = resolve(values.out);
if (out === ROOT || out.startsWith(`${ROOT}/`))
  fail(`--out ${out} is inside the repository; choose a folder outside it.`);
const langs = values.lang === 'all' ? [...LANGS] : list(values.lang);
for (const l of langs)
  if (!(LANGS as readonly string[]).includes(l))
    fail(`--lang ${l}: the site speaks ${LANGS.join(', ')} (or "all").`);
const variants = list(values.variants).map(
  (name) =>
    SCREENSHOT_VARIANTS.find((v) => v.name === name) ??
    fail(`--variants ${name}: use some of ${SCREENSHOT_VARIANTS.map((v) => v.name).join(', ')}.`),
);
const only = values.only === undefined ? undefined : list(values.only);
for (const name of only ?? [])
  if (!SCREENSHOT_ROUTES.some((r) => r.name === name))
    fail(`--only ${name}: routes are ${SCREENSHOT_ROUTES.map((r) => r.name).join(', ')}.`);
const maxHeight = Number(values['max-height']);
if (!Number.isInteger(maxHeight) || maxHeight < 200) fail('--max-height takes a number of pixels.');
const at = values.at === undefined ? undefined : new Date(values.at);
if (at && Number.isNaN(at.getTime())) fail(`--at ${values.at} is not an ISO date-time.`);

// The build: the one given, or a new one in a temporary folder (with the same pinned now).
let dist: string;
let temporary: string | undefined;
if (values.dist !== undefined) {
  dist = resolve(values.dist);
  if (!existsSync(join(dist, 'index.html'))) fail(`--dist ${dist} has no index.html: build first.`);
} else {
  temporary = mkdtempSync(join(tmpdir(), 'pt-screenshots-'));
  dist = join(temporary, 'dist');
  console.log(`Building the site into ${dist} …`);
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...(at ? { POLICY_TIMELINE_NOW: at.toISOString() } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) fail(`the build failed:\n${run.stdout}\n${run.stderr}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};
// A static server over the build, on the loopback address and a free port.
const server = createServer((req, res) => {
  const found = resolvePath(dist, new URL(req.url ?? '/', 'http://x').pathname);
  if ('problem' in found) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end(found.problem);
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream' });
  createReadStream(found.file).pipe(res);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const site = { dist, pages: listPages(dist) };
const has = (path: string): boolean => !('problem' in resolvePath(dist, path));
const inLang = (path: string, lang: string): string =>
  lang === LANGS[0] ? path : `/${lang}${path}`;

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const written: { file: string; size: number }[] = [];
const skipped: string[] = [];
try {
  mkdirSync(out, { recursive: true });
  for (const route of SCREENSHOT_ROUTES) {
    if (only && !only.includes(route.name)) continue;
    const path = typeof route.path === 'string' ? route.path : route.path(site);
    if (path === undefined || !has(path)) {
      skipped.push(`${route.name} (${path ?? 'no such page'} is not in this build)`);
      continue;
    }
    for (const lang of langs) {
      const address =
        route.widget === true
          ? lang === LANGS[0]
            ? path
            : `${path}?lang=${lang}`
          : inLang(path, lang);
      for (const variant of variants) {
        const width = route.widget === true && !variant.phone ? WIDGET_WIDTH : variant.width;
        const context = await browser.newContext({
          viewport: { width, height: variant.height },
          deviceScaleFactor: 1,
          colorScheme: variant.colorScheme,
          forcedColors: variant.forcedColors ? 'active' : 'none',
          ...(variant.phone ? { isMobile: true, hasTouch: true } : {}),
          locale: lang,
          timezoneId: 'Europe/Brussels',
        });
        try {
          const page = await context.newPage();
          if (at) await page.clock.setFixedTime(at);
          if (variant.media) await page.emulateMedia({ media: variant.media });
          await page.goto(`${origin}${address}`, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const file = join(out, lang, `${route.name}--${variant.name}.png`);
          mkdirSync(join(out, lang), { recursive: true });
          await page.screenshot({
            path: file,
            type: 'png',
            clip: { x: 0, y: 0, width, height: Math.min(height, maxHeight) },
            fullPage: true,
          });
          written.push({ file, size: statSync(file).size });
        } finally {
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}

for (const { file, size } of written)
  console.log(`${file.slice(out.length + 1)}  ${formatBytes(size)}`);
for (const s of skipped) console.log(`skipped: ${s}`);
console.log(`${written.length} screenshots in ${out}`);
