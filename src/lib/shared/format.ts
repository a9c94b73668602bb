// N.B. THE BUILD AND THE BROWSER BOTH IMPORT THIS FILE. Everything in src/lib/shared/ is bundled
// into client scripts (<pt-countdown>, the widgets, the search and timeline elements), so it
// imports no package and nothing outside this folder (a lint rule enforces it), and it stays small.
/**
 * The one place a date, an instant, a time zone or a countdown becomes text: calendar dates at
 * their own precision, a day and an instant in a zone, zone labels, countdown phrases, and the
 * calendar days between two instants. `Intl` does the work, in the language it is given.
 * Also the one `escapeHtml`.
 *
 * Pure: "now" is always an argument (epoch milliseconds), and so is every time zone.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Closer than this to its deadline (before or after), a countdown adds hours and minutes. */
export const EXACT_WITHIN_MS = 48 * HOUR_MS;

/** A calendar date at the precision known: "2021", "2021-07" or "2021-07-30" (shape only; src/lib/dates.ts checks that it is a real date). */
export const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'year' | 'month' | 'day';

/** The precision of a partial date by its shape, or undefined when it is not one. */
export function precisionOfShape(value: string): Precision | undefined {
  const m = PARTIAL_DATE_RE.exec(value);
  return !m ? undefined : m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
}

/** Intl fields for a date at a precision ("long": "30 July 2021"; "short": "30 Jul 2021"). */
function dateFields(precision: Precision, style: 'long' | 'short'): Intl.DateTimeFormatOptions {
  const month = style === 'short' ? 'short' : 'long';
  return precision === 'year'
    ? { year: 'numeric' }
    : precision === 'month'
      ? { year: 'numeric', month }
      : { year: 'numeric', month, day: 'numeric' };
}

/** The UTC instant that stands for a partial date's first day (only to format it, in UTC). */
function utcOf(m: RegExpExecArray): number {
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
}

export interface FormatDateOptions {
  /** "long" gives "30 July 2021", "short" gives "30 Jul 2021". */
  readonly style?: 'long' | 'short' | undefined;
}

/**
 * Intl.DateTimeFormat objects are slow to make (tens of microseconds each), and a build formats
 * tens of thousands of dates in a few languages and shapes: each one with a zone is made once.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  // Without a zone a format is the runtime's zone at the time it is made: never kept.
  if (!options.timeZone) return new Intl.DateTimeFormat(locale, options);
  const key = `${locale ?? ''}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * A calendar date at its own precision in a language: "2021", "July 2021", "30 July 2021". A
 * calendar date is not an instant, so it is formatted in UTC on purpose: no time zone can move it
 * to the day before. Anything that is not shaped like a partial date is returned unchanged.
 * @example formatPartialDate('2021-07', 'fr') // 'juillet 2021'
 */
export function formatPartialDate(
  value: string,
  locale: string,
  options: FormatDateOptions = {},
): string {
  const style = options.style ?? 'long';
  const key = `${locale}\u0000${style}\u0000${value}`;
  let text = partialDates.get(key);
  if (text === undefined)
    partialDates.set(key, (text = formatPartialDateOnce(value, locale, style)));
  return text;
}

/**
 * Each date as written in each language and style, made once: a large build writes the same
 * few thousand dates hundreds of thousands of times (lists, charts, citations, history).
 */
const partialDates = new Map<string, string>();

function formatPartialDateOnce(value: string, locale: string, style: 'long' | 'short'): string {
  const m = PARTIAL_DATE_RE.exec(value);
  const precision = precisionOfShape(value);
  if (!m || !precision) return value;
  return dateFormat(locale, { ...dateFields(precision, style), timeZone: 'UTC' }).format(utcOf(m));
}

/** A span of two partial dates, compact where the language allows ("20 April – 13 July 2022"). */
export function formatDateSpan(from: string, to: string, locale: string): string {
  const a = PARTIAL_DATE_RE.exec(from);
  const b = PARTIAL_DATE_RE.exec(to);
  const pa = precisionOfShape(from);
  if (!a || !b || !pa || pa !== precisionOfShape(to))
    return `${formatPartialDate(from, locale)} – ${formatPartialDate(to, locale)}`;
  return dateFormat(locale, {
    ...dateFields(pa, 'long'),
    timeZone: 'UTC',
  }).formatRange(utcOf(a), utcOf(b));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The year, month and day an instant falls on in a time zone. */
function partsIn(instant: number, zone: string): [number, number, number] {
  let format = dayFormats.get(zone);
  if (!format) {
    // A fixed numeric locale, only to read the numbers back: nothing here is shown to anyone.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    dayFormats.set(zone, format);
  }
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(instant)) parts[type] = value;
  return [Number(parts['year']), Number(parts['month']), Number(parts['day'])];
}

