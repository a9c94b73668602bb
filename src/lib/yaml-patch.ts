/**
 * Writes new values into a YAML document by editing only the text of what changed.
 *
 * The web editor hands back a whole entry; serialising it afresh would rewrite every line of the
 * file (quotes, folded notes, blank lines between milestones, comments). Instead this module
 * compares the document as written with the new values and splices new text into the places that
 * differ: a changed scalar is replaced where it stands, a new key or list item is inserted next to
 * its neighbours, a removed one is cut out with its lines. Everything else keeps its bytes, so a
 * review of the commit shows exactly what an editor changed.
 *
 * New text follows the content's own style: ids and vocabulary words plain (`kind: official`),
 * every other string in double quotes (dates always: `"2021-07-30"`), lists indented under their
 * key, and a blank line between list items where the list already has them.
 *
 * Pure: text in, text out. The result is parsed again and compared with the values it was asked
 * to write; a mismatch throws rather than returning a file that says something else.
 */
import { load as loadJsYaml } from 'js-yaml';
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  visit,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type Plain = Record<string, unknown>;

export class YamlPatchError extends Error {
  override name = 'YamlPatchError';
}

const isObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmptyCollection = (value: unknown): boolean =>
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0);

/**
 * Deep equality of plain data (what YAML holds): objects, arrays, strings, numbers, booleans,
 * null. A key whose value is `undefined` counts as absent. With `emptyMeansAbsent`, a key of `a`
 * holding an empty list or mapping may also be absent from `b` (both mean "none").
 */
export function sameData(a: unknown, b: unknown, emptyMeansAbsent = false): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameData(item, b[i], emptyMeansAbsent));
  }
  if (isObject(a) && isObject(b)) {
    const keysA = Object.keys(a).filter(
      (k) =>
        a[k] !== undefined && !(emptyMeansAbsent && b[k] === undefined && isEmptyCollection(a[k])),
    );
    const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
    if (keysA.length !== keysB.length) return false;
    return keysA.every((k) => k in b && sameData(a[k], b[k], emptyMeansAbsent));
  }
  return false;
}

/** Plain data as a string whose equality is {@link sameData} (object keys sorted). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/** Words YAML 1.1 readers (js-yaml, so Astro) take for booleans or null when unquoted. */
const RESERVED_WORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

/**
 * Whether a string may be written without quotes: ids, tags and vocabulary words
 * ("official", "council-mandate"). Anything that starts with a digit (dates, years), holds a
 * space or punctuation, or reads as a boolean is quoted.
 */
export function isPlainSafe(value: string): boolean {
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(value) && !RESERVED_WORDS.has(value);
}

/** Sets the content's quoting style on every string scalar of a new document. */
function styleScalars(doc: Document): void {
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return;
      node.type = node.value.includes('\n')
        ? Scalar.BLOCK_LITERAL
        : isPlainSafe(node.value)
          ? Scalar.PLAIN
          : Scalar.QUOTE_DOUBLE;
    },
  });
}

/** New YAML text in the content's style; long strings stay on one line (no folding). */
function stringify(value: unknown): string {
  const doc = new Document(value);
  styleScalars(doc);
  return doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType: 'PLAIN' });
}

/** Prefixes every non-empty line with `indent` spaces. */
function indentLines(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text.replace(/^(?=.)/gm, pad);
}

/**
 * Applies `next` to the YAML document `source` (a block mapping at the top) and returns the new
 * text. Keys and list items that did not change keep their text byte for byte; keys missing
 * from `next` are removed (an empty list or mapping that is only left out stays as written, since
 * it means the same as leaving it out); new keys and items are inserted beside their neighbours.
 */
export function patchYaml(source: string, next: Plain): string {
  const doc = parseDocument(source, { uniqueKeys: false });
  if (doc.errors.length)
    throw new YamlPatchError(
      `the YAML cannot be read: ${doc.errors[0]?.message ?? 'syntax error'}`,
    );
  const root = doc.contents;
  let result: string;
  if (root === null || (isScalar(root) && root.value === null)) {
    result = `${source}${source === '' || source.endsWith('\n') ? '' : '\n'}${stringify(next)}`;
  } else if (!isMap(root) || root.flow) {
    throw new YamlPatchError('the YAML must be a mapping of fields, written one per line');
  } else {
    const patcher = new Patcher(source);
    patcher.map(root, next, 0);
    result = patcher.apply();
  }
  const written: unknown = parseDocument(result).toJS();
  if (!sameData(written, next, true))
    throw new YamlPatchError(
      'internal error: the text written does not read back as the values that were saved, so nothing was written',
    );
  return result;
}

