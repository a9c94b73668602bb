/**
 * The widgets' public contract, shared by the widget pages, the loader (/embed.js) and the
 * builder: which widgets exist, at which addresses, and which values each option accepts.
 *
 * Pure and dependency-free: it is bundled into browser code (the loader and the widgets), so it
 * imports nothing at run time. Every value that comes from a URL or a partner's page is checked
 * against an allow-list here; anything else falls back to the default, and nothing here ever
 * produces markup.
 */

export const WIDGET_KINDS = ['countdown', 'status', 'timeline'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

/** Languages the widgets speak (fixed phrases and dates; the content itself stays in its language). */
export const WIDGET_LANGS = ['en', 'fr', 'de'] as const;
export type WidgetLang = (typeof WIDGET_LANGS)[number];

export const WIDGET_THEMES = ['auto', 'light', 'dark'] as const;
export type WidgetTheme = (typeof WIDGET_THEMES)[number];

/** How many milestones a timeline slice may show. */
export const LIMIT_MIN = 1;
export const LIMIT_MAX = 20;
export const LIMIT_DEFAULT = 5;

/** The message a widget sends its parent window with its height. Part of the public contract. */
export const RESIZE_MESSAGE = 'policy-timeline:resize';
/** Heights the loader accepts from a widget, in CSS pixels; anything outside is clamped. */
export const HEIGHT_MIN = 60;
export const HEIGHT_MAX = 2400;

/** Where the loader sends anything it cannot resolve: a widget that says so clearly. */
export const NOT_FOUND_PATH = '/embed/not-found/';

export interface WidgetOptions {
  readonly theme: WidgetTheme;
  readonly lang: WidgetLang;
  readonly limit: number;
  readonly compact: boolean;
}

/** Ids of instruments and milestones, and tags: the same shape the content schema enforces. */
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** No real id is this long; longer values are refused before any pattern is tried. */
const ID_MAX = 100;

/** True for a value shaped like a content id ("csa-regulation"); anything else is refused. */
export function isWidgetId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ID_MAX && ID_RE.test(value);
}

const pick = <T extends string>(list: readonly T[], value: string | null | undefined): T | undefined => list.find((item) => item === value);

/** The widget language for a BCP 47 tag ("fr-BE" → "fr"), or undefined when widgets do not speak it. */
export function widgetLangOf(locale: string): WidgetLang | undefined {
  return pick(WIDGET_LANGS, locale.split('-')[0]?.toLowerCase());
}

/** `limit`: a whole number from {@link LIMIT_MIN} to {@link LIMIT_MAX}, written plainly ("7"). */
export function parseLimit(value: string | null | undefined): number | undefined {
  if (typeof value !== 'string' || !/^[1-9]\d?$/.test(value)) return undefined;
  const n = Number(value);
  return n >= LIMIT_MIN && n <= LIMIT_MAX ? n : undefined;
}

