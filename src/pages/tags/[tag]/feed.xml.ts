/** /tags/<tag>/feed.xml: the milestones and changes of everything with one tag (RSS 2.0). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/content.ts';
import { getHistory } from '../../../data/history.ts';
import { siteTags, tagFeed } from '../../../data/history-outputs.ts';
import { rssResponse } from '../../../data/rss.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return siteTags(site).map((tag) => ({ params: { tag }, props: { tag } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: string }> = async ({ props }) => {
  const site = await getSite();
  return rssResponse(site, tagFeed(site, await getHistory(), props.tag));
};
