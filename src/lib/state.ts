/**
 * The state a stage or an instrument's status is shown in: one small vocabulary for the whole
 * site and the widgets, each state with one colour and one symbol (src/styles/status.css) and
 * always its words. Pure: it reads a status, it derives nothing new.
 *
 * - `open`: the file is moving (a stage before the act exists);
 * - `done`: the act exists and has effect (adopted, in force, applies; a strategy adopted);
 * - `ended`: an end off the path (expired, repealed, …), or no effect left because the act it
 *   amends or extends has ended;
 * - `stalled`: open, but nothing has happened for nine months;
 * - `reported`: an unconfirmed report (never the state of a status: only of a reported step);
 * - `scheduled`: a step still to come.
 */
import { LEGISLATIVE_STAGES, TERMINAL_STAGES, type Stage } from './schema.ts';
import type { InstrumentStatus, TimedMilestone } from './status.ts';

export const STATES = ['open', 'done', 'ended', 'stalled', 'reported', 'scheduled'] as const;
export type State = (typeof STATES)[number];

/** Stages at which the act exists: adopted and after on the legislative track, and a strategy's later stages. */
const DONE_STAGES: ReadonlySet<Stage> = new Set<Stage>([
  ...LEGISLATIVE_STAGES.slice(LEGISLATIVE_STAGES.indexOf('adopted')),
  'in-implementation',
  'reviewed',
]);

/** The state a stage shows by itself (on a badge): an end, an act that exists, or a file still moving. */
export function stageState(stage: Stage): 'open' | 'done' | 'ended' {
  if (TERMINAL_STAGES.includes(stage)) return 'ended';
  return DONE_STAGES.has(stage) ? 'done' : 'open';
}

/**
 * The state of an instrument's status: ended (an end, or its effect ended with the act it
 * amends or extends), stalled, done (finished), or open. A report never changes it.
 */
export function statusState<M extends TimedMilestone>(
  status: Pick<InstrumentStatus<M>, 'terminal' | 'stalled' | 'finished' | 'effectEnded'>,
): 'open' | 'done' | 'ended' | 'stalled' {
  if (status.terminal || status.effectEnded) return 'ended';
  if (status.stalled) return 'stalled';
  return status.finished ? 'done' : 'open';
}
