/**
 * The lifespan chart as static SVG: a pure function from a layout (lifespan.ts) to a string, for
 * the overview page, an instrument's one-row track, the embeddable widget and the `/overview.svg`
 * download. Nothing runs in the browser but the small script that moves the today line.
 *
 * - Text stays text (`<text>`), in the system font, 12 px at the chart's natural size.
 * - Every phase, gap and deadline is an `<a href>` with an accessible name (`aria-label`) and a
 *   `<title>`, in date order: document order is the keyboard order. Row labels, axis, ticks and
 *   connectors are drawn behind, `aria-hidden` (every name already says the instrument; the
 *   table says it all again).
 * - Nothing is told by colour alone (WCAG 1.4.1): phases differ by bar height (negotiation thin,
 *   adopted-not-applying medium, application full; a strategy's implementation is full with
 *   rounded ends), reports are hatched with a dashed edge, an
 *   ongoing phase ends in an arrow, a gap is an outlined box with its own label, deadlines are
 *   diamonds and milestones dots (hollow when reported); the legend says each in words.
 * - Colours come from CSS custom properties (`--lc-*`) on classes: {@link lifespanCss} gives
 *   the page's stylesheet (light, dark by the reader's system or `data-theme` on `<html>`, print
 *   in light, and system colours in `forced-colors`), and the self-contained variant carries its
 *   own `<style>` with plain colours (design tools do not read custom properties). Every bar
 *   colour has at least 3:1 contrast with the background in light and dark (WCAG 1.4.11).
 * - The page's Content Security Policy allows no inline style: the inline variant has no
 *   `<style>` and no `style` attribute; the page links the stylesheet instead.
 * - The today line is a `<g data-lc-today>` translated to the build date's x. It carries the
 *   scale (`data-t0`, `data-t1`, `data-x0`, `data-x1`: see lifespan-scale.ts) and its words
 *   (`data-messages`, JSON: `chart.todayDate`, `chart.todayOutside` with a `{date}`), so a
 *   script of a few lines can move it: `placeToday(readScale(g.dataset), Date.now())`, then set
 *   `transform="translate(x 0)"`, the label's `text-anchor` (`todayAnchor`) and its text (the
 *   message for `where`, with the reader's date). Without JavaScript it stays at the build date,
 *   which the label states.
 *
 * Phone width (measured): Project Beacon's chart spans 19 years (2010–2028). At its natural
 * 48 px a year it is 956 px wide; squeezed into a 390 px screen by scaling, its 12 px text would
 * shrink to under 5 px. So a phone gets its own render, {@link PHONE_WIDTH} (358) px wide: 16 px a
 * year, which still shows the 118-day gap (5 px) and a five-month negotiation (7 px); labels go on
 * lines of their own, year labels every five years, the legend one entry a line; nothing
 * scrolls. The page shows one or the other with a media query (`.lc-wide` / `.lc-narrow` in
 * {@link lifespanCss}), so only one is in the keyboard order; the wide one sits in a scroll
 * region that takes keyboard focus (`.lc-scroll`) for the widths between. The table beside it
 * holds every fact again, with links of full size (WCAG 2.5.8: a bar a few pixels wide is a small
 * target; the table's links are the equivalent control).
 */
import { formatPartialDate } from './dates.ts';
import { escapeHtml } from './markdown.ts';
import {
  PHASE_KINDS,
  type Gap,
  type LifespanLayout,
  type LifespanRow,
  type Phase,
  type PhaseKind,
} from './lifespan.ts';
import { placeToday, scaleAttributes, todayAnchor, xOf, type TimeScale } from './lifespan-scale.ts';
import {
  deadlineName,
  endWord,
  gapLabel,
  gapName,
  phaseName,
  relationLabel,
  tickTitle,
  titlesOf,
  type ChartWords,
} from './lifespan-text.ts';

// ---------------------------------------------------------------------------------------------
// Geometry (user units = CSS pixels at the natural size)

/** Pixels a year at the natural size: year labels, the shortest phases and 12 px text all fit. */
export const PX_PER_YEAR = 48;
export const MIN_PLOT_WIDTH = 640;
/** The width of the phone layout: a 390 px screen less the page's margins (16 px each side). */
export const PHONE_WIDTH = 358;
const PAD_LEFT = 16;
const PAD_RIGHT = 30;
const AXIS_HEIGHT = 26;
const HEADING_HEIGHT = 30;
/** A row with a one-line label; each further label line adds {@link LINE}. */
export const ROW_HEIGHT = 42;
const LINE = 13;
const LABEL_Y = 13;
const BAR_Y = 25;
/** Milestones sit this far below the middle of the bar. */
const TICK_DY = 12;
const FONT = 12;
const SMALL = 11;
/** An average glyph width as a share of the font size, to place labels without measuring text. */
const GLYPH = 0.6;
/** Bold text is about this much wider. */
const BOLD = 1.06;

