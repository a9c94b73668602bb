/**
 * /instruments/<id>/feed.xml (and under /fr/, /de/): "follow this file", its milestones and every
 * change to its record, in the page's language (RSS 2.0).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Instrument } from '../../../../data/content.ts';
import { getHistory } from '../../../../data/history.ts';
import { instrumentFeed } from '../../../../data/history-outputs.ts';
import { instrumentPaths } from '../../../../data/paths.ts';
import { rssResponse } from '../../../../data/rss.ts';

export const getStaticPaths = instrumentPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ instrument: Instrument }> = async ({ props, locals }) => {
  const site = await getSite();
  return rssResponse(site, instrumentFeed(site, await getHistory(), props.instrument, locals.lang));
};
