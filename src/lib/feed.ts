/**
 * The items of the RSS feed: the latest milestones and corrections, newest first.
 *
 * - A milestone becomes an item once it has happened (a deadline: once it has fallen due), dated
 *   by the moment it happened. Scheduled steps are not news yet, and a future date would sit
 *   on top of every feed reader for months.
 * - A milestone with a correction gives a second item for the correction, dated like it.
 * - Unconfirmed reports are items too, labelled as reports in their title.
 * - Every item links to the milestone's permalink and has a guid derived from its instrument
 *   and milestone ids, so a reader never shows an item twice, even when its text changes.
 * - Changes to the record (a corrected date, a raised confidence) are items too
 *   ({@link changeFeedItems}), dated by the day they were recorded, with a guid derived from
 *   the commit, the instrument, the milestone and the kind of change.
 *
 * Pure: "now" is an argument; words come from the caller's dictionary.
 */
import type { CalendarMilestone } from './calendar.ts';
import { calendarDateIn, formatPartialDate } from './dates.ts';
import {
  describeChangesInContext,
  type ChangeKind,
  type Change,
  type Translate,
} from './history.ts';
import { escapeHtml, renderInlineMarkdown } from './markdown.ts';
import type { Confidence, Stage } from './schema.ts';

/** How many items the feed carries. */
export const FEED_LIMIT = 50;

/** What the feed needs of a milestone: what a calendar needs (its content and where it belongs), its key and when it happened. */
export interface FeedMilestone extends CalendarMilestone {
  /** "<instrument id>#<milestone id>". */
  readonly key: string;
  /** When it happened (a deadline: when it fell due), epoch ms. */
  readonly instant: number;
}

/** The words of feed items, from the UI dictionary. */
export interface FeedText {
  readonly title: (campaign: string) => string;
  readonly description: (campaign: string, organisation: string) => string;
  readonly item: (instrument: string, title: string) => string;
  readonly unverifiedItem: (instrument: string, title: string) => string;
  readonly correctionItem: (instrument: string, title: string) => string;
  readonly correction: string;
  readonly deadline: string;
  readonly dated: (date: string) => string;
  readonly confidence: (label: string) => string;
  readonly claimed: (source: string) => string;
  readonly correct: string;
  readonly source: string;
  readonly readMore: string;
  readonly confidenceLabels: Readonly<Record<Confidence, { readonly label: string }>>;
  readonly stages: Readonly<Record<Stage, { readonly label: string }>>;
}

export interface FeedItem {
  readonly guid: string;
  /** Whether the guid is the item's own URL (RSS `isPermaLink`). */
  readonly isPermaLink: boolean;
  readonly title: string;
  /** Absolute URL of the milestone. */
  readonly link: string;
  readonly pubDate: Date;
  /** HTML, escaped by the XML writer. */
  readonly description: string;
  readonly categories: readonly string[];
}

export interface FeedOptions {
  readonly siteUrl: string;
  readonly locale: string;
  readonly text: FeedText;
  readonly limit?: number;
}

