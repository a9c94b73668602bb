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
import { isWidgetId } from './embed.ts';

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
      if (given(milestone) || (given(instrument) && given(tag))) return NOT_FOUND_PATH;
      if (given(instrument))
        return isWidgetId(instrument) ? `/embed/timeline/${instrument}/` : NOT_FOUND_PATH;
      if (given(tag)) return isWidgetId(tag) ? `/embed/timeline/tag/${tag}/` : NOT_FOUND_PATH;
      return '/embed/timeline/';
    default:
      return NOT_FOUND_PATH;
  }
}
