/**
 * What the lifespan chart weighs for a content folder: the whole overview (wide, phone and the
 * self-contained download), raw and gzipped, the overview's pages at {@link OVERVIEW_PAGE_ROWS}
 * rows, and the CPU time to lay it out and draw it. For the benchmark, which calls
 * `measureChart(contentDir)` on each synthetic campaign it builds; the content is read and
 * checked as the build reads it (`readContentFiles` + `validateContent`), without a build.
 *
 *   node scripts/quality/lifespan-measure.ts [content dir]           the chart of a content folder (default: content/)
 *   node scripts/quality/lifespan-measure.ts --synthetic 50,500,5000  the benchmark's synthetic campaigns
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chartWords } from '../../src/i18n/chart-words.ts';
import { getT, langOf } from '../../src/i18n/index.ts';
import { readContentFiles } from '../../src/integrations/content-files.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';
import {
  OVERVIEW_PAGE_ROWS,
  layoutLifespan,
  pageLifespan,
  sliceLifespan,
} from '../../src/lib/lifespan.ts';
import { PHONE_WIDTH, renderLifespanSvg } from '../../src/lib/lifespan-svg.ts';
import { formatProblems, validateContent } from '../../src/lib/validate.ts';
import { formatBytes, gzipSize, KB } from './site-output.ts';
import { SYNTHETIC_NOW, generateCampaign, writeCampaign } from './synthetic-content.ts';

/** The chart of a campaign like Project Beacon: at most this much, gzipped (DESIGN.md §5). */
export const CHART_BUDGET = 25 * KB;

export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

export interface ChartMeasure {
  readonly instruments: number;
  readonly milestones: number;
  readonly chains: number;
  readonly gaps: number;
  /** Years on the time axis. */
  readonly years: number;
  /** The whole overview in one chart. */
  readonly overview: { readonly wide: Size; readonly phone: Size; readonly download: Size };
  /** The overview in pages of at most {@link OVERVIEW_PAGE_ROWS} rows, whole chains: how many, and the heaviest (wide and phone renders, as the page ships them). */
  readonly pages: { readonly count: number; readonly largestRows: number; readonly largest: Size };
  /** The chart a reader of the overview downloads at most, wide and phone renders together (the page ships both): the whole chart if it fits one page, else the heaviest page; against {@link CHART_BUDGET}. */
  readonly shown: Size;
  readonly withinBudget: boolean;
  /** CPU time (user + system) to lay out and draw the whole overview once, milliseconds. */
  readonly cpuMs: number;
  readonly wallMs: number;
}

const size = (text: string): Size => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSize(text),
});

/**
 * Measures the lifespan chart of a content folder.
 * @param contentDir a folder with campaign.yaml and instruments/
 * @param options.now the chart's "now" (default: POLICY_TIMELINE_NOW, else the clock)
 */
