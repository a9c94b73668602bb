/**
 * Probes of a page in the browser: what a keyboard user sees of focus and what moves on screen
 * (passed to page.evaluate, so each is self-contained); requests to other origins, Content
 * Security Policy violations and what is stored; using a page's controls; waiting for the network.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';

export interface FocusStop {
  /** Position of the focused element in document order. */
  readonly order: number;
  /** A short description for failure messages: tag, id/class, text. */
  readonly what: string;
  readonly inNav: boolean;
  readonly inMain: boolean;
  readonly isFrame: boolean;
  /** Outline or box-shadow on the element (or, for a visually hidden control, on its label or parent). */
  readonly visible: boolean;
  /** The element's box is on screen. */
  readonly onScreen: boolean;
  /** Identity across steps (the element's order is unique). */
  readonly key: string;
}

/** Describes the focused element; null when focus is on the page itself (or left it). */
export function describeFocus(): FocusStop | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const all = [...document.querySelectorAll('*')];
  const order = all.indexOf(el);
  const shows = (e: Element | null | undefined): boolean => {
    if (!e) return false;
    const s = getComputedStyle(e);
    const transparent = (c: string): boolean => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const outline =
      s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
    return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
  };
  const rect = el.getBoundingClientRect();
  const tiny = rect.width <= 1 || rect.height <= 1;
  const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])] : [];
  const visible = shows(el) || (tiny && (labels.some(shows) || shows(el.parentElement)));
  const box = tiny && labels[0] ? labels[0].getBoundingClientRect() : rect;
  const onScreen =
    box.bottom > 0 &&
    box.right > 0 &&
    box.top < innerHeight &&
    box.left < innerWidth &&
    box.width > 0 &&
    box.height > 0;
  const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''}`;
  return {
    order,
    what: `${name} "${text}"`,
    inNav: !!el.closest('nav'),
    inMain: !!el.closest('main'),
    isFrame: el.tagName === 'IFRAME',
    visible,
    onScreen,
    key: String(order),
  };
}

/**
 * The elements a keyboard user should be able to reach in a container: links, buttons, form
 * controls, summaries and tabindex ≥ 0, visible and enabled; one per radio group.
 */
export function focusableIn(
  selector: string,
): { order: number; what: string; radioGroup?: string }[] {
  const all = [...document.querySelectorAll('*')];
  const root = document.querySelector(selector);
  if (!root) return [];
  const candidates = [
    ...root.querySelectorAll(
      'a[href], button, input, select, textarea, summary, iframe, [tabindex]',
    ),
  ];
  const out: { order: number; what: string; radioGroup?: string }[] = [];
  for (const el of candidates) {
    const html = el as HTMLElement;
    if (html.tabIndex < 0 || (el as HTMLButtonElement).disabled || html.closest('[inert]'))
      continue;
    if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
    if (el.tagName === 'SUMMARY' && el.parentElement?.firstElementChild !== el) continue;
    // Hidden: not rendered (display: none, hidden, a closed <details>) or visibility hidden.
    if (!html.checkVisibility({ visibilityProperty: true })) {
      const isHiddenControl =
        el instanceof HTMLInputElement &&
        (el.labels?.length ?? 0) > 0 &&
        [...(el.labels ?? [])].some((l) => l.checkVisibility());
      if (!isHiddenControl) continue;
    }
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    out.push({
      order: all.indexOf(el),
      what,
      ...(el instanceof HTMLInputElement && el.type === 'radio' ? { radioGroup: el.name } : {}),
    });
  }
  return out;
}

/**
 * Presses Tab from the top of the page until focus wraps or leaves, recording each stop. It
 * starts once the page's scripts have defined their elements and the page has drawn twice, and
 * a stop found off screen is looked at again two frames later: on a loaded machine a link of
 * /timeline/ was once off screen right after Tab (the page was still settling), and a focus the
 * browser never brings on screen is still off screen then.
 */
export async function tabWalk(page: Page, maxSteps: number): Promise<FocusStop[]> {
  await page.evaluate(async () => {
    const waiting = new Set(
      [...document.querySelectorAll(':not(:defined)')].map((e) => e.localName),
    );
    // At most 5 s: a tag no script defines would otherwise stop the walk (it is then walked as is).
    await Promise.race([
      Promise.all([...waiting].map((name) => customElements.whenDefined(name))),
      new Promise((done) => setTimeout(done, 5000)),
    ]);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < maxSteps; i++) {
    await page.keyboard.press('Tab');
    let stop = await page.evaluate(describeFocus);
    if (stop && !stop.onScreen) {
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      stop = await page.evaluate(describeFocus);
    }
    if (!stop) break;
    if (stops[0]?.key === stop.key) break; // wrapped around
    if (stop.isFrame && stops.at(-1)?.key === stop.key) continue; // moving inside a framed widget
    stops.push(stop);
  }
  return stops;
}

export interface Motion {
  readonly what: string;
  readonly why: string;
}

/** Everything that moves or would move: running animations, and animation, transition or smooth-scroll styles longer than 10 ms. */
export function findMotion(): Motion[] {
  const found: Motion[] = [];
  const longest = (list: string): number =>
    Math.max(
      0,
      ...list
        .split(',')
        .map((d) => (d.trim().endsWith('ms') ? parseFloat(d) : parseFloat(d) * 1000))
        .filter((n) => Number.isFinite(n)),
    );
  const describe = (el: Element, pseudo: string): string =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}${pseudo}`;
  for (const animation of document.getAnimations()) {
    const timing = animation.effect?.getComputedTiming();
    const duration = typeof timing?.duration === 'number' ? timing.duration : 0;
    const target = (animation.effect as KeyframeEffect | null)?.target;
    if (animation.playState === 'running' && duration > 10)
      found.push({
        what: target ? describe(target, '') : 'an animation',
        why: `running animation of ${duration} ms`,
      });
  }
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of ['', '::before', '::after']) {
      const s = getComputedStyle(el, pseudo || null);
      if (pseudo && (s.content === 'none' || s.content === 'normal')) continue;
      if (s.animationName !== 'none' && longest(s.animationDuration) > 10)
        found.push({
          what: describe(el, pseudo),
          why: `animation ${s.animationName} ${s.animationDuration}`,
        });
      if (s.transitionProperty !== 'none' && longest(s.transitionDuration) > 10)
        found.push({
          what: describe(el, pseudo),
          why: `transition ${s.transitionProperty} ${s.transitionDuration}`,
        });
    }
  }
  if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
    found.push({ what: 'html', why: 'scroll-behavior: smooth' });
  return found;
}

