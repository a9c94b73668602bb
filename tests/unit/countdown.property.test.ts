/**
 * Property tests: what the browser computes agrees with what the build computes, on random
 * deadlines, zones, languages and moments.
 * - countdowns: the one day counter (src/lib/shared/format.ts, Intl only) against date-fns;
 * - statuses and the headline: the slot the browser picks for its clock (statusSchedule,
 *   headlineSchedule) against deriving the status / next deadline afresh at that moment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import {
  calendarDaysUntil,
  describeCountdown,
  formatCountdownPhrase,
} from '../../src/lib/shared/format.ts';
import { headlineSchedule, nextDeadline, type DeadlineMilestone } from '../../src/lib/deadlines.ts';
import { startOfDayIn } from '../../src/lib/dates.ts';
import {
  deriveStatus,
  milestoneInstant,
  statusSchedule,
  type TimedMilestone,
} from '../../src/lib/status.ts';
import { calendarMilestones } from '../../src/lib/calendar.ts';
import {
  LEGISLATIVE_STAGES,
  TERMINAL_STAGES,
  type Confidence,
  type Stage,
} from '../../src/lib/schema.ts';
import { slotsAt } from './helpers.ts';

const ZONES = [
  'UTC',
  'Europe/Brussels',
  'America/Los_Angeles',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'America/New_York',
  'Australia/Lord_Howe', // 30-minute DST
  'Asia/Kathmandu', // UTC+5:45
  'America/St_Johns', // UTC-3:30 / -2:30
  'Pacific/Chatham', // UTC+12:45 / +13:45
  'Pacific/Kiritimati', // UTC+14
  'Pacific/Pago_Pago', // UTC-11
  'Africa/Casablanca', // DST suspended during Ramadan
  'America/Santiago',
] as const;
const LOCALES = ['en-GB', 'en-US', 'fr', 'de', 'ja', 'ar'] as const;
const EXACT = { future: 'in {duration}', past: '{duration} ago' };
const DAY = 86_400_000;

/** A test that the check holds for `numRuns` random cases drawn from the arbitraries, in order. */
const itHolds = <Ts extends unknown[]>(
  name: string,
  numRuns: number,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  check: (...args: Ts) => void,
): void =>
  it(name, () => {
    fc.assert(
      fc.property(fc.tuple<Ts>(...arbitraries), (args) => check(...args)),
      { numRuns },
    );
  });

const isoDay = (daysSinceEpoch: number): string =>
  new Date(daysSinceEpoch * DAY).toISOString().slice(0, 10);
/** A calendar date between 1990 and 2060. */
const dateArb = fc.integer({ min: 7305, max: 32873 }).map(isoDay);
const timeArb = fc.option(
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  { nil: undefined },
);
const zoneArb = fc.constantFrom(...ZONES);

describe('browser and build countdowns agree', () => {
  itHolds(
    'on days left, upcoming or past, and the phrase, for random deadlines, zones, languages and moments',
    3000,
    [
      dateArb,
      timeArb,
      zoneArb,
      fc.constantFrom(...LOCALES),
      // Mostly close to the deadline (where days and hours are delicate), sometimes years away.
      fc.oneof(
        fc.integer({ min: -4 * DAY, max: 4 * DAY }),
        fc.integer({ min: -20_000 * DAY, max: 20_000 * DAY }),
      ),
    ],
    (date, time, zone, locale, offset) => {
      const due = milestoneInstant(
        {
          id: 'd',
          date,
          confidence: 'official',
          deadline: {},
          timeZone: zone,
          ...(time ? { time } : {}),
        },
        'UTC',
      ).getTime();
      const now = due + offset;
      const reference = differenceInCalendarDays(due, new Date(now), { in: tz(zone) });
      expect(calendarDaysUntil(due, zone, now)).toBe(reference);
      expect(describeCountdown(due, zone, now, locale, EXACT)).toBe(
        formatCountdownPhrase(reference, due - now, locale, EXACT),
      );
    },
  );

  itHolds(
    'count 0 days on every moment of a deadline’s own day, in its zone',
    1000,
    [dateArb, zoneArb, fc.double({ min: 0, max: 1, noNaN: true })],
    (date, zone, fraction) => {
      const due = milestoneInstant(
        { id: 'd', date, confidence: 'official', deadline: {}, timeZone: zone },
        'UTC',
      ).getTime();
      const start = startOfDayIn(date, zone).getTime();
      const now = Math.floor(start + fraction * (due - start));
      expect(calendarDaysUntil(due, zone, now)).toBe(0);
      expect(calendarDaysUntil(due, zone, start - 1)).toBe(1);
      expect(calendarDaysUntil(due, zone, due + 1)).toBe(-1);
    },
  );
});

