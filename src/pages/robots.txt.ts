/** /robots.txt: everything may be crawled; the sitemap's address comes from the campaign's siteUrl. */
import type { APIRoute } from 'astro';
import { getSite } from '../data/content.ts';
import { SITEMAP_PATH } from '../data/outputs.ts';

export const GET: APIRoute = async () => {
  const { campaign } = await getSite();
  const body = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${new URL(SITEMAP_PATH, campaign.siteUrl).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
