/**
 * The widgets' words at run time: calendar dates formatted for a language, and phrases looked up
 * by key in a widget dictionary (src/i18n/widgets/). The build and the browser use the same
 * functions, so a page says the same thing before and after its script runs.
 * Pure and dependency-free (bundled into browser code).
 */

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Formats a calendar date at its own precision ("2021", "July 2021", "30 July 2021") in a
 * language. A calendar date is not an instant, so it is formatted in UTC: no time zone can move
 * it to the day before. Returns the input unchanged when it is not such a date.
 */
export function formatCalendarDate(
  value: string,
  locale: string,
  month: 'long' | 'short' = 'long',
): string {
  const m = DATE_RE.exec(value);
  if (!m) return value;
  const fields: Intl.DateTimeFormatOptions =
    m[3] !== undefined
      ? { year: 'numeric', month, day: 'numeric' }
      : m[2] !== undefined
        ? { year: 'numeric', month }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'UTC' }).format(
    Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)),
  );
}

/** A phrase in a widget dictionary: fixed words, or words around values (dates come formatted). */
export type Phrase = string | ((...values: string[]) => string);

/** The precision of a calendar date ("year", "month" or "day"), or undefined when it is not one. */
export function calendarPrecision(value: string): 'year' | 'month' | 'day' | undefined {
  const m = DATE_RE.exec(value);
  return !m ? undefined : m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
}

/**
 * The text of a phrase by its dotted key ("status.since"). A phrase with a `date` receives it
 * formatted in `locale`, then its precision, then the other `values`; a phrase without one
 * receives the `values`. Returns undefined for an unknown key, so a caller can keep its text.
 * @example phrase(common.fr, 'checkedUpTo', 'fr', '2026-11-29') // 'Vérifié jusqu’au 29 novembre 2026'
 */
export function phrase(
  dictionary: object,
  key: string,
  locale: string,
  date?: string,
  values: readonly string[] = [],
): string | undefined {
  let entry: unknown = dictionary;
  for (const part of key.split('.')) {
    if (
      typeof entry !== 'object' ||
      entry === null ||
      !Object.prototype.hasOwnProperty.call(entry, part)
    )
      return undefined;
    entry = (entry as Record<string, unknown>)[part];
  }
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'function') return undefined;
  const args = date
    ? [formatCalendarDate(date, locale), calendarPrecision(date) ?? '', ...values]
    : values;
  return String((entry as (...a: string[]) => unknown)(...args));
}

/**
 * The name of a time zone at an instant, in a language: "Central European Summer Time",
 * "heure d’été d’Europe centrale", "Mitteleuropäische Sommerzeit". Falls back to the IANA name.
 */
export function zoneNameAt(zone: string, instant: number, locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}
