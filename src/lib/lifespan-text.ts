/**
 * What the lifespan chart says about each span, in words: the accessible names of its bars, the
 * tooltips of its ticks and the cells of its table. One place, so the picture, its names and the
 * table can never disagree. Words come from a `t` argument over the site's catalogue (the `chart.*`
 * keys, and the vocabulary's own words for an outcome or the end of a file: `outcome.*`,
 * `stage.*`); dates are formatted at their precision by `formatPartialDate`.
 */
import { formatDateSpan, formatPartialDate } from './dates.ts';
import type {
  DeadlineMark,
  Gap,
  LifespanLayout,
  LifespanRow,
  Phase,
  SpanEnd,
  Tick,
} from './lifespan.ts';
import { APPLYING_KINDS } from './lifespan.ts';
import type { Stage } from './schema.ts';

/** A translator: `t('chart.days', { count: 3 })`. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface ChartWords {
  readonly t: Translate;
  /** The language dates are written in, a BCP 47 tag ("en-GB", "fr", "de"). */
  readonly locale: string;
}

/** The word for the end of a file ("Withdrawn", "Lapsed"): the stage's own, as everywhere on the site. */
export function endWord(words: ChartWords, stage: Stage): string {
  return words.t(`stage.${stage}`);
}

/** Whether a span is confirmed, reported, or confirmed at the start with a reported end. */
export type SpanConfidence = 'confirmed' | 'reported' | 'endReported';

export function spanConfidence(span: {
  readonly from: SpanEnd;
  readonly to?: SpanEnd | undefined;
}): SpanConfidence {
  if (span.from.reported) return 'reported';
  return span.to?.reported ? 'endReported' : 'confirmed';
}

const NOTE_KEY: Record<SpanConfidence, string | undefined> = {
  confirmed: undefined,
  reported: 'chart.note.reported',
  endReported: 'chart.note.endReported',
};

function withNotes(words: ChartWords, text: string, notes: readonly string[]): string {
  return notes.length ? words.t('chart.withNotes', { text, notes: notes.join('; ') }) : text;
}

const formatEnd = (end: SpanEnd, locale: string): string => formatPartialDate(end.date, locale);

/** The short titles of the layout's rows, by id. */
export function titlesOf(layout: LifespanLayout): ReadonlyMap<string, string> {
  return new Map(layout.rows.map((r) => [r.id, r.shortTitle]));
}

/**
 * The accessible name of a phase's bar.
 * @example phaseName(row, phase, words, titles) // 'Interim Regulation: applied from 2 August 2021 to 3 April 2026'
 */
export function phaseName(
  row: LifespanRow,
  phase: Phase,
  words: ChartWords,
  titles: ReadonlyMap<string, string>,
): string {
  const { t, locale } = words;
  const text = t(`chart.name.${phase.kind}.${phase.tense}`, {
    name: row.shortTitle,
    from: formatEnd(phase.from, locale),
    ...(phase.to ? { to: formatEnd(phase.to, locale) } : {}),
  });
  const notes: string[] = [];
  const confidence = NOTE_KEY[spanConfidence(phase)];
  if (confidence) notes.push(t(confidence));
  if (phase.from.confidence === 'disputed' || phase.to?.confidence === 'disputed')
    notes.push(t('chart.note.disputed'));
  // An application that expires ends as it should: only other ends are worth a word.
  const natural =
    phase.closedBy === 'expired' &&
    (APPLYING_KINDS.includes(phase.kind) || phase.kind === 'pending');
  if (phase.closedBy && !natural) notes.push(endWord(words, phase.closedBy));
  if (phase.endsWith)
    notes.push(t('chart.note.endsWith', { name: titles.get(phase.endsWith) ?? phase.endsWith }));
  return withNotes(words, text, notes);
}

/** The first and last day of a gap as shown: the computed day, or the milestone's own month or year when that is all that is known. */
export function gapDates(gap: Gap, locale: string): { from: string; to?: string } {
  const from =
    gap.from.precision === 'day'
      ? formatPartialDate(gap.firstDay, locale)
      : formatEnd(gap.from, locale);
  if (!gap.to || gap.lastDay === undefined) return { from };
  const to =
    gap.to.precision === 'day' ? formatPartialDate(gap.lastDay, locale) : formatEnd(gap.to, locale);
  return { from, to };
}

/** Whether a gap's length in days is known (both ends are full dates). */
export const gapDaysKnown = (gap: Gap): boolean =>
  gap.days !== undefined && gap.from.precision === 'day' && gap.to?.precision === 'day';

/**
 * The accessible name of a gap.
 * @example gapName(gap, words, titles) // 'Interim Regulation: gap, nothing in the chain applied from 4 April 2026 to 30 July 2026 (118 days)'
 */
export function gapName(gap: Gap, words: ChartWords, titles: ReadonlyMap<string, string>): string {
  const { t, locale } = words;
  const dates = gapDates(gap, locale);
  const text = t(`chart.name.gap.${gap.tense}`, { name: titles.get(gap.row) ?? gap.row, ...dates });
  const notes: string[] = [];
  if (gapDaysKnown(gap) && gap.days !== undefined) notes.push(t('chart.days', { count: gap.days }));
  const confidence = NOTE_KEY[spanConfidence(gap)];
  if (confidence) notes.push(t(confidence));
  return withNotes(words, text, notes);
}

/** The gap's short label on the chart: "gap: 118 days", or "gap" while open. */
export function gapLabel(gap: Gap, words: ChartWords): string {
  return gapDaysKnown(gap) && gap.days !== undefined && gap.to
    ? words.t('chart.gapLabel', { days: words.t('chart.days', { count: gap.days }) })
    : words.t('chart.gapLabelOpen');
}

function milestoneNotes(m: Tick, words: ChartWords): string[] {
  const notes: string[] = [];
  if (m.reported) notes.push(words.t('chart.note.reported'));
  if (m.confidence === 'disputed') notes.push(words.t('chart.note.disputed'));
  return notes;
}

/** A milestone's date as shown: at its precision, or its span. */
export function tickDate(m: Tick, locale: string): string {
  return m.endDate ? formatDateSpan(m.date, m.endDate, locale) : formatPartialDate(m.date, locale);
}

/** The accessible name of a deadline's mark. */
export function deadlineName(row: LifespanRow, d: DeadlineMark, words: ChartWords): string {
  const text = words.t('chart.name.deadline', {
    name: row.shortTitle,
    date: tickDate(d, words.locale),
    title: d.title,
  });
  const notes = [
    ...(d.outcome
      ? [words.t('instrument.outcomeIs', { outcome: words.t(`outcome.${d.outcome}`) })]
      : []),
    ...milestoneNotes(d, words),
  ];
  return withNotes(words, text, notes);
}

/** The tooltip of a milestone's tick. */
export function tickTitle(m: Tick, words: ChartWords): string {
  const text = words.t('chart.milestone', { date: tickDate(m, words.locale), title: m.title });
  return withNotes(words, text, milestoneNotes(m, words));
}

/** "extends Interim Regulation", for the row's label; empty for a chain's first row. */
export function relationLabel(
  row: LifespanRow,
  words: ChartWords,
  titles: ReadonlyMap<string, string>,
): string {
  if (!row.link) return '';
  return words.t(`chart.relation.${row.link.relation}`, {
    name: titles.get(row.link.target) ?? row.link.target,
  });
}
