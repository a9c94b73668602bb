/**
 * The lifespan chart's "today" line, moved to the reader's now: `<g data-lc-today>` carries the
 * chart's time scale (`data-t0`, `data-t1`, `data-x0`, `data-x1`) and its two messages
 * (`data-messages`: `chart.todayDate`, `chart.todayOutside`, with `{date}`), see
 * src/lib/lifespan-svg.ts. It follows `<pt-countdown>`'s clock (its `pt-update` event: on load,
 * every minute, when the tab is shown again), so the chart has no timer of its own, and only
 * pages with a chart load this. The placement is the build's own code
 * (src/lib/lifespan-scale.ts); the date is the reader's, in their zone.
 */
import { placeToday, readScale, todayAnchor } from '../lib/lifespan-scale.ts';
import { formatDayIn } from '../lib/shared/format.ts';

export function moveToday(line: SVGElement, now: number, locale: string | undefined): void {
  const scale = readScale(line.dataset);
  if (!scale) return;
  const { x, where } = placeToday(scale, now);
  line.setAttribute('transform', `translate(${Math.round(x * 10) / 10} 0)`);
  const label = line.querySelector('text');
  const words = JSON.parse(line.dataset['messages'] ?? '{}') as Record<string, string | undefined>;
  const template = words[where === 'inside' ? 'chart.todayDate' : 'chart.todayOutside'];
  if (!label || !template) return;
  label.setAttribute('text-anchor', todayAnchor(scale, x));
  label.textContent = template.replace('{date}', formatDayIn(now, undefined, locale));
}

const lines = (root: ParentNode): NodeListOf<SVGElement> =>
  root.querySelectorAll<SVGElement>('[data-lc-today]');
const localeOf = (el: Element): string | undefined =>
  el.closest<HTMLElement>('[data-lang]')?.dataset['lang'] ?? undefined;

document.addEventListener('pt-update', (event) => {
  const root = event.target;
  const now = (event as CustomEvent<unknown>).detail;
  if (!(root instanceof HTMLElement) || typeof now !== 'number') return;
  for (const line of lines(root)) moveToday(line, now, localeOf(line));
});
// A <pt-countdown> that ran before this script was loaded: place the lines once now.
for (const line of lines(document)) moveToday(line, Date.now(), localeOf(line));
