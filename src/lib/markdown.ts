/**
 * The short Markdown allowed in milestone notes and corrections: **bold**, *emphasis*,
 * `code` and [links](https://…), in one paragraph. Everything else is text: any HTML in a note
 * is escaped, and only http(s) and mailto links are made links.
 */
import { escapeHtml } from './shared/format.ts';

/** Marks a code span's place while the rest is formatted (a private-use character never typed in notes). */
const HOLE = '\uE000';

// The one escaper lives in the client-safe core; re-exported for the feed and other build code.
export { escapeHtml };

/** Renders short inline Markdown to safe HTML. */
export function renderInlineMarkdown(source: string): string {
  const codes: string[] = [];
  // Code spans first, so nothing inside them is formatted.
  let html = escapeHtml(source).replace(
    /`([^`]+)`/g,
    (_, code: string) => `${HOLE}${codes.push(code) - 1}${HOLE}`,
  );
  html = html.replace(
    /\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g,
    (_, text: string, href: string) => `<a href="${href}">${text}</a>`,
  );
  html = html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  html = html.replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?![*\w])/g, '$1<em>$2</em>');
  html = html.replace(
    new RegExp(`${HOLE}(\\d+)${HOLE}`, 'g'),
    (_, i: string) => `<code>${codes[Number(i)] ?? ''}</code>`,
  );
  return html.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Renders plain Markdown paragraphs (separated by a blank line) to safe HTML, each with the
 * inline Markdown of {@link renderInlineMarkdown}: the explainer of an instrument in another
 * language.
 */
export function renderMarkdownParagraphs(source: string): string {
  return source
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${renderInlineMarkdown(paragraph)}</p>`)
    .join('\n');
}

/** The plain text of short Markdown, for feeds, calendars and citations. */
export function inlineMarkdownToText(source: string): string {
  return source
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?![*\w])/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
