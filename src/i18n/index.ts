/**
 * The languages of the site and their translators. English is at the root of the site and is
 * what every other language falls back to, key by key; a language is one file here and one
 * entry in `CATALOGUES` (src/i18n/README.md).
 *
 * Pages and components read their translator from `Astro.locals.t` (set by src/middleware.ts);
 * endpoints and build code call `getT(lang)`.
 */
import { createTranslator, type Params, type Translator } from '../lib/shared/i18n.ts';
import { localeFor } from '../lib/shared/locale.ts';
import { de } from './de.ts';
import { en, type NamedJurisdiction, type TKey, type Translation } from './en.ts';
import { fr } from './fr.ts';

/** Every language of the site, in the order the language switcher lists them. English first: it is the root. */
export const CATALOGUES = { en, fr, de } satisfies Record<string, Translation>;

export type Lang = keyof typeof CATALOGUES;
export const LANGS = Object.keys(CATALOGUES) as Lang[];
/** The language at the root of the site, and the fallback of every other. */
export const DEFAULT_LANG: Lang = 'en';

/** The site's translator type: keys are checked against the English catalogue. */
export type T = Translator<TKey>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATALOGUES, value);
}

const translators = new Map<string, T>();

/** The language of a BCP 47 tag ("fr-BE" → "fr"), or undefined when the site does not speak it. */
export function langOf(locale: string): Lang | undefined {
  const lang = locale.split('-')[0]?.toLowerCase();
  return isLang(lang) ? lang : undefined;
}

/**
 * The translator of a language; `campaignLocale` (the campaign's `locale`) refines how dates and
 * numbers are written. Endpoints and build code call this; pages use `Astro.locals.t`.
 * @example getT('fr')('nav.home') // 'Accueil'
 */
export function getT(lang: Lang, campaignLocale = 'en-GB'): T {
  const locale = localeFor(lang, campaignLocale);
  const id = `${lang} ${locale}`;
  let t = translators.get(id);
  if (!t) {
    const english = { locale: localeFor(DEFAULT_LANG, campaignLocale), messages: en };
    const layers =
      lang === DEFAULT_LANG ? [english] : [{ locale, messages: CATALOGUES[lang] }, english];
    translators.set(id, (t = withPlainMemo(createTranslator<TKey>(lang, layers))));
  }
  return t;
}

/**
 * The translator, with each message that takes no parameters looked up once: a large build asks
 * for the same few hundred words (navigation, labels, headings) millions of times.
 */
function withPlainMemo(t: T): T {
  const plain = new Map<TKey, string>();
  const memo = (key: TKey, params?: Params): string => {
    if (params !== undefined) return t(key, params);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = t(key)));
    return text;
  };
  return Object.assign(memo, {
    lang: t.lang,
    locale: t.locale,
    has: (key: TKey) => t.has(key),
    pick: (keys: readonly TKey[]) => t.pick(keys),
  });
}

/**
 * Intl.DisplayNames objects are slow to make, and every page names every language (the
 * switcher): one per locale and type, made once.
 */
const displayNames = new Map<string, Intl.DisplayNames>();
function displayNamesOf(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${locale} ${type}`;
  let names = displayNames.get(key);
  if (!names) displayNames.set(key, (names = new Intl.DisplayNames([locale], { type })));
  return names;
}

/** The name of a jurisdiction: EU and the like from the catalogue, a country through Intl. */
export function jurisdictionName(code: string, t: T): string {
  if (['EU', 'INT', 'CoE', 'UN'].includes(code))
    return t(`jurisdiction.${code as NamedJurisdiction}`);
  return displayNamesOf(t.locale, 'region').of(code) ?? code;
}

const languageNames = new Map<string, string>();

/** A language's own name, as its speakers write it ("English", "Français", "Deutsch"). */
export function languageName(lang: string): string {
  let name = languageNames.get(lang);
  if (name === undefined) {
    const own = displayNamesOf(lang, 'language').of(lang) ?? lang;
    languageNames.set(lang, (name = own.charAt(0).toLocaleUpperCase(lang) + own.slice(1)));
  }
  return name;
}

export { localeFor };
export type { Translator };
