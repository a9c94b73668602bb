/**
 * Copies the "not found" widget to dist/embed/404.html after a build, so an unknown address under
 * /embed/ (a mistyped iframe snippet) shows a widget that says so, not the site's full 404 page.
 * Cloudflare Pages serves the nearest 404.html on its own; the README gives the one line other
 * hosts need. (Astro writes a page at src/pages/embed/404.astro to embed/404/index.html, hence
 * the copy.)
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function embedNotFound(): AstroIntegration {
  return {
    name: 'policy-timeline:embed-not-found',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const from = fileURLToPath(new URL('embed/not-found/index.html', dir));
        if (!existsSync(from))
          throw new Error(
            'embed/not-found/index.html was not built: the "not found" widget is missing.',
          );
        copyFileSync(from, fileURLToPath(new URL('embed/404.html', dir)));
        logger.info('Wrote embed/404.html (the "not found" widget).');
      },
    },
  };
}
