/** /data/milestones.json (shape and fields: src/lib/open-data.ts, documented on /data/). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { openDataFiles } from '../../data/outputs.ts';

export const GET: APIRoute = async () =>
  new Response(openDataFiles(await getSite()).milestones, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
