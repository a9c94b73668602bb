/**
 * Where an instrument stands at a given "now", derived from its milestones, never typed by hand.
 *
 * Pure: "now" and the time zone are arguments, so the build and the browser get the same answer.
 */
import { TZDate } from '@date-fns/tz';
// One function, not the package index of some 250 modules (the review CLI and the content check load this).
import { addMonths } from 'date-fns/addMonths';
import { atTimeMs, endOfDayMs, periodStartMs } from './dates.ts';
import {
  LEGISLATIVE_STAGES,
  NON_LEGISLATIVE_STAGES,
  OPTIONAL_STAGES,
  TERMINAL_STAGES,
  type RelationKind,
  type Stage,
  type Track,
} from './schema.ts';

/** The fields of a milestone that timing and status depend on. */
export interface TimedMilestone {
  readonly id: string;
  readonly date: string;
  readonly time?: string | undefined;
  readonly timeZone?: string | undefined;
  /** The stage it moves the instrument to; on an unconfirmed report, the stage it would mean if confirmed. */
  readonly stage?: Stage | undefined;
  readonly deadline?: object | undefined;
  readonly confidence: string;
  /** The kinds of its sources: a milestone sourced only to the campaign's own words is not a report. */
  readonly sources?: readonly { readonly kind: string }[] | undefined;
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
  return new TZDate(milestoneInstantMs(m, campaignZone), m.timeZone ?? campaignZone);
}

/** {@link milestoneInstant} in epoch ms, without making a date object (the build asks often). */
export function milestoneInstantMs(m: TimedMilestone, campaignZone: string): number {
  const zone = m.timeZone ?? campaignZone;
  if (m.time) return atTimeMs(m.date, m.time, zone);
  if (m.deadline) return endOfDayMs(m.date, zone);
  return periodStartMs(m.date, zone);
}

/** Whether a milestone has happened (or a deadline has fallen due) by `now`. */
export function hasHappened(m: TimedMilestone, now: Date, campaignZone: string): boolean {
  return milestoneInstantMs(m, campaignZone) <= now.getTime();
}

/** Unverified reports are shown, but never move a status, set a next step or end a stall. */
export const countsForStatus = (m: Pick<TimedMilestone, 'confidence'>): boolean =>
  m.confidence !== 'unverified';

/**
 * An unconfirmed report of a development: an unverified milestone that is not the campaign's
 * own words (a campaign's target is unverified too, but nobody reported it happening).
 */
export const isReport = (m: Pick<TimedMilestone, 'confidence' | 'sources'>): boolean =>
  !countsForStatus(m) &&
  !(
    m.sources !== undefined &&
    m.sources.length > 0 &&
    m.sources.every((s) => s.kind === 'campaign')
  );

/** The relations through which another act's end ends this one's effect: "this amends that", "this extends that". */
export const DEPENDENT_RELATIONS: readonly RelationKind[] = ['amends', 'extends'];

/** Why an instrument's effect ended although its own last stage says otherwise ("in force"). */
export interface EffectEnded<M extends TimedMilestone> {
  /** The instrument it amended or extended, whose end ended its effect. */
  readonly instrumentId: string;
  readonly relation: RelationKind;
  /** The milestone at which that instrument reached its end (its status's `since`). */
  readonly milestone: M;
  /** The end it reached: expired, lapsed, repealed, … */
  readonly stage: Stage;
}

/** Another instrument whose status this one's depends on, through one of its own `related` entries. */
export interface StatusDependency<M extends TimedMilestone> {
  readonly instrumentId: string;
  /** How this instrument relates to it: "this <relation> that". */
  readonly relation: RelationKind;
  readonly milestones: readonly M[];
  readonly track: Track;
}

/**
 * The instruments whose status this one's depends on: those it amends or extends, from its own
 * `related` entries (unknown ids are the validator's business and are skipped here).
 * @param byId every instrument of the campaign, by id
 */
