/**
 * /tags/<tag>/feed.xml (and under /fr/, /de/): the milestones and changes of everything with one
 * tag, in the language of its folder (RSS 2.0).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../data/content.ts';
import { getHistory } from '../../../../data/history.ts';
import { siteTags, tagFeed } from '../../../../data/history-outputs.ts';
import { rssResponse } from '../../../../data/rss.ts';
import { langPaths } from '../../../../i18n/routing.ts';

export const getStaticPaths = (async () =>
  langPaths(
    siteTags(await getSite()).map((tag) => ({ params: { tag }, props: { tag } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: string }> = async ({ props, locals }) => {
  const site = await getSite();
  return rssResponse(site, tagFeed(site, await getHistory(), props.tag, locals.lang));
};
