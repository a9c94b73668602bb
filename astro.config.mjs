// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentCheck } from './src/integrations/content-check.ts';
import { editor } from './src/integrations/editor.ts';
import { embedNotFound } from './src/integrations/embed-not-found.ts';
import { historyCheck } from './src/integrations/history.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { includeInSitemap, withAlternates } from './src/lib/sitemap.ts';
import { pagefind } from './src/integrations/pagefind.ts';

/** The site URL comes from the campaign file, so a fork changes content/ and nothing else. */
function siteUrl() {
  try {
    const dir = resolve(process.env.POLICY_TIMELINE_CONTENT ?? 'content');
    const campaign = /** @type {{ siteUrl?: unknown }} */ (
      load(readFileSync(resolve(dir, 'campaign.yaml'), 'utf8'))
    );
    return typeof campaign?.siteUrl === 'string' ? campaign.siteUrl : undefined;
  } catch {
    return undefined; // the content check reports a missing or broken campaign file
  }
}

const site = siteUrl();

export default defineConfig({
  ...(site ? { site } : {}),
  // The benchmark builds synthetic campaigns with their own cache, so they never touch the real one.
  ...(process.env.POLICY_TIMELINE_CACHE_DIR
    ? { cacheDir: process.env.POLICY_TIMELINE_CACHE_DIR }
    : {}),
  trailingSlash: 'always',
  integrations: [
    contentCheck(),
    historyCheck(),
    mdx(),
    embedNotFound(),
    notFoundPages(),
    // Every page in every language, each listing the others (hreflang) and English as x-default.
    sitemap({
      filter: includeInSitemap,
      namespaces: { news: false, image: false, video: false },
      serialize: withAlternates,
    }),
    pagefind(),
    // Last: it writes dist/admin/ after every other file is written (no other page changes).
    editor(),
  ],
  // Content Security Policy, site-wide, as a <meta> in every page (static output; not active in
  // `astro dev`). Astro adds the hashes of its own processed scripts and styles. Nothing may come
  // from another origin. Pagefind (search) needs 'wasm-unsafe-eval' and a worker from a blob:.
  // frame-ancestors cannot be set by <meta>: framing rules belong in host headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  vite: {
    build: {
      rolldownOptions: {
        // Astro 7 + rolldown warn on every MDX file about "use astro:head-inject" (withastro/astro#18087,
        // harmless, fix pending). Hide that one warning so real ones stand out.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
            return;
          handler(level, log);
        },
      },
    },
  },
});
