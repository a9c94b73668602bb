/**
 * What depends on the build's "now": the deadlines page's groups, the headline countdown over
 * time and every instrument's status over time. Derived once per build from getSite(), with the
 * pure functions of src/lib; the browser re-picks among these for its own clock.
 */
import {
  groupDeadlines,
  headlineSchedule,
  reportedDeadlineSchedule,
  type DeadlineGroups,
  type HeadlineSlot,
  type ReportedSlot,
} from '../lib/deadlines.ts';
import { statusDependencies, statusSchedule, type StatusSlot } from '../lib/status.ts';
import { getSite, type Milestone } from './content.ts';

export interface TimeViews {
  /** Deadline chains at build time: upcoming, unconfirmed reports, past. */
  readonly deadlines: DeadlineGroups<Milestone>;
  /** The headline countdown's slots, from the build on. */
  readonly headline: readonly HeadlineSlot<Milestone>[];
  /** The nearest reported (unconfirmed) deadline ahead, over time: shown beside "no confirmed deadline", labelled, never counted down. */
  readonly reportedHeadline: readonly ReportedSlot<Milestone>[];
  /** Each instrument's status slots from the build on, by instrument id. */
  readonly statuses: ReadonlyMap<string, readonly StatusSlot<Milestone>[]>;
}

let cached: Promise<TimeViews> | undefined;

export function getTimeViews(): Promise<TimeViews> {
  cached ??= (async () => {
    const site = await getSite();
    const now = site.builtAt;
    const zone = site.campaign.timeZone;
    const byId = new Map(site.instruments.map((i) => [i.id, i]));
    return {
      deadlines: groupDeadlines(site.milestones, now),
      headline: headlineSchedule(site.milestones, now),
      reportedHeadline: reportedDeadlineSchedule(site.milestones, now),
      statuses: new Map(
        site.instruments.map((i) => [
          i.id,
          statusSchedule(i.milestones, i.track, now, zone, {
            dependsOn: statusDependencies(i.related, byId),
          }),
        ]),
      ),
    };
  })();
  return cached;
}

/** An instant as the ISO string the `<pt-countdown>` element reads (UTC). */
export const isoInstant = (instant: number): string => new Date(instant).toISOString();
