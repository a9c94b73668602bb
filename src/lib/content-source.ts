/**
 * Reading authors' files the way Astro reads them, and finding where a field is written.
 *
 * Values come from js-yaml, the parser Astro itself uses for frontmatter and YAML data files,
 * so what we validate is exactly what Astro would load (unquoted dates become Dates, and so on).
 * Positions come from the `yaml` package's document model, which keeps source ranges, so an error
 * can name the line and quote the value as the author wrote it.
 */
import { load as loadYaml, YAMLException } from 'js-yaml';
import { isMap, isNode, isSeq, parseDocument, type Document } from 'yaml';

/** The same pattern Astro uses to find frontmatter (`@astrojs/internal-helpers/frontmatter`). */
export const FRONTMATTER_RE = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Where a value is written: its line, and its text when the whole path exists (`exact`). */
export interface Location {
  readonly line: number;
  readonly exact: boolean;
  readonly text?: string;
}

export interface ParsedSource {
  /** The parsed YAML value (frontmatter or whole file), or `undefined` when it could not be parsed. */
  readonly data: unknown;
  /** A YAML syntax error, with its line in the file. */
  readonly syntaxError?: { line: number; message: string };
  /** Finds the line and the written text of a value by its path. */
  readonly locate: (path: readonly PropertyKey[]) => Location;
  /** The Markdown/MDX body after the frontmatter ('' for YAML files). */
  readonly body: string;
}

/**
 * The files parsed lately, by their text: the build's content check validates every file and
 * then builds the review queue from the same texts, and each would parse them again.
 */
const parsed = new Map<string, ParsedSource>();
const PARSED_KEPT = 4000;

/**
 * Parses an MDX file's frontmatter (`frontmatter: true`) or a whole YAML file, once per text.
 * The document model that gives positions is made only when a position is first asked for (an
 * error, a review item): a build that finds nothing wrong reads each file with js-yaml alone.
 */
export function parseSource(text: string, options: { frontmatter: boolean }): ParsedSource {
  const key = `${options.frontmatter ? 'm' : 'y'}${text}`;
  let source = parsed.get(key);
  if (!source) {
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    parsed.set(key, (source = parseSourceOnce(text, options)));
  }
  return source;
}

function parseSourceOnce(text: string, options: { frontmatter: boolean }): ParsedSource {
  let yamlText = text;
  let yamlOffset = 0;
  let body = '';
  if (options.frontmatter) {
    const match = FRONTMATTER_RE.exec(text);
    if (!match || match[1] === undefined) {
      return {
        data: undefined,
        syntaxError: {
          line: 1,
          message:
            'no frontmatter: the file must start with a line "---", the YAML fields, and another "---"',
        },
        locate: () => ({ line: 1, exact: false }),
        body: text,
      };
    }
    yamlText = match[1];
    yamlOffset = match.index + match[0].indexOf(yamlText);
    body = text.slice(match.index + match[0].length);
  }
  const lineAt = (offset: number): number => countLines(text, yamlOffset + offset);

  let data: unknown;
  try {
    data = loadYaml(yamlText);
  } catch (error) {
    if (error instanceof YAMLException) {
      return {
        data: undefined,
        syntaxError: {
          line: lineAt(0) + error.mark.line,
          message: `YAML syntax error: ${error.reason}`,
        },
        locate: () => ({ line: lineAt(0), exact: false }),
        body,
      };
    }
    throw error;
  }
  let doc: Document | undefined;
  return {
    data,
    locate: (path) =>
      locateIn(
        (doc ??= parseDocument(yamlText, { keepSourceTokens: false, uniqueKeys: false })),
        yamlText,
        path,
        lineAt,
      ),
    body,
  };
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function locateIn(
  doc: Document,
  yamlText: string,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
): Location {
  // Walk down as far as the path exists; a missing field is reported on its parent's line.
  let node: unknown = doc.contents;
  let line = lineAt(0);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isNode(item.key) && 'value' in item.key && item.key.value === key,
      );
      if (!pair) return { line, exact: false };
      if (isNode(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
      node = node.items[key];
    } else return { line, exact: false };
    if (isNode(node) && node.range) line = lineAt(node.range[0]);
  }
  return isNode(node) && node.range
    ? { line, exact: true, text: yamlText.slice(node.range[0], node.range[1]).trim() }
    : { line, exact: true };
}
