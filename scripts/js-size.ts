/**
 * `npm run size:js`: the JavaScript every built page ships, gzipped, measured from dist/ (run
 * `npm run build` first), and the size of the `<pt-countdown>` element on its own.
 * Budget: at most 10 KB gzipped on any page but /search/ (DESIGN.md §5). Exits 1 over budget.
 * Each script (inline or a file of the site's own) is gzipped on its own and the sizes are added
 * up, which is what a reader downloads at most.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The JavaScript of one HTML page: inline scripts, and script or modulepreload files of the site's own. */
export function pageJs(html: string, dist: string): { scripts: number; bytes: number; gzip: number } {
  const bodies: (string | Buffer)[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/type=["']?(application\/(ld\+)?json|text\/template)/i.test(attrs)) continue;
    const src = /\bsrc=["']([^"']+)["']/i.exec(attrs)?.[1];
    if (src) {
      if (src.startsWith('/') && !src.startsWith('//')) bodies.push(readFileSync(join(dist, src.split(/[?#]/)[0] ?? src)));
    } else if ((m[2] ?? '').trim()) bodies.push(m[2] ?? '');
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?modulepreload["']?[^>]*href=["'](\/[^"']+)["'][^>]*>/gi)) {
    if (m[1]) bodies.push(readFileSync(join(dist, m[1])));
  }
  return { scripts: bodies.length, bytes: bodies.reduce((n, b) => n + Buffer.byteLength(b), 0), gzip: bodies.reduce((n, b) => n + gz(b), 0) };
}

/** Every page of a built site with the JavaScript it ships. */
export function measurePages(dist: string = join(ROOT, 'dist')): PageJs[] {
  return htmlFiles(dist).map((file) => {
    const path = `/${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, '');
    return { page: path, ...pageJs(readFileSync(file, 'utf8'), dist) };
  });
}

/** The `<pt-countdown>` element bundled and minified on its own (with the src/lib code it imports). */
export async function countdownElementSize(): Promise<{ bytes: number; gzip: number }> {
  const result = await build({ entryPoints: [join(ROOT, 'src/scripts/pt-countdown.ts')], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false });
  const code = result.outputFiles[0]?.text ?? '';
  return { bytes: Buffer.byteLength(code), gzip: gz(code) };
}

const overBudget = (p: PageJs): boolean => !p.page.startsWith('/search/') && p.gzip > PAGE_BUDGET;

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const pages = measurePages(dist);
  const width = Math.max(...pages.map((p) => p.page.length), 4);
  console.log(`${'page'.padEnd(width)}  scripts  bytes  gzip`);
  for (const p of pages) console.log(`${p.page.padEnd(width)}  ${String(p.scripts).padStart(7)}  ${String(p.bytes).padStart(5)}  ${String(p.gzip).padStart(4)}${overBudget(p) ? '  OVER BUDGET' : ''}`);
  const element = await countdownElementSize();
  console.log(`\n<pt-countdown> on its own: ${element.bytes} bytes, ${element.gzip} bytes gzipped. Budget per page: ${PAGE_BUDGET} bytes gzipped (not /search/).`);
  if (pages.some(overBudget)) process.exit(1);
}
