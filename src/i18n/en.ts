/**
 * English UI strings. Every word the site shows that is not content lives in a dictionary like
 * this one, so the site can be translated without touching components. The vocabularies are
 * keyed by the schema's enums, so a new stage or confidence level fails the type check until it
 * has a label and an explanation.
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
import type { CalendarText } from '../lib/calendar.ts';
import type { FeedText } from '../lib/feed.ts';

interface Described {
  readonly label: string;
  readonly description: string;
}

export interface Dictionary {
  readonly site: {
    readonly skipToContent: string;
    readonly nav: {
      readonly home: string;
      readonly timeline: string;
      readonly deadlines: string;
      readonly status: string;
      readonly search: string;
      readonly data: string;
      readonly embed: string;
      readonly about: string;
      readonly label: string;
    };
    readonly footerChecked: (date: string) => string;
    readonly footerBy: (organisation: string) => string;
    readonly dataLicence: string;
    readonly reportMistake: string;
    readonly asOf: (date: string) => string;
  };
  readonly home: {
    readonly title: string;
    readonly instrumentsHeading: string;
    readonly latestHeading: string;
    readonly nextDeadlineHeading: string;
    readonly noDeadline: string;
    readonly noInstruments: string;
    readonly noMilestones: string;
    readonly due: string;
    readonly allDeadlines: string;
    readonly allStatuses: string;
  };
  readonly instrument: {
    readonly references: string;
    readonly status: string;
    readonly since: (date: string) => string;
    readonly noStage: string;
    readonly next: (title: string, date: string) => string;
    readonly noNext: string;
    readonly stalled: string;
    readonly finished: string;
    readonly terminal: string;
    readonly history: string;
    readonly noMilestonesYet: string;
    readonly track: string;
    readonly trackReached: string;
    readonly trackCurrent: string;
    readonly related: string;
    readonly explainer: string;
    readonly sources: string;
    readonly actor: string;
    readonly stage: string;
    readonly confidence: string;
    readonly derivedBy: (rule: string) => string;
    readonly otherDates: string;
    readonly votes: (f: number, a: number, ab?: number) => string;
    readonly correction: string;
    readonly claimed: (source: string) => string;
    readonly correct: string;
    readonly deadline: string;
    readonly outcome: string;
    readonly supersededBy: string;
    readonly scheduled: string;
    readonly permalink: string;
    readonly reference: string;
    readonly campaignWords: string;
    readonly unverifiedReport: string;
    readonly onEurLex: string;
    readonly onOeil: string;
    readonly kind: string;
    readonly jurisdiction: string;
    readonly milestoneCount: (n: number) => string;
    readonly until: string;
    readonly noLink: string;
  };
  readonly references: {
    readonly com: string;
    readonly celex: string;
    readonly procedure: string;
    readonly oj: string;
    readonly eli: string;
  };
  readonly about: {
    readonly title: string;
    readonly description: string;
    readonly campaignHeading: string;
    readonly checkingHeading: string;
    readonly checking: readonly string[];
    readonly checkedUpTo: (date: string) => string;
    readonly confidenceHeading: string;
    readonly stagesHeading: string;
    readonly stagesIntro: string;
    readonly terminalHeading: string;
    readonly correctionsHeading: string;
    readonly corrections: string;
    readonly noCorrections: string;
    readonly countsHeading: string;
    readonly counts: (instruments: number, milestones: number) => string;
  };
  readonly notFound: { readonly title: string; readonly body: string; readonly tryThese: string };
  readonly embed: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly privacy: string;
    readonly builderHeading: string;
    readonly widgetLegend: string;
    readonly widgets: {
      readonly countdown: Described;
      readonly status: Described;
      readonly timeline: Described;
    };
    readonly subjectLegend: string;
    readonly deadline: string;
    readonly nextDeadline: string;
    readonly upcoming: string;
    readonly past: string;
    readonly instrument: string;
    readonly scope: string;
    readonly everything: string;
    readonly instruments: string;
    readonly topics: string;
    readonly optionsLegend: string;
    readonly theme: string;
    readonly themes: { readonly auto: string; readonly light: string; readonly dark: string };
    readonly language: string;
    readonly limit: string;
    readonly limitHelp: string;
    readonly compact: string;
    readonly compactHelp: string;
    readonly preview: string;
    readonly previewHelp: string;
    readonly loaderHeading: string;
    readonly loaderHelp: string;
    readonly iframeHeading: string;
    readonly iframeHelp: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly examplesHeading: string;
    readonly examplesIntro: string;
    readonly noScript: string;
    readonly referenceHeading: string;
    readonly referenceIntro: string;
    readonly addresses: string;
    readonly optionNames: string;
    readonly optionsReference: readonly (readonly [name: string, meaning: string])[];
  };
  /** Countdowns and due dates; `{duration}` and `{date}` are placeholders filled in by code. */
  readonly countdown: {
    /** Within 48 hours of a deadline: "in 30 hours, 12 minutes". */
    readonly exactFuture: string;
    readonly exactPast: string;
    readonly endOfDay: string;
    /** "Brussels time", from the city of an IANA zone. */
    readonly zoneTime: (city: string) => string;
    /** "3 April 2028, end of day, Brussels time". */
    readonly dueAt: (date: string, when: string, zone: string) => string;
    readonly yourTime: string;
    /** The sentence that dates every countdown and status on a page; {date} is the build's date, or the reader's once the script runs. */
    readonly asOf: string;
    readonly due: string;
    readonly fellDue: string;
  };
  readonly deadlines: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly upcomingHeading: string;
    readonly noneUpcoming: string;
    readonly latestWas: string;
    readonly reportsHeading: string;
    readonly reportsIntro: string;
    readonly pastHeading: string;
    readonly noPast: string;
    readonly outcomePending: string;
    readonly chain: string;
    readonly thisDeadline: string;
    readonly source: string;
    readonly replaced: (n: number) => string;
  };
  readonly status: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly tableCaption: string;
    readonly instrument: string;
    readonly stage: string;
    readonly since: string;
    readonly next: string;
    readonly flags: string;
    readonly tracksHeading: string;
    readonly legend: string;
    readonly legendReached: string;
    readonly legendCurrent: string;
    readonly legendEnded: string;
    readonly legendStalled: string;
    readonly nothing: string;
    readonly ended: string;
    readonly stalled: string;
    readonly finished: string;
    readonly inProgress: string;
  };
  readonly timeline: {
    readonly title: string;
    readonly description: string;
    readonly lede: (milestones: number, instruments: number) => string;
    readonly instrumentTitle: (shortTitle: string) => string;
    readonly instrumentDescription: (shortTitle: string) => string;
    readonly instrumentLede: (milestones: number) => string;
    readonly filtersHeading: string;
    readonly instrument: string;
    readonly stage: string;
    readonly actor: string;
    readonly tag: string;
    readonly from: string;
    readonly to: string;
    readonly confidence: string;
    readonly deadlinesOnly: string;
    readonly order: string;
    readonly oldestFirst: string;
    readonly newestFirst: string;
    readonly any: string;
    readonly clear: string;
    readonly empty: string;
    /** For the browser, which fills in {shown} and {total}. */
    readonly showing: string;
    readonly count: (n: number) => string;
    readonly today: string;
    readonly jumpToToday: string;
    readonly years: string;
    readonly byInstrument: string;
    readonly byYear: string;
    readonly yearNav: string;
    readonly yearNavEnd: string;
    readonly apply: string;
    readonly yearTitle: (year: number) => string;
    readonly yearDescription: (year: number) => string;
    readonly yearLede: (milestones: number, year: number) => string;
    readonly split: (total: number, year: number) => string;
    readonly previousYear: string;
    readonly nextYear: string;
    readonly wholeTimeline: string;
    readonly fullHistory: string;
    readonly noJsNote: string;
  };
  readonly cite: {
    readonly heading: string;
    readonly intro: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly quote: (text: string) => string;
    readonly reference: string;
    readonly source: string;
    readonly confidence: string;
    readonly permalink: string;
    readonly accessed: (date: string) => string;
  };
  readonly milestonePage: {
    readonly description: (title: string, instrument: string, date: string) => string;
    readonly inHistory: (instrument: string) => string;
    readonly instrument: string;
    readonly date: string;
    readonly previous: string;
    readonly next: string;
    readonly neighbours: string;
  };
  readonly search: {
    readonly title: string;
    readonly description: string;
    readonly label: string;
    readonly hint: string;
    readonly submit: string;
    readonly headerLabel: string;
    readonly noJs: string;
    readonly loading: string;
    readonly unavailableDev: string;
    readonly unavailable: string;
    readonly prompt: string;
    /** Plural forms (Intl.PluralRules categories, `other` required) for the browser, which fills in {n}. */
    readonly results: Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };
    readonly noResults: string;
    readonly more: string;
    readonly facetsHeading: string;
    readonly any: string;
    readonly instrument: string;
    readonly stage: string;
    readonly year: string;
    readonly confidence: string;
    readonly instrumentResult: string;
    readonly clear: string;
  };
  readonly stages: Record<Stage, Described>;
  readonly confidence: Record<Confidence, Described>;
  readonly actors: Record<Actor, string>;
  readonly kinds: Record<InstrumentKind, string>;
  readonly tracks: Record<Track, string>;
  readonly sourceKinds: Record<SourceKind, string>;
  readonly outcomes: Record<Outcome, string>;
  /** Relations read forwards ("Amends") and backwards, from the other instrument ("Amended by"). */
  readonly relations: Record<RelationKind, { readonly forward: string; readonly inverse: string }>;
  readonly jurisdictions: Record<'EU' | 'INT' | 'CoE' | 'UN', string>;
  /** Calendar entries (the vocabularies come from `confidence`, `outcomes` and `stages`). */
  readonly calendar: Omit<CalendarText, 'confidenceLabels' | 'outcomes' | 'stages'>;
  /** The "Subscribe" links to a calendar. */
  readonly subscribe: {
    readonly heading: string;
    readonly explain: string;
    readonly webcal: string;
    readonly https: string;
    readonly copyHint: string;
    readonly contents: string;
    readonly count: (n: number) => string;
  };
  /** The RSS feed (the vocabularies come from `confidence` and `stages`). */
  readonly feed: Omit<FeedText, 'confidenceLabels' | 'stages'>;
  /** Link previews and alternate versions in the page head. */
  readonly meta: {
    readonly imageAlt: (campaign: string, organisation: string) => string;
    readonly feedTitle: (campaign: string) => string;
    readonly calendarTitle: (campaign: string) => string;
    readonly instrumentCalendarTitle: (instrument: string) => string;
  };
  /** The /data/ page. */
  readonly data: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly licenceHeading: string;
    readonly licence: string;
    readonly credit: (organisation: string, campaign: string, url: string) => string;
    readonly filesHeading: string;
    readonly fileColumns: {
      readonly file: string;
      readonly format: string;
      readonly contents: string;
    };
    readonly files: {
      readonly milestonesJson: (n: number) => string;
      readonly milestonesCsv: (n: number) => string;
      readonly instrumentsJson: (n: number) => string;
      readonly schemas: string;
      readonly calendar: string;
      readonly instrumentCalendars: string;
      readonly feed: string;
    };
    readonly formats: {
      readonly json: string;
      readonly csv: string;
      readonly jsonSchema: string;
      readonly ics: string;
      readonly rss: string;
    };
    readonly stabilityHeading: string;
    readonly stability: (version: string) => readonly string[];
    readonly csvNote: string;
    readonly calendarsHeading: string;
    readonly calendarRules: readonly string[];
    readonly feedHeading: string;
    readonly feedText: (limit: number) => string;
    readonly fieldsHeading: string;
    readonly fieldsIntro: string;
    readonly fieldColumns: {
      readonly field: string;
      readonly type: string;
      readonly meaning: string;
    };
    readonly required: string;
    readonly oneOf: (values: string) => string;
    readonly listOf: (type: string) => string;
    readonly types: Readonly<
      Record<'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null', string>
    >;
    readonly milestonesFields: string;
    readonly instrumentsFields: string;
    readonly csvFields: string;
    readonly column: string;
  };
}

