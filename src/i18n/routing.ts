/**
 * Where each language lives: English at the root ("/timeline/"), every other language under its
 * own prefix ("/fr/timeline/", "/de/timeline/"). Pages are written once, in
 * `src/pages/[...lang]/…`, and `langPaths()` makes one copy per language (see src/i18n/README.md).
 *
 * Widget pages (/embed/<widget>/…) are the exception: one address for every language, which the
 * widget picks by `?lang=` (a public contract, src/lib/embed.ts).
 */
import { DEFAULT_LANG, isLang, LANGS, type Lang } from './index.ts';

/** The `lang` route parameter of a language: undefined for the root language (English). */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** The language of a site path: its first segment when that is a language, else English. */
export function langFromPath(pathname: string): Lang {
  // The text between the first and second "/" (`split('/')[1]`, without the array: every link
  // of every page asks).
  const from = pathname.indexOf('/');
  if (from === -1) return DEFAULT_LANG;
  const to = pathname.indexOf('/', from + 1);
  const first = pathname.slice(from + 1, to === -1 ? undefined : to);
  return first !== DEFAULT_LANG && isLang(first) ? first : DEFAULT_LANG;
}

/** A site path without its language prefix: "/fr/timeline/" → "/timeline/". */
export function stripLang(pathname: string): string {
  const lang = langFromPath(pathname);
  return lang === DEFAULT_LANG ? pathname : pathname.slice(lang.length + 1) || '/';
}

/**
 * A site path in a language: "/timeline/" in French is "/fr/timeline/"; a path that already has a
 * language prefix moves to the other language; a "#…" or "?…" part is kept. Only pages move
 * (their paths end with "/"): files (open data, assets) and the widgets exist once for every
 * language and are returned as they are, and so are addresses with a scheme.
 * @example pathInLang('/instruments/dsa/#signed', 'de') // '/de/instruments/dsa/#signed'
 */
export function pathInLang(path: string, lang: Lang): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const at = path.search(/[?#]/);
  const pathname = at === -1 ? path : path.slice(0, at);
  const rest = at === -1 ? '' : path.slice(at);
  if (!pathname.endsWith('/') || isWidgetPath(pathname)) return path;
  const bare = stripLang(pathname);
  return `${lang === DEFAULT_LANG ? bare : `/${lang}${bare}`}${rest}`;
}

/**
 * A page's versions in every language, and English again as `x-default` (for any other reader):
 * what the page names in its <link rel="alternate" hreflang> and the sitemap lists for it. Every
 * page exists in every language (`langPaths`), so the addresses follow from its own.
 * @example pageAlternates('/fr/status/', 'https://example.org/')[1] // { lang: 'fr', url: 'https://example.org/fr/status/' }
 */
export function pageAlternates(pathname: string, site: URL | string): PageAlternate[] {
  return [...LANGS, 'x-default' as const].map((lang) => ({
    lang,
    url: new URL(pathInLang(pathname, lang === 'x-default' ? DEFAULT_LANG : lang), site).href,
  }));
}

/** One version of a page: its language (or `x-default`) and its address. */
export interface PageAlternate {
  readonly lang: Lang | 'x-default';
  readonly url: string;
}

/**
 * A file that exists in every language (the feed, the calendars) in a language: "/feed.xml" in
 * French is "/fr/feed.xml". Files that exist once (open data) are not for this.
 * @example fileInLang('/instruments/dsa/calendar.ics', 'de') // '/de/instruments/dsa/calendar.ics'
 */
export function fileInLang(path: string, lang: Lang): string {
  const bare = path.startsWith('/') ? stripLang(path) : path;
  return lang === DEFAULT_LANG || !bare.startsWith('/') ? bare : `/${lang}${bare}`;
}

/** The widget pages: /embed/<widget>/… (the builder at /embed/ is a page of the site). */
export function isWidgetPath(pathname: string): boolean {
  return /^\/embed\/.+/.test(pathname);
}

/**
 * `getStaticPaths` for a page in every language: each of `paths` (or one page without
 * parameters) once per language, with the `lang` parameter set.
 * @example getStaticPaths = () => langPaths(site.instruments.map((i) => ({ params: { id: i.id }, props: { instrument: i } })))
 */
export function langPaths<P extends Record<string, string | undefined>, Props>(
  paths: readonly { params: P; props?: Props }[] = [{ params: {} as P }],
): { params: P & { lang: string | undefined }; props: Props }[] {
  return LANGS.flatMap((lang) =>
    paths.map((p) => ({ params: { ...p.params, lang: langParam(lang) }, props: p.props as Props })),
  );
}
