/**
 * Which addresses go into sitemap.xml: the site's HTML pages only. Left out:
 * - the embeddable widgets under /embed/ (the builder page too): they are made for partners'
 *   pages, carry `noindex`, and must not compete with the real pages in search results;
 * - the web editor under /admin/ (not an Astro page, so never offered; refused here too);
 * - files (calendars, feeds, data, robots.txt): crawlers find them through links, and a sitemap
 *   lists pages. With `trailingSlash: 'always'` every page address ends with "/".
 */
export function includeInSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  if (pathname === '/embed' || pathname.startsWith('/embed/')) return false;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return false;
  return pathname.endsWith('/');
}
