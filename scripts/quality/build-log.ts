/**
 * Where a build's page generation goes, from Astro's own build log: it logs every page and
 * endpoint it writes with the time that took ("├─ /fr/instruments/dsa/index.html (+2ms)"),
 * which the benchmark groups by the route that made it (src/pages/…) to show which pages the
 * build's time goes to, and how each compares with a page of the Astro floor.
 */
import { patternFinder, type Pattern } from './templates.ts';

/** One page or endpoint Astro wrote, and how long it took, ms. */
export interface PageTime {
  readonly route: string;
  readonly ms: number;
}

/** The time Astro gives a page in its log: "(+2ms)", "(+1.20s)". */
const PAGE_LINE = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/** Terminal colours, which Astro writes even into a pipe. */
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const COLOUR = /\x1b\[[\d;]*m/g;

/** Every page and endpoint of a build log, with its time, in the order Astro wrote them. */
export function pageTimes(log: string): PageTime[] {
  const times: PageTime[] = [];
  for (const line of log.split('\n')) {
    const found = PAGE_LINE.exec(line.replace(COLOUR, ''));
    if (!found) continue;
    const [, file = '', amount = '0', unit] = found;
    times.push({
      route: file.replace(/(^|\/)index\.html$/, '$1'),
      ms: Number(amount) * (unit === 's' ? 1000 : 1),
    });
  }
  return times;
}

/** A route pattern's share of page generation. */
export interface RouteTime {
  /** The pattern as a route ("/instruments/[id]/[milestone]/"), every language together. */
  readonly pattern: string;
  readonly pages: number;
  readonly ms: number;
}

/**
 * The page times grouped by the route pattern that made them, the most time first. A route is
 * matched without its language prefix when that is one of `langs` ("/fr/…").
 */
export function timeByRoute(
  times: readonly PageTime[],
  patterns: readonly Pattern[],
  langs: readonly string[],
): RouteTime[] {
  const patternOf = patternFinder(patterns);
  const groups = new Map<string, { pages: number; ms: number }>();
  for (const { route, ms } of times) {
    // The language of a page is its prefix; a page without one (the default language's) is
    // matched as it is.
    const first = route.split('/')[1] ?? '';
    const pattern = patternOf(route, langs.includes(first) ? first : '');
    const group = groups.get(pattern) ?? { pages: 0, ms: 0 };
    group.pages += 1;
    group.ms += ms;
    groups.set(pattern, group);
  }
  return [...groups]
    .map(([pattern, g]) => ({ pattern, ...g }))
    .sort((a, b) => b.ms - a.ms || a.pattern.localeCompare(b.pattern));
}
