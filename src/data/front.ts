/**
 * The home page's views at the build's now, derived once per build with src/lib/front.ts: the
 * files that lead ("Now"), the finished and ended ones, what is coming up, and the latest
 * milestones (the "Recently changed" list until the record's history has its own view).
 */
import { comingUp, frontGroups, type ComingUp, type FrontGroups } from '../lib/front.ts';
import { countsForStatus } from '../lib/status.ts';
import { getSite, type Instrument, type Milestone } from './content.ts';

export interface FrontViews {
  readonly groups: FrontGroups<Instrument, Milestone>;
  readonly comingUp: ComingUp<Milestone>;
  /** Confirmed milestones that have happened, newest first. */
  readonly latest: readonly Milestone[];
}

/** How many of each list the home page shows. */
export const FRONT_LIMITS = { comingUp: 6, reported: 4, latest: 6 } as const;

let cached: Promise<FrontViews> | undefined;

export function getFrontViews(): Promise<FrontViews> {
  cached ??= (async () => {
    const site = await getSite();
    const now = site.builtAt;
    return {
      groups: frontGroups(site.instruments, now, site.campaign.timeZone),
      comingUp: comingUp(site.milestones, now, {
        limit: FRONT_LIMITS.comingUp,
        reportedLimit: FRONT_LIMITS.reported,
      }),
      latest: site.milestones
        .filter((m) => m.happenedAtBuild && countsForStatus(m))
        .slice(-FRONT_LIMITS.latest)
        .reverse(),
    };
  })();
  return cached;
}