const link = (href: string, text: string): string =>
  `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

function sourceLine(m: FeedMilestone, text: FeedText): string {
  const s = m.sources[0];
  if (!s) return '';
  return `<p>${escapeHtml(text.source)} ${s.url ? link(s.url, s.title) : escapeHtml(s.title)} (${escapeHtml(s.publisher)})</p>`;
}

function milestoneItem(m: FeedMilestone, url: string, options: FeedOptions): FeedItem {
  const { text, locale } = options;
  const facts = [
    text.dated(formatPartialDate(m.date, locale)),
    ...(m.deadline ? [text.deadline] : []),
    ...(m.stage ? [text.stages[m.stage].label] : []),
    text.confidence(text.confidenceLabels[m.confidence].label),
  ];
  const description = [
    `<p>${escapeHtml(facts.join(' · '))}</p>`,
    ...(m.note ? [`<p>${renderInlineMarkdown(m.note)}</p>`] : []),
    sourceLine(m, text),
    `<p>${link(url, text.readMore)}</p>`,
  ].join('');
  return {
    guid: url,
    isPermaLink: true,
    title: (m.confidence === 'unverified' ? text.unverifiedItem : text.item)(
      m.instrumentShortTitle,
      m.title,
    ),
    link: url,
    pubDate: new Date(m.instant),
    description,
    categories: [
      m.instrumentShortTitle,
      ...(m.deadline ? [text.deadline] : []),
      // A report's stage is only what it would mean: feed readers file items by category, away
      // from the "unconfirmed" in the title, so a report is never filed under a stage.
      ...(m.stage && m.confidence !== 'unverified' ? [text.stages[m.stage].label] : []),
    ],
  };
}

function correctionItem(
  m: FeedMilestone,
  url: string,
  host: string,
  options: FeedOptions,
): FeedItem | undefined {
  const c = m.correction;
  if (!c) return undefined;
  const { text } = options;
  const description = [
    `<p>${escapeHtml(text.claimed(c.source.publisher))}</p>`,
    `<blockquote>${escapeHtml(c.claim)}</blockquote>`,
    `<p><strong>${escapeHtml(text.correct)}</strong> ${renderInlineMarkdown(c.correct)}</p>`,
    `<p>${link(url, text.readMore)}</p>`,
  ].join('');
  return {
    guid: `${m.instrumentId}.${m.id}.correction@${host}`,
    isPermaLink: false,
    title: text.correctionItem(m.instrumentShortTitle, m.title),
    link: url,
    pubDate: new Date(m.instant),
    description,
    categories: [m.instrumentShortTitle, text.correction],
  };
}

/** The feed's items at `now`: happened milestones and their corrections, newest first, at most `limit`. */
export function feedItems(
  milestones: readonly FeedMilestone[],
  now: Date,
  options: FeedOptions,
): FeedItem[] {
  const host = new URL(options.siteUrl).host;
  const happened = milestones.filter((m) => m.instant <= now.getTime());
  const entries = happened.flatMap((m) => {
    const url = new URL(m.permalink, options.siteUrl).href;
    const correction = correctionItem(m, url, host, options);
    // Within one instant: the milestone before its correction, then by key, for a stable order.
    return [
      { m, rank: 0, item: milestoneItem(m, url, options) },
      ...(correction ? [{ m, rank: 1, item: correction }] : []),
    ];
  });
  entries.sort(
    (a, b) => b.m.instant - a.m.instant || a.m.key.localeCompare(b.m.key) || a.rank - b.rank,
  );
  return entries.slice(0, options.limit ?? FEED_LIMIT).map((e) => e.item);
}

// ---------------------------------------------------------------------------------------------
// Changes to the record

/** One recorded change, as a feed item needs it. */
export interface FeedChange {
  readonly commit: string;
  /** When the change was recorded (the commit's committer date), epoch ms. */
  readonly recordedAt: number;
  /** The `Change-Note:` trailers of the commit: the editors' own summary. */
  readonly notes: readonly string[];
  readonly instrumentId: string;
  readonly instrumentShortTitle: string;
  readonly change: Change;
  /** The site path the item links to (the milestone's page, else the instrument's). */
  readonly path: string;
  /** The milestone it concerns is an unconfirmed report. */
  readonly report: boolean;
}

export interface ChangeFeedOptions {
  readonly siteUrl: string;
  readonly locale: string;
  /** The zone the day a change was recorded is given in. */
  readonly campaignZone: string;
  readonly t: Translate;
  readonly instrumentName?: (id: string) => string | undefined;
  /**
   * Only the newest items, at most this many (the latest first, then in their order), each in
   * its place: what {@link mergeFeedItems} keeps of them with the same limit. A tag's feed
   * would otherwise write the sentences of thousands of changes to keep a few dozen.
   */
  readonly limit?: number | undefined;
}

/**
 * A change item's guid: its commit, instrument, milestone and kind, so a rebuild (or a later
 * edit of anything else) keeps it, and a reader never shows it twice.
 * @example changeGuid('3f2a…', 'dsa', 'council-mandate', 'date-changed', 'beacon.example.org') // 'change.3f2a….dsa.council-mandate.date-changed@beacon.example.org'
 */
export function changeGuid(
  commit: string,
  instrumentId: string,
  milestone: string | undefined,
  kind: ChangeKind,
  host: string,
): string {
  return `change.${commit}.${instrumentId}.${milestone ?? '-'}.${kind}@${host}`;
}

/**
 * Feed items for recorded changes: one per commit, instrument, milestone and kind (two sources
 * added to one milestone in one commit are one item), dated when the change was recorded, which
 * the item says in so many words, so it is not mistaken for the date of an event.
 */
export function changeFeedItems(
  changes: readonly FeedChange[],
  options: ChangeFeedOptions,
): FeedItem[] {
  const { t, locale } = options;
  const host = new URL(options.siteUrl).host;
  const groups = new Map<string, FeedChange[]>();
  for (const c of changes) {
    const guid = changeGuid(c.commit, c.instrumentId, c.change.milestone, c.change.kind, host);
    groups.set(guid, [...(groups.get(guid) ?? []), c]);
  }
  const describe = {
    t,
    locale,
    ...(options.instrumentName ? { instrumentName: options.instrumentName } : {}),
  };
  let kept = [...groups];
  const { limit } = options;
  if (limit !== undefined && kept.length > limit) {
    const at = (group: readonly FeedChange[]): number =>
      new Date((group[0] as FeedChange).recordedAt).getTime();
    const newest = new Set(
      kept
        .map(([, group], index) => ({ at: at(group), index }))
        .sort((a, b) => b.at - a.at || a.index - b.index)
        .slice(0, limit)
        .map((x) => x.index),
    );
    kept = kept.filter((_, index) => newest.has(index));
  }
  return kept.map(([guid, group]): FeedItem => {
    const first = group[0] as FeedChange;
    const sentence = describeChangesInContext(
      group.map((g) => g.change),
      describe,
    );
    const url = new URL(first.path, options.siteUrl).href;
    const day = formatPartialDate(calendarDateIn(first.recordedAt, options.campaignZone), locale);
    const description = [
      ...first.notes.map((n) => `<p>${escapeHtml(n)}</p>`),
      `<p>${escapeHtml(sentence)}</p>`,
      `<p>${escapeHtml(t('history.feed.recordedOn', { date: day }))}</p>`,
      `<p>${link(url, t('history.feed.readMore'))}</p>`,
    ].join('');
    return {
      guid,
      isPermaLink: false,
      title: t(first.report ? 'history.feed.itemReport' : 'history.feed.item', {
        instrument: first.instrumentShortTitle,
        change: sentence,
      }),
      link: url,
      pubDate: new Date(first.recordedAt),
      description,
      categories: [first.instrumentShortTitle, t('history.feed.category')],
    };
  });
}

/**
 * Several lists of items, each newest first, as one list newest first (a stable merge: items
 * at the same instant keep their list's order, the first list's first), at most `limit`.
 */
export function mergeFeedItems(lists: readonly (readonly FeedItem[])[], limit: number): FeedItem[] {
  return lists
    .flatMap((list, which) => list.map((item, index) => ({ item, which, index })))
    .sort(
      (a, b) =>
        b.item.pubDate.getTime() - a.item.pubDate.getTime() ||
        a.which - b.which ||
        a.index - b.index,
    )
    .slice(0, limit)
    .map((x) => x.item);
}
