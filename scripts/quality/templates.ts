/**
 * The page templates of a built site: every HTML page of dist/ grouped by the route pattern that
 * made it (src/pages/instruments/[id].astro makes /instruments/dsa/, /instruments/dsa/…), and by
 * the page's language (its <html lang>; a /fr/ or /de/ copy of a page is a template of its own
 * language). Browser checks visit a few representatives of each template instead of every page:
 * pages of one template share their markup, and differ in content.
 *
 * Representatives: the fewest pages of the template (at most `max`) that between them show every
 * kind of element its pages contain (tag names, tag.class pairs, roles), chosen greedily: the page
 * with the most kinds first, then the page that adds the most kinds not yet shown, and so on. A
 * milestone page with a correction, one with disputed dates and an unconfirmed report are then
 * all visited, where their markup differs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scanTags } from './html-scan.ts';
import { listPages, type PageFile } from './site-output.ts';

/** A route pattern, as segments: "instruments", "[id]"; a page file "404.html". */
export type Pattern = readonly string[];

/**
 * The route patterns of the pages in a src/pages folder; with `endpoints`, also of its endpoints
 * (feed.xml.ts makes "feed.xml"), which are not pages.
 */
export function routePatterns(pagesDir: string, options: { endpoints?: boolean } = {}): Pattern[] {
  const source = options.endpoints ? /\.(astro|md|mdx|html|ts|js)$/ : /\.(astro|md|mdx|html)$/;
  const out: Pattern[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (source.test(entry.name) && !entry.name.startsWith('_')) {
        const segments = relative(pagesDir, full).replace(source, '').split(sep);
        const last = segments.at(-1);
        if (last === 'index') segments.pop();
        else if (last === '404' || last === '500') segments[segments.length - 1] = `${last}.html`;
        out.push(segments);
      }
    }
  };
  walk(pagesDir);
  return out;
}

const isParam = (segment: string): boolean => /^\[.+\]$/.test(segment);
const isRest = (segment: string): boolean => /^\[\.\.\..+\]$/.test(segment);
/**
 * A segment that stands for the language: "[lang]", "[locale]", or a rest parameter of that name
 * ("[...lang]": empty for the root language, "fr" for /fr/…, as src/pages/[...lang]/ is written).
 */
const isLanguageParam = (segment: string): boolean =>
  /^\[(\.\.\.)?(lang|locale|language)\]$/i.test(segment);

/**
 * Whether a pattern matches a route's segments. A rest parameter ("[...rest]") takes zero or more
 * segments, wherever it is, as in Astro: "embed/[...lang]/chart/[id]" matches /embed/chart/a/ and
 * /embed/fr/chart/a/.
 */
function matches(pattern: Pattern, segments: readonly string[]): boolean {
  const [head, ...tail] = pattern;
  if (head === undefined) return segments.length === 0;
  if (isRest(head)) {
    for (let taken = 0; taken <= segments.length; taken++)
      if (matches(tail, segments.slice(taken))) return true;
    return false;
  }
  const [first, ...others] = segments;
  return first !== undefined && (isParam(head) || head === first) && matches(tail, others);
}

/** Astro's priority, simplified: more static segments first, then fewer rest parameters. */
const specificity = (pattern: Pattern): number =>
  pattern.reduce((n, p, i) => n + (isParam(p) ? 0 : 2 ** (16 - i)), 0) -
  (pattern.some(isRest) ? 1 : 0);

/**
 * Finds the pattern that made a route, as a route ("/instruments/[id]/"), for a page in `lang`:
 * a route whose first segment is that language ("/fr/…") is matched without it, and a pattern
 * that starts with a language parameter or folder matches routes of every language. A route no
 * pattern matches is its own pattern. The patterns are ordered once per language, not per page.
 */
