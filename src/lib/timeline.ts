/**
 * The timeline's logic: which milestones a filter keeps, how a filter reads from and writes to a
 * URL query, how milestones are grouped by year and month in either order, and where the
 * "today" line goes.
 *
 * Pure and dependency-free: the build renders the timeline with it and the browser filters and
 * reorders with the same code (so it ships in the page's script: keep it small, import nothing).
 */

/** The two reading orders. */
export const TIMELINE_ORDERS = ['oldest', 'newest'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

/** Filters that take a set of values (any of them matches); each is also the query parameter's name. */
export const LIST_FILTERS = ['instrument', 'stage', 'actor', 'tag', 'confidence'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/**
 * How the stage filter names the stage an unconfirmed report would mean: "reported-adopted", a
 * value of its own beside "adopted". A filter for a stage answers "when did it reach it?", so it
 * never lists a report as if the stage had been reached; a reader can still pick what is reported.
 */
export const REPORTED_STAGE_PREFIX = 'reported-';

/**
 * The stage filter's value for a milestone's stage: the stage itself, or, on an unconfirmed
 * report, {@link REPORTED_STAGE_PREFIX} and the stage.
 * @example stageFilterValue('adopted', true) // 'reported-adopted'
 */
export const stageFilterValue = (stage: string, reported: boolean): string =>
  reported ? `${REPORTED_STAGE_PREFIX}${stage}` : stage;

/**
 * What the reader asked to see: for each list filter, the values picked (an empty list means
 * "any"); then the years, whether only deadlines, and the order.
 */
export interface TimelineFilter extends Readonly<Record<ListFilter, readonly string[]>> {
  /** First year shown (inclusive). */
  readonly from?: number | undefined;
  /** Last year shown (inclusive). */
  readonly to?: number | undefined;
  /** Only deadlines. */
  readonly deadlines: boolean;
  readonly order: TimelineOrder;
}

export const NO_FILTER: TimelineFilter = {
  instrument: [],
  stage: [],
  actor: [],
  tag: [],
  confidence: [],
  deadlines: false,
  order: 'oldest',
};

/** The facts of one milestone that filters look at. */
export interface TimelineFacts {
  readonly instrument: string;
  readonly stage?: string | undefined;
  readonly actor?: string | undefined;
  /** The instrument's tags and the milestone's own. */
  readonly tags: readonly string[];
  readonly confidence: string;
  readonly year: number;
  readonly deadline: boolean;
}

/** The values a filter may take; anything else in a URL is ignored. Omitted keys accept any value. */
export type FilterVocabulary = Partial<Record<ListFilter, readonly string[]>>;

const YEAR_RE = /^\d{4}$/;

/**
 * Reads a filter from a URL query ("?instrument=dsa&from=2021&deadlines=1"). Unknown parameters,
 * unknown values and malformed years are ignored, so a hand-edited or outdated link still opens
 * the timeline. A reversed year range is put the right way round.
 * @example parseFilter('?stage=trilogue&stage=adopted&order=newest') // stage: ['trilogue', 'adopted'], order: 'newest'
 */
export function parseFilter(
  query: string | URLSearchParams,
  vocabulary: FilterVocabulary = {},
): TimelineFilter {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const list = (key: ListFilter): string[] => {
    const allowed = vocabulary[key];
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');
    return [...new Set(values)].filter((v) => !allowed || allowed.includes(v));
  };
  const year = (key: 'from' | 'to'): number | undefined => {
    const value = params.get(key)?.trim() ?? '';
    return YEAR_RE.test(value) ? Number(value) : undefined;
  };
  let from = year('from');
  let to = year('to');
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const deadlines = ['1', 'true', 'yes', 'on'].includes(params.get('deadlines') ?? '');
  const order: TimelineOrder = params.get('order') === 'newest' ? 'newest' : 'oldest';
  return {
    instrument: list('instrument'),
    stage: list('stage'),
    actor: list('actor'),
    tag: list('tag'),
    confidence: list('confidence'),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    deadlines,
    order,
  };
}

/**
 * Writes a filter as a URL query without the "?", leaving out what is the default, in a fixed
 * order so that one view always has one address. `parseFilter(serializeFilter(f))` gives `f` back.
 * @example serializeFilter({ ...NO_FILTER, tag: ['eprivacy'], deadlines: true }) // 'tag=eprivacy&deadlines=1'
 */
export function serializeFilter(filter: TimelineFilter): string {
  const params = new URLSearchParams();
  for (const key of LIST_FILTERS) for (const value of filter[key]) params.append(key, value);
  if (filter.from !== undefined) params.set('from', String(filter.from));
  if (filter.to !== undefined) params.set('to', String(filter.to));
  if (filter.deadlines) params.set('deadlines', '1');
  if (filter.order !== 'oldest') params.set('order', filter.order);
  return params.toString();
}

/** Whether a filter hides anything (the order does not count). */
export function isFiltering(filter: TimelineFilter): boolean {
  return (
    LIST_FILTERS.some((key) => filter[key].length > 0) ||
    filter.from !== undefined ||
    filter.to !== undefined ||
    filter.deadlines
  );
}

/** Whether a milestone passes a filter: any of the values of one filter, and every filter. */
export function matchesFilter(facts: TimelineFacts, filter: TimelineFilter): boolean {
  const oneOf = (values: readonly string[], value: string | undefined): boolean =>
    values.length === 0 || (value !== undefined && values.includes(value));
  return (
    oneOf(filter.instrument, facts.instrument) &&
    oneOf(filter.stage, facts.stage) &&
    oneOf(filter.actor, facts.actor) &&
    oneOf(filter.confidence, facts.confidence) &&
    (filter.tag.length === 0 || filter.tag.some((t) => facts.tags.includes(t))) &&
    (filter.from === undefined || facts.year >= filter.from) &&
    (filter.to === undefined || facts.year <= filter.to) &&
    (!filter.deadlines || facts.deadline)
  );
}

// ---------------------------------------------------------------------------------------------
// Grouping

/** Anything with a partial ISO date ("2021", "2021-07", "2021-07-30"). */
export interface Dated {
  readonly date: string;
}

/** The milestones of one month, or those dated only by the year (`month` undefined). */
export interface TimelineGroup<T> {
  /** "2021" for the year's own group, "2021-07" for a month. */
  readonly key: string;
  readonly year: number;
  readonly month?: number;
  readonly items: readonly T[];
}

export interface TimelineYear<T> {
  readonly year: number;
  /** The year's own group (dates known only to the year) comes first, then the months. */
  readonly groups: readonly TimelineGroup<T>[];
}

/** The group a partial date belongs to: "2021-07" for a month or a day in it, "2021" for a year. */
export const groupKeyOf = (date: string): string => date.slice(0, 7);

/**
 * Groups milestones by year and month for display. `items` must be oldest first (as the data
 * layer orders them: by partial date, a coarser date first, then by instant).
 *
 * A date known only to the year heads its year, and a date known only to the month heads its
 * month, in both orders: "sometime in 2026" is read before the days of 2026 whichever way the
 * reader scrolls. Newest-first reverses everything else.
 * @example groupTimeline([{ date: '2021' }, { date: '2021-07-30' }])
 * // [{ year: 2021, groups: [{ key: '2021', items: [2021] }, { key: '2021-07', month: 7, items: [2021-07-30] }] }]
 */
export function groupTimeline<T extends Dated>(
  items: readonly T[],
  order: TimelineOrder = 'oldest',
): TimelineYear<T>[] {
  const years = new Map<number, Map<string, T[]>>();
  for (const item of items) {
    const year = Number(item.date.slice(0, 4));
    const key = groupKeyOf(item.date);
    let groups = years.get(year);
    if (!groups) {
      groups = new Map<string, T[]>();
      years.set(year, groups);
    }
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const out: TimelineYear<T>[] = [];
  for (const [year, groups] of years) {
    const list: TimelineGroup<T>[] = [];
    for (const [key, members] of groups) {
      const month = key.length === 7 ? Number(key.slice(5, 7)) : undefined;
      list.push({
        key,
        year,
        ...(month !== undefined ? { month } : {}),
        items: order === 'oldest' ? members : headFirst(members, (m) => m.date === key),
      });
    }
    out.push({
      year,
      groups: order === 'oldest' ? list : headFirst(list, (g) => g.month === undefined),
    });
  }
  return order === 'oldest' ? out : out.reverse();
}

/** Reverses a list, except that the items `isHead` picks stay at the front (themselves reversed). */
function headFirst<T>(list: readonly T[], isHead: (item: T) => boolean): T[] {
  const head: T[] = [];
  const rest: T[] = [];
  for (const item of list) (isHead(item) ? head : rest).push(item);
  return [...head.reverse(), ...rest.reverse()];
}

/** The items of a grouped timeline in reading order. */
export function flattenTimeline<T>(years: readonly TimelineYear<T>[]): T[] {
  return years.flatMap((y) => y.groups.flatMap((g) => g.items));
}

// ---------------------------------------------------------------------------------------------
// The "today" line

/**
 * Where the "today" line goes in a list in reading order, as the index of the item it comes
 * before (the list's length: after the last). It separates what has happened by `now` from what
 * has not: oldest first, it comes before the first milestone still to come; newest first, after
 * the last one still to come. `instants` are the milestones' epoch milliseconds (a deadline's is
 * when it falls due), in reading order.
 */
export function todayIndex(instants: readonly number[], now: number, order: TimelineOrder): number {
  if (order === 'oldest') {
    const i = instants.findIndex((t) => t > now);
    return i === -1 ? instants.length : i;
  }
  for (let i = instants.length - 1; i >= 0; i--) if ((instants[i] ?? 0) > now) return i + 1;
  return 0;
}

/** At which level of the list the line sits: between years, between months of a year, or between milestones of a month. */
export type TodayLevel = 'year' | 'group' | 'item';

/** The level of the boundary before item `index` of a list of dated items in reading order (see {@link todayIndex}). */
export function todayLevel(dates: readonly string[], index: number): TodayLevel {
  const before = dates[index - 1];
  const after = dates[index];
  if (before === undefined || after === undefined || before.slice(0, 4) !== after.slice(0, 4))
    return 'year';
  return groupKeyOf(before) === groupKeyOf(after) ? 'item' : 'group';
}
