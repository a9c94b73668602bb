/**
 * Where an instrument stands at a given "now", derived from its milestones, never typed by hand.
 *
 * Pure: "now" and the time zone are arguments, so the build and the browser get the same answer.
 */
import { addMonths } from 'date-fns';
import { atTimeIn, endOfDayIn, periodStart } from './dates.ts';
import { LEGISLATIVE_STAGES, TERMINAL_STAGES, type Stage, type Track } from './schema.ts';

/** The fields of a milestone that timing and status depend on. */
export interface TimedMilestone {
  readonly id: string;
  readonly date: string;
  readonly time?: string | undefined;
  readonly timeZone?: string | undefined;
  readonly stage?: Stage | undefined;
  readonly deadline?: object | undefined;
  readonly confidence: string;
}

/** A file with no milestone for this long, and not finished, is flagged as stalled. */
export const STALLED_AFTER_MONTHS = 9;

/** Legislative stages from which a file is finished: the act exists. */
const FINISHED_LEGISLATIVE: ReadonlySet<Stage> = new Set(
  LEGISLATIVE_STAGES.slice(LEGISLATIVE_STAGES.indexOf('adopted')),
);

/**
 * The instant a milestone happens. A deadline falls due at its time, or else at the end of its
 * day; any other milestone happens at its time, or else at the start of its date (the first day
 * of a month or year for a partial date). Wall-clock times are read in the milestone's zone,
 * or the campaign's.
 */
export function milestoneInstant(m: TimedMilestone, campaignZone: string): Date {
  const zone = m.timeZone ?? campaignZone;
  if (m.time) return atTimeIn(m.date, m.time, zone);
  if (m.deadline) return endOfDayIn(m.date, zone);
  return periodStart(m.date, zone);
}

/** Whether a milestone has happened (or a deadline has fallen due) by `now`. */
export function hasHappened(m: TimedMilestone, now: Date, campaignZone: string): boolean {
  return milestoneInstant(m, campaignZone).getTime() <= now.getTime();
}

/** Unverified reports are shown, but never move a status, set a next step or end a stall. */
export const countsForStatus = (m: Pick<TimedMilestone, 'confidence'>): boolean =>
  m.confidence !== 'unverified';

export interface InstrumentStatus<M extends TimedMilestone> {
  /** The last stage reached by `now`, if any. */
  readonly stage?: Stage;
  /** The milestone that reached it. */
  readonly since?: M;
  /** The next milestone scheduled after `now`, if any. */
  readonly next?: M;
  /** The most recent milestone by `now`, of any kind. */
  readonly lastActivity?: M;
  /** The file is finished: adopted or beyond, a non-legislative instrument, or a terminal stage. */
  readonly finished: boolean;
  /** The stage is an end off the main path: withdrawn, rejected, lapsed, expired, repealed. */
  readonly terminal: boolean;
  /** Not finished, and nothing has happened for {@link STALLED_AFTER_MONTHS} months. */
  readonly stalled: boolean;
}

/**
 * Derives an instrument's status at `now`. Milestones may come in any order; two milestones at
 * the same instant keep their written order, so the later one in the file wins.
 */
