/**
 * Checks an instrument's explainer (the MDX body) before Astro compiles it. A body is plain
 * Markdown: it may not run code or pull anything in. Without these checks a syntax error only
 * surfaced in the build as a stack trace, a remote `import` failed with an unrelated Node
 * error, and a raw `<script>` was published (only the Content Security Policy stopped it).
 *
 * The body is parsed with Sätteri, the MDX parser Astro 7 itself compiles bodies with, so a
 * syntax error here is exactly one the build would hit, at the same line. Rules, each a problem
 * with the file, line, the text as written and a fix:
 * - MDX syntax errors (an unclosed tag, a stray `<` or `{`, an HTML comment);
 * - `import` / `export` statements;
 * - JSX expressions: `{…}` in text, `attr={…}` and `{...spread}` on a tag;
 * - raw `<script>` and `<iframe>` elements;
 * - event-handler attributes (`onclick=`, `onload=` …) on any element.
 *
 * Pure: it takes the file's text, the whole file, so lines count from the top.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from './validate.ts';

/** The field name body problems carry. */
export const BODY_FIELD = 'body';

type Node = MdastNode & {
  readonly children?: readonly Node[];
  readonly attributes?: readonly { readonly type: string; readonly name?: string }[];
  readonly name?: string | null;
};

/** Every problem in the body of one instrument file (`text` is the whole file, frontmatter included). */
export function checkBody(file: string, text: string): Problem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(text, { features: { gfm: true, frontmatter: true } }) as Node;
  } catch (error) {
    return [syntaxProblem(file, text, error)];
  }
  const problems: Problem[] = [];
  const add = (node: Node, message: string, fix: string, value?: string): void => {
    problems.push({
      file,
      line: node.position?.start.line ?? 1,
      field: BODY_FIELD,
      value: shorten((value ?? sourceOf(text, node)).trim()),
      message,
      fix,
    });
  };
  const walk = (node: Node): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          'import and export statements are not allowed in a body: it is plain Markdown, and they would run code at build time (a remote import fails the build)',
          'delete the line; to show such a line as text, put it in a code block (```)',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          'JSX expressions ({…}) are not allowed in a body: they run code',
          'write a literal brace as \\{ (or put the text in `backticks`); facts that change belong in the frontmatter',
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        break;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}

/** Raw elements a body may not contain, with why and what to write instead. */
const BANNED_ELEMENTS: ReadonlyMap<string, { message: string; fix: string }> = new Map([
  [
    'script',
    {
      message: 'a raw <script> is not allowed in a body: pages run only the site’s own scripts',
      fix: 'delete the element; to show code, put it in a code block (```)',
    },
  ],
  [
    'iframe',
    {
      message: 'a raw <iframe> is not allowed in a body: it would load another site into the page',
      fix: 'link to the page instead, e.g. [Title of the page](https://…)',
    },
  ],
]);

function checkElement(
  node: Node,
  add: (node: Node, message: string, fix: string, value?: string) => void,
): void {
  const name = (node.name ?? '').toLowerCase();
  const banned = BANNED_ELEMENTS.get(name);
  if (banned) add(node, banned.message, banned.fix, `<${node.name ?? name}>`);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute')
      add(
        node,
        'JSX expressions ({…}) are not allowed in a body: a {...spread} on a tag runs code',
        'remove the {…} from the tag',
      );
    else if (attribute.name && /^on[a-z]/i.test(attribute.name))
      add(
        node,
        `event-handler attributes (${attribute.name}=) are not allowed in a body: they run code in the reader's browser`,
        `remove ${attribute.name}=… from the <${node.name ?? ''}> tag`,
        `<${node.name ?? ''} ${attribute.name}=…>`,
      );
    else if (
      'value' in attribute &&
      typeof attribute.value === 'object' &&
      attribute.value !== null
    )
      add(
        node,
        `JSX expressions ({…}) are not allowed in a body: ${attribute.name ?? 'an attribute'}={…} runs code`,
        `write the value in quotes, ${attribute.name ?? 'name'}="…", or use Markdown instead of the tag`,
      );
  }
}

/** A parse error as a problem. Sätteri writes "<line>:<column>: <reason> (<rule>)". */
function syntaxProblem(file: string, text: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+):\s*/.exec(raw);
  const line = at ? Number(at[1]) : 1;
  const reason = raw
    .slice(at?.[0].length ?? 0)
    .replace(/\s*\(note: [^)]*\)/, '') // its advice would be an MDX expression, which bodies may not hold
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    .replace(/\s*\(\d+:\d+\)/, '');
  return {
    file,
    line,
    field: BODY_FIELD,
    value: shorten(text.split('\n')[line - 1]?.trim() ?? ''),
    message: `the body is not valid MDX, so the build would fail: ${reason}`,
    fix: syntaxFix(reason),
  };
}

function syntaxFix(reason: string): string {
  if (/closing tag/i.test(reason))
    return 'close the tag on the same paragraph, or write a literal "<" as \\<';
  if (/closing brace|expression/i.test(reason)) return 'write a literal "{" as \\{';
  return 'write a literal "<" as \\< and "{" as \\{; links as [text](https://…), not <https://…>; HTML comments (<!-- -->) are not allowed: delete them';
}

function sourceOf(text: string, node: Node): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : text.slice(start, end);
}

function shorten(value: string): string {
  const first = value.split('\n')[0] ?? '';
  const single = first.length < value.length ? `${first} …` : first;
  return single.length > 100 ? `${single.slice(0, 97)}…` : single;
}
