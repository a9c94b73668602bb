/**
 * The lifespan chart's words (src/lib/lifespan-text.ts): the site's translator, as the chart's
 * pure code takes it. The chart builds some keys from data (`chart.name.<kind>.<tense>`,
 * `stage.<stage>`), which the type of `t` cannot check; an unknown key still throws, naming it,
 * so a missing word stops the build instead of showing a key to readers.
 */
import type { ChartWords } from '../lib/lifespan-text.ts';
import type { TKey } from './en.ts';
import type { T } from './index.ts';

/** The chart's words in the language of `t`: `chartWords(getT('fr'))`. */
export function chartWords(t: T): ChartWords {
  return { t: (key, params) => t(key as TKey, params), locale: t.locale };
}
