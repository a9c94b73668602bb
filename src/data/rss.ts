/**
 * Writes a feed as RSS 2.0: the site feed, and the feeds of one instrument and one tag. Every
 * item states its own guid, and the channel its own address (atom:link).
 *
 * Written here rather than with @astrojs/rss: that package parses the extra elements it is
 * given (the guid, atom:link) with an XML parser and writes the whole feed through an XML
 * builder, which cost a 5,000-milestone build about 2.5 s of its 100 s of CPU for 1,593 feeds
 * of a few items each. The document is a dozen fixed elements, every text escaped by escapeXml
 * (src/lib/shared/format.ts, beside the site's HTML escaper); the feed tests read it back with
 * an XML parser (tests/site/outputs.test.ts).
 */
import type { FeedItem } from '../lib/feed.ts';
import { escapeXml } from '../lib/shared/format.ts';
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

/** An element with text content, escaped. */
const el = (name: string, text: string): string => `<${name}>${escapeXml(text)}</${name}>`;

function itemXml(item: FeedItem): string {
  return [
    '<item>',
    el('title', item.title),
    el('link', item.link),
    // A correction or a change shares its milestone's link: every item states its own guid.
    `<guid isPermaLink="${String(item.isPermaLink)}">${escapeXml(item.guid)}</guid>`,
    el('description', item.description),
    el('pubDate', item.pubDate.toUTCString()),
    ...item.categories.map((c) => el('category', c)),
    '</item>',
  ].join('');
}

/** The feed as an RSS 2.0 document. */
export function rssXml(site: Site, channel: RssChannel): string {
  const { campaign } = site;
  const home = new URL(campaign.siteUrl.replace(/\/*$/, '/')).href;
  const self = new URL(channel.path, campaign.siteUrl).href;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    el('title', channel.title),
    el('description', channel.description),
    el('link', home),
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    el('language', channel.locale ?? campaign.locale),
    el(
      'copyright',
      `${campaign.organisation} · ${campaign.license.name} · ${campaign.license.url}`,
    ),
    '<ttl>1440</ttl>',
    ...channel.items.map(itemXml),
    '</channel></rss>',
  ].join('');
}

/** The feed as the response of an endpoint. */
export function rssResponse(site: Site, channel: RssChannel): Response {
  return new Response(rssXml(site, channel), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
