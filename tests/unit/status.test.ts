import { describe, expect, it } from 'vitest';

/** An instant in UTC ISO form (TZDate's own toISOString keeps its zone's offset). */
const utc = (d: Date): string => new Date(d.getTime()).toISOString();
import {
  deriveStatus,
  hasHappened,
  milestoneInstant,
  stagesReached,
  stallsAt,
  statusSchedule,
  type TimedMilestone,
} from '../../src/lib/status.ts';
import type { Stage } from '../../src/lib/schema.ts';

const ZONE = 'Europe/Brussels';
const m = (
  id: string,
  date: string,
  extra: Partial<TimedMilestone> & { stage?: Stage } = {},
): TimedMilestone => ({ id, date, confidence: 'official', ...extra });

// A legislative file: proposed, mandates, trilogue, agreement scheduled, then adopted.
const file = [
  m('proposal', '2022-05-11', { stage: 'proposed' }),
  m('ep-mandate', '2023-11-22', { stage: 'ep-mandate' }),
  m('council-mandate', '2025-11-26', { stage: 'council-mandate' }),
  m('trilogue', '2025-12-09', { stage: 'trilogue' }),
  m('report', '2026-06', { confidence: 'secondary' }),
  m('rumour', '2026-07-01', { stage: 'provisional-agreement', confidence: 'unverified' }),
  m('vote', '2027-02-10', { stage: 'ep-first-reading' }),
];

describe('deriving an instrument’s stage at a given now', () => {
  it('gives the last stage reached and since when', () => {
    const s = deriveStatus(file, 'legislative', new Date('2026-01-10T12:00:00Z'), ZONE);
    expect(s.stage).toBe('trilogue');
    expect(s.since?.id).toBe('trilogue');
    expect(s.next?.id).toBe('report');
    expect(s.finished).toBe(false);
  });

  it('has no stage before the first milestone', () => {
    const s = deriveStatus(file, 'legislative', new Date('2020-01-01T00:00:00Z'), ZONE);
    expect(s.stage).toBeUndefined();
    expect(s.next?.id).toBe('proposal');
  });

  it('never lets an unconfirmed report move the stage', () => {
    const s = deriveStatus(file, 'legislative', new Date('2026-08-01T00:00:00Z'), ZONE);
    expect(s.stage).toBe('trilogue');
    expect(s.lastActivity?.id).toBe('report');
    expect(s.next?.id).toBe('vote');
  });

  it('switches stage on the day of the milestone, in the campaign’s zone', () => {
    // 11 May 2022 starts at 22:00 UTC on the 10th in Brussels.
    expect(
      deriveStatus(file, 'legislative', new Date('2022-05-10T21:59:59Z'), ZONE).stage,
    ).toBeUndefined();
    expect(deriveStatus(file, 'legislative', new Date('2022-05-10T22:00:00Z'), ZONE).stage).toBe(
      'proposed',
    );
  });

  it('flags a file as stalled after nine months without a milestone', () => {
    const quiet = file.slice(0, 2); // last: EP mandate on 22 November 2023
    expect(deriveStatus(quiet, 'legislative', new Date('2024-08-21T12:00:00Z'), ZONE).stalled).toBe(
      false,
    );
    expect(deriveStatus(quiet, 'legislative', new Date('2024-08-22T12:00:00Z'), ZONE).stalled).toBe(
      true,
    );
  });

  it('does not call a finished or ended file stalled', () => {
    const ended = [
      m('in-force', '2021-08-02', { stage: 'in-force' }),
      m('end', '2024-08-03', { stage: 'expired', deadline: {} }),
    ];
    const before = deriveStatus(ended, 'legislative', new Date('2024-08-03T12:00:00Z'), ZONE);
    expect(before).toMatchObject({
      stage: 'in-force',
      finished: true,
      terminal: false,
      stalled: false,
    });
    expect(before.next?.id).toBe('end');
    // A deadline's stage is reached when it falls due: the end of its day in Brussels.
    const after = deriveStatus(ended, 'legislative', new Date('2024-08-03T22:00:00Z'), ZONE);
    expect(after).toMatchObject({
      stage: 'expired',
      finished: true,
      terminal: true,
      stalled: false,
    });
  });

  it('treats a non-legislative instrument as finished once adopted', () => {
    const s = deriveStatus(
      [m('adopted', '2020-07-24', { stage: 'adopted' })],
      'non-legislative',
      new Date('2026-11-29T00:00:00Z'),
      ZONE,
    );
    expect(s).toMatchObject({ stage: 'adopted', finished: true, stalled: false });
  });

  it('handles an instrument with no milestones', () => {
    expect(deriveStatus([], 'legislative', new Date(), ZONE)).toEqual({
      finished: false,
      terminal: false,
      stalled: false,
    });
  });

  it('keeps the written order for milestones on the same day', () => {
    const sameDay = [
      m('adopted', '2024-04-29', { stage: 'adopted' }),
      m('signed', '2024-04-29', { stage: 'signed' }),
    ];
    expect(deriveStatus(sameDay, 'legislative', new Date('2024-05-01T00:00:00Z'), ZONE).stage).toBe(
      'signed',
    );
  });
});

