/**
 * When an instrument's status will change after a given "now", worked out from its milestones:
 * the status is constant between milestone instants and the moments a quiet file becomes
 * "stalled", so a page built today can carry the few changes ahead and the browser shows the
 * one that holds for its reader's now, without shipping the derivation itself.
 *
 * Pure: "now" and the time zone are arguments.
 */
import { addMonths } from 'date-fns';
import { countsForStatus, deriveStatus, milestoneInstant, STALLED_AFTER_MONTHS, type InstrumentStatus, type TimedMilestone } from './status.ts';
import type { Track } from './schema.ts';

export interface StatusChange<M extends TimedMilestone> {
  /** From this instant (epoch milliseconds) on, until the next change. */
  readonly from: number;
  readonly status: InstrumentStatus<M>;
}

/** Whether two statuses would read the same: same stage since the same milestone, same next step, same flags. */
export function sameStatus<M extends TimedMilestone>(a: InstrumentStatus<M>, b: InstrumentStatus<M>): boolean {
  return a.stage === b.stage && a.since?.id === b.since?.id && a.next?.id === b.next?.id && a.stalled === b.stalled && a.finished === b.finished && a.terminal === b.terminal;
}

/**
 * The status at `now`, followed by every later change, at most `max` entries in all.
 * @example statusChanges(milestones, 'legislative', buildNow, 'Europe/Brussels')[0].status // the status at buildNow
 */
export function statusChanges<M extends TimedMilestone>(milestones: readonly M[], track: Track, now: Date, campaignZone: string, max = 12): StatusChange<M>[] {
  const t = now.getTime();
  const moments = new Set<number>();
  for (const m of milestones.filter(countsForStatus)) {
    const at = milestoneInstant(m, campaignZone);
    const quiet = addMonths(at, STALLED_AFTER_MONTHS).getTime();
    if (at.getTime() > t) moments.add(at.getTime());
    if (quiet > t) moments.add(quiet);
  }
  const changes: StatusChange<M>[] = [{ from: t, status: deriveStatus(milestones, track, now, campaignZone) }];
  for (const moment of [...moments].sort((a, b) => a - b)) {
    if (changes.length >= max) break;
    const status = deriveStatus(milestones, track, new Date(moment), campaignZone);
    const last = changes.at(-1);
    if (last && !sameStatus(last.status, status)) changes.push({ from: moment, status });
  }
  return changes;
}
