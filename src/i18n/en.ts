/**
 * English: every word the site and the widgets show that is not content, and the source of
 * every key. The other languages are checked against this file (src/i18n/README.md says how to
 * add one, and how to add words).
 *
 * - Flat dotted keys, grouped by where the words appear; the vocabularies (stages, confidence
 *   levels, actors…) are keyed by the schema's own values, so a new value fails the type check
 *   until it has words (see `Vocabulary` below).
 * - `{name}` placeholders; `key_one` / `key_other` plural forms, chosen by `count`;
 *   `key_day` variants chosen by `context` (the precision of a date) where a language needs one.
 * - Where a label is followed by a colon, the colon is part of the message ("Due:"), because
 *   languages write it differently (French "Échéance :").
 */
import type {
  Actor,
  Confidence,
  InstrumentKind,
  Outcome,
  RelationKind,
  SourceKind,
  Stage,
  Track,
} from '../lib/schema.ts';

export const en = {
  // The page around every page ------------------------------------------------------------------
  'site.skipToContent': 'Skip to content',
  'site.footerBy': 'A campaign of {organisation}.',
  'site.footerChecked': 'Entries checked against their sources up to {date}.',
  'site.dataLicence': 'Data licence:',
  'site.footerChanges': 'See what changed in the record',
  'site.reportMistake': 'Report a mistake',
  'site.asOf': 'as of {date}',
  'site.language': 'Language',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.timeline': 'Timeline',
  'nav.overview': 'Overview',
  'nav.deadlines': 'Deadlines',
  'nav.status': 'Status',
  'nav.changes': 'Changes',
  'nav.search': 'Search',
  'nav.data': 'Data',
  'nav.embed': 'Embed',
  'nav.about': 'About',
  'nav.more': 'More',
  'punct.label': '{label}:',
  'content.untranslated': 'Not yet translated: shown in English.',

  // Link previews and alternate versions in the page head
  'meta.imageAlt': '{campaign}, a campaign of {organisation}',
  'meta.feedTitle': '{campaign}: latest milestones (RSS)',
  'meta.calendarTitle': '{campaign}: deadlines (calendar)',
  'meta.instrumentCalendarTitle': '{instrument}: deadlines (calendar)',

  // Home ------------------------------------------------------------------------------------------
  'home.instrumentsHeading': 'What we follow',
  'home.latestHeading': 'Latest milestones',
  'home.nextDeadlineHeading': 'Next deadline',
  'home.noInstruments': 'No instruments yet. Add one in content/instruments/ (see the README).',
  'home.noMilestones': 'No milestones yet.',
  'home.allDeadlines': 'All deadlines',
  'home.allStatuses': 'Where each file stands',
  'home.reportedUpcoming': 'Reported, not confirmed: {title}, {date}',
  'home.reportedUpcomingNote':
    'This date comes from unofficial reports only: it is shown for information and is not counted down.',
  'home.nowHeading': 'Now',
  'home.nowIntro':
    'The files still open, the most recently active first, then those finished or ended in the last {months} months: where each stands, what is reported since, and what comes next.',
  'home.nowNone':
    'Nothing is moving: every file is finished, and nothing changed in the last {months} months.',
  'home.latestStep': 'Latest confirmed step:',
  'home.comingUpHeading': 'Coming up',
  'home.comingUpReported': 'Reported, not confirmed',
  'home.comingUpReportedIntro':
    'These dates come from unofficial reports only: shown for information, never counted down.',
  'home.recentHeading': 'Recently changed',
  'home.recentFallback': 'The latest milestones in the record.',
  'home.recentIntro':
    'Corrections and additions to the record, newest first, dated when they were recorded.',
  'home.recentAll': 'Every change to the record',
  'home.settledHeading': 'Finished and ended',
  'home.doneHeading': 'Applying or in force',
  'home.endedHeading': 'Ended',
  'home.overviewLink': 'Every instrument’s life on one chart',

  // An instrument and its milestones ---------------------------------------------------------------
  'instrument.references': 'Official references',
  'instrument.status': 'Where it stands',
  'instrument.since': 'since {date}',
  'instrument.noStage': 'No stage recorded yet.',
  'instrument.nextLabel': 'Next:',
  'instrument.stalled': 'Stalled: nothing has happened for nine months or more.',
  'instrument.finished': 'Finished',
  'instrument.history': 'History',
  'instrument.milestones_one': '{count} milestone',
  'instrument.milestones_other': '{count} milestones',
  'instrument.noMilestonesYet': 'No milestones recorded yet.',
  'instrument.track': 'Progress',
  'instrument.trackReached': 'reached',
  'instrument.trackCurrent': 'current stage',
  'instrument.related': 'Related instruments',
  'instrument.explainer': 'What it is',
  'instrument.sourcesCount': 'Sources ({count})',
  'instrument.actor': 'By',
  'instrument.stage': 'Stage',
  'instrument.confidence': 'Confidence',
  'instrument.derivedBy': 'Worked out by the rule: {rule}.',
  'instrument.otherDates': 'Other dates given',
  'instrument.votes': 'Vote: {for} for, {against} against.',
  'instrument.votesAbstentions': 'Vote: {for} for, {against} against, {abstentions} abstentions.',
  'instrument.correction': 'Correction',
  'instrument.correctionLabel': 'Correction.',
  'instrument.claimed': '{source} said:',
  'instrument.correct': 'What is right:',
  'instrument.deadline': 'Deadline',
  'instrument.outcome': 'Outcome',
  'instrument.outcomeLabel': 'Outcome:',
  'instrument.outcomeIs': 'Outcome: {outcome}',
  'instrument.supersededBy': 'Replaced by',
  'instrument.scheduled': 'Scheduled',
  'instrument.permalink': 'Link to this milestone',
  'instrument.reference': 'Reference',
  'instrument.campaignWords': "The campaign's own words",
  'instrument.unverifiedReport': 'Unconfirmed report',
  'instrument.reportLabel': 'Unconfirmed report:',
  'instrument.reportTitle': 'Unconfirmed report: {title}',
  'instrument.onEurLex': 'on EUR-Lex',
  'instrument.onOeil': 'in the Legislative Observatory',
  'instrument.noLink': 'not linked',
  'reference.com': 'Commission document',
  'reference.celex': 'CELEX number',
  'reference.procedure': 'Procedure',
  'reference.oj': 'Official Journal',
  'reference.eli': 'European Legislation Identifier',

  // A milestone's own page
  'milestonePage.description':
    '{instrument}, {date}: {title}. With its sources, confidence and a citation.',
  'milestonePage.inHistory': 'See it in the full history of the {instrument}',
  'milestonePage.instrument': 'Instrument',
  'milestonePage.date': 'Date',
  'milestonePage.previous': 'Previous milestone',
  'milestonePage.next': 'Next milestone',
  'milestonePage.neighbours': 'Before and after',

  // "Cite this milestone"
  'cite.heading': 'Cite this milestone',
  'cite.intro':
    'A plain-text citation you can copy. The link is permanent: it will not change when other entries are edited.',
  'cite.copy': 'Copy the citation',
  'cite.copied': 'Citation copied.',
  'cite.copyFailed':
    'Could not copy automatically: the citation is selected, press Ctrl+C (or ⌘C) to copy it.',
  'cite.quote': '“{text}”',
  'cite.reference': 'Reference',
  'cite.source': 'Source',
  'cite.confidence': 'Confidence',
  'cite.permalink': 'Permanent link',
  'cite.accessed': 'Accessed {date}.',

  // Countdowns and due dates (site and widgets) ------------------------------------------------------
  /** Within 48 hours of a deadline: "in 30 hours, 12 minutes" ({duration} from Intl.DurationFormat). */
  'countdown.exactFuture': 'in {duration}',
  'countdown.exactPast': '{duration} ago',
  /** When a deadline falls due, in its own zone: "3 April 2028, end of day, Brussels time". */
  'countdown.dueEndOfDay': '{date}, end of day, {zone}',
  'countdown.dueAtTime': '{date}, {time}, {zone}',
  'countdown.yourTime': 'Your time:',
  /** The sentence that dates every countdown and status on a page; the reader's date replaces the build's once the script runs. */
  'countdown.asOf': 'Days left and statuses as of {date}.',
  'countdown.due': 'Due:',
  'countdown.fellDue': 'Fell due:',
  /**
   * A time zone's label. {city} is the city of its IANA name ("Brussels"), {name} the zone's
   * name at that moment from Intl in the page's language ("Central European Summer Time").
   */
  'zone.label': '{city} time',

  // The deadlines page ------------------------------------------------------------------------------
  'deadlines.title': 'Deadlines',
  'deadlines.description':
    'Upcoming deadlines with the days left, and past deadlines with what became of them and what replaced them.',
  'deadlines.intro':
    'Each deadline falls due at the end of its day in its own time zone, unless it has a time. Days left are counted in that time zone.',
  'deadlines.upcomingHeading': 'Coming up',
  'deadlines.noneUpcoming': 'No confirmed deadline is coming up.',
  'deadlines.latestWas': 'The latest one was:',
  'deadlines.reportsHeading': 'Unconfirmed reports',
  'deadlines.reportsIntro':
    'These dates come only from unofficial reports. They are not confirmed, so they never count as the next deadline.',
  'deadlines.pastHeading': 'Past deadlines',
  'deadlines.noPast': 'No deadline has passed yet.',
  'deadlines.outcomePending': 'not recorded yet',
  'deadlines.chain': 'What replaced what',
  'deadlines.thisDeadline': 'this deadline',
  'deadlines.source': 'Source',

  // The status page -------------------------------------------------------------------------------
  'status.title': 'Where each file stands',
  'status.description':
    'Every instrument the campaign follows, with the stage it has reached, since when, the next step, and whether it has stalled or ended.',
  'status.intro':
    'A stage is worked out from the confirmed milestones: the last one reached. Unconfirmed reports since are shown apart, and never change it. A file with no milestone for nine months that is not finished is flagged as stalled.',
  'status.tableCaption': 'Status of every instrument',
  'status.instrument': 'Instrument',
  'status.stage': 'Stage',
  'status.next': 'Next step',
  'status.flags': 'Notes',
  'status.tracksHeading': 'Progress of each file',
  'status.tracksElsewhere':
    'With this many files, the progress track of each one is on its own page, linked from the table.',
  'status.legend': 'How to read the tracks:',
  'status.legendReached': '✓ stage reached',
  'status.legendCurrent': 'outlined: current stage',
  'status.legendEnded': '■ ended',
  'status.legendStalled': '‖ stalled',
  'status.nothing': 'Nothing scheduled',
  'status.ended': 'Ended',
  'status.stalled': 'Stalled',
  'status.finished': 'Procedure finished',
  'status.inProgress': 'In progress',
  // Confirmed and reported, apart: every status view (src/components/StatusReports.astro and beside it)
  'status.lastConfirmed': 'Last confirmed: {stage}, {date}',
  'status.reportedSince': 'Reported since: {title}, {date} (not confirmed)',
  'status.reportedSinceHeading': 'Reported since, not confirmed',
  'status.reportedItem': '{title}, {date} (not confirmed)',
  'status.reportedStage': 'reported: {stage}',
  'status.reportedStage.help': 'Not confirmed. What it would mean: {help}',
  'status.reportedStages': 'Reported, not confirmed',
  'status.reportedSources': 'Sources: {sources}',
  'status.reportedCount_one': '{count} report since, not confirmed',
  'status.reportedCount_other': '{count} reports since, not confirmed',
  'status.reportedNext': 'Reported ahead: {title}, {date} (not confirmed)',
  'status.effectEnded':
    'No longer has effect: the act it {relation} ({instrument}) ended in {date} ({stage})',
  'status.effectEnded_day':
    'No longer has effect: the act it {relation} ({instrument}) ended on {date} ({stage})',
  'status.effectEndedShort': 'Effect ended: {date}',

  // The timeline ------------------------------------------------------------------------------------
  'timeline.title': 'Timeline',
  'timeline.description':
    'Every milestone of every instrument the campaign follows, in order, with its date, stage, confidence and a link to cite it.',
  'timeline.lede':
    'Every milestone of the {instruments} instruments we follow: {milestones} in all, with what is scheduled after today.',
  'timeline.instrumentTitle': 'Timeline: {instrument}',
  'timeline.instrumentDescription':
    'Every milestone of the {instrument}, in order, with its date, stage and confidence.',
  'timeline.instrumentLede_one': 'One milestone.',
  'timeline.instrumentLede_other': '{count} milestones, with what is scheduled after today.',
  'timeline.yearTitle': 'Timeline: {year}',
  'timeline.yearDescription':
    'Every milestone of {year}, in order, with its date, stage and confidence.',
  'timeline.yearLede_one': 'One milestone in {year}.',
  'timeline.yearLede_other': '{count} milestones in {year}.',
  'timeline.split':
    'With {total} milestones, the timeline is shown one year at a time. This is {year}; choose another year, or the timeline of one instrument, below.',
  'timeline.filtersHeading': 'Filter the timeline',
  'timeline.instrument': 'Instrument',
  'timeline.stage': 'Stage reached',
  'timeline.actor': 'Who acted',
  'timeline.tag': 'Topic',
  'timeline.from': 'From year',
  'timeline.to': 'To year',
  'timeline.confidence': 'Confidence',
  'timeline.deadlinesOnly': 'Deadlines only',
  'timeline.order': 'Order',
  'timeline.oldestFirst': 'Oldest first',
  'timeline.newestFirst': 'Newest first',
  'timeline.any': 'Any',
  'timeline.apply': 'Apply filters',
  'timeline.clear': 'Clear the filters',
  'timeline.empty': 'No milestone matches these filters.',
  /** For the browser, which fills in {shown} and {total}. */
  'timeline.showing': 'Showing {shown} of {total} milestones.',
  'timeline.count_one': '{count} milestone.',
  'timeline.count_other': '{count} milestones.',
  'timeline.today': 'Today',
  'timeline.jumpToToday': 'Jump to today',
  'timeline.years': 'Years',
  'timeline.byInstrument': 'One instrument at a time',
  'timeline.byYear': 'One year at a time',
  'timeline.yearNav': 'Previous and next year',
  'timeline.yearNavEnd': 'Previous and next year, after the list',
  'timeline.previousYear': 'Previous year: {year}',
  'timeline.nextYear': 'Next year: {year}',
  'timeline.wholeTimeline': 'The whole timeline',
  'timeline.everyInstrument': 'Choose one of {count} instruments',
  'timeline.fullHistory': 'Full history with sources',
  'timeline.noJsNote':
    'Filters need JavaScript; without it, open the timeline of one instrument below.',

  // The overview and the lifespan chart (/overview/, instrument pages, the chart widget) ----------
  'overview.title': 'Overview',
  'overview.heading': 'The life of every instrument at a glance',
  'overview.description':
    'Every instrument the campaign follows as one chart: when it was negotiated, adopted and applied, the chains of related acts, and the gaps between them.',
  'overview.lede':
    'One row per instrument, related acts one under another: negotiation, adoption, application, and the gaps when nothing in a chain applied. Every bar is a link to the milestone it starts at.',
  'overview.scrollLabel': 'Lifespan chart (scrolls sideways)',
  'overview.tableLink': 'The same as a table',
  'overview.tableHeading': 'The chart as a table',
  'overview.download': 'Download the chart (SVG)',
  'overview.downloadHelp':
    'For articles and slides: one self-contained picture with its caption and source, to use with credit.',
  'overview.pages': 'Pages of the overview',
  'overview.page': 'Page {page} of {pages}',
  'overview.pageTitle': 'Overview, page {page}',
  'overview.split':
    'With {instruments} instruments, the overview is shown {rows} rows at a time; related acts stay on one page. This is page {page} of {pages}.',
  'overview.previous': 'Previous page',
  'overview.next': 'Next page',
  'overview.allOnTimeline': 'Every milestone, in order: the timeline',
  'home.overview': 'The whole picture: every instrument’s lifespan',
  'timeline.overview': 'Every instrument’s lifespan at a glance: the overview',
  'instrument.lifespan': 'Lifespan',
  'instrument.lifespanMore': 'Beside the related acts and every other instrument: the overview',
  'chart.scrollLabel': 'Lifespan chart of {name} (scrolls sideways)',
  // `chart.name.<kind>.<tense>` name the chart's bars; the tense is the span's relation to the
  // build's now: past (ended), until (ends later), since (ongoing, started), from (ongoing, not
  // started yet). {from}, {to} and {date} are dates already formatted at their precision ("2 August
  // 2021", "March 2026"), so each language uses forms that read right for a day, a month or a year.
  // A deadline's outcome and the end of a file are the vocabulary's words (`outcome.*`, `stage.*`).
  'chart.title': 'Lifespan of each instrument',
  'chart.description':
    'One row per instrument, related instruments together: negotiation, adoption, application and the gaps between them. As of {date}.',
  'chart.todayDate': 'Today: {date}',
  'chart.todayOutside': 'Today: {date} (outside the chart)',
  'chart.phase.preparation': 'Preparation',
  'chart.phase.negotiation': 'Negotiation',
  'chart.phase.pending': 'Adopted, not yet applying',
  'chart.phase.application': 'Application',
  'chart.phase.implementation': 'Implementation',
  'chart.phase.gap': 'Gap: nothing in the chain applies',
  'chart.phase.deadline': 'Deadline: {title}',
  'chart.name.preparation.past': '{name}: in preparation from {from} to {to}',
  'chart.name.preparation.until': '{name}: in preparation from {from} to {to}',
  'chart.name.preparation.since': '{name}: in preparation since {from}, ongoing',
  'chart.name.preparation.from': '{name}: in preparation from {from}, ongoing',
  'chart.name.negotiation.past': '{name}: negotiated from {from} to {to}',
  'chart.name.negotiation.until': '{name}: under negotiation from {from} to {to}',
  'chart.name.negotiation.since': '{name}: under negotiation since {from}, ongoing',
  'chart.name.negotiation.from': '{name}: under negotiation from {from}, ongoing',
  'chart.name.pending.past': '{name}: adopted, not yet applying, from {from} to {to}',
  'chart.name.pending.until': '{name}: adopted, not yet applying, from {from} to {to}',
  'chart.name.pending.since': '{name}: adopted, not yet applying, since {from}',
  'chart.name.pending.from': '{name}: adopted, not yet applying, from {from}',
  'chart.name.application.past': '{name}: applied from {from} to {to}',
  'chart.name.application.until': '{name}: applies from {from} to {to}',
  'chart.name.application.since': '{name}: applies since {from}, ongoing',
  'chart.name.application.from': '{name}: applies from {from}, ongoing',
  'chart.name.implementation.past': '{name}: implemented from {from} to {to}',
  'chart.name.implementation.until': '{name}: in implementation from {from} to {to}',
  'chart.name.implementation.since': '{name}: in implementation since {from}, ongoing',
  'chart.name.implementation.from': '{name}: in implementation from {from}, ongoing',
  'chart.name.gap.past': '{name}: gap, nothing in the chain applied from {from} to {to}',
  'chart.name.gap.until': '{name}: gap, nothing in the chain applies from {from} to {to}',
  'chart.name.gap.since': '{name}: gap, nothing in the chain applies since {from}',
  'chart.name.gap.from': '{name}: gap, nothing in the chain applies from {from}',
  'chart.name.deadline': '{name}: deadline on {date}: {title}',
  'chart.days_one': '{count} day',
  'chart.days_other': '{count} days',
  'chart.withNotes': '{text} ({notes})',
  'chart.note.reported': 'reported, not confirmed',
  'chart.note.endReported': 'end reported, not confirmed',
  'chart.note.disputed': 'date disputed',
  'chart.note.endsWith': 'ends with the {name}',
  'chart.gapLabel': 'gap: {days}',
  'chart.gapLabelOpen': 'gap',
  'chart.relation.amends': 'amends {name}',
  'chart.relation.extends': 'extends {name}',
  'chart.relation.follows': 'follows {name}',
  'chart.relation.replaces': 'replaces {name}',
  'chart.empty': 'no dated milestones',
  'chart.milestone': '{date}: {title}',
  'chart.legend.heading': 'Key',
  'chart.legend.preparation': 'Preparation: announced, not yet proposed (thinnest bar)',
  'chart.legend.negotiation': 'Negotiation: from proposal to adoption (thin bar)',
  'chart.legend.pending': 'Adopted or in force, not yet applying (medium bar)',
  'chart.legend.application': 'Applies (full bar)',
  'chart.legend.implementation': 'Strategy being implemented (full bar, rounded ends)',
  'chart.legend.gap': 'Gap: nothing in the chain applies (outlined)',
  'chart.legend.reported': 'Hatched, dashed edge: reported, not confirmed',
  'chart.legend.ongoing': 'Arrow: ongoing',
  'chart.legend.milestone': 'Dot: milestone; a bracket when only the month or year is known',
  'chart.legend.deadline': 'Diamond: deadline',
  'chart.legend.hollow': 'Hollow dot or diamond: reported, not confirmed',
  'chart.legend.today': 'Line: today',
  'chart.caption':
    '{campaign} ({organisation}): lifespan of the instruments it follows, as of {date}.',
  'chart.source': 'Source and details: {url} · Data: {license}',
  'chart.table.caption': 'The lifespan chart as a table: each phase, deadline and gap',
  'chart.table.instrument': 'Instrument',
  'chart.table.phase': 'Phase',
  'chart.table.from': 'From',
  'chart.table.to': 'To',
  'chart.table.confidence': 'Confirmed or reported',
  'chart.table.confirmed': 'Confirmed',
  'chart.table.reported': 'Reported, not confirmed',
  'chart.table.endReported': 'Start confirmed; end reported, not confirmed',
  'chart.table.ongoing': 'ongoing',
  'chart.table.none': 'No dated milestones',

  // Search ----------------------------------------------------------------------------------------
  'search.title': 'Search',
  'search.description':
    'Search every instrument and milestone by words in titles, notes and official references.',
  'search.label': 'Search instruments and milestones',
  'search.hint':
    'Words from titles and notes, or a reference such as 2021/1232, COM(2022) 209 or 2022/0155(COD).',
  'search.submit': 'Search',
  'search.headerLabel': 'Search the site',
  'search.noJs':
    'Search runs in your browser and needs JavaScript. Without it, browse the timeline or an instrument’s page:',
  'search.loading': 'Loading the search index…',
  'search.unavailableDev':
    'Search is not available in the development server until the site has been built: run `npm run build` once, and the development server then serves that build’s search index.',
  'search.unavailable': 'Search could not be loaded. Try again later, or browse the timeline.',
  'search.prompt': 'Type a word or a reference to search, or choose a filter.',
  /** For the browser, which fills in {count}. */
  'search.results_one': '{count} result.',
  'search.results_other': '{count} results.',
  'search.noResults': 'Nothing found. Try fewer or other words, or clear the filters.',
  'search.more': 'Show more results',
  'search.facetsHeading': 'Narrow the results',
  'search.any': 'Any',
  'search.instrument': 'Instrument',
  'search.stage': 'Stage',
  'search.year': 'Year',
  'search.confidence': 'Confidence',
  'search.instrumentResult': 'Instrument',
  'search.untranslatedNote': 'Pages not yet translated into {language} are not searched here:',
  'search.inEnglish': 'search them in English',
  'search.clear': 'Clear the filters',

  // About -------------------------------------------------------------------------------------------
  'about.title': 'About this tracker',
  'about.description':
    'What the campaign is, how entries are checked, and what the confidence levels and stages mean.',
  'about.campaignHeading': 'The campaign',
  'about.checkingHeading': 'How entries are checked',
  'about.checking.sources':
    'Every milestone has at least one source a reader can open, and official sources (EUR-Lex, the Legislative Observatory, texts of Parliament, Council and Commission) come first.',
  'about.checking.precision':
    'Every date is shown only as precisely as it is known: a year, a month or a day. Dates that were worked out by a rule say which rule; dates on which sources disagree show every version with its sources.',
  'about.checking.reports':
    'Reports we could not confirm are labelled as unconfirmed. They never count towards a status or a countdown.',
  'about.checking.corrections':
    'Where a source, including the campaign’s own material, got something wrong, the entry shows what it said and what is right.',
  'about.checking.automatic':
    'Every entry is checked automatically before the site is built: impossible dates, unknown references, missing sources or malformed official references stop the build.',
  'about.checkedUpTo':
    'Entries were last checked against their sources on {date}. Anything that happened after that is not here yet.',
  'about.confidenceHeading': 'What the confidence labels mean',
  'about.stagesHeading': 'What the stages mean',
  'about.stagesIntro':
    'A file’s stage is worked out from its milestones: the last stage it reached. It is never typed in by hand.',
  'about.terminalHeading': 'Ends',
  'about.correctionsHeading': 'Corrections',
  'about.corrections': 'These entries correct a claim made by a source:',
  'about.noCorrections': 'No corrections so far.',
  'about.countsHeading': 'In numbers',
  'about.counts': '{instruments} instruments, {milestones} milestones.',

  'notFound.title': 'Page not found',
  'notFound.body':
    'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.tryThese': 'Try one of these instead:',

  // Calendars: the "Subscribe" box, and the entries themselves -----------------------------------------
  'subscribe.heading': 'Follow these dates in your calendar',
  'subscribe.explain':
    'Subscribing puts these dates in the calendar app you already use (on your phone, Outlook, Google or Apple Calendar) and keeps them up to date by itself.',
  'subscribe.webcal': 'Subscribe in your calendar app',
  'subscribe.https': 'Calendar address: {url}',
  'subscribe.copyHint':
    'If the link does not open your calendar app, add a calendar “from URL” with this address (Google Calendar: Other calendars › From URL; Outlook: Add calendar › Subscribe from web):',
  'subscribe.contents':
    'It holds every deadline, past and future, and every step scheduled for a known day. Unconfirmed reports are left out.',
  'subscribe.empty':
    'Nothing is in it yet: new dates will reach your calendar when they are added.',
  'subscribe.count_one': 'It holds {count} date at the moment.',
  'subscribe.count_other': 'It holds {count} dates at the moment.',
  'calendar.name': '{campaign}: deadlines and scheduled steps',
  'calendar.description':
    'Deadlines and scheduled steps tracked by {campaign} ({organisation}). Updated every day.',
  'calendar.instrumentName': '{campaign}: {instrument}',
  'calendar.instrumentDescription':
    '{instrument}: deadlines and scheduled steps, tracked by {campaign}. Updated every day.',
  'calendar.summary': '{instrument}: {title}',
  'calendar.deadlineSummary': 'Deadline – {instrument}: {title}',
  /** Added after the summary of an event whose date is disputed (it starts with its own space). */
  'calendar.disputedSuffix': ' (date disputed)',
  'calendar.deadline': 'Deadline',
  'calendar.scheduled': 'Scheduled',
  'calendar.outcome': 'outcome: {outcome}',
  'calendar.dueAt': 'Due at {time}, {zone} time.',
  'calendar.confidence': '{label}: {description}',
  'calendar.otherDates': 'Other dates given: {dates}.',
  'calendar.source': 'Source: {title} ({publisher}) {url}',
  'calendar.sourceNoUrl': 'Source: {title} ({publisher})',
  'calendar.replacedBy': 'Replaced by: {title} {url}',
  'calendar.readMore': 'Details and every source: {url}',

  // The news feed
  'feed.title': '{campaign}: latest milestones',
  'feed.description':
    'The latest milestones and corrections tracked by {campaign} ({organisation}), newest first.',
  'feed.item': '{instrument}: {title}',
  'feed.unverifiedItem': 'Unconfirmed report – {instrument}: {title}',
  'feed.correctionItem': 'Correction – {instrument}: {title}',
  'feed.correction': 'Correction',
  'feed.deadline': 'Deadline',
  'feed.dated': 'Date: {date}',
  'feed.confidence': 'Confidence: {label}',
  'feed.claimed': '{source} said:',
  'feed.correct': 'What is right:',
  'feed.source': 'Source:',
  'feed.readMore': 'Details and every source',

  // The history of the record: sentences of changes, feed items, the pages that show them ----------
  'history.none': 'none',
  'history.sourceName': '{title} ({publisher})',
  'history.field.actor': 'who acted',
  'history.field.alternatives': 'the other dates given',
  'history.field.reference': 'the document reference',
  'history.field.rule': 'the rule the date is worked out by',
  'history.field.supersededBy': 'what replaced the deadline',
  'history.field.tags': 'the tags',
  'history.field.votes': 'the vote',
  'history.field.kind': 'the kind of act',
  'history.field.track': 'the progress track',
  'history.field.jurisdiction': 'the jurisdiction',
  'history.instrumentAdded': 'Added to the record',
  'history.instrumentRemoved': 'Removed from the record',
  'history.instrumentRenamed': 'Address changed from {from} to {to}',
  'history.titleChanged': 'Title changed from “{from}” to “{to}”',
  'history.shortTitleChanged': 'Short title changed from “{from}” to “{to}”',
  'history.summaryRevised': 'Summary revised',
  'history.referenceAdded': 'Official reference added: {value}',
  'history.referenceChanged': 'Official reference changed from {from} to {to}',
  'history.referenceRemoved': 'Official reference removed: {value}',
  'history.relatedAdded': 'Link to {instrument} added',
  'history.relatedChanged': 'Link to {instrument} revised',
  'history.relatedRemoved': 'Link to {instrument} removed',
  'history.tagAdded': 'Tag added: {tag}',
  'history.tagRemoved': 'Tag removed: {tag}',
  'history.detailsChanged': 'Details revised: {fields}',
  'history.explainerRevised': 'Explainer revised',
  'history.translationsRevised': 'Translations revised: {languages}',
  'history.moreChanges_one': '{count} more change',
  'history.moreChanges_other': '{count} more changes',
  'history.stageNow': 'Stage of the file now: {stage}',
  'history.stageNowNone': 'The file has no stage now',
  'history.milestoneAdded': 'Milestone added: “{title}” ({date})',
  'history.milestoneRemoved': 'Milestone removed: “{title}” ({date})',
  'history.dateChanged': 'Date of “{title}” changed from {from} to {to}',
  'history.dateRefined': 'Date of “{title}” made more precise: {to} (was {from})',
  'history.setEndDate': 'End date set: {to}',
  'history.removedEndDate': 'End date removed (was {from})',
  'history.changedEndDate': 'End date changed from {from} to {to}',
  'history.setTime': 'Time set: {to}',
  'history.removedTime': 'Time removed (was {from})',
  'history.changedTime': 'Time changed from {from} to {to}',
  'history.setTimeZone': 'Time zone set: {to}',
  'history.removedTimeZone': 'Time zone removed (was {from})',
  'history.changedTimeZone': 'Time zone changed from {from} to {to}',
  'history.milestoneTitleChanged': 'Title changed from “{from}” to “{to}”',
  'history.noteAdded': 'Note added',
  'history.noteRemoved': 'Note removed',
  'history.noteRevised': 'Note revised',
  'history.confidenceRaised': 'Confidence raised from {from} to {to}',
  'history.confidenceLowered': 'Confidence lowered from {from} to {to}',
  'history.confidenceChanged': 'Confidence changed from {from} to {to}',
  'history.sourceAdded': 'Source added: {source}',
  'history.sourceChanged': 'Source revised: {source}',
  'history.sourceRemoved': 'Source removed: {source}',
  'history.correctionAdded': 'Correction added',
  'history.correctionChanged': 'Correction revised',
  'history.correctionRemoved': 'Correction removed',
  'history.deadlineAdded': 'Marked as a deadline',
  'history.deadlineRemoved': 'No longer a deadline',
  'history.outcomeSet': 'Outcome of the deadline: {outcome}',
  'history.outcomeChanged': 'Outcome of the deadline changed from {from} to {to}',
  'history.outcomeRemoved': 'Outcome of the deadline withdrawn (was {from})',
  'history.milestoneStageSet': 'Now marks the stage {stage}',
  'history.milestoneStageRemoved': 'No longer marks the stage {stage}',
  'history.milestoneStageChanged': 'Stage changed from {from} to {to}',
  'history.aboutMilestone': '“{title}”: {change}',
  'history.feed.item': '{instrument}: {change}',
  'history.feed.itemReport': 'Unconfirmed report – {instrument}: {change}',
  'history.feed.recordedOn':
    'Recorded on {date}: the day the record changed, not the date of an event.',
  'history.feed.category': 'Change to the record',
  'history.feed.readMore': 'See it on the site',
  'history.feed.instrumentTitle': '{campaign}: {instrument}',
  'history.feed.instrumentDescription':
    '{instrument}: new milestones and every change to its record, tracked by {campaign}, newest first.',
  'history.feed.tagTitle': '{campaign}: “{tag}”',
  'history.feed.tagDescription':
    'New milestones on “{tag}” and every change to them, tracked by {campaign}, newest first.',
  'history.heading': 'History of this record',
  'history.milestoneHeading': 'History of this milestone',
  'history.recorded': 'Recorded {date}',
  'history.recordedExplain':
    'Each change is dated with the day it was recorded here, not the date of the event it concerns.',
  'history.unavailable': 'The history of the record is not available in this copy of the site.',
  'history.incomplete': 'History incomplete: it starts on {date}.',
  'history.incompleteUndated': 'History incomplete: earlier changes are not shown.',
  'history.since': 'Changes recorded since {date}.',
  'history.changes_one': '{count} change',
  'history.changes_other': '{count} changes',
  'history.follow': 'Follow this file',
  'history.followTitle': '{instrument}: milestones and changes (RSS)',
  'history.noteLabel': 'Editors’ note:',
  'history.siteChanges': 'Changes to every file',
  'history.followHeading': 'Follow this file in your feed reader',
  'history.followExplain':
    'Its feed (RSS) brings its new milestones and every change to its record to the feed reader you use.',
  'history.feedAddress': 'Feed address: {url}',
  'history.followTopics': 'Or follow one of its topics:',

  // /changes/: every change to the record
  'changes.title': 'Changes to the record',
  'changes.description':
    'Every correction and addition to the record, newest first, with the day each was recorded: corrected dates, raised confidence, new milestones.',
  'changes.intro':
    'A tracker that corrects itself shows its corrections. Every change to the record is listed here, newest first, under the month it was recorded.',
  'changes.instrumentTitle': 'Changes to the record: {instrument}',
  'changes.instrumentDescription':
    'Every change to the record of the {instrument}, newest first, with the day each was recorded.',
  'changes.filter': 'Changes by instrument',
  'changes.all': 'All instruments',
  'changes.everyInstrument': 'Choose one of {count} instruments',
  'changes.none': 'No change has been recorded yet.',
  'changes.asData': 'The same changes as data:',
  'changes.monthTitle': 'Changes to the record: {month}',
  'changes.monthDescription':
    'Every change to the record made in {month}, newest first, with the day each was recorded.',
  'changes.months': 'Changes by month',
  'changes.splitNote': 'The newest changes are below. Every month has a page of its own:',
  'changes.newest': 'The newest changes',

  // Open data ---------------------------------------------------------------------------------------
  'data.title': 'Open data',
  'data.description':
    'Every instrument and milestone as JSON and CSV, calendars to subscribe to and a news feed, with every field explained and the licence.',
  'data.intro':
    'Everything this site shows is also published as data: every instrument and every dated milestone, with its sources and how sure we are of it. Use it in your own research, tools and reporting. The files are rebuilt with the site every day.',
  'data.licenceHeading': 'Licence and credit',
  'data.licence': 'The data is published under this licence:',
  'data.credit': 'Please credit “{organisation}, {campaign}” and link to {url}.',
  'data.filesHeading': 'Files',
  'data.column.file': 'File',
  'data.column.format': 'Format',
  'data.column.contents': 'What it holds',
  'data.column.field': 'Field',
  'data.column.type': 'Type',
  'data.column.meaning': 'Meaning',
  'data.column.column': 'Column',
  'data.file.milestonesJson': 'Every milestone ({count}), with all its fields.',
  'data.file.milestonesCsv': 'Every milestone ({count}), one row each, for spreadsheets.',
  'data.file.instrumentsJson':
    'Every instrument ({count}): titles, official references, relations and tags.',
  'data.file.schemas': 'The shape of each JSON file, for validation and code generation.',
  'data.file.calendar': 'Deadlines and scheduled steps of every instrument, to subscribe to.',
  'data.file.instrumentCalendars':
    'The same for one instrument: replace <id> with its id (the address of its page).',
  'data.file.feed': 'The latest milestones and corrections, newest first.',
  'data.file.instrumentFeeds':
    'The milestones of one instrument and every change to its record (“follow this file”): replace <id> with its id.',
  'data.file.tagFeeds': 'The same for everything with one tag: replace <tag> with the tag.',
  'data.file.changes':
    'Every change to the record, newest first: the values before and after, the sentence the site shows, and the day it was recorded.',
  'data.format.json': 'JSON',
  'data.format.csv': 'CSV (RFC 4180)',
  'data.format.jsonSchema': 'JSON Schema 2020-12',
  'data.format.ics': 'iCalendar (RFC 5545)',
  'data.format.rss': 'RSS 2.0',
  'data.stabilityHeading': 'Identifiers, dates and versions',
  'data.stability.version':
    'Each JSON file names the version of its shape in schemaVersion (now {version}). A new field raises the minor number; a change that could break your code (a field removed or renamed, or a new meaning) raises the major number.',
  'data.stability.ids':
    'Instrument ids and milestone ids never change once published. A milestone’s key, “instrument id#milestone id”, is unique across the site; permalinks, calendar entries and feed items are built from it.',
  'data.stability.dates':
    'Dates are written at the precision known: “2021”, “2021-07” or “2021-07-30”, and precision says which. Do not read “2021-07” as 1 July.',
  'data.stability.bytes':
    'The files hold the content as checked, not a day-by-day view: they stay the same, byte for byte, until the content changes.',
  'data.csvNote':
    'The CSV file is UTF-8 without a byte-order mark, separated by commas, with a header row; a field holding a comma, a quote or a line break is in double quotes, and every line ends with CRLF. In Excel, open it with Data › From Text/CSV and choose UTF-8.',
  'data.calendarsHeading': 'Calendars',
  'data.calendarRule.deadlines':
    'Every deadline stays in the calendars, past and future, with its outcome once known: subscribers keep what they saw.',
  'data.calendarRule.scheduled':
    'Other milestones are in them while they are scheduled, until the end of their day. After that they leave the calendars and stay in the history on this site.',
  'data.calendarRule.days':
    'Only dates known to the day: a step expected “in June 2026” is not pinned to a day it may not fall on.',
  'data.calendarRule.reports':
    'Unconfirmed reports are left out, because an entry in your calendar reads as a fact. They appear once confirmed.',
  'data.calendarRule.uids':
    'Each event keeps the same identifier across rebuilds, so your calendar app updates it instead of adding a copy.',
  'data.feedHeading': 'News feed',
  'data.feedText':
    'The feed lists the {limit} most recent milestones and corrections, newest first, each dated by the milestone it concerns. Every item links to the milestone on this site and keeps its identifier when it is updated. Unconfirmed reports are labelled as such.',
  'data.feedChanges':
    'Changes to the record that correct what a reader may have relied on (a date or time, a confidence level, a removed milestone, a deadline’s outcome) are items too, dated the day they were recorded, not by the event. Each instrument and each tag has its own feed, with every change to its record.',
  'data.fieldsHeading': 'Fields',
  'data.fieldsIntro':
    'Every field of every file. A field not marked “required” is left out when it has no value (in the CSV file: an empty cell).',
  'data.fieldsInEnglish': 'The explanations of the fields are in English.',
  'data.required': 'required',
  'data.oneOf': 'one of: {values}',
  'data.listOf': 'list of {type}',
  'data.type.string': 'text',
  'data.type.number': 'number',
  'data.type.integer': 'whole number',
  'data.type.boolean': 'true or false',
  'data.type.object': 'fields (below)',
  'data.type.array': 'list',
  'data.type.null': 'nothing',
  'data.milestonesFields': 'Fields of milestones.json',
  'data.instrumentsFields': 'Fields of instruments.json',
  'data.changesFields': 'Fields of changes.json',
  'data.csvFields': 'Columns of milestones.csv, in order',

  // The widget builder (/embed/) ------------------------------------------------------------------------
  'embed.title': 'Embed the tracker',
  'embed.description':
    'Put a deadline countdown, a status card or a slice of the timeline on your own website by pasting one snippet.',
  'embed.intro':
    'Show a deadline countdown, where a file stands, or the latest milestones on your own pages. Pick a widget below, check the preview, and paste the snippet into your website (in WordPress: a “Custom HTML” block). Widgets keep themselves up to date, fit their height to their content, and speak English, French and German.',
  'embed.privacy':
    'Widgets do not track your visitors: no cookies, no storage, no requests to anyone but this site, and no advertising. They work with a keyboard and a screen reader, and weigh a few kilobytes.',
  'embed.builderHeading': 'Make a widget',
  'embed.widgetLegend': 'Widget',
  'embed.widget.countdown': 'Countdown',
  'embed.widget.countdown.help': 'Days left until a deadline, in your reader’s time zone.',
  'embed.widget.status': 'Status card',
  'embed.widget.status.help': 'Where one file stands: its stage, since when, and what comes next.',
  'embed.widget.timeline': 'Timeline slice',
  'embed.widget.timeline.help': 'The latest milestones of one file, one topic, or everything.',
  'embed.widget.chart': 'Lifespan chart',
  'embed.widget.chart.help':
    'The life of each file as bars: negotiation, adoption, application, and the gaps between related acts.',
  'embed.chartScope': 'Lifespan of',
  'embed.chainOf': '{instrument} and related acts',
  'embed.exampleHeading': '{widget}: {subject}',
  'embed.subjectLegend': 'What it shows',
  'embed.deadline': 'Deadline',
  'embed.nextDeadline': 'The next deadline (moves on by itself)',
  'embed.upcoming': 'Upcoming',
  'embed.past': 'Past (the widget says it has passed)',
  'embed.instrument': 'File',
  'embed.scope': 'Milestones of',
  'embed.everything': 'Everything the campaign follows',
  'embed.instruments': 'One file',
  'embed.topics': 'One topic',
  'embed.optionsLegend': 'Options',
  'embed.theme': 'Colours',
  'embed.theme.auto': 'Follow the reader’s system (light or dark)',
  'embed.theme.light': 'Light',
  'embed.theme.dark': 'Dark',
  'embed.language': 'Language',
  'embed.limit': 'Number of milestones',
  'embed.limitHelp': 'From 1 to 20; the newest first.',
  'embed.compact': 'Compact',
  'embed.compactHelp': 'Leave out the summary and explanations.',
  'embed.preview': 'Preview',
  'embed.previewTitle': 'Preview: {title}',
  'embed.previewHelp': 'This is the widget as your visitors will see it.',
  'embed.loaderHeading': 'Snippet with automatic height (recommended)',
  'embed.loaderHelp':
    'The widget fits its height to its content. Paste both lines; for several widgets on one page, repeat the first line and paste the second once. Where scripts are removed, your visitors see a link instead.',
  'embed.iframeHeading': 'Plain iframe snippet',
  'embed.iframeHelp':
    'For sites that allow iframes but no scripts. The height is fixed (it is the preview’s height), so leave some room. The link after it shows where iframes are removed.',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied to the clipboard.',
  'embed.copyFailed': 'Could not copy: select the text and copy it yourself.',
  'embed.examplesHeading': 'Ready-made snippets',
  'embed.examplesIntro': 'Each of these works as it is.',
  'embed.noScript':
    'The widget maker needs JavaScript. These snippets work as they are, and the reference below lists every address and option.',
  'embed.referenceHeading': 'Addresses and options',
  'embed.referenceIntro':
    'These addresses and options are a public contract: once published they keep working. Options go in the address of an iframe (?lang=fr&theme=dark) or as data- attributes on a placeholder (data-lang="fr"). Values that are not listed are ignored.',
  'embed.addresses': 'Widget addresses',
  'embed.optionNames': 'Options',
  'embed.option.theme': 'auto (follow the reader’s system, the default), light or dark',
  'embed.option.lang':
    'en, fr or de: the language of dates and fixed words (the content stays in its own language)',
  'embed.option.limit': 'timeline slices only: how many milestones, 1 to 20 (default 5)',
  'embed.option.compact': '1 for the essentials only, 0 (the default) for everything',

  // The widgets themselves (their other words are the site's) ----------------------------------------------
  'widget.fullTimeline': 'Full timeline on {campaign}',
  'widget.fullHistory': 'Full history on {campaign}',
  'widget.details': 'Details and sources on {campaign}',
  'widget.allDeadlines': 'All deadlines on {campaign}',
  'widget.checkedUpTo': 'Checked up to {date}',
  'widget.asOf': 'Days left as of {date}.',
  'widget.step': 'Step {step} of {steps}',
  'widget.tagTitle': 'Timeline, topic: {tag}',
  'widget.notFound': 'Widget not found',
  'widget.notFound.help':
    'This widget’s address names something the tracker does not have, or is mistyped. Check the snippet on this page, or open the tracker.',
  'widget.openTracker': 'Open {campaign}',
  /** The iframe's title on a partner's page ("Project Beacon: deadline countdown – CSA Regulation"). */
  'widget.frame': '{campaign}: {widget}',
  'widget.frameSubject': '{campaign}: {widget} – {subject}',
  'widget.frame.countdown': 'deadline countdown',
  'widget.frame.status': 'where it stands',
  'widget.frame.timeline': 'timeline',
  'widget.frame.chart': 'lifespan chart',
  'widget.fullOverview': 'The whole picture on {campaign}',
  'widget.chartTagTitle': 'Lifespan, topic: {tag}',
  'widget.chartChainTitle': 'Lifespan: {instrument} and related acts',
  'widget.frame.notFound': 'widget not found',

  // Vocabularies: one word (and an explanation) for every value of the schema's enums ---------------------
  'stage.announced': 'Announced',
  'stage.announced.help': 'Announced, but no formal text yet.',
  'stage.proposed': 'Proposed',
  'stage.proposed.help': 'The Commission (or another initiator) has tabled a proposal.',
  'stage.committee': 'In committee',
  'stage.committee.help': 'A parliamentary committee is examining the file.',
  'stage.ep-mandate': 'Parliament position',
  'stage.ep-mandate.help': 'Parliament has agreed its position or negotiating mandate.',
  'stage.council-mandate': 'Council position',
  'stage.council-mandate.help':
    "Member states have agreed the Council's position (general approach or mandate).",
  'stage.trilogue': 'In trilogue',
  'stage.trilogue.help': 'Parliament, Council and Commission are negotiating a common text.',
  'stage.provisional-agreement': 'Provisional agreement',
  'stage.provisional-agreement.help':
    'Negotiators have agreed a text; both institutions must still confirm it.',
  'stage.ep-first-reading': 'Parliament adopted',
  'stage.ep-first-reading.help': 'Parliament has adopted its first-reading position.',
  'stage.council-first-reading': 'Council first reading',
  'stage.council-first-reading.help': 'The Council has adopted its first-reading position.',
  'stage.ep-second-reading': 'Parliament second reading',
  'stage.ep-second-reading.help':
    "At second reading, Parliament has proposed amendments to the Council's position at first reading. The act is adopted if the Council approves them all; otherwise the Conciliation Committee meets.",
  'stage.adopted': 'Adopted',
  'stage.adopted.help': 'The act has been formally adopted.',
  'stage.signed': 'Signed',
  'stage.signed.help': 'The presidents of Parliament and Council have signed the act.',
  'stage.published': 'Published',
  'stage.published.help': 'The act has been published in the Official Journal.',
  'stage.in-force': 'In force',
  'stage.in-force.help': 'The act has entered into force.',
  'stage.applies': 'Applies',
  'stage.applies.help': 'The rules apply (for a directive: the transposition deadline has passed).',
  'stage.in-implementation': 'Being implemented',
  'stage.in-implementation.help': 'The strategy is being carried out.',
  'stage.reviewed': 'Reviewed',
  'stage.reviewed.help': 'The strategy has been evaluated or reviewed.',
  'stage.withdrawn': 'Withdrawn',
  'stage.withdrawn.help': 'The proposal has been withdrawn.',
  'stage.rejected': 'Rejected',
  'stage.rejected.help': 'A co-legislator has rejected the text.',
  'stage.lapsed': 'Lapsed',
  'stage.lapsed.help': 'It ended without being renewed.',
  'stage.expired': 'Expired',
  'stage.expired.help': 'Its period of application has ended.',
  'stage.repealed': 'Repealed',
  'stage.repealed.help': 'It has been repealed by a later act.',

  'confidence.official': 'Official',
  'confidence.official.help':
    'Confirmed in an official source: EUR-Lex, the Legislative Observatory, or a text of Parliament, Council or Commission (or a verbatim copy of one).',
  'confidence.secondary': 'Secondary source',
  'confidence.secondary.help':
    'Confirmed by reputable secondary sources (press agencies, law firms, think tanks, NGOs), not yet in an official text.',
  'confidence.derived': 'Derived',
  'confidence.derived.help':
    'Worked out from confirmed facts by a stated rule, such as "the third day after publication".',
  'confidence.disputed': 'Disputed',
  'confidence.disputed.help':
    'Sources disagree. The date shown is the one we prefer; the others are listed with their sources.',
  'confidence.unverified': 'Unconfirmed',
  'confidence.unverified.help':
    'Reported only by unofficial or low-reliability sources. Shown as a report, never as a fact, and never used for status or countdowns.',

  'actor.commission': 'European Commission',
  'actor.parliament': 'European Parliament',
  'actor.council': 'Council of the EU',
  'actor.co-legislators': 'Parliament and Council',
  'actor.presidency': 'Council presidency',
  'actor.member-states': 'Member states',
  'actor.court': 'Court',
  'actor.government': 'Government',
  'actor.agency': 'Agency',
  'actor.campaign': 'The campaign',
  'actor.civil-society': 'Civil society',
  'actor.industry': 'Industry',
  'actor.other': 'Other',

  'kind.regulation': 'Regulation',
  'kind.directive': 'Directive',
  'kind.decision': 'Decision',
  'kind.strategy': 'Strategy',
  'kind.proposal': 'Proposal',
  'kind.other': 'Other',

  'track.legislative': 'Legislative procedure',
  'track.non-legislative': 'Non-legislative',

  'sourceKind.official': 'official',
  'sourceKind.secondary': 'secondary',
  'sourceKind.campaign': 'campaign',

  'outcome.met': 'Met',
  'outcome.missed': 'Missed',
  'outcome.extended': 'Extended',
  'outcome.lapsed': 'Lapsed',
  'outcome.superseded': 'Superseded',

  /** Relations read forwards ("Amends") and backwards, from the other instrument ("Amended by"). */
  'relation.amends': 'Amends',
  'relation.amends.inverse': 'Amended by',
  'relation.extends': 'Extends',
  'relation.extends.inverse': 'Extended by',
  'relation.replaces': 'Replaces',
  'relation.replaces.inverse': 'Replaced by',
  'relation.implements': 'Implements',
  'relation.implements.inverse': 'Implemented by',
  'relation.part-of': 'Part of',
  'relation.part-of.inverse': 'Includes',
  'relation.follows': 'Follows',
  'relation.follows.inverse': 'Followed by',
  'relation.responds-to': 'Responds to',
  'relation.responds-to.inverse': 'Prompted',
  'relation.see-also': 'See also',
  'relation.see-also.inverse': 'See also',

  /** The relations through which another act's end ends this one's effect, as a verb: "the act it extends". */
  'relation.amends.verb': 'amends',
  'relation.extends.verb': 'extends',

  'jurisdiction.EU': 'European Union',
  'jurisdiction.INT': 'International',
  'jurisdiction.CoE': 'Council of Europe',
  'jurisdiction.UN': 'United Nations',
} as const;

