/** /data/changes.schema.json: the JSON Schema of /data/changes.json, generated from src/lib/changes-file.ts. */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { getHistory } from '../../data/history.ts';
import { changesFiles } from '../../data/history-outputs.ts';

export const GET: APIRoute = async () =>
  new Response(changesFiles(await getSite(), await getHistory()).changesSchema, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
