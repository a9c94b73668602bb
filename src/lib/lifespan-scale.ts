/**
 * The lifespan chart's time scale: instants (epoch milliseconds) to x positions and back, and
 * where the "today" line goes for a reader's now.
 *
 * Imported by the build (src/lib/lifespan-svg.ts) AND by the browser (the small script that
 * moves the today line to the reader's date), so it imports nothing and stays a few lines.
 *
 * Why not d3-scale: the chart needs one linear map from time to x and ticks on whole years in
 * the campaign's time zone (computed by the layout, not by the scale). d3-scale's `scaleUtc`
 * would tick in UTC or the build machine's zone, not Brussels, and the browser would need the
 * same maths for the today line, where shipping d3 would break the page's 10 KB budget. Ten
 * lines of arithmetic, shared by both sides, are enough.
 */

/** A linear map from the instants [t0, t1] to the x positions [x0, x1]. */
export interface TimeScale {
  readonly t0: number;
  readonly t1: number;
  readonly x0: number;
  readonly x1: number;
}

/** The x of an instant; instants outside [t0, t1] map outside [x0, x1] (not clamped). */
export function xOf(scale: TimeScale, t: number): number {
  const span = scale.t1 - scale.t0;
  if (span <= 0) return scale.x0;
  return scale.x0 + ((t - scale.t0) / span) * (scale.x1 - scale.x0);
}

/** Where "now" falls relative to the chart's time range. */
export type TodayWhere = 'before' | 'inside' | 'after';

/**
 * The today line for a given now: its x, clamped to the chart's edges, and whether now is before,
 * inside or after the range (a reader years after the build sees the line at the right edge,
 * marked "after"; the chart says so rather than drawing it off the picture).
 */
export function placeToday(scale: TimeScale, now: number): { x: number; where: TodayWhere } {
  if (now < scale.t0) return { x: scale.x0, where: 'before' };
  if (now > scale.t1) return { x: scale.x1, where: 'after' };
  return { x: xOf(scale, now), where: 'inside' };
}

/** Room the today label needs on either side of its line before it is anchored to the other side. */
export const TODAY_LABEL_ROOM = 90;

/** How the today label sits on its line: centred, or turned inwards near an edge of the chart. */
export function todayAnchor(scale: TimeScale, x: number): 'start' | 'middle' | 'end' {
  if (x > scale.x1 - TODAY_LABEL_ROOM) return 'end';
  if (x < scale.x0 + TODAY_LABEL_ROOM) return 'start';
  return 'middle';
}

/** The scale as the today line's data attributes carry it (numbers as decimal strings). */
export function scaleAttributes(scale: TimeScale): Record<string, string> {
  return {
    'data-t0': String(scale.t0),
    'data-t1': String(scale.t1),
    'data-x0': String(scale.x0),
    'data-x1': String(scale.x1),
  };
}

/** Reads a scale back from those attributes (a dataset), or `undefined` if one is missing or not a number. */
export function readScale(data: {
  readonly [key: string]: string | undefined;
}): TimeScale | undefined {
  const values = ['t0', 't1', 'x0', 'x1'].map((key) => {
    const text = data[key];
    return text === undefined || text.trim() === '' ? NaN : Number(text);
  });
  const [t0, t1, x0, x1] = values;
  if (t0 === undefined || t1 === undefined || x0 === undefined || x1 === undefined)
    return undefined;
  if (!values.every(Number.isFinite)) return undefined;
  return { t0, t1, x0, x1 };
}
