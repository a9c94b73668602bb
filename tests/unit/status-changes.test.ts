/**
 * The status changes a page carries ahead of time: at each future milestone and at each moment a
 * quiet file becomes stalled, and only where the status reads differently.
 */
import { describe, expect, it } from 'vitest';
import { statusChanges } from '../../src/lib/status-changes.ts';
import { deriveStatus, type TimedMilestone } from '../../src/lib/status.ts';
import type { Stage } from '../../src/lib/schema.ts';

const ZONE = 'Europe/Brussels';
const m = (id: string, date: string, extra: Partial<TimedMilestone> & { stage?: Stage } = {}): TimedMilestone => ({ id, date, confidence: 'official', ...extra });
const iso = (ms: number): string => new Date(ms).toISOString();

const file = [
  m('proposal', '2022-05-11', { stage: 'proposed' }),
  m('council-mandate', '2025-11-26', { stage: 'council-mandate' }),
  m('rumour', '2026-01-20', { stage: 'trilogue', confidence: 'unverified' }),
  m('first-trilogue', '2026-03-10', { stage: 'trilogue' }),
  m('vote', '2026-06-30', { deadline: {} }),
];

describe('status changes ahead of a build', () => {
  const now = new Date('2026-01-15T12:00:00Z');
  const changes = statusChanges(file, 'legislative', now, ZONE);

  it('start with the status at the build', () => {
    expect(changes[0]).toEqual({ from: now.getTime(), status: deriveStatus(file, 'legislative', now, ZONE) });
    expect(changes[0]?.status).toMatchObject({ stage: 'council-mandate', stalled: false });
    expect(changes[0]?.status.next?.id).toBe('first-trilogue');
  });

  it('change at each later milestone, from the start of its day in the campaign’s zone', () => {
    // 10 March 2026 begins at 23:00 UTC on the 9th (CET); the deadline falls due at the end of 30 June (CEST).
    expect(iso(changes[1]?.from ?? 0)).toBe('2026-03-09T23:00:00.000Z');
    expect(changes[1]?.status).toMatchObject({ stage: 'trilogue' });
    expect(changes[1]?.status.next?.id).toBe('vote');
    expect(iso(changes[2]?.from ?? 0)).toBe('2026-06-30T21:59:59.999Z');
    expect(changes[2]?.status.next).toBeUndefined();
  });

  it('become stalled nine months after the last milestone, and never because of an unconfirmed report', () => {
    // The last milestone that counts falls due on 30 June 2026 at 23:59:59.999 in Brussels.
    expect(changes).toHaveLength(4);
    expect(iso(changes[3]?.from ?? 0)).toBe('2027-03-30T21:59:59.999Z');
    expect(changes[3]?.status).toMatchObject({ stage: 'trilogue', stalled: true });
    expect(changes.some((c) => c.status.since?.id === 'rumour')).toBe(false);
  });

  it('are only the moments where the status reads differently', () => {
    for (let i = 1; i < changes.length; i++) {
      const [a, b] = [changes[i - 1]?.status, changes[i]?.status];
      expect(a?.stage !== b?.stage || a?.next?.id !== b?.next?.id || a?.stalled !== b?.stalled || a?.since?.id !== b?.since?.id).toBe(true);
      // Between two changes, the status is the earlier one's.
      const mid = new Date(((changes[i - 1]?.from ?? 0) + (changes[i]?.from ?? 0)) / 2);
      expect(deriveStatus(file, 'legislative', mid, ZONE)).toEqual(a);
    }
  });

  it('stop at the limit given', () => {
    expect(statusChanges(file, 'legislative', now, ZONE, 2)).toHaveLength(2);
  });

  it('are just the current status for a finished file with nothing ahead', () => {
    const done = [m('adopted', '2020-01-10', { stage: 'adopted' })];
    expect(statusChanges(done, 'legislative', now, ZONE)).toHaveLength(1);
  });
});
