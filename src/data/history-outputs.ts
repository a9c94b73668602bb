/**
 * What the history of the record gives the site's files: change items for the site feed, the
 * feed of one instrument and of one tag ("follow this file"), /data/changes.json and its
 * schema, and calendar revisions. Built from getSite() and getHistory() by the pure modules in
 * src/lib. The pages that show the history are built on src/data/history-views.ts.
 *
 * The feeds' functions take a language (`lang`, English by default): their words come from the
 * catalogue (`getT(lang)`), their links go to the pages in that language, and their milestones
 * and instruments are named in it where they are translated. A feed in another language is
 * then one endpoint that passes its `lang`, e.g. `instrumentFeed(site, history, instrument, 'fr')`.
 */
import type { CalendarMilestone } from '../lib/calendar.ts';
import { CHANGES_PATHS, ChangesFileSchema, buildChangesFile } from '../lib/changes-file.ts';
import {
  changeFeedItems,
  changeGuid,
  feedItems,
  FEED_LIMIT,
  mergeFeedItems,
  type FeedChange,
  type FeedItem,
} from '../lib/feed.ts';
import {
  describeChangeInContext,
  HEADLINE_KINDS,
  type Change,
  type Translate,
} from '../lib/history.ts';
import { jsonSchemaOf, toJsonText } from '../lib/open-data.ts';
import type { History, HistoryRecord } from './history.ts';
import { instrumentUrl, type Instrument, type Milestone, type Site } from './content.ts';
import { DEFAULT_LANG, getT, langOf, type Lang } from '../i18n/index.ts';
import { feedText, historyWords } from '../i18n/phrases.ts';
import { pathInLang } from '../i18n/routing.ts';
import { inLanguage } from './outputs.ts';
import type { RssChannel } from './rss.ts';

/** A file's path in a language: "/fr/…" before it, the root language at the root. */
const fileInLang = (path: string, lang: Lang): string =>
  lang === DEFAULT_LANG ? path : `/${lang}${path}`;

/** Where the feed of one instrument is published (in a language: /fr/instruments/<id>/feed.xml). */
export const instrumentFeedPath = (id: string, lang: Lang = DEFAULT_LANG): string =>
  fileInLang(`/instruments/${id}/feed.xml`, lang);
/**
 * Where the feed of one tag is published: /tags/<tag>/feed.xml, beside the page a tag may get
 * one day (/tags/<tag>/), the way an instrument's feed sits below its page.
 */
export const tagFeedPath = (tag: string, lang: Lang = DEFAULT_LANG): string =>
  fileInLang(`/tags/${tag}/feed.xml`, lang);

/** A feed's channel and items, ready for the RSS writer. */
export type Channel = RssChannel;

interface Lookup {
  readonly t: Translate;
  readonly locale: string;
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly milestones: ReadonlyMap<string, Milestone>;
  /** Another instrument's short title in this language, by its id. */
  readonly instrumentName: (id: string) => string | undefined;
}

const lookups = new WeakMap<Site, Map<Lang, Lookup>>();

function lookup(site: Site, lang: Lang): Lookup {
  let byLang = lookups.get(site);
  if (!byLang) lookups.set(site, (byLang = new Map<Lang, Lookup>()));
  let found = byLang.get(lang);
  if (!found) {
    const t = getT(lang, site.campaign.locale);
    const instruments = new Map(site.instruments.map((i) => [i.id, i]));
    found = {
      t: historyWords(t),
      locale: t.locale,
      instruments,
      milestones: new Map(site.milestones.map((m) => [m.key, m])),
      instrumentName: (id) => instruments.get(id)?.local[lang].shortTitle.text,
    };
    byLang.set(lang, found);
  }
  return found;
}

/** The language the campaign writes in: /data/changes.json speaks it, as its schema says. */
const campaignLang = (site: Site): Lang => langOf(site.campaign.locale) ?? DEFAULT_LANG;

/** One change with the record it belongs to. */
interface RecordedChange {
  readonly record: HistoryRecord;
  readonly change: Change;
}

/**
 * The changes of these records that `keep` accepts; with `limit`, only those of the newest
 * `limit` feed items (changeFeedItems makes one item per commit, instrument, milestone and kind,
 * dated by its first change), the latest first, then in their order: what a feed of that
 * limit shows of them, in their order.
 */
function keptChanges(
  records: readonly HistoryRecord[],
  keep: (record: HistoryRecord, change: Change) => boolean,
  limit?: number,
): RecordedChange[] {
  const kept: RecordedChange[] = [];
  for (const record of records)
    for (const change of record.changes) if (keep(record, change)) kept.push({ record, change });
  return limit === undefined ? kept : newestItems(kept, limit);
}

