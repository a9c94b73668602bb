/**
 * What the history of the record gives the site's files (the pages come later): change items
 * for the site feed, the feed of one instrument and of one tag ("follow this file"),
 * /data/changes.json and its schema, and calendar revisions. Built from getSite() and
 * getHistory() by the pure modules in src/lib.
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
import { historyT } from '../i18n/pending/history-t.ts';
import type { History, HistoryRecord } from './history.ts';
import { instrumentUrl, type Instrument, type Milestone, type Site } from './content.ts';
import { DEFAULT_LANG, getT } from '../i18n/index.ts';
import { feedText } from '../i18n/phrases.ts';
import type { RssChannel } from './rss.ts';

/** Where the feed of one instrument is published. */
export const instrumentFeedPath = (id: string): string => `/instruments/${id}/feed.xml`;
/**
 * Where the feed of one tag is published: /tags/<tag>/feed.xml, beside the page a tag may get
 * one day (/tags/<tag>/), the way an instrument's feed sits below its page.
 */
export const tagFeedPath = (tag: string): string => `/tags/${tag}/feed.xml`;

/** A feed's channel and items, ready for the RSS writer. */
export type Channel = RssChannel;

interface Lookup {
  readonly t: Translate;
  readonly locale: string;
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly milestones: ReadonlyMap<string, Milestone>;
  readonly instrumentName: (id: string) => string | undefined;
}

const lookups = new WeakMap<Site, Lookup>();

function lookup(site: Site): Lookup {
  let found = lookups.get(site);
  if (!found) {
    const instruments = new Map(site.instruments.map((i) => [i.id, i]));
    found = {
      t: historyT(site.campaign.locale),
      locale: site.campaign.locale,
      instruments,
      milestones: new Map(site.milestones.map((m) => [m.key, m])),
      instrumentName: (id) => instruments.get(id)?.shortTitle,
    };
    lookups.set(site, found);
  }
  return found;
}

/** The changes of these records that `keep` accepts, as feed entries. */
function feedChanges(
  site: Site,
  records: readonly HistoryRecord[],
  keep: (record: HistoryRecord, change: Change) => boolean,
): FeedChange[] {
  const { instruments, milestones } = lookup(site);
  return records.flatMap((record) => {
    const instrument = instruments.get(record.instrumentId);
    return record.changes
      .filter((c) => keep(record, c))
      .map((change): FeedChange => {
        const milestone =
          change.milestone === undefined
            ? undefined
            : milestones.get(`${record.instrumentId}#${change.milestone}`);
        return {
          commit: record.commit,
          recordedAt: record.recordedAt,
          notes: record.notes,
          instrumentId: record.instrumentId,
          instrumentShortTitle: instrument?.shortTitle ?? record.instrumentId,
          change,
          path: milestone?.permalink ?? (instrument ? instrument.url : '/'),
          report: milestone?.confidence === 'unverified',
        };
      });
  });
}

function itemsOf(site: Site, changes: readonly FeedChange[]): FeedItem[] {
  const { t, locale, instrumentName } = lookup(site);
  return changeFeedItems(changes, {
    siteUrl: site.campaign.siteUrl,
    locale,
    campaignZone: site.campaign.timeZone,
    t,
    instrumentName,
  });
}

/** The site feed's change items: corrections of what readers may have relied on (HEADLINE_KINDS). */
export function siteChangeItems(site: Site, history: History): FeedItem[] {
  return itemsOf(
    site,
    feedChanges(site, history.records, (_, c) => HEADLINE_KINDS.has(c.kind)),
  );
}

function milestoneItems(site: Site, milestones: readonly Milestone[]): FeedItem[] {
  return feedItems(milestones, site.builtAt, {
    siteUrl: site.campaign.siteUrl,
    locale: site.campaign.locale,
    text: feedText(getT(DEFAULT_LANG, site.campaign.locale)),
    limit: FEED_LIMIT,
  });
}

/**
 * /instruments/<id>/feed.xml: "follow this file". Its milestones that have happened (as in the
 * site feed) and every recorded change to its record, newest first.
 */
export function instrumentFeed(site: Site, history: History, instrument: Instrument): Channel {
  const { t } = lookup(site);
  const changes = feedChanges(site, history.byInstrument.get(instrument.id) ?? [], () => true);
  return {
    title: t('history.feed.instrumentTitle', {
      campaign: site.campaign.name,
      instrument: instrument.shortTitle,
    }),
    description: t('history.feed.instrumentDescription', {
      campaign: site.campaign.name,
      instrument: instrument.shortTitle,
    }),
    path: instrumentFeedPath(instrument.id),
    items: mergeFeedItems(
      [itemsOf(site, changes), milestoneItems(site, instrument.milestones)],
      FEED_LIMIT,
    ),
  };
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
export function tagFeed(site: Site, history: History, tag: string): Channel {
  const { t, instruments, milestones } = lookup(site);
  const tagged = (record: HistoryRecord, c: Change): boolean => {
    if (
      record.instrumentTags.includes(tag) ||
      instruments.get(record.instrumentId)?.tags.includes(tag)
    )
      return true;
    if (c.milestone === undefined) return false;
    return (
      (record.milestoneTags[c.milestone]?.includes(tag) ?? false) ||
      (milestones.get(`${record.instrumentId}#${c.milestone}`)?.allTags.includes(tag) ?? false)
    );
  };
  return {
    title: t('history.feed.tagTitle', { campaign: site.campaign.name, tag }),
    description: t('history.feed.tagDescription', { campaign: site.campaign.name, tag }),
    path: tagFeedPath(tag),
    items: mergeFeedItems(
      [
        itemsOf(site, feedChanges(site, history.records, tagged)),
        milestoneItems(
          site,
          site.milestones.filter((m) => m.allTags.includes(tag)),
        ),
      ],
      FEED_LIMIT,
    ),
  };
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
  const { t, locale, instruments, milestones, instrumentName } = lookup(site);
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
