/** /data/changes.json: every recorded change to the record, newest first (shape: src/lib/changes-file.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { getHistory } from '../../data/history.ts';
import { changesFiles } from '../../data/history-outputs.ts';

export const GET: APIRoute = async () =>
  new Response(changesFiles(await getSite(), await getHistory()).changes, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