export function deriveStatus<M extends TimedMilestone>(
  milestones: readonly M[],
  track: Track,
  now: Date,
  campaignZone: string,
): InstrumentStatus<M> {
  const timed = milestones
    .filter(countsForStatus)
    .map((m, index) => ({ m, at: milestoneInstant(m, campaignZone).getTime(), index }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const t = now.getTime();
  const past = timed.filter((x) => x.at <= t);
  const reached = past.filter((x) => x.m.stage !== undefined).at(-1)?.m;
  const lastActivity = past.at(-1)?.m;
  const next = timed.find((x) => x.at > t)?.m;
  const stage = reached?.stage;
  const terminal = stage !== undefined && TERMINAL_STAGES.includes(stage);
  const finished =
    terminal ||
    (stage !== undefined && (track === 'non-legislative' || FINISHED_LEGISLATIVE.has(stage)));
  const quietSince = lastActivity
    ? addMonths(milestoneInstant(lastActivity, campaignZone), STALLED_AFTER_MONTHS).getTime()
    : undefined;
  const stalled = !finished && stage !== undefined && quietSince !== undefined && quietSince <= t;
  return {
    ...(stage !== undefined ? { stage } : {}),
    ...(reached ? { since: reached } : {}),
    ...(next ? { next } : {}),
    ...(lastActivity ? { lastActivity } : {}),
    finished,
    terminal,
    stalled,
  };
}

/**
 * The instant a file becomes stalled if nothing else happens: {@link STALLED_AFTER_MONTHS} after
 * its last activity. `undefined` when it cannot stall (finished, no stage yet) or already has.
 */
export function stallsAt<M extends TimedMilestone>(
  status: InstrumentStatus<M>,
  campaignZone: string,
): number | undefined {
  if (status.finished || status.stalled || status.stage === undefined || !status.lastActivity)
    return undefined;
  return addMonths(
    milestoneInstant(status.lastActivity, campaignZone),
    STALLED_AFTER_MONTHS,
  ).getTime();
}

/** Every stage the instrument's counted milestones reached by `now`, in the order reached. */
export function stagesReached(
  milestones: readonly TimedMilestone[],
  now: Date,
  campaignZone: string,
): Stage[] {
  return milestones
    .filter((m) => m.stage !== undefined && countsForStatus(m) && hasHappened(m, now, campaignZone))
    .map((m, index) => ({
      stage: m.stage as Stage,
      at: milestoneInstant(m, campaignZone).getTime(),
      index,
    }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((x) => x.stage);
}

/**
 * An instrument's status over a span of time: the status from `from` (inclusive) until `until`
 * (exclusive). The first slot has no `from` and the last no `until`.
 */
export interface StatusSlot<M extends TimedMilestone> {
  readonly from?: number;
  readonly until?: number;
  readonly status: InstrumentStatus<M>;
  /** The stages reached by the start of the slot (at `now` for the first), for the progress track. */
  readonly reached: readonly Stage[];
}

const sameStatus = <M extends TimedMilestone>(
  a: InstrumentStatus<M>,
  b: InstrumentStatus<M>,
): boolean =>
  a.stage === b.stage &&
  a.since === b.since &&
  a.next === b.next &&
  a.stalled === b.stalled &&
  a.finished === b.finished &&
  a.terminal === b.terminal;

/**
 * Every status an instrument will have from `now` on, if nothing new is recorded: it changes only
 * when a scheduled (counted) milestone happens or when the file becomes stalled. The build
 * renders every slot and shows the first; the browser shows the one its own clock falls in, so
 * a status whose scheduled milestone has since passed is right without a rebuild.
 */
export function statusSchedule<M extends TimedMilestone>(
  milestones: readonly M[],
  track: Track,
  now: Date,
  campaignZone: string,
): StatusSlot<M>[] {
  const changes = milestones
    .filter(countsForStatus)
    .map((m) => milestoneInstant(m, campaignZone).getTime());
  let at = now.getTime();
  let status = deriveStatus(milestones, track, now, campaignZone);
  const slots: { from?: number; status: InstrumentStatus<M>; reached: readonly Stage[] }[] = [
    { status, reached: stagesReached(milestones, now, campaignZone) },
  ];
  for (;;) {
    const stall = stallsAt(status, campaignZone);
    const candidates = [...changes, ...(stall === undefined ? [] : [stall])].filter((t) => t > at);
    if (candidates.length === 0) break;
    at = Math.min(...candidates);
    const when = new Date(at);
    const next = deriveStatus(milestones, track, when, campaignZone);
    if (!sameStatus(status, next))
      slots.push({
        from: at,
        status: next,
        reached: stagesReached(milestones, when, campaignZone),
      });
    status = next;
  }
  return slots.map((slot, i) => {
    const until = slots[i + 1]?.from;
    return { ...slot, ...(until === undefined ? {} : { until }) };
  });
}