// Random files: a few milestones over 2024–2029, some with stages, some deadlines, some unconfirmed.
type Gen = TimedMilestone & DeadlineMilestone;
const STAGES: readonly Stage[] = [...LEGISLATIVE_STAGES, ...TERMINAL_STAGES];
const milestoneArb = fc.record({
  day: fc.integer({ min: 19723, max: 21914 }), // 2024-01-01 .. 2029-12-31
  stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
  deadline: fc.boolean(),
  confidence: fc.constantFrom('official', 'secondary', 'derived', 'disputed', 'unverified'),
  zone: fc.constantFrom('Europe/Brussels', 'America/New_York', 'Asia/Kolkata'),
});
const fileArb = fc.array(milestoneArb, { minLength: 0, maxLength: 8 }).map((raw) =>
  raw.map((r, i): Gen => {
    const base = {
      id: `m${i}`,
      date: isoDay(r.day),
      confidence: r.confidence,
      timeZone: r.zone,
      ...(r.stage ? { stage: r.stage } : {}),
      ...(r.deadline ? { deadline: {} } : {}),
    };
    return {
      ...base,
      key: `x#m${i}`,
      zone: r.zone,
      instant: milestoneInstant(base, 'Europe/Brussels').getTime(),
    };
  }),
);
const momentArb = fc.integer({ min: 19723 * DAY, max: 22300 * DAY });
/** How long after the build the reader's clock is: up to about four years. */
const laterArb = fc.integer({ min: 0, max: 1500 * DAY });
const trackArb = fc.constantFrom('legislative', 'non-legislative' as const);

describe('the variant the browser picks agrees with deriving afresh', () => {
  itHolds(
    'for an instrument’s status at any later moment',
    1500,
    [fileArb, momentArb, laterArb, trackArb],
    (file, built, later, track) => {
      const slots = statusSchedule(file, track, new Date(built), 'Europe/Brussels');
      const t = built + later;
      const slot = slotsAt(slots, t);
      expect(slot).toHaveLength(1);
      const derived = deriveStatus(file, track, new Date(t), 'Europe/Brussels');
      const facts = (s: typeof derived | undefined) => [
        s?.stage,
        s?.since?.id,
        s?.next?.id,
        s?.stalled,
        s?.terminal,
        s?.reportedSince.map((r) => r.id),
        s?.reportedNext?.id,
      ];
      expect(facts(slot[0]?.status)).toEqual(facts(derived));
    },
  );

  itHolds(
    'for the headline’s next deadline at any later moment, never an unconfirmed report',
    1500,
    [fileArb, momentArb, laterArb],
    (file, built, later) => {
      const slots = headlineSchedule(file, new Date(built));
      const t = built + later;
      const slot = slotsAt(slots, t);
      expect(slot.length).toBeLessThanOrEqual(1);
      const expected = nextDeadline(file, new Date(t));
      // Two deadlines due at the same instant leave an empty slot between them; the first one stands for both.
      if (slot.length === 0)
        expect(
          expected && file.filter((m) => m.instant === expected.instant).length,
        ).toBeGreaterThan(1);
      else expect(slot[0]?.next?.key).toBe(expected?.key);
      for (const s of slots) expect(s.next?.confidence).not.toBe('unverified');
      for (const s of slots) expect(s.latest?.confidence).not.toBe('unverified');
    },
  );
});

describe('an unconfirmed report never becomes a status, a countdown or a calendar entry', () => {
  itHolds(
    'whatever stage it carries, at any moment',
    1000,
    [fileArb, momentArb, trackArb],
    (file, at, track) => {
      const now = new Date(at);
      const confirmed = (m: { confidence: string } | undefined): void =>
        expect(m?.confidence).not.toBe('unverified');
      for (const slot of statusSchedule(file, track, now, 'Europe/Brussels')) {
        const { since, next, lastActivity } = slot.status;
        [since, next, lastActivity].forEach(confirmed);
        for (const r of slot.status.reportedSince) expect(r.confidence).toBe('unverified');
        if (slot.status.reportedNext)
          expect(slot.status.reportedNext.confidence).toBe('unverified');
      }
      confirmed(nextDeadline(file, now));
      for (const m of calendarMilestones(
        file.map((f) => ({
          ...f,
          title: f.id,
          sources: [],
          confidence: f.confidence as Confidence,
          instrumentId: 'x',
          instrumentShortTitle: 'X',
          permalink: `/instruments/x/${f.id}/`,
        })),
        now,
        'Europe/Brussels',
      ))
        confirmed(m);
    },
  );
});
