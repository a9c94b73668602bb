/**
 * `<pt-countdown>`: brings the time-dependent parts inside it up to date for the reader's own
 * clock and time zone: once connected, at every new minute, and when the tab becomes visible.
 * The HTML inside carries the build's values, so everything reads right without JavaScript
 * (as of the build); this element only recomputes. It assumes nothing about the page around it
 * (site pages and the embeddable widgets use it alike) and reads only data-* attributes:
 *
 * On the element (all optional):
 * - `data-lang`: the BCP 47 language of the phrases; default: the nearest `lang` attribute.
 * - `data-messages`: JSON with the catalogue's `countdown.exactFuture` and `countdown.exactPast`,
 *   the templates for the hours and minutes shown within 48 hours, `{duration}` standing for
 *   "30 hours, 12 minutes": "in {duration}", "{duration} ago" (src/i18n/client.ts).
 *
 * On elements inside it:
 * - `data-pt-due="<ISO instant>"` with `data-pt-zone="<IANA zone>"`: its text becomes the
 *   countdown ("in 3 days", "tomorrow", "today (in 5 hours, 2 minutes)", "2 days ago"), days
 *   counted in calendar days of that zone.
 * - `data-pt-local="<ISO instant>"`: its text becomes that instant in the reader's time zone.
 * - `data-pt-from="<ISO instant>"` and/or `data-pt-until="<ISO instant>"`: shown (the `hidden`
 *   attribute removed) only while from <= now < until. The build renders one variant per span of
 *   time (which deadline is next, which list a deadline is in, an instrument's status) and picks
 *   them with src/lib, where unconfirmed reports never become a headline or a status; this
 *   element only shows the variant the reader's clock falls in.
 * - `data-pt-reveal`: un-hidden once the element runs (content that needs the script).
 * - `data-pt-now`: its text becomes the reader's date ("as of 12 April 2027").
 *
 * After each update it dispatches a `pt-update` event (bubbling; `detail`: the now it used), so
 * other time-dependent parts follow the same clock without a timer of their own: the lifespan
 * chart's today line does (src/scripts/lifespan-today.ts, loaded only where a chart is).
 *
 * Nothing it changes is a live region: a countdown that ticks every minute is not announced to
 * screen readers. Put the meaning in static text (the date it falls due) beside it.
 */
import { describeCountdown, formatDayIn, formatInstantIn } from '../lib/shared/format.ts';

class PtCountdown extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onVisible = (): void => {
    if (!document.hidden) this.update();
  };
  #tick = (): void => {
    this.update();
    this.#timer = setTimeout(this.#tick, 60_000 - (Date.now() % 60_000));
  };

  connectedCallback(): void {
    document.addEventListener('visibilitychange', this.#onVisible);
    this.#tick();
  }

  disconnectedCallback(): void {
    clearTimeout(this.#timer);
    document.removeEventListener('visibilitychange', this.#onVisible);
  }

  /** Recomputes everything inside for `now` (epoch milliseconds). */
  update(now: number = Date.now()): void {
    const { lang = this.closest('[lang]')?.getAttribute('lang') ?? undefined, messages } =
      this.dataset;
    const words = JSON.parse(messages ?? '{}') as Record<string, string | undefined>;
    const exact = { future: words['countdown.exactFuture'], past: words['countdown.exactPast'] };
    const each = (selector: string, fn: (el: HTMLElement, d: DOMStringMap) => void): void =>
      this.querySelectorAll<HTMLElement>(selector).forEach((el) => fn(el, el.dataset));
    const at = (iso: string | undefined, otherwise: number): number =>
      iso ? Date.parse(iso) : otherwise;
    each('[data-pt-due]', (el, d) => {
      const due = Date.parse(d['ptDue'] ?? '');
      if (due && d['ptZone'])
        el.textContent = describeCountdown(due, d['ptZone'], now, lang, exact);
    });
    each('[data-pt-local]', (el, d) => {
      const instant = Date.parse(d['ptLocal'] ?? '');
      if (instant) el.textContent = formatInstantIn(instant, undefined, lang);
    });
    each(
      '[data-pt-from],[data-pt-until]',
      (el, d) =>
        (el.hidden = !(at(d['ptFrom'], -Infinity) <= now && now < at(d['ptUntil'], Infinity))),
    );
    each('[data-pt-reveal]', (el) => (el.hidden = false));
    each('[data-pt-now]', (el) => (el.textContent = formatDayIn(now, undefined, lang)));
    this.dispatchEvent(new CustomEvent('pt-update', { bubbles: true, detail: now }));
  }
}

if (!customElements.get('pt-countdown')) customElements.define('pt-countdown', PtCountdown);
