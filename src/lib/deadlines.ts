/**
 * Deadlines at a given "now": days left, the phrase a reader sees, upcoming or past, the chains
 * of deadlines that replaced one another, and what the headline countdown shows when.
 *
 * Pure: "now" is always an argument. The instant a deadline falls due is `milestoneInstant`
 * (status.ts): the end of its day in its time zone, or its time. Days left and the phrase a
 * reader sees come from the client-safe core (shared/format.ts: `calendarDaysUntil`,
 * `describeCountdown`), so the build and the browser count the same way.
 */
import { countsForStatus, isReport } from './status.ts';
import type { Outcome } from './schema.ts';

/** The fields of a milestone this module needs (the data layer's `Milestone` has them all). */
export interface DeadlineMilestone {
  /** "<instrument id>#<milestone id>". */
  readonly key: string;
  /** When it falls due (a deadline) or happens, in epoch milliseconds: `milestoneInstant`. */
  readonly instant: number;
  /** The time zone its date is read in. */
  readonly zone: string;
  readonly confidence: string;
  /** Its sources' kinds: a deadline sourced only to the campaign's own words is its target, not a report. */
  readonly sources?: readonly { readonly kind: string }[] | undefined;
  readonly deadline?:
    | { readonly outcome?: Outcome | undefined; readonly supersededBy?: string | undefined }
    | undefined;
}

/** Whether a deadline is still ahead at `now` (it is past from the instant it falls due). */
export function isUpcoming(due: number, now: Date): boolean {
  return due > now.getTime();
}

/**
 * Deadlines that replaced one another, oldest first; the last step (`head`) is the one still in
 * effect. A deadline nobody replaced is a chain of one. The head of a chain may be a milestone
 * that is not itself a deadline, if a deadline was superseded by one.
 */
export interface DeadlineChain<M extends DeadlineMilestone> {
  readonly head: M;
  readonly steps: readonly M[];
}

/** Follows `supersededBy` from a milestone to the one in effect now (stops on unknown keys and circles). */
function headOf<M extends DeadlineMilestone>(m: M, byKey: ReadonlyMap<string, M>): M {
  const seen = new Set<string>([m.key]);
  let current = m;
  for (;;) {
    const nextKey = current.deadline?.supersededBy;
    const next = nextKey === undefined ? undefined : byKey.get(nextKey);
    if (!next || seen.has(next.key)) return current;
    seen.add(next.key);
    current = next;
  }
}

/** Every deadline, grouped into chains of what superseded what, in no particular order. */
export function deadlineChains<M extends DeadlineMilestone>(
  milestones: readonly M[],
): DeadlineChain<M>[] {
  const byKey = new Map(milestones.map((m) => [m.key, m]));
  const members = new Map<M, Set<M>>();
  for (const m of milestones) {
    if (!m.deadline) continue;
    const head = headOf(m, byKey);
    const set = members.get(head) ?? new Set([head]);
    set.add(m);
    members.set(head, set);
  }
  return [...members].map(([head, set]) => ({
    head,
    steps: [
      ...[...set]
        .filter((s) => s !== head)
        .sort((a, b) => a.instant - b.instant || a.key.localeCompare(b.key)),
      head,
    ],
  }));
}

/** The deadlines at a given now, as a reader of the deadlines page sees them. */
export interface DeadlineGroups<M extends DeadlineMilestone> {
  /** Confirmed chains whose head is still ahead, nearest first. */
  readonly upcoming: readonly DeadlineChain<M>[];
  /** Chains whose head is an unconfirmed report still ahead, nearest first: shown only as reports. */
  readonly reported: readonly DeadlineChain<M>[];
  /** Chains whose head has fallen due, most recent first, reports included (labelled as such). */
  readonly past: readonly DeadlineChain<M>[];
}

/** Splits the deadline chains into upcoming, reported and past at `now`. */
export function groupDeadlines<M extends DeadlineMilestone>(
  milestones: readonly M[],
  now: Date,
): DeadlineGroups<M> {
  const chains = deadlineChains(milestones);
  const ahead = chains
    .filter((c) => isUpcoming(c.head.instant, now))
    .sort((a, b) => a.head.instant - b.head.instant || a.head.key.localeCompare(b.head.key));
  const past = chains
    .filter((c) => !isUpcoming(c.head.instant, now))
    .sort((a, b) => b.head.instant - a.head.instant || a.head.key.localeCompare(b.head.key));
  return {
    upcoming: ahead.filter((c) => countsForStatus(c.head)),
    reported: ahead.filter((c) => !countsForStatus(c.head)),
    past,
  };
}

/** The next confirmed deadline at `now`: the headline countdown. Never an unconfirmed report. */
export function nextDeadline<M extends DeadlineMilestone>(
  milestones: readonly M[],
  now: Date,
): M | undefined {
  return groupDeadlines(milestones, now).upcoming[0]?.head;
}

/** The most recent confirmed deadline that has fallen due by `now`. */
export function latestPastDeadline<M extends DeadlineMilestone>(
  milestones: readonly M[],
  now: Date,
): M | undefined {
  return groupDeadlines(milestones, now).past.find((c) => countsForStatus(c.head))?.head;
}

/**
 * What the headline shows over time, from `now` on: one slot per upcoming confirmed deadline
 * (shown from the moment the one before it falls due, `from`, until it falls due itself, `until`),
 * then a last slot with no next deadline and the latest one that passed. The first slot has no
 * `from` and the last no `until`, so together they cover all time; the browser shows the slot
 * its own clock falls in, and the build shows the first.
 */
export interface HeadlineSlot<M extends DeadlineMilestone> {
  readonly from?: number;
  readonly until?: number;
  readonly next?: M;
  readonly latest?: M;
}

export function headlineSchedule<M extends DeadlineMilestone>(
  milestones: readonly M[],
  now: Date,
): HeadlineSlot<M>[] {
  const { upcoming } = groupDeadlines(milestones, now);
  const heads = upcoming.map((c) => c.head);
  const slots: HeadlineSlot<M>[] = heads.map((next, i) => {
    const before = heads[i - 1];
    return { ...(before ? { from: before.instant } : {}), until: next.instant, next };
  });
  const last = heads.at(-1);
  const latest = last ?? latestPastDeadline(milestones, now);
  slots.push({ ...(last ? { from: last.instant } : {}), ...(latest ? { latest } : {}) });
  return slots;
}

/**
 * The nearest reported deadline still ahead, over time: what the home page shows beside "no
 * confirmed deadline", labelled as unconfirmed (never as the headline, never with a countdown).
 * One slot per unconfirmed report of a deadline (a reported end of application) ahead at `now`,
 * shown from the moment the one before it falls due until it falls due itself, then a last slot
 * with none. The campaign's own targets are not reports. Like {@link headlineSchedule}, the
 * slots cover all time; the browser shows the one its clock falls in.
 */
export interface ReportedSlot<M extends DeadlineMilestone> {
  readonly from?: number;
  readonly until?: number;
  readonly reported?: M;
}

export function reportedDeadlineSchedule<M extends DeadlineMilestone>(
  milestones: readonly M[],
  now: Date,
): ReportedSlot<M>[] {
  const heads = groupDeadlines(milestones, now)
    .reported.map((c) => c.head)
    .filter(isReport);
  const slots: ReportedSlot<M>[] = heads.map((reported, i) => {
    const before = heads[i - 1];
    return { ...(before ? { from: before.instant } : {}), until: reported.instant, reported };
  });
  const last = heads.at(-1);
  slots.push(last ? { from: last.instant } : {});
  return slots;
}