/**
 * The calendar date ("YYYY-MM-DD") an instant falls on in a time zone.
 * @example calendarDateIn(Date.parse('2026-04-02T22:30:00Z'), 'Europe/Brussels') // '2026-04-03'
 */
export function calendarDateIn(instant: Date | number, zone: string): string {
  const [y, m, d] = partsIn(typeof instant === 'number' ? instant : instant.getTime(), zone);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The calendar day an instant falls on in a time zone, as a count of days since 1 January 1970.
 * @example dayNumberIn(Date.parse('2026-04-02T22:30:00Z'), 'Europe/Brussels') // 20546 (3 April 2026)
 */
export function dayNumberIn(instant: number, zone: string): number {
  const [y, m, d] = partsIn(instant, zone);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/**
 * Days from `now` to `due`, counted in calendar days of the deadline's time zone: 0 on the day it
 * falls due, 1 the day before, -1 the day after. The site's one day counter.
 */
export function calendarDaysUntil(due: number, zone: string, now: number): number {
  return dayNumberIn(due, zone) - dayNumberIn(now, zone);
}

/**
 * Templates for the hours-and-minutes part of a countdown, `{duration}` standing for "30 hours,
 * 12 minutes" (`Intl.DurationFormat` in the reader's language): the catalogue's
 * `countdown.exactFuture` and `countdown.exactPast`. Without them (or without
 * `Intl.DurationFormat`), the part is `Intl.RelativeTimeFormat` in whole hours or minutes.
 */
export interface ExactPhrases {
  readonly future?: string | undefined;
  readonly past?: string | undefined;
}

/**
 * The phrase a reader sees, from a day count and the milliseconds left (negative once past):
 * "in 3 days", "tomorrow", "today", "2 days ago"; within 48 hours, with hours and minutes:
 * "tomorrow (in 30 hours, 12 minutes)".
 */
export function formatCountdownPhrase(
  days: number,
  msLeft: number,
  locale: string | undefined,
  exact: ExactPhrases = {},
): string {
  const phrase = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
  if (Math.abs(msLeft) >= EXACT_WITHIN_MS) return phrase;
  const minutes = Math.floor(Math.abs(msLeft) / MINUTE_MS);
  const hours = Math.floor(minutes / 60);
  const upcoming = msLeft > 0;
  const template = upcoming ? exact.future : exact.past;
  const detail =
    template && 'DurationFormat' in Intl
      ? // The template's one placeholder, filled here so that a countdown needs no translator.
        template.replace(
          '{duration}',
          new Intl.DurationFormat(locale, { style: 'long', minutesDisplay: 'always' }).format({
            hours,
            minutes: minutes % 60,
          }),
        )
      : new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(
          (upcoming ? 1 : -1) * (hours || minutes),
          hours ? 'hour' : 'minute',
        );
  return `${phrase} (${detail})`;
}

/** The countdown to `due` at `now`, days counted in `zone`: {@link formatCountdownPhrase} of {@link calendarDaysUntil}. */
export function describeCountdown(
  due: number,
  zone: string,
  now: number,
  locale: string | undefined,
  exact: ExactPhrases = {},
): string {
  return formatCountdownPhrase(calendarDaysUntil(due, zone, now), due - now, locale, exact);
}

/**
 * An instant as a reader in `zone` reads it, with the zone's name: "3 April 2026 at 14:59 GMT-7".
 * `zone` undefined means the runtime's own zone (the reader's, in a browser).
 */
export function formatInstantIn(
  instant: number,
  zone: string | undefined,
  locale: string | undefined,
): string {
  return dateFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(zone ? { timeZone: zone } : {}),
  }).format(instant);
}

/** The date of an instant in a zone, in words: "29 November 2026". */
export function formatDayIn(
  instant: number,
  zone: string | undefined,
  locale: string | undefined,
): string {
  return dateFormat(locale, {
    dateStyle: 'long',
    ...(zone ? { timeZone: zone } : {}),
  }).format(instant);
}

/** The wall-clock time of an instant in a zone: "17:00" (or "5:00 pm" where the language says so). */
export function formatTimeIn(instant: number, zone: string, locale: string): string {
  return dateFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).format(instant);
}

/** The city of an IANA zone: "Europe/Brussels" → "Brussels", "America/New_York" → "New York". */
export function zoneCity(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}

/**
 * The name of a time zone at an instant, in a language: "Central European Summer Time",
 * "heure d’été d’Europe centrale", "Mitteleuropäische Sommerzeit". Falls back to the IANA name.
 */
export function zoneNameAt(zone: string, instant: number, locale: string): string {
  const part = dateFormat(locale, { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values (the site's one escaper). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The same for an XML document (the feeds): an apostrophe as `&apos;`, one of XML's own five
 * entities that every XML reader knows, where HTML's escaping writes the numeric `&#39;`.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : (ESCAPES[c] ?? c)));
}