export function statusDependencies<M extends TimedMilestone>(
  related: readonly { readonly instrument: string; readonly relation: RelationKind }[],
  byId: ReadonlyMap<
    string,
    { readonly id: string; readonly milestones: readonly M[]; readonly track: Track }
  >,
): StatusDependency<M>[] {
  return related.flatMap((r) => {
    const target = byId.get(r.instrument);
    return target && DEPENDENT_RELATIONS.includes(r.relation)
      ? [
          {
            instrumentId: target.id,
            relation: r.relation,
            milestones: target.milestones,
            track: target.track,
          },
        ]
      : [];
  });
}

/** What else a status may depend on. */
export interface StatusOptions<M extends TimedMilestone> {
  /** The instruments this one names in `related` (only `amends` and `extends` matter). */
  readonly dependsOn?: readonly StatusDependency<M>[] | undefined;
}

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
  /**
   * Unconfirmed reports ({@link isReport}) after the last confirmed stage (all of them, if no
   * stage is reached yet) that have happened by `now`, oldest first. Each may carry the `stage`
   * it would mean; none of them is ever `stage`, `since`, `next` or `lastActivity`.
   */
  readonly reportedSince: readonly M[];
  /** The nearest unconfirmed report still ahead at `now`, such as a reported end of application. */
  readonly reportedNext?: M;
  /**
   * Set when the instrument took effect (it is finished, not ended) but an act it amends or
   * extends has reached an end: its effect ended with that act, whatever its own stage says.
   */
  readonly effectEnded?: EffectEnded<M>;
}

interface Placed<M> {
  readonly m: M;
  readonly at: number;
  readonly index: number;
}

/**
 * `milestoneInstant` in epoch ms, remembered per milestone object and zone: a status schedule
 * derives the status again at every change, and time-zone arithmetic is the costly part.
 * Milestones are read-only values, so a remembered instant cannot go stale.
 */
const instants = new WeakMap<TimedMilestone, Map<string, number>>();
function instantOf(m: TimedMilestone, campaignZone: string): number {
  let byZone = instants.get(m);
  if (!byZone) instants.set(m, (byZone = new Map<string, number>()));
  let at = byZone.get(campaignZone);
  if (at === undefined) byZone.set(campaignZone, (at = milestoneInstantMs(m, campaignZone)));
  return at;
}

/** The same wall-clock moment `months` later in `zone` (9 months after 20 November 00:00 in Brussels is 20 August 00:00 there). */
export function monthsLater(instant: number, months: number, zone: string): number {
  return addMonths(new TZDate(instant, zone), months).getTime();
}

