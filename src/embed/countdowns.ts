/**
 * Countdowns inside a widget: the `<pt-countdown>` element (src/scripts/pt-countdown.ts) counts
 * for the reader's clock and zone, in the page's language; this gives it the words for hours and
 * minutes of the language the embed asks for, and recounts at once.
 */
import '../scripts/pt-countdown.ts';
import type { Widget } from './widget.ts';

export function localizeCountdowns({ options }: Widget): void {
  for (const el of document.querySelectorAll<HTMLElement & { update?: () => void }>(
    'pt-countdown',
  )) {
    el.dataset['exactFuture'] =
      el.getAttribute(`data-exact-future-${options.lang}`) ?? el.dataset['exactFuture'];
    el.dataset['exactPast'] =
      el.getAttribute(`data-exact-past-${options.lang}`) ?? el.dataset['exactPast'];
    el.update?.();
  }
}
