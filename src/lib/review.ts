/**
 * The review queue: what an author should check in a campaign's content on a given day. It
 * informs and never blocks: nothing here is a validation error, and the content may be valid
 * and still need checking (a deadline passed and nobody recorded what became of it).
 *
 * Seven kinds of item (see {@link REVIEW_KINDS}), each with the file, the line and, where there
 * is one, the milestone. The words for authors are the caller's (scripts/review.ts and the
 * build's one-line summary, in src/integrations/review-report.ts); this module returns
 * structured items only.
 *
 * Pure: the day of the review is an argument, never the clock.
 */
import { parseSource } from './content-source.ts';
import { dateRange, endOfDayMs, periodEndMs, periodStartMs, startOfDayMs } from './dates.ts';
import { deriveStatus, isReport, milestoneInstantMs, monthsLater } from './status.ts';
import { trackOf, type MilestoneData, type Source } from './schema.ts';
import { formatPath, type ContentFile, type ValidationResult } from './validate.ts';

/** The kinds of item, in the order the queue lists them. */
export const REVIEW_KINDS = [
  /** A deadline has fallen due and its `outcome` is not recorded. */
  'deadline-past-due',
  /** A milestone that was still to come when the content was last checked, whose day has passed. */
  'scheduled-passed',
  /** An unconfirmed report or a disputed date, older than {@link REPORT_AGE_DAYS} days. */
  'old-report',
  /** A file that is not finished, with nothing new for {@link QUIET_MONTHS} months. */
  'quiet-file',
  /** `reviewedAt` is more than {@link REVIEW_AGE_DAYS} days old. */
  'stale-review',
  /** A source a reader cannot open: it has no `url`. */
  'source-without-url',
  /** An `official` milestone whose official sources are all third-party copies (or unlinked). */
  'official-copy-only',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** Reports and disputed dates are due for another look after this many days. */
export const REPORT_AGE_DAYS = 60;
/** An open file with nothing new for this long needs checking (the same span as "stalled"). */
export const QUIET_MONTHS = 9;
/** The content should be checked against its sources at least this often. */
export const REVIEW_AGE_DAYS = 30;

/**
 * Hosts whose pages are first-party official sources: EU institutions (europa.eu), the Council
 * of Europe, the UN, national governments and parliaments, and the European Parliamentary
 * Research Service's own blog. An `official` source elsewhere is a copy (a republisher, a
 * mirror, a repository), which is allowed but worth replacing with the original.
 */
export const OFFICIAL_HOSTS: readonly RegExp[] = [
  /(?:^|\.)europa\.eu$/,
  /(?:^|\.)coe\.int$/,
  /(?:^|\.)un\.org$/,
  /(?:^|\.)epthinktank\.eu$/,
  /(?:^|\.)gov(?:\.[a-z]{2})?$/,
  /(?:^|\.)gouv\.[a-z]{2}$/,
  /(?:^|\.)gob\.[a-z]{2}$/,
  /(?:^|\.)parliament\.uk$/,
  /(?:^|\.)admin\.ch$/,
  /(?:^|\.)bund\.de$/,
];

/** Whether a source is the original official page, not a copy. */
export function isFirstPartyOfficial(source: Pick<Source, 'kind' | 'url'>): boolean {
  if (source.kind !== 'official' || !source.url) return false;
  const host = new URL(source.url).hostname.toLowerCase();
  return OFFICIAL_HOSTS.some((re) => re.test(host));
}

export interface ReviewItem {
  readonly kind: ReviewKind;
  /** The file to open, relative to the project, e.g. "content/instruments/dsa.mdx". */
  readonly file: string;
  /** The line of the milestone, source or field. */
  readonly line: number;
  /** "<instrument>#<milestone>", when the item is about a milestone. */
  readonly milestone?: string;
  /** The field path, e.g. "milestones[3].sources[1]" or "reviewedAt". */
  readonly field: string;
  /** The date the item is about: the milestone's date, or `reviewedAt`. */
  readonly date: string;
  /**
   * For the kinds about time: calendar days from that date (its last day, for a partial date or
   * a span) to the day of the review. "Fell due 30 June, 154 days ago".
   */
  readonly days?: number;
  /** For sources: "<publisher>: <title>"; for copies: the hosts of the official sources; for reports: the confidence. */
  readonly detail?: string;
}

export interface ReviewReport {
  /** The day reviewed, "YYYY-MM-DD", read in the campaign's time zone. */
  readonly date: string;
  readonly reviewedAt?: string;
  readonly items: readonly ReviewItem[];
  readonly counts: Readonly<Record<ReviewKind, number>>;
}

/** Calendar days from one full ISO date to another (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  const utc = (iso: string): number => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * The review queue for the content on `date` ("YYYY-MM-DD", a day in the campaign's time
 * zone): everything that had happened or passed by the start of that day.
 * @param result the validated content (items come from files that validated)
 * @param files the same files, to find the lines
 */
export function reviewContent(
  result: ValidationResult,
  files: readonly ContentFile[],
  date: string,
): ReviewReport {
  const items: ReviewItem[] = [];
  const campaign = result.campaign;
  if (!campaign) return report(date, undefined, items);
  const zone = campaign.timeZone;
  const at = startOfDayMs(date, zone);
  const text = new Map(files.map((f) => [f.path, f.text]));

  for (const instrument of result.instruments) {
    const source = parseSource(text.get(instrument.file) ?? '', { frontmatter: true });
    const line = (path: readonly (string | number)[]): number => source.locate(path).line;
    const milestones = instrument.data.milestones;
    const item = (
      kind: ReviewKind,
      index: number,
      m: MilestoneData,
      extra: { field?: readonly (string | number)[]; detail?: string; timed?: boolean } = {},
    ): void => {
      const path = extra.field ?? ['milestones', index];
      items.push({
        kind,
        file: instrument.file,
        line: line(path),
        milestone: `${instrument.id}#${m.id}`,
        field: formatPath(path),
        date: m.date,
        ...(extra.timed === false ? {} : { days: daysBetween(lastDayOf(m), date) }),
        ...(extra.detail ? { detail: extra.detail } : {}),
      });
    };

    milestones.forEach((m, i) => {
      const ownZone = m.timeZone ?? zone;
      const happened = milestoneInstantMs(m, zone);
      // The end of the last day it covers: its endDate, or the end of its day, month or year.
      const ends = periodEndMs(m.endDate ?? m.date, ownZone);

      if (m.deadline && !m.deadline.outcome && happened < at)
        item('deadline-past-due', i, m, { field: ['milestones', i, 'deadline'] });

      const reviewed = endOfDayMs(campaign.reviewedAt, zone);
      if (!m.deadline && periodStartMs(m.date, ownZone) > reviewed && ends < at)
        item('scheduled-passed', i, m);

      if (
        (m.confidence === 'disputed' || isReport(m)) &&
        daysBetween(lastDayOf(m), date) > REPORT_AGE_DAYS
      )
        item('old-report', i, m, { field: ['milestones', i, 'confidence'], detail: m.confidence });

      const unlinked: { path: (string | number)[]; source: Source }[] = [
        ...m.sources.map((s, j) => ({ path: ['milestones', i, 'sources', j], source: s })),
        ...(m.alternatives ?? []).flatMap((alt, k) =>
          alt.sources.map((s, j) => ({
            path: ['milestones', i, 'alternatives', k, 'sources', j],
            source: s,
          })),
        ),
        ...(m.correction
          ? [{ path: ['milestones', i, 'correction', 'source'], source: m.correction.source }]
          : []),
      ].filter((x) => !x.source.url);
      for (const { path, source: s } of unlinked)
        item('source-without-url', i, m, {
          field: path,
          detail: `${s.publisher}: ${s.title}`,
          timed: false,
        });

      const official = m.sources.filter((s) => s.kind === 'official');
      if (m.confidence === 'official' && !official.some(isFirstPartyOfficial))
        item('official-copy-only', i, m, {
          timed: false,
          field: ['milestones', i, 'sources'],
          detail: official
            .map((s) => (s.url ? new URL(s.url).hostname : `${s.publisher} (no address)`))
            .join(', '),
        });
    });

    // An open file: nothing new, of any kind, for QUIET_MONTHS.
    const track = trackOf(instrument.data);
    const status = deriveStatus(milestones, track, new Date(at), zone);
    const past = milestones
      .map((m, index) => ({ m, index, t: milestoneInstantMs(m, zone) }))
      .filter((x) => x.t < at)
      .sort((a, b) => a.t - b.t || a.index - b.index);
    const latest = past.at(-1);
    if (!status.finished && latest && monthsLater(latest.t, QUIET_MONTHS, zone) <= at)
      item('quiet-file', latest.index, latest.m);
  }

  const campaignFile = files.find((f) => /(^|\/)campaign\.yaml$/.test(f.path));
  const age = daysBetween(campaign.reviewedAt, date);
  if (campaignFile && age > REVIEW_AGE_DAYS) {
    const source = parseSource(campaignFile.text, { frontmatter: false });
    items.push({
      kind: 'stale-review',
      file: campaignFile.path,
      line: source.locate(['reviewedAt']).line,
      field: 'reviewedAt',
      date: campaign.reviewedAt,
      days: age,
    });
  }
  return report(date, campaign.reviewedAt, items);
}

/** The last calendar day a milestone covers: the end of its span, or of its day, month or year. */
const lastDayOf = (m: Pick<MilestoneData, 'date' | 'endDate'>): string =>
  dateRange(m.endDate ?? m.date).last;

function report(date: string, reviewedAt: string | undefined, items: ReviewItem[]): ReviewReport {
  const order = (k: ReviewKind): number => REVIEW_KINDS.indexOf(k);
  const sorted = [...items].sort(
    (a, b) => order(a.kind) - order(b.kind) || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const counts = Object.fromEntries(
    REVIEW_KINDS.map((k) => [k, sorted.filter((i) => i.kind === k).length]),
  ) as Record<ReviewKind, number>;
  return { date, ...(reviewedAt ? { reviewedAt } : {}), items: sorted, counts };
}
