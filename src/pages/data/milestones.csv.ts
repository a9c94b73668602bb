/** /data/milestones.csv: one row per milestone, RFC 4180 (columns: src/lib/open-data.ts, documented on /data/). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { openDataFiles } from '../../data/outputs.ts';

export const GET: APIRoute = async () =>
  new Response(openDataFiles(await getSite()).milestonesCsv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
