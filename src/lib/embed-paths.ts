/**
 * The widgets' addresses (part of their public contract): what a placeholder or the builder asks
 * for becomes a path under /embed/, or the "not found" widget's. Used by the loader and the
 * builder. Pure and dependency-free (bundled into browser code).
 *
 * Only the shape of a value is checked here, never whether the site publishes it: the loader
 * carries no list of published ids (it stays under 2 KB at any size), so a well-formed id the
 * site does not publish gives an address that was not built, and the host answers it with the
 * "not found" widget (dist/embed/404.html; see "Hosting the widgets" in the README).
 */
import { isWidgetId, WIDGET_LANGS, type WidgetLang } from './embed.ts';

/** Where the loader sends anything it cannot resolve: a widget that says so clearly. */
export const NOT_FOUND_PATH = '/embed/not-found/';

/** A placeholder's or a builder's choice: which widget, and for what. */
export interface WidgetTarget {
  readonly kind?: string | null | undefined;
  readonly instrument?: string | null | undefined;
  readonly milestone?: string | null | undefined;
  readonly tag?: string | null | undefined;
}

const given = (value: string | null | undefined): value is string =>
  value !== undefined && value !== null && value !== '';

/**
 * The address of a widget, or {@link NOT_FOUND_PATH} for an unknown kind, a malformed value or a
 * combination no widget takes:
 * - countdown: `/embed/countdown/next/`, or `/embed/countdown/<instrument>/<milestone>/`
 * - status: `/embed/status/<instrument>/`
 * - timeline: `/embed/timeline/`, `/embed/timeline/<instrument>/` or `/embed/timeline/tag/<tag>/`
 * - chart (the lifespan chart): `/embed/chart/`, `/embed/chart/<instrument>/` (the instrument's
 *   chain: it and the acts it extends, amends, follows or replaces) or `/embed/chart/tag/<tag>/`
 *
 * Values are used only after they match the id pattern, so nothing else can reach a path.
 */
export function widgetPath(target: WidgetTarget): string {
  const { kind, instrument, milestone, tag } = target;
  switch (kind) {
    case 'countdown':
      if (!given(instrument) && !given(milestone) && !given(tag)) return '/embed/countdown/next/';
      if (
        given(tag) ||
        !given(instrument) ||
        !given(milestone) ||
        !isWidgetId(milestone) ||
        !isWidgetId(instrument)
      )
        return NOT_FOUND_PATH;
      return `/embed/countdown/${instrument}/${milestone}/`;
    case 'status':
      if (!given(instrument) || given(milestone) || given(tag) || !isWidgetId(instrument))
        return NOT_FOUND_PATH;
      return `/embed/status/${instrument}/`;
    case 'timeline':
    case 'chart':
      if (given(milestone) || (given(instrument) && given(tag))) return NOT_FOUND_PATH;
      if (given(instrument))
        return isWidgetId(instrument) ? `/embed/${kind}/${instrument}/` : NOT_FOUND_PATH;
      if (given(tag)) return isWidgetId(tag) ? `/embed/${kind}/tag/${tag}/` : NOT_FOUND_PATH;
      return `/embed/${kind}/`;
    default:
      return NOT_FOUND_PATH;
  }
}

/**
 * The lifespan chart widget in a language. Its words are drawn into the picture (labels wrap and
 * rows grow with them), so it cannot carry every widget language in one page as the other
 * widgets do: each language other than the default has pages of its own under
 * `/embed/<lang>/chart/…`, and the default page sends a reader who asks for another language
 * (`?lang=fr`) there. Only a language of {@link WIDGET_LANGS} ever reaches a path.
 * @example chartPathIn('/embed/chart/tag/detection/', 'fr', 'en') // '/embed/fr/chart/tag/detection/'
 */
export function chartPathIn(path: string, lang: WidgetLang, defaultLang: WidgetLang): string {
  const rest = path.replace(/^\/embed\/(?:[a-z]{2}\/)?chart\//, '');
  return lang === defaultLang ? `/embed/chart/${rest}` : `/embed/${lang}/chart/${rest}`;
}

/** The language of a widget page's address: `/embed/fr/chart/` is French; undefined for the others (they speak every language from one address). */
export function widgetLangOfPath(pathname: string): WidgetLang | undefined {
  const first = pathname.split('/')[2];
  return WIDGET_LANGS.find((l) => l === first);
}
