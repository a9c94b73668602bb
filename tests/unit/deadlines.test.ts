/**
 * Deadlines at a given now: chains of what replaced what, upcoming / reported / past, the next
 * deadline (never an unconfirmed report) and the headline's slots over time.
 */
import { describe, expect, it } from 'vitest';
import {
  deadlineChains,
  groupDeadlines,
  headlineSchedule,
  latestPastDeadline,
  nextDeadline,
  reportedDeadlineSchedule,
  type DeadlineMilestone,
} from '../../src/lib/deadlines.ts';
import { milestoneInstant } from '../../src/lib/status.ts';
import type { Outcome } from '../../src/lib/schema.ts';
import { shownAt } from './helpers.ts';

const ZONE = 'Europe/Brussels';

interface M extends DeadlineMilestone {
  readonly id: string;
  readonly date: string;
}

function m(
  key: string,
  date: string,
  extra: {
    confidence?: string;
    outcome?: Outcome;
    supersededBy?: string;
    deadline?: false;
    time?: string;
    timeZone?: string;
  } = {},
): M {
  const zone = extra.timeZone ?? ZONE;
  const deadline =
    extra.deadline === false
      ? undefined
      : {
          ...(extra.outcome ? { outcome: extra.outcome } : {}),
          ...(extra.supersededBy ? { supersededBy: extra.supersededBy } : {}),
        };
  const id = key.split('#')[1] ?? key;
  const confidence = extra.confidence ?? 'official';
  const instant = milestoneInstant(
    {
      id,
      date,
      confidence,
      ...(deadline ? { deadline } : {}),
      ...(extra.time ? { time: extra.time } : {}),
      timeZone: zone,
    },
    ZONE,
  ).getTime();
  return { key, id, date, zone, confidence, instant, ...(deadline ? { deadline } : {}) };
}

// The real chain of the Interim Regulation, and its neighbours.
const target = m('interim#campaign-target', '2024-07-13', {
  confidence: 'unverified',
  outcome: 'superseded',
  supersededBy: 'interim#original-end',
});
const original = m('interim#original-end', '2024-08-03', {
  outcome: 'extended',
  supersededBy: 'interim#end',
});
const end = m('interim#end', '2026-04-03', { outcome: 'lapsed' });
const report = m('ext#reported-end', '2028-04-03', { confidence: 'unverified' });
const dsa = m('dsa#general-application', '2024-02-17');
const notADeadline = m('dsa#adopted', '2022-10-19', { deadline: false });
const all = [end, report, dsa, target, notADeadline, original];
const keys = (ms: readonly M[]): string[] => ms.map((x) => x.key);

describe('chains of deadlines that replaced one another', () => {
  it('groups a deadline with every deadline it replaced, oldest first, the one in effect last', () => {
    const chains = deadlineChains(all);
    const interim = chains.find((c) => c.head.key === 'interim#end');
    expect(interim && keys(interim.steps)).toEqual([
      'interim#campaign-target',
      'interim#original-end',
      'interim#end',
    ]);
    expect(chains.map((c) => c.head.key).sort()).toEqual([
      'dsa#general-application',
      'ext#reported-end',
      'interim#end',
    ]);
    expect(chains.find((c) => c.head === dsa)?.steps).toEqual([dsa]);
  });

  it('ends a chain at a milestone that is not a deadline, and survives unknown keys and circles', () => {
    const adoption = m('x#adoption', '2025-01-10', { deadline: false });
    const replaced = m('x#deadline', '2024-12-31', {
      outcome: 'superseded',
      supersededBy: 'x#adoption',
    });
    const dangling = m('x#dangling', '2024-06-30', {
      outcome: 'superseded',
      supersededBy: 'x#missing',
    });
    const a = m('y#a', '2024-01-01', { outcome: 'extended', supersededBy: 'y#b' });
    const b = m('y#b', '2024-02-01', { outcome: 'extended', supersededBy: 'y#a' });
    const chains = deadlineChains([adoption, replaced, dangling, a, b]);
    expect(chains.find((c) => c.head === adoption)?.steps).toEqual([replaced, adoption]);
    expect(chains.find((c) => c.head === dangling)?.steps).toEqual([dangling]);
    // Validation refuses circles; here they must only not loop forever or lose a deadline.
    expect(new Set(chains.flatMap((c) => c.steps).filter((s) => s === a || s === b)).size).toBe(2);
  });
});