/** Bar heights by phase kind: the non-colour signal of what a phase is. */
export const BAR_HEIGHT: Record<PhaseKind, number> = {
  preparation: 3,
  negotiation: 6,
  pending: 10,
  application: 14,
  implementation: 14,
};
const GAP_HEIGHT = 14;

// ---------------------------------------------------------------------------------------------
// Colours

export interface Palette {
  readonly bg: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  /** The band behind a chain of several rows. */
  readonly band: string;
  readonly preparation: string;
  readonly negotiation: string;
  readonly pending: string;
  readonly application: string;
  readonly implementation: string;
  readonly gap: string;
  readonly gapBg: string;
  readonly today: string;
  readonly focus: string;
}

/** Light and dark palettes; every bar colour has ≥ 3:1 contrast with `bg` and `band` (tested). */
export const PALETTES: { readonly light: Palette; readonly dark: Palette } = {
  light: {
    bg: '#ffffff',
    text: '#16191f',
    muted: '#4a5160',
    grid: '#d3d8e0',
    band: '#f4f6f9',
    preparation: '#7a4f9e',
    negotiation: '#b25000',
    pending: '#5a6472',
    application: '#0b5cad',
    implementation: '#137333',
    gap: '#b42318',
    gapBg: '#fde8e8',
    today: '#16191f',
    focus: '#1a73e8',
  },
  dark: {
    bg: '#111419',
    text: '#e8eaed',
    muted: '#b0b7c3',
    grid: '#3a414d',
    band: '#1b2028',
    preparation: '#c7a4e8',
    negotiation: '#f0a35e',
    pending: '#aab4c3',
    application: '#8ab4f8',
    implementation: '#81c995',
    gap: '#f28b82',
    gapBg: '#3d1614',
    today: '#e8eaed',
    focus: '#8ab4f8',
  },
};

/** System colours for `forced-colors: active`: bars are links, so LinkText; the rest CanvasText. */
const FORCED: Palette = {
  bg: 'Canvas',
  text: 'CanvasText',
  muted: 'CanvasText',
  grid: 'GrayText',
  band: 'Canvas',
  preparation: 'LinkText',
  negotiation: 'LinkText',
  pending: 'LinkText',
  application: 'LinkText',
  implementation: 'LinkText',
  gap: 'CanvasText',
  gapBg: 'Canvas',
  today: 'Highlight',
  focus: 'Highlight',
};

/** What has a colour of its own: each phase kind, and the gap. */
type Coloured = PhaseKind | 'gap';
const KINDS_WITH_COLOUR: readonly Coloured[] = [...PHASE_KINDS, 'gap'];

