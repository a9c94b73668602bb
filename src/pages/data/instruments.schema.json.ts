/** /data/instruments.schema.json: the JSON Schema of /data/instruments.json, generated from src/lib/open-data.ts. */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { openDataFiles } from '../../data/outputs.ts';

export const GET: APIRoute = async () =>
  new Response(openDataFiles(await getSite()).instrumentsSchema, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
