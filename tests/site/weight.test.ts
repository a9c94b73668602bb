/**
 * Page weight budgets, over every page the build produced (found from dist/, so pages added by
 * later work are covered without editing this file). Bytes are deterministic, so these are
 * ordinary tests; timings live in `npm run bench`.
 *
 * - No UI framework, in package.json or in the built files.
 * - At most 10 KB of gzipped JavaScript on any page but search (inline and external scripts,
 *   followed through their static imports), and a browser check that pages load no script the
 *   count missed.
 * - Widgets under /embed/: a countdown at most 6 KB in all (HTML + CSS + JS, gzipped), a status
 *   card and a timeline slice at most 15 KB each, /embed.js at most 2 KB gzipped.
 * 1 KB = 1,024 bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanTags } from '../../scripts/quality/html-scan.ts';
import {
  detectFrameworks,
  formatBytes,
  gzipSize,
  isEditorFile,
  isJavaScript,
  isSearchRoute,
  KB,
  listFiles,
  listPages,
  pageWeight,
  UI_FRAMEWORK_PACKAGES,
  widgetsByKind,
} from '../../scripts/quality/site-output.ts';
import { launch, openPage } from './browser.ts';
import { loadAndSettle } from './probes.ts';
import { ROOT } from './global-setup.ts';
import { serve, type Served } from './server.ts';

const DIST = join(ROOT, 'dist');
const pages = listPages(DIST);
const weights = new Map(pages.map((p) => [p.route, pageWeight(DIST, p)]));
const weightOf = (route: string): ReturnType<typeof pageWeight> =>
  weights.get(route) as ReturnType<typeof pageWeight>;

const JS_BUDGET = 10 * KB;
/** Widget budgets by kind (the folder under /embed/), from the widget contract. */
const WIDGET_BUDGETS: readonly { kind: RegExp; name: string; total: number }[] = [
  { kind: /countdown/, name: 'countdown', total: 6 * KB },
  { kind: /status/, name: 'status card', total: 15 * KB },
  { kind: /timeline|slice/, name: 'timeline slice', total: 15 * KB },
  // The lifespan chart's own budget (DESIGN.md §5): the widget, all of it, within it.
  { kind: /chart/, name: 'lifespan chart', total: 25 * KB },
];
/** A widget of a kind not named above still has to stay small. */
const OTHER_WIDGET_TOTAL = 15 * KB;
const EMBED_JS_BUDGET = 2 * KB;

describe('no UI framework', () => {
  it('package.json depends on none', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const names = [
      'dependencies',
      'devDependencies',
      'peerDependencies',
      'optionalDependencies',
    ].flatMap((k) => Object.keys(pkg[k] ?? {}));
    expect(names.filter((n) => UI_FRAMEWORK_PACKAGES.includes(n))).toEqual([]);
  });

  it('the built site ships none (no framework code in any script, no Astro islands)', () => {
    const found: string[] = [];
    for (const rel of listFiles(DIST)) {
      // Pagefind's own bundles are a vendored search library, loaded on the search page only
      // (which has its own allowance); the web editor under /admin/ is a vendored application
      // (Svelte, with React for custom widgets) that no reader's page loads. The project's code
      // is what this rule is about.
      if (rel.startsWith('pagefind/') || isEditorFile(rel)) continue;
      if (/\.m?js$/.test(rel))
        for (const name of detectFrameworks(readFileSync(join(DIST, rel), 'utf8')))
          found.push(`${rel}: ${name}`);
      if (rel.endsWith('.html')) {
        const html = readFileSync(join(DIST, rel), 'utf8');
        const inline = scanTags(html)
          .filter((t) => isJavaScript(t) && t.content)
          .map((t) => t.content)
          .join('\n');
        for (const name of new Set([
          ...detectFrameworks(inline),
          ...(html.includes('<astro-island') ? detectFrameworks('<astro-island') : []),
        ]))
          found.push(`${rel}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe(`at most ${JS_BUDGET / KB} KB of gzipped JavaScript on every page but search`, () => {
  for (const page of pages) {
    const w = weightOf(page.route);
    const label = `${page.route}: ${formatBytes(w.js)} of JS (${w.resources.scripts.length} file(s), ${w.resources.inlineScripts.length} inline)`;
    if (isSearchRoute(page.route)) {
      it.skip(`${label}: search is exempt (Pagefind loads when searching)`, () => {});
      continue;
    }
    it(label, () => {
      expect(
        w.resources.missing,
        'scripts or stylesheets the page refers to are not in the build',
      ).toEqual([]);
      expect(w.js).toBeLessThanOrEqual(JS_BUDGET);
    });
  }
});

describe('widget budgets (HTML + CSS + JS, gzipped)', () => {
  const widgets = widgetsByKind(pages);
  if (widgets.size === 0)
    it.skip('skipped: this build has no widget pages under /embed/ yet', () => {});
  for (const [kind, list] of widgets) {
    const budget = WIDGET_BUDGETS.find((b) => b.kind.test(kind));
    for (const page of list) {
      const w = weightOf(page.route);
      const items = scanTags(readFileSync(join(DIST, page.rel), 'utf8')).filter(
        (t) => t.name === 'li',
      ).length;
      const limit = budget?.total ?? OTHER_WIDGET_TOTAL;
      it(`${page.route} (${budget?.name ?? `widget kind "${kind}"`}${budget?.name === 'timeline slice' ? `, ${items} list items` : ''}): ${formatBytes(w.total)} ≤ ${formatBytes(limit)}`, () => {
        expect(w.resources.missing).toEqual([]);
        expect(w.total).toBeLessThanOrEqual(limit);
      });
    }
  }

  const embedJs = join(DIST, 'embed.js');
  if (!existsSync(embedJs))
    it.skip('/embed.js: skipped: this build has no /embed.js yet', () => {});
  else {
    const size = gzipSize(readFileSync(embedJs));
    it(`/embed.js: ${formatBytes(size)} gzipped ≤ ${formatBytes(EMBED_JS_BUDGET)}`, () => {
      expect(size).toBeLessThanOrEqual(EMBED_JS_BUDGET);
    });
  }
});

describe('the count is complete: a browser loads no script the budget missed', () => {
  let browser: Browser;
  let site: Served;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), serve()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it(`on every page but search (${pages.filter((p) => !isSearchRoute(p.route)).length} pages)`, async () => {
    const page = await openPage(browser);
    const loaded = new Set<string>();
    page.on('request', (r) => {
      // Scripts of an iframe (a widget preview) belong to the framed page, which has its own budget.
      if (
        r.resourceType() === 'script' &&
        r.frame() === page.mainFrame() &&
        r.url().startsWith(site.url)
      )
        loaded.add(new URL(r.url()).pathname);
    });
    const uncounted: string[] = [];
    for (const p of pages) {
      if (isSearchRoute(p.route)) continue;
      loaded.clear();
      await loadAndSettle(page, site.url + p.route);
      const counted = new Set(weightOf(p.route).resources.scripts);
      for (const path of loaded)
        if (!counted.has(path)) uncounted.push(`${p.route} loaded ${path}`);
    }
    expect(uncounted).toEqual([]);
  }, 300_000);
});
