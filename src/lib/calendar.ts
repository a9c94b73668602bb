/**
 * Which milestones go into the subscribable calendars, and how each becomes an event.
 *
 * What is in a calendar (the rule the /data/ page and the README state):
 * - every **deadline**, past and future: subscribers expect past events to stay where they
 *   were, and a deadline's outcome (met, missed, extended) is worth keeping in view;
 * - every other milestone that is **scheduled**: its (last) day has not ended, in its time zone,
 *   when the site is built. Once that day is over it leaves the calendars at the next daily
 *   build and lives on in the site's history;
 * - only dates known to the day: a milestone dated "2026-06" or "2026" cannot be an all-day
 *   event without pretending to a precision nobody has (deadlines always have a full date);
 * - an event whose milestone was revised in the record carries SEQUENCE (how many recorded
 *   changes since it was added) and LAST-MODIFIED (when the last was recorded), so calendar apps
 *   replace their copy; the numbers come from the history of the record (src/data/history.ts);
 * - never an **unconfirmed report** (`confidence: unverified`): a calendar entry sits among the
 *   reader's own appointments, where a label is easily cut off and nothing says "report". It is
 *   on the site, labelled; once confirmed it appears here, with the same UID.
 *
 * Pure: "now" is an argument; words come from the caller's dictionary.
 */
import { buildCalendar, type CalendarEvent } from './ics.ts';
import { endOfDayMs, formatPartialDate, precisionOf } from './dates.ts';
import { inlineMarkdownToText } from './markdown.ts';
import type { Confidence, MilestoneData, Outcome, Stage } from './schema.ts';

/** What a calendar needs of a milestone: its content plus where it belongs. */
export interface CalendarMilestone extends MilestoneData {
  readonly instrumentId: string;
  readonly instrumentShortTitle: string;
  /** The site path of the milestone, e.g. "/instruments/dsa/#general-application". */
  readonly permalink: string;
}

/** The words of calendar entries, from the UI dictionary. */
export interface CalendarText {
  readonly calendarName: (campaign: string) => string;
  readonly calendarDescription: (campaign: string, organisation: string) => string;
  readonly instrumentCalendarName: (campaign: string, instrument: string) => string;
  readonly instrumentCalendarDescription: (instrument: string, campaign: string) => string;
  readonly summary: (instrument: string, title: string) => string;
  readonly deadlineSummary: (instrument: string, title: string) => string;
  readonly disputedSuffix: string;
  readonly deadline: string;
  readonly scheduled: string;
  readonly outcome: (outcome: string) => string;
  readonly dueAt: (time: string, zone: string) => string;
  readonly confidence: (label: string, description: string) => string;
  readonly otherDates: (dates: string) => string;
  readonly source: (title: string, publisher: string, url: string | undefined) => string;
  readonly replacedBy: (title: string, url: string) => string;
  readonly readMore: (url: string) => string;
  readonly confidenceLabels: Readonly<
    Record<Confidence, { readonly label: string; readonly description: string }>
  >;
  readonly outcomes: Readonly<Record<Outcome, string>>;
  readonly stages: Readonly<Record<Stage, { readonly label: string }>>;
}

/** The last day a milestone covers: its `endDate` when known to the day, else its date. */
function lastDay(m: Pick<MilestoneData, 'date' | 'endDate'>): string {
  return m.endDate && precisionOf(m.endDate) === 'day' ? m.endDate : m.date;
}

/**
 * Whether a milestone belongs in the calendars built at `now` (see the rule above).
 * @param campaignZone the zone a milestone without its own `timeZone` is read in
 */
export function isInCalendar(
  m: Pick<MilestoneData, 'date' | 'endDate' | 'timeZone' | 'deadline' | 'confidence'>,
  now: Date,
  campaignZone: string,
): boolean {
  if (m.confidence === 'unverified') return false;
  if (precisionOf(m.date) !== 'day') return false;
  if (m.deadline) return true;
  return endOfDayMs(lastDay(m), m.timeZone ?? campaignZone) > now.getTime();
}

/**
 * A milestone's UID: its instrument id and milestone id (both stable, neither ever contains a
 * dot) at the site's host, so the same milestone is the same event in every calendar and every
 * rebuild. @example milestoneUid('dsa', 'general-application', 'beacon.example.org') // 'dsa.general-application@beacon.example.org'
 */
export function milestoneUid(instrumentId: string, milestoneId: string, host: string): string {
  return `${instrumentId}.${milestoneId}@${host}`;
}

export interface EventContext {
  readonly siteUrl: string;
  readonly campaignZone: string;
  readonly locale: string;
  readonly text: CalendarText;
  /** How often a milestone was revised, from the history of the record (none: never revised, or no history). */
  readonly revisionOf?: ((m: CalendarMilestone) => CalendarEvent['revision']) | undefined;
  /** The milestone that superseded a deadline, when there is one. */
  readonly successorOf?:
    | ((
        key: string,
      ) => Pick<CalendarMilestone, 'title' | 'instrumentShortTitle' | 'permalink'> | undefined)
    | undefined;
}

