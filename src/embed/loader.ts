/**
 * The loader partners paste once: `<script src="https://<site>/embed.js" async></script>`.
 * It turns every placeholder such as
 *   <div data-policy-timeline="countdown" data-instrument="…" data-milestone="…"><a href="…">…</a></div>
 * into a lazily loaded iframe of the widget, titled with the placeholder's link text, and sizes each frame to its content from the
 * height the widget posts. Served at a stable, unhashed URL as a classic script (not a module),
 * so it loads from any origin without CORS. Built by src/pages/embed.js.ts with esbuild.
 *
 * Safety: every attribute is checked against an allow-list before it reaches a URL (an unknown
 * kind or a malformed value gives the "not found" widget, a bad option the default); nothing is
 * written as HTML; resize messages count only from this script's own origin and from one of the
 * frames it made, and their height is clamped. It carries no list of what the site publishes, so
 * it stays small at any size: a well-formed id the site does not publish loads an address that
 * was not built, which the host answers with the "not found" widget (dist/embed/404.html).
 */
import {
  clampHeight,
  FRAME_SANDBOX,
  optionsQuery,
  readOptions,
  RESIZE_MESSAGE,
  type WidgetKind,
  type WidgetOptions,
} from '../lib/embed.ts';
import { NOT_FOUND_PATH, widgetPath } from '../lib/embed-paths.ts';

/** Set at build time (esbuild `define`). */
declare const PT_CAMPAIGN: string;
declare const PT_DEFAULTS: WidgetOptions;

/** The height of a frame until its widget reports its own. */
const INITIAL_HEIGHT = 240;

interface Api {
  scan(): void;
}

(() => {
  // A classic script knows its own element while it runs: the widgets come from where it came from.
  const src = (document.currentScript as HTMLScriptElement | null)?.src;
  if (!src) return;
  const origin = new URL(src).origin;
  const global = window as unknown as { policyTimeline?: Api };
  // Pasted twice: the first copy does the work, this one only looks for new placeholders.
  if (global.policyTimeline) {
    global.policyTimeline.scan();
    return;
  }
  const frames = new Set<HTMLIFrameElement>();

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== origin) return;
    const data = event.data as { type?: unknown; height?: unknown } | null | undefined;
    if (data?.type !== RESIZE_MESSAGE) return;
    const height = clampHeight(data.height);
    if (height === undefined) return;
    for (const frame of frames)
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  });

  const scan = (): void => {
    for (const placeholder of document.querySelectorAll<HTMLElement>('[data-policy-timeline]')) {
      if (placeholder.hasAttribute('data-pt-ready')) continue;
      placeholder.setAttribute('data-pt-ready', '');
      const attr = (name: string): string | null => placeholder.getAttribute(`data-${name}`);
      const kind = attr('policy-timeline');
      const path = widgetPath({
        kind,
        instrument: attr('instrument'),
        milestone: attr('milestone'),
        tag: attr('tag'),
      });
      // "/embed/<kind>/…": a known kind once the path is not the "not found" widget's.
      const known = path === NOT_FOUND_PATH ? undefined : (path.split('/')[2] as WidgetKind);
      const options = readOptions(attr, PT_DEFAULTS);
      const frame = document.createElement('iframe');
      frame.src = `${origin}${path}${optionsQuery(options, PT_DEFAULTS, known)}`;
      // The fallback link's words name the widget (the builder writes them in the widget's language).
      frame.title =
        (placeholder.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) || PT_CAMPAIGN;
      frame.loading = 'lazy';
      frame.referrerPolicy = 'no-referrer';
      // Its own scripts, and the tracker in the top window when the reader clicks a link; no forms,
      // no navigating the page by itself.
      frame.setAttribute('sandbox', FRAME_SANDBOX);
      frame.style.cssText = `display:block;width:100%;border:0;height:${INITIAL_HEIGHT}px`;
      frames.add(frame);
      placeholder.replaceChildren(frame);
    }
  };

  global.policyTimeline = { scan };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
