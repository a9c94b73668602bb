/**
 * The lifespan chart's SVG, parsed with a real XML parser: well-formed, every bar a link with a
 * name, keyboard order = date order, the hatch pattern exactly when something is unconfirmed,
 * nothing said by colour alone, contrast, the today line's data, the self-contained download,
 * the phone render, the words in three languages, the table matching the bars, and the weight of
 * Project Beacon's chart against its 25 KB budget.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { chartWords } from '../../src/i18n/chart-words.ts';
import { en } from '../../src/i18n/en.ts';
import { getT } from '../../src/i18n/index.ts';
import { readContentFiles } from '../../src/integrations/content-files.ts';
import { layoutLifespan, type LifespanLayout } from '../../src/lib/lifespan.ts';
import { placeToday, readScale } from '../../src/lib/lifespan-scale.ts';
import {
  PALETTES,
  PHONE_WIDTH,
  chartWidth,
  lifespanCss,
  renderLifespanSvg,
  wrap,
  type LifespanSvgOptions,
} from '../../src/lib/lifespan-svg.ts';
import { lifespanTable } from '../../src/lib/lifespan-table.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { NOW, ZONE, beaconLike, instrument, m, strategy } from './lifespan-fixtures.ts';

const words = chartWords(getT('en', 'en-GB'));
const layout = (instruments = beaconLike(), now = NOW): LifespanLayout =>
  layoutLifespan(instruments, { now, zone: ZONE });
const render = (l = layout(), options: Partial<LifespanSvgOptions> = {}): string =>
  renderLifespanSvg(l, { ...words, ...options });

// ---------------------------------------------------------------------------------------------
// A small reader over fast-xml-parser's ordered output

interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly Node[];
  readonly text: string;
}

type Raw = Record<string, unknown>;

function toNode(raw: Raw): Node | undefined {
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (!name || name === '#text') return undefined;
  const kids = (raw[name] as Raw[]).map((k) => k);
  const children = kids.map(toNode).filter((n): n is Node => n !== undefined);
  const text = kids
    .map((k) => ('#text' in k ? String(k['#text']) : ''))
    .join('')
    .concat(children.map((c) => c.text).join(''));
  return { name, attrs: (raw[':@'] as Record<string, string> | undefined) ?? {}, children, text };
}

function parse(svg: string): Node {
  expect(XMLValidator.validate(svg)).toBe(true);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: true,
    htmlEntities: true, // character references such as &#39;
    trimValues: false,
  });
  const roots = (parser.parse(svg) as Raw[]).map(toNode).filter((n): n is Node => !!n);
  const svgNode = roots.find((n) => n.name === 'svg');
  if (!svgNode) throw new Error('no <svg>');
  return svgNode;
}

function all(node: Node, name: string): Node[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((c) => all(c, name))];
}

/** The x where a link's first shape starts (a rect's x, a path's first M). */
function startX(link: Node): number {
  const shape = link.children.find((c) => c.name === 'rect' || c.name === 'path');
  if (!shape) throw new Error('a link without a shape');
  if (shape.name === 'rect') return Number(shape.attrs['x']);
  return Number(/^M(-?[\d.]+)/.exec(shape.attrs['d'] ?? '')?.[1]);
}

const links = (svg: Node): Node[] =>
  all(svg, 'a').filter((a) => a.attrs['aria-label'] !== undefined);

// ---------------------------------------------------------------------------------------------

