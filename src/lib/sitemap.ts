/**
 * Which addresses go into sitemap.xml, and their alternates in other languages.
 *
 * Only the site's HTML pages, in every language. Left out:
 * - the embeddable widgets under /embed/ (the builder page too, in every language): they are
 *   made for partners' pages, carry `noindex`, and must not compete with the real pages in
 *   search results;
 * - the web editor under /admin/ (not an Astro page, so never offered; refused here too);
 * - the "not found" pages in every language (/404/, /fr/404/: they stand for any missing
 *   address, and carry `noindex`);
 * - files (calendars, feeds, data, robots.txt): crawlers find them through links, and a sitemap
 *   lists pages. With `trailingSlash: 'always'` every page address ends with "/".
 */
import { pageAlternates, type PageAlternate } from '../i18n/routing.ts';

/** A language prefix of the site's pages ("/fr/…"): two letters, as src/i18n/routing.ts makes them. */
const LANG_PREFIX_RE = /^\/[a-z]{2}(?=\/)/;

export function includeInSitemap(url: string): boolean {
  const pathname = new URL(url).pathname.replace(LANG_PREFIX_RE, '');
  if (pathname === '/embed' || pathname.startsWith('/embed/')) return false;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return false;
  if (pathname === '/404/' || pathname === '/500/') return false;
  return pathname.endsWith('/');
}

/** An entry of @astrojs/sitemap: a page and its versions in other languages (hreflang). */
export interface SitemapEntry {
  readonly url: string;
  readonly links?: readonly { readonly url: string; readonly lang: string }[] | undefined;
}

/**
 * @astrojs/sitemap's `serialize` hook: lists a page's versions in every language and `x-default`,
 * exactly as the page's own <link rel="alternate" hreflang> do ({@link pageAlternates}).
 *
 * Why not the plugin's `i18n` option: it finds a page's versions by comparing its path with
 * every other page's, once per page, which took 2.5 s at 5,000 milestones (22,894 pages) and
 * grows with the square of the site (about 30 s at 20,000 milestones). A page's versions follow
 * from its own address, since every page exists in every language.
 */
export function withAlternates<E extends SitemapEntry>(entry: E): E & { links: PageAlternate[] } {
  return { ...entry, links: pageAlternates(new URL(entry.url).pathname, entry.url) };
}