/** `compact`: "1", "true" or an empty value (`?compact`) turn it on; "0" and "false" turn it off. */
export function parseCompact(value: string | null | undefined): boolean | undefined {
  if (value === '' || value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return undefined;
}

/**
 * Reads the options from any source of named strings (a URL's query, a placeholder's data-*
 * attributes). Each value is checked against its allow-list; a missing or unknown value gives
 * the default.
 * @example readOptions((n) => new URLSearchParams('?lang=fr&theme=<b>').get(n), defaults) // { lang: 'fr', theme: defaults.theme, ... }
 */
export function readOptions(get: (name: string) => string | null | undefined, defaults: WidgetOptions): WidgetOptions {
  return {
    theme: pick(WIDGET_THEMES, get('theme')) ?? defaults.theme,
    lang: pick(WIDGET_LANGS, get('lang')) ?? defaults.lang,
    limit: parseLimit(get('limit')) ?? defaults.limit,
    compact: parseCompact(get('compact')) ?? defaults.compact,
  };
}

/** The query string for options that differ from the defaults, in a fixed order ("?lang=fr&compact=1"), or "". */
export function optionsQuery(options: WidgetOptions, defaults: WidgetOptions, kind?: WidgetKind): string {
  const parts: string[] = [];
  if (options.theme !== defaults.theme) parts.push(`theme=${options.theme}`);
  if (options.lang !== defaults.lang) parts.push(`lang=${options.lang}`);
  if (options.limit !== defaults.limit && (kind === undefined || kind === 'timeline')) parts.push(`limit=${options.limit}`);
  if (options.compact !== defaults.compact) parts.push(`compact=${options.compact ? 1 : 0}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** What the site publishes widgets for, so a loader can tell an unknown value before loading a frame. */
export interface WidgetCatalog {
  readonly instruments: readonly string[];
  /** Deadlines a countdown can show, as "<instrument>#<milestone>". */
  readonly deadlines: readonly string[];
  readonly tags: readonly string[];
}

/** A placeholder's or a builder's choice: which widget, and for what. */
export interface WidgetTarget {
  readonly kind?: string | null | undefined;
  readonly instrument?: string | null | undefined;
  readonly milestone?: string | null | undefined;
  readonly tag?: string | null | undefined;
}

const given = (value: string | null | undefined): value is string => value !== undefined && value !== null && value !== '';

/**
 * The address of a widget, or {@link NOT_FOUND_PATH} for anything unknown or malformed:
 * - countdown: `/embed/countdown/next/`, or `/embed/countdown/<instrument>/<milestone>/`
 * - status: `/embed/status/<instrument>/`
 * - timeline: `/embed/timeline/`, `/embed/timeline/<instrument>/` or `/embed/timeline/tag/<tag>/`
 *
 * With a catalog, ids must also exist in it. Values are used only after they match the id
 * pattern, so nothing else can reach a path.
 */
export function widgetPath(target: WidgetTarget, catalog?: WidgetCatalog): string {
  const { kind, instrument, milestone, tag } = target;
  const knownInstrument = (id: string): boolean => isWidgetId(id) && (!catalog || catalog.instruments.includes(id));
  switch (kind) {
    case 'countdown':
      if (!given(instrument) && !given(milestone) && !given(tag)) return '/embed/countdown/next/';
      if (given(tag) || !given(instrument) || !given(milestone) || !isWidgetId(milestone) || !knownInstrument(instrument)) return NOT_FOUND_PATH;
      if (catalog && !catalog.deadlines.includes(`${instrument}#${milestone}`)) return NOT_FOUND_PATH;
      return `/embed/countdown/${instrument}/${milestone}/`;
    case 'status':
      if (!given(instrument) || given(milestone) || given(tag) || !knownInstrument(instrument)) return NOT_FOUND_PATH;
      return `/embed/status/${instrument}/`;
    case 'timeline':
      if (given(milestone) || (given(instrument) && given(tag))) return NOT_FOUND_PATH;
      if (given(instrument)) return knownInstrument(instrument) ? `/embed/timeline/${instrument}/` : NOT_FOUND_PATH;
      if (given(tag)) return isWidgetId(tag) && (!catalog || catalog.tags.includes(tag)) ? `/embed/timeline/tag/${tag}/` : NOT_FOUND_PATH;
      return '/embed/timeline/';
    default:
      return NOT_FOUND_PATH;
  }
}

/** Clamps a height a widget reported; undefined when it is not a finite number. */
export function clampHeight(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, Math.ceil(value)));
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Formats a calendar date at its own precision ("2021", "July 2021", "30 July 2021") in a
 * language. A calendar date is not an instant, so it is formatted in UTC: no time zone can move
 * it to the day before. Returns the input unchanged when it is not such a date.
 */
export function formatCalendarDate(value: string, locale: string, month: 'long' | 'short' = 'long'): string {
  const m = DATE_RE.exec(value);
  if (!m) return value;
  const fields: Intl.DateTimeFormatOptions = m[3] !== undefined ? { year: 'numeric', month, day: 'numeric' } : m[2] !== undefined ? { year: 'numeric', month } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'UTC' }).format(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
}

/** A phrase in a widget dictionary: fixed words, or words around values (dates come formatted). */
export type Phrase = string | ((...values: string[]) => string);

