import { describe, expect, it } from 'vitest';

/** An instant in UTC ISO form (TZDate's own toISOString keeps its zone's offset). */
const utc = (d: Date): string => new Date(d.getTime()).toISOString();
import { deriveStatus, hasHappened, milestoneInstant, type TimedMilestone } from '../../src/lib/status.ts';
import type { Stage } from '../../src/lib/schema.ts';

const ZONE = 'Europe/Brussels';
const m = (id: string, date: string, extra: Partial<TimedMilestone> & { stage?: Stage } = {}): TimedMilestone => ({ id, date, confidence: 'official', ...extra });

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
    expect(deriveStatus(file, 'legislative', new Date('2022-05-10T21:59:59Z'), ZONE).stage).toBeUndefined();
    expect(deriveStatus(file, 'legislative', new Date('2022-05-10T22:00:00Z'), ZONE).stage).toBe('proposed');
  });

  it('flags a file as stalled after nine months without a milestone', () => {
    const quiet = file.slice(0, 2); // last: EP mandate on 22 November 2023
    expect(deriveStatus(quiet, 'legislative', new Date('2024-08-21T12:00:00Z'), ZONE).stalled).toBe(false);
    expect(deriveStatus(quiet, 'legislative', new Date('2024-08-22T12:00:00Z'), ZONE).stalled).toBe(true);
  });

  it('does not call a finished or ended file stalled', () => {
    const ended = [m('in-force', '2021-08-02', { stage: 'in-force' }), m('end', '2024-08-03', { stage: 'expired', deadline: {} })];
    const before = deriveStatus(ended, 'legislative', new Date('2024-08-03T12:00:00Z'), ZONE);
    expect(before).toMatchObject({ stage: 'in-force', finished: true, terminal: false, stalled: false });
    expect(before.next?.id).toBe('end');
    // A deadline's stage is reached when it falls due: the end of its day in Brussels.
    const after = deriveStatus(ended, 'legislative', new Date('2024-08-03T22:00:00Z'), ZONE);
    expect(after).toMatchObject({ stage: 'expired', finished: true, terminal: true, stalled: false });
  });

  it('treats a non-legislative instrument as finished once adopted', () => {
    const s = deriveStatus([m('adopted', '2020-07-24', { stage: 'adopted' })], 'non-legislative', new Date('2026-11-29T00:00:00Z'), ZONE);
    expect(s).toMatchObject({ stage: 'adopted', finished: true, stalled: false });
  });

  it('handles an instrument with no milestones', () => {
    expect(deriveStatus([], 'legislative', new Date(), ZONE)).toEqual({ finished: false, terminal: false, stalled: false });
  });

  it('keeps the written order for milestones on the same day', () => {
    const sameDay = [m('adopted', '2024-04-29', { stage: 'adopted' }), m('signed', '2024-04-29', { stage: 'signed' })];
    expect(deriveStatus(sameDay, 'legislative', new Date('2024-05-01T00:00:00Z'), ZONE).stage).toBe('signed');
  });
});

describe('when a milestone happens', () => {
  it('a deadline falls due at the end of its day; a timed one at its time in its own zone', () => {
    expect(utc(milestoneInstant(m('d', '2026-04-03', { deadline: {} }), ZONE))).toBe('2026-04-03T21:59:59.999Z');
    expect(utc(milestoneInstant(m('t', '2026-04-03', { deadline: {}, time: '17:00', timeZone: 'America/New_York' }), ZONE))).toBe('2026-04-03T21:00:00.000Z');
    expect(utc(milestoneInstant(m('e', '2026-04-03'), ZONE))).toBe('2026-04-02T22:00:00.000Z');
  });

  it('a month-precision event has happened once its month has started', () => {
    expect(hasHappened(m('x', '2026-03'), new Date('2026-02-28T22:59:00Z'), ZONE)).toBe(false);
    expect(hasHappened(m('x', '2026-03'), new Date('2026-02-28T23:00:00Z'), ZONE)).toBe(true);
  });
});
