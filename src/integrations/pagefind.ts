/**
 * Build hook: indexes the built site for search with Pagefind's Node API, so `npm run build`
 * (`astro build`) makes the index with nothing chained after it, on every platform.
 *
 * Only pages marked `data-pagefind-body` are indexed (instrument and milestone pages). The
 * index and Pagefind's browser code go to dist/pagefind/. Pagefind reads only the pages that
 * can carry that mark ({@link INDEXED_PAGES}), not every page of the site, and of those only the
 * instruments' folders that hold a page to index in their language ({@link indexedPagesGlob}).
 *
 * In `astro dev` there is no index of its own (Pagefind reads built HTML): the dev server
 * serves the last build's dist/pagefind/, and says so, or that there is none yet.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pf from 'pagefind';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Files Pagefind writes for its own search interfaces, which this site does not use. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/**
 * The only pages that can be indexed: the instrument and milestone pages, /instruments/… and
 * /<lang>/instruments/…, from src/pages/[...lang]/instruments/ ({@link INDEXED_PAGES_SOURCE}: a
 * unit test checks that no other source file marks a page for search). Pagefind makes the same
 * index from these alone, and reading the other pages (two thirds of a large site: timelines,
 * changes, widgets, calendars…) cost a large build about 13 s and 140 MB.
 */
export const INDEXED_PAGES = '{instruments,*/instruments}/**/*.html';
/** The source folder of {@link INDEXED_PAGES}: the only one whose files may use `data-pagefind-body`. */
export const INDEXED_PAGES_SOURCE = 'src/pages/[...lang]/instruments/';

const NOTHING_TO_INDEX =
  'Pagefind found no page to index: pages to be found must have a data-pagefind-body element.';

/** An instrument id as the glob may name it: a slug, no glob syntax. */
const GLOB_SAFE = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The pages of {@link INDEXED_PAGES} in this built site that can hold a page to index, as one
 * glob, or null when none can. An instrument's folder in a language holds no indexed page when
 * its own page is not indexed: a page joins its language's index once the instrument's short
 * title is translated (the instrument page's rule, and part of the milestone page's). Such
 * folders are left out, as are languages with none: a campaign written in one language has two
 * thirds of these pages in the others, untranslated, and reading them cost Pagefind 9 s of CPU
 * at 5,000 milestones (12.6 s in all) for nothing. The decision reads each instrument's own
 * page (one small file per instrument and language), never its milestones' pages.
 */
export function indexedPagesGlob(site: string): string | null {
  const parts: string[] = [];
  const roots = [
    'instruments',
    ...readdirSync(site, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(site, d.name, 'instruments')))
      .map((d) => `${d.name}/instruments`),
  ];
  for (const root of roots) {
    const dir = join(site, root);
    if (!existsSync(dir)) continue;
    const ids = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const kept = ids.filter((id) => {
      const page = join(dir, id, 'index.html');
      // Not a page this site makes (no index.html, or a name a glob cannot hold): read it all.
      if (!GLOB_SAFE.test(id) || !existsSync(page)) return true;
      return readFileSync(page).includes('data-pagefind-body');
    });
    if (kept.length === ids.length) parts.push(root);
    else if (kept.length === 1) parts.push(`${root}/${kept[0]}`);
    else if (kept.length) parts.push(`${root}/{${kept.join(',')}}`);
  }
  if (!parts.length) return null;
  return `${parts.length === 1 ? parts[0] : `{${parts.join(',')}}`}/**/*.html`;
}

export function pagefind(): AstroIntegration {
  let outDir = '';
  return {
    name: 'policy-timeline:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        if (existsSync(join(bundle, 'pagefind.js')))
          logger.info(
            `Search in development uses the last build's index (${bundle}); run \`npm run build\` to refresh it.`,
          );
        else
          logger.warn(
            "Search is not available in development until the site has been built once: run `npm run build`, and this server then serves that build's index.",
          );
        server.middlewares.use('/pagefind', (req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          const file = normalize(join(bundle, path));
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) {
            if (path.endsWith('.js')) {
              res.statusCode = 404;
              res.setHeader('Content-Type', 'text/plain; charset=utf-8');
              res.end(
                "No search index: run `npm run build` once; the development server serves the last build's index.",
              );
              return;
            }
            next();
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pf.createIndex({});
          if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
          const glob = indexedPagesGlob(site);
          if (!glob) throw new SearchIndexError(NOTHING_TO_INDEX);
          const added = await index.addDirectory({ path: site, glob });
          if (added.errors.length)
            throw new SearchIndexError(
              `Pagefind could not index ${site}: ${added.errors.join('; ')}`,
            );
          if (added.page_count === 0) throw new SearchIndexError(NOTHING_TO_INDEX);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length)
            throw new SearchIndexError(
              `Pagefind could not write the index: ${written.errors.join('; ')}`,
            );
          // The search page uses Pagefind's JS API only (pagefind.js, its worker, wasm and index):
          // its ready-made interfaces would only be dead weight on the host.
          for (const unused of UNUSED_BUNDLE_FILES)
            rmSync(join(written.outputPath, unused), { force: true });
          const entry = JSON.parse(
            readFileSync(join(written.outputPath, 'pagefind-entry.json'), 'utf8'),
          ) as { languages: Record<string, { page_count: number }> };
          const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
          logger.info(
            `Search index: ${indexed} pages indexed (of ${added.page_count} read) in ${Math.round(performance.now() - started)} ms, in ${written.outputPath}.`,
          );
        } finally {
          await pf.close();
        }
      },
    },
  };
}
