/**
 * Which addresses go into sitemap.xml, and their alternates in other languages.
 *
 * Only the site's HTML pages, in every language. Left out:
 * - the embeddable widgets under /embed/ (the builder page too, in every language): they are
 *   made for partners' pages, carry `noindex`, and must not compete with the real pages in
 *   search results;
 * - the web editor under /admin/ (not an Astro page, so never offered; refused here too);
 * - files (calendars, feeds, data, robots.txt): crawlers find them through links, and a sitemap
 *   lists pages. With `trailingSlash: 'always'` every page address ends with "/".
 */

/** A language prefix of the site's pages ("/fr/…"): two letters, as src/i18n/routing.ts makes them. */
const LANG_PREFIX_RE = /^\/[a-z]{2}(?=\/)/;

export function includeInSitemap(url: string): boolean {
  const pathname = new URL(url).pathname.replace(LANG_PREFIX_RE, '');
  if (pathname === '/embed' || pathname.startsWith('/embed/')) return false;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return false;
  return pathname.endsWith('/');
}

/** An entry of @astrojs/sitemap: a page and its versions in other languages (hreflang). */
export interface SitemapEntry {
  readonly url: string;
  readonly links?: readonly { readonly url: string; readonly lang: string }[] | undefined;
}

/**
 * @astrojs/sitemap's `serialize` hook: adds the `x-default` alternate (the version in
 * `defaultLang`, at the root) to every page that has versions in other languages, as the
 * pages' own <link rel="alternate" hreflang="x-default"> do.
 */
export function withDefaultAlternate(defaultLang: string) {
  return <E extends SitemapEntry>(entry: E): E => {
    const home = entry.links?.find((l) => l.lang === defaultLang);
    if (!entry.links || !home || entry.links.some((l) => l.lang === 'x-default')) return entry;
    return { ...entry, links: [...entry.links, { url: home.url, lang: 'x-default' }] };
  };
}
