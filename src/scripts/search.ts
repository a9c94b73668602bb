/**
 * <pt-search>: the search page. Pagefind (its code and index, under /pagefind/) is loaded only
 * when the reader searches: a query or a facet in the URL (the header's search box sends
 * ?q=…), typing, or choosing a facet. The query and facets live in the URL, so a search can be
 * shared, and back and forward restore it.
 *
 * Results link to the page Pagefind indexed: a milestone's own page (its permalink) or an
 * instrument's page. Excerpts are rebuilt from text and <mark> only. Pagefind searches the index
 * of the page's language (`<html lang>`); the words come from `data-messages`.
 */
import type { Translator } from '../lib/shared/i18n.ts';
import { messagesOf } from './messages.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResults {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<PagefindResults | null>;
  preload(term: string): Promise<void>;
}

const PAGE = 10;
const FACET_KEY_RE = /^[a-z_]+$/;

class PtSearch extends HTMLElement {
  #pagefind: Promise<Pagefind | undefined> | undefined;
  #searchId = 0;
  #results: PagefindResults['results'] = [];
  #shown = 0;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #input: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #list: HTMLElement | null = null;
  #more: HTMLButtonElement | null = null;
  #t: Translator = messagesOf(this);

  connectedCallback(): void {
    this.#t = messagesOf(this);
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    this.#input = this.querySelector('[data-input]');
    this.#status = this.querySelector('[data-status]');
    this.#list = this.querySelector('[data-results-list]');
    this.#more = this.querySelector('[data-more]');
    const facets = this.querySelector<HTMLElement>('[data-facets]');
    if (facets) facets.hidden = false;

    form?.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#run('push');
    });
    this.#input?.addEventListener('input', () => {
      clearTimeout(this.#debounce);
      this.#debounce = setTimeout(() => void this.#run('replace'), 250);
    });
    for (const select of this.#facets())
      select.addEventListener('change', () => void this.#run('push'));
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      for (const select of this.#facets()) select.value = '';
      void this.#run('push');
    });
    this.#more?.addEventListener('click', () => void this.#showMore(this.#searchId));
    window.addEventListener('popstate', this.#onPopState);
    this.#readUrl();
    void this.#run('none');
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  #onPopState = (): void => {
    this.#readUrl();
    void this.#run('none');
  };

  #facets(): HTMLSelectElement[] {
    return [...this.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
  }

  /** Puts the URL's query and facets into the form (values the form does not offer are dropped). */
  #readUrl(): void {
    const params = new URLSearchParams(location.search);
    if (this.#input) this.#input.value = params.get('q') ?? '';
    for (const select of this.#facets()) {
      const value = params.get(select.name) ?? '';
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
  }

  #query(): { term: string; filters: Record<string, string> } {
    const filters: Record<string, string> = {};
    for (const select of this.#facets()) if (select.value) filters[select.name] = select.value;
    return { term: this.#input?.value.trim() ?? '', filters };
  }

  #say(text: string): void {
    if (this.#status) this.#status.textContent = text;
  }

  /** Loads Pagefind once, on the first search. */
  #load(): Promise<Pagefind | undefined> {
    this.#pagefind ??= (async () => {
      this.#say(this.#t('search.loading'));
      try {
        const bundle = this.dataset['bundle'] ?? '/pagefind/pagefind.js';
        const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
        // Instrument pages are long overviews; with Pagefind's defaults, short milestone pages
        // that merely mention a reference (such as "2021/1232") outrank the instrument it names.
        // Less weight on term frequency and page length puts the instrument first.
        await pagefind.options({ baseUrl: '/', ranking: { termFrequency: 0.3, pageLength: 0.3 } });
        await pagefind.init();
        return pagefind;
      } catch {
        return undefined;
      }
    })();
    return this.#pagefind;
  }

  async #run(history: 'push' | 'replace' | 'none'): Promise<void> {
    const id = ++this.#searchId;
    const { term, filters } = this.#query();
    if (history !== 'none') {
      const params = new URLSearchParams();
      if (term) params.set('q', term);
      for (const [key, value] of Object.entries(filters)) params.set(key, value);
      const url = params.size ? `${location.pathname}?${params.toString()}` : location.pathname;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      // The same search in English, for pages not yet translated into this page's language.
      const english = this.querySelector<HTMLAnchorElement>('a[data-english]');
      if (english) english.search = params.size ? `?${params.toString()}` : '';
    }
    if (!term && Object.keys(filters).length === 0) {
      this.#results = [];
      this.#list?.replaceChildren();
      if (this.#more) this.#more.hidden = true;
      this.#say(this.#t('search.prompt'));
      return;
    }
    const pagefind = await this.#load();
    if (id !== this.#searchId) return;
    if (!pagefind) {
      const t = this.#t;
      this.#say(t(t.has('search.unavailableDev') ? 'search.unavailableDev' : 'search.unavailable'));
      return;
    }
    const search = await pagefind.search(term || null, { filters });
    if (id !== this.#searchId || !search) return;
    this.#results = search.results;
    this.#shown = 0;
    this.#list?.replaceChildren();
    await this.#showMore(id);
    if (id !== this.#searchId) return;
    const n = search.results.length;
    this.#say(n === 0 ? this.#t('search.noResults') : this.#t('search.results', { count: n }));
  }

  async #showMore(id: number): Promise<void> {
    const next = this.#results.slice(this.#shown, this.#shown + PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (id !== this.#searchId || !this.#list) return;
    const first = this.#shown;
    this.#list.append(...data.map((d) => this.#render(d)));
    this.#shown += next.length;
    if (this.#more) this.#more.hidden = this.#shown >= this.#results.length;
    // After "show more", keyboard focus moves to the first new result.
    if (first > 0) this.#list.children[first]?.querySelector('a')?.focus();
  }

  #render(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search__result';
    const meta = document.createElement('p');
    meta.className = 'search__meta';
    const parts = d.meta['instrument']
      ? [d.meta['instrument'], d.meta['date'], d.meta['stage']]
      : [this.#t('search.instrumentResult')];
    meta.textContent = parts.filter(Boolean).join(' · ');
    const key = d.meta['confidence_key'];
    if (key && key !== 'official' && FACET_KEY_RE.test(key)) {
      const badge = document.createElement('span');
      badge.className = `badge badge--${key}`;
      badge.textContent = d.meta['confidence'] ?? key;
      meta.append(' ', badge);
    }
    const title = document.createElement('h2');
    title.className = 'search__title';
    const link = document.createElement('a');
    link.href = d.url;
    link.textContent = d.meta['title'] ?? d.url;
    title.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search__excerpt';
    excerpt.append(...excerptNodes(d.excerpt));
    li.append(title, meta, excerpt);
    return li;
  }
}

/** Pagefind's excerpt as text and <mark> elements only. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

if (!customElements.get('pt-search')) customElements.define('pt-search', PtSearch);