const cssName = (key: string): string =>
  `--lc-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const vars = (p: Palette): string =>
  Object.entries(p)
    .map(([k, v]) => `${cssName(k)}:${v}`)
    .join(';');

/** Rules that do not depend on the palette's delivery; `c(key)` is a colour reference. */
function rules(c: (key: keyof Palette) => string, kind: (k: Coloured) => string): string {
  const kinds = KINDS_WITH_COLOUR.map(
    (k) =>
      `.lc-k-${k}.lc-solid{fill:${kind(k)}}.lc-k-${k}.lc-hatch,.lc-k-${k}.lc-stripe{stroke:${kind(k)}}`,
  ).join('');
  return [
    `.lc{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;font-size:${FONT}px;background:${c('bg')};max-width:none;height:auto}`,
    // A halo of background behind text keeps it legible over grid lines and connectors.
    `.lc text{fill:${c('text')};paint-order:stroke;stroke:${c('bg')};stroke-width:3px;stroke-linejoin:round}`,
    `.lc .lc-muted{fill:${c('muted')}}`,
    `.lc-grid{stroke:${c('grid')};stroke-width:1}`,
    `.lc-band{fill:${c('band')}}`,
    `.lc-connector{stroke:${c('muted')};stroke-width:1.2;fill:none}`,
    `.lc-connector-dot{fill:${c('muted')}}`,
    `.lc-connector-dot{fill:${c('muted')}}`,
    kinds,
    `.lc-hatch{stroke-width:1.2;stroke-dasharray:4 2}`,
    `.lc-stripe{stroke-width:2}`,
    // A hairline of background between bars that touch, so adjacent phases stay apart in any colours.
    `.lc-bars .lc-solid{stroke:${c('bg')};stroke-width:1}`,
    `.lc .lc-gap.lc-solid{fill:${c('gapBg')};stroke:${c('gap')};stroke-width:1.5}`,
    `.lc-gap-arrow{fill:${c('gap')}}`,
    `.lc .lc-gap-label{fill:${c('gap')};font-weight:600}`,
    // Clicks go through the label to the gap's link under it.
    `.lc-over{pointer-events:none}`,
    `.lc-tick{fill:${c('text')};stroke:${c('text')};stroke-width:1}`,
    `.lc-tick.lc-rep{fill:${c('bg')}}`,
    `.lc-span{fill:none;stroke:${c('text')};stroke-width:1.2}`,
    `.lc-span.lc-rep{stroke-dasharray:2 2}`,
    `.lc-dl{fill:${c('text')};stroke:${c('bg')};stroke-width:1}`,
    `.lc-dl.lc-rep{fill:${c('bg')};stroke:${c('text')};stroke-width:1.5}`,
    `.lc-today line,.lc-today-swatch{stroke:${c('today')};stroke-width:1.5}`,
    `.lc .lc-today text{fill:${c('today')};font-weight:600}`,
    `.lc-end{font-style:italic}`,
    `.lc a:focus{outline:none}`,
    `.lc .lc-bars a:focus-visible .lc-shape{stroke:${c('focus')};stroke-width:3;stroke-dasharray:none}`,
    `.lc a:focus-visible{outline:3px solid ${c('focus')};outline-offset:2px}`,
    `.lc .lc-bars a:hover .lc-shape{stroke:${c('text')};stroke-width:1.5}`,
  ].join('\n');
}

/** Matches every page's root, as specifically as `:root:not([data-theme=light])` (the dark rules). */
const EVERY = ':root:not([data-lc-none])';

/**
 * The chart's stylesheet. `page`: custom properties for light, dark (the reader's system, or
 * `data-theme` on `<html>` as the widgets set it), print (always light) and forced colours, plus
 * the scroll region the page wraps the chart in. `standalone`: plain light colours, for the
 * self-contained SVG (no custom properties, no media queries, which design tools ignore).
 */
export function lifespanCss(mode: 'page' | 'standalone' = 'page'): string {
  if (mode === 'standalone') {
    const p = PALETTES.light;
    return rules(
      (k) => p[k],
      (k) => p[k],
    );
  }
  const lightVars = `.lc{${vars(PALETTES.light)}}`;
  const darkVars = vars(PALETTES.dark);
  return [
    lightVars,
    `@media (prefers-color-scheme:dark){:root:not([data-theme=light]) .lc{${darkVars}}}`,
    `:root[data-theme=dark] .lc{${darkVars}}`,
    // As specific as the dark rules above, and after them, so print and forced colours win.
    `@media print{${EVERY} .lc{${vars(PALETTES.light)}}}`,
    `@media (forced-colors:active){${EVERY} .lc{forced-color-adjust:none;${vars(FORCED)}}}`,
    rules(
      (k) => `var(${cssName(k)})`,
      (k) => `var(${cssName(k)})`,
    ),
    // The page wraps the chart in <section class="lc-scroll" tabindex="0" aria-label="…">.
    `.lc-scroll{overflow-x:auto;overscroll-behavior-x:contain;max-width:100%}`,
    `.lc-scroll:focus-visible{outline:3px solid var(--lc-focus);outline-offset:2px}`,
    `@media print{.lc-scroll{overflow:visible}.lc{width:100%}}`,
    // One render for phones, one for the rest: only the one shown is in the keyboard order.
    `@media (max-width:40rem){.lc-wide{display:none}}`,
    `@media (min-width:40.01rem){.lc-narrow{display:none}}`,
    `.lc-narrow .lc{width:100%}`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Markup helpers

/** Text and attribute values are escaped as for HTML, which is valid XML too. */
const esc = escapeHtml;

/** A coordinate with at most one decimal: smaller files, no visible difference. */
const n = (v: number): string => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

type Attrs = Record<string, string | number | undefined>;

/** Written as a loop: a large build writes millions of attributes. */
function attrs(a: Attrs): string {
  let out = '';
  for (const k in a) {
    const v = a[k];
    if (v !== undefined) out += ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`;
  }
  return out;
}

