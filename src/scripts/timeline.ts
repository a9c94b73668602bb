/**
 * <pt-timeline>: instant filtering and reordering of the server-rendered timeline, with the
 * filter kept in the URL query (shareable; back and forward restore it), and the "today" line
 * moved to the reader's own now (and kept there while the page stays open).
 *
 * All decisions come from src/lib/timeline.ts, the code the build used to render the page.
 */
import {
  LIST_FILTERS,
  NO_FILTER,
  flattenTimeline,
  groupTimeline,
  isFiltering,
  matchesFilter,
  parseFilter,
  serializeFilter,
  todayIndex,
  todayLevel,
  type FilterVocabulary,
  type TimelineFacts,
  type TimelineFilter,
  type TimelineOrder,
} from '../lib/timeline.ts';
import { messagesOf } from './messages.ts';

interface Item {
  readonly el: HTMLElement;
  readonly date: string;
  readonly at: number;
  readonly facts: TimelineFacts;
}

const pad = (n: number): string => String(n).padStart(2, '0');

class PtTimeline extends HTMLElement {
  #items: Item[] = [];
  #years = new Map<string, HTMLElement>();
  #groups = new Map<string, HTMLElement>();
  #list: HTMLElement | null = null;
  #today: HTMLElement | null = null;
  #form: HTMLFormElement | null = null;
  #status: HTMLElement | null = null;
  #countText = '';
  #filter: TimelineFilter = NO_FILTER;
  #order: TimelineOrder = 'oldest';
  #timer: ReturnType<typeof setInterval> | undefined;

