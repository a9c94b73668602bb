/**
 * The review queue in words, for authors at a terminal: `npm run review` prints the whole queue
 * and the build prints its one-line summary. Plain English: this is a developer tool, not the
 * site (whose words live in src/i18n). The queue itself is src/lib/review.ts.
 */
import {
  QUIET_MONTHS,
  REPORT_AGE_DAYS,
  REVIEW_AGE_DAYS,
  REVIEW_KINDS,
  type ReviewItem,
  type ReviewKind,
  type ReviewReport,
} from '../lib/review.ts';

/** Each kind's heading, its short name for the summary, and what to do about it. */
export const REVIEW_TEXT: Readonly<
  Record<ReviewKind, { heading: string; short: string; todo: string }>
> = {
  'deadline-past-due': {
    heading: 'Deadlines past due with no outcome',
    short: 'past due',
    todo: 'find out what became of it and set deadline.outcome (met, missed, extended, lapsed or superseded, with supersededBy)',
  },
  'scheduled-passed': {
    heading: 'Scheduled milestones whose day has passed',
    short: 'scheduled step passed',
    todo: 'it was still to come when the content was last checked: say whether it happened, and correct or confirm it',
  },
  'old-report': {
    heading: `Unverified or disputed milestones older than ${REPORT_AGE_DAYS} days`,
    short: 'old report',
    todo: 'look for an official source: confirm it (raise the confidence, with the source), settle the dispute, or say why it stays open',
  },
  'quiet-file': {
    heading: `Open files with nothing new for ${QUIET_MONTHS} months`,
    short: 'quiet file',
    todo: 'check whether anything happened since the last milestone, and add it with its source',
  },
  'stale-review': {
    heading: `reviewedAt older than ${REVIEW_AGE_DAYS} days`,
    short: 'stale review',
    todo: 'check every entry against its sources, then set reviewedAt to the day you finished',
  },
  'source-without-url': {
    heading: 'Sources without a URL',
    short: 'source without URL',
    todo: 'add the address a reader can open (url), or say in the note why there is none',
  },
  'official-copy-only': {
    heading: 'Official milestones whose only official source is a third-party copy',
    short: 'official on a copy only',
    todo: 'add the original (EUR-Lex, the Legislative Observatory, the institution’s own page) beside the copy',
  },
};

const plural = (n: number, one: string, other = `${one}s`): string =>
  `${n} ${n === 1 ? one : other}`;

/** What one item says after its location. */
export function describeItem(item: ReviewItem): string {
  const ago = plural(item.days ?? 0, 'day');
  switch (item.kind) {
    case 'deadline-past-due':
      return `fell due ${item.date}, ${ago} ago; no outcome`;
    case 'scheduled-passed':
      return `dated ${item.date}, after the last check; its day ended ${ago} ago`;
    case 'old-report':
      return `dated ${item.date}, ${ago} old, still ${item.detail === 'disputed' ? 'disputed' : 'unconfirmed'}`;
    case 'quiet-file':
      return `last milestone ${item.date}, ${ago} ago`;
    case 'stale-review':
      return `reviewedAt is ${item.date}, ${ago} ago`;
    case 'source-without-url':
      return `${item.field}: ${item.detail ?? ''}`;
    case 'official-copy-only':
      return `official sources: ${item.detail ?? ''}`;
  }
}

/** One line per item: "file:line  milestone  what". */
export function formatItem(item: ReviewItem): string {
  return `${item.file}:${item.line}  ${item.milestone ?? item.field}  ${describeItem(item)}`;
}

/** The whole queue, grouped by kind, every kind listed (with "none"), for `npm run review`. */
export function formatReview(report: ReviewReport, contentDir: string): string {
  const lines = [
    `Review queue for ${report.date} (${contentDir}/, checked up to ${report.reviewedAt ?? 'unknown'}): ${plural(report.items.length, 'item')} to check.`,
    '',
  ];
  for (const kind of REVIEW_KINDS) {
    const items = report.items.filter((i) => i.kind === kind);
    const text = REVIEW_TEXT[kind];
    lines.push(`${text.heading} (${items.length})`);
    if (items.length) {
      lines.push(`  what to do: ${text.todo}`);
      for (const item of items) lines.push(`  ${formatItem(item)}`);
    } else lines.push('  none');
    lines.push('');
  }
  return lines.join('\n');
}

/** The build's one line: how many items of which kinds, and where to see them. */
export function reviewSummaryLine(report: ReviewReport): string {
  if (!report.items.length) return `Review queue for ${report.date}: nothing to check.`;
  const parts = REVIEW_KINDS.filter((k) => report.counts[k] > 0).map(
    (k) => `${report.counts[k]} ${REVIEW_TEXT[k].short}`,
  );
  return `Review queue for ${report.date}: ${plural(report.items.length, 'item')} to check (${parts.join(', ')}); run npm run review for the list.`;
}

/** The queue as `npm run review -- --json` prints it: the same items, each with its sentence. */
export function reviewJson(report: ReviewReport, contentDir: string): unknown {
  return {
    date: report.date,
    contentDir,
    reviewedAt: report.reviewedAt,
    count: report.items.length,
    counts: report.counts,
    items: report.items.map((item) => ({
      ...item,
      heading: REVIEW_TEXT[item.kind].heading,
      message: describeItem(item),
      todo: REVIEW_TEXT[item.kind].todo,
    })),
  };
}
