/**
 * Sentences the catalogue makes from data, for the build: when a deadline falls due, a time
 * zone's label, and the words the pure modules of src/lib take as arguments (calendar entries,
 * feed items, citations). Each takes the translator of the language it writes in.
 */
import type { CalendarText } from '../lib/calendar.ts';
import type { CitationLabels } from '../lib/citation.ts';
import type { FeedText } from '../lib/feed.ts';
import type { Translate } from '../lib/history.ts';
import { CONFIDENCES, OUTCOMES, STAGES } from '../lib/schema.ts';
import {
  formatPartialDate,
  formatTimeIn,
  precisionOfShape,
  zoneCity,
  zoneNameAt,
} from '../lib/shared/format.ts';
import type { TKey } from './en.ts';
import type { T } from './index.ts';

/** The `context` that picks a dated message's variant for a date's precision (French "depuis le 9 décembre"). */
export function dateContext(date: string): { context: string } {
  return { context: precisionOfShape(date) ?? '' };
}

/** A dated message with its date formatted at its precision: `dated(t, 'instrument.since', '2025-12-09')`. */
export function dated(
  t: T,
  key: Parameters<T>[0],
  date: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return t(key, { ...params, date: formatPartialDate(date, t.locale), ...dateContext(date) });
}

/** A time zone's label at an instant: "Brussels time" in English, "heure normale d’Europe centrale" in French. */
export function zoneLabel(t: T, zone: string, instant: number): string {
  return t('zone.label', { city: zoneCity(zone), name: zoneNameAt(zone, instant, t.locale) });
}

/** The fields of a milestone that say when it falls due. */
export interface DueMilestone {
  readonly date: string;
  readonly precision: string;
  readonly time?: string | undefined;
  readonly zone: string;
  readonly instant: number;
}

/**
 * When a deadline falls due, in its own zone: "3 April 2028, end of day, Brussels time", or
 * "30 June 2027, 17:00, New York time"; a date known only to the month or year is just the date.
 */
export function dueText(t: T, m: DueMilestone): string {
  const date = formatPartialDate(m.date, t.locale);
  if (m.precision !== 'day') return date;
  const zone = zoneLabel(t, m.zone, m.instant);
  return m.time
    ? t('countdown.dueAtTime', { date, time: formatTimeIn(m.instant, m.zone, t.locale), zone })
    : t('countdown.dueEndOfDay', { date, zone });
}

/** The words of calendar entries (src/lib/calendar.ts) in a language. */
export function calendarText(t: T): CalendarText {
  return {
    calendarName: (campaign) => t('calendar.name', { campaign }),
    calendarDescription: (campaign, organisation) =>
      t('calendar.description', { campaign, organisation }),
    instrumentCalendarName: (campaign, instrument) =>
      t('calendar.instrumentName', { campaign, instrument }),
    instrumentCalendarDescription: (instrument, campaign) =>
      t('calendar.instrumentDescription', { instrument, campaign }),
    summary: (instrument, title) => t('calendar.summary', { instrument, title }),
    deadlineSummary: (instrument, title) => t('calendar.deadlineSummary', { instrument, title }),
    disputedSuffix: t('calendar.disputedSuffix'),
    deadline: t('calendar.deadline'),
    scheduled: t('calendar.scheduled'),
    outcome: (outcome) => t('calendar.outcome', { outcome }),
    dueAt: (time, zone) => t('calendar.dueAt', { time, zone }),
    confidence: (label, description) => t('calendar.confidence', { label, description }),
    otherDates: (dates) => t('calendar.otherDates', { dates }),
    source: (title, publisher, url) =>
      url
        ? t('calendar.source', { title, publisher, url })
        : t('calendar.sourceNoUrl', { title, publisher }),
    replacedBy: (title, url) => t('calendar.replacedBy', { title, url }),
    readMore: (url) => t('calendar.readMore', { url }),
    confidenceLabels: Object.fromEntries(
      CONFIDENCES.map((c) => [
        c,
        { label: t(`confidence.${c}`), description: t(`confidence.${c}.help`) },
      ]),
    ) as CalendarText['confidenceLabels'],
    outcomes: Object.fromEntries(
      OUTCOMES.map((o) => [o, t(`outcome.${o}`)]),
    ) as CalendarText['outcomes'],
    stages: Object.fromEntries(
      STAGES.map((s) => [s, { label: t(`stage.${s}`) }]),
    ) as CalendarText['stages'],
  };
}

/** The words of feed items (src/lib/feed.ts) in a language. */
export function feedText(t: T): FeedText {
  const { confidenceLabels, stages } = calendarText(t);
  return {
    title: (campaign) => t('feed.title', { campaign }),
    description: (campaign, organisation) => t('feed.description', { campaign, organisation }),
    item: (instrument, title) => t('feed.item', { instrument, title }),
    unverifiedItem: (instrument, title) => t('feed.unverifiedItem', { instrument, title }),
    correctionItem: (instrument, title) => t('feed.correctionItem', { instrument, title }),
    correction: t('feed.correction'),
    deadline: t('feed.deadline'),
    dated: (date) => t('feed.dated', { date }),
    confidence: (label) => t('feed.confidence', { label }),
    claimed: (source) => t('feed.claimed', { source }),
    correct: t('feed.correct'),
    source: t('feed.source'),
    readMore: t('feed.readMore'),
    confidenceLabels,
    stages,
  };
}

/** The words of a citation (src/lib/citation.ts) in a language. */
export function citationLabels(t: T): CitationLabels {
  return {
    quote: (text) => t('cite.quote', { text }),
    reference: t('cite.reference'),
    source: t('cite.source'),
    confidence: t('cite.confidence'),
    permalink: t('cite.permalink'),
    accessed: (date) => t('cite.accessed', { date }),
  };
}

/**
 * The translator the sentences of the history take (src/lib/history.ts builds its keys from the
 * kind of change, `history.set${field}`, so it asks by plain strings): the catalogue's own, which
 * throws on a key it does not have, so a missing word stops the build instead of showing a key.
 */
export function historyWords(t: T): Translate {
  return (key, params) => t(key as TKey, params);
}

/** How a vote went: "10 for, 2 against", with the abstentions when they are known. */
export function votesPhrase(
  t: T,
  votes: {
    readonly for: number;
    readonly against: number;
    readonly abstentions?: number | undefined;
  },
): string {
  return votes.abstentions === undefined
    ? t('instrument.votes', { for: votes.for, against: votes.against })
    : t('instrument.votesAbstentions', { ...votes, abstentions: votes.abstentions });
}
