/** /feed.xml: the latest milestones, corrections and changes to the record, newest first (RSS 2.0; rules in src/lib/feed.ts). */
import { DEFAULT_LANG } from '../i18n/index.ts';
import type { APIRoute } from 'astro';
import { getSite } from '../data/content.ts';
import { getHistory } from '../data/history.ts';
import { siteChangeItems } from '../data/history-outputs.ts';
import { FEED_PATH, siteFeed } from '../data/outputs.ts';
import { rssResponse } from '../data/rss.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const feed = siteFeed(site, DEFAULT_LANG, siteChangeItems(site, await getHistory()));
  return rssResponse(site, { ...feed, path: FEED_PATH });
};
