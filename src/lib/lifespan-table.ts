/**
 * The lifespan chart's facts as a table: one line per phase, gap and deadline of each
 * instrument, in the chart's row order and, within an instrument, in date order. A page renders
 * it as an HTML table beside the chart (the equivalent of the picture for anyone who cannot see
 * or point at it); each line carries the accessible name of its bar, so a test can check that
 * the table and the bars say the same.
 */
import { formatPartialDate } from './dates.ts';
import type { LifespanLayout, PhaseKind } from './lifespan.ts';
import {
  deadlineName,
  gapDates,
  gapName,
  phaseName,
  spanConfidence,
  tickDate,
  titlesOf,
  type ChartWords,
  type SpanConfidence,
} from './lifespan-text.ts';

export interface TableCell {
  readonly text: string;
  /** The calendar date a `<time datetime>` can carry ("2021-08-02", "2026-03", "2026"), when the cell is a date. */
  readonly date?: string | undefined;
}

export interface LifespanTableRow {
  readonly instrumentId: string;
  /** The milestone the line's bar links to (absent for an instrument without milestones). */
  readonly milestoneId?: string | undefined;
  readonly kind: PhaseKind | 'gap' | 'deadline' | 'none';
  readonly instrument: TableCell;
  readonly phase: TableCell;
  readonly from: TableCell;
  readonly to: TableCell;
  readonly confidence: { readonly value: SpanConfidence; readonly text: string };
  /** The accessible name of the matching bar in the SVG (empty for 'none'). */
  readonly name: string;
  /** For ordering: epoch milliseconds. */
  readonly at: number;
}

export interface LifespanTable {
  readonly caption: string;
  readonly headers: {
    readonly instrument: string;
    readonly phase: string;
    readonly from: string;
    readonly to: string;
    readonly confidence: string;
  };
  readonly rows: readonly LifespanTableRow[];
}

const CONFIDENCE_KEY: Record<SpanConfidence, string> = {
  confirmed: 'chart.table.confirmed',
  reported: 'chart.table.reported',
  endReported: 'chart.table.endReported',
};

/** At one instant: a phase, then a deadline (the end of application), then the gap it opens. */
const ORDER: Record<LifespanTableRow['kind'], number> = {
  preparation: 0,
  negotiation: 0,
  pending: 0,
  application: 0,
  implementation: 0,
  deadline: 1,
  gap: 2,
  none: 3,
};

/** The chart as a table, in the words of `words`. */
export function lifespanTable(layout: LifespanLayout, words: ChartWords): LifespanTable {
  const { t, locale } = words;
  const titles = titlesOf(layout);
  const confidence = (value: SpanConfidence): LifespanTableRow['confidence'] => ({
    value,
    text: t(CONFIDENCE_KEY[value]),
  });
  const ongoing: TableCell = { text: t('chart.table.ongoing') };
  const rows = layout.rows.flatMap((row): LifespanTableRow[] => {
    const instrument: TableCell = { text: row.shortTitle };
    const lines: LifespanTableRow[] = [
      ...row.phases.map((p): LifespanTableRow => ({
        instrumentId: row.id,
        milestoneId: p.from.milestoneId,
        kind: p.kind,
        instrument,
        phase: { text: t(`chart.phase.${p.kind}`) },
        from: { text: formatPartialDate(p.from.date, locale), date: p.from.date },
        to: p.to ? { text: formatPartialDate(p.to.date, locale), date: p.to.date } : ongoing,
        confidence: confidence(spanConfidence(p)),
        name: phaseName(row, p, words, titles),
        at: p.start,
      })),
      ...layout.gaps
        .filter((g) => g.row === row.id)
        .map((g): LifespanTableRow => {
          const dates = gapDates(g, locale);
          const firstIsDay = g.from.precision === 'day';
          const lastIsDay = g.to?.precision === 'day';
          return {
            instrumentId: row.id,
            milestoneId: g.from.milestoneId,
            kind: 'gap',
            instrument,
            phase: { text: t('chart.phase.gap') },
            from: { text: dates.from, date: firstIsDay ? g.firstDay : g.from.date },
            to:
              g.to && dates.to !== undefined
                ? { text: dates.to, date: lastIsDay ? g.lastDay : g.to.date }
                : ongoing,
            confidence: confidence(spanConfidence(g)),
            name: gapName(g, words, titles),
            at: g.start,
          };
        }),
      ...row.deadlines.map((d): LifespanTableRow => ({
        instrumentId: row.id,
        milestoneId: d.milestoneId,
        kind: 'deadline',
        instrument,
        phase: { text: t('chart.phase.deadline', { title: d.title }) },
        from: { text: tickDate(d, locale), date: d.date },
        to: { text: '' },
        confidence: confidence(d.reported ? 'reported' : 'confirmed'),
        name: deadlineName(row, d, words),
        at: d.at,
      })),
    ].sort((a, b) => a.at - b.at || ORDER[a.kind] - ORDER[b.kind]);
    if (lines.length) return lines;
    return [
      {
        instrumentId: row.id,
        kind: 'none',
        instrument,
        phase: { text: t('chart.table.none') },
        from: { text: '' },
        to: { text: '' },
        confidence: confidence('confirmed'),
        name: '',
        at: Number.POSITIVE_INFINITY,
      },
    ];
  });
  return {
    caption: t('chart.table.caption'),
    headers: {
      instrument: t('chart.table.instrument'),
      phase: t('chart.table.phase'),
      from: t('chart.table.from'),
      to: t('chart.table.to'),
      confidence: t('chart.table.confidence'),
    },
    rows,
  };
}