/** Of these changes, those of the newest `limit` feed items, in their order (see keptChanges). */
function newestItems(kept: readonly RecordedChange[], limit: number): RecordedChange[] {
  const item = ({ record, change }: RecordedChange): string =>
    changeGuid(record.commit, record.instrumentId, change.milestone, change.kind, '');
  const items = new Map<string, { at: number; index: number }>();
  for (const c of kept) {
    const key = item(c);
    if (!items.has(key))
      items.set(key, { at: new Date(c.record.recordedAt).getTime(), index: items.size });
  }
  if (items.size <= limit) return [...kept];
  const newest = new Set(
    [...items]
      .sort(([, a], [, b]) => b.at - a.at || a.index - b.index)
      .slice(0, limit)
      .map(([key]) => key),
  );
  return kept.filter((c) => newest.has(item(c)));
}

/**
 * Every tag's changes for its feed (the newest FEED_LIMIT items), the same in every language:
 * made once, in one pass over the records (a change has the tags its instrument and milestone
 * have now or had when it was recorded), not one pass per tag.
 */
const tagChanges = new WeakMap<History, { site: Site; byTag: Map<string, RecordedChange[]> }>();

function changesByTag(site: Site, history: History): Map<string, RecordedChange[]> {
  const made = tagChanges.get(history);
  if (made?.site === site) return made.byTag;
  const { instruments, milestones } = lookup(site, DEFAULT_LANG);
  const all = new Map<string, RecordedChange[]>();
  for (const record of history.records) {
    const fileTags = [
      ...record.instrumentTags,
      ...(instruments.get(record.instrumentId)?.tags ?? []),
    ];
    for (const change of record.changes) {
      const tags = new Set(fileTags);
      if (change.milestone !== undefined) {
        for (const tag of record.milestoneTags[change.milestone] ?? []) tags.add(tag);
        const now = milestones.get(`${record.instrumentId}#${change.milestone}`);
        for (const tag of now?.allTags ?? []) tags.add(tag);
      }
      for (const tag of tags) {
        let list = all.get(tag);
        if (!list) all.set(tag, (list = []));
        list.push({ record, change });
      }
    }
  }
  const byTag = new Map([...all].map(([tag, kept]) => [tag, newestItems(kept, FEED_LIMIT)]));
  tagChanges.set(history, { site, byTag });
  return byTag;
}

/** The changes of these records that `keep` accepts, as feed entries. */
function feedChanges(
  site: Site,
  lang: Lang,
  records: readonly HistoryRecord[],
  keep: (record: HistoryRecord, change: Change) => boolean,
): FeedChange[] {
  return feedChangesOf(site, lang, keptChanges(records, keep));
}

/** These changes as feed entries in a language. */
function feedChangesOf(site: Site, lang: Lang, changes: readonly RecordedChange[]): FeedChange[] {
  const { instruments, milestones } = lookup(site, lang);
  return changes.map(({ record, change }): FeedChange => {
    const instrument = instruments.get(record.instrumentId);
    const milestone =
      change.milestone === undefined
        ? undefined
        : milestones.get(`${record.instrumentId}#${change.milestone}`);
    return {
      commit: record.commit,
      recordedAt: record.recordedAt,
      notes: record.notes,
      instrumentId: record.instrumentId,
      instrumentShortTitle: instrument?.local[lang].shortTitle.text ?? record.instrumentId,
      change,
      path: pathInLang(milestone?.permalink ?? (instrument ? instrument.url : '/'), lang),
      report: milestone?.confidence === 'unverified',
    };
  });
}

/** The feed items of these changes; with `limit`, only the newest that many (see changeFeedItems). */
function itemsOf(
  site: Site,
  lang: Lang,
  changes: readonly FeedChange[],
  limit?: number,
): FeedItem[] {
  const { t, locale, instrumentName } = lookup(site, lang);
  return changeFeedItems(changes, {
    siteUrl: site.campaign.siteUrl,
    locale,
    campaignZone: site.campaign.timeZone,
    t,
    instrumentName,
    limit,
  });
}

/** The site feed's change items: corrections of what readers may have relied on (HEADLINE_KINDS). */
export function siteChangeItems(
  site: Site,
  history: History,
  lang: Lang = DEFAULT_LANG,
): FeedItem[] {
  return itemsOf(
    site,
    lang,
    feedChanges(site, lang, history.records, (_, c) => HEADLINE_KINDS.has(c.kind)),
  );
}

