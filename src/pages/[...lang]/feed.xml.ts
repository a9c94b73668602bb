/**
 * /feed.xml, /fr/feed.xml, /de/feed.xml: the latest milestones and corrections, newest first,
 * in each language of the site (RSS 2.0; rules in src/lib/feed.ts).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { FEED_PATH, siteFeed } from '../../data/outputs.ts';
import { fileInLang, langPaths } from '../../i18n/routing.ts';
import { escapeHtml } from '../../lib/markdown.ts';

export const getStaticPaths = () => langPaths();

export const GET: APIRoute = async ({ locals }) => {
  const site = await getSite();
  const { campaign } = site;
  const feed = siteFeed(site, locals.lang);
  const self = new URL(fileInLang(FEED_PATH, locals.lang), campaign.siteUrl).href;
  return rss({
    title: feed.title,
    description: feed.description,
    site: campaign.siteUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>`,
      `<language>${escapeHtml(locals.t.locale)}</language>`,
      `<copyright>${escapeHtml(`${campaign.organisation} · ${campaign.license.name} · ${campaign.license.url}`)}</copyright>`,
      '<ttl>1440</ttl>',
    ].join(''),
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: item.pubDate,
      description: item.description,
      categories: [...item.categories],
      // @astrojs/rss makes the link the guid; a correction shares its milestone's link, so every
      // item states its own guid (customData replaces the default one).
      customData: `<guid isPermaLink="${String(item.isPermaLink)}">${escapeHtml(item.guid)}</guid>`,
    })),
  });
};
