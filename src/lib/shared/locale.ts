// N.B. THE BUILD AND THE BROWSER BOTH IMPORT THIS FILE (the widgets' script): no imports.
/**
 * The BCP 47 tag dates and numbers are written in for a language: the campaign's own tag when it
 * is that language ("en-GB" writes "30 July 2021"), else the language itself. A module of its own
 * so that a widget's script gets it without the translator.
 * @example localeFor('en', 'en-GB') // 'en-GB'; localeFor('fr', 'en-GB') // 'fr'
 */
export function localeFor(lang: string, campaignLocale: string): string {
  return campaignLocale.split('-')[0]?.toLowerCase() === lang ? campaignLocale : lang;
}
