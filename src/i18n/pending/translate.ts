/**
 * A stand-in translator over a pending word list, until the one catalogue (issue 13) gives
 * `getT(lang)`: named `{placeholders}`, and plural keys `<key>_one` / `<key>_other` chosen by
 * `Intl.PluralRules` from a `count` parameter, the catalogue's own conventions. An unknown key
 * throws, so a missing word fails a test rather than showing a key to readers.
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function makeTranslate(words: Readonly<Record<string, string>>, locale: string): Translate {
  const plural = new Intl.PluralRules(locale);
  return (key, params = {}) => {
    const count = params['count'];
    const text =
      (typeof count === 'number' ? words[`${key}_${plural.select(count)}`] : undefined) ??
      (typeof count === 'number' ? words[`${key}_other`] : undefined) ??
      words[key];
    if (text === undefined) throw new Error(`No words for "${key}"`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
  };
}
