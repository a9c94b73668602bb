/**
 * /feed.xml, /fr/feed.xml, /de/feed.xml: the latest milestones, corrections and changes to the
 * record, newest first, in each language of the site (RSS 2.0; rules in src/lib/feed.ts).
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { getHistory } from '../../data/history.ts';
import { siteChangeItems } from '../../data/history-outputs.ts';
import { FEED_PATH, siteFeed } from '../../data/outputs.ts';
import { rssResponse } from '../../data/rss.ts';
import { fileInLang, langPaths } from '../../i18n/routing.ts';

export const getStaticPaths = () => langPaths();

export const GET: APIRoute = async ({ locals }) => {
  const site = await getSite();
  const feed = siteFeed(site, locals.lang, siteChangeItems(site, await getHistory(), locals.lang));
  return rssResponse(site, {
    ...feed,
    path: fileInLang(FEED_PATH, locals.lang),
    locale: locals.t.locale,
  });
};
