/**
 * The history of the record as the pages show it: an instrument's "History of this record", a
 * milestone's own changes, and /changes/ by month. Built from getHistory() (src/data/history.ts)
 * and the sentences of src/lib/history.ts, in the page's language (its translator `t`).
 *
 * - Every record is dated with the day it was **recorded** (the commit's committer date, as a
 *   calendar day in the campaign's zone), never with the date of an event.
 * - A sentence comes in parts (`describeChangeParts`), so the page marks the content's texts
 *   with their language and links the milestone it concerns, while it still exists.
 * - Nothing is dated that the build does not know: without history there are no records, and
 *   `historyNotice` gives the one sentence that says so (or where an incomplete history starts).
 */
import { describeChangeParts, type ChangeKind, type SentencePart } from '../lib/history.ts';
import type { HistoryStatus } from '../lib/history-log.ts';
import { calendarDateIn } from '../lib/dates.ts';
import { DEFAULT_LANG, langOf, type T } from '../i18n/index.ts';
import { dated, historyWords } from '../i18n/phrases.ts';
import type { Instrument, Milestone, Site } from './content.ts';
import type { History, HistoryRecord } from './history.ts';
import { readLimit } from './page-limit.ts';

/** One change, as a sentence in parts. */
export interface ChangeLine {
  readonly kind: ChangeKind;
  readonly parts: readonly SentencePart[];
  /** The page of the milestone it concerns, while that milestone exists (site path, not yet in a language). */
  readonly milestonePath?: string;
}

/** One commit's changes to one instrument file. */
export interface RecordView {
  /** Unique on a page: the commit and the instrument. */
  readonly key: string;
  readonly commit: string;
  /** The day it was recorded, in the campaign's zone: "2026-07-03". */
  readonly recordedOn: string;
  /** The editors' own summary (`Change-Note:` trailers), in the content's language. */
  readonly notes: readonly string[];
  readonly instrumentId: string;
  /** The instrument, while it exists (a removed one is named by its id). */
  readonly instrument?: Instrument;
  readonly lines: readonly ChangeLine[];
}

/** The records of one month, by the day they were recorded. */
export interface MonthView {
  /** "2026-07". */
  readonly month: string;
  readonly records: readonly RecordView[];
  /** How many changes (sentences) the month's records hold. */
  readonly changes: number;
}

interface Index {
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly milestones: ReadonlyMap<string, Milestone>;
}
const indexes = new WeakMap<Site, Index>();
function indexOf(site: Site): Index {
  let index = indexes.get(site);
  if (!index) {
    index = {
      instruments: new Map(site.instruments.map((i) => [i.id, i])),
      milestones: new Map(site.milestones.map((m) => [m.key, m])),
    };
    indexes.set(site, index);
  }
  return index;
}

interface ViewOptions {
  /** Name the milestone in each sentence ("“Council position”: Confidence raised …"): everywhere but on the milestone's own page. */
  readonly inContext: boolean;
  /** Only the changes of this milestone (its id). */
  readonly milestone?: string;
}

function recordView(site: Site, record: HistoryRecord, t: T, options: ViewOptions): RecordView {
  const { instruments, milestones } = indexOf(site);
  const lang = langOf(t.lang) ?? DEFAULT_LANG;
  const describe = {
    t: historyWords(t),
    locale: t.locale,
    instrumentName: (id: string) => instruments.get(id)?.local[lang].shortTitle.text,
    inContext: options.inContext,
  };
  const instrument = instruments.get(record.instrumentId);
  const changes =
    options.milestone === undefined
      ? record.changes
      : record.changes.filter((c) => c.milestone === options.milestone);
  return {
    key: `${record.commit}.${record.instrumentId}`,
    commit: record.commit,
    recordedOn: calendarDateIn(record.recordedAt, site.campaign.timeZone),
    notes: record.notes,
    instrumentId: record.instrumentId,
    ...(instrument ? { instrument } : {}),
    lines: changes.map((c): ChangeLine => {
      const path =
        c.milestone === undefined
          ? undefined
          : milestones.get(`${record.instrumentId}#${c.milestone}`)?.permalink;
      return {
        kind: c.kind,
        parts: describeChangeParts(c, describe),
        ...(path !== undefined ? { milestonePath: path } : {}),
      };
    }),
  };
}

/** An instrument's records, newest first: its "History of this record". */
export function instrumentHistory(
  site: Site,
  history: History,
  instrumentId: string,
  t: T,
): RecordView[] {
  return (history.byInstrument.get(instrumentId) ?? []).map((r) =>
    recordView(site, r, t, { inContext: true }),
  );
}

/** A milestone's own changes, newest first, each with the record it belongs to. */
export function milestoneHistory(
  site: Site,
  history: History,
  milestone: Milestone,
  t: T,
): RecordView[] {
  return (history.byMilestone.get(milestone.key) ?? []).map(({ record }) =>
    recordView(site, record, t, { inContext: false, milestone: milestone.id }),
  );
}

/**
 * The newest records of every instrument that change what the record says, at most `limit`: the
 * home page's "Recently changed". A record that only revised translations is left out there (it
 * changes no fact; /changes/ and the instrument's history still list it).
 */
