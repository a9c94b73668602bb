/**
 * What `npm run screenshots` photographs: the pages a person should look at after a change to
 * the site's look, and how (light, dark, a phone). To add a page, add a line to
 * {@link SCREENSHOT_ROUTES}: a fixed address (`'/overview/'`), or a function that picks one from
 * the built site's pages (for addresses that depend on the content, such as an instrument page).
 * A route whose page the build does not have is reported and skipped, so a route can be listed
 * before its page exists.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { PageFile } from './site-output.ts';

/** The built site a route is picked from. */
export interface BuiltSite {
  readonly dist: string;
  /** Every page of the build (listPages), English and the other languages. */
  readonly pages: readonly PageFile[];
}

export interface ScreenshotRoute {
  /** The file name's stem: "home", "instrument", "widget-countdown". */
  readonly name: string;
  /** The English address; pages are also taken under /fr/ and /de/ with `--lang`. */
  readonly path: string | ((site: BuiltSite) => string | undefined);
  /** A widget: one address for every language (`?lang=`), photographed at a frame's width. */
  readonly widget?: boolean;
}

const bytes = (site: BuiltSite, page: PageFile): number => statSync(join(site.dist, page.rel)).size;

/** The English page under `pattern` with the most in it (the largest file): the richest example. */
export const richest =
  (pattern: RegExp) =>
  (site: BuiltSite): string | undefined =>
    site.pages
      .filter((p) => pattern.test(p.route))
      .map((p) => ({ route: p.route, size: bytes(site, p) }))
      .sort((a, b) => b.size - a.size || a.route.localeCompare(b.route))[0]?.route;

/** The first English page under `pattern`, in route order. */
export const first =
  (pattern: RegExp) =>
  (site: BuiltSite): string | undefined =>
    site.pages.map((p) => p.route).find((route) => pattern.test(route));

const instrumentPage = richest(/^\/instruments\/[^/]+\/$/);

/** The instrument shown on the instrument page, for the widgets of the same file. */
const instrumentId = (site: BuiltSite): string | undefined => instrumentPage(site)?.split('/')[2];

export const SCREENSHOT_ROUTES: readonly ScreenshotRoute[] = [
  { name: 'home', path: '/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'deadlines', path: '/deadlines/' },
  { name: 'status', path: '/status/' },
  { name: 'overview', path: '/overview/' },
  { name: 'changes', path: '/changes/' },
  { name: 'instrument', path: instrumentPage },
  {
    name: 'milestone',
    path: (site) => {
      const id = instrumentId(site);
      return id ? richest(new RegExp(`^/instruments/${id}/[^/]+/$`))(site) : undefined;
    },
  },
  { name: 'search', path: '/search/' },
  { name: 'embed-builder', path: '/embed/' },
  { name: 'widget-countdown-next', path: '/embed/countdown/next/', widget: true },
  {
    name: 'widget-countdown',
    path: first(/^\/embed\/countdown\/(?!next\/)[^/]+\/[^/]+\/$/),
    widget: true,
  },
  {
    name: 'widget-status',
    path: (site) => {
      const id = instrumentId(site);
      return id ? `/embed/status/${id}/` : first(/^\/embed\/status\/[^/]+\/$/)(site);
    },
    widget: true,
  },
  { name: 'widget-timeline', path: '/embed/timeline/', widget: true },
  { name: 'widget-timeline-tag', path: first(/^\/embed\/timeline\/tag\/[^/]+\/$/), widget: true },
];

export interface ScreenshotVariant {
  readonly name: string;
  /** CSS pixels; a widget is taken at `widgetWidth` unless this is a phone. */
  readonly width: number;
  readonly height: number;
  readonly colorScheme: 'light' | 'dark';
  readonly phone?: boolean;
  readonly media?: 'print';
  readonly forcedColors?: boolean;
}

/** The default three, and two more on request (`--variants print,forced`). */
export const SCREENSHOT_VARIANTS: readonly ScreenshotVariant[] = [
  { name: 'light', width: 1280, height: 800, colorScheme: 'light' },
  { name: 'dark', width: 1280, height: 800, colorScheme: 'dark' },
  { name: 'phone', width: 390, height: 844, colorScheme: 'light', phone: true },
  { name: 'print', width: 800, height: 1100, colorScheme: 'light', media: 'print' },
  { name: 'forced', width: 1280, height: 800, colorScheme: 'dark', forcedColors: true },
];
export const DEFAULT_VARIANTS = ['light', 'dark', 'phone'] as const;

/** A widget's frame on a partner's page: about a sidebar's width. */
export const WIDGET_WIDTH = 480;
