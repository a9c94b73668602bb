/**
 * /lifespan.css: the lifespan chart's stylesheet (light, dark, print, forced colours, the phone
 * and wide renders, the scroll region), from the chart's own palettes in src/lib/lifespan-svg.ts.
 * A file of the site's own, so the inline SVG needs no style attribute and the pages' Content
 * Security Policy stays strict. Pages, instrument tracks and the chart widget link it.
 */
import type { APIRoute } from 'astro';
import { lifespanCss } from '../lib/lifespan-svg.ts';

export const GET: APIRoute = () =>
  new Response(`${lifespanCss('page')}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