/** The event for one milestone: all-day (or a span of days), or at its time in its zone. */
export function milestoneEvent(m: CalendarMilestone, ctx: EventContext): CalendarEvent {
  const { text, locale } = ctx;
  const absolute = (path: string): string => new URL(path, ctx.siteUrl).href;
  const zone = m.timeZone ?? ctx.campaignZone;
  const summary =
    (m.deadline ? text.deadlineSummary : text.summary)(m.instrumentShortTitle, m.title) +
    (m.confidence === 'disputed' ? text.disputedSuffix : '');
  const lines: string[] = [];
  lines.push(
    m.deadline
      ? m.deadline.outcome
        ? `${text.deadline} · ${text.outcome(text.outcomes[m.deadline.outcome])}`
        : text.deadline
      : text.scheduled,
  );
  if (m.time) lines.push(text.dueAt(m.time, zone));
  if (m.note) lines.push(inlineMarkdownToText(m.note));
  if (m.confidence !== 'official')
    lines.push(
      text.confidence(
        text.confidenceLabels[m.confidence].label,
        text.confidenceLabels[m.confidence].description,
      ),
    );
  if (m.alternatives?.length)
    lines.push(
      text.otherDates(m.alternatives.map((a) => formatPartialDate(a.date, locale)).join('; ')),
    );
  const successor = m.deadline?.supersededBy
    ? ctx.successorOf?.(m.deadline.supersededBy)
    : undefined;
  if (successor)
    lines.push(
      text.replacedBy(
        `${successor.instrumentShortTitle}: ${successor.title}`,
        absolute(successor.permalink),
      ),
    );
  for (const s of m.sources) lines.push(text.source(s.title, s.publisher, s.url));
  const url = absolute(m.permalink);
  lines.push(text.readMore(url));
  const revision = ctx.revisionOf?.(m);
  return {
    ...(revision ? { revision } : {}),
    uid: milestoneUid(m.instrumentId, m.id, new URL(ctx.siteUrl).host),
    timing: m.time
      ? { kind: 'time', date: m.date, time: m.time, zone }
      : { kind: 'date', start: m.date, last: lastDay(m) },
    summary,
    description: lines.join('\n'),
    url,
    categories: [
      m.instrumentShortTitle,
      m.deadline ? text.deadline : text.scheduled,
      ...(m.stage ? [text.stages[m.stage].label] : []),
    ],
  };
}

export interface MilestoneCalendarOptions {
  readonly campaign: {
    readonly name: string;
    readonly organisation: string;
    readonly siteUrl: string;
    readonly timeZone: string;
    readonly locale: string;
    /** "YYYY-MM-DD": the DTSTAMP of every event, so unchanged content rebuilds byte for byte. */
    readonly reviewedAt: string;
  };
  /** The calendar's name and description. */
  readonly name: string;
  readonly description: string;
  /** The site path the calendar is published at, e.g. "/calendar.ics". */
  readonly path: string;
  /** Candidates; only those {@link isInCalendar} at `now` are kept. */
  readonly milestones: readonly CalendarMilestone[];
  readonly now: Date;
  readonly text: CalendarText;
  readonly successorOf?: EventContext['successorOf'];
  readonly revisionOf?: EventContext['revisionOf'];
}

/** The milestones of a calendar, in date order (then by instrument and id, for a stable file). */
export function calendarMilestones<M extends CalendarMilestone>(
  milestones: readonly M[],
  now: Date,
  campaignZone: string,
): M[] {
  return milestones
    .filter((m) => isInCalendar(m, now, campaignZone))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.time ?? '').localeCompare(b.time ?? '') ||
        a.instrumentId.localeCompare(b.instrumentId) ||
        a.id.localeCompare(b.id),
    );
}

/** A complete, publishable calendar of milestones. */
export function buildMilestoneCalendar(options: MilestoneCalendarOptions): string {
  const { campaign } = options;
  const [y, m, d] = campaign.reviewedAt.split('-').map(Number);
  const language = (campaign.locale.split('-')[0] ?? 'en').toUpperCase();
  const ctx: EventContext = {
    siteUrl: campaign.siteUrl,
    campaignZone: campaign.timeZone,
    locale: campaign.locale,
    text: options.text,
    successorOf: options.successorOf,
    revisionOf: options.revisionOf,
  };
  return buildCalendar({
    prodId: `-//${campaign.organisation}//${campaign.name}//${language}`,
    name: options.name,
    description: options.description,
    timeZone: campaign.timeZone,
    stamp: Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1),
    url: new URL(options.path, campaign.siteUrl).href,
    refreshInterval: 'P1D',
    events: calendarMilestones(options.milestones, options.now, campaign.timeZone).map((ms) =>
      milestoneEvent(ms, ctx),
    ),
  });
}