/** The precision of a calendar date ("year", "month" or "day"), or undefined when it is not one. */
export function calendarPrecision(value: string): 'year' | 'month' | 'day' | undefined {
  const m = DATE_RE.exec(value);
  return !m ? undefined : m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
}

/**
 * The text of a phrase by its dotted key ("status.since"). A phrase with a `date` receives it
 * formatted in `locale`, then its precision, then the other `values`; a phrase without one
 * receives the `values`. Returns undefined for an unknown key, so a caller can keep its text.
 * @example phrase(common.fr, 'checkedUpTo', 'fr', '2026-11-29') // 'Vérifié jusqu’au 29 novembre 2026'
 */
export function phrase(dictionary: object, key: string, locale: string, date?: string, values: readonly string[] = []): string | undefined {
  let entry: unknown = dictionary;
  for (const part of key.split('.')) {
    if (typeof entry !== 'object' || entry === null || !Object.prototype.hasOwnProperty.call(entry, part)) return undefined;
    entry = (entry as Record<string, unknown>)[part];
  }
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'function') return undefined;
  const args = date ? [formatCalendarDate(date, locale), calendarPrecision(date) ?? '', ...values] : values;
  return String((entry as (...a: string[]) => unknown)(...args));
}

/** The BCP 47 locale for dates in a widget language: the campaign's own when it is that language. */
export function localeFor(lang: WidgetLang, campaignLocale: string): string {
  return widgetLangOf(campaignLocale) === lang ? campaignLocale : lang;
}

/** The sandbox of a widget frame: its own scripts, and links the reader clicks may open the tracker in the top window. */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/** Escapes text for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface SnippetInput {
  /** The site's public address, e.g. "https://beacon.example.org". */
  readonly siteUrl: string;
  readonly target: { readonly kind: WidgetKind; readonly instrument?: string | undefined; readonly milestone?: string | undefined; readonly tag?: string | undefined };
  readonly options: WidgetOptions;
  readonly defaults: WidgetOptions;
  /** Names the widget: the frame's title, and the words of the fallback link. */
  readonly title: string;
  /** The tracker page the fallback link opens (a path or an address). */
  readonly link: string;
  /** The plain iframe's height in pixels (it cannot resize itself). */
  readonly height: number;
}

/**
 * The loader form of a widget: a placeholder holding a plain link (what readers get when scripts
 * are stripped), then the loader script.
 */
export function loaderSnippet(input: SnippetInput): string {
  const { target, options, defaults } = input;
  const attrs: [string, string | undefined][] = [
    ['policy-timeline', target.kind],
    ['instrument', target.instrument],
    ['milestone', target.milestone],
    ['tag', target.tag],
    ['theme', options.theme !== defaults.theme ? options.theme : undefined],
    ['lang', options.lang !== defaults.lang ? options.lang : undefined],
    ['limit', target.kind === 'timeline' && options.limit !== defaults.limit ? String(options.limit) : undefined],
    ['compact', options.compact !== defaults.compact ? (options.compact ? '1' : '0') : undefined],
  ];
  const data = attrs.filter((a): a is [string, string] => a[1] !== undefined).map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`).join('');
  const link = new URL(input.link, input.siteUrl).href;
  return `<div${data}><a href="${escapeHtml(link)}">${escapeHtml(input.title)}</a></div>\n<script src="${escapeHtml(new URL('/embed.js', input.siteUrl).href)}" async></script>`;
}

/** The plain form of a widget: an iframe of fixed height, and a link after it for when frames are stripped. */
export function iframeSnippet(input: SnippetInput): string {
  const src = new URL(widgetPath(input.target) + optionsQuery(input.options, input.defaults, input.target.kind), input.siteUrl).href;
  const link = new URL(input.link, input.siteUrl).href;
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(input.title)}" width="100%" height="${Math.round(input.height)}" loading="lazy" referrerpolicy="no-referrer" sandbox="${FRAME_SANDBOX}" style="border:0"></iframe>\n` +
    `<p><a href="${escapeHtml(link)}">${escapeHtml(input.title)}</a></p>`
  );
}