export function patternFinder(
  patterns: readonly Pattern[],
): (route: string, lang: string) => string {
  const byLang = new Map<string, Pattern[]>();
  const ordered = (lang: string): Pattern[] => {
    let list = byLang.get(lang);
    if (!list)
      byLang.set(
        lang,
        (list = patterns
          .map((p) =>
            p[0] !== undefined && (isLanguageParam(p[0]) || p[0] === lang) ? p.slice(1) : p,
          )
          .sort((a, b) => specificity(b) - specificity(a))),
      );
    return list;
  };
  return (route, lang) => {
    let segments = route.split('/').filter(Boolean);
    if (segments[0]?.toLowerCase() === lang) segments = segments.slice(1);
    const best = ordered(lang).find((p) => matches(p, segments));
    if (!best) return route;
    // A folder's page ends in "/"; a file (404.html, an endpoint's feed.xml) does not.
    const folder = best.length > 0 && route.endsWith('/') && !best.at(-1)?.endsWith('.html');
    return `/${best.join('/')}${folder ? '/' : ''}`;
  };
}

export interface Template {
  /** The pattern as a route, e.g. "/instruments/[id]/"; a page matched by no pattern is its own. */
  readonly pattern: string;
  /** The primary language subtag of its pages' <html lang>, e.g. "en", "fr". */
  readonly lang: string;
  /** Every page of this template in this language. */
  readonly pages: readonly PageFile[];
  /** The pages browser checks visit (see the module comment). */
  readonly representatives: readonly PageFile[];
}

/** The primary language subtag of a page's <html lang>, lower case ("und" without one). */
export function pageLanguage(html: string): string {
  const root = scanTags(html.slice(0, 2000)).find((t) => t.name === 'html');
  return (root?.attrs.get('lang') ?? 'und').split('-')[0]?.toLowerCase() || 'und';
}

/** What a page shows, as kinds of element: tag names, tag.class pairs and roles. */
export function elementKinds(html: string): Set<string> {
  const kinds = new Set<string>();
  for (const tag of scanTags(html)) {
    kinds.add(tag.name);
    for (const c of (tag.attrs.get('class') ?? '').split(/\s+/))
      if (c && !c.startsWith('astro-')) kinds.add(`${tag.name}.${c}`);
    const role = tag.attrs.get('role');
    if (role) kinds.add(`[role=${role}]`);
  }
  return kinds;
}

/** Greedy cover: the fewest pages (at most `max`) that together show every kind the pages show. */
function cover(pages: readonly { page: PageFile; kinds: Set<string> }[], max: number): PageFile[] {
  const chosen: PageFile[] = [];
  const shown = new Set<string>();
  const left = [...pages];
  while (chosen.length < max && left.length) {
    let best = -1;
    let gain = 0;
    left.forEach((p, i) => {
      let g = 0;
      for (const k of p.kinds) if (!shown.has(k)) g++;
      if (g > gain) [best, gain] = [i, g];
    });
    if (best === -1) break;
    const [next] = left.splice(best, 1);
    if (!next) break;
    chosen.push(next.page);
    for (const k of next.kinds) shown.add(k);
  }
  return chosen;
}

/**
 * The templates of the site built in `dist`, from the page routes of `pagesDir`. Languages: a
 * route whose first segment is its page's language ("/fr/…") is matched without it, and a pattern
 * that starts with a language parameter or folder matches routes of every language.
 */
export function findTemplates(
  dist: string,
  pagesDir: string,
  options: {
    /** At most this many representatives per template (3), or a number per language. */
    max?: number | ((lang: string) => number);
  } = {},
): Template[] {
  const max = options.max ?? 3;
  const patternOf = patternFinder(routePatterns(pagesDir));
  const groups = new Map<
    string,
    { pattern: string; lang: string; pages: { page: PageFile; kinds: Set<string> }[] }
  >();
  const seen = new Set<string>();
  for (const page of listPages(dist)) {
    const html = readFileSync(join(dist, page.rel), 'utf8');
    // A byte-for-byte copy of another page (embed/404.html) is that page's template already.
    if (seen.has(html)) continue;
    seen.add(html);
    const lang = pageLanguage(html);
    const pattern = patternOf(page.route, lang);
    const key = `${lang} ${pattern}`;
    const group = groups.get(key) ?? { pattern, lang, pages: [] };
    group.pages.push({ page, kinds: elementKinds(html) });
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({
      pattern: g.pattern,
      lang: g.lang,
      pages: g.pages.map((p) => p.page),
      representatives: cover(g.pages, typeof max === 'number' ? max : max(g.lang)),
    }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern) || a.lang.localeCompare(b.lang));
}
