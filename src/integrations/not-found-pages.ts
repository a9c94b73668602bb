/**
 * Puts each language's "page not found" where hosts look for it: Astro writes the page
 * src/pages/[...lang]/404.astro to 404/index.html and fr/404/index.html (a dynamic route is not
 * named 404.html), and static hosts serve the nearest 404.html for a missing address, so this
 * moves them to 404.html and fr/404.html after the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../i18n/index.ts';
import { langParam } from '../i18n/routing.ts';

export function notFoundPages(): AstroIntegration {
  return {
    name: 'policy-timeline:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const lang of LANGS) {
          const prefix = langParam(lang);
          const base = new URL(prefix ? `${prefix}/` : './', dir);
          const from = fileURLToPath(new URL('404/index.html', base));
          if (!existsSync(from))
            throw new Error(`${from} was not built: a language has no "page not found".`);
          renameSync(from, fileURLToPath(new URL('404.html', base)));
          rmdirSync(fileURLToPath(new URL('404/', base)));
        }
      },
    },
  };
}