/** Milestones with their instants, in the order they happen (written order on ties). */
function placeInTime<M extends TimedMilestone>(
  milestones: readonly M[],
  campaignZone: string,
): Placed<M>[] {
  return milestones
    .map((m, index) => ({ m, at: instantOf(m, campaignZone), index }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
}

/**
 * The unconfirmed reports after the last confirmed stage at `now`, split into those that have
 * happened and those still ahead, each oldest first. With no confirmed stage yet, every report.
 */
export function reportedDevelopments<M extends TimedMilestone>(
  milestones: readonly M[],
  now: Date,
  campaignZone: string,
): { readonly happened: readonly M[]; readonly ahead: readonly M[] } {
  const placed = placeInTime(milestones, campaignZone);
  const t = now.getTime();
  const sinceAt = placed.findLastIndex(
    (x) => x.at <= t && x.m.stage !== undefined && countsForStatus(x.m),
  );
  const after = placed.slice(sinceAt + 1).filter((x) => isReport(x.m));
  return {
    happened: after.filter((x) => x.at <= t).map((x) => x.m),
    ahead: after.filter((x) => x.at > t).map((x) => x.m),
  };
}

/**
 * Whether an instrument's effect ended with an act it amends or extends: it took effect (its own
 * status is finished and not an end), and that act's status at the same moment is an end.
 * @param dependencies the statuses of the instruments it names in `related`
 */
export function deriveEffectEnded<M extends TimedMilestone>(
  own: Pick<InstrumentStatus<M>, 'finished' | 'terminal'>,
  dependencies: readonly {
    readonly instrumentId: string;
    readonly relation: RelationKind;
    readonly status: Pick<InstrumentStatus<M>, 'terminal' | 'stage' | 'since'>;
  }[],
): EffectEnded<M> | undefined {
  if (!own.finished || own.terminal) return undefined;
  for (const d of dependencies) {
    const { terminal, stage, since } = d.status;
    if (DEPENDENT_RELATIONS.includes(d.relation) && terminal && stage && since)
      return { instrumentId: d.instrumentId, relation: d.relation, milestone: since, stage };
  }
  return undefined;
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
  options: StatusOptions<M> = {},
): InstrumentStatus<M> {
  const timed = placeInTime(milestones, campaignZone).filter((x) => countsForStatus(x.m));
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
    ? monthsLater(instantOf(lastActivity, campaignZone), STALLED_AFTER_MONTHS, campaignZone)
    : undefined;
  const stalled = !finished && stage !== undefined && quietSince !== undefined && quietSince <= t;
  const reports = reportedDevelopments(milestones, now, campaignZone);
  const reportedNext = reports.ahead[0];
  const effectEnded = deriveEffectEnded(
    { finished, terminal },
    (options.dependsOn ?? []).map((d) => ({
      instrumentId: d.instrumentId,
      relation: d.relation,
      status: deriveStatus(d.milestones, d.track, now, campaignZone),
    })),
  );
  return {
    ...(stage !== undefined ? { stage } : {}),
    ...(reached ? { since: reached } : {}),
    ...(next ? { next } : {}),
    ...(lastActivity ? { lastActivity } : {}),
    finished,
    terminal,
    stalled,
    reportedSince: reports.happened,
    ...(reportedNext ? { reportedNext } : {}),
    ...(effectEnded ? { effectEnded } : {}),
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
  return monthsLater(
    instantOf(status.lastActivity, campaignZone),
    STALLED_AFTER_MONTHS,
    campaignZone,
  );
}

/** Every stage the instrument's counted milestones reached by `now`, in the order reached. */
export function stagesReached(
  milestones: readonly TimedMilestone[],
  now: Date,
  campaignZone: string,
): Stage[] {
  const t = now.getTime();
  return placeInTime(milestones, campaignZone)
    .filter((x) => x.m.stage !== undefined && countsForStatus(x.m) && x.at <= t)
    .map((x) => x.m.stage as Stage);
}

/**
 * The stages an instrument's progress track shows, in order: its track's, without the optional
 * stages (Parliament's second reading) it has not reached, so a file agreed at first reading is
 * never shown as having passed a second reading.
 * @param reached the stages its confirmed milestones reached (`stagesReached`)
 * @example progressPath('legislative', ['proposed']).includes('ep-second-reading') // false
 */
export function progressPath(track: Track, reached: readonly Stage[]): readonly Stage[] {
  const path = track === 'legislative' ? LEGISLATIVE_STAGES : NON_LEGISLATIVE_STAGES;
  return path.filter((s) => !OPTIONAL_STAGES.includes(s) || reached.includes(s));
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

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether two statuses read the same in one part of a status view. A view renders each part once
 * per span of time in which that part does not change (`mergeSlots`), not once per slot: the
 * next step changes at every scheduled milestone, the stage far less often.
 */
export const STATUS_PARTS = {
  /** The stage, since when, and whether it is "last confirmed" (reports follow it). */
  stage: (a, b) =>
    a.stage === b.stage &&
    a.since === b.since &&
    a.reportedSince.length > 0 === b.reportedSince.length > 0,
  /** The unconfirmed reports since the last confirmed stage, and the nearest one ahead. */
  reports: (a, b) =>
    sameList(a.reportedSince, b.reportedSince) && a.reportedNext === b.reportedNext,
  /** Finished, ended, stalled, effect ended. */
  flags: (a, b) =>
    a.finished === b.finished &&
    a.terminal === b.terminal &&
    a.stalled === b.stalled &&
    a.effectEnded?.milestone === b.effectEnded?.milestone,
  /** The next confirmed step. */
  next: (a, b) => a.next === b.next,
} satisfies Record<
  string,
  <M extends TimedMilestone>(a: InstrumentStatus<M>, b: InstrumentStatus<M>) => boolean
>;

const sameStatus = <M extends TimedMilestone>(
  a: InstrumentStatus<M>,
  b: InstrumentStatus<M>,
): boolean =>
  STATUS_PARTS.stage(a, b) &&
  STATUS_PARTS.reports(a, b) &&
  STATUS_PARTS.flags(a, b) &&
  STATUS_PARTS.next(a, b);

/** Two slots whose progress tracks are the same: the same stages reached, the same current one. */
export const sameTrack = <M extends TimedMilestone>(a: StatusSlot<M>, b: StatusSlot<M>): boolean =>
  a.status.stage === b.status.stage && sameList(a.reached, b.reached);

/** A run of consecutive slots that read the same in one part of a view: shown from `from` until `until`. */
export interface SlotSpan<S> {
  readonly from?: number;
  readonly until?: number;
  /** The first slot of the run: what the part shows. */
  readonly slot: S;
}

/**
 * Merges consecutive slots that `same` finds alike into one span, so a part of a page is
 * rendered once per change of its own rather than once per slot. The spans cover the same time
 * as the slots (the first has no `from`, the last no `until`).
 * @example mergeSlots(slots, (a, b) => STATUS_PARTS.stage(a.status, b.status))
 */
export function mergeSlots<S extends { readonly from?: number; readonly until?: number }>(
  slots: readonly S[],
  same: (a: S, b: S) => boolean,
): SlotSpan<S>[] {
  const spans: { from?: number; until?: number; slot: S }[] = [];
  for (const slot of slots) {
    const last = spans.at(-1);
    if (last && same(last.slot, slot)) {
      if (slot.until === undefined) delete last.until;
      else last.until = slot.until;
    } else
      spans.push({
        slot,
        ...(slot.from === undefined ? {} : { from: slot.from }),
        ...(slot.until === undefined ? {} : { until: slot.until }),
      });
  }
  return spans;
}

/**
 * Every status an instrument will have from `now` on, if nothing new is recorded: it changes
 * when a scheduled milestone happens (a confirmed one moves the stage; an unconfirmed report
 * only joins `reportedSince`), when the file becomes stalled, and when an act it amends or
 * extends reaches its end. The build renders every slot and shows the first; the browser shows
 * the one its own clock falls in, so a status whose scheduled milestone has since passed is
 * right without a rebuild.
 */
export function statusSchedule<M extends TimedMilestone>(
  milestones: readonly M[],
  track: Track,
  now: Date,
  campaignZone: string,
  options: StatusOptions<M> = {},
): StatusSlot<M>[] {
  const changes = [
    ...milestones,
    ...(options.dependsOn ?? [])
      .filter((d) => DEPENDENT_RELATIONS.includes(d.relation))
      .flatMap((d) => d.milestones.filter(countsForStatus)),
  ].map((m) => instantOf(m, campaignZone));
  let at = now.getTime();
  let status = deriveStatus(milestones, track, now, campaignZone, options);
  const slots: { from?: number; status: InstrumentStatus<M>; reached: readonly Stage[] }[] = [
    { status, reached: stagesReached(milestones, now, campaignZone) },
  ];
  for (;;) {
    const stall = stallsAt(status, campaignZone);
    const candidates = [...changes, ...(stall === undefined ? [] : [stall])].filter((t) => t > at);
    if (candidates.length === 0) break;
    at = Math.min(...candidates);
    const when = new Date(at);
    const next = deriveStatus(milestones, track, when, campaignZone, options);
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