/** Every key of the catalogue (plural forms and variants included). */
export type MessageKey = keyof typeof en;

/** Jurisdictions with a name of their own; a country code is named by `Intl.DisplayNames`. */
export type NamedJurisdiction = 'EU' | 'INT' | 'CoE' | 'UN';

/**
 * The words every value of the schema's vocabularies must have. `Checked` below fails the type
 * check when the English catalogue lacks one, and the other languages are checked against the
 * English keys, so a new stage (say) is a type error until every complete language names it.
 */
export type Vocabulary =
  | `stage.${Stage}`
  | `stage.${Stage}.help`
  | `confidence.${Confidence}`
  | `confidence.${Confidence}.help`
  | `actor.${Actor}`
  | `kind.${InstrumentKind}`
  | `track.${Track}`
  | `sourceKind.${SourceKind}`
  | `outcome.${Outcome}`
  | `relation.${RelationKind}`
  | `relation.${RelationKind}.inverse`
  | `jurisdiction.${NamedJurisdiction}`;

type HasEveryWord<T extends Record<Vocabulary, string>> = T;
/** A type error here means the English catalogue lacks the words for a value of a vocabulary. */
export type Checked = HasEveryWord<typeof en>;

type Plural = `_${Intl.LDMLPluralRule}`;
/** Keys with plural forms, by their bare key ("timeline.count"). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_other` ? Base : never;
}[MessageKey];
/** Keys that take a date, which a language may vary by its precision (`key_day`, `key_month`, `key_year`). */
export type DatedKey = {
  [K in MessageKey]: (typeof en)[K] extends `${string}{date}${string}` ? K : never;
}[MessageKey];

/** What `t()` accepts: every key, plural keys by their bare name. */
export type TKey = Exclude<MessageKey, `${PluralKey}${Plural}`> | PluralKey;

/** The keys a translation may have: English's, any plural form its language needs, and precision variants of dated keys. */
export type TranslationKey =
  MessageKey | `${PluralKey}${Plural}` | `${DatedKey}_${'day' | 'month' | 'year'}`;

/** A translation that may be partial: what it lacks falls back to English, key by key. */
export type Translation = Readonly<Partial<Record<TranslationKey, string>>>;

/** A complete translation: every English key (French and German must be complete). */
export type CompleteTranslation = Readonly<Record<MessageKey, string>> & Translation;
