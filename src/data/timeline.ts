/**
 * How the timeline is split into pages. Up to TIMELINE_PAGE_LIMIT milestones, /timeline/ lists
 * them all; above it, /timeline/ shows the current year and every year has its own page.
 *
 * Why 1,000: measured in Chromium on a phone profile (390 px wide, CPU slowed 4×) with synthetic
 * campaigns (scripts/synthetic-content.ts). 1,000 milestones make a page of 54 KB gzipped and
 * about 8,400 elements, first paint 0.8 s, filters applied in under 100 ms; 5,000 make 235 KB and
 * 37,000 elements, first paint 1.7 s, and filtering or reordering takes 0.2 to 0.75 s, too slow
 * for a tap. The year pages (/timeline/<year>/) always exist, so their addresses stay valid
 * whichever way a campaign grows.
 *
 * POLICY_TIMELINE_PAGE_LIMIT overrides the limit (tests use it to build the split layout).
 */
import type { Milestone } from './content.ts';
import { readLimit } from './page-limit.ts';

export const TIMELINE_PAGE_LIMIT: number = readLimit('POLICY_TIMELINE_PAGE_LIMIT', 1000);

export interface TimelineYearPage {
  readonly year: number;
  readonly href: string;
  readonly milestones: readonly Milestone[];
}

export const timelineYearUrl = (year: number): string => `/timeline/${year}/`;

/** The years of each list of milestones: every timeline page asks for the site's whole list. */
const yearsOf = new WeakMap<readonly Milestone[], readonly TimelineYearPage[]>();

/** Every year that has milestones, oldest first, with its page address and milestones. */
export function timelineYears(milestones: readonly Milestone[]): readonly TimelineYearPage[] {
  let years = yearsOf.get(milestones);
  if (!years) yearsOf.set(milestones, (years = groupByYear(milestones)));
  return years;
}

function groupByYear(milestones: readonly Milestone[]): TimelineYearPage[] {
  const years = new Map<number, Milestone[]>();
  for (const m of milestones) {
    const year = Number(m.date.slice(0, 4));
    const list = years.get(year);
    if (list) list.push(m);
    else years.set(year, [m]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({ year, href: timelineYearUrl(year), milestones: list }));
}

/** The year /timeline/ opens on when it is split: the current one, else the last year before it, else the first. */
export function currentTimelineYear(
  years: readonly TimelineYearPage[],
  currentYear: number,
): TimelineYearPage | undefined {
  return (
    years.find((y) => y.year === currentYear) ??
    years.filter((y) => y.year < currentYear).at(-1) ??
    years[0]
  );
}