class Patcher {
  private readonly edits: Edit[] = [];
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  /** The text with every edit applied, checking that no two edits overlap. */
  apply(): string {
    // From the end backwards; at one position a removal goes before an insertion there.
    const edits = [...this.edits].sort((a, b) => b.start - a.start || b.end - a.end);
    let out = this.source;
    let floor = Infinity;
    for (const e of edits) {
      if (e.end > floor) throw new YamlPatchError('internal error: overlapping edits');
      out = out.slice(0, e.start) + e.text + out.slice(e.end);
      floor = e.start;
    }
    return out;
  }

  private lineStart(offset: number): number {
    return this.source.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset just after the newline that ends the line holding the node's last character. */
  private lineEndAfter(node: Node): number {
    const end = node.range?.[1] ?? 0;
    if (end > 0 && this.source[end - 1] === '\n') return end;
    const newline = this.source.indexOf('\n', end);
    return newline === -1 ? this.source.length : newline + 1;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** Lines from a pair's key to the end of its value. */
  private pairSpan(pair: Pair): [number, number] {
    const key = pair.key as Node;
    const last = (pair.value as Node | null) ?? key;
    return [this.lineStart(key.range?.[0] ?? 0), this.lineEndAfter(last)];
  }

  /** Lines from a list item's dash to the end of its value. */
  private itemSpan(item: Node): [number, number] {
    return [this.lineStart(item.range?.[0] ?? 0), this.lineEndAfter(item)];
  }

  private edit(start: number, end: number, text: string): void {
    if (start !== end || text) this.edits.push({ start, end, text });
  }

  /** Whether the node, as written, already holds `next` (and needs no quoting repair). */
  private holds(node: Node | null, next: unknown): boolean {
    const current: unknown = node ? node.toJS(new Document()) : null;
    return sameData(current, next) && !this.needsQuotes(node);
  }

  /**
   * An unquoted scalar that js-yaml (Astro's parser) reads as something other than the string
   * the editor showed, e.g. `date: 2021-07-30` (a Date there): rewriting it quoted is the fix.
   */
  private needsQuotes(node: Node | null): boolean {
    let found = false;
    if (!node) return false;
    visit(node, {
      Scalar: (key, scalar) => {
        if (key === 'key' || scalar.type !== Scalar.PLAIN || typeof scalar.value !== 'string')
          return;
        if (isPlainSafe(scalar.value)) return;
        const [start = 0, end = 0] = scalar.range ?? [];
        try {
          if (loadJsYaml(this.source.slice(start, end)) !== scalar.value) found = true;
        } catch {
          found = true;
        }
        return found ? visit.BREAK : undefined;
      },
    });
    return found;
  }

  map(node: YAMLMap, next: Plain, indent: number): void {
    const pairs = node.items;
    const present = new Set<string>();
    for (const pair of pairs) {
      const key = String((pair.key as Scalar | null)?.value);
      present.add(key);
      const value = pair.value as Node | null;
      if (next[key] === undefined) {
        const current: unknown = value ? value.toJS(new Document()) : null;
        if (!isEmptyCollection(current)) this.edit(...this.pairSpan(pair), '');
        continue;
      }
      this.value(pair, key, next[key], indent);
    }
    // New keys go after the nearest key before them (in the new order) that is already written.
    const keys = Object.keys(next).filter((k) => next[k] !== undefined);
    const firstPair = pairs[0];
    let anchor = firstPair ? this.pairSpan(firstPair)[0] : this.lineEndAfter(node);
    let pending = '';
    const flush = (): void => {
      if (pending) this.edit(anchor, anchor, pending);
      pending = '';
    };
    for (const key of keys) {
      if (present.has(key)) {
        flush();
        const pair = pairs.find((p) => String((p.key as Scalar | null)?.value) === key);
        if (pair) anchor = this.pairSpan(pair)[1];
        continue;
      }
      pending += indentLines(stringify({ [key]: next[key] }), indent);
    }
    flush();
  }

  private value(pair: Pair, key: string, next: unknown, indent: number): void {
    const node = pair.value as Node | null;
    if (this.holds(node, next)) return;
    const childIndent = (node?.range ? this.column(node.range[0]) : indent + 2) || indent + 2;
    if (node && this.replaceScalar(node, next)) return;
    if (isMap(node) && !node.flow && node.items.length > 0 && isObject(next)) {
      this.map(node, next, childIndent);
      return;
    }
    if (isSeq(node) && !node.flow && node.items.length > 0 && Array.isArray(next) && next.length) {
      this.seq(node, next);
      return;
    }
    this.edit(...this.pairSpan(pair), indentLines(stringify({ [key]: next }), indent));
  }

  /** Replaces a one-line scalar where it stands (keeping any comment after it); false when that is not possible. */
  private replaceScalar(node: Node, next: unknown): boolean {
    if (!isScalar(node) || !node.range || node.range[0] === node.range[1]) return false;
    if (next === null || typeof next === 'object') return false;
    const block = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
    if (block || (typeof next === 'string' && next.includes('\n'))) return false;
    const text = stringify(next).replace(/\n$/, '');
    if (text.includes('\n')) return false;
    this.edit(node.range[0], node.range[1], text);
    return true;
  }

  seq(node: YAMLSeq, next: unknown[]): void {
    const items = node.items as Node[];
    const first = items[0];
    if (!first) return;
    const dashIndent = this.column(this.source.lastIndexOf('-', first.range?.[0] ?? 0));
    const spans = items.map((item) => this.itemSpan(item));
    const blankBetween = spans.some(([, end], i) => {
      const nextStart = spans[i + 1]?.[0];
      return nextStart !== undefined && /\n[ \t]*\n/.test(`\n${this.source.slice(end, nextStart)}`);
    });
    const separator = blankBetween ? '\n' : '';

    const current = items.map((item) => item.toJS(new Document()) as unknown);
    const identity = (value: unknown): string =>
      isObject(value) && typeof value['id'] === 'string'
        ? `id:${value['id']}`
        : `value:${canonical(value)}`;
    const matches = longestCommonSubsequence(current.map(identity), next.map(identity));

    // Walk both lists: matched items are patched in place; between matches, old and new items
    // are paired in order (an edited item), and the rest removed or inserted.
    const deleted: number[] = [];
    const inserts = new Map<number, string[]>(); // after old item index (-1: before the first)
    let lastOld = -1;
    let lastNew = -1;
    const segment = (oldEnd: number, newEnd: number): void => {
      const olds = range(lastOld + 1, oldEnd);
      const news = range(lastNew + 1, newEnd);
      let anchor = lastOld;
      for (let k = 0; k < Math.max(olds.length, news.length); k++) {
        const o = olds[k];
        const n = news[k];
        if (o !== undefined && n !== undefined) {
          this.item(items[o] as Node, next[n], dashIndent);
          anchor = o;
        } else if (o !== undefined) deleted.push(o);
        else if (n !== undefined) {
          const text = indentLines(stringify([next[n]]), dashIndent);
          inserts.set(anchor, [...(inserts.get(anchor) ?? []), text]);
        }
      }
    };
    for (const [o, n] of matches) {
      segment(o, n);
      this.item(items[o] as Node, next[n], dashIndent);
      lastOld = o;
      lastNew = n;
    }
    segment(items.length, next.length);

    for (const [after, texts] of inserts) {
      if (after === -1) {
        const at = spans[0]?.[0] ?? 0;
        this.edit(at, at, texts.map((t) => t + separator).join(''));
      } else {
        const at = spans[after]?.[1] ?? 0;
        this.edit(at, at, texts.map((t) => separator + t).join(''));
      }
    }
    // Removed items go with the separator after them (or, at the end, the one before them).
    for (const [a, b] of runs(deleted)) {
      const following = spans[b + 1];
      const preceding = spans[a - 1];
      if (following) this.edit(spans[a]?.[0] ?? 0, following[0], '');
      else if (preceding) this.edit(preceding[1], spans[b]?.[1] ?? 0, '');
      else this.edit(spans[a]?.[0] ?? 0, spans[b]?.[1] ?? 0, '');
    }
  }

  private item(node: Node, next: unknown, dashIndent: number): void {
    if (this.holds(node, next)) return;
    if (this.replaceScalar(node, next)) return;
    if (isMap(node) && !node.flow && node.items.length > 0 && isObject(next)) {
      this.map(node, next, node.range ? this.column(node.range[0]) : dashIndent + 2);
      return;
    }
    this.edit(...this.itemSpan(node), indentLines(stringify([next]), dashIndent));
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Consecutive runs in a list of indices, as [first, last] pairs. */
function runs(indices: readonly number[]): [number, number][] {
  const sorted = [...indices].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

/** Index pairs of a longest common subsequence of two lists of keys, in order. */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (table[i] as number[])[j] =
        a[i] === b[j]
          ? (table[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(table[i + 1]?.[j] ?? 0, table[i]?.[j + 1] ?? 0);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}
