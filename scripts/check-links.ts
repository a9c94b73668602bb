/**
 * Link checker over a built site: every internal href/src of every HTML page resolves to a file
 * in the build (a folder's address is "/folder/" and serves its index.html: trailingSlash is
 * 'always'), and every #fragment names an id on the target page.
 *
 * "Internal" means relative or root-relative URLs, and absolute URLs on the site's own origin
 * (canonical and og:url links, webcal:// calendar subscriptions), so a wrong siteUrl or a stale
 * canonical path is caught too.
 * Links to other sites are not fetched (the build must work offline).
 *
 *   npm run check:links            checks dist/
 *   npm run check:links -- <dir>   checks another build (the benchmark's, for example)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { collectIds, scanTags, type Tag } from './quality/html-scan.ts';
import { listPages, resolvePath, routeOf } from './quality/site-output.ts';

export interface LinkProblem {
  /** The page the link is on. */
  readonly page: string;
  /** The link as written. */
  readonly url: string;
  readonly problem: string;
}

export interface LinkReport {
  readonly pages: number;
  /** Internal links checked (each occurrence). */
  readonly links: number;
  readonly problems: readonly LinkProblem[];
}

/** The URL-valued attributes that a browser follows or loads, and the elements that have them. */
const URL_ELEMENTS: Record<string, readonly string[]> = {
  href: ['a', 'area', 'link', 'use', 'image'],
  'xlink:href': ['use', 'image'],
  src: ['script', 'img', 'source', 'iframe', 'audio', 'video', 'track', 'embed', 'input'],
  srcset: ['img', 'source'],
  poster: ['video'],
  data: ['object'],
  action: ['form'],
};
/** The same by element: its URL-valued attributes. */
const URL_ATTRIBUTES = new Map<string, string[]>();
for (const [attr, elements] of Object.entries(URL_ELEMENTS))
  for (const element of elements)
    URL_ATTRIBUTES.set(element, [...(URL_ATTRIBUTES.get(element) ?? []), attr]);
/** <link> relations that are hints about other origins, not resources of this site. */
const HINT_RELS = new Set(['dns-prefetch', 'preconnect']);

/** <meta> properties whose content is a URL of the page or of one of its resources. */
const URL_META = new Set(['og:url', 'og:image', 'twitter:image']);

function urlsOf(tag: Tag): string[] {
  const out: string[] = [];
  if (tag.name === 'meta' && URL_META.has(tag.attrs.get('property') ?? tag.attrs.get('name') ?? ''))
    out.push((tag.attrs.get('content') ?? '').trim());
  for (const attr of URL_ATTRIBUTES.get(tag.name) ?? []) {
    const value = tag.attrs.get(attr);
    if (value === undefined) continue;
    if (
      tag.name === 'link' &&
      (tag.attrs.get('rel') ?? '')
        .toLowerCase()
        .split(/\s+/)
        .some((r) => HINT_RELS.has(r))
    )
      continue;
    if (attr === 'srcset')
      for (const candidate of value.split(',')) out.push(candidate.trim().split(/\s+/)[0] ?? '');
    else out.push(value.trim());
  }
  return out.filter((u) => u !== '');
}

/** Checks every internal link and fragment of the site built in `dist`. */
export function checkLinks(
  dist: string,
  options: { siteUrl?: string | undefined } = {},
): LinkReport {
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
  const pages = listPages(dist);
  const problems: LinkProblem[] = [];
  // The ids of the pages other pages link into (an instrument's milestones, say); a page's own
  // are read from its tags while it is checked, and not kept: at 20,000 milestones the ids of
  // every page would not fit in the heap.
  const idCache = new Map<string, Set<string>>();
  let own: { file: string; ids: () => Set<string> } | undefined;
  const idsOf = (file: string): Set<string> => {
    if (file === own?.file) return own.ids();
    let ids = idCache.get(file);
    if (!ids) {
      ids = collectIds(scanTags(readFileSync(file, 'utf8')));
      idCache.set(file, ids);
    }
    return ids;
  };
  let links = 0;

  for (const page of pages) {
    const file = join(dist, page.rel);
    const tags = scanTags(readFileSync(file, 'utf8'));
    let ids: Set<string> | undefined;
    own = { file, ids: () => (ids ??= idCache.get(file) ?? collectIds(tags)) };
    const base = new URL(page.route, 'http://site.invalid');
    for (const tag of tags) {
      for (const raw of urlsOf(tag)) {
        const report = (problem: string): void =>
          void problems.push({ page: page.route, url: raw, problem });
        if (/^javascript:/i.test(raw)) {
          report(
            'a javascript: URL (blocked by the Content Security Policy; use a button and a script)',
          );
          continue;
        }
        let url: URL;
        try {
          // A calendar subscription (webcal://host/calendar.ics) is an https link a calendar app opens.
          url = new URL(raw.replace(/^webcal:\/\//i, 'https://'), base);
        } catch {
          report('not a valid URL');
          continue;
        }
        const internal =
          url.origin === base.origin || (siteOrigin !== undefined && url.origin === siteOrigin);
        if (!internal) continue; // another site, mailto:, tel:, data:
        links++;
        const target =
          url.pathname === base.pathname &&
          (raw.startsWith('#') || raw.startsWith('?') || raw === '')
            ? { file }
            : resolvePath(dist, url.pathname);
        if (!('file' in target)) {
          report(target.problem);
          continue;
        }
        const fragment = url.hash.slice(1);
        if (!fragment || !target.file.endsWith('.html')) continue;
        let id: string;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          report('the #fragment is not valid percent-encoding');
          continue;
        }
        // "#top" scrolls to the top of any page (HTML spec); text fragments are not ids.
        if ((id === 'top' && !idsOf(target.file).has('top')) || id.startsWith(':~:')) continue;
        if (!idsOf(target.file).has(id))
          report(
            `no element with id "${id}" on ${routeOf(
              target.file
                .slice(dist.length + 1)
                .split('\\')
                .join('/'),
            )}`,
          );
      }
    }
  }
  return { pages: pages.length, links, problems };
}

/** The campaign's siteUrl, read from the content folder the site was built from. */
export function readSiteUrl(contentDir: string): string | undefined {
  const file = join(contentDir, 'campaign.yaml');
  if (!existsSync(file)) return undefined;
  const campaign = load(readFileSync(file, 'utf8')) as { siteUrl?: unknown } | undefined;
  return typeof campaign?.siteUrl === 'string' ? campaign.siteUrl : undefined;
}

/** Formats problems for a terminal or a test failure, grouped by page. */
export function formatLinkProblems(problems: readonly LinkProblem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `${p.page}: ${p.url} — ${p.problem}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more`);
  return lines.join('\n');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built site at ${dist} (run npm run build first).`);
    process.exit(1);
  }
  const siteUrl = readSiteUrl(resolve(process.env['POLICY_TIMELINE_CONTENT'] ?? 'content'));
  const report = checkLinks(dist, { siteUrl });
  if (report.problems.length) {
    console.error(
      `${report.problems.length} broken link(s) in ${dist}:\n${formatLinkProblems(report.problems, Infinity)}`,
    );
    process.exit(1);
  }
  console.log(`${dist}: ${report.links} internal links on ${report.pages} pages, all resolve.`);
}
