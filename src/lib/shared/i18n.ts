// N.B. THE BUILD AND THE BROWSER BOTH IMPORT THIS FILE. Everything in src/lib/shared/ is bundled
// into client scripts, so it imports no package and nothing outside this folder (a lint rule
// enforces it), and it stays small.
/**
 * Messages to text: `{name}` placeholders, plural forms through `Intl.PluralRules`, variants by
 * context, and fallback key by key from a language to English. The catalogues are in src/i18n/;
 * pages get a translator from `Astro.locals.t`, endpoints from `getT(lang)`, client scripts build
 * one over the few messages a page hands them in its `data-messages` attribute.
 *
 * Key conventions (see src/i18n/README.md):
 * - `key_one`, `key_other` (and any other `Intl.PluralRules` category a language needs, such as
 *   French `key_many`): plural forms, chosen by the `count` parameter; `key_other` is the
 *   fallback form. Call them by the bare key: `t('timeline.count', { count: 3 })`.
 * - `key_<context>`: a variant chosen by the `context` parameter, falling back to `key`. Used for
 *   dates, whose words can depend on their precision: French "depuis le 9 décembre 2025"
 *   (`_day`) but "depuis décembre 2025": `t('status.since', { date, context: 'day' })`.
 */

/** Values for placeholders. `count` selects the plural form and is written as a number of the language; others are written as given. */
export type Params = Readonly<Record<string, string | number>>;

/** One language's messages, by key. */
export type Messages = Readonly<Partial<Record<string, string>>>;

/** One language: its BCP 47 tag (for plural rules and numbers) and its messages. */
export interface Layer {
  readonly locale: string;
  readonly messages: Messages;
}

/** Turns a key and its parameters into text, in one language. */
export interface Translator<K extends string = string> {
  (key: K, params?: Params): string;
  /** The language ("fr"). */
  readonly lang: string;
  /** The BCP 47 tag dates and numbers are formatted in ("fr", "en-GB"). */
  readonly locale: string;
  /** Whether this language has its own words for a key, rather than the fallback's. */
  has(key: K): boolean;
  /** The raw messages (placeholders kept) of some keys, plural forms included: what a client script needs. */
  pick(keys: readonly K[]): Record<string, string>;
}

/**
 * Fills `{name}` placeholders; a placeholder without a value stays as it is (a client script
 * may fill it later).
 * @example interpolate('Showing {shown} of {total}', { shown: 3 }) // 'Showing 3 of {total}'
 */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of a number in a language ("one", "few", "many", "other"…). */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count written as a number of the language ("1,234", "1 234"); one Intl.NumberFormat per locale. */
function formatCount(locale: string, count: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(count);
}

/**
 * A layer's message for a key, trying the most specific key first: with `context`, `key_<context>`
 * before `key`; with a numeric `count`, each of those as its plural form (`_one`, `_few`…), then
 * `_other`, then bare. Written without arrays: a build asks this hundreds of thousands of times.
 */
function messageIn(layer: Layer, key: string, params: Params): string | undefined {
  const { count, context } = params;
  const contextual = context === undefined || context === '' ? undefined : `${key}_${context}`;
  const { messages } = layer;
  if (typeof count !== 'number')
    return (contextual === undefined ? undefined : messages[contextual]) ?? messages[key];
  const category = pluralCategory(layer.locale, count);
  const plural = (base: string): string | undefined =>
    messages[`${base}_${category}`] ?? messages[`${base}_other`] ?? messages[base];
  return (contextual === undefined ? undefined : plural(contextual)) ?? plural(key);
}

/**
 * The text of a key in the first layer that has it (a language, then its fallbacks), or
 * undefined when none has it.
 */
export function translate(
  layers: readonly Layer[],
  key: string,
  params: Params = {},
): string | undefined {
  for (const layer of layers) {
    const text = messageIn(layer, key, params);
    if (text === undefined) continue;
    if (!text.includes('{')) return text;
    const { count } = params;
    return interpolate(
      text,
      typeof count === 'number' ? { ...params, count: formatCount(layer.locale, count) } : params,
    );
  }
  return undefined;
}

/** The plural forms a message may have in any language. */
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'].map((c) => `_${c}`);

/**
 * A translator over layers: the language first, then what it falls back to, key by key.
 * An unknown key throws (at build time that stops the build, naming the key).
 */
export function createTranslator<K extends string = string>(
  lang: string,
  layers: readonly Layer[],
): Translator<K> {
  const own = layers[0];
  if (!own) throw new Error(`No messages for the language "${lang}"`);
  const t = (key: K, params?: Params): string => {
    const text = translate(layers, key, params);
    if (text === undefined) throw new Error(`No message "${key}" in the catalogue (src/i18n/)`);
    return text;
  };
  const forms = (key: string): string[] => [key, ...PLURAL_SUFFIXES.map((s) => key + s)];
  return Object.assign(t, {
    lang,
    locale: own.locale,
    has: (key: K): boolean => forms(key).some((k) => own.messages[k] !== undefined),
    pick: (keys: readonly K[]): Record<string, string> => {
      const out: Record<string, string> = {};
      for (const key of keys)
        for (const k of forms(key)) {
          const text = layers.find((l) => l.messages[k] !== undefined)?.messages[k];
          if (text !== undefined) out[k] = text;
        }
      return out;
    },
  });
}
