/**
 * The site's machine-readable outputs (calendars, feed, open data), built from the data layer
 * by the pure modules in src/lib. Endpoints in src/pages call these; so do the pages that show
 * counts or links, so a page can never promise what a file does not hold.
 */
import {
  calendarMilestones,
  buildMilestoneCalendar,
  type CalendarText,
  type EventContext,
} from '../lib/calendar.ts';
import { feedItems, FEED_LIMIT, mergeFeedItems, type FeedItem } from '../lib/feed.ts';
import {
  buildInstrumentsFile,
  buildMilestonesCsv,
  buildMilestonesFile,
  DATA_PATHS,
  InstrumentsFileSchema,
  jsonSchemaOf,
  MilestonesFileSchema,
  toJsonText,
} from '../lib/open-data.ts';
import { DEFAULT_LANG, getT, type Lang } from '../i18n/index.ts';
import { fileInLang, pathInLang } from '../i18n/routing.ts';
import { calendarText as calendarWords, feedText } from '../i18n/phrases.ts';
import { findMilestone, type Instrument, type Milestone, type Site } from './content.ts';

/** Where the calendars are published (in English; `fileInLang` gives them in another language). */
export const SITE_CALENDAR_PATH = '/calendar.ics';
export const instrumentCalendarPath = (id: string): string => `/instruments/${id}/calendar.ics`;
/** Where the feed is published (in English; `fileInLang` gives it in another language). */
export const FEED_PATH = '/feed.xml';
/** Written by @astrojs/sitemap (astro.config.mjs), which names it so. */
export const SITEMAP_PATH = '/sitemap-index.xml';

function calendarText(site: Site, lang: Lang): CalendarText {
  return calendarWords(getT(lang, site.campaign.locale));
}

/**
 * A milestone as a calendar or feed in `lang` shows it: its title, note and instrument in that
 * language where translated, and its page in that language.
 */
export function inLanguage(m: Milestone, lang: Lang): Milestone {
  const texts = m.local[lang];
  return {
    ...m,
    title: texts.title.text,
    ...(texts.note ? { note: texts.note.text } : {}),
    instrumentShortTitle: texts.instrumentShortTitle.text,
    permalink: pathInLang(m.permalink, lang),
  };
}

/** The milestones a calendar of these milestones holds at the build's now. */
export function milestonesInCalendar(site: Site, milestones: readonly Milestone[]): Milestone[] {
  return calendarMilestones(milestones, site.builtAt, site.campaign.timeZone);
}

/** How often each milestone was revised (src/data/history-outputs.ts `revisionOf`); none without history. */
export type RevisionOf = EventContext['revisionOf'];

function calendarFor(
  site: Site,
  lang: Lang,
  revisionOf: RevisionOf,
  milestones: readonly Milestone[],
  path: string,
  /** The calendar's name and description, in the calendar's words. */
  names: (text: CalendarText) => readonly [name: string, description: string],
): string {
  const text = calendarText(site, lang);
  const [name, description] = names(text);
  const successor = (key: string): Milestone | undefined => findMilestone(site, key);
  return buildMilestoneCalendar({
    campaign: { ...site.campaign, locale: getT(lang, site.campaign.locale).locale },
    name,
    description,
    path: fileInLang(path, lang),
    milestones: milestones.map((m) => inLanguage(m, lang)),
    now: site.builtAt,
    text,
    successorOf: (key) => {
      const found = successor(key);
      return found && inLanguage(found, lang);
    },
    revisionOf,
  });
}

/** /calendar.ics: the deadlines and scheduled steps of every instrument. */
export function siteCalendar(
  site: Site,
  lang: Lang = DEFAULT_LANG,
  revisionOf?: RevisionOf,
): string {
  const { name, organisation } = site.campaign;
  return calendarFor(site, lang, revisionOf, site.milestones, SITE_CALENDAR_PATH, (text) => [
    text.calendarName(name),
    text.calendarDescription(name, organisation),
  ]);
}

/** /instruments/<id>/calendar.ics: the same for one instrument. */
export function instrumentCalendar(
  site: Site,
  instrument: Instrument,
  lang: Lang = DEFAULT_LANG,
  revisionOf?: RevisionOf,
): string {
  const { name } = site.campaign;
  const shortTitle = instrument.local[lang].shortTitle.text;
  const path = instrumentCalendarPath(instrument.id);
  return calendarFor(site, lang, revisionOf, instrument.milestones, path, (text) => [
    text.instrumentCalendarName(name, shortTitle),
    text.instrumentCalendarDescription(shortTitle, name),
  ]);
}

/**
 * The feed's channel texts and items at the build's now: milestones and corrections, and the
 * changes to the record given (src/data/history-outputs.ts `siteChangeItems`), newest first.
 */
export function siteFeed(
  site: Site,
  lang: Lang = DEFAULT_LANG,
  changeItems: readonly FeedItem[] = [],
): {
  title: string;
  description: string;
  items: FeedItem[];
  limit: number;
} {
  const t = getT(lang, site.campaign.locale);
  const text = feedText(t);
  const { campaign } = site;
  return {
    title: text.title(campaign.name),
    description: text.description(campaign.name, campaign.organisation),
    items: mergeFeedItems(
      [
        feedItems(
          site.milestones.map((m) => inLanguage(m, lang)),
          site.builtAt,
          {
            siteUrl: campaign.siteUrl,
            locale: t.locale,
            text,
            limit: FEED_LIMIT,
          },
        ),
        changeItems,
      ],
      FEED_LIMIT,
    ),
    limit: FEED_LIMIT,
  };
}

const dataFiles = new WeakMap<Site, Record<keyof typeof DATA_PATHS, string>>();

/** The open-data files, as published text (built once per build). Each is checked against its own schema first. */
export function openDataFiles(site: Site): Record<keyof typeof DATA_PATHS, string> {
  let files = dataFiles.get(site);
  if (!files) dataFiles.set(site, (files = buildOpenDataFiles(site)));
  return files;
}

function buildOpenDataFiles(site: Site): Record<keyof typeof DATA_PATHS, string> {
  const { campaign } = site;
  const instruments = buildInstrumentsFile(campaign, site.instruments);
  const milestones = buildMilestonesFile(campaign, site.milestones);
  // A file that does not match its published schema must not be published.
  for (const [name, schema, value] of [
    ['instruments.json', InstrumentsFileSchema, instruments],
    ['milestones.json', MilestonesFileSchema, milestones],
  ] as const) {
    const result = schema.safeParse(value);
    if (!result.success)
      throw new Error(
        `${name} does not match its schema:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
      );
  }
  const shortTitles = new Map(site.instruments.map((i) => [i.id, i.shortTitle]));
  return {
    instruments: toJsonText(instruments),
    milestones: toJsonText(milestones),
    milestonesCsv: buildMilestonesCsv(milestones, shortTitles),
    instrumentsSchema: toJsonText(
      jsonSchemaOf(
        InstrumentsFileSchema,
        new URL(DATA_PATHS.instrumentsSchema, campaign.siteUrl).href,
      ),
    ),
    milestonesSchema: toJsonText(
      jsonSchemaOf(
        MilestonesFileSchema,
        new URL(DATA_PATHS.milestonesSchema, campaign.siteUrl).href,
      ),
    ),
  };
}
