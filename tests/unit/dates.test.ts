import { describe, expect, it } from 'vitest';

/** An instant in UTC ISO form (TZDate's own toISOString keeps its zone's offset). */
const utc = (d: Date): string => new Date(d.getTime()).toISOString();
import {
  calendarDateIn,
  comparePartialDates,
  dateRange,
  endOfDayIn,
  explainInvalidDate,
  formatDateSpan,
  formatPartialDate,
  isValidTimeZone,
  parsePartialDate,
  periodStart,
  startOfDayIn,
} from '../../src/lib/dates.ts';

describe('parsing partial dates', () => {
  it.each([
    ['2021', { year: 2021, precision: 'year' }],
    ['2021-07', { year: 2021, month: 7, precision: 'month' }],
    ['2021-07-30', { year: 2021, month: 7, day: 30, precision: 'day' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
    ['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
  ])('accepts %s', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
  });

  it.each([
    ['2025-02-30', 'February 2025 has 28 days'],
    ['2025-02-29', 'February 2025 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2025-04-31', 'April 2025 has 30 days'],
    ['2025-13-01', 'there is no month 13'],
    ['2025-00', 'there is no month 00'],
    ['2025-01-00', 'there is no day 00'],
    ['21-07-30', 'not in the form "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
    ['2021-7-30', 'not in the form "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
    ['2021/07/30', 'not in the form "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
    ['30 July 2021', 'not in the form "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
  ])('rejects %s (%s)', (input, why) => {
    expect(parsePartialDate(input)).toBeUndefined();
    expect(explainInvalidDate(input)).toBe(why);
  });
});

describe('ordering partial dates', () => {
  it('sorts by year, month, day, a coarser date first at the same start', () => {
    const dates = [
      '2021-07-30',
      '2021',
      '2020-12-31',
      '2021-07',
      '2021-01-01',
      '2021-07-01',
      '2022',
    ];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2020-12-31',
      '2021',
      '2021-01-01',
      '2021-07',
      '2021-07-01',
      '2021-07-30',
      '2022',
    ]);
  });

  it('is a total order (antisymmetric, and zero only for equal dates)', () => {
    expect(comparePartialDates('2021-07', '2021-07')).toBe(0);
    expect(Math.sign(comparePartialDates('2021-07', '2021-07-01'))).toBe(
      -Math.sign(comparePartialDates('2021-07-01', '2021-07')),
    );
  });

  it('gives the days a partial date covers, leap years included', () => {
    expect(dateRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateRange('2025-02')).toEqual({ first: '2025-02-01', last: '2025-02-28' });
    expect(dateRange('2026')).toEqual({ first: '2026-01-01', last: '2026-12-31' });
    expect(dateRange('2026-04-03')).toEqual({ first: '2026-04-03', last: '2026-04-03' });
  });
});

describe('formatting at the date’s precision', () => {
  it.each([
    ['2021', 'en-GB', '2021'],
    ['2021-07', 'en-GB', 'July 2021'],
    ['2021-07-30', 'en-GB', '30 July 2021'],
    ['2021-07-30', 'fr', '30 juillet 2021'],
    ['2021-07-30', 'de', '30. Juli 2021'],
    ['2024-02-29', 'en-GB', '29 February 2024'],
  ])('%s in %s is "%s"', (date, locale, expected) => {
    expect(formatPartialDate(date, locale)).toBe(expected);
  });

  it('never shows the day before, whatever the machine’s time zone', () => {
    // Formatting goes through UTC on purpose; a zone west of Greenwich must not move the date.
    const original = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    try {
      expect(formatPartialDate('2021-07-30', 'en-GB')).toBe('30 July 2021');
      expect(formatPartialDate('2021-01', 'en-GB')).toBe('January 2021');
    } finally {
      process.env['TZ'] = original;
    }
  });

  it('formats spans compactly', () => {
    expect(formatDateSpan('2022-04-20', '2022-07-13', 'en-GB')).toMatch(
      /^20 April\s–\s13 July 2022$/,
    );
  });
});

describe('instants in a time zone', () => {
  it('ends a day at 23:59:59.999 local time, also on DST change days', () => {
    expect(utc(endOfDayIn('2026-04-03', 'Europe/Brussels'))).toBe('2026-04-03T21:59:59.999Z');
    expect(utc(endOfDayIn('2026-01-15', 'Europe/Brussels'))).toBe('2026-01-15T22:59:59.999Z');
    // 29 March 2026: clocks go forward in Brussels (a 23-hour day); 25 October: back (25 hours).
    expect(
      endOfDayIn('2026-03-29', 'Europe/Brussels').getTime() -
        startOfDayIn('2026-03-29', 'Europe/Brussels').getTime(),
    ).toBe(23 * 3600_000 - 1);
    expect(
      endOfDayIn('2026-10-25', 'Europe/Brussels').getTime() -
        startOfDayIn('2026-10-25', 'Europe/Brussels').getTime(),
    ).toBe(25 * 3600_000 - 1);
  });

  it('starts a partial date at the first day of its period', () => {
    expect(utc(periodStart('2024-06', 'Europe/Brussels'))).toBe('2024-05-31T22:00:00.000Z');
    expect(utc(periodStart('2026', 'UTC'))).toBe('2026-01-01T00:00:00.000Z');
  });

  it('reads the calendar date of an instant in a zone', () => {
    const instant = new Date('2026-04-02T22:30:00Z');
    expect(calendarDateIn(instant, 'Europe/Brussels')).toBe('2026-04-03');
    expect(calendarDateIn(instant, 'UTC')).toBe('2026-04-02');
    expect(calendarDateIn(instant, 'America/Los_Angeles')).toBe('2026-04-02');
    expect(calendarDateIn(instant, 'Pacific/Auckland')).toBe('2026-04-03');
  });

  it('knows IANA zones and refuses others', () => {
    expect(isValidTimeZone('Europe/Brussels')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Brusels')).toBe(false);
    expect(isValidTimeZone('CET1')).toBe(false);
  });
});
