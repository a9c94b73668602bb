/**
 * What the home page leads with, at a given "now": the files that are moving, what is coming
 * up, and the finished and ended instruments after them.
 *
 * Pure: "now" is an argument, the statuses come from `deriveStatus` (src/lib/status.ts), and
 * nothing here makes a status: it only orders and groups.
 *
 * - **Activity** is any dated step that has happened by now: a confirmed milestone
 *   (`lastActivity`), an unconfirmed report of a development after the last confirmed stage
 *   (`reportedSince`: the file is moving, even if the record has not caught up), or the end of
 *   an act this one amends or extends (`effectEnded`). The campaign's own targets are not
 *   activity. A report may move a file up the list; it never becomes the file's headline (the
 *   last confirmed step), which the page shows first.
 * - **Now**: every open file (not finished: in negotiation, or stalled), most recent activity
 *   first (a file without any comes last, by name); then every finished or ended instrument with
 *   activity in the last {@link RECENT_MONTHS} months, most recent first. An open file always
 *   comes before a finished one, however recent its change.
 * - **Applying or in force** (`done`) and **ended**: the other instruments, most recent first.
 * - **Coming up**: confirmed milestones still ahead, nearest first; unconfirmed reports still
 *   ahead, apart. The campaign's own targets are in neither.
 */
import {
  countsForStatus,
  isReport,
  monthsLater,
  type InstrumentStatus,
  type TimedMilestone,
} from './status.ts';
import { statusState } from './state.ts';

/** A finished or ended instrument with activity this recent is still news: it leads with the open files. */
export const RECENT_MONTHS = 6;

/** What this module needs of a milestone: its timing fields and its instant (`milestoneInstant`, epoch ms). */
export interface FrontMilestone extends TimedMilestone {
  /** "<instrument id>#<milestone id>": a stable order for ties. */
  readonly key: string;
  readonly instant: number;
}

/** What this module needs of an instrument. */
export interface FrontInstrument<M extends FrontMilestone> {
  readonly id: string;
  /** The name it is sorted by when nothing else tells two apart. */
  readonly shortTitle: string;
  readonly status: InstrumentStatus<M>;
}

export interface FrontEntry<I, M> {
  readonly instrument: I;
  /** The state it is shown in (src/lib/state.ts). */
  readonly state: 'open' | 'done' | 'ended' | 'stalled';
  /** The latest step that has happened, confirmed or reported, if any. */
  readonly activity?: M;
  /** When it happened, epoch ms. */
  readonly activityAt?: number;
  /** Whether the latest activity is an unconfirmed report. */
  readonly activityReported: boolean;
}

export interface FrontGroups<I, M> {
  /** Open files, most recent activity first; then finished or ended ones that changed recently. */
  readonly now: readonly FrontEntry<I, M>[];
  /** Finished and in effect (adopted, in force, applies), not recently changed. */
  readonly done: readonly FrontEntry<I, M>[];
  /** Ended (an end stage, or no effect left), not recently changed. */
  readonly ended: readonly FrontEntry<I, M>[];
}

/** The latest step of an instrument by `now`: its last confirmed milestone, a later report, or the end of the act it depends on. */
export function latestActivity<M extends FrontMilestone>(
  status: InstrumentStatus<M>,
  now: Date,
): { readonly milestone: M; readonly at: number; readonly reported: boolean } | undefined {
  const t = now.getTime();
  const candidates: { milestone: M; at: number; reported: boolean }[] = [];
  if (status.lastActivity)
    candidates.push({
      milestone: status.lastActivity,
      at: status.lastActivity.instant,
      reported: false,
    });
  const report = status.reportedSince.at(-1);
  if (report) candidates.push({ milestone: report, at: report.instant, reported: true });
  if (status.effectEnded)
    candidates.push({
      milestone: status.effectEnded.milestone,
      at: status.effectEnded.milestone.instant,
      reported: false,
    });
  // The latest that has happened; on a tie, the confirmed step.
  return candidates
    .filter((c) => c.at <= t)
    .sort((a, b) => b.at - a.at || Number(a.reported) - Number(b.reported))[0];
}

/**
 * Groups and orders the instruments for the home page at `now` (see the module's comment).
 * @param zone the campaign's time zone, in which "six months ago" is counted
 */
export function frontGroups<M extends FrontMilestone, I extends FrontInstrument<M>>(
  instruments: readonly I[],
  now: Date,
  zone: string,
  options: { readonly recentMonths?: number } = {},
): FrontGroups<I, M> {
  const recentMonths = options.recentMonths ?? RECENT_MONTHS;
  const t = now.getTime();
  const entries = instruments.map((instrument): FrontEntry<I, M> => {
    const latest = latestActivity(instrument.status, now);
    return {
      instrument,
      state: statusState(instrument.status),
      ...(latest ? { activity: latest.milestone, activityAt: latest.at } : {}),
      activityReported: latest?.reported ?? false,
    };
  });
  const byActivity = (a: FrontEntry<I, M>, b: FrontEntry<I, M>): number =>
    (b.activityAt ?? -Infinity) - (a.activityAt ?? -Infinity) ||
    a.instrument.shortTitle.localeCompare(b.instrument.shortTitle) ||
    a.instrument.id.localeCompare(b.instrument.id);
  const recent = (e: FrontEntry<I, M>): boolean =>
    e.activityAt !== undefined && monthsLater(e.activityAt, recentMonths, zone) > t;
  const open = (e: FrontEntry<I, M>): boolean => e.state === 'open' || e.state === 'stalled';
  const leads = (e: FrontEntry<I, M>): boolean => open(e) || recent(e);
  return {
    now: [
      ...entries.filter(open).sort(byActivity),
      ...entries.filter((e) => !open(e) && recent(e)).sort(byActivity),
    ],
    done: entries.filter((e) => !leads(e) && e.state === 'done').sort(byActivity),
    ended: entries.filter((e) => !leads(e) && e.state === 'ended').sort(byActivity),
  };
}

export interface ComingUp<M> {
  /** Confirmed milestones still ahead, nearest first. */
  readonly confirmed: readonly M[];
  /** Unconfirmed reports of steps still ahead, nearest first: shown apart, labelled, never counted down. */
  readonly reported: readonly M[];
}

/** What is still ahead at `now`, confirmed and reported apart, nearest first, at most `limit` of each. */
export function comingUp<M extends FrontMilestone>(
  milestones: readonly M[],
  now: Date,
  options: { readonly limit?: number; readonly reportedLimit?: number } = {},
): ComingUp<M> {
  const t = now.getTime();
  const ahead = milestones
    .filter((m) => m.instant > t)
    .sort((a, b) => a.instant - b.instant || a.key.localeCompare(b.key));
  return {
    confirmed: ahead.filter(countsForStatus).slice(0, options.limit ?? 6),
    reported: ahead.filter(isReport).slice(0, options.reportedLimit ?? options.limit ?? 6),
  };
}