export function latestChanges(site: Site, history: History, t: T, limit: number): RecordView[] {
  const out: RecordView[] = [];
  for (const record of history.records) {
    if (out.length >= limit) break;
    if (record.changes.every((c) => c.kind === 'translations-revised')) continue;
    out.push(recordView(site, record, t, { inContext: true }));
  }
  return out;
}

/** The records of one month ("2026-07"), newest first, before they are put in words. */
export interface RecordMonth {
  readonly month: string;
  readonly records: readonly HistoryRecord[];
}

/** The months already grouped, by site and history: every page of /changes/ asks. */
const monthsOf = new WeakMap<Site, WeakMap<History, readonly RecordMonth[]>>();

/**
 * Every instrument's records (or one instrument's) by the month they were recorded, in the
 * campaign's zone, newest first: which months /changes/ has and how many records each holds.
 * The same in every language; references only, so keeping it costs little.
 */
export function recordsByMonth(
  site: Site,
  history: History,
  instrumentId?: string,
): readonly RecordMonth[] {
  const records =
    instrumentId === undefined ? history.records : (history.byInstrument.get(instrumentId) ?? []);
  const kept = instrumentId === undefined ? monthsOf.get(site)?.get(history) : undefined;
  if (kept) return kept;
  const months: { month: string; records: HistoryRecord[] }[] = [];
  for (const record of records) {
    const month = calendarDateIn(record.recordedAt, site.campaign.timeZone).slice(0, 7);
    let last = months.at(-1);
    if (last?.month !== month) months.push((last = { month, records: [] }));
    last.records.push(record);
  }
  if (instrumentId === undefined) {
    let ofSite = monthsOf.get(site);
    if (!ofSite) monthsOf.set(site, (ofSite = new WeakMap()));
    ofSite.set(history, months);
  }
  return months;
}

/** Months of records as a page shows them, in its language (`t`). */
export function monthViews(site: Site, months: readonly RecordMonth[], t: T): MonthView[] {
  return months.map(({ month, records }) => {
    const views = records.map((record) => recordView(site, record, t, { inContext: true }));
    return { month, records: views, changes: views.reduce((n, v) => n + v.lines.length, 0) };
  });
}

/**
 * How /changes/ is split into pages. Up to CHANGES_PAGE_LIMIT records (a commit's changes to
 * one file), /changes/ lists them all; above it, /changes/ shows the newest months that keep
 * within the limit (at least one), and the month navigation leads to the others. Every month
 * has its own page, /changes/<yyyy-mm>/, so its address stays valid whichever way the record
 * grows, and a change can be cited by the month it was recorded.
 *
 * Why 1,000: a record is about 400 bytes of HTML and 4 elements (measured at 5,000 milestones,
 * 11,704 records: /de/changes/ was 4.87 MB and 44,929 elements, 3.8 s to load on a throttled
 * phone), so 1,000 records keep the page near 400 KB, as the timeline's limit keeps its own.
 *
 * POLICY_TIMELINE_CHANGES_LIMIT overrides the limit (tests use it to build the split layout).
 */
export const CHANGES_PAGE_LIMIT: number = readLimit('POLICY_TIMELINE_CHANGES_LIMIT', 1000);

/** A month's page of changes: "2026-11" → /changes/2026-11/. */
export const changesMonthUrl = (month: string): string => `/changes/${month}/`;

/** The months /changes/ itself shows: all of them, or above `limit` records the newest that keep within it (at least one). */
export function frontMonths<M extends { readonly records: readonly unknown[] }>(
  months: readonly M[],
  limit: number = CHANGES_PAGE_LIMIT,
): readonly M[] {
  let shown = 0;
  let count = 0;
  for (const month of months) {
    if (shown > 0 && count + month.records.length > limit) break;
    count += month.records.length;
    shown++;
  }
  return shown === months.length ? months : months.slice(0, shown);
}

/** The months in which the record changed ("2026-11"), newest first, in the campaign's zone: the month pages of /changes/. */
export function historyMonths(site: Site, history: History): string[] {
  return recordsByMonth(site, history).map((m) => m.month);
}

/**
 * The one sentence a page shows about what the build knows of its history: that it is not
 * available, or where an incomplete one starts (the day in the campaign's zone); nothing when
 * the history is whole.
 */
export function historyNotice(
  status: HistoryStatus,
  t: T,
  campaignZone: string,
): { kind: 'unavailable' | 'incomplete'; text: string } | undefined {
  if (!status.available) return { kind: 'unavailable', text: t('history.unavailable') };
  if (status.complete) return undefined;
  return status.since === undefined
    ? { kind: 'incomplete', text: t('history.incompleteUndated') }
    : {
        kind: 'incomplete',
        text: dated(t, 'history.incomplete', calendarDateIn(status.since, campaignZone)),
      };
}

/** The day a whole history starts (its oldest commit), for "Changes recorded since …"; none when it is not whole. */
export function historySince(status: HistoryStatus, campaignZone: string): string | undefined {
  return status.available && status.complete && status.since !== undefined
    ? calendarDateIn(status.since, campaignZone)
    : undefined;
}
