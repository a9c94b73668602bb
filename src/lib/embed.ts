/**
 * The widgets' public contract, shared by the widget pages, the loader (/embed.js) and the
 * builder: which widgets exist, the options and the values each accepts, the resize message.
 * Their addresses are in embed-paths.ts; their words are the site's catalogue (src/i18n/).
 *
 * Pure and dependency-free: it is bundled into browser code (the loader and the widgets), so it
 * imports nothing at run time. Every value that comes from a URL or a partner's page is checked
 * against an allow-list here; anything else falls back to the default, and nothing here ever
 * produces markup.
 */

export const WIDGET_KINDS = ['countdown', 'status', 'timeline', 'chart'] as const;
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

const pick = <T extends string>(
  list: readonly T[],
  value: string | null | undefined,
): T | undefined => list.find((item) => item === value);

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
export function readOptions(
  get: (name: string) => string | null | undefined,
  defaults: WidgetOptions,
): WidgetOptions {
  return {
    theme: pick(WIDGET_THEMES, get('theme')) ?? defaults.theme,
    lang: pick(WIDGET_LANGS, get('lang')) ?? defaults.lang,
    limit: parseLimit(get('limit')) ?? defaults.limit,
    compact: parseCompact(get('compact')) ?? defaults.compact,
  };
}

/** The query string for options that differ from the defaults, in a fixed order ("?lang=fr&compact=1"), or "". */
export function optionsQuery(
  options: WidgetOptions,
  defaults: WidgetOptions,
  kind?: WidgetKind,
): string {
  const parts: string[] = [];
  if (options.theme !== defaults.theme) parts.push(`theme=${options.theme}`);
  if (options.lang !== defaults.lang) parts.push(`lang=${options.lang}`);
  if (options.limit !== defaults.limit && (kind === undefined || kind === 'timeline'))
    parts.push(`limit=${options.limit}`);
  if (options.compact !== defaults.compact) parts.push(`compact=${options.compact ? 1 : 0}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Clamps a height a widget reported; undefined when it is not a finite number. */
export function clampHeight(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, Math.ceil(value)));
}

/** The sandbox of a widget frame: its own scripts, and links the reader clicks may open the tracker in the top window. */
export const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/** What a widget shows: everything, or one named thing (an instrument, a tag, a chain). */
export type WidgetScope =
  { readonly kind: 'all' } | { readonly kind: string; readonly name: string };

/**
 * A widget's title for its scope, from the words for each kind of scope (each given the name).
 * @example scopeTitle({ kind: 'tag', name: 'detection' }, { all: () => 'Timeline', tag: (n) => `Tag: ${n}` })
 */
export function scopeTitle<S extends WidgetScope>(
  scope: S,
  words: { readonly [K in S['kind']]: (name: string) => string },
): string {
  return words[scope.kind as S['kind']]('name' in scope ? scope.name : '');
}