/** Follows a page's requests, to wait until the network has been quiet for a while. */
export function trackNetwork(page: Page): {
  settled: (quietMs?: number) => Promise<void>;
  stop: () => void;
} {
  let inFlight = 0;
  let lastChange = Date.now();
  const up = (): void => void ((inFlight += 1), (lastChange = Date.now()));
  const down = (): void => void ((inFlight = Math.max(0, inFlight - 1)), (lastChange = Date.now()));
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  return {
    settled: async (quietMs = 150) => {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < quietMs))
        await page.waitForTimeout(25);
    },
    stop: () => {
      page.off('request', up);
      page.off('requestfinished', down);
      page.off('requestfailed', down);
    },
  };
}

/**
 * Loads a page and waits for the network to stay quiet for `quietMs` (Playwright's
 * "networkidle" waits a fixed 500 ms, too slow for visiting every page of a large build).
 */
export async function loadAndSettle(page: Page, url: string, quietMs = 150): Promise<void> {
  const network = trackNetwork(page);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await network.settled(quietMs);
  } finally {
    network.stop();
  }
}

/** Every request a context makes to an origin not in `allowed` (frames and workers included). */
export function watchForeignRequests(
  context: BrowserContext,
  allowed: readonly string[],
): string[] {
  const foreign: string[] = [];
  const check = (url: string): void => {
    if (/^(data|blob|about|chrome-error):/.test(url)) return;
    if (!allowed.includes(new URL(url).origin)) foreign.push(url);
  };
  context.on('request', (r) => check(r.url()));
  context.on('page', (p) => p.on('websocket', (ws) => check(ws.url())));
  return foreign;
}

