/**
 * Measurements in headless Chromium for the benchmark: how a page renders on a phone, and how
 * fast search answers.
 */
import type { Browser, BrowserContext } from 'playwright-core';

/** A mid-range phone: 390×844 CSS pixels, and the CPU slowed four times through CDP. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
} as const;
export const CPU_SLOWDOWN = 4;

export interface RenderMeasure {
  /** Elements in the document once loaded. */
  readonly domNodes: number;
  /** First contentful paint, ms from navigation start (median of the runs). */
  readonly fcp: number | null;
  /** Largest contentful paint, ms. */
  readonly lcp: number | null;
  /** DOMContentLoaded end, ms. */
  readonly domContentLoaded: number;
  /** Load event end, ms. */
  readonly load: number;
  readonly runs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Opens `url` on an emulated phone with a slowed CPU, each run in a fresh context (cold cache), and reports the medians. */
export async function measureRender(
  browser: Browser,
  url: string,
  runs = 3,
): Promise<RenderMeasure> {
  const samples: {
    domNodes: number;
    fcp: number | null;
    lcp: number | null;
    dcl: number;
    load: number;
  }[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ ...PHONE });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      samples.push(
        await page.evaluate(async () => {
          const lcp = await new Promise<number | null>((resolve) => {
            let last: number | null = null;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) last = entry.startTime;
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(last), 200);
          });
          const nav = performance.getEntriesByType('navigation')[0] as
            PerformanceNavigationTiming | undefined;
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
          return {
            domNodes: document.getElementsByTagName('*').length,
            fcp,
            lcp,
            dcl: nav?.domContentLoadedEventEnd ?? 0,
            load: nav?.loadEventEnd ?? 0,
          };
        }),
      );
    } finally {
      await context.close();
    }
  }
  const nums = (pick: (s: (typeof samples)[number]) => number | null): number | null => {
    const values = samples.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  return {
    domNodes: samples[0]?.domNodes ?? 0,
    fcp: nums((s) => s.fcp),
    lcp: nums((s) => s.lcp),
    domContentLoaded: nums((s) => s.dcl) ?? 0,
    load: nums((s) => s.load) ?? 0,
    runs,
  };
}

export interface SearchMeasure {
  readonly query: string;
  /** ms from the query entering the box (one input event) to the first result link on screen: first search (loads the index). */
  readonly cold: number;
  /** The same for later searches on the same page (median). */
  readonly warm: number;
  readonly warmQueries: readonly string[];
}

/** The search box of a search page: the first text or search input in the main content. */
const SEARCH_INPUT =
  'main input[type="search"], main input[type="text"], input[type="search"], [role="searchbox"]';

/**
 * Search latency on a search page: sets each query in the search box as a single input event
 * (as pasting does) and waits for a new, visible link to appear: the first result. Desktop
 * viewport, no CPU slowdown. The first query includes loading Pagefind and its index.
 */
export async function measureSearch(
  browser: Browser,
  url: string,
  queries: readonly [string, ...string[]],
): Promise<SearchMeasure> {
  const context: BrowserContext = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector(SEARCH_INPUT, { state: 'visible', timeout: 10_000 });
    const times: number[] = [];
    for (const query of queries) {
      const ms = await page.evaluate(
        ({ selector, query }) =>
          new Promise<number | null>((resolve) => {
            const input = document.querySelector<HTMLInputElement>(selector);
            if (!input) return resolve(null);
            const before = new Map<Element, string | null>(
              [...document.querySelectorAll('a[href]')].map((a) => [a, a.getAttribute('href')]),
            );
            const isResult = (a: Element): boolean => {
              const href = a.getAttribute('href') ?? '';
              return (
                href !== '' &&
                !href.startsWith('#') &&
                (!before.has(a) || before.get(a) !== href) &&
                a.getClientRects().length > 0
              );
            };
            let start = 0;
            const done = (value: number | null): void => {
              observer.disconnect();
              clearTimeout(timeout);
              resolve(value);
            };
            const observer = new MutationObserver(() => {
              if ([...document.querySelectorAll('a[href]')].some(isResult))
                done(performance.now() - start);
            });
            const timeout = setTimeout(() => done(null), 30_000);
            observer.observe(document.body, {
              childList: true,
              subtree: true,
              attributes: true,
              attributeFilter: ['href', 'hidden', 'class', 'style'],
            });
            input.focus();
            input.value = '';
            input.dispatchEvent(new Event('input', { bubbles: true }));
            start = performance.now();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        { selector: SEARCH_INPUT, query },
      );
      if (ms === null) throw new Error(`no result appeared within 30 s for "${query}" on ${url}`);
      times.push(ms);
    }
    const [cold = 0, ...warm] = times;
    return {
      query: queries[0],
      cold,
      warm: warm.length ? median(warm) : cold,
      warmQueries: queries.slice(1),
    };
  } finally {
    await context.close();
  }
}
