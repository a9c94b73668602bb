/**
 * A small, dependency-free scanner for the start tags of built HTML: enough to find every
 * link, script, stylesheet and id in Astro's output without a full HTML parser.
 *
 * It skips comments, doctypes and end tags, reads attributes in any quoting style, decodes
 * character references in attribute values, and keeps the text of raw-text elements (script,
 * style) so their contents are never mistaken for markup.
 */

export interface Tag {
  /** Lower-case tag name. */
  readonly name: string;
  /** Attributes by lower-case name, values decoded ('' for a bare attribute). */
  readonly attrs: ReadonlyMap<string, string>;
  /** The text content of a raw-text element (script, style, textarea, title). */
  readonly content?: string;
  /** Offset of the tag in the document. */
  readonly offset: number;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ATTR_RE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references found in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Every start tag of a document, in order. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i = lt + 1;
      continue;
    }
    // Find the end of the tag, ignoring ">" inside quoted attribute values.
    let j = lt + 1;
    let quote = '';
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        // Only a quote that opens an attribute value counts (after "=" and optional spaces).
        if (/=\s*$/.test(html.slice(Math.max(lt, j - 8), j))) quote = c;
      } else if (c === '>') break;
    }
    const inner = html.slice(lt + 1, j);
    const nameMatch = /^[a-zA-Z][^\s/>]*/.exec(inner);
    const name = (nameMatch?.[0] ?? '').toLowerCase();
    const attrs = new Map<string, string>();
    for (const m of inner.slice(name.length).matchAll(ATTR_RE)) {
      const key = (m[1] ?? '').toLowerCase();
      if (!key || attrs.has(key)) continue; // the first of duplicate attributes wins, as in browsers
      attrs.set(key, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      const closeRe = new RegExp(`</${name}`, 'ig');
      closeRe.lastIndex = i;
      const end = closeRe.exec(html)?.index ?? html.length;
      tags.push({ name, attrs, content: html.slice(i, end), offset: lt });
      i = end;
    } else {
      tags.push({ name, attrs, offset: lt });
    }
  }
  return tags;
}

/** Every id in a document (and legacy `<a name>` targets), for checking #fragments. */
export function collectIds(tags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    const name = tag.attrs.get('name');
    if (tag.name === 'a' && name) ids.add(name);
  }
  return ids;
}