function milestoneItems(site: Site, lang: Lang, milestones: readonly Milestone[]): FeedItem[] {
  const t = getT(lang, site.campaign.locale);
  return feedItems(
    milestones.map((m) => inLanguage(m, lang)),
    site.builtAt,
    { siteUrl: site.campaign.siteUrl, locale: t.locale, text: feedText(t), limit: FEED_LIMIT },
  );
}

/**
 * A feed that follows part of the record: these changes and these milestones (those that have
 * happened, as in the site feed), the newest FEED_LIMIT items, in a language.
 */
function followChannel(
  site: Site,
  lang: Lang,
  channel: { title: string; description: string; path: string },
  changes: readonly RecordedChange[],
  milestones: readonly Milestone[],
): Channel {
  return {
    ...channel,
    locale: lookup(site, lang).locale,
    items: mergeFeedItems(
      [
        itemsOf(site, lang, feedChangesOf(site, lang, changes), FEED_LIMIT),
        milestoneItems(site, lang, milestones),
      ],
      FEED_LIMIT,
    ),
  };
}

/**
 * /instruments/<id>/feed.xml: "follow this file". Its milestones that have happened (as in the
 * site feed) and every recorded change to its record, newest first.
 */
export function instrumentFeed(
  site: Site,
  history: History,
  instrument: Instrument,
  lang: Lang = DEFAULT_LANG,
): Channel {
  const { t } = lookup(site, lang);
  const name = { campaign: site.campaign.name, instrument: instrument.local[lang].shortTitle.text };
  return followChannel(
    site,
    lang,
    {
      title: t('history.feed.instrumentTitle', name),
      description: t('history.feed.instrumentDescription', name),
      path: instrumentFeedPath(instrument.id, lang),
    },
    keptChanges(history.byInstrument.get(instrument.id) ?? [], () => true),
    instrument.milestones,
  );
}

/** Every tag in use: the instruments' and the milestones' own, sorted. */
export function siteTags(site: Site): string[] {
  return [
    ...new Set([
      ...site.instruments.flatMap((i) => i.tags),
      ...site.milestones.flatMap((m) => m.allTags),
    ]),
  ].sort();
}

/**
 * /tags/<tag>/feed.xml: the same for every instrument or milestone with the tag, now or when
 * the change was recorded.
 */
export function tagFeed(
  site: Site,
  history: History,
  tag: string,
  lang: Lang = DEFAULT_LANG,
): Channel {
  const words = { campaign: site.campaign.name, tag };
  const { t } = lookup(site, lang);
  return followChannel(
    site,
    lang,
    {
      title: t('history.feed.tagTitle', words),
      description: t('history.feed.tagDescription', words),
      path: tagFeedPath(tag, lang),
    },
    changesByTag(site, history).get(tag) ?? [],
    site.milestones.filter((m) => m.allTags.includes(tag)),
  );
}

/** The calendars' revision of a milestone: none unless it was changed since it was added (and the history is whole). */
export function revisionOf(
  history: History,
): (m: CalendarMilestone) => { sequence: number; lastModified: number } | undefined {
  return (m) => history.revisions.get(`${m.instrumentId}#${m.id}`);
}

const files = new WeakMap<History, { changes: string; changesSchema: string }>();

/** /data/changes.json and its JSON Schema, as published text; checked against the schema first. */
export function changesFiles(
  site: Site,
  history: History,
): { changes: string; changesSchema: string } {
  let out = files.get(history);
  if (out) return out;
  const { t, locale, instruments, milestones, instrumentName } = lookup(site, campaignLang(site));
  const host = new URL(site.campaign.siteUrl).host;
  const file = buildChangesFile(site.campaign, history.status, history.records, {
    describe: (c) => describeChangeInContext(c, { t, locale, instrumentName }),
    instrumentPath: (id) => (instruments.has(id) ? instrumentUrl(id) : undefined),
    milestonePath: (id, milestone) => milestones.get(`${id}#${milestone}`)?.permalink,
    feedId: (record, c) =>
      changeGuid(record.commit, record.instrumentId, c.milestone, c.kind, host),
  });
  const result = ChangesFileSchema.safeParse(file);
  if (!result.success)
    throw new Error(
      `changes.json does not match its schema:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  out = {
    changes: toJsonText(file),
    changesSchema: toJsonText(
      jsonSchemaOf(
        ChangesFileSchema,
        new URL(CHANGES_PATHS.changesSchema, site.campaign.siteUrl).href,
      ),
    ),
  };
  files.set(history, out);
  return out;
}
