/**
 * A small translator over the pending history words, until the one catalogue (issue 13) gives
 * `getT(lang)`: then this file goes, and callers pass the real `t`. It resolves plural keys
 * (`_one`/`_other`, through Intl.PluralRules), falls back to English key by key, fills `{name}`
 * placeholders, and reads the labels it shares with the rest of the site (`stage.<stage>`,
 * `confidence.<level>`, `outcome.<outcome>`) from the site's catalogue.
 */
import type { Translate } from '../../lib/history.ts';
import type { TKey } from '../en.ts';
import { getT, LANGS, type Lang } from '../index.ts';
import { de, en, fr } from './history.ts';

const CATALOGUES: Readonly<Record<string, Readonly<Record<string, string>>>> = { en, fr, de };

/** The translator for a BCP 47 tag ("en-GB" → en); unknown keys are an error, never shown. */
export function historyT(locale: string): Translate {
  const lang = locale.split('-')[0]?.toLowerCase() ?? 'en';
  const english: Readonly<Record<string, string>> = en;
  const words = CATALOGUES[lang] ?? english;
  const site = getT((LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en', locale);
  const plural = new Intl.PluralRules(locale);
  const lookup = (key: string): string | undefined => {
    const [group, name] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
    if (group === 'stage' || group === 'confidence' || group === 'outcome')
      return name && site.has(key as TKey) ? site(key as TKey) : undefined;
    return words[key] ?? english[key];
  };
  return (key, params = {}) => {
    const count = params['count'];
    const template =
      (typeof count === 'number' ? lookup(`${key}_${plural.select(count)}`) : undefined) ??
      (typeof count === 'number' ? lookup(`${key}_other`) : undefined) ??
      lookup(key);
    if (template === undefined) throw new Error(`No words for the message key "${key}"`);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
