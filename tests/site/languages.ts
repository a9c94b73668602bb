/**
 * The site's languages, for checks that read what a page says: each language's translator (the
 * site's own catalogue, src/i18n/) and where its pages are. A check of the words of a page runs
 * once per language and takes its expected words from the catalogue, never typed in English:
 *
 *   for (const { lang, t, path } of languagesOf(main.content))
 *     test(`the page says it (${lang})`, () => {
 *       const $ = readPage(DIST, path('/deadlines/'));   // "/fr/deadlines/" in French
 *       expect(shownText($, 'h1')).toBe(t('deadlines.title'));
 *     });
 *
 * Content (titles, notes) stays in the campaign's language unless translated, so it is matched
 * as written in the content. Every text here has its white space collapsed as `shownText`
 * (tests/site/parsed.ts) gives a page's, no-break spaces included (French writes "Résultat :").
 */
import { getT, LANGS, type Lang, type T } from '../../src/i18n/index.ts';
import { dated, dueText, type DueMilestone } from '../../src/i18n/phrases.ts';
import { pathInLang } from '../../src/i18n/routing.ts';
import { formatCountdownPhrase, formatPartialDate } from '../../src/lib/shared/format.ts';
import { readContent } from './content.ts';

export interface Language {
  readonly lang: Lang;
  /** The catalogue's words in this language, dates and numbers written as the campaign writes them. */
  readonly t: (...args: Parameters<T>) => string;
  /** The language's locale for dates and numbers ("en-GB" for this campaign, "fr", "de"). */
  readonly locale: string;
  /** A site path in this language: "/deadlines/" → "/fr/deadlines/" (files and widgets stay). */
  readonly path: (sitePath: string) => string;
  /** A date at its precision, as the pages of this language write it ("3 April 2026", "3 avril 2026"). */
  readonly date: (value: string) => string;
  /** A dated message with its date (see src/i18n/phrases.ts). */
  readonly dated: (key: Parameters<T>[0], value: string) => string;
  /** When a deadline falls due ("3 April 2028, end of day, Brussels time"). */
  readonly due: (m: DueMilestone) => string;
  /** A countdown of whole days, as the build writes it ("in 17 days", "dans 17 jours"). */
  readonly days: (count: number) => string;
}

/** Every language of the site, for the campaign of a content folder (its locale shapes dates). */
export function languagesOf(contentDir: string): Language[] {
  const { campaign } = readContent(contentDir);
  return LANGS.map((lang) => {
    const t = getT(lang, campaign.locale);
    return {
      lang,
      t: (...args) => collapse(t(...args)),
      locale: t.locale,
      path: (sitePath) => pathInLang(sitePath, lang),
      date: (value) => collapse(formatPartialDate(value, t.locale)),
      dated: (key, value) => collapse(dated(t, key, value)),
      due: (m) => collapse(dueText(t, m)),
      days: (count) => collapse(formatCountdownPhrase(count, Infinity, t.locale)),
    };
  });
}

/** White space collapsed, as `shownText` gives a page's text. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Escapes text for a regular expression. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A content text in a language: its translation when the content has one, else as written;
 * white space collapsed as `shownText` gives a page's.
 */
interface Translatable {
  readonly translations?:
    Partial<Record<string, { readonly [field: string]: unknown }>> | undefined;
}
export function inLang<T extends Translatable>(
  item: T,
  field: string & keyof T,
  lang: string,
): string {
  const translated = item.translations?.[lang]?.[field];
  return collapse(typeof translated === 'string' ? translated : String(item[field]));
}
