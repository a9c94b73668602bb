/**
 * The snippets partners paste: the loader form (a placeholder with a fallback link, then the
 * script) and the plain iframe form. Used by the builder page, in the build and in the browser.
 */
import { widgetPath } from './embed-paths.ts';
import { FRAME_SANDBOX, optionsQuery, type WidgetKind, type WidgetOptions } from './embed.ts';
import { escapeHtml } from './shared/format.ts';

export interface SnippetInput {
  /** The site's public address, e.g. "https://beacon.example.org". */
  readonly siteUrl: string;
  readonly target: {
    readonly kind: WidgetKind;
    readonly instrument?: string | undefined;
    readonly milestone?: string | undefined;
    readonly tag?: string | undefined;
  };
  readonly options: WidgetOptions;
  readonly defaults: WidgetOptions;
  /** Names the widget: the frame's title, and the words of the fallback link. */
  readonly title: string;
  /** The tracker page the fallback link opens (a path or an address). */
  readonly link: string;
  /** The plain iframe's height in pixels (it cannot resize itself). */
  readonly height: number;
}

/**
 * The loader form of a widget: a placeholder holding a plain link (what readers get when scripts
 * are stripped), then the loader script.
 */
export function loaderSnippet(input: SnippetInput): string {
  const { target, options, defaults } = input;
  const attrs: [string, string | undefined][] = [
    ['policy-timeline', target.kind],
    ['instrument', target.instrument],
    ['milestone', target.milestone],
    ['tag', target.tag],
    ['theme', options.theme !== defaults.theme ? options.theme : undefined],
    ['lang', options.lang !== defaults.lang ? options.lang : undefined],
    [
      'limit',
      target.kind === 'timeline' && options.limit !== defaults.limit
        ? String(options.limit)
        : undefined,
    ],
    ['compact', options.compact !== defaults.compact ? (options.compact ? '1' : '0') : undefined],
  ];
  const data = attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
  const link = new URL(input.link, input.siteUrl).href;
  return `<div${data}><a href="${escapeHtml(link)}">${escapeHtml(input.title)}</a></div>\n<script src="${escapeHtml(new URL('/embed.js', input.siteUrl).href)}" async></script>`;
}

/** The plain form of a widget: an iframe of fixed height, and a link after it for when frames are stripped. */
export function iframeSnippet(input: SnippetInput): string {
  const src = new URL(
    widgetPath(input.target) + optionsQuery(input.options, input.defaults, input.target.kind),
    input.siteUrl,
  ).href;
  const link = new URL(input.link, input.siteUrl).href;
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(input.title)}" height="${Math.round(input.height)}" loading="lazy" referrerpolicy="no-referrer" sandbox="${FRAME_SANDBOX}" style="display:block;width:100%;border:0"></iframe>\n` +
    `<p><a href="${escapeHtml(link)}">${escapeHtml(input.title)}</a></p>`
  );
}