describe('upcoming, reported and past at a given now', () => {
  it('puts an unconfirmed report apart and never makes it the next deadline', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const groups = groupDeadlines(all, now);
    expect(groups.upcoming).toEqual([]);
    expect(groups.reported.map((c) => c.head.key)).toEqual(['ext#reported-end']);
    expect(groups.past.map((c) => c.head.key)).toEqual(['interim#end', 'dsa#general-application']);
    expect(nextDeadline(all, now)).toBeUndefined();
    expect(latestPastDeadline(all, now)?.key).toBe('interim#end');
  });

  it('orders upcoming deadlines nearest first and past ones most recent first', () => {
    const now = new Date('2024-01-01T00:00:00Z');
    const groups = groupDeadlines(all, now);
    expect(groups.upcoming.map((c) => c.head.key)).toEqual([
      'dsa#general-application',
      'interim#end',
    ]);
    expect(groups.past).toEqual([]);
    expect(nextDeadline(all, now)?.key).toBe('dsa#general-application');
    expect(latestPastDeadline(all, now)).toBeUndefined();
  });

  it('moves a deadline to the past at the end of its day in its zone', () => {
    // 3 April 2026 ends at 21:59:59.999 UTC in Brussels (summer time).
    expect(nextDeadline(all, new Date('2026-04-03T21:59:59.998Z'))?.key).toBe('interim#end');
    expect(nextDeadline(all, new Date('2026-04-03T21:59:59.999Z'))).toBeUndefined();
    expect(latestPastDeadline(all, new Date('2026-04-03T21:59:59.999Z'))?.key).toBe('interim#end');
  });

  it('does not count a deadline that was replaced before it fell due', () => {
    const now = new Date('2024-07-01T00:00:00Z'); // before both 13 July and 3 August 2024
    expect(nextDeadline(all, now)?.key).toBe('interim#end');
    expect(groupDeadlines(all, now).upcoming.map((c) => c.head.key)).toEqual(['interim#end']);
  });

  it('keeps a past unconfirmed report in the past list, but not as the latest deadline', () => {
    const later = new Date('2028-05-01T00:00:00Z');
    expect(groupDeadlines(all, later).past[0]?.head.key).toBe('ext#reported-end');
    expect(latestPastDeadline(all, later)?.key).toBe('interim#end');
  });
});

describe('the headline over time', () => {
  const first = m('a#first', '2027-02-01');
  const timed = m('b#timed', '2027-06-30', { time: '17:00', timeZone: 'America/New_York' });
  const rumour = m('b#rumour', '2027-02-10', { confidence: 'unverified' });
  const old = m('c#old', '2026-06-30', { outcome: 'lapsed' });
  const ms = [timed, rumour, first, old];
  const now = new Date('2027-01-15T12:00:00Z');

  it('has one slot per confirmed upcoming deadline, then one saying nothing is ahead', () => {
    const slots = headlineSchedule(ms, now);
    expect(slots.map((s) => s.next?.key ?? `none, latest ${s.latest?.key}`)).toEqual([
      'a#first',
      'b#timed',
      'none, latest b#timed',
    ]);
    expect(slots[0]?.from).toBeUndefined();
    expect(slots[0]?.until).toBe(Date.parse('2027-02-01T22:59:59.999Z'));
    expect(slots[1]?.from).toBe(slots[0]?.until);
    expect(slots[1]?.until).toBe(Date.parse('2027-06-30T21:00:00Z'));
    expect(slots[2]?.from).toBe(slots[1]?.until);
    expect(slots[2]?.until).toBeUndefined();
  });

  it('says nothing is ahead and names the latest when every deadline has passed', () => {
    expect(headlineSchedule(ms, new Date('2027-07-01T00:00:00Z'))).toEqual([{ latest: timed }]);
    expect(headlineSchedule([], now)).toEqual([{}]);
  });

  it('agrees with nextDeadline at every moment', () => {
    const slots = headlineSchedule(ms, now);
    for (const { at, t, slot } of shownAt(slots, [
      '2027-01-20T00:00:00Z',
      '2027-02-01T22:59:59.998Z',
      '2027-02-01T22:59:59.999Z',
      '2027-02-11T00:00:00Z',
      '2027-06-30T20:59:59Z',
      '2027-06-30T21:00:00Z',
      '2030-01-01T00:00:00Z',
    ])) {
      expect(slot?.next?.key, at).toBe(nextDeadline(ms, new Date(t))?.key);
    }
  });
});

describe('the nearest reported deadline, beside "no confirmed deadline"', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const nearer = m('csa#reported-deadline', '2027-05-01', { confidence: 'unverified' });

  it('names the reported 3 April 2028 end of application while no confirmed deadline is ahead', () => {
    expect(headlineSchedule(all, now)).toEqual([{ latest: end }]); // the headline: none confirmed
    expect(reportedDeadlineSchedule(all, now)).toEqual([
      { until: report.instant, reported: report },
      { from: report.instant },
    ]);
  });

  it('moves to the next report as each reported date passes, and never counts the campaign’s own target', () => {
    const campaignTarget = {
      ...m('interim#next-target', '2027-01-31', { confidence: 'unverified' }),
      sources: [{ kind: 'campaign' }],
    };
    const slots = reportedDeadlineSchedule([...all, nearer, campaignTarget], now);
    expect(slots.map((s) => s.reported?.key ?? '-')).toEqual([
      'csa#reported-deadline',
      'ext#reported-end',
      '-',
    ]);
    expect(slots[1]?.from).toBe(nearer.instant);
    expect(slots[1]?.until).toBe(report.instant);
    // The headline never takes a report, at any of these moments.
    for (const slot of slots)
      expect(
        nextDeadline([...all, nearer], new Date((slot.from ?? now.getTime()) + 1)),
      ).toBeUndefined();
  });

  it('has one empty slot when nothing is reported ahead', () => {
    expect(reportedDeadlineSchedule([end, dsa], now)).toEqual([{}]);
  });
});