export function measureChart(contentDir: string, options: { now?: Date } = {}): ChartMeasure {
  const root = resolve(contentDir, '..');
  const { files, contentDir: dir } = readContentFiles(resolve(contentDir), root);
  const result = validateContent(files, dir);
  if (result.problems.length || !result.campaign)
    throw new Error(`${contentDir} has problems:\n${formatProblems(result.problems)}`);
  const campaign = result.campaign;
  const pinned = process.env['POLICY_TIMELINE_NOW'];
  const now = options.now ?? (pinned ? new Date(pinned) : new Date());
  const words = chartWords(getT(langOf(campaign.locale) ?? 'en', campaign.locale));
  const instruments = result.instruments.map((i) => ({ id: i.id, ...i.data }));

  const cpu = process.cpuUsage();
  const wall = performance.now();
  const layout = layoutLifespan(instruments, { now, zone: campaign.timeZone });
  const wide = renderLifespanSvg(layout, words);
  const cpuUsed = process.cpuUsage(cpu);
  const wallMs = performance.now() - wall;

  const phone = renderLifespanSvg(layout, { ...words, width: PHONE_WIDTH, idPrefix: 'lcp' });
  const download = renderLifespanSvg(layout, {
    ...words,
    selfContained: {
      caption: words.t('chart.caption', {
        campaign: campaign.name,
        organisation: campaign.organisation,
        date: formatPartialDate(layout.today.date, campaign.locale),
      }),
      source: words.t('chart.source', {
        url: new URL('/overview/', campaign.siteUrl).href,
        license: campaign.license.name,
      }),
      permalink: new URL('/overview/', campaign.siteUrl).href,
    },
  });
  // What each page of the overview ships: the wide render and the phone render, in one HTML file.
  const paged = pageLifespan(layout, OVERVIEW_PAGE_ROWS);
  const pages = paged.map((ids) => {
    const page = sliceLifespan(layout, ids);
    return size(
      renderLifespanSvg(page, words) +
        renderLifespanSvg(page, { ...words, width: PHONE_WIDTH, idPrefix: 'lcp' }),
    );
  });
  const largest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a), { raw: 0, gzip: 0 });
  const whole = size(wide);
  const shown = paged.length <= 1 ? size(wide + phone) : largest;
  return {
    instruments: layout.rows.length,
    milestones: instruments.reduce((n, i) => n + i.milestones.length, 0),
    chains: layout.chains.length,
    gaps: layout.gaps.length,
    years: layout.years.length - 1,
    overview: { wide: whole, phone: size(phone), download: size(download) },
    pages: {
      count: pages.length,
      largestRows: Math.max(0, ...paged.map((p) => p.length)),
      largest,
    },
    shown,
    withinBudget: shown.gzip <= CHART_BUDGET,
    cpuMs: Math.round((cpuUsed.user + cpuUsed.system) / 1000),
    wallMs: Math.round(wallMs),
  };
}

/** Measures the chart of the benchmark's synthetic campaign of each size (milestones), at its pinned now. */
export function measureSyntheticCharts(
  sizes: readonly number[] = [50, 500, 5000],
): { milestones: number; measure: ChartMeasure }[] {
  return sizes.map((milestones) => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-chart-'));
    try {
      const content = join(dir, 'content');
      writeCampaign(content, generateCampaign(milestones));
      return { milestones, measure: measureChart(content, { now: new Date(SYNTHETIC_NOW) }) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** A Markdown table of measures, one line each. */
export function formatChartMeasures(
  rows: readonly { label: string; measure: ChartMeasure }[],
): string {
  const head = `| content | instruments | chains | whole overview (wide) | phone | download | pages of ≤ ${OVERVIEW_PAGE_ROWS} rows · heaviest (wide + phone) | a page's chart at most | budget 25 KB | CPU |\n|---|---|---|---|---|---|---|---|---|---|`;
  const lines = rows.map(({ label, measure: m }) =>
    [
      label,
      m.instruments,
      m.chains,
      formatBytes(m.overview.wide.gzip),
      formatBytes(m.overview.phone.gzip),
      formatBytes(m.overview.download.gzip),
      `${m.pages.count} · ${formatBytes(m.pages.largest.gzip)}`,
      formatBytes(m.shown.gzip),
      m.withinBudget ? 'within' : 'OVER',
      `${m.cpuMs} ms`,
    ].join(' | '),
  );
  return [head, ...lines.map((l) => `| ${l} |`)].join('\n');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--synthetic');
  if (at >= 0) {
    const sizes = (args[at + 1] ?? '50,500,5000').split(',').map(Number);
    console.log(
      formatChartMeasures(
        measureSyntheticCharts(sizes).map((r) => ({
          label: `synthetic, ${r.milestones} milestones`,
          measure: r.measure,
        })),
      ),
    );
  } else {
    const dir = args[0] ?? 'content';
    console.log(formatChartMeasures([{ label: dir, measure: measureChart(dir) }]));
  }
}