export const en: Dictionary = {
  site: {
    skipToContent: 'Skip to content',
    nav: {
      home: 'Home',
      timeline: 'Timeline',
      deadlines: 'Deadlines',
      status: 'Status',
      search: 'Search',
      data: 'Data',
      embed: 'Embed',
      about: 'About',
      label: 'Main',
    },
    footerChecked: (date) => `Entries checked against their sources up to ${date}.`,
    footerBy: (organisation) => `A campaign of ${organisation}.`,
    dataLicence: 'Data licence',
    reportMistake: 'Report a mistake',
    asOf: (date) => `as of ${date}`,
  },
  home: {
    title: 'Overview',
    instrumentsHeading: 'What we follow',
    latestHeading: 'Latest milestones',
    nextDeadlineHeading: 'Next deadline',
    noDeadline: 'No deadline is coming up.',
    noInstruments: 'No instruments yet. Add one in content/instruments/ (see the README).',
    noMilestones: 'No milestones yet.',
    due: 'due',
    allDeadlines: 'All deadlines',
    allStatuses: 'Where each file stands',
  },
  instrument: {
    references: 'Official references',
    status: 'Where it stands',
    since: (date) => `since ${date}`,
    noStage: 'No stage recorded yet.',
    next: (title, date) => `Next: ${title}, ${date}`,
    noNext: 'Nothing scheduled.',
    stalled: 'Stalled: nothing has happened for nine months or more.',
    finished: 'Finished',
    terminal: 'Ended',
    history: 'History',
    noMilestonesYet: 'No milestones recorded yet.',
    track: 'Progress',
    trackReached: 'reached',
    trackCurrent: 'current stage',
    related: 'Related instruments',
    explainer: 'What it is',
    sources: 'Sources',
    actor: 'By',
    stage: 'Stage',
    confidence: 'Confidence',
    derivedBy: (rule) => `Worked out by the rule: ${rule}.`,
    otherDates: 'Other dates given',
    votes: (f, a, ab) =>
      `Vote: ${f} for, ${a} against${ab === undefined ? '' : `, ${ab} abstentions`}.`,
    correction: 'Correction',
    claimed: (source) => `${source} said:`,
    correct: 'What is right:',
    deadline: 'Deadline',
    outcome: 'Outcome',
    supersededBy: 'Replaced by',
    scheduled: 'Scheduled',
    permalink: 'Link to this milestone',
    reference: 'Reference',
    campaignWords: "The campaign's own words",
    unverifiedReport: 'Unconfirmed report',
    onEurLex: 'on EUR-Lex',
    onOeil: 'in the Legislative Observatory',
    kind: 'Kind',
    jurisdiction: 'Jurisdiction',
    milestoneCount: (n) => (n === 1 ? '1 milestone' : `${n} milestones`),
    until: 'to',
    noLink: 'not linked',
  },
  references: {
    com: 'Commission document',
    celex: 'CELEX number',
    procedure: 'Procedure',
    oj: 'Official Journal',
    eli: 'European Legislation Identifier',
  },
  about: {
    title: 'About this tracker',
    description:
      'What the campaign is, how entries are checked, and what the confidence levels and stages mean.',
    campaignHeading: 'The campaign',
    checkingHeading: 'How entries are checked',
    checking: [
      'Every milestone has at least one source a reader can open, and official sources (EUR-Lex, the Legislative Observatory, texts of Parliament, Council and Commission) come first.',
      'Every date is shown only as precisely as it is known: a year, a month or a day. Dates that were worked out by a rule say which rule; dates on which sources disagree show every version with its sources.',
      'Reports we could not confirm are labelled as unconfirmed. They never count towards a status or a countdown.',
      'Where a source, including the campaign’s own material, got something wrong, the entry shows what it said and what is right.',
      'Every entry is checked automatically before the site is built: impossible dates, unknown references, missing sources or malformed official references stop the build.',
    ],
    checkedUpTo: (date) =>
      `Entries were last checked against their sources on ${date}. Anything that happened after that is not here yet.`,
    confidenceHeading: 'What the confidence labels mean',
    stagesHeading: 'What the stages mean',
    stagesIntro:
      'A file’s stage is worked out from its milestones: the last stage it reached. It is never typed in by hand.',
    terminalHeading: 'Ends',
    correctionsHeading: 'Corrections',
    corrections: 'These entries correct a claim made by a source:',
    noCorrections: 'No corrections so far.',
    countsHeading: 'In numbers',
    counts: (instruments, milestones) => `${instruments} instruments, ${milestones} milestones.`,
  },
  countdown: {
    exactFuture: 'in {duration}',
    exactPast: '{duration} ago',
    endOfDay: 'end of day',
    zoneTime: (city) => `${city} time`,
    dueAt: (date, when, zone) => `${date}, ${when}, ${zone}`,
    yourTime: 'Your time:',
    asOf: 'Days left and statuses as of {date}.',
    due: 'Due',
    fellDue: 'Fell due',
  },
  deadlines: {
    title: 'Deadlines',
    description:
      'Upcoming deadlines with the days left, and past deadlines with what became of them and what replaced them.',
    intro:
      'Each deadline falls due at the end of its day in its own time zone, unless it has a time. Days left are counted in that time zone.',
    upcomingHeading: 'Coming up',
    noneUpcoming: 'No confirmed deadline is coming up.',
    latestWas: 'The latest one was:',
    reportsHeading: 'Unconfirmed reports',
    reportsIntro:
      'These dates come only from unofficial reports. They are not confirmed, so they never count as the next deadline.',
    pastHeading: 'Past deadlines',
    noPast: 'No deadline has passed yet.',
    outcomePending: 'not recorded yet',
    chain: 'What replaced what',
    thisDeadline: 'this deadline',
    source: 'Source',
    replaced: (n) => (n === 1 ? 'Replaced an earlier deadline' : `Replaced ${n} earlier deadlines`),
  },
  status: {
    title: 'Where each file stands',
    description:
      'Every instrument the campaign follows, with the stage it has reached, since when, the next step, and whether it has stalled or ended.',
    intro:
      'A stage is worked out from the milestones: the last one reached. A file with no milestone for nine months that is not finished is flagged as stalled.',
    tableCaption: 'Status of every instrument',
    instrument: 'Instrument',
    stage: 'Stage',
    since: 'Since',
    next: 'Next step',
    flags: 'Notes',
    tracksHeading: 'Progress of each file',
    legend: 'How to read the tracks:',
    legendReached: '✓ stage reached',
    legendCurrent: 'outlined: current stage',
    legendEnded: '■ ended',
    legendStalled: '‖ stalled',
    nothing: 'Nothing scheduled',
    ended: 'Ended',
    stalled: 'Stalled',
    finished: 'Procedure finished',
    inProgress: 'In progress',
  },
  embed: {
    title: 'Embed the tracker',
    description:
      'Put a deadline countdown, a status card or a slice of the timeline on your own website by pasting one snippet.',
    intro:
      'Show a deadline countdown, where a file stands, or the latest milestones on your own pages. Pick a widget below, check the preview, and paste the snippet into your website (in WordPress: a “Custom HTML” block). Widgets keep themselves up to date, fit their height to their content, and speak English, French and German.',
    privacy:
      'Widgets do not track your visitors: no cookies, no storage, no requests to anyone but this site, and no advertising. They work with a keyboard and a screen reader, and weigh a few kilobytes.',
    builderHeading: 'Make a widget',
    widgetLegend: 'Widget',
    widgets: {
      countdown: {
        label: 'Countdown',
        description: 'Days left until a deadline, in your reader’s time zone.',
      },
      status: {
        label: 'Status card',
        description: 'Where one file stands: its stage, since when, and what comes next.',
      },
      timeline: {
        label: 'Timeline slice',
        description: 'The latest milestones of one file, one topic, or everything.',
      },
    },
    subjectLegend: 'What it shows',
    deadline: 'Deadline',
    nextDeadline: 'The next deadline (moves on by itself)',
    upcoming: 'Upcoming',
    past: 'Past (the widget says it has passed)',
    instrument: 'File',
    scope: 'Milestones of',
    everything: 'Everything the campaign follows',
    instruments: 'One file',
    topics: 'One topic',
    optionsLegend: 'Options',
    theme: 'Colours',
    themes: { auto: 'Follow the reader’s system (light or dark)', light: 'Light', dark: 'Dark' },
    language: 'Language',
    limit: 'Number of milestones',
    limitHelp: 'From 1 to 20; the newest first.',
    compact: 'Compact',
    compactHelp: 'Leave out the summary and explanations.',
    preview: 'Preview',
    previewHelp: 'This is the widget as your visitors will see it.',
    loaderHeading: 'Snippet with automatic height (recommended)',
    loaderHelp:
      'The widget fits its height to its content. Paste both lines; for several widgets on one page, repeat the first line and paste the second once. Where scripts are removed, your visitors see a link instead.',
    iframeHeading: 'Plain iframe snippet',
    iframeHelp:
      'For sites that allow iframes but no scripts. The height is fixed (it is the preview’s height), so leave some room. The link after it shows where iframes are removed.',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
    examplesHeading: 'Ready-made snippets',
    examplesIntro: 'Each of these works as it is.',
    noScript:
      'The widget maker needs JavaScript. These snippets work as they are, and the reference below lists every address and option.',
    referenceHeading: 'Addresses and options',
    referenceIntro:
      'These addresses and options are a public contract: once published they keep working. Options go in the address of an iframe (?lang=fr&theme=dark) or as data- attributes on a placeholder (data-lang="fr"). Values that are not listed are ignored.',
    addresses: 'Widget addresses',
    optionNames: 'Options',
    optionsReference: [
      ['theme', 'auto (follow the reader’s system, the default), light or dark'],
      [
        'lang',
        'en, fr or de: the language of dates and fixed words (the content stays in its own language)',
      ],
      ['limit', 'timeline slices only: how many milestones, 1 to 20 (default 5)'],
      ['compact', '1 for the essentials only, 0 (the default) for everything'],
    ],
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    tryThese: 'Try one of these instead:',
  },
  timeline: {
    title: 'Timeline',
    description:
      'Every milestone of every instrument the campaign follows, in order, with its date, stage, confidence and a link to cite it.',
    lede: (milestones, instruments) =>
      `Every milestone of the ${instruments} instruments we follow: ${milestones} in all, with what is scheduled after today.`,
    instrumentTitle: (shortTitle) => `Timeline: ${shortTitle}`,
    instrumentDescription: (shortTitle) =>
      `Every milestone of the ${shortTitle}, in order, with its date, stage and confidence.`,
    instrumentLede: (milestones) =>
      milestones === 1
        ? 'One milestone.'
        : `${milestones} milestones, with what is scheduled after today.`,
    filtersHeading: 'Filter the timeline',
    instrument: 'Instrument',
    stage: 'Stage reached',
    actor: 'Who acted',
    tag: 'Topic',
    from: 'From year',
    to: 'To year',
    confidence: 'Confidence',
    deadlinesOnly: 'Deadlines only',
    order: 'Order',
    oldestFirst: 'Oldest first',
    newestFirst: 'Newest first',
    any: 'Any',
    clear: 'Clear the filters',
    empty: 'No milestone matches these filters.',
    showing: 'Showing {shown} of {total} milestones.',
    count: (n) => (n === 1 ? '1 milestone.' : `${n} milestones.`),
    today: 'Today',
    jumpToToday: 'Jump to today',
    years: 'Years',
    byInstrument: 'One instrument at a time',
    byYear: 'One year at a time',
    yearNav: 'Previous and next year',
    yearNavEnd: 'Previous and next year, after the list',
    apply: 'Apply filters',
    yearTitle: (year) => `Timeline: ${year}`,
    yearDescription: (year) =>
      `Every milestone of ${year}, in order, with its date, stage and confidence.`,
    yearLede: (milestones, year) =>
      milestones === 1 ? `One milestone in ${year}.` : `${milestones} milestones in ${year}.`,
    split: (total, year) =>
      `With ${total} milestones, the timeline is shown one year at a time. This is ${year}; choose another year, or the timeline of one instrument, below.`,
    previousYear: 'Previous year',
    nextYear: 'Next year',
    wholeTimeline: 'The whole timeline',
    fullHistory: 'Full history with sources',
    noJsNote: 'Filters need JavaScript; without it, open the timeline of one instrument below.',
  },
  cite: {
    heading: 'Cite this milestone',
    intro:
      'A plain-text citation you can copy. The link is permanent: it will not change when other entries are edited.',
    copy: 'Copy the citation',
    copied: 'Citation copied.',
    copyFailed:
      'Could not copy automatically: the citation is selected, press Ctrl+C (or ⌘C) to copy it.',
    quote: (text) => `“${text}”`,
    reference: 'Reference',
    source: 'Source',
    confidence: 'Confidence',
    permalink: 'Permanent link',
    accessed: (date) => `Accessed ${date}.`,
  },
  milestonePage: {
    description: (title, instrument, date) =>
      `${instrument}, ${date}: ${title}. With its sources, confidence and a citation.`,
    inHistory: (instrument) => `See it in the full history of the ${instrument}`,
    instrument: 'Instrument',
    date: 'Date',
    previous: 'Previous milestone',
    next: 'Next milestone',
    neighbours: 'Before and after',
  },
  search: {
    title: 'Search',
    description:
      'Search every instrument and milestone by words in titles, notes and official references.',
    label: 'Search instruments and milestones',
    hint: 'Words from titles and notes, or a reference such as 2021/1232, COM(2022) 209 or 2022/0155(COD).',
    submit: 'Search',
    headerLabel: 'Search the site',
    noJs: 'Search runs in your browser and needs JavaScript. Without it, browse the timeline or an instrument’s page:',
    loading: 'Loading the search index…',
    unavailableDev:
      'Search is not available in the development server until the site has been built: run `npm run build` once, and the development server then serves that build’s search index.',
    unavailable: 'Search could not be loaded. Try again later, or browse the timeline.',
    prompt: 'Type a word or a reference to search, or choose a filter.',
    results: { one: '{n} result.', other: '{n} results.' },
    noResults: 'Nothing found. Try fewer or other words, or clear the filters.',
    more: 'Show more results',
    facetsHeading: 'Narrow the results',
    any: 'Any',
    instrument: 'Instrument',
    stage: 'Stage',
    year: 'Year',
    confidence: 'Confidence',
    instrumentResult: 'Instrument',
    clear: 'Clear the filters',
  },
  stages: {
    announced: { label: 'Announced', description: 'Announced, but no formal text yet.' },
    proposed: {
      label: 'Proposed',
      description: 'The Commission (or another initiator) has tabled a proposal.',
    },
    committee: {
      label: 'In committee',
      description: 'A parliamentary committee is examining the file.',
    },
    'ep-mandate': {
      label: 'Parliament position',
      description: 'Parliament has agreed its position or negotiating mandate.',
    },
    'council-mandate': {
      label: 'Council position',
      description:
        "Member states have agreed the Council's position (general approach or mandate).",
    },
    trilogue: {
      label: 'In trilogue',
      description: 'Parliament, Council and Commission are negotiating a common text.',
    },
    'provisional-agreement': {
      label: 'Provisional agreement',
      description: 'Negotiators have agreed a text; both institutions must still confirm it.',
    },
    'ep-first-reading': {
      label: 'Parliament adopted',
      description: 'Parliament has adopted its first-reading position.',
    },
    'council-first-reading': {
      label: 'Council first reading',
      description: 'The Council has adopted its first-reading position.',
    },
    adopted: { label: 'Adopted', description: 'The act has been formally adopted.' },
    signed: {
      label: 'Signed',
      description: 'The presidents of Parliament and Council have signed the act.',
    },
    published: {
      label: 'Published',
      description: 'The act has been published in the Official Journal.',
    },
    'in-force': { label: 'In force', description: 'The act has entered into force.' },
    applies: {
      label: 'Applies',
      description: 'The rules apply (for a directive: the transposition deadline has passed).',
    },
    'in-implementation': {
      label: 'Being implemented',
      description: 'The strategy is being carried out.',
    },
    reviewed: { label: 'Reviewed', description: 'The strategy has been evaluated or reviewed.' },
    withdrawn: { label: 'Withdrawn', description: 'The proposal has been withdrawn.' },
    rejected: { label: 'Rejected', description: 'A co-legislator has rejected the text.' },
    lapsed: { label: 'Lapsed', description: 'It ended without being renewed.' },
    expired: { label: 'Expired', description: 'Its period of application has ended.' },
    repealed: { label: 'Repealed', description: 'It has been repealed by a later act.' },
  },
  confidence: {
    official: {
      label: 'Official',
      description:
        'Confirmed in an official source: EUR-Lex, the Legislative Observatory, or a text of Parliament, Council or Commission (or a verbatim copy of one).',
    },
    secondary: {
      label: 'Secondary source',
      description:
        'Confirmed by reputable secondary sources (press agencies, law firms, think tanks, NGOs), not yet in an official text.',
    },
    derived: {
      label: 'Derived',
      description:
        'Worked out from confirmed facts by a stated rule, such as "the third day after publication".',
    },
    disputed: {
      label: 'Disputed',
      description:
        'Sources disagree. The date shown is the one we prefer; the others are listed with their sources.',
    },
    unverified: {
      label: 'Unconfirmed',
      description:
        'Reported only by unofficial or low-reliability sources. Shown as a report, never as a fact, and never used for status or countdowns.',
    },
  },
  actors: {
    commission: 'European Commission',
    parliament: 'European Parliament',
    council: 'Council of the EU',
    'co-legislators': 'Parliament and Council',
    presidency: 'Council presidency',
    'member-states': 'Member states',
    court: 'Court',
    government: 'Government',
    agency: 'Agency',
    campaign: 'The campaign',
    'civil-society': 'Civil society',
    industry: 'Industry',
    other: 'Other',
  },
  kinds: {
    regulation: 'Regulation',
    directive: 'Directive',
    decision: 'Decision',
    strategy: 'Strategy',
    proposal: 'Proposal',
    other: 'Other',
  },
  tracks: { legislative: 'Legislative procedure', 'non-legislative': 'Non-legislative' },
  sourceKinds: { official: 'official', secondary: 'secondary', campaign: 'campaign' },
  outcomes: {
    met: 'Met',
    missed: 'Missed',
    extended: 'Extended',
    lapsed: 'Lapsed',
    superseded: 'Superseded',
  },
  relations: {
    amends: { forward: 'Amends', inverse: 'Amended by' },
    extends: { forward: 'Extends', inverse: 'Extended by' },
    replaces: { forward: 'Replaces', inverse: 'Replaced by' },
    implements: { forward: 'Implements', inverse: 'Implemented by' },
    'part-of': { forward: 'Part of', inverse: 'Includes' },
    follows: { forward: 'Follows', inverse: 'Followed by' },
    'responds-to': { forward: 'Responds to', inverse: 'Prompted' },
    'see-also': { forward: 'See also', inverse: 'See also' },
  },
  jurisdictions: {
    EU: 'European Union',
    INT: 'International',
    CoE: 'Council of Europe',
    UN: 'United Nations',
  },
  calendar: {
    calendarName: (campaign) => `${campaign}: deadlines and scheduled steps`,
    calendarDescription: (campaign, organisation) =>
      `Deadlines and scheduled steps tracked by ${campaign} (${organisation}). Updated every day.`,
    instrumentCalendarName: (campaign, instrument) => `${campaign}: ${instrument}`,
    instrumentCalendarDescription: (instrument, campaign) =>
      `${instrument}: deadlines and scheduled steps, tracked by ${campaign}. Updated every day.`,
    summary: (instrument, title) => `${instrument}: ${title}`,
    deadlineSummary: (instrument, title) => `Deadline – ${instrument}: ${title}`,
    disputedSuffix: ' (date disputed)',
    deadline: 'Deadline',
    scheduled: 'Scheduled',
    outcome: (outcome) => `outcome: ${outcome}`,
    dueAt: (time, zone) => `Due at ${time}, ${zone} time.`,
    confidence: (label, description) => `${label}: ${description}`,
    otherDates: (dates) => `Other dates given: ${dates}.`,
    source: (title, publisher, url) => `Source: ${title} (${publisher})${url ? ` ${url}` : ''}`,
    replacedBy: (title, url) => `Replaced by: ${title} ${url}`,
    readMore: (url) => `Details and every source: ${url}`,
  },
  subscribe: {
    heading: 'Follow these dates in your calendar',
    explain:
      'Subscribing puts these dates in the calendar app you already use (on your phone, Outlook, Google or Apple Calendar) and keeps them up to date by itself.',
    webcal: 'Subscribe in your calendar app',
    https: 'Calendar address',
    copyHint:
      'If the link does not open your calendar app, add a calendar “from URL” with this address (Google Calendar: Other calendars › From URL; Outlook: Add calendar › Subscribe from web):',
    contents:
      'It holds every deadline, past and future, and every step scheduled for a known day. Unconfirmed reports are left out.',
    count: (n) =>
      n === 0
        ? 'Nothing is in it yet: new dates will reach your calendar when they are added.'
        : n === 1
          ? 'It holds 1 date at the moment.'
          : `It holds ${n} dates at the moment.`,
  },
  feed: {
    title: (campaign) => `${campaign}: latest milestones`,
    description: (campaign, organisation) =>
      `The latest milestones and corrections tracked by ${campaign} (${organisation}), newest first.`,
    item: (instrument, title) => `${instrument}: ${title}`,
    unverifiedItem: (instrument, title) => `Unconfirmed report – ${instrument}: ${title}`,
    correctionItem: (instrument, title) => `Correction – ${instrument}: ${title}`,
    correction: 'Correction',
    deadline: 'Deadline',
    dated: (date) => `Date: ${date}`,
    confidence: (label) => `Confidence: ${label}`,
    claimed: (source) => `${source} said:`,
    correct: 'What is right:',
    source: 'Source:',
    readMore: 'Details and every source',
  },
  meta: {
    imageAlt: (campaign, organisation) => `${campaign}, a campaign of ${organisation}`,
    feedTitle: (campaign) => `${campaign}: latest milestones (RSS)`,
    calendarTitle: (campaign) => `${campaign}: deadlines (calendar)`,
    instrumentCalendarTitle: (instrument) => `${instrument}: deadlines (calendar)`,
  },
  data: {
    title: 'Open data',
    description:
      'Every instrument and milestone as JSON and CSV, calendars to subscribe to and a news feed, with every field explained and the licence.',
    intro:
      'Everything this site shows is also published as data: every instrument and every dated milestone, with its sources and how sure we are of it. Use it in your own research, tools and reporting. The files are rebuilt with the site every day.',
    licenceHeading: 'Licence and credit',
    licence: 'The data is published under this licence:',
    credit: (organisation, campaign, url) =>
      `Please credit “${organisation}, ${campaign}” and link to ${url}.`,
    filesHeading: 'Files',
    fileColumns: { file: 'File', format: 'Format', contents: 'What it holds' },
    files: {
      milestonesJson: (n) => `Every milestone (${n}), with all its fields.`,
      milestonesCsv: (n) => `Every milestone (${n}), one row each, for spreadsheets.`,
      instrumentsJson: (n) =>
        `Every instrument (${n}): titles, official references, relations and tags.`,
      schemas: 'The shape of each JSON file, for validation and code generation.',
      calendar: 'Deadlines and scheduled steps of every instrument, to subscribe to.',
      instrumentCalendars:
        'The same for one instrument: replace <id> with its id (the address of its page).',
      feed: 'The latest milestones and corrections, newest first.',
    },
    formats: {
      json: 'JSON',
      csv: 'CSV (RFC 4180)',
      jsonSchema: 'JSON Schema 2020-12',
      ics: 'iCalendar (RFC 5545)',
      rss: 'RSS 2.0',
    },
    stabilityHeading: 'Identifiers, dates and versions',
    stability: (version) => [
      `Each JSON file names the version of its shape in schemaVersion (now ${version}). A new field raises the minor number; a change that could break your code (a field removed or renamed, or a new meaning) raises the major number.`,
      'Instrument ids and milestone ids never change once published. A milestone’s key, “instrument id#milestone id”, is unique across the site; permalinks, calendar entries and feed items are built from it.',
      'Dates are written at the precision known: “2021”, “2021-07” or “2021-07-30”, and precision says which. Do not read “2021-07” as 1 July.',
      'The files hold the content as checked, not a day-by-day view: they stay the same, byte for byte, until the content changes.',
    ],
    csvNote:
      'The CSV file is UTF-8 without a byte-order mark, separated by commas, with a header row; a field holding a comma, a quote or a line break is in double quotes, and every line ends with CRLF. In Excel, open it with Data › From Text/CSV and choose UTF-8.',
    calendarsHeading: 'Calendars',
    calendarRules: [
      'Every deadline stays in the calendars, past and future, with its outcome once known: subscribers keep what they saw.',
      'Other milestones are in them while they are scheduled, until the end of their day. After that they leave the calendars and stay in the history on this site.',
      'Only dates known to the day: a step expected “in June 2026” is not pinned to a day it may not fall on.',
      'Unconfirmed reports are left out, because an entry in your calendar reads as a fact. They appear once confirmed.',
      'Each event keeps the same identifier across rebuilds, so your calendar app updates it instead of adding a copy.',
    ],
    feedHeading: 'News feed',
    feedText: (limit) =>
      `The feed lists the ${limit} most recent milestones and corrections, newest first, each dated by the milestone it concerns. Every item links to the milestone on this site and keeps its identifier when it is updated. Unconfirmed reports are labelled as such.`,
    fieldsHeading: 'Fields',
    fieldsIntro:
      'Every field of every file. A field not marked “required” is left out when it has no value (in the CSV file: an empty cell).',
    fieldColumns: { field: 'Field', type: 'Type', meaning: 'Meaning' },
    required: 'required',
    oneOf: (values) => `one of: ${values}`,
    listOf: (type) => `list of ${type}`,
    types: {
      string: 'text',
      number: 'number',
      integer: 'whole number',
      boolean: 'true or false',
      object: 'fields (below)',
      array: 'list',
      null: 'nothing',
    },
    milestonesFields: 'Fields of milestones.json',
    instrumentsFields: 'Fields of instruments.json',
    csvFields: 'Columns of milestones.csv, in order',
    column: 'Column',
  },
};
