/**
 * What every widget page does in the browser: read its options from the query string (each
 * checked against its allow-list), apply the theme and the compact layout, say its fixed phrases
 * and dates in the language asked for, and tell the embedding page its height.
 *
 * Nothing from the URL is ever written into the page: options only select among known values,
 * and text is set with textContent.
 */
import { localeFor, readOptions, RESIZE_MESSAGE, WIDGET_LANGS, type WidgetLang, type WidgetOptions } from '../lib/embed.ts';
import { formatCalendarDate, phrase } from '../lib/embed-text.ts';

export interface Widget {
  readonly options: WidgetOptions;
  /** The BCP 47 locale for dates and numbers. */
  readonly locale: string;
  /** The widget's words in the chosen language. */
  readonly words: object;
  /** Says every phrase and date under `root` again in the chosen language. */
  readonly localize: (root: ParentNode) => void;
}

/**
 * Starts a widget page. `dictionaries` gives, for each language, the sections this widget uses
 * keyed as its phrases name them (`{ common: common.fr, status: status.fr }`).
 */
export function startWidget(dictionaries: Readonly<Record<WidgetLang, object>>): Widget {
  const root = document.documentElement;
  const campaignLocale = root.lang;
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
  const locale = localeFor(options.lang, campaignLocale);
  const words = dictionaries[options.lang];
  const localize = (scope: ParentNode): void => {
    for (const el of scope.querySelectorAll<HTMLElement>('[data-t]')) {
      const values = [el.dataset['v'], el.dataset['w']].filter((v): v is string => v !== undefined);
      const text = phrase(words, el.dataset['t'] ?? '', locale, el.dataset['d'], values);
      if (text !== undefined) el.textContent = text;
    }
    for (const el of scope.querySelectorAll<HTMLTimeElement>('time[data-f]')) {
      el.textContent = formatCalendarDate(el.dateTime, locale, el.dataset['f'] === 'short' ? 'short' : 'long');
    }
  };
  if (options.lang !== defaults.lang) {
    root.lang = locale;
    localize(document);
  }
  reportHeight(root);
  return { options, locale, words, localize };
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
