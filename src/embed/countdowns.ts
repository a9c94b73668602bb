/**
 * Countdowns inside a widget: the `<pt-countdown>` element (src/scripts/pt-countdown.ts) counts
 * for the reader's clock and zone, in the page's language; this gives it the words for hours and
 * minutes of the language the embed asks for (`data-messages-<lang>`), and recounts at once.
 */
import '../scripts/pt-countdown.ts';
import type { Widget } from './widget.ts';

export function localizeCountdowns({ options }: Widget): void {
  for (const el of document.querySelectorAll<HTMLElement & { update?: () => void }>(
    'pt-countdown',
  )) {
    const words = el.getAttribute(`data-messages-${options.lang}`);
    if (words) el.dataset['messages'] = words;
    el.update?.();
  }
}
