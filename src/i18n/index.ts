/**
 * The UI dictionary for a language. English is the only full dictionary so far; other
 * languages fall back to it until they are added here.
 */
import { en, type Dictionary } from './en.ts';

const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en };

/** The dictionary for a BCP 47 tag ("en-GB" → en), falling back to English. */
export function getDictionary(locale: string): Dictionary {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return DICTIONARIES[language] ?? en;
}

/** The name of a jurisdiction code: EU and the like from the dictionary, countries through Intl. */
export function jurisdictionName(code: string, locale: string, dictionary: Dictionary): string {
  if (code in dictionary.jurisdictions)
    return dictionary.jurisdictions[code as keyof Dictionary['jurisdictions']];
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

export type { Dictionary };