describe('the SVG', () => {
  it('is well-formed XML, even with markup and quotes in titles', () => {
    const odd = instrument(
      'odd',
      [m('p', '2021-01-05', { stage: 'proposed', title: 'A <b>"bold" & \'odd\'</b> step' })],
      {
        shortTitle: 'R&D <Act> "2"',
      },
    );
    const svg = render(layout([odd]));
    const root = parse(svg);
    expect(svg).not.toContain('<b>');
    expect(links(root)[0]?.attrs['aria-label']).toContain('R&D <Act> "2"');
    expect(all(root, 'title').some((t) => t.text.includes('A <b>"bold" & \'odd\'</b> step'))).toBe(
      true,
    );
  });

  it('makes every phase, gap and deadline a link with an accessible name and a title', () => {
    const l = layout();
    const root = parse(render(l));
    const bars = links(root);
    const expected =
      l.rows.reduce((sum, r) => sum + r.phases.length + r.deadlines.length, 0) + l.gaps.length;
    expect(bars).toHaveLength(expected);
    for (const a of bars) {
      expect(a.attrs['href']).toMatch(/^\/instruments\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
      expect(a.attrs['aria-label']?.length).toBeGreaterThan(10);
      expect(a.children[0]?.name).toBe('title');
      expect(a.children[0]?.text).toBe(a.attrs['aria-label']);
    }
    const names = bars.map((a) => a.attrs['aria-label']);
    expect(names).toContain('Interim Regulation: applied from 2 August 2021 to 3 April 2026');
    expect(names).toContain(
      'Interim Regulation: gap, nothing in the chain applied from 4 April 2026 to 30 July 2026 (118 days; end reported, not confirmed)',
    );
    expect(names).toContain(
      'Second extension: applies from 31 July 2026 to 3 April 2028 (reported, not confirmed)',
    );
    expect(names).toContain(
      'First extension: applied from 15 May 2024 to 3 April 2026 (ends with the Interim Regulation)',
    );
    expect(names).toContain('Digital Services Act: applies since 17 February 2024, ongoing');
    expect(names).toContain(
      'Second extension: negotiated from 19 December 2025 to 26 March 2026 (date disputed; Rejected)',
    );
    expect(names).toContain(
      'Interim Regulation: deadline on 3 August 2024: Title of original-end (Outcome: Extended)',
    );
  });

  it('puts the links in date order, so the keyboard walks the chart in time', () => {
    const xs = links(parse(render())).map(startX);
    expect(xs.length).toBeGreaterThan(10);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1] ?? 0);
  });

  it('keeps labels, axis and ticks out of the accessibility tree but as text', () => {
    const root = parse(render());
    const hidden = root.children.find((c) => c.name === 'g' && c.attrs['aria-hidden'] === 'true');
    expect(hidden).toBeDefined();
    const texts = all(hidden as Node, 'text').map((t) => t.text);
    expect(texts).toContain('2024');
    expect(texts.some((t) => t.startsWith('First extension'))).toBe(true);
    expect(texts.some((t) => t.includes('extends Interim Regulation'))).toBe(true);
    expect(links(hidden as Node)).toEqual([]);
    expect(root.attrs['role']).toBe('group');
    const [titleId, descId] = (root.attrs['aria-labelledby'] ?? '').split(' ');
    expect(all(root, 'title').find((t) => t.attrs['id'] === titleId)?.text).toBe(
      'Lifespan of each instrument',
    );
    expect(all(root, 'desc').find((t) => t.attrs['id'] === descId)?.text).toContain(
      'As of 1 December 2026',
    );
  });

  it('has the hatch pattern exactly when something is unconfirmed', () => {
    const reported = parse(render());
    const patterns = all(reported, 'pattern').map((p) => p.attrs['id']);
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns).toContain('lc-hatch-gap');
    // Every pattern used exists.
    const used = new Set(
      all(reported, 'rect')
        .map((r) => /^url\(#(.+)\)$/.exec(r.attrs['fill'] ?? '')?.[1])
        .filter(Boolean),
    );
    for (const id of used) expect(patterns).toContain(id);

    const confirmed = layout([
      strategy,
      instrument('dsa', [m('p', '2020-12-15', { stage: 'proposed' })]),
    ]);
    const svg = render(confirmed);
    expect(svg).not.toContain('<pattern');
    expect(svg).not.toContain('url(#');
    expect(svg).not.toContain('reported');
  });

  it('draws a phase confirmed up to its last confirmed milestone, hatched after', () => {
    const root = parse(render());
    const link = links(root).find((a) =>
      a.attrs['aria-label']?.startsWith('Second extension: negotiated from 2 July 2026'),
    );
    expect(link?.attrs['aria-label']).toBe(
      'Second extension: negotiated from 2 July 2026 to 24 July 2026 (end reported, not confirmed)',
    );
    const rects = (link?.children ?? []).filter((c) => c.name === 'rect');
    expect(rects.map((r) => r.attrs['class']?.includes('lc-solid'))).toEqual([true, false]);
    expect(rects[1]?.attrs['fill']).toBe('url(#lc-hatch-negotiation)');
  });

  it('says nothing by colour alone: heights, hatching, arrows and shapes, each in the legend', () => {
    const root = parse(render());
    const shapes = new Map<string, Set<string>>();
    for (const r of all(root, 'rect')) {
      const kind = /lc-k-(\w+)/.exec(r.attrs['class'] ?? '')?.[1];
      if (!kind || kind === 'gap' || !r.attrs['class']?.includes('lc-shape')) continue;
      const shape = `${r.attrs['height'] ?? ''} rx ${r.attrs['rx'] ?? 0}`;
      shapes.set(kind, (shapes.get(kind) ?? new Set()).add(shape));
    }
    // Each phase kind has one shape (height and corners), and no two kinds share one.
    const each = [...shapes.values()].map((x) => [...x]);
    expect(each.length).toBeGreaterThanOrEqual(4);
    for (const x of each) expect(x).toHaveLength(1);
    expect(new Set(each.flat()).size).toBe(each.length);
    // Unconfirmed: hatched AND a dashed edge (the stylesheet), never a colour of their own.
    for (const r of all(root, 'rect').filter((x) => x.attrs['class']?.includes('lc-hatch')))
      expect(r.attrs['fill']).toMatch(/^url\(#lc-hatch-/);
    expect(lifespanCss()).toMatch(/\.lc-hatch\{[^}]*stroke-dasharray/);
    // Ongoing phases end in an arrow; reported milestones and deadlines are hollow.
    const ongoing = links(root).filter((a) => a.attrs['aria-label']?.includes('ongoing'));
    for (const a of ongoing) expect(a.children.filter((c) => c.name === 'path')).toHaveLength(1);
    expect(all(root, 'circle').some((c) => c.attrs['class'] === 'lc-tick lc-rep')).toBe(true);
    // The legend says each sign in words.
    const legend = all(root, 'g').find((g) => g.attrs['class'] === 'lc-legend');
    const text = legend?.text ?? '';
    for (const key of [
      'chart.legend.negotiation',
      'chart.legend.pending',
      'chart.legend.application',
      'chart.legend.implementation',
      'chart.legend.reported',
      'chart.legend.ongoing',
      'chart.legend.gap',
      'chart.legend.deadline',
      'chart.legend.hollow',
      'chart.legend.today',
    ] as const)
      expect(text.replace(/\s+/g, ' ')).toContain(en[key]);
    expect(text).not.toContain(en['chart.legend.preparation']);
  });

  it('draws dots for days and brackets for months and years', () => {
    const root = parse(render());
    const spans = all(root, 'path').filter((p) => p.attrs['class']?.startsWith('lc-span'));
    const titles = spans.map((s) => s.children[0]?.text ?? '');
    expect(titles).toContain('January 2024: Title of committee-vote');
    expect(titles).toContain('2026: Title of trilogues-continue');
    const dots = all(root, 'circle').map((c) => c.children[0]?.text ?? '');
    expect(dots).toContain('11 May 2022: Title of proposal');
    expect(dots).toContain(
      '29 September 2026: Title of reported-sixth-trilogue (reported, not confirmed)',
    );
  });

  it('has colours of at least 3:1 against the background in light and dark', () => {
    for (const palette of [PALETTES.light, PALETTES.dark])
      for (const key of [
        'preparation',
        'negotiation',
        'pending',
        'application',
        'implementation',
        'gap',
        'muted',
        'text',
        'today',
      ] as const) {
        expect(contrast(palette[key], palette.bg), `${key} on bg`).toBeGreaterThanOrEqual(3);
        expect(contrast(palette[key], palette.band), `${key} on band`).toBeGreaterThanOrEqual(3);
      }
  });

  it('takes its colours from classes and custom properties: dark, print and forced colours included', () => {
    const css = lifespanCss();
    expect(css).toContain('@media (prefers-color-scheme:dark)');
    expect(css).toContain(':root[data-theme=dark] .lc{');
    expect(css).toContain('@media print');
    expect(css).toMatch(
      /@media \(forced-colors:active\)\{:root:not\(\[data-lc-none\]\) \.lc\{forced-color-adjust:none;[^}]*--lc-application:LinkText/,
    );
    // The inline SVG carries no style of its own (the page's CSP allows none) and no colours.
    const svg = render();
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/ style=/);
    expect(svg).not.toMatch(/(fill|stroke)="#/);
  });

  it('carries what the browser needs to move the today line', () => {
    const root = parse(render());
    const today = all(root, 'g').find((g) => g.attrs['data-lc-today'] !== undefined);
    const data = Object.fromEntries(
      Object.entries(today?.attrs ?? {})
        .filter(([k]) => k.startsWith('data-'))
        .map(([k, v]) => [k.slice(5), v]),
    );
    const scale = readScale(data);
    expect(scale).toBeDefined();
    if (!scale) return;
    const translated = Number(
      /^translate\(([\d.]+) 0\)$/.exec(today?.attrs['transform'] ?? '')?.[1],
    );
    expect(translated).toBeCloseTo(placeToday(scale, NOW.getTime()).x, 0);
    expect(data['date']).toBe('2026-12-01');
    expect(JSON.parse(data['messages'] ?? '{}')).toEqual({
      'chart.todayDate': 'Today: {date}',
      'chart.todayOutside': 'Today: {date} (outside the chart)',
    });
    expect(today?.text).toBe('Today: 1 December 2026');
    // A reader a year later is still on the chart; one three years later is at its edge.
    expect(placeToday(scale, NOW.getTime() + 365 * 86_400_000).where).toBe('inside');
    expect(placeToday(scale, NOW.getTime() + 3 * 365 * 86_400_000)).toEqual({
      x: scale.x1,
      where: 'after',
    });
  });

  it('makes a self-contained download: its own plain styles, a heading, a caption and the source', () => {
    const svg = render(layout(), {
      selfContained: {
        caption:
          'Project Beacon (ECPAT International): lifespan of the instruments it follows, as of 1 December 2026.',
        source: 'Source and details: https://beacon.example.org/overview/ · Data: CC BY 4.0',
        permalink: 'https://beacon.example.org/overview/',
      },
      href: (i, ms) => `https://beacon.example.org/instruments/${i}/${ms}/`,
    });
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    const root = parse(svg);
    const style = all(root, 'style')[0]?.text ?? '';
    expect(style).toContain('.lc-k-application.lc-solid{fill:#0b5cad}');
    expect(style).not.toContain('var(');
    expect(style).not.toContain('@media');
    expect(root.text).toContain('as of 1 December 2026');
    const source = all(root, 'a').find(
      (a) => a.attrs['href'] === 'https://beacon.example.org/overview/',
    );
    expect(source?.text).toContain('https://beacon.example.org/overview/');
    expect(
      links(root).every((a) => a.attrs['href']?.startsWith('https://beacon.example.org/')),
    ).toBe(true);
    expect(root.attrs['lang']).toBe('en-GB');
  });

  it('keeps ids unique with a prefix, for two charts on one page', () => {
    const a = render(layout(), { idPrefix: 'wide' });
    const b = render(layout(), { idPrefix: 'phone', width: PHONE_WIDTH });
    const ids = (svg: string): string[] =>
      [...svg.matchAll(/ id="([^"]+)"/g)].map((x) => x[1] ?? '');
    const both = [...ids(a), ...ids(b)];
    expect(new Set(both).size).toBe(both.length);
    expect(b).toContain('url(#phone-hatch-');
  });

  it('fits a phone: 358 px wide, labels on lines of their own, years every few', () => {
    const root = parse(render(layout(), { width: PHONE_WIDTH }));
    expect(root.attrs['width']).toBe(String(PHONE_WIDTH));
    expect(root.attrs['viewBox']?.startsWith(`0 0 ${PHONE_WIDTH} `)).toBe(true);
    const hidden = root.children.find((c) => c.attrs['aria-hidden'] === 'true') as Node;
    const years = all(hidden, 'text').filter((t) => /^\d{4}$/.test(t.text));
    expect(years.length).toBeGreaterThanOrEqual(3);
    const xs = years.map((t) => Number(t.attrs['x']));
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(34);
    // Beacon's 19 years: a label every five.
    const long = layout([
      ...beaconLike(),
      instrument('old', [m('p', '2010-03-29', { stage: 'proposed' })]),
    ]);
    const longYears = all(parse(render(long, { width: PHONE_WIDTH })), 'text')
      .map((t) => t.text)
      .filter((t) => /^\d{4}$/.test(t));
    expect(longYears).toEqual(['2010', '2015', '2020', '2025']);
    // No line of text runs past the right edge, by the renderer's own estimate of glyph widths.
    for (const t of all(root, 'text')) {
      if (t.attrs['text-anchor'] === 'middle' || t.attrs['text-anchor'] === 'end') continue;
      const size = Number(t.attrs['font-size'] ?? 12);
      const lines: string[] = [];
      if (t.children.length === 0) lines.push(t.text);
      for (const span of t.children)
        if (span.attrs['x'] !== undefined || lines.length === 0) lines.push(span.text);
        else lines[lines.length - 1] += span.text;
      for (const line of lines)
        expect(Number(t.attrs['x']) + line.length * size * 0.6, line).toBeLessThanOrEqual(
          PHONE_WIDTH,
        );
    }
    expect(chartWidth(layout())).toBeGreaterThan(PHONE_WIDTH * 1.5);
  });

  it('wraps text at spaces', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('unbreakable', 4)).toEqual(['unbreakable']);
  });

  it('speaks French and German, with no word missing', () => {
    for (const [lang, phrase] of [
      ['fr', 'Interim Regulation\u00a0: s’est appliqué, 2 août 2021 – 3 avril 2026'],
      ['de', 'Interim Regulation: galt von 2. August 2021 bis 3. April 2026'],
    ] as const) {
      const t = getT(lang);
      // Every word the chart asks for is the language's own, not English's fallback.
      const own = (key: string, params?: Record<string, string | number>): string => {
        if (!t.has(key as never)) throw new Error(`${lang} has no words for ${key}`);
        return t(key as never, params);
      };
      const svg = renderLifespanSvg(layout(), { t: own, locale: t.locale });
      const names = links(parse(svg)).map((a) => a.attrs['aria-label']);
      expect(names, lang).toContain(phrase);
      // No key shown instead of a word (the today line's data-messages are keys on purpose).
      const shown = svg.replace(/ data-messages="[^"]*"/, '');
      expect(shown).not.toMatch(/chart\.[a-z]/);
      lifespanTable(layout(), { t: own, locale: t.locale });
    }
    const t = chartWords(getT('fr')).t;
    expect(t('chart.days', { count: 1 })).toBe('1 jour');
    expect(t('chart.days', { count: 118 })).toBe('118 jours');
    expect(() => t('chart.nothing')).toThrow(/chart\.nothing/);
  });

  it('says a deadline’s outcome and the end of a file with the vocabulary’s own words', () => {
    const names = links(parse(render())).map((a) => a.attrs['aria-label'] ?? '');
    const extended = en['instrument.outcomeIs'].replace('{outcome}', en['outcome.extended']);
    expect(names.filter((n) => n.includes(`(${extended})`))).toHaveLength(1);
    const withdrawn = layout([
      instrument('gone', [
        m('proposal', '2019-05-01', { stage: 'proposed' }),
        m('withdrawn', '2020-02-01', { stage: 'withdrawn' }),
      ]),
    ]);
    const root = parse(render(withdrawn));
    expect(links(root).map((a) => a.attrs['aria-label'])).toEqual([
      `gone: negotiated from 1 May 2019 to 1 February 2020 (${en['stage.withdrawn']})`,
    ]);
    expect(all(root, 'text').map((t) => t.text)).toContain(en['stage.withdrawn']);
  });
});

describe('the table', () => {
  it('has a line for every bar, saying the same as its name, instrument by instrument in date order', () => {
    const l = layout();
    const table = lifespanTable(l, words);
    const barNames = links(parse(render(l))).map((a) => a.attrs['aria-label']);
    expect(table.rows.map((r) => r.name).sort()).toEqual([...barNames].sort());
    expect(table.headers).toEqual({
      instrument: 'Instrument',
      phase: 'Phase',
      from: 'From',
      to: 'To',
      confidence: 'Confirmed or reported',
    });
    const interim = table.rows.filter((r) => r.instrumentId === 'interim');
    expect(interim.map((r) => [r.phase.text, r.from.text, r.to.text, r.confidence.text])).toEqual([
      ['Negotiation', '10 September 2020', '12 July 2021', 'Confirmed'],
      ['Adopted, not yet applying', '12 July 2021', '2 August 2021', 'Confirmed'],
      ['Application', '2 August 2021', '3 April 2026', 'Confirmed'],
      ['Deadline: Title of original-end', '3 August 2024', '', 'Confirmed'],
      ['Deadline: Title of end', '3 April 2026', '', 'Confirmed'],
      [
        'Gap: nothing in the chain applies',
        '4 April 2026',
        '30 July 2026',
        'Start confirmed; end reported, not confirmed',
      ],
    ]);
    const gap = interim.at(-1);
    expect([gap?.from.date, gap?.to.date]).toEqual(['2026-04-04', '2026-07-30']);
    // Rows follow the chart's order.
    expect([...new Set(table.rows.map((r) => r.instrumentId))]).toEqual(l.rows.map((r) => r.id));
  });

  it('says ongoing, reported, and when an instrument has no dates', () => {
    const table = lifespanTable(layout([...beaconLike(), instrument('empty', [])]), words);
    const dsa = table.rows.find((r) => r.instrumentId === 'dsa' && r.kind === 'application');
    expect(dsa?.to.text).toBe('ongoing');
    const reported = table.rows.find((r) => r.instrumentId === 'ext2' && r.kind === 'application');
    expect(reported?.confidence).toEqual({ value: 'reported', text: 'Reported, not confirmed' });
    expect(table.rows.at(-1)).toMatchObject({
      kind: 'none',
      phase: { text: 'No dated milestones' },
      name: '',
    });
  });
});

describe('Project Beacon’s chart', () => {
  it('stays within its 25 KB budget, gzipped, in every variant', () => {
    const root = join(import.meta.dirname, '..', '..');
    const { files, contentDir } = readContentFiles(join(root, 'content'), root);
    const result = validateContent(files, contentDir);
    expect(result.problems).toEqual([]);
    const l = layoutLifespan(
      result.instruments.map((i) => ({ id: i.id, ...i.data })),
      { now: NOW, zone: result.campaign?.timeZone ?? ZONE },
    );
    // The chain the issue names, together and in order.
    const ids = l.rows.map((r) => r.id);
    const at = ids.indexOf('interim-regulation');
    expect(ids.slice(at, at + 4)).toEqual([
      'interim-regulation',
      'interim-extension-2024',
      'interim-extension-2025',
      'csa-regulation',
    ]);
    expect(l.gaps.find((g) => g.row === 'interim-regulation')?.firstDay).toBe('2026-04-04');
    for (const svg of [
      render(l),
      render(l, { width: PHONE_WIDTH }),
      render(l, { selfContained: { caption: 'c', source: 's', permalink: 'https://x.example/' } }),
    ]) {
      parse(svg);
      expect(gzipSync(svg).length).toBeLessThanOrEqual(25 * 1024);
    }
  });
});

/** WCAG contrast of two "#rrggbb" colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, bl] = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
