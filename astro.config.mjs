// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentCheck } from './src/integrations/content-check.ts';
import { embedNotFound } from './src/integrations/embed-not-found.ts';
import { includeInSitemap } from './src/lib/sitemap.ts';

/** The site URL comes from the campaign file, so a fork changes content/ and nothing else. */
function siteUrl() {
  try {
    const dir = resolve(process.env.POLICY_TIMELINE_CONTENT ?? 'content');
    const campaign = /** @type {{ siteUrl?: unknown }} */ (load(readFileSync(resolve(dir, 'campaign.yaml'), 'utf8')));
    return typeof campaign?.siteUrl === 'string' ? campaign.siteUrl : undefined;
  } catch {
    return undefined; // the content check reports a missing or broken campaign file
  }
}

const site = siteUrl();

export default defineConfig({
  ...(site ? { site } : {}),
  // The benchmark builds synthetic campaigns with their own cache, so they never touch the real one.
  ...(process.env.POLICY_TIMELINE_CACHE_DIR ? { cacheDir: process.env.POLICY_TIMELINE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), embedNotFound(), sitemap({ filter: includeInSitemap, namespaces: { news: false, image: false, video: false } })],
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  vite: {
    build: {
      rolldownOptions: {
        // Astro 7 + rolldown warn on every MDX file about "use astro:head-inject" (withastro/astro#18087,
        // harmless, fix pending). Hide that one warning so real ones stand out.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
