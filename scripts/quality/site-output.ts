/**
 * What a built site contains, found from its files alone (never from a list of today's pages):
 * every HTML page and its route, the CSS and JavaScript each page loads, their gzipped weight,
 * and the widgets under /embed/.
 *
 * Shared by the quality tests (tests/site/) and the benchmark (scripts/bench.ts), so both count
 * bytes the same way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanTags, type Tag } from './html-scan.ts';

export interface PageFile {
  /** Path relative to the output folder, with forward slashes: "instruments/dsa/index.html". */
  readonly rel: string;
  /** The address it is served at: "/instruments/dsa/", "/404.html". */
  readonly route: string;
}

/** Every file below `dir`, relative, with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(folder, entry.name), rel);
      else if (entry.isFile()) out.push(rel);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** The route of an HTML file: a folder's index.html is served at the folder's address with a trailing slash. */
export function routeOf(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * The web editor's folder (/admin/): Sveltia CMS, a third-party application with its own page,
 * CSP, storage and budget, checked by tests/site/editor.test.ts rather than by the sweeps over
 * the site's pages.
 */
export const EDITOR_DIR = 'admin/';
export const isEditorFile = (rel: string): boolean => rel.startsWith(EDITOR_DIR);

/** Every HTML page in a built site but the web editor's, in a stable order (home first). */
export function listPages(dist: string): PageFile[] {
  return listFiles(dist)
    .filter((rel) => rel.endsWith('.html') && !isEditorFile(rel))
    .map((rel) => ({ rel, route: routeOf(rel) }))
    .sort((a, b) => (a.route === '/' ? -1 : b.route === '/' ? 1 : a.route.localeCompare(b.route)));
}

export type Resolved = { readonly file: string } | { readonly problem: string };

/**
 * The file a same-site URL path is served from, with `trailingSlash: 'always'`: "/a/" is
 * a/index.html; "/a" is a file named "a", and a link to a folder without its slash is a problem
 * (hosts answer it with a redirect or a 404).
 */
export function resolvePath(dist: string, urlPath: string): Resolved {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return { problem: 'the path is not valid percent-encoding' };
  }
  const rel = posix.normalize(path).replace(/^\/+/, '');
  if (rel.startsWith('..')) return { problem: 'the path leaves the site' };
  const full = join(dist, rel);
  if (path.endsWith('/')) {
    const index = join(full, 'index.html');
    return existsSync(index) ? { file: index } : { problem: `no ${rel}index.html in the build` };
  }
  if (existsSync(full)) {
    if (statSync(full).isFile()) return { file: full };
    return existsSync(join(full, 'index.html'))
      ? { problem: `a folder: write "${path}/" (trailingSlash is 'always')` }
      : { problem: `"${rel}" is a folder without index.html` };
  }
  return { problem: `no file ${rel} in the build` };
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Whether a <script> element holds or loads JavaScript (JSON data blocks and the like do not count). */
export const isJavaScript = (tag: Tag): boolean =>
  tag.name === 'script' && JS_TYPES.has((tag.attrs.get('type') ?? '').trim().toLowerCase());

/** A URL on this site as a path, or undefined for another origin or a non-http scheme. */
export function sitePath(url: string, base: string, siteOrigin?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, `http://site.invalid${base}`);
  } catch {
    return undefined;
  }
  if (
    parsed.origin === 'http://site.invalid' ||
    (siteOrigin !== undefined && parsed.origin === siteOrigin)
  )
    return parsed.pathname;
  return undefined;
}

/** The modules a JavaScript file imports statically (they load with it); dynamic import() loads on demand and is not followed. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  // Minified ES modules: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`, `export*from"./x.js"`.
  const re = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"'\n]+)["']/g;
  for (const m of code.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

/** The stylesheets a CSS file pulls in with @import. */
export function cssImports(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g))
    if (m[1]) out.push(m[1]);
  return out;
}

export interface PageResources {
  /** External stylesheets (and their @imports), as site paths. */
  readonly stylesheets: readonly string[];
  /** External scripts (and the modules they import statically, and modulepreloads), as site paths. */
  readonly scripts: readonly string[];
  readonly inlineStyles: readonly string[];
  readonly inlineScripts: readonly string[];
  /** Resources the page refers to that are not in the build. */
  readonly missing: readonly string[];
}

/** What a page loads when it opens: its stylesheets and scripts, inline and external, followed through imports. */
export function pageResources(dist: string, route: string, html: string): PageResources {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const inlineStyles: string[] = [];
  const inlineScripts: string[] = [];
  const missing: string[] = [];
  const base = route.endsWith('/') ? route : route.slice(0, route.lastIndexOf('/') + 1);

  const add = (
    list: string[],
    path: string | undefined,
    follow: (text: string) => string[],
  ): void => {
    if (path === undefined || list.includes(path)) return;
    const resolved = resolvePath(dist, path);
    if (!('file' in resolved)) {
      missing.push(path);
      return;
    }
    list.push(path);
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const next of follow(readFileSync(resolved.file, 'utf8')))
      add(list, sitePath(next, dir), follow);
  };

  for (const tag of scanTags(html)) {
    const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = tag.attrs.get('href');
    if (tag.name === 'link' && href && rel.includes('stylesheet'))
      add(stylesheets, sitePath(href, base), cssImports);
    else if (tag.name === 'link' && href && rel.includes('modulepreload'))
      add(scripts, sitePath(href, base), staticImports);
    else if (tag.name === 'style' && tag.content !== undefined) inlineStyles.push(tag.content);
    else if (isJavaScript(tag)) {
      const src = tag.attrs.get('src');
      if (src !== undefined) add(scripts, sitePath(src, base), staticImports);
      else if (tag.content?.trim()) inlineScripts.push(tag.content);
    }
  }
  return { stylesheets, scripts, inlineStyles, inlineScripts, missing };
}

