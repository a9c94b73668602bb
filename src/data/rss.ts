/**
 * Writes a feed as RSS 2.0 (with @astrojs/rss): the site feed, and the feeds of one instrument
 * and one tag. Every item states its own guid, and the channel its own address (atom:link).
 */
import rss from '@astrojs/rss';
import { escapeHtml } from '../lib/markdown.ts';
import type { FeedItem } from '../lib/feed.ts';
import type { Site } from './content.ts';

export interface RssChannel {
  readonly title: string;
  readonly description: string;
  /** The site path the feed is published at, e.g. "/feed.xml". */
  readonly path: string;
  /** The feed's language, a BCP 47 tag (default: the campaign's locale). */
  readonly locale?: string;
  readonly items: readonly FeedItem[];
}

export function rssResponse(site: Site, channel: RssChannel): Promise<Response> {
  const { campaign } = site;
  const self = new URL(channel.path, campaign.siteUrl).href;
  return rss({
    title: channel.title,
    description: channel.description,
    site: campaign.siteUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>`,
      `<language>${escapeHtml(channel.locale ?? campaign.locale)}</language>`,
      `<copyright>${escapeHtml(`${campaign.organisation} · ${campaign.license.name} · ${campaign.license.url}`)}</copyright>`,
      '<ttl>1440</ttl>',
    ].join(''),
    items: channel.items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: item.pubDate,
      description: item.description,
      categories: [...item.categories],
      // @astrojs/rss makes the link the guid; a correction or a change shares its milestone's
      // link, so every item states its own guid (customData replaces the default one).
      customData: `<guid isPermaLink="${String(item.isPermaLink)}">${escapeHtml(item.guid)}</guid>`,
    })),
  });
}
