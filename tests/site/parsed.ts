/**
 * Built pages read as a browser without JavaScript reads them, for the checks that need no script:
 * parsed by cheerio (parse5, the HTML standard's parser) with scripting off, so the content of a
 * <noscript> is markup, as a reader without JavaScript sees it. What the build hides until a
 * script runs carries the `hidden` attribute (the site's convention; its CSS keeps `[hidden]`
 * hidden), so "shown without JavaScript" is: no `hidden` on the element or an ancestor.
 */
import { readFileSync } from 'node:fs';
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { resolvePath } from '../../scripts/quality/site-output.ts';

export type { CheerioAPI };

/** The page at `route` ("/deadlines/", "/404.html") of a built site. */
export function readPage(dist: string, route: string): CheerioAPI {
  const resolved = resolvePath(dist, new URL(route, 'http://x').pathname);
  if (!('file' in resolved)) throw new Error(`${route}: ${resolved.problem}`);
  return load(readFileSync(resolved.file, 'utf8'), { scriptingEnabled: false });
}

/** Whether the page exists in the build. */
export function hasPage(dist: string, route: string): boolean {
  return 'file' in resolvePath(dist, route);
}

/** Whether an element is shown without JavaScript: neither it nor an ancestor is `hidden`. */
export const shown = ($: CheerioAPI, el: AnyNode): boolean =>
  $(el).closest('[hidden]').length === 0;

/** The elements a selector finds that are shown without JavaScript. */
export const shownOnly = ($: CheerioAPI, selector: string): Cheerio<Element> =>
  $(selector).filter((_, el) => shown($, el)) as Cheerio<Element>;

const BLOCKS = new Set(
  'address article aside blockquote br caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/**
 * The text a reader sees without JavaScript, as `innerText` would give it with its white space
 * collapsed: hidden parts, scripts and styles left out, blocks and cells kept apart by a space.
 */
export function shownText($: CheerioAPI, selection: Cheerio<AnyNode> | string): string {
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.nodeType === 3) parts.push(node.data);
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.attribs['hidden'] !== undefined || ['script', 'style', 'template'].includes(el.name))
        return;
      const block = BLOCKS.has(el.name);
      if (block) parts.push(' ');
      for (const child of el.children) walk(child);
      if (block) parts.push(' ');
    }
  };
  const sel = typeof selection === 'string' ? $(selection) : selection;
  sel.each((_, el) => {
    if (shown($, el)) walk(el);
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The texts of each element a selector finds that is shown without JavaScript. */
export const shownTexts = ($: CheerioAPI, selector: string): string[] =>
  shownOnly($, selector)
    .toArray()
    .map((el) => shownText($, $(el)));

/** An element's accessible name, the simple way: aria-labelledby's text, aria-label, a control's <label>, else its text. */
export function accessibleName($: CheerioAPI, el: AnyNode): string {
  const node = $(el);
  const ids = node.attr('aria-labelledby');
  if (ids)
    return ids
      .split(/\s+/)
      .map((id) => shownText($, $(`[id="${id}"]`)))
      .join(' ');
  const label = node.attr('aria-label');
  if (label !== undefined) return label;
  if (node.is('input, select, textarea')) {
    const id = node.attr('id');
    const labels = id ? $(`label[for="${id}"]`) : $();
    return shownText($, labels.length ? labels : node.closest('label'));
  }
  return shownText($, node);
}

/** The elements a selector finds whose accessible name is `name` (as getByRole(…, { name }) would). */
export const byName = ($: CheerioAPI, selector: string, name: string): Cheerio<Element> =>
  $(selector).filter((_, el) => accessibleName($, el) === name) as Cheerio<Element>;