/** Gzipped size in bytes (level 9, like the usual "gzipped size" tools). */
export function gzipSize(data: string | Buffer): number {
  return data.length === 0 ? 0 : gzipSync(data, { level: 9 }).length;
}

export interface PageWeight {
  readonly route: string;
  /** The HTML file, gzipped (inline styles and scripts are part of it). */
  readonly html: number;
  /** External stylesheets gzipped one by one, plus the inline styles gzipped together. */
  readonly css: number;
  /** External scripts gzipped one by one, plus the inline scripts gzipped together. */
  readonly js: number;
  /** What the browser transfers for HTML, CSS and JS: the HTML plus external CSS and JS, gzipped. */
  readonly total: number;
  readonly resources: PageResources;
}

/** The gzipped weight of one page and everything it loads when it opens. */
export function pageWeight(dist: string, page: PageFile): PageWeight {
  const html = readFileSync(join(dist, page.rel));
  const resources = pageResources(dist, page.route, html.toString('utf8'));
  const fileSize = (path: string): number => {
    const resolved = resolvePath(dist, path);
    return 'file' in resolved ? gzipSize(readFileSync(resolved.file)) : 0;
  };
  const externalCss = resources.stylesheets.reduce((n, p) => n + fileSize(p), 0);
  const externalJs = resources.scripts.reduce((n, p) => n + fileSize(p), 0);
  const htmlGz = gzipSize(html);
  return {
    route: page.route,
    html: htmlGz,
    css: externalCss + gzipSize(resources.inlineStyles.join('\n')),
    js: externalJs + gzipSize(resources.inlineScripts.join('\n')),
    total: htmlGz + externalCss + externalJs,
    resources,
  };
}

/** The search page is the one page allowed more JavaScript (Pagefind loads when searching). */
export const isSearchRoute = (route: string): boolean =>
  route === '/search/' || route.startsWith('/search/');

/** The widget builder page; the widgets themselves are the other pages under /embed/. */
export const EMBED_BUILDER = '/embed/';

/** A widget page's kind: the first folder under /embed/ ("countdown", "status", "timeline"...), or undefined for other pages. */
export function widgetKind(route: string): string | undefined {
  if (!route.startsWith('/embed/') || route === EMBED_BUILDER) return undefined;
  const parts = route.slice('/embed/'.length).split('/');
  // The chart widget's pages in one language: /embed/fr/chart/… is a chart.
  const kind = /^[a-z]{2}$/.test(parts[0] ?? '') ? parts[1] : parts[0];
  return kind?.replace(/\.html$/, '') || undefined;
}

/** Widgets grouped by kind, each kind's pages in route order. */
export function widgetsByKind(pages: readonly PageFile[]): Map<string, PageFile[]> {
  const kinds = new Map<string, PageFile[]>();
  for (const page of pages) {
    const kind = widgetKind(page.route);
    if (kind === undefined) continue;
    kinds.set(kind, [...(kinds.get(kind) ?? []), page]);
  }
  return kinds;
}

/** The unit of the budgets: 1 KB = 1,024 bytes. */
export const KB = 1024;

/** Bytes as "12.3 KB" (1 KB = 1,024 bytes, the unit of the budgets). */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  if (bytes < KB * KB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${(bytes / KB / KB).toFixed(2)} MB`;
}

/** Total size in bytes of every file below a folder. */
export function folderSize(dir: string): number {
  return listFiles(dir).reduce((n, rel) => n + statSync(join(dir, rel)).size, 0);
}

/** UI frameworks (and their Astro integrations) the project does not use: client code is small custom elements. */
export const UI_FRAMEWORK_PACKAGES: readonly string[] = [
  'react',
  'react-dom',
  'vue',
  'svelte',
  'preact',
  'solid-js',
  'lit',
  'alpinejs',
  '@angular/core',
  'jquery',
  '@astrojs/react',
  '@astrojs/vue',
  '@astrojs/svelte',
  '@astrojs/preact',
  '@astrojs/solid-js',
  '@astrojs/alpinejs',
  '@astrojs/lit',
];

/** Traces each framework leaves in built JavaScript or HTML. */
const FRAMEWORK_TRACES: readonly (readonly [string, RegExp])[] = [
  ['an Astro island (a framework component hydrated with client:*)', /<astro-island\b/],
  ['React', /react\.(?:transitional\.)?element|__REACT_DEVTOOLS_GLOBAL_HOOK__|react-dom/],
  ['Vue', /__VUE_(?:OPTIONS_API|PROD_DEVTOOLS|HMR_RUNTIME)__|__vue_app__/],
  ['Svelte', /__svelte\b|svelte\/internal/],
  ['Preact', /__PREACT_DEVTOOLS__|\bpreact\b/],
  ['Solid', /_\$HY\b|solid-js/],
  ['Lit', /litHtmlVersions|litElementVersions/],
  ['Alpine.js', /\bAlpine\.start\b|__x_dataStack/],
];

/** The UI frameworks whose traces a piece of built code or HTML carries. */
export function detectFrameworks(text: string): string[] {
  return FRAMEWORK_TRACES.filter(([, re]) => re.test(text)).map(([name]) => name);
}
