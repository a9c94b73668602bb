/**
 * What every widget page does in the browser: read its options from the query string (each
 * checked against its allow-list), apply the theme and the compact layout, put the words of the
 * language asked for in place, and tell the embedding page its height.
 *
 * The build writes every fixed phrase and date in each widget language (the default as text, the
 * others as data-l-<lang> and data-l-<lang>-title attributes, see src/components/Localized.astro),
 * so nothing is formatted here and no catalogue is shipped. Links lead to the tracker's pages in
 * the language asked for. Nothing from the URL is ever written into the page: options only select
 * among known values, and text is set with textContent.
 */
import { readOptions, RESIZE_MESSAGE, WIDGET_LANGS, type WidgetOptions } from '../lib/embed.ts';
import { localeFor } from '../lib/shared/locale.ts';

export interface Widget {
  readonly options: WidgetOptions;
  /** The BCP 47 locale of the chosen language. */
  readonly locale: string;
}

/** Starts a widget page; the root element carries its defaults (data-lang, data-limit). */
export function startWidget(): Widget {
  const root = document.documentElement;
  const defaults: WidgetOptions = {
    theme: 'auto',
    lang: WIDGET_LANGS.find((l) => l === root.dataset['lang']) ?? 'en',
    limit: Number(root.dataset['limit']),
    compact: false,
  };
  const query = new URLSearchParams(location.search);
  const options = readOptions((name) => query.get(name), defaults);
  root.dataset['theme'] = options.theme;
  if (options.compact) root.dataset['compact'] = '';
  const locale = localeFor(options.lang, root.lang);
  if (options.lang !== defaults.lang) {
    root.lang = locale;
    const name = `data-l-${options.lang}`;
    for (const el of document.querySelectorAll(`[${name}]`)) el.textContent = el.getAttribute(name);
    for (const el of document.querySelectorAll<HTMLElement>(`[${name}-title]`))
      el.title = el.getAttribute(`${name}-title`) ?? '';
  }
  // Links open the tracker in the top window (as <base target> says without JavaScript), at its
  // pages in the language asked for: under /<lang>/, English at the root.
  // (setAttribute: an SVG link's `target` property is read-only.) A page in one language (the
  // lifespan chart's) already links there.
  for (const a of document.querySelectorAll('a')) {
    a.setAttribute('target', '_top');
    const href = a.getAttribute('href') ?? '';
    if (options.lang !== 'en' && href.startsWith('/') && !href.startsWith(`/${options.lang}/`))
      a.setAttribute('href', `/${options.lang}${href}`);
  }
  reportHeight(root);
  return { options, locale };
}

/**
 * Posts the page's height to the embedding window whenever it changes. The payload is a number
 * and a fixed type, nothing private, so it can go to any parent; the loader on the other side
 * checks where it came from.
 */
function reportHeight(root: HTMLElement): void {
  if (window.parent === window) return;
  let last = -1;
  const send = (): void => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(root);
  send();
}