const el = (name: string, a: Attrs, inner?: string): string =>
  inner === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${inner}</${name}>`;

const textWidth = (s: string, size = FONT): number => s.length * size * GLYPH;

/** Splits a text into lines of at most `max` characters at spaces (a longer word keeps a line of its own). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text, each made of segments (the title in bold, the rest muted). */
interface Segment {
  readonly text: string;
  readonly muted: boolean;
}
interface TextBlock {
  readonly lines: readonly (readonly Segment[])[];
  readonly width: number;
}

const segmentWidth = (s: Segment, size: number): number =>
  textWidth(s.text, size) * (s.muted ? 1 : BOLD);

/** A `<text>` of several lines at (x, y). */
function textBlock(block: TextBlock, x: number, y: number, extra: Attrs = {}): string {
  const inner = block.lines
    .map((line, k) =>
      line
        .map((seg, j) =>
          el(
            'tspan',
            {
              ...(k > 0 && j === 0 ? { x, dy: LINE } : {}),
              ...(seg.muted ? { class: 'lc-muted' } : { 'font-weight': 600 }),
            },
            esc(seg.text),
          ),
        )
        .join(''),
    )
    .join('');
  return el('text', { x, y, ...extra }, inner);
}

/** A row's label: "Title · extends X" on one line where it fits, else the title and the rest on lines of their own. */
function rowLabel(
  row: LifespanRow,
  words: ChartWords,
  titles: ReadonlyMap<string, string>,
  width: number,
): TextBlock {
  const extra =
    row.first === undefined ? words.t('chart.empty') : relationLabel(row, words, titles);
  const room = width - PAD_LEFT - 4;
  const title: Segment = { text: row.shortTitle, muted: false };
  const rest: Segment = { text: ` · ${extra}`, muted: true };
  const oneLine = extra ? [title, rest] : [title];
  const oneWidth = oneLine.reduce((w, s) => w + segmentWidth(s, FONT), 0);
  if (oneWidth <= room) return { lines: [oneLine], width: oneWidth };
  const lines: Segment[][] = [
    ...wrap(row.shortTitle, Math.floor(room / (FONT * GLYPH * BOLD))).map((text) => [
      { text, muted: false },
    ]),
    ...(extra
      ? wrap(extra, Math.floor(room / (FONT * GLYPH))).map((text) => [{ text, muted: true }])
      : []),
  ];
  return {
    lines,
    width: Math.max(...lines.map((l) => l.reduce((w, s) => w + segmentWidth(s, FONT), 0))),
  };
}

/** A mark's name or title, with what it was said for. */
interface Said {
  readonly layout: LifespanLayout;
  readonly t: ChartWords['t'];
  readonly locale: string;
  readonly text: string;
}
type MarkKind = 'phase' | 'gap' | 'deadline' | 'tick';
const said: Record<MarkKind, WeakMap<object, Said>> = {
  phase: new WeakMap(),
  gap: new WeakMap(),
  deadline: new WeakMap(),
  tick: new WeakMap(),
};

/**
 * A mark's name or title (`say`), made once per layout and words: a page draws the same layout
 * twice (wide and phone), in the same words, and a name depends only on the mark, its layout's
 * rows and the words.
 */
function sayOnce(
  kind: MarkKind,
  mark: object,
  layout: LifespanLayout,
  words: ChartWords,
  say: () => string,
): string {
  const hit = said[kind].get(mark);
  if (hit && hit.layout === layout && hit.t === words.t && hit.locale === words.locale)
    return hit.text;
  const text = say();
  said[kind].set(mark, { layout, t: words.t, locale: words.locale, text });
  return text;
}

// ---------------------------------------------------------------------------------------------
// The renderer

export interface SelfContained {
  /** The caption under the chart (campaign, date): `chart.caption` in the page's language. */
  readonly caption: string;
  /** The source line: where the chart and its data live (`chart.source`). */
  readonly source: string;
  /** The chart's permanent address, linked from the source line. */
  readonly permalink: string;
}

export interface LifespanSvgOptions extends ChartWords {
  /** Where a bar links: a milestone's page. Default: `/instruments/<id>/<milestone>/`. */
  readonly href?: ((instrumentId: string, milestoneId: string) => string) | undefined;
  /** The `target` of every link (`_top` in a widget, whose links open the tracker in the top window). */
  readonly target?: string | undefined;
  /** Prefix of the ids inside the SVG, unique on the page when it shows several charts. */
  readonly idPrefix?: string | undefined;
  /** The self-contained download: its own styles, a heading, a caption and the source. */
  readonly selfContained?: SelfContained | undefined;
  /** Whether to draw the legend (default true; an instrument page's one-row track may leave it out). */
  readonly legend?: boolean | undefined;
  /**
   * The width in CSS pixels. Default: the natural width ({@link chartWidth}, {@link PX_PER_YEAR}
   * a year). At {@link PHONE_WIDTH} labels wrap onto lines of their own, year labels thin out
   * and the legend wraps, so a 390 px screen shows it all without scrolling.
   */
  readonly width?: number | undefined;
}

interface Interactive {
  readonly at: number;
  readonly row: number;
  readonly order: number;
  readonly markup: string;
}

const YEAR_MS = 365.2425 * 86_400_000;

/** The natural width of a chart of this layout: {@link PX_PER_YEAR} a year, at least {@link MIN_PLOT_WIDTH}. */
export function chartWidth(layout: LifespanLayout): number {
  const years = (layout.end - layout.start) / YEAR_MS;
  return Math.round(PAD_LEFT + Math.max(MIN_PLOT_WIDTH, years * PX_PER_YEAR) + PAD_RIGHT);
}

/**
 * Renders a layout as SVG: inline in a page (no `<style>`: the page links {@link lifespanCss}),
 * or, with `selfContained`, a complete file with its styles, heading, caption and source.
 * @example renderLifespanSvg(layoutLifespan(instruments, { now, zone }), { t, locale: 'en-GB' })
 */
export function renderLifespanSvg(layout: LifespanLayout, options: LifespanSvgOptions): string {
  const { t, locale } = options;
  const words: ChartWords = { t, locale };
  const id = options.idPrefix ?? 'lc';
  const href =
    options.href ?? ((instrument, milestone) => `/instruments/${instrument}/${milestone}/`);
  const standalone = options.selfContained;
  const linkTarget = options.target;
  /** A mark the reader can Tab to: a link to its milestone, named (and titled) `name`. */
  const markLink = (
    place: Omit<Interactive, 'markup'>,
    to: { instrument: string; milestone: string },
    name: string,
    shapes: string,
  ): Interactive => ({
    ...place,
    markup: el(
      'a',
      { href: href(to.instrument, to.milestone), target: linkTarget, 'aria-label': name },
      `<title>${esc(name)}</title>${shapes}`,
    ),
  });
  const titles = titlesOf(layout);
  const width = Math.round(options.width ?? chartWidth(layout));
  const top = (standalone ? HEADING_HEIGHT : 0) + AXIS_HEIGHT;
  const scale: TimeScale = {
    t0: layout.start,
    t1: layout.end,
    x0: PAD_LEFT,
    x1: width - PAD_RIGHT,
  };
  const x = (at: number): number => Math.min(scale.x1, Math.max(scale.x0, xOf(scale, at)));

  // Rows: each label wrapped to the room it has; a longer label makes a taller row.
  const rowIndex = new Map(layout.rows.map((r, i) => [r.id, i]));
  const labels = layout.rows.map((row) => rowLabel(row, words, titles, width));
  const tops: number[] = [];
  let cursor = top;
  for (const label of labels) {
    tops.push(cursor);
    cursor += ROW_HEIGHT + (label.lines.length - 1) * LINE;
  }
  const rowsBottom = cursor;
  const rowTop = (i: number): number => tops[i] ?? rowsBottom;
  const barY = (i: number): number =>
    rowTop(i) + BAR_Y + ((labels[i]?.lines.length ?? 1) - 1) * LINE;
  // Where each label starts: beside the row's first mark where it fits, else as far right as it fits.
  const labelX = layout.rows.map((row, i) =>
    Math.max(
      scale.x0,
      Math.min(
        row.first === undefined ? scale.x0 : x(row.first),
        width - 4 - (labels[i]?.width ?? 0),
      ),
    ),
  );

  /**
   * Where a gap's label goes: inside its box if it fits, else on the row's label line where the
   * label leaves room, else below the bar where no milestone is; `undefined` if nowhere (its
   * name and the legend still say it).
   */
  function gapLabelSpot(i: number, a: number, b: number, cy: number, w: number): Attrs | undefined {
    if (b - a >= w + 6) return { x: (a + b) / 2, y: cy + 4, 'text-anchor': 'middle' };
    const lx = labelX[i] ?? scale.x0;
    const lw = labels[i]?.width ?? 0;
    const firstLine = rowTop(i) + LABEL_Y;
    const at = Math.min(a, width - 4 - w);
    if (at >= lx + lw + 8 || at + w <= lx - 8) return { x: at, y: firstLine };
    if (lx + lw + 8 + w <= width - 4) return { x: lx + lw + 8, y: firstLine };
    const row = layout.rows[i];
    const busy = row?.ticks.some((m) => x(m.end) >= at - 4 && x(m.start) <= at + w + 4);
    if (!busy) return { x: at, y: cy + GAP_HEIGHT / 2 + 11 };
    return undefined;
  }

  // Hatch patterns: exactly the kinds of the unconfirmed spans drawn.
  const hatched = new Set<Coloured>();
  for (const r of layout.rows) for (const p of r.phases) if (!p.confirmed) hatched.add(p.kind);
  for (const g of layout.gaps) if (!g.confirmed) hatched.add('gap');

  const grid: string[] = [];
  const back: string[] = [];
  const connectors: string[] = [];
  const front: Interactive[] = [];
  /** Words drawn over the bars, for the eye only (the bars' names say them). */
  const labelsOver: string[] = [];

  // A chain of several rows shares a band.
  for (const chain of layout.chains) {
    if (chain.rows.length < 2) continue;
    const first = rowIndex.get(chain.rows[0] ?? '') ?? 0;
    const y0 = rowTop(first) + 2;
    grid.push(
      el('rect', {
        class: 'lc-band',
        x: 0,
        y: y0,
        width,
        height: rowTop(first + chain.rows.length) - 4 - y0 + 2,
        rx: 4,
      }),
    );
  }

  // Years: a grid line at each first of January, a label every year there is room for.
  const perYear = (scale.x1 - scale.x0) / Math.max(1, (layout.end - layout.start) / YEAR_MS);
  const every = [1, 2, 5, 10, 20, 50].find((k) => k * perYear >= 34) ?? 100;
  for (const y of layout.years) {
    const gx = xOf(scale, y.at);
    grid.push(el('line', { class: 'lc-grid', x1: gx, x2: gx, y1: top - 6, y2: rowsBottom }));
    const next = xOf(scale, y.at + YEAR_MS);
    if (y.year % every === 0 && next <= scale.x1 + 0.5)
      grid.push(
        el(
          'text',
          {
            x: every === 1 ? (gx + next) / 2 : gx,
            y: top - 9,
            'text-anchor': 'middle',
            class: 'lc-muted',
            'font-size': SMALL,
          },
          String(y.year),
        ),
      );
  }

  layout.rows.forEach((row, i) => {
    const cy = barY(i);
    drawRowBack(row, i, cy);
    for (const phase of row.phases) front.push(phaseLink(row, i, phase, cy));
    for (const d of row.deadlines) {
      const name = sayOnce('deadline', d, layout, words, () => deadlineName(row, d, words));
      front.push(
        markLink(
          { at: d.at, row: i, order: 1 },
          { instrument: row.id, milestone: d.milestoneId },
          name,
          el('path', {
            class: `lc-dl lc-shape${d.reported ? ' lc-rep' : ''}`,
            d: `M${n(x(d.at))} ${n(cy - 6)}l6 6-6 6-6-6z`,
          }),
        ),
      );
    }
  });
  for (const gap of layout.gaps) {
    const i = rowIndex.get(gap.row);
    if (i !== undefined) front.push(gapLink(gap, i));
  }

  function drawRowBack(row: LifespanRow, i: number, cy: number): void {
    const label = labels[i] ?? rowLabel(row, words, titles, width);
    back.push(textBlock(label, labelX[i] ?? scale.x0, rowTop(i) + LABEL_Y));
    // The link to the row it joins: a line from that row's bar down to this row's start.
    if (row.link && row.first !== undefined) {
      const target = rowIndex.get(row.link.target);
      if (target !== undefined && target < i) {
        const cx = x(row.first);
        const from = barY(target);
        connectors.push(
          el('path', { class: 'lc-connector', d: `M${n(cx)} ${n(from)}V${n(cy - 4)}` }),
          el('circle', { class: 'lc-connector-dot', cx, cy: from, r: 2 }),
        );
      }
    }
    // Milestones: a dot on a day, a bracket over the month or year when that is all that is known.
    for (const m of row.ticks) {
      const title = `<title>${esc(sayOnce('tick', m, layout, words, () => tickTitle(m, words)))}</title>`;
      const rep = m.reported ? ' lc-rep' : '';
      if (m.end > m.start) {
        const a = x(m.start);
        const b = Math.max(x(m.end), a + 2);
        back.push(
          el(
            'path',
            { class: `lc-span${rep}`, d: `M${n(a)} ${n(cy + TICK_DY - 3)}v3H${n(b)}v-3` },
            title,
          ),
        );
      } else
        back.push(
          el('circle', { class: `lc-tick${rep}`, cx: x(m.at), cy: cy + TICK_DY, r: 2.2 }, title),
        );
    }
    // The end of a file, in words, after its bar where there is room.
    row.phases.forEach((p, k) => {
      if (!p.closedBy || !p.to) return;
      // Not where a gap starts: the gap's own label says more.
      if (layout.gaps.some((g) => g.row === row.id && g.start === p.end)) return;
      const word = endWord(words, p.closedBy);
      const ex = x(p.end) + 4;
      const next = row.phases[k + 1];
      const room = (next ? x(next.start) : width) - ex;
      if (room >= textWidth(word, SMALL) + 4)
        back.push(
          el('text', { x: ex, y: cy + 4, class: 'lc-muted lc-end', 'font-size': SMALL }, esc(word)),
        );
    });
  }

  function phaseLink(row: LifespanRow, i: number, phase: Phase, cy: number): Interactive {
    const h = BAR_HEIGHT[phase.kind];
    const box = (from: number, to: number): Attrs => ({
      x: from,
      y: cy - h / 2,
      width: to - from,
      height: h,
    });
    // A strategy's implementation has rounded ends: full height like an application, not the same shape.
    const round = phase.kind === 'implementation' ? { rx: h / 2 } : {};
    const solid = (from: number, to: number): string =>
      el('rect', { class: `lc-k-${phase.kind} lc-solid lc-shape`, ...box(from, to), ...round });
    const hatch = (from: number, to: number): string =>
      el('rect', {
        class: `lc-k-${phase.kind} lc-hatch lc-shape`,
        ...box(from, to),
        ...round,
        fill: `url(#${id}-hatch-${phase.kind})`,
      });
    const a = x(phase.start);
    const b = Math.max(x(phase.end), a + 3);
    let shapes: string;
    if (phase.confirmed) shapes = solid(a, b);
    else if (phase.confirmedUntil !== undefined && x(phase.confirmedUntil) > a + 1) {
      // Confirmed up to its last confirmed milestone, reported after.
      const m = Math.min(x(phase.confirmedUntil), b);
      shapes = solid(a, m) + (b > m ? hatch(m, b) : '');
    } else shapes = hatch(a, b);
    if (!phase.to)
      shapes += el('path', {
        class: `lc-k-${phase.kind} lc-solid`,
        d: `M${n(b)} ${n(cy - 7)}l8 7-8 7z`,
      });
    const name = sayOnce('phase', phase, layout, words, () => phaseName(row, phase, words, titles));
    return markLink(
      { at: phase.start, row: i, order: 0 },
      { instrument: row.id, milestone: phase.from.milestoneId },
      name,
      shapes,
    );
  }

  function gapLink(gap: Gap, i: number): Interactive {
    const cy = barY(i);
    const a = x(gap.start);
    const b = Math.max(x(gap.end), a + 3);
    const box = { x: a, y: cy - GAP_HEIGHT / 2, width: b - a, height: GAP_HEIGHT };
    let shapes = gap.confirmed
      ? el('rect', { class: 'lc-gap lc-k-gap lc-solid lc-shape', ...box })
      : el('rect', {
          class: 'lc-gap lc-k-gap lc-hatch lc-shape',
          ...box,
          fill: `url(#${id}-hatch-gap)`,
        });
    if (!gap.to)
      shapes += el('path', { class: 'lc-gap-arrow', d: `M${n(b)} ${n(cy - 7)}l8 7-8 7z` });
    const label = gapLabel(gap, words);
    const spot = gapLabelSpot(i, a, b, cy, textWidth(label, SMALL) * BOLD);
    const name = sayOnce('gap', gap, layout, words, () => gapName(gap, words, titles));
    // The short label is drawn over the bars but outside the link: a link's visible words must be
    // part of its name (WCAG 2.5.3), and the name already says it all in full.
    if (spot)
      labelsOver.push(
        el('text', { ...spot, class: 'lc-gap-label', 'font-size': SMALL }, esc(label)),
      );
    return markLink(
      { at: gap.start, row: i, order: 2 },
      { instrument: gap.row, milestone: gap.from.milestoneId },
      name,
      shapes,
    );
  }

  // Today: a line at the build date, with what the browser needs to move it.
  const today = placeToday(scale, layout.now);
  const todayText = t(today.where === 'inside' ? 'chart.todayDate' : 'chart.todayOutside', {
    date: formatPartialDate(layout.today.date, locale),
  });
  const anchor = todayAnchor(scale, today.x);
  const todayMarkup = el(
    'g',
    {
      class: 'lc-today',
      'data-lc-today': '',
      ...scaleAttributes(scale),
      'data-date': layout.today.date,
      'data-messages': JSON.stringify({
        'chart.todayDate': t('chart.todayDate', { date: '{date}' }),
        'chart.todayOutside': t('chart.todayOutside', { date: '{date}' }),
      }),
      transform: `translate(${n(today.x)} 0)`,
      'aria-hidden': 'true',
    },
    el('line', { x1: 0, x2: 0, y1: top - 6, y2: rowsBottom + 2 }) +
      el(
        'text',
        { x: 0, y: rowsBottom + 15, 'text-anchor': anchor, 'font-size': SMALL },
        esc(todayText),
      ),
  );

  // The legend: only what this chart shows, each sign drawn as in the chart and said in words.
  const entries = options.legend === false ? [] : legendEntries(layout, hatched);
  const legend: string[] = [];
  let ly = rowsBottom + 34;
  if (entries.length) {
    const heading = t('chart.legend.heading');
    legend.push(el('text', { x: PAD_LEFT, y: ly + 4, 'font-weight': 600 }, esc(heading)));
    let lx = PAD_LEFT + textWidth(heading) * BOLD + 14;
    const room = width - PAD_LEFT - 4;
    for (const entry of entries) {
      const lines = wrap(t(entry.key), Math.floor((room - 30) / (SMALL * GLYPH)));
      const w = 30 + Math.max(...lines.map((l) => textWidth(l, SMALL))) + 16;
      if (lx > PAD_LEFT && (lx + w > width - 4 || lines.length > 1)) {
        lx = PAD_LEFT;
        ly += 20;
      }
      const block: TextBlock = { lines: lines.map((l) => [{ text: l, muted: true }]), width: w };
      legend.push(
        entry.swatch(lx, ly, id),
        textBlock(block, lx + 30, ly + 4, { 'font-size': SMALL }),
      );
      ly += (lines.length - 1) * LINE;
      lx = lines.length > 1 ? width : lx + w;
    }
  }
  let height = (entries.length ? ly + 14 : rowsBottom + 22) + 6;

  // The download's caption and source.
  let caption = '';
  if (standalone) {
    const chars = Math.floor((width - PAD_LEFT - 4) / (SMALL * GLYPH));
    const block = (text: string): TextBlock => ({
      lines: wrap(text, chars).map((l) => [{ text: l, muted: true }]),
      width: 0,
    });
    const cap = block(standalone.caption);
    const src = block(standalone.source);
    caption =
      textBlock(cap, PAD_LEFT, height + 12, { 'font-size': SMALL }) +
      el(
        'a',
        { href: standalone.permalink },
        textBlock(src, PAD_LEFT, height + 12 + cap.lines.length * LINE, { 'font-size': SMALL }),
      );
    height += 8 + (cap.lines.length + src.lines.length) * LINE;
  }

  const patterns = [...hatched]
    .map((k) =>
      el(
        'pattern',
        {
          id: `${id}-hatch-${k}`,
          width: 6,
          height: 6,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)',
        },
        el('path', { class: `lc-k-${k} lc-stripe`, d: 'M0 0V6' }),
      ),
    )
    .join('');
  const bars = front
    .sort((p, q) => p.at - q.at || p.row - q.row || p.order - q.order)
    .map((f) => f.markup)
    .join('');
  const title = t('chart.title');
  const description = t('chart.description', {
    date: formatPartialDate(layout.today.date, locale),
  });
  const heading = standalone
    ? `<style>${lifespanCss('standalone')}</style>` +
      el('rect', { width, height, fill: PALETTES.light.bg }) +
      el('text', { x: PAD_LEFT, y: 20, 'font-size': 15, 'font-weight': 700 }, esc(title))
    : '';
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'lc',
      width,
      height,
      viewBox: `0 0 ${n(width)} ${n(height)}`,
      role: 'group',
      'aria-labelledby': `${id}-title ${id}-desc`,
      ...(standalone ? { lang: locale } : {}),
    },
    el('title', { id: `${id}-title` }, esc(title)) +
      el('desc', { id: `${id}-desc` }, esc(description)) +
      (patterns ? `<defs>${patterns}</defs>` : '') +
      heading +
      `<g aria-hidden="true">${grid.join('')}${connectors.join('')}${back.join('')}</g>` +
      `<g class="lc-bars">${bars}</g>` +
      (labelsOver.length
        ? `<g aria-hidden="true" class="lc-over">${labelsOver.join('')}</g>`
        : '') +
      todayMarkup +
      // data-lc-cut: the picture's height without the legend, for a widget that leaves it out (compact).
      (legend.length
        ? `<g class="lc-legend" data-lc-cut="${n(rowsBottom + 28)}">${legend.join('')}</g>`
        : '') +
      caption,
  );
  return standalone ? `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n` : svg;
}