describe('when a milestone happens', () => {
  it('a deadline falls due at the end of its day; a timed one at its time in its own zone', () => {
    expect(utc(milestoneInstant(m('d', '2026-04-03', { deadline: {} }), ZONE))).toBe(
      '2026-04-03T21:59:59.999Z',
    );
    expect(
      utc(
        milestoneInstant(
          m('t', '2026-04-03', { deadline: {}, time: '17:00', timeZone: 'America/New_York' }),
          ZONE,
        ),
      ),
    ).toBe('2026-04-03T21:00:00.000Z');
    expect(utc(milestoneInstant(m('e', '2026-04-03'), ZONE))).toBe('2026-04-02T22:00:00.000Z');
  });

  it('a month-precision event has happened once its month has started', () => {
    expect(hasHappened(m('x', '2026-03'), new Date('2026-02-28T22:59:00Z'), ZONE)).toBe(false);
    expect(hasHappened(m('x', '2026-03'), new Date('2026-02-28T23:00:00Z'), ZONE)).toBe(true);
  });
});

describe('an instrument’s status over time', () => {
  // In trilogue; a deadline and an agreement are scheduled; an unconfirmed report in between.
  const gamma = [
    m('proposal', '2025-03-10', { stage: 'proposed' }),
    m('trilogue', '2026-11-20', { stage: 'trilogue' }),
    m('report-deadline', '2027-02-01', { deadline: {} }),
    m('reported-vote', '2027-02-20', { stage: 'ep-first-reading', confidence: 'unverified' }),
    m('agreement', '2027-03-18', { stage: 'provisional-agreement' }),
  ];
  const now = new Date('2027-01-15T12:00:00Z');

  it('changes when a scheduled milestone happens and when the file stalls, never on a report', () => {
    const slots = statusSchedule(gamma, 'legislative', now, ZONE);
    expect(
      slots.map((s) => [
        s.from === undefined ? 'build' : utc(new Date(s.from)),
        s.status.stage,
        s.status.next?.id ?? '-',
        s.status.stalled,
      ]),
    ).toEqual([
      ['build', 'trilogue', 'report-deadline', false],
      ['2027-02-01T22:59:59.999Z', 'trilogue', 'agreement', false], // the deadline falls due at the end of its day
      ['2027-03-17T23:00:00.000Z', 'provisional-agreement', '-', false], // 18 March starts at 23:00 UTC (CET)
      ['2027-12-17T23:00:00.000Z', 'provisional-agreement', '-', true], // nine months later, nothing new: stalled
    ]);
    expect(slots.map((s) => s.until)).toEqual([...slots.slice(1).map((s) => s.from), undefined]);
    expect(slots[2]?.reached).toEqual(['proposed', 'trilogue', 'provisional-agreement']);
    expect(slots[0]?.reached).toEqual(['proposed', 'trilogue']);
  });

  it('agrees with deriveStatus at any moment after the build', () => {
    const slots = statusSchedule(gamma, 'legislative', now, ZONE);
    for (const at of [
      '2027-01-20T00:00:00Z',
      '2027-02-25T00:00:00Z',
      '2027-03-17T22:59:59Z',
      '2027-03-17T23:00:00Z',
      '2027-12-17T22:59:59Z',
      '2028-06-01T00:00:00Z',
    ]) {
      const t = Date.parse(at);
      const slot = slots.find((s) => (s.from ?? -Infinity) <= t && t < (s.until ?? Infinity));
      const derived = deriveStatus(gamma, 'legislative', new Date(t), ZONE);
      expect([slot?.status.stage, slot?.status.next?.id, slot?.status.stalled], at).toEqual([
        derived.stage,
        derived.next?.id,
        derived.stalled,
      ]);
    }
  });

  it('knows when a file will stall, and that a finished or ended one never does', () => {
    const quiet = deriveStatus(gamma.slice(0, 2), 'legislative', now, ZONE);
    expect(utc(new Date(stallsAt(quiet, ZONE) ?? 0))).toBe('2027-08-19T22:00:00.000Z'); // 20 November 2026 + 9 months, 00:00 CEST
    const ended = deriveStatus(
      [m('end', '2026-06-30', { stage: 'expired', deadline: {} })],
      'legislative',
      now,
      ZONE,
    );
    expect(stallsAt(ended, ZONE)).toBeUndefined();
    expect(
      statusSchedule(
        [m('adopted', '2020-07-24', { stage: 'adopted' })],
        'non-legislative',
        now,
        ZONE,
      ),
    ).toHaveLength(1);
  });

  it('lists the stages reached, in the order reached, without reports', () => {
    expect(stagesReached(gamma, new Date('2027-03-01T00:00:00Z'), ZONE)).toEqual([
      'proposed',
      'trilogue',
    ]);
  });
});
