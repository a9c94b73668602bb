/**
 * The campaign's colours as CSS custom properties, served as a file of the site's own so no
 * inline style is needed (the pages' Content Security Policy stays strict).
 */
import type { APIRoute } from 'astro';
import { getSite } from '../data/content.ts';

export const GET: APIRoute = async () => {
  const { campaign } = await getSite();
  return new Response(`:root{--accent:${campaign.accentColor}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