  connectedCallback(): void {
    this.#list = this.querySelector('[data-list]');
    this.#today = this.querySelector('[data-today]');
    this.#form = this.querySelector('form[data-filters]');
    this.#status = this.querySelector('[data-status]');
    this.#countText = this.#status?.textContent ?? '';
    // The page is rendered oldest first; this is the order every regrouping starts from.
    this.#items = [...this.querySelectorAll<HTMLElement>('.tl-item')].map((el) => {
      const d = el.dataset;
      const date = d['date'] ?? '';
      return {
        el,
        date,
        at: Number(d['at']),
        facts: {
          instrument: d['instrument'] ?? '',
          stage: d['stage'],
          actor: d['actor'],
          tags: (d['tags'] ?? '').split(' ').filter(Boolean),
          confidence: d['confidence'] ?? '',
          year: Number(date.slice(0, 4)),
          deadline: d['deadline'] !== undefined,
        },
      };
    });
    for (const el of this.querySelectorAll<HTMLElement>('[data-year]'))
      this.#years.set(el.dataset['year'] ?? '', el);
    for (const el of this.querySelectorAll<HTMLElement>('[data-group]'))
      this.#groups.set(el.dataset['group'] ?? '', el);

    const box = this.querySelector<HTMLDetailsElement>('[data-filters-box]');
    const initial = this.#parse(new URLSearchParams(location.search));
    if (box) {
      box.hidden = false;
      // Open where there is room, or when the link already filters; folded on a phone.
      box.open = isFiltering(initial) || window.matchMedia('(min-width: 48rem)').matches;
    }
    if (this.#form) {
      this.#form.addEventListener('change', this.#onChange);
      // Filters apply as they change; the submit button is only for forms without this script.
      this.#form.addEventListener('submit', (e) => e.preventDefault());
      for (const button of this.#form.querySelectorAll<HTMLButtonElement>('button[type="submit"]'))
        button.hidden = true;
    }
    this.addEventListener('click', this.#onClick);
    window.addEventListener('popstate', this.#onPopState);
    document.addEventListener('visibilitychange', this.#onVisible);
    // The line moves when a milestone's moment passes while the page stays open.
    this.#timer = setInterval(() => this.#placeToday(), 60_000);
    this.#show(initial);
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onPopState);
    document.removeEventListener('visibilitychange', this.#onVisible);
    clearInterval(this.#timer);
  }

  /** The values the form offers; anything else in a URL is ignored. */
  #vocabulary(): FilterVocabulary {
    const vocabulary: Record<string, string[]> = {};
    for (const key of LIST_FILTERS) {
      const select = this.#control<HTMLSelectElement>(key);
      if (select) vocabulary[key] = [...select.options].map((o) => o.value).filter(Boolean);
    }
    return vocabulary;
  }

  /** A filter from a query, keeping only what this page's form offers (a one-year page has no year range). */
  #parse(params: URLSearchParams): TimelineFilter {
    const filter = parseFilter(params, this.#vocabulary());
    return this.#control('from') ? filter : { ...filter, from: undefined, to: undefined };
  }

  #control<T extends Element>(name: string): T | null {
    return this.#form?.querySelector<T & Element>(`[name="${name}"]`) ?? null;
  }

  #readForm(): TimelineFilter {
    const value = (name: string): string => this.#control<HTMLSelectElement>(name)?.value ?? '';
    const params = new URLSearchParams();
    for (const key of [...LIST_FILTERS, 'from', 'to', 'order'])
      if (value(key)) params.set(key, value(key));
    if (this.#control<HTMLInputElement>('deadlines')?.checked) params.set('deadlines', '1');
    return this.#parse(params);
  }

  #writeForm(filter: TimelineFilter): void {
    const set = (name: string, value: string): void => {
      const select = this.#control<HTMLSelectElement>(name);
      if (select) select.value = value;
    };
    for (const key of LIST_FILTERS) set(key, filter[key][0] ?? '');
    set('from', filter.from === undefined ? '' : String(filter.from));
    set('to', filter.to === undefined ? '' : String(filter.to));
    set('order', filter.order);
    const deadlines = this.#control<HTMLInputElement>('deadlines');
    if (deadlines) deadlines.checked = filter.deadlines;
  }

  #onChange = (): void => this.#navigate(this.#readForm());

  #onClick = (event: Event): void => {
    const target = event.target instanceof Element ? event.target.closest('[data-clear]') : null;
    if (!target) return;
    event.preventDefault();
    this.#navigate({ ...NO_FILTER, order: this.#filter.order });
    // The "clear" link of an empty result disappears: focus goes to the filters instead.
    if (target.closest('[data-empty]')) this.#form?.querySelector<HTMLElement>('select')?.focus();
  };

  #onPopState = (): void => this.#show(this.#parse(new URLSearchParams(location.search)));

  #onVisible = (): void => {
    if (document.visibilityState === 'visible') this.#placeToday();
  };

  /** Links to other parts of the timeline (other years) take the filter along. */
  #carryQuery(filter: TimelineFilter): void {
    // A year range makes no sense on another year's page.
    const query = serializeFilter({ ...filter, from: undefined, to: undefined });
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')) {
      const url = new URL(link.href);
      url.search = query;
      link.href = url.href;
    }
  }

  /** A new view: a new history entry, so the back button returns to the previous one. */
  #navigate(filter: TimelineFilter): void {
    const query = serializeFilter(filter);
    history.pushState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
    this.#show(filter);
  }

  #show(filter: TimelineFilter): void {
    this.#filter = filter;
    this.#writeForm(filter);
    this.#carryQuery(filter);
    if (filter.order !== this.#order) this.#reorder(filter.order);
    let shown = 0;
    const visibleGroups = new Set<string>();
    const visibleYears = new Set<string>();
    for (const item of this.#items) {
      const visible = matchesFilter(item.facts, filter);
      item.el.hidden = !visible;
      if (visible) {
        shown++;
        visibleGroups.add(item.date.slice(0, 7));
        visibleYears.add(item.date.slice(0, 4));
      }
    }
    for (const [key, el] of this.#groups) el.hidden = !visibleGroups.has(key);
    for (const [key, el] of this.#years) el.hidden = !visibleYears.has(key);
    for (const link of this.querySelectorAll<HTMLElement>('[data-year-link]'))
      link.hidden = !visibleYears.has(link.dataset['yearLink'] ?? '');
    const empty = shown === 0 && this.#items.length > 0;
    const emptyBox = this.querySelector<HTMLElement>('[data-empty]');
    if (emptyBox) emptyBox.hidden = !empty;
    if (this.#list) this.#list.hidden = empty;
    const jump = this.querySelector<HTMLElement>('.tl-jump');
    if (jump) jump.hidden = empty;
    if (this.#status) {
      this.#status.textContent = isFiltering(filter)
        ? messagesOf(this)('timeline.showing', { shown, total: this.#items.length })
        : this.#countText;
    }
    this.#placeToday();
  }

  /** Puts years, months and milestones in the given order; the grouping rules are the build's. */
  #reorder(order: TimelineOrder): void {
    const list = this.#list;
    if (!list) return;
    this.#today?.remove();
    for (const year of groupTimeline(this.#items, order)) {
      const yearEl = this.#years.get(String(year.year));
      if (!yearEl) continue;
      list.append(yearEl);
      const groupList = yearEl.querySelector('.tl-groups');
      for (const group of year.groups) {
        const groupEl = this.#groups.get(group.key);
        if (!groupEl || !groupList) continue;
        groupList.append(groupEl);
        const itemList = groupEl.querySelector('.tl-items');
        for (const item of group.items) itemList?.append(item.el);
      }
    }
    this.#order = order;
  }

  /** Places the "today" line between what has happened by the reader's now and what has not, among the milestones shown. */
  #placeToday(): void {
    const line = this.#today;
    const list = this.#list;
    if (!line || !list) return;
    const now = Date.now();
    for (const item of this.#items) item.el.classList.toggle('tl-item--future', item.at > now);
    const stream = flattenTimeline(
      groupTimeline(
        this.#items.filter((i) => !i.el.hidden),
        this.#order,
      ),
    );
    line.hidden = stream.length === 0;
    const index = todayIndex(
      stream.map((i) => i.at),
      now,
      this.#order,
    );
    const level = todayLevel(
      stream.map((i) => i.date),
      index,
    );
    const next = stream[index];
    if (!next) list.append(line);
    else if (level === 'year') this.#years.get(next.date.slice(0, 4))?.before(line);
    else if (level === 'group') this.#groups.get(next.date.slice(0, 7))?.before(line);
    else next.el.before(line);

    const today = new Date(now);
    const time = line.querySelector('time');
    if (time) {
      time.dateTime = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
      time.textContent = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        dateStyle: 'long',
      }).format(today);
    }
  }
}

if (!customElements.get('pt-timeline')) customElements.define('pt-timeline', PtTimeline);
