/**
 * Partial calendar dates ("2021", "2021-07", "2021-07-30"), their validity, order and display,
 * and the instants they stand for in a time zone.
 *
 * Pure: no clock, no DOM, no astro:* imports. "Now" is always an argument.
 * Calendar arithmetic is done on the numbers themselves (never `new Date("YYYY-MM-DD")`,
 * which is parsed as UTC midnight and shows the previous day west of Greenwich).
 */
import { TZDate } from '@date-fns/tz';

export const PRECISIONS = ['year', 'month', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface PartialDate {
  readonly year: number;
  /** 1–12, when known. */
  readonly month?: number;
  /** 1–31, when known (only with a month). */
  readonly day?: number;
  readonly precision: Precision;
}

const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

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

/** Parses a partial ISO date strictly; returns `undefined` for anything that is not a real date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  if (explainInvalidDate(value) !== undefined) return undefined;
  const [y, mo, d] = value.split('-').map(Number);
  if (y === undefined) return undefined;
  if (mo === undefined) return { year: y, precision: 'year' };
  if (d === undefined) return { year: y, month: mo, precision: 'month' };
  return { year: y, month: mo, day: d, precision: 'day' };
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

/** True when `zone` is an IANA time zone name this runtime knows (e.g. "Europe/Brussels"). */
export function isValidTimeZone(zone: string): boolean {
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

/** The first instant of a full ISO date in a time zone. */
export function startOfDayIn(isoDate: string, zone: string): TZDate {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, 0, 0, 0, 0, zone);
}

/** The last millisecond of a full ISO date in a time zone (23:59:59.999 local time, whatever DST does). */
export function endOfDayIn(isoDate: string, zone: string): TZDate {
  const [y, m, d] = isoDate.split('-').map(Number);
  // The next day's midnight minus 1 ms: right on 23- and 25-hour days too.
  const next = new TZDate(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1, 0, 0, 0, 0, zone);
  return new TZDate(next.getTime() - 1, zone);
}

/** The instant of a full ISO date at a wall-clock time "HH:MM" in a time zone. */
export function atTimeIn(isoDate: string, time: string, zone: string): TZDate {
  const [y, m, d] = isoDate.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, 0, 0, zone);
}

/** The calendar date ("YYYY-MM-DD") that an instant falls on in a time zone. */
export function calendarDateIn(instant: Date | number, zone: string): string {
  const d = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), zone);
  return isoDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** The earliest instant a partial date can stand for, in a time zone. */
export function periodStart(value: string, zone: string): TZDate {
  return startOfDayIn(dateRange(value).first, zone);
}

/** The last instant a partial date can stand for, in a time zone. */
export function periodEnd(value: string, zone: string): TZDate {
  return endOfDayIn(dateRange(value).last, zone);
}

/**
 * Intl.DateTimeFormat objects are slow to make (tens of microseconds each) and a build formats
 * tens of thousands of dates in a few languages and shapes: each is made once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export interface FormatDateOptions {
  /** "long" gives "30 July 2021", "short" gives "30 Jul 2021". */
  readonly style?: 'long' | 'short';
}

/**
 * Formats a partial date at its own precision in a language: "2021", "July 2021", "30 July 2021".
 * The date is a calendar date, not an instant, so it is formatted in UTC on purpose: no time
 * zone can move it to the day before.
 */
export function formatPartialDate(
  value: string,
  locale: string,
  options: FormatDateOptions = {},
): string {
  const p = toPartialDate(value);
  const month = options.style === 'short' ? 'short' : 'long';
  const utc = Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
  const fields: Intl.DateTimeFormatOptions =
    p.precision === 'year'
      ? { year: 'numeric' }
      : p.precision === 'month'
        ? { year: 'numeric', month }
        : { year: 'numeric', month, day: 'numeric' };
  return dateFormat(locale, { ...fields, timeZone: 'UTC' }).format(utc);
}

/** Formats a span of two partial dates compactly where the language allows ("20 April – 13 July 2022"). */
export function formatDateSpan(from: string, to: string, locale: string): string {
  const a = toPartialDate(from);
  const b = toPartialDate(to);
  if (a.precision !== b.precision)
    return `${formatPartialDate(from, locale)} – ${formatPartialDate(to, locale)}`;
  const fields: Intl.DateTimeFormatOptions =
    a.precision === 'year'
      ? { year: 'numeric' }
      : a.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  const format = dateFormat(locale, { ...fields, timeZone: 'UTC' });
  return format.formatRange(
    Date.UTC(a.year, (a.month ?? 1) - 1, a.day ?? 1),
    Date.UTC(b.year, (b.month ?? 1) - 1, b.day ?? 1),
  );
}

/** The year and the month ("2021-07") a partial date is grouped under, or just the year. */
export function groupKey(value: string): { year: number; month?: number } {
  const p = toPartialDate(value);
  return p.month === undefined ? { year: p.year } : { year: p.year, month: p.month };
}
