/**
 * Countdowns with `Intl` only. This file has no imports at all, because the browser's
 * `<pt-countdown>` element (src/scripts/pt-countdown.ts) bundles it: anything imported here is
 * shipped to every reader. The build computes the same phrases through `deadlines.ts`, whose day
 * count comes from date-fns; a property test checks that both agree on random inputs.
 *
 * Pure: "now" is always an argument (epoch milliseconds), and so is every time zone.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Closer than this to its deadline (before or after), a countdown adds hours and minutes. */
export const EXACT_WITHIN_MS = 48 * HOUR_MS;

/**
 * Templates for the hours-and-minutes part, `{duration}` standing for "30 hours, 12 minutes"
 * (formatted by `Intl.DurationFormat` in the reader's language). They come from the UI
 * dictionary, e.g. `{ future: 'in {duration}', past: '{duration} ago' }`. Without them (or
 * without `Intl.DurationFormat`), the part is `Intl.RelativeTimeFormat` in whole hours or minutes.
 */
export interface ExactPhrases {
  readonly future?: string | undefined;
  readonly past?: string | undefined;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day an instant falls on in a time zone, as a count of days since 1 January 1970.
 * @example dayNumberIn(Date.parse('2026-04-02T22:30:00Z'), 'Europe/Brussels') // 20546 (3 April 2026)
 */
export function dayNumberIn(instant: number, zone: string): number {
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
  return Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day'])) / DAY_MS;
}

/**
 * Days from `now` to `due`, counted in calendar days of the deadline's time zone: 0 on the day it
 * falls due, 1 the day before, -1 the day after.
 */
export function calendarDaysUntil(due: number, zone: string, now: number): number {
  return dayNumberIn(due, zone) - dayNumberIn(now, zone);
}

/** A deadline is upcoming until the instant it falls due; from that instant on it is past. */
export function isUpcomingAt(due: number, now: number): boolean {
  return due > now;
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
      ? template.replace(
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

/** The browser's countdown: {@link formatCountdownPhrase} with the day count worked out by `Intl`. */
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
  return new Intl.DateTimeFormat(locale, {
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
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(zone ? { timeZone: zone } : {}),
  }).format(instant);
}
