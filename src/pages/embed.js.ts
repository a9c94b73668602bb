/**
 * /embed.js: the widget loader, at a stable unhashed address (partners paste it once and it must
 * keep working). A classic script built from src/embed/loader.ts with esbuild, with the campaign's
 * name and default options baked in; its size does not grow with the content.
 */
import type { APIRoute } from 'astro';
import { srcDir } from 'astro:config/server';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { getSite } from '../data/content.ts';
import { defaultWidgetOptions } from '../data/embed.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  // import.meta.url points into dist/ while prerendering: find the source through srcDir.
  const entry = fileURLToPath(new URL('embed/loader.ts', srcDir));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    define: {
      PT_CAMPAIGN: JSON.stringify(site.campaign.name),
      PT_DEFAULTS: JSON.stringify(defaultWidgetOptions(site)),
    },
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild produced no output for src/embed/loader.ts');
  return new Response(`/* ${new URL('/embed/', site.campaign.siteUrl).href} */\n${code}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
