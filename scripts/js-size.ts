/**
 * `npm run size:js`: the JavaScript every built page ships, gzipped, measured from dist/ (run
 * `npm run build` first), and the size of the `<pt-countdown>` element on its own.
 * Budget: at most 10 KB gzipped on any page but /search/ (DESIGN.md §5). Exits 1 over budget.
 * The measuring and the budgets are scripts/quality/budgets.ts (shared with the weight tests,
 * `npm run embed:budget` and the benchmark).
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureBudgets, overBudget, PAGE_JS_BUDGET } from './quality/budgets.ts';
import { gzipSize, resolvePath } from './quality/site-output.ts';

export const ROOT = resolve(import.meta.dirname, '..');

export interface PageJs {
  /** The page's address, e.g. "/deadlines/". */
  readonly page: string;
  readonly scripts: number;
  readonly bytes: number;
  readonly gzip: number;
  readonly over: boolean;
}

/**
 * Every page of a built site with the JavaScript it ships: inline scripts and the site's own
 * script files, followed through their static imports (shared chunks count on every page that
 * loads them).
 */
export function measurePages(dist: string = join(ROOT, 'dist')): PageJs[] {
  return measureBudgets(dist)
    .filter((line) => line.kind === 'page JavaScript')
    .map((line) => {
      const resources = line.weight?.resources;
      const files = (resources?.scripts ?? []).flatMap((path) => {
        const resolved = resolvePath(dist, path);
        return 'file' in resolved ? [readFileSync(resolved.file)] : [];
      });
      const inline = resources?.inlineScripts ?? [];
      return {
        page: line.route,
        scripts: files.length + inline.length,
        bytes: [...files, ...inline].reduce((n, b) => n + Buffer.byteLength(b), 0),
        gzip: line.bytes,
        over: overBudget(line),
      };
    });
}

/** The `<pt-countdown>` element bundled and minified on its own (with the src/lib code it imports). */
export async function countdownElementSize(): Promise<{ bytes: number; gzip: number }> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/scripts/pt-countdown.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { bytes: Buffer.byteLength(code), gzip: gzipSize(code) };
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const pages = measurePages(dist);
  const width = Math.max(...pages.map((p) => p.page.length), 4);
  console.log(`${'page'.padEnd(width)}  scripts  bytes  gzip`);
  for (const p of pages)
    console.log(
      `${p.page.padEnd(width)}  ${String(p.scripts).padStart(7)}  ${String(p.bytes).padStart(5)}  ${String(p.gzip).padStart(4)}${p.over ? '  OVER BUDGET' : ''}`,
    );
  const element = await countdownElementSize();
  console.log(
    `\n<pt-countdown> on its own: ${element.bytes} bytes, ${element.gzip} bytes gzipped. Budget per page: ${PAGE_JS_BUDGET} bytes gzipped (not /search/).`,
  );
  if (pages.some((p) => p.over)) process.exit(1);
}