interface LegendEntry {
  readonly key: string;
  readonly swatch: (x: number, y: number, id: string) => string;
}

/** The legend's entries for a layout: the phases it shows, then the signs it uses. */
function legendEntries(layout: LifespanLayout, hatched: ReadonlySet<Coloured>): LegendEntry[] {
  const kinds = new Set(layout.rows.flatMap((r) => r.phases.map((p) => p.kind)));
  const entries: LegendEntry[] = [];
  for (const kind of PHASE_KINDS)
    if (kinds.has(kind))
      entries.push({
        key: `chart.legend.${kind}`,
        swatch: (x, y) =>
          el('rect', {
            class: `lc-k-${kind} lc-solid`,
            x,
            y: y - BAR_HEIGHT[kind] / 2,
            width: 24,
            height: BAR_HEIGHT[kind],
            ...(kind === 'implementation' ? { rx: BAR_HEIGHT[kind] / 2 } : {}),
          }),
      });
  const reported = [...hatched].find((k) => k !== 'gap') ?? [...hatched][0];
  if (reported)
    entries.push({
      key: 'chart.legend.reported',
      swatch: (x, y, id) =>
        el('rect', {
          class: `lc-k-${reported} lc-hatch`,
          x,
          y: y - 7,
          width: 24,
          height: 14,
          fill: `url(#${id}-hatch-${reported})`,
        }),
    });
  if (layout.rows.some((r) => r.phases.some((p) => !p.to)) || layout.gaps.some((g) => !g.to))
    entries.push({
      key: 'chart.legend.ongoing',
      swatch: (x, y) =>
        el('path', { class: 'lc-connector-dot', d: `M${n(x + 8)} ${n(y - 7)}l8 7-8 7z` }),
    });
  if (layout.gaps.length)
    entries.push({
      key: 'chart.legend.gap',
      swatch: (x, y) =>
        el('rect', { class: 'lc-gap lc-k-gap lc-solid', x, y: y - 7, width: 24, height: 14 }),
    });
  const ticks = layout.rows.flatMap((r) => r.ticks);
  const deadlines = layout.rows.flatMap((r) => r.deadlines);
  if (ticks.length)
    entries.push({
      key: 'chart.legend.milestone',
      swatch: (x, y) =>
        el('circle', { class: 'lc-tick', cx: x + 4, cy: y, r: 2.2 }) +
        el('path', { class: 'lc-span', d: `M${n(x + 10)} ${n(y - 1)}v3h14v-3` }),
    });
  if (deadlines.length)
    entries.push({
      key: 'chart.legend.deadline',
      swatch: (x, y) => el('path', { class: 'lc-dl', d: `M${n(x + 12)} ${n(y - 6)}l6 6-6 6-6-6z` }),
    });
  if ([...ticks, ...deadlines].some((m) => m.reported))
    entries.push({
      key: 'chart.legend.hollow',
      swatch: (x, y) =>
        el('circle', { class: 'lc-tick lc-rep', cx: x + 4, cy: y, r: 2.2 }) +
        el('path', { class: 'lc-dl lc-rep', d: `M${n(x + 17)} ${n(y - 6)}l6 6-6 6-6-6z` }),
    });
  entries.push({
    key: 'chart.legend.today',
    swatch: (x, y) =>
      el('path', { class: 'lc-today-swatch', d: `M${n(x + 12)} ${n(y - 8)}V${n(y + 8)}` }),
  });
  return entries;
}
