/**
 * How the web editor reads a content file into its form and writes the form back: an
 * instrument (`.mdx`: YAML frontmatter and a Markdown explainer) or `campaign.yaml`.
 *
 * Reading keeps the file's text in a hidden field ({@link SOURCE_KEY}), so writing can change
 * only what was edited ({@link patchYaml}): untouched fields, milestones and their order keep
 * their bytes, and an untouched explainer is written back exactly as it was.
 *
 * Two things the form cannot hold as the file does are translated both ways:
 * - empty values: the form hands back `""` or `null` for a field left blank; they are left out;
 * - fields that mean something when empty (`deadline: {}`: "this is a deadline, outcome not
 *   known yet"): the editor drops empty objects, so reading adds a hidden {@link PRESENCE_KEY}
 *   to such an object, and writing turns it back into the object, `{}` included.
 *
 * Pure: text and values in, text and values out (used in the browser by src/admin/).
 */
import { parseDocument } from 'yaml';
import { patchYaml } from './yaml-patch.ts';

/** The hidden field that carries the file's text from reading to writing. */
export const SOURCE_KEY = '__policyTimelineSource';
/** The field that holds the Markdown body of an `.mdx` file. */
export const BODY_KEY = 'body';
/** The hidden field that marks an object that is there even when empty (`deadline: {}`). */
export const PRESENCE_KEY = 'present';

/** Where objects that mean something when empty live: a key path, `*` for every list item. */
export type PresencePath = readonly string[];

export type FileKind = 'frontmatter' | 'yaml';

type Plain = Record<string, unknown>;

const FRONTMATTER_RE = /^\uFEFF?---\n([\s\S]*?\n)?---(?:\n|$)/;

const isObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class EditorFormatError extends Error {
  override name = 'EditorFormatError';
}

/** Splits a frontmatter file into its YAML and what follows the closing `---` line. */
function splitFrontmatter(text: string): { yaml: string; rest: string } | undefined {
  const match = FRONTMATTER_RE.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', rest: text.slice(match[0].length) };
}

/** Calls `visit(parent, key)` for every object found at `path` below `value`. */
function atPath(value: unknown, path: PresencePath, visit: (parent: Plain, key: string) => void) {
  const [head, ...tail] = path;
  if (head === undefined) return;
  if (head === '*') {
    if (Array.isArray(value)) for (const item of value) atPath(item, tail, visit);
    return;
  }
  if (!isObject(value)) return;
  if (tail.length === 0) visit(value, head);
  else atPath(value[head], tail, visit);
}

/** Reads a file into the editor's values. */
export function readForEditor(
  text: string,
  kind: FileKind,
  presence: readonly PresencePath[] = [],
): Plain {
  let yaml = text;
  let body: string | undefined;
  if (kind === 'frontmatter') {
    const parts = splitFrontmatter(text);
    if (!parts)
      throw new EditorFormatError(
        'this file has no frontmatter: it must start with a line "---", the fields, and another "---"',
      );
    yaml = parts.yaml;
    body = parts.rest.replace(/^\n+/, '');
  }
  const doc = parseDocument(yaml);
  if (doc.errors.length)
    throw new EditorFormatError(
      `the YAML cannot be read: ${doc.errors[0]?.message ?? 'syntax error'}`,
    );
  const parsed: unknown = doc.toJS();
  const data: Plain = isObject(parsed) ? parsed : {};
  for (const path of presence)
    atPath(data, path, (parent, key) => {
      const value = parent[key];
      if (isObject(value)) parent[key] = { ...value, [PRESENCE_KEY]: true };
    });
  return { ...data, ...(body === undefined ? {} : { [BODY_KEY]: body }), [SOURCE_KEY]: text };
}

const BLANK = Symbol('blank');

/**
 * Leaves out what the form hands back for blank fields: `undefined`, `null`, `""`, and a list
 * or group whose every member was blank. A list or group that was empty to begin with stays.
 */
function withoutBlanks(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return BLANK;
  if (Array.isArray(value)) {
    const kept = value.map(withoutBlanks).filter((v) => v !== BLANK);
    return kept.length === 0 && value.length > 0 ? BLANK : kept;
  }
  if (isObject(value)) {
    const out: Plain = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = withoutBlanks(v);
      if (kept !== BLANK) out[k] = kept;
    }
    return Object.keys(out).length === 0 && Object.keys(value).length > 0 ? BLANK : out;
  }
  return value;
}

/** The values the editor means, as the file holds them (presence marks turned back into objects). */
export function editorValuesToData(value: Plain, presence: readonly PresencePath[] = []): Plain {
  const kept = withoutBlanks(value);
  const data: Plain = isObject(kept) ? kept : {};
  delete data[SOURCE_KEY];
  delete data[BODY_KEY];
  for (const path of presence)
    atPath(data, path, (parent, key) => {
      const object = parent[key];
      if (!isObject(object)) return;
      const { [PRESENCE_KEY]: present, ...rest } = object;
      // Unmarked but filled in still counts: nothing the editor typed is silently dropped.
      if (present === true || Object.keys(rest).length > 0) parent[key] = rest;
      else delete parent[key];
    });
  return data;
}

/**
 * Writes the editor's values as the file's new text: the file as it was read with only the
 * edited parts changed, or a new file in the content's style when there was none.
 */
export function writeFromEditor(
  value: Plain,
  kind: FileKind,
  presence: readonly PresencePath[] = [],
): string {
  const source = typeof value[SOURCE_KEY] === 'string' ? value[SOURCE_KEY] : undefined;
  const data = editorValuesToData(value, presence);
  if (kind === 'yaml') return ensureNewline(patchYaml(source ?? '', data));

  const body = typeof value[BODY_KEY] === 'string' ? value[BODY_KEY] : '';
  const parts = source === undefined ? undefined : splitFrontmatter(source);
  if (source !== undefined && !parts)
    throw new EditorFormatError('the file as read has no frontmatter, so it cannot be updated');
  const yaml = patchYaml(parts?.yaml ?? '', data);
  // An untouched explainer keeps its exact text (blank lines, trailing spaces and all).
  const rest =
    parts !== undefined && parts.rest.trim() === body.trim()
      ? parts.rest
      : body.trim()
        ? `\n${body.trim()}\n`
        : '';
  return ensureNewline(`---\n${yaml}---\n${rest}`);
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
