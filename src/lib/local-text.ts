/**
 * Content in the reader's language: a text of the content files (an instrument's title, a
 * milestone's note…) in one language, with the language it is really written in. Where a text
 * has no translation, the original is used and says so (`translated: false`), so a page can mark
 * it `lang="…"` and say it is not translated, and never shows an empty field.
 *
 * Pure.
 */

export interface LocalText {
  /** The text to show. */
  readonly text: string;
  /** The BCP 47 tag of the language it is written in (for a `lang` attribute). */
  readonly locale: string;
  /** False when the text is the original, shown because there is no translation into the language asked for. */
  readonly translated: boolean;
}

/**
 * A text in `lang`: its translation when there is one, else the original.
 * @param original the text as written in the content's own language, `sourceLocale`
 * @param translation its translation into `lang`, if any
 * @example localText('Adopted', undefined, 'fr', 'en-GB') // { text: 'Adopted', locale: 'en-GB', translated: false }
 */
export function localText(
  original: string,
  translation: string | undefined,
  lang: string,
  sourceLocale: string,
): LocalText {
  if (sourceLocale.split('-')[0]?.toLowerCase() === lang)
    return { text: original, locale: sourceLocale, translated: true };
  return translation === undefined || translation.trim() === ''
    ? { text: original, locale: sourceLocale, translated: false }
    : { text: translation, locale: lang, translated: true };
}
