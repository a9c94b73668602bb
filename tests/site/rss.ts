/** The RSS feeds of a built site, read as a feed reader reads them (fast-xml-parser). */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/** One item of a feed, as the site writes them. */
export interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
}

/** A feed's channel: its texts and its items (always a list, even of one or none). */
export interface RssChannel {
  title: string;
  link: string;
  description: string;
  item?: RssItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item' || name === 'category',
});

/** The feed in `file`: its RSS version and its channel. */
export function readRss(file: string): { '@_version': string; channel: RssChannel } {
  return (parser.parse(readFileSync(file, 'utf8')) as { rss: never }).rss;
}
