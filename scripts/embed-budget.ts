/**
 * `npm run embed:budget`: measures what each widget costs a partner's visitor, from the built
 * site in dist/ (run `npm run build` first). For a widget page: its HTML, plus every stylesheet
 * and script it loads from the site and every module those scripts import, each gzipped on its
 * own as a server would send it (zlib's default level). The loader, /embed.js, on its own.
 * Bytes are deterministic, so tests/site/embed.test.ts asserts the same budgets.
 *
 * Prints one line per widget and exits 1 when one is over its budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in bytes (1 KB = 1024 bytes). */
export const BUDGETS = {
  countdown: 6 * 1024,
  status: 15 * 1024,
  timeline: 15 * 1024,
  /** The lifespan chart's own budget (DESIGN.md §5), for the whole widget. */
  chart: 25 * 1024,
  loader: 2 * 1024,
} as const;

export interface PageCost {
  readonly path: string;
  /** Each file the page loads (the page itself first), with its gzipped size. */
  readonly files: readonly {
    readonly url: string;
    readonly bytes: number;
    readonly gzip: number;
  }[];
  readonly gzip: number;
}

const gz = (data: Buffer | string): number => gzipSync(data).length;

/** The site addresses a page loads: stylesheets and scripts (inline ones are part of the HTML). */
function pageResources(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (href) found.push(href);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) if (m[1]) found.push(m[1]);
  return found;
}

/** Modules a built script imports statically or dynamically ("./widgets.abc.js"). */
function scriptImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g)].map(
    (m) => m[1] ?? '',
  );
}

/** Everything a page at `path` (e.g. "/embed/status/dsa/") costs, from `dist`. */
export function measurePage(dist: string, path: string): PageCost {
  const htmlFile = join(dist, path, 'index.html');
  const html = readFileSync(htmlFile);
  const files: { url: string; bytes: number; gzip: number }[] = [
    { url: path, bytes: html.length, gzip: gz(html) },
  ];
  const queue = pageResources(html.toString('utf8')).map(
    (url) => new URL(url, `http://site${path}`).pathname,
  );
  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.shift() ?? '';
    if (seen.has(url)) continue;
    seen.add(url);
    const file = join(dist, url);
    if (!existsSync(file)) throw new Error(`${path} loads ${url}, which is not in ${dist}`);
    const body = readFileSync(file);
    files.push({ url, bytes: body.length, gzip: gz(body) });
    if (url.endsWith('.js'))
      for (const next of scriptImports(body.toString('utf8')))
        queue.push(posix.join(posix.dirname(url), next));
  }
  return { path, files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

const pagesUnder = (dist: string, dir: string): string[] => {
  const root = join(dist, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) =>
      `/${posix.join(dir, dirname(f).split('\\').join('/'))}/`
        .replace(/\/\.\/$/, '/')
        .replace(/\/+/g, '/'),
    );
};

export interface WidgetCosts {
  /** The most expensive page of each kind of widget. */
  readonly countdown: PageCost;
  readonly status: PageCost;
  /** The slice over everything: the one that holds the most milestones (up to 20). */
  readonly timeline: PageCost;
  /** The lifespan chart: the heaviest page, in any language (/embed/chart/…, /embed/<lang>/chart/…). */
  readonly chart: PageCost;
  readonly notFound: PageCost;
  readonly loader: { readonly bytes: number; readonly gzip: number };
}

const largest = (costs: PageCost[]): PageCost => {
  const top = costs.sort((a, b) => b.gzip - a.gzip)[0];
  if (!top) throw new Error('no widget pages of this kind were built');
  return top;
};

export function measureWidgets(dist: string): WidgetCosts {
  const loader = readFileSync(join(dist, 'embed.js'));
  return {
    countdown: largest(pagesUnder(dist, 'embed/countdown').map((p) => measurePage(dist, p))),
    status: largest(pagesUnder(dist, 'embed/status').map((p) => measurePage(dist, p))),
    timeline: measurePage(dist, '/embed/timeline/'),
    chart: largest(
      ['embed/chart', ...['en', 'fr', 'de'].map((l) => `embed/${l}/chart`)]
        .flatMap((dir) => pagesUnder(dist, dir))
        .map((p) => measurePage(dist, p)),
    ),
    notFound: measurePage(dist, '/embed/not-found/'),
    loader: { bytes: loader.length, gzip: gz(loader) },
  };
}

const kb = (n: number): string => `${(n / 1024).toFixed(2)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const dist = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(dist, 'embed.js'))) {
    console.error(`No built site with widgets in ${dist}: run npm run build first.`);
    process.exit(1);
  }
  const costs = measureWidgets(dist);
  let over = false;
  const line = (name: string, gzip: number, budget: number | undefined, detail: string): void => {
    const fits = budget === undefined || gzip <= budget;
    over ||= !fits;
    console.log(
      `${name.padEnd(10)} ${kb(gzip).padStart(9)} gzipped${budget === undefined ? '' : ` of ${kb(budget)}${fits ? '' : '  OVER BUDGET'}`}  ${detail}`,
    );
  };
  for (const kind of ['countdown', 'status', 'timeline', 'chart'] as const) {
    const cost = costs[kind];
    line(
      kind,
      cost.gzip,
      BUDGETS[kind],
      `${cost.path} (${cost.files.map((f) => `${f.url === cost.path ? 'html' : posix.basename(f.url)} ${f.gzip}`).join(', ')})`,
    );
  }
  line('not found', costs.notFound.gzip, undefined, costs.notFound.path);
  line('embed.js', costs.loader.gzip, BUDGETS.loader, `${costs.loader.bytes} bytes minified`);
  if (over) process.exit(1);
}
