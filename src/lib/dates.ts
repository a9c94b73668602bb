/**
 * Partial calendar dates ("2021", "2021-07", "2021-07-30"), their validity, order and display,
 * and the instants they stand for in a time zone.
 *
 * Pure: no clock, no DOM, no astro:* imports. "Now" is always an argument.
 * Calendar arithmetic is done on the numbers themselves (never `new Date("YYYY-MM-DD")`,
 * which is parsed as UTC midnight and shows the previous day west of Greenwich).
 */
import { TZDate } from '@date-fns/tz';
import {
  calendarDateIn as calendarDateInOnce,
  formatDateSpan as formatDateSpanOnce,
  PARTIAL_DATE_RE,
  type Precision,
} from './shared/format.ts';

// Formatting lives in the client-safe core; re-exported here for build code that imports dates.
export { formatPartialDate, type FormatDateOptions, type Precision } from './shared/format.ts';

/** Each span, by language and its two dates. */
const dateSpans = new Map<string, string>();

/**
 * {@link formatDateSpanOnce} made once per span and language: a large build writes the same
 * few thousand spans hundreds of thousands of times (charts, lists, citations). Here, not in the
 * client-safe core, which the browser loads and which stays small.
 */
export function formatDateSpan(from: string, to: string, locale: string): string {
  const key = `${locale}\u0000${from}\u0000${to}`;
  let text = dateSpans.get(key);
  if (text === undefined) dateSpans.set(key, (text = formatDateSpanOnce(from, to, locale)));
  return text;
}

/** Each instant's day, by zone, then by instant. */
const daysIn = new Map<string, Map<number, string>>();

/**
 * {@link calendarDateInOnce} made once per instant and zone: a build asks for the days of the
 * same few thousand instants (commits, milestones, now) again and again.
 */
export function calendarDateIn(instant: Date | number, zone: string): string {
  const at = typeof instant === 'number' ? instant : instant.getTime();
  let days = daysIn.get(zone);
  if (!days) daysIn.set(zone, (days = new Map<number, string>()));
  let day = days.get(at);
  if (day === undefined) days.set(at, (day = calendarDateInOnce(at, zone)));
  return day;
}

export const PRECISIONS = ['year', 'month', 'day'] as const satisfies readonly Precision[];

export interface PartialDate {
  readonly year: number;
  /** 1–12, when known. */
  readonly month?: number;
  /** 1–31, when known (only with a month). */
  readonly day?: number;
  readonly precision: Precision;
}

/** A 24-hour wall-clock time, "HH:MM". */
export const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why a string is not a partial date, or `undefined` when it is one.
 * @example explainInvalidDate('2025-02-29') // 'February 2025 has 28 days'
 */
export function explainInvalidDate(value: string): string | undefined {
  const m = PARTIAL_DATE_RE.exec(value);
  if (!m) return 'not in the form "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
  const year = Number(m[1]);
  if (year < 1000) return `year ${m[1]} is out of range`;
  if (m[2] === undefined) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  if (m[3] === undefined) return undefined;
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    const name = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2000, month - 1, 1),
    );
    return day < 1 ? 'there is no day 00' : `${name} ${year} has ${max} days`;
  }
  return undefined;
}

/**
 * Each real date parsed once (its value is read-only): a large build compares and formats the
 * same few thousand dates millions of times.
 */
const parsedDates = new Map<string, PartialDate>();

/** Parses a partial ISO date strictly; returns `undefined` for anything that is not a real date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const known = parsedDates.get(value);
  if (known) return known;
  if (explainInvalidDate(value) !== undefined) return undefined;
  const [y, mo, d] = value.split('-').map(Number);
  if (y === undefined) return undefined;
  const parsed: PartialDate =
    mo === undefined
      ? { year: y, precision: 'year' }
      : d === undefined
        ? { year: y, month: mo, precision: 'month' }
        : { year: y, month: mo, day: d, precision: 'day' };
  parsedDates.set(value, parsed);
  return parsed;
}

/** Like {@link parsePartialDate} but throws: for values already validated by the schema. */
export function toPartialDate(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if (!parsed)
    throw new RangeError(
      `Invalid partial date "${value}": ${explainInvalidDate(value) ?? 'unknown reason'}`,
    );
  return parsed;
}

export function precisionOf(value: string): Precision {
  return toPartialDate(value).precision;
}

export function isValidTime(value: string): boolean {
  return TIME_RE.test(value);
}

const zones = new Map<string, boolean>();

/** True when `zone` is an IANA time zone name this runtime knows (e.g. "Europe/Brussels"); asked of Intl once per name. */
export function isValidTimeZone(zone: string): boolean {
  let valid = zones.get(zone);
  if (valid === undefined) zones.set(zone, (valid = knownZone(zone)));
  return valid;
}

function knownZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Orders partial dates: by year, then month, then day, a coarser date first among dates that
 * share a start ("July 2021" before "2021-07-01", "2021" before "January 2021").
 * Returns a negative number, zero or a positive number, as `Array.prototype.sort` expects.
 */
export function comparePartialDates(a: string, b: string): number {
  const pa = toPartialDate(a);
  const pb = toPartialDate(b);
  return (
    pa.year - pb.year ||
    (pa.month ?? 0) - (pb.month ?? 0) ||
    (pa.day ?? 0) - (pb.day ?? 0) ||
    PRECISIONS.indexOf(pa.precision) - PRECISIONS.indexOf(pb.precision)
  );
}

/** The first and the last calendar day a partial date covers, as full ISO dates. */
export function dateRange(value: string): { first: string; last: string } {
  const p = toPartialDate(value);
  const month = p.month ?? 1;
  const lastMonth = p.month ?? 12;
  const first = isoDay(p.year, month, p.day ?? 1);
  const last = isoDay(p.year, lastMonth, p.day ?? daysInMonth(p.year, lastMonth));
  return { first, last };
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The instants of days in zones, in epoch ms, worked out once each: time-zone arithmetic
 * (TZDate) is among the costliest work of a build, the pages of a large campaign ask for the
 * same few thousand days again and again, and the answer depends on the date, time and zone only.
 */
const instants = new Map<string, number>();
function remember(key: string, make: () => number): number {
  let at = instants.get(key);
  if (at === undefined) instants.set(key, (at = make()));
  return at;
}

/** The first instant of a full ISO date in a time zone, in epoch ms. */
export function startOfDayMs(isoDate: string, zone: string): number {
  return remember(`${zone} ${isoDate}`, () => {
    const [y, m, d] = isoDate.split('-').map(Number);
    return new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, 0, 0, 0, 0, zone).getTime();
  });
}

/** The last millisecond of a full ISO date in a time zone, in epoch ms (see {@link endOfDayIn}). */
export function endOfDayMs(isoDate: string, zone: string): number {
  return remember(`${zone} ${isoDate} end`, () => {
    const [y, m, d] = isoDate.split('-').map(Number);
    // The next day's midnight minus 1 ms: right on 23- and 25-hour days too.
    return new TZDate(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1, 0, 0, 0, 0, zone).getTime() - 1;
  });
}

/** The instant of a full ISO date at a wall-clock time "HH:MM" in a time zone, in epoch ms. */
export function atTimeMs(isoDate: string, time: string, zone: string): number {
  return remember(`${zone} ${isoDate} ${time}`, () => {
    const [y, m, d] = isoDate.split('-').map(Number);
    const [hh, mm] = time.split(':').map(Number);
    return new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, 0, 0, zone).getTime();
  });
}

/** The first instant of a full ISO date in a time zone. */
export function startOfDayIn(isoDate: string, zone: string): TZDate {
  return new TZDate(startOfDayMs(isoDate, zone), zone);
}

/** The last millisecond of a full ISO date in a time zone (23:59:59.999 local time, whatever DST does). */
export function endOfDayIn(isoDate: string, zone: string): TZDate {
  return new TZDate(endOfDayMs(isoDate, zone), zone);
}

/** The instant of a full ISO date at a wall-clock time "HH:MM" in a time zone. */
export function atTimeIn(isoDate: string, time: string, zone: string): TZDate {
  return new TZDate(atTimeMs(isoDate, time, zone), zone);
}

/** The earliest instant a partial date can stand for, in a time zone, in epoch ms. */
export function periodStartMs(value: string, zone: string): number {
  return startOfDayMs(dateRange(value).first, zone);
}

/** The last instant a partial date can stand for, in a time zone, in epoch ms. */
export function periodEndMs(value: string, zone: string): number {
  return endOfDayMs(dateRange(value).last, zone);
}

/** The earliest instant a partial date can stand for, in a time zone. */
export function periodStart(value: string, zone: string): TZDate {
  return new TZDate(periodStartMs(value, zone), zone);
}

/** The last instant a partial date can stand for, in a time zone. */
export function periodEnd(value: string, zone: string): TZDate {
  return new TZDate(periodEndMs(value, zone), zone);
}

/** An instant as ISO 8601 with the offset of its zone: "2027-02-01T23:59:59.999+01:00" (for `datetime`). */
export function isoInZone(instant: number, zone: string): string {
  return new TZDate(instant, zone).toISOString();
}

/** The year and the month ("2021-07") a partial date is grouped under, or just the year. */
export function groupKey(value: string): { year: number; month?: number } {
  const p = toPartialDate(value);
  return p.month === undefined ? { year: p.year } : { year: p.year, month: p.month };
}
