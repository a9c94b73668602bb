/**
 * `npm run embed:budget`: what each widget costs a partner's visitor, from the built site in dist/
 * (run `npm run build` first): for the largest widget of each kind, its HTML and every stylesheet
 * and script it loads (through their imports), each gzipped on its own; and the loader, /embed.js.
 * The budgets and the measuring are scripts/quality/budgets.ts, which the weight tests and the
 * benchmark use too. Prints one line per kind and exits 1 when one is over its budget.
 *
 *   npm run embed:budget            measures dist/
 *   npm run embed:budget -- <dir>   measures another build
 */
import { existsSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { describeLine, measureBudgets, overBudget, type BudgetLine } from './quality/budgets.ts';
import { formatBytes } from './quality/site-output.ts';

/** The most expensive widget of each kind, and the loader. */
export function widgetSummary(dist: string): BudgetLine[] {
  const lines = measureBudgets(dist);
  const largest = new Map<string, BudgetLine>();
  for (const line of lines)
    if (line.kind === 'widget' && line.widget !== undefined) {
      const top = largest.get(line.widget);
      if (!top || line.bytes > top.bytes) largest.set(line.widget, line);
    }
  return [
    ...[...largest.values()].sort((a, b) => (a.widget ?? '').localeCompare(b.widget ?? '')),
    ...lines.filter((l) => l.kind === 'loader'),
  ];
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(dist, 'embed.js'))) {
    console.error(`No built site with widgets in ${dist}: run npm run build first.`);
    process.exit(1);
  }
  const summary = widgetSummary(dist);
  for (const line of summary) {
    const files = line.weight
      ? ` (html ${formatBytes(line.weight.html)}; ${[...line.weight.resources.stylesheets, ...line.weight.resources.scripts].map((f) => posix.basename(f)).join(', ')})`
      : '';
    console.log(`${describeLine(line)}${files}`);
  }
  if (summary.some(overBudget)) process.exit(1);
}
