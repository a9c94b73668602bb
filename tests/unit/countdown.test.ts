/**
 * Countdowns: the day a deadline falls due, days left in the deadline's own calendar, and the
 * phrase a reader sees, for readers in five time zones, around midnight, across both DST changes
 * and a leap day, with and without a time. Every case checks the site's one day counter
 * (src/lib/shared/format.ts, Intl only, which build and browser share) against date-fns.
 * Expected values are worked out by hand from the calendar (offsets noted beside them).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import {
  calendarDaysUntil,
  describeCountdown,
  formatCountdownPhrase,
  formatDayIn,
  formatInstantIn,
  zoneCity,
  type ExactPhrases,
} from '../../src/lib/shared/format.ts';
import { isUpcoming } from '../../src/lib/deadlines.ts';
import { milestoneInstant } from '../../src/lib/status.ts';

const BRUSSELS = 'Europe/Brussels';
/** The reference: days left counted by date-fns in the deadline's zone. */
const daysLeft = (due: number, zone: string, now: Date): number =>
  differenceInCalendarDays(due, now, { in: tz(zone) });
const countdownPhrase = (
  due: number,
  zone: string,
  now: Date,
  locale: string,
  exact: ExactPhrases = {},
): string => formatCountdownPhrase(daysLeft(due, zone, now), due - now.getTime(), locale, exact);
const EXACT = { future: 'in {duration}', past: '{duration} ago' };
const VIEWER_ZONES = [
  'UTC',
  'Europe/Brussels',
  'America/Los_Angeles',
  'Pacific/Auckland',
  'Asia/Kolkata',
] as const;

/** The instant a deadline falls due, through the one function the site uses for it. */
const due = (date: string, zone = BRUSSELS, time?: string): number =>
  milestoneInstant(
    {
      id: 'd',
      date,
      confidence: 'official',
      deadline: {},
      ...(time ? { time } : {}),
      timeZone: zone,
    },
    BRUSSELS,
  ).getTime();
const iso = (t: number): string => new Date(t).toISOString();

/** Both implementations, which must agree; returns the build's phrase. */
function phrase(dueAt: number, zone: string, now: string, locale = 'en-GB'): string {
  const build = countdownPhrase(dueAt, zone, new Date(now), locale, EXACT);
  const browser = describeCountdown(dueAt, zone, Date.parse(now), locale, EXACT);
  expect(browser, `browser vs build at ${now}`).toBe(build);
  expect(calendarDaysUntil(dueAt, zone, Date.parse(now))).toBe(
    daysLeft(dueAt, zone, new Date(now)),
  );
  return build;
}

