/**
 * Page weight budgets, over every page the build produced (found from dist/, so pages added by
 * later work are covered without editing this file): scripts/quality/budgets.ts, the checker
 * `npm run size:js`, `npm run embed:budget` and the benchmark use too. Bytes are deterministic,
 * so these are ordinary tests; timings live in `npm run bench`. That a browser loads no script
 * the count missed is checked on every template by the sweep (sweep.ts).
 *
 * - No UI framework, in package.json or in the built files.
 * - At most 10 KB of gzipped JavaScript on any page but search (inline and external scripts,
 *   followed through their static imports).
 * - Widgets under /embed/: a countdown at most 6 KB in all (HTML + CSS + JS, gzipped), a status
 *   card and a timeline slice at most 15 KB each, the lifespan chart at most 25 KB, /embed.js at
 *   most 2 KB gzipped.
 * 1 KB = 1,024 bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTags } from '../../scripts/quality/html-scan.ts';
import { describeLine, measureBudgets, overBudget } from '../../scripts/quality/budgets.ts';
import {
  detectFrameworks,
  isEditorFile,
  isJavaScript,
  listFiles,
  UI_FRAMEWORK_PACKAGES,
} from '../../scripts/quality/site-output.ts';
import { countdownElementSize } from '../../scripts/js-size.ts';
import { builtSite, ROOT } from './sites.ts';

const DIST = builtSite('main').dist;
const lines = measureBudgets(DIST);

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

describe('budgets', () => {
  it('the site has pages, widgets of four kinds and a loader to measure', () => {
    expect(lines.filter((l) => l.kind === 'page JavaScript').length).toBeGreaterThan(10);
    const kinds = new Set(lines.flatMap((l) => l.widget ?? []));
    for (const kind of ['countdown', 'status', 'timeline', 'chart'])
      expect(kinds.has(kind), kind).toBe(true);
    expect(lines.some((l) => l.kind === 'loader')).toBe(true);
  });

  it('pages with time-dependent parts do ship the countdown element, which is about 1 KB', async () => {
    for (const route of ['/', '/deadlines/', '/status/'])
      expect(
        lines.find((l) => l.kind === 'page JavaScript' && l.route === route)?.weight?.resources
          .scripts.length,
        route,
      ).toBeGreaterThan(0);
    expect((await countdownElementSize()).gzip).toBeLessThanOrEqual(1200);
  });

  for (const line of lines)
    if (line.budget === null)
      it.skip(`${describeLine(line)}: search is exempt (Pagefind loads when searching)`, () => {});
    else
      it(describeLine(line), () => {
        expect(line.missing, 'files the page refers to that are not in the build').toEqual([]);
        expect(overBudget(line)).toBe(false);
      });
});
