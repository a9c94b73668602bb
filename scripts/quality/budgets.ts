/**
 * The weight budgets (DESIGN.md §5), measured on a built site: one checker for `npm run size:js`,
 * `npm run embed:budget`, the weight tests (tests/site/weight.test.ts) and the benchmark.
 * Every byte count is gzipSize() of site-output.ts (gzip level 9, each file on its own).
 *
 * - every page but search: at most 10 KB of JavaScript (inline and external, through imports);
 * - every widget page under /embed/, all it loads (HTML, CSS, JS): a countdown at most 6 KB, a
 *   status card and a timeline slice at most 15 KB, the lifespan chart at most 25 KB (a widget of
 *   another kind: 15 KB);
 * - /embed.js at most 2 KB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatBytes,
  gzipSize,
  isSearchRoute,
  KB,
  listPages,
  pageWeight,
  widgetKind,
  type PageWeight,
} from './site-output.ts';

export const PAGE_JS_BUDGET = 10 * KB;
/** Widget budgets by kind (the folder under /embed/), from the widget contract. */
export const WIDGET_BUDGETS: Readonly<Record<string, number>> = {
  countdown: 6 * KB,
  status: 15 * KB,
  timeline: 15 * KB,
  /** The lifespan chart's own budget (DESIGN.md §5): the widget, all of it, within it. */
  chart: 25 * KB,
};
/** A widget of a kind not named above still has to stay small. */
export const OTHER_WIDGET_BUDGET = 15 * KB;
export const LOADER_BUDGET = 2 * KB;

export type BudgetKind = 'page JavaScript' | 'widget' | 'loader';

export interface BudgetLine {
  readonly kind: BudgetKind;
  /** The page's route, or "/embed.js". */
  readonly route: string;
  /** A widget's kind ("countdown"), for widget lines. */
  readonly widget?: string;
  /** Gzipped bytes measured. */
  readonly bytes: number;
  /** The budget, or null where there is none (the search page's JavaScript). */
  readonly budget: number | null;
  /** Resources the page refers to that are not in the build (a broken page is over budget). */
  readonly missing: readonly string[];
  /** The page's weight, for page and widget lines. */
  readonly weight?: PageWeight;
}

export const overBudget = (line: BudgetLine): boolean =>
  line.missing.length > 0 || (line.budget !== null && line.bytes > line.budget);

/** Every budget line of the site built in `dist`: each page's JavaScript, each widget, the loader. */
export function measureBudgets(dist: string): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const page of listPages(dist)) {
    const weight = pageWeight(dist, page);
    const missing = weight.resources.missing;
    lines.push({
      kind: 'page JavaScript',
      route: page.route,
      bytes: weight.js,
      budget: isSearchRoute(page.route) ? null : PAGE_JS_BUDGET,
      missing,
      weight,
    });
    const widget = widgetKind(page.route);
    if (widget !== undefined)
      lines.push({
        kind: 'widget',
        route: page.route,
        widget,
        bytes: weight.total,
        budget: WIDGET_BUDGETS[widget] ?? OTHER_WIDGET_BUDGET,
        missing,
        weight,
      });
  }
  const loader = join(dist, 'embed.js');
  if (existsSync(loader))
    lines.push({
      kind: 'loader',
      route: '/embed.js',
      bytes: gzipSize(readFileSync(loader)),
      budget: LOADER_BUDGET,
      missing: [],
    });
  return lines;
}

/** One line of a report: "/embed.js  1.7 KB of 2.0 KB". */
export function describeLine(line: BudgetLine): string {
  const budget = line.budget === null ? ' (no budget)' : ` of ${formatBytes(line.budget)}`;
  const missing = line.missing.length ? `; missing: ${line.missing.join(', ')}` : '';
  return `${line.route}${line.widget ? ` (${line.widget} widget)` : ''}: ${formatBytes(line.bytes)}${budget}${overBudget(line) ? '  OVER BUDGET' : ''}${missing}`;
}