const originalTz = process.env['TZ'];
afterAll(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe('the instant a deadline falls due', () => {
  it('is the end of its day in its zone, on normal, 23-hour and 25-hour days', () => {
    expect(iso(due('2026-04-03'))).toBe('2026-04-03T21:59:59.999Z'); // CEST, UTC+2
    expect(iso(due('2026-03-29'))).toBe('2026-03-29T21:59:59.999Z'); // clocks go forward that night: ends in CEST
    expect(iso(due('2026-10-25'))).toBe('2026-10-25T22:59:59.999Z'); // clocks go back: ends in CET, UTC+1
    expect(iso(due('2026-03-08', 'America/Los_Angeles'))).toBe('2026-03-09T06:59:59.999Z'); // PDT, UTC-7
    expect(iso(due('2026-11-01', 'America/Los_Angeles'))).toBe('2026-11-02T07:59:59.999Z'); // PST, UTC-8
    expect(iso(due('2026-04-05', 'Pacific/Auckland'))).toBe('2026-04-05T11:59:59.999Z'); // NZST, UTC+12
    expect(iso(due('2026-09-27', 'Pacific/Auckland'))).toBe('2026-09-27T10:59:59.999Z'); // NZDT, UTC+13
    expect(iso(due('2028-02-29'))).toBe('2028-02-29T22:59:59.999Z'); // a leap day, CET
  });

  it('is its time in its zone when it has one', () => {
    expect(iso(due('2026-04-03', 'America/New_York', '17:00'))).toBe('2026-04-03T21:00:00.000Z'); // EDT, UTC-4
    expect(iso(due('2026-04-03', 'Asia/Kolkata', '09:15'))).toBe('2026-04-03T03:45:00.000Z'); // IST, UTC+5:30
  });

  it('is upcoming until that instant and past from it', () => {
    const d = due('2026-04-03');
    expect(isUpcoming(d, new Date(d - 1))).toBe(true);
    expect(isUpcoming(d, new Date(d))).toBe(false);
  });
});

describe('the phrase around midnight in the deadline’s zone', () => {
  const d = due('2026-04-03'); // 3 April, end of day in Brussels
  it.each([
    ['2026-04-01T21:59:59Z', 'in 2 days'], // 1 April, 23:59:59 in Brussels
    ['2026-04-01T22:00:00Z', 'tomorrow (in 47 hours, 59 minutes)'], // 2 April, 00:00
    ['2026-04-02T21:59:59.999Z', 'tomorrow (in 24 hours, 0 minutes)'],
    ['2026-04-02T22:00:00Z', 'today (in 23 hours, 59 minutes)'], // 3 April, 00:00
    ['2026-04-03T12:30:00Z', 'today (in 9 hours, 29 minutes)'],
    ['2026-04-03T21:59:59.999Z', 'today (0 minutes ago)'], // the very instant: past
    ['2026-04-03T22:45:00Z', 'yesterday (45 minutes ago)'], // 4 April, 00:45
    ['2026-04-05T21:59:59.999Z', '2 days ago'], // exactly 48 hours after: no hours and minutes any more
    ['2026-04-05T22:00:00Z', '3 days ago'], // 6 April, 00:00
    ['2026-03-31T10:00:00Z', 'in 3 days'],
  ])('at %s: %s', (now, expected) => {
    expect(phrase(d, BRUSSELS, now)).toBe(expected);
  });
});

describe('days across both DST changes and a leap day', () => {
  /** Expects the phrase for a deadline due at the end of `date`, Brussels time, at the instant `now`. */
  const expectPhrase = (date: string, now: string, expected: string): void => {
    expect(phrase(due(date), BRUSSELS, now)).toBe(expected);
  };

  it('counts the 23-hour day when clocks go forward (Brussels, 29 March 2026)', () => {
    expectPhrase('2026-03-29', '2026-03-28T23:00:00Z', 'today (in 22 hours, 59 minutes)'); // 00:00 CET
    expectPhrase('2026-03-29', '2026-03-28T22:59:59Z', 'tomorrow (in 23 hours, 0 minutes)'); // 23:59:59 on the 28th
    expectPhrase('2026-03-30', '2026-03-28T23:30:00Z', 'tomorrow (in 46 hours, 29 minutes)');
  });

  it('counts the 25-hour day when clocks go back (Brussels, 25 October 2026)', () => {
    expectPhrase('2026-10-25', '2026-10-24T22:00:00Z', 'today (in 24 hours, 59 minutes)'); // 00:00 CEST
    expectPhrase('2026-10-25', '2026-10-24T21:59:00Z', 'tomorrow (in 25 hours, 0 minutes)');
    expectPhrase('2026-10-26', '2026-10-25T22:59:59.999Z', 'tomorrow (in 24 hours, 0 minutes)'); // 23:59:59.999 CET on the 25th
  });

  it('counts days in Los Angeles and Auckland across their own changes', () => {
    expect(
      phrase(
        due('2026-03-08', 'America/Los_Angeles'),
        'America/Los_Angeles',
        '2026-03-08T08:00:00Z',
      ),
    ).toBe('today (in 22 hours, 59 minutes)'); // 00:00 PST
    expect(
      phrase(
        due('2026-11-01', 'America/Los_Angeles'),
        'America/Los_Angeles',
        '2026-11-01T07:00:00Z',
      ),
    ).toBe('today (in 24 hours, 59 minutes)'); // 00:00 PDT
    expect(
      phrase(due('2026-04-05', 'Pacific/Auckland'), 'Pacific/Auckland', '2026-04-04T11:00:00Z'),
    ).toBe('today (in 24 hours, 59 minutes)'); // 00:00 NZDT
    expect(
      phrase(due('2026-09-27', 'Pacific/Auckland'), 'Pacific/Auckland', '2026-09-26T12:00:00Z'),
    ).toBe('today (in 22 hours, 59 minutes)'); // 00:00 NZST
  });

  it('counts a leap day', () => {
    const leap = due('2028-02-29');
    expect(phrase(leap, BRUSSELS, '2027-02-28T12:00:00Z')).toBe('in 366 days'); // 28 Feb 2027 → 28 Feb 2028 is 365 days, plus one
    expect(phrase(leap, BRUSSELS, '2028-02-28T12:00:00Z')).toBe(
      'tomorrow (in 34 hours, 59 minutes)',
    );
    expect(phrase(leap, BRUSSELS, '2028-03-01T12:00:00Z')).toBe(
      'yesterday (13 hours, 0 minutes ago)',
    );
    expectPhrase('2028-03-01', '2028-02-27T12:00:00Z', 'in 3 days'); // 28, 29 February, 1 March
  });

  it('counts a deadline with a time in its own zone, not the campaign’s', () => {
    const ny = due('2026-04-03', 'America/New_York', '17:00');
    expect(phrase(ny, 'America/New_York', '2026-04-03T03:30:00Z')).toBe(
      'tomorrow (in 17 hours, 30 minutes)',
    ); // 2 April, 23:30 in New York
    expect(phrase(ny, 'America/New_York', '2026-04-03T04:00:00Z')).toBe(
      'today (in 17 hours, 0 minutes)',
    ); // 3 April, 00:00
    expect(phrase(ny, 'America/New_York', '2026-04-03T21:01:00Z')).toBe('today (1 minute ago)');
  });
});

describe('readers in five time zones', () => {
  const d = due('2026-04-03'); // 21:59:59.999 UTC
  const local: Record<(typeof VIEWER_ZONES)[number], [string, string]> = {
    UTC: ['3 April 2026', '21:59'],
    'Europe/Brussels': ['3 April 2026', '23:59'],
    'America/Los_Angeles': ['3 April 2026', '14:59'],
    'Pacific/Auckland': ['4 April 2026', '10:59'],
    'Asia/Kolkata': ['4 April 2026', '03:29'],
  };
  for (const viewer of VIEWER_ZONES) {
    it(`a reader in ${viewer} sees the deadline's days and their own local time`, () => {
      process.env['TZ'] = viewer; // the machine's zone must not change anything but the local time
      // 2 April 10:00 UTC is 2 April in Brussels but already 2 April 23:00 in Auckland and 03:00 in Los Angeles.
      expect(phrase(d, BRUSSELS, '2026-04-02T10:00:00Z')).toBe(
        'tomorrow (in 35 hours, 59 minutes)',
      );
      // 2 April 22:30 UTC: 3 April in Brussels and Auckland, still 2 April in Los Angeles: "today" for everyone.
      expect(phrase(d, BRUSSELS, '2026-04-02T22:30:00Z')).toBe('today (in 23 hours, 29 minutes)');
      const [date, time] = local[viewer];
      const text = formatInstantIn(d, viewer, 'en-GB');
      expect(text).toContain(date);
      expect(text).toContain(time);
      // With no zone given, the runtime's own zone is the reader's.
      expect(formatInstantIn(d, undefined, 'en-GB')).toBe(text);
      expect(formatDayIn(Date.parse('2026-04-02T22:30:00Z'), undefined, 'en-GB')).toBe(
        viewer === 'America/Los_Angeles' || viewer === 'UTC' ? '2 April 2026' : '3 April 2026',
      );
    });
  }
});

describe('the phrase in the reader’s language', () => {
  const d = due('2026-04-03');
  it.each([
    ['fr', '2026-03-31T10:00:00Z', 'dans 3 jours'],
    ['fr', '2026-04-02T10:00:00Z', 'demain (dans 35 heures et 59 minutes)'],
    ['de', '2026-03-31T10:00:00Z', 'in 3 Tagen'],
    ['de', '2026-04-05T21:59:59.999Z', 'vorgestern'],
  ])('%s at %s: %s', (locale, now, expected) => {
    const exact =
      locale === 'fr'
        ? { future: 'dans {duration}', past: 'il y a {duration}' }
        : { future: 'in {duration}', past: 'vor {duration}' };
    // French puts a no-break space between a number and its unit.
    const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(countdownPhrase(d, BRUSSELS, new Date(now), locale, exact))).toBe(expected);
    expect(plain(describeCountdown(d, BRUSSELS, Date.parse(now), locale, exact))).toBe(expected);
  });

  it('falls back to whole hours or minutes from Intl when no templates are given', () => {
    expect(describeCountdown(d, BRUSSELS, Date.parse('2026-04-02T10:00:00Z'), 'en-GB')).toBe(
      'tomorrow (in 35 hours)',
    );
    expect(describeCountdown(d, BRUSSELS, Date.parse('2026-04-03T21:30:00Z'), 'en-GB')).toBe(
      'today (in 29 minutes)',
    );
    expect(describeCountdown(d, BRUSSELS, Date.parse('2026-04-04T01:00:00Z'), 'en-GB')).toBe(
      'yesterday (3 hours ago)',
    );
  });
});

describe('zone names', () => {
  const cities = {
    'Europe/Brussels': 'Brussels',
    'America/New_York': 'New York',
    'America/Argentina/Buenos_Aires': 'Buenos Aires',
    UTC: 'UTC',
  };
  it.each(Object.entries(cities))('names the city of an IANA zone: %s is %s', (zone, city) => {
    expect(zoneCity(zone)).toBe(city);
  });
});
