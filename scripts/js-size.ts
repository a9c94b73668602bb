/**
 * `npm run size:js`: the JavaScript every built page ships, gzipped, measured from dist/ (run
 * `npm run build` first), and the size of the `<pt-countdown>` element on its own.
 * Budget: at most 10 KB gzipped on any page but /search/ (DESIGN.md §5). Exits 1 over budget.
 * Each script file is gzipped on its own, the inline scripts together, and the sizes are added up.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listPages, pageWeight, resolvePath } from './quality/site-output.ts';

export const PAGE_BUDGET = 10 * 1024;
export const ROOT = resolve(import.meta.dirname, '..');

export interface PageJs {
  /** The page's address, e.g. "/deadlines/". */
  readonly page: string;
  readonly scripts: number;
  readonly bytes: number;
  readonly gzip: number;
}

const gz = (text: string | Buffer): number => gzipSync(text).length;

/**
 * Every page of a built site with the JavaScript it ships: inline scripts and the site's own
 * script files, followed through their static imports (shared chunks count on every page that
 * loads them). Uses the same page reader as the page-weight tests (scripts/quality/).
 */
export function measurePages(dist: string = join(ROOT, 'dist')): PageJs[] {
  return listPages(dist).map((page) => {
    const weight = pageWeight(dist, page);
    const files = weight.resources.scripts.flatMap((path) => {
      const resolved = resolvePath(dist, path);
      return 'file' in resolved ? [readFileSync(resolved.file)] : [];
    });
    const bytes = [...files, ...weight.resources.inlineScripts].reduce(
      (n, b) => n + Buffer.byteLength(b),
      0,
    );
    return {
      page: page.route,
      scripts: files.length + weight.resources.inlineScripts.length,
      bytes,
      gzip: weight.js,
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
  return { bytes: Buffer.byteLength(code), gzip: gz(code) };
}

const overBudget = (p: PageJs): boolean => !p.page.startsWith('/search/') && p.gzip > PAGE_BUDGET;

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const pages = measurePages(dist);
  const width = Math.max(...pages.map((p) => p.page.length), 4);
  console.log(`${'page'.padEnd(width)}  scripts  bytes  gzip`);
  for (const p of pages)
    console.log(
      `${p.page.padEnd(width)}  ${String(p.scripts).padStart(7)}  ${String(p.bytes).padStart(5)}  ${String(p.gzip).padStart(4)}${overBudget(p) ? '  OVER BUDGET' : ''}`,
    );
  const element = await countdownElementSize();
  console.log(
    `\n<pt-countdown> on its own: ${element.bytes} bytes, ${element.gzip} bytes gzipped. Budget per page: ${PAGE_BUDGET} bytes gzipped (not /search/).`,
  );
  if (pages.some(overBudget)) process.exit(1);
}
