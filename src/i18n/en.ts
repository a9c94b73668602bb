/**
 * English UI strings. Every word the site shows that is not content lives in a dictionary like
 * this one, so the site can be translated without touching components. The vocabularies are
 * keyed by the schema's enums, so a new stage or confidence level fails the type check until it
 * has a label and an explanation.
 */
import type { Actor, Confidence, InstrumentKind, Outcome, RelationKind, SourceKind, Stage, Track } from '../lib/schema.ts';

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
  readonly references: { readonly com: string; readonly celex: string; readonly procedure: string; readonly oj: string; readonly eli: string };
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
}

export const en: Dictionary = {
  site: {
    skipToContent: 'Skip to content',
    nav: { home: 'Home', timeline: 'Timeline', deadlines: 'Deadlines', status: 'Status', search: 'Search', data: 'Data', embed: 'Embed', about: 'About', label: 'Main' },
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
    votes: (f, a, ab) => `Vote: ${f} for, ${a} against${ab === undefined ? '' : `, ${ab} abstentions`}.`,
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
  references: { com: 'Commission document', celex: 'CELEX number', procedure: 'Procedure', oj: 'Official Journal', eli: 'European Legislation Identifier' },
  about: {
    title: 'About this tracker',
    description: 'What the campaign is, how entries are checked, and what the confidence levels and stages mean.',
    campaignHeading: 'The campaign',
    checkingHeading: 'How entries are checked',
    checking: [
      'Every milestone has at least one source a reader can open, and official sources (EUR-Lex, the Legislative Observatory, texts of Parliament, Council and Commission) come first.',
      'Every date is shown only as precisely as it is known: a year, a month or a day. Dates that were worked out by a rule say which rule; dates on which sources disagree show every version with its sources.',
      'Reports we could not confirm are labelled as unconfirmed. They never count towards a status or a countdown.',
      'Where a source, including the campaign’s own material, got something wrong, the entry shows what it said and what is right.',
      'Every entry is checked automatically before the site is built: impossible dates, unknown references, missing sources or malformed official references stop the build.',
    ],
    checkedUpTo: (date) => `Entries were last checked against their sources on ${date}. Anything that happened after that is not here yet.`,
    confidenceHeading: 'What the confidence labels mean',
    stagesHeading: 'What the stages mean',
    stagesIntro: 'A file’s stage is worked out from its milestones: the last stage it reached. It is never typed in by hand.',
    terminalHeading: 'Ends',
    correctionsHeading: 'Corrections',
    corrections: 'These entries correct a claim made by a source:',
    noCorrections: 'No corrections so far.',
    countsHeading: 'In numbers',
    counts: (instruments, milestones) => `${instruments} instruments, ${milestones} milestones.`,
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    tryThese: 'Try one of these instead:',
  },
  timeline: {
    title: 'Timeline',
    description: 'Every milestone of every instrument the campaign follows, in order, with its date, stage, confidence and a link to cite it.',
    lede: (milestones, instruments) => `Every milestone of the ${instruments} instruments we follow: ${milestones} in all, with what is scheduled after today.`,
    instrumentTitle: (shortTitle) => `Timeline: ${shortTitle}`,
    instrumentDescription: (shortTitle) => `Every milestone of the ${shortTitle}, in order, with its date, stage and confidence.`,
    instrumentLede: (milestones) => (milestones === 1 ? 'One milestone.' : `${milestones} milestones, with what is scheduled after today.`),
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
    yearTitle: (year) => `Timeline: ${year}`,
    yearDescription: (year) => `Every milestone of ${year}, in order, with its date, stage and confidence.`,
    yearLede: (milestones, year) => (milestones === 1 ? `One milestone in ${year}.` : `${milestones} milestones in ${year}.`),
    split: (total, year) => `With ${total} milestones, the timeline is shown one year at a time. This is ${year}; choose another year, or the timeline of one instrument, below.`,
    previousYear: 'Previous year',
    nextYear: 'Next year',
    wholeTimeline: 'The whole timeline',
    fullHistory: 'Full history with sources',
    noJsNote: 'Filters need JavaScript; without it, open the timeline of one instrument below.',
  },
  cite: {
    heading: 'Cite this milestone',
    intro: 'A plain-text citation you can copy. The link is permanent: it will not change when other entries are edited.',
    copy: 'Copy the citation',
    copied: 'Citation copied.',
    copyFailed: 'Could not copy automatically: the citation is selected, press Ctrl+C (or ⌘C) to copy it.',
    quote: (text) => `“${text}”`,
    reference: 'Reference',
    source: 'Source',
    confidence: 'Confidence',
    permalink: 'Permanent link',
    accessed: (date) => `Accessed ${date}.`,
  },
  milestonePage: {
    description: (title, instrument, date) => `${instrument}, ${date}: ${title}. With its sources, confidence and a citation.`,
    inHistory: (instrument) => `See it in the full history of the ${instrument}`,
    instrument: 'Instrument',
    date: 'Date',
    previous: 'Previous milestone',
    next: 'Next milestone',
    neighbours: 'Before and after',
  },
  search: {
    title: 'Search',
    description: 'Search every instrument and milestone by words in titles, notes and official references.',
    label: 'Search instruments and milestones',
    hint: 'Words from titles and notes, or a reference such as 2021/1232, COM(2022) 209 or 2022/0155(COD).',
    submit: 'Search',
    headerLabel: 'Search the site',
    noJs: 'Search runs in your browser and needs JavaScript. Without it, browse the timeline or an instrument’s page:',
    loading: 'Loading the search index…',
    unavailableDev: 'Search is not available in the development server until the site has been built: run `npm run build` once, and the development server then serves that build’s search index.',
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
    proposed: { label: 'Proposed', description: 'The Commission (or another initiator) has tabled a proposal.' },
    committee: { label: 'In committee', description: 'A parliamentary committee is examining the file.' },
    'ep-mandate': { label: 'Parliament position', description: "Parliament has agreed its position or negotiating mandate." },
    'council-mandate': { label: 'Council position', description: "Member states have agreed the Council's position (general approach or mandate)." },
    trilogue: { label: 'In trilogue', description: 'Parliament, Council and Commission are negotiating a common text.' },
    'provisional-agreement': { label: 'Provisional agreement', description: 'Negotiators have agreed a text; both institutions must still confirm it.' },
    'ep-first-reading': { label: 'Parliament adopted', description: 'Parliament has adopted its first-reading position.' },
    'council-first-reading': { label: 'Council first reading', description: 'The Council has adopted its first-reading position.' },
    adopted: { label: 'Adopted', description: 'The act has been formally adopted.' },
    signed: { label: 'Signed', description: 'The presidents of Parliament and Council have signed the act.' },
    published: { label: 'Published', description: 'The act has been published in the Official Journal.' },
    'in-force': { label: 'In force', description: 'The act has entered into force.' },
    applies: { label: 'Applies', description: 'The rules apply (for a directive: the transposition deadline has passed).' },
    'in-implementation': { label: 'Being implemented', description: 'The strategy is being carried out.' },
    reviewed: { label: 'Reviewed', description: 'The strategy has been evaluated or reviewed.' },
    withdrawn: { label: 'Withdrawn', description: 'The proposal has been withdrawn.' },
    rejected: { label: 'Rejected', description: 'A co-legislator has rejected the text.' },
    lapsed: { label: 'Lapsed', description: 'It ended without being renewed.' },
    expired: { label: 'Expired', description: 'Its period of application has ended.' },
    repealed: { label: 'Repealed', description: 'It has been repealed by a later act.' },
  },
  confidence: {
    official: { label: 'Official', description: 'Confirmed in an official source: EUR-Lex, the Legislative Observatory, or a text of Parliament, Council or Commission (or a verbatim copy of one).' },
    secondary: { label: 'Secondary source', description: 'Confirmed by reputable secondary sources (press agencies, law firms, think tanks, NGOs), not yet in an official text.' },
    derived: { label: 'Derived', description: 'Worked out from confirmed facts by a stated rule, such as "the third day after publication".' },
    disputed: { label: 'Disputed', description: 'Sources disagree. The date shown is the one we prefer; the others are listed with their sources.' },
    unverified: { label: 'Unconfirmed', description: 'Reported only by unofficial or low-reliability sources. Shown as a report, never as a fact, and never used for status or countdowns.' },
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
  kinds: { regulation: 'Regulation', directive: 'Directive', decision: 'Decision', strategy: 'Strategy', proposal: 'Proposal', other: 'Other' },
  tracks: { legislative: 'Legislative procedure', 'non-legislative': 'Non-legislative' },
  sourceKinds: { official: 'official', secondary: 'secondary', campaign: 'campaign' },
  outcomes: { met: 'Met', missed: 'Missed', extended: 'Extended', lapsed: 'Lapsed', superseded: 'Superseded' },
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
  jurisdictions: { EU: 'European Union', INT: 'International', CoE: 'Council of Europe', UN: 'United Nations' },
};