/** Records Content Security Policy violations in every frame of a context (read them with `cspViolations`). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { ptCspViolations?: string[] };
    w.ptCspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.ptCspViolations?.push(`${e.violatedDirective} ${e.blockedURI || '(inline)'}`),
    );
  });
}

/** The CSP violations recorded in every frame of a page (see `watchCsp`). */
export async function cspViolations(page: Page): Promise<string[]> {
  const lists = await Promise.all(
    page.frames().map((f) =>
      f
        .evaluate(() => (window as unknown as { ptCspViolations?: string[] }).ptCspViolations ?? [])
        .then((list) => list.map((v) => `${f.url()}: ${v}`))
        .catch(() => [] as string[]),
    ),
  );
  return lists.flat();
}

/** What a frame has stored: cookies, localStorage, sessionStorage, IndexedDB, Cache Storage. */
export async function storedIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(async () => {
    const found: string[] = [];
    const where = location.href;
    if (document.cookie) found.push(`${where}: cookie ${document.cookie}`);
    try {
      if (localStorage.length)
        found.push(`${where}: localStorage ${Object.keys(localStorage).join(', ')}`);
      if (sessionStorage.length)
        found.push(`${where}: sessionStorage ${Object.keys(sessionStorage).join(', ')}`);
    } catch {
      // storage blocked: nothing can be written either
    }
    const databases = (await indexedDB.databases?.()) ?? [];
    if (databases.length)
      found.push(`${where}: IndexedDB ${databases.map((d) => d.name).join(', ')}`);
    if ('caches' in self) {
      const keys = await caches.keys();
      if (keys.length) found.push(`${where}: Cache Storage ${keys.join(', ')}`);
    }
    return found;
  });
}

/** What every frame of a page has stored, and the context's cookies. */
export async function storedByPage(page: Page): Promise<string[]> {
  const cookies = (await page.context().cookies()).map((c) => `cookie ${c.name} (${c.domain})`);
  return [...cookies, ...(await Promise.all(page.frames().map(storedIn))).flat()];
}

/** Clears cookies and web storage, so the next page's check starts clean. */
export async function clearStorage(page: Page): Promise<void> {
  await page.context().clearCookies();
  await Promise.all(
    page
      .frames()
      .map((f) =>
        f.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => undefined),
      ),
  );
}

/**
 * Uses a page's own controls (in its <main>; the header's search box is a plain form) the way a
 * reader would: types in the first text or search box, ticks the first box, changes the first
 * select, so scripts that react to input run too. Pages without controls return at once.
 */
export async function useControls(page: Page): Promise<void> {
  const TEXT = 'main input[type="search"], main input[type="text"], main input:not([type])';
  const BOX = 'main input[type="checkbox"], main input[type="radio"]';
  const has = await page.evaluate(
    ([text, box]) => ({
      text: !!document.querySelector(text),
      box: !!document.querySelector(box),
      select: !!document.querySelector('main select'),
    }),
    [TEXT, BOX] as const,
  );
  if (!has.text && !has.box && !has.select) return;
  const network = trackNetwork(page);
  try {
    const text = page.locator(TEXT).first();
    if (has.text && (await text.isVisible())) await text.fill('regulation');
    const box = page.locator(BOX).first();
    if (has.box && (await box.isVisible())) await box.click();
    const select = page.locator('main select').first();
    if (has.select && (await select.isVisible())) {
      const values = await select
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      if (values[1] !== undefined) await select.selectOption(values[1]);
    }
    // Searches are debounced (250 ms): give scripts time to react, then let the network settle.
    await page.waitForTimeout(300);
    await network.settled();
  } finally {
    network.stop();
  }
}
