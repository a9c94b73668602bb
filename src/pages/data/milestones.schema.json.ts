/** /data/milestones.schema.json: the JSON Schema of /data/milestones.json, generated from src/lib/open-data.ts. */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { openDataFiles } from '../../data/outputs.ts';

export const GET: APIRoute = async () =>
  new Response(openDataFiles(await getSite()).milestonesSchema, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
