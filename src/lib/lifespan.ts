/**
 * The lifespan chart's layout: the life of every instrument as spans of time, worked out from its
 * milestones and relations. Pure: no DOM, no clock ("now" is an argument), no pixels (the SVG
 * renderer, lifespan-svg.ts, maps instants to x with lifespan-scale.ts).
 *
 * ## Phases
 * A phase is a span of an instrument's life between two stage milestones: it opens at the
 * milestone whose stage starts it and closes at the first later milestone whose stage belongs to
 * a later phase (or ends the file). Milestones without a stage never open or close a phase; they
 * are ticks. Legislative track:
 *
 * | phase         | opened by                                                        | closed by                           |
 * |---------------|------------------------------------------------------------------|-------------------------------------|
 * | `preparation` | announced                                                        | any later phase, or an end          |
 * | `negotiation` | proposed, committee, ep-mandate, council-mandate, trilogue, provisional-agreement, ep-first-reading, council-first-reading, ep-second-reading | adopted or later, or an end |
 * | `pending`     | adopted, signed, published; in-force when an `applies` milestone comes later | applies (or in-force when nothing later applies), or an end |
 * | `application` | applies; in-force when no `applies` milestone comes at or after it | expired, lapsed, repealed (withdrawn, rejected) |
 *
 * Non-legislative track (a strategy): `preparation` from announced, `implementation` from
 * adopted (in-implementation and reviewed do not close it), until an end. A stage of an earlier
 * phase after a later one is only a tick (a file never goes back); a stage after an end reopens
 * the file (Parliament rejects, the Council carries on). Phases of no length are dropped. A
 * phase no milestone closes is ongoing: it runs to the chart's end.
 *
 * An instrument that `amends` or `extends` another lives inside it: its ongoing application ends
 * when the other one's application ends (the first extension stopped having any effect when the
 * Interim Regulation stopped applying), marked `endsWith`. An explicit end in its own milestones
 * always wins.
 *
 * ## Confirmed and reported
 * A phase resting on an unverified milestone is unconfirmed. When only its closing milestone is
 * unverified, it is confirmed up to its last confirmed milestone (`confirmedUntil`) and reported
 * after: the renderer draws the two parts differently, so a negotiation that certainly happened
 * is not hatched away because its end is only reported. Unverified milestones are drawn (as
 * reports), never counted as a status: this module is not a status.
 *
 * ## Dates
 * Phase boundaries sit at `milestoneInstant` (status.ts): a deadline at the end of its day, any
 * other milestone at the start of its date, in its time zone. A milestone known only to the month
 * or the year is a tick spanning that whole month or year (`start`–`end`), placed at its start
 * for phases and order, as the site orders it; a span (`endDate`) covers its days.
 *
 * ## Chains
 * Instruments linked by `amends`, `extends`, `replaces` or `follows` (either way) form a chain;
 * every other relation is only a link on the page. A chain's rows come in dependency order (an
 * instrument after the ones it names), then extensions and amendments before followers, followers
 * before replacements, then by first milestone: the Interim Regulation, its first and second
 * extensions, then the CSA Regulation meant to replace it. Chains are ordered by their earliest
 * milestone; instruments without milestones come last.
 *
 * ## Gaps
 * Within a chain, the application (or implementation) phases of all its rows are merged; a
 * hole between two of them is a gap, from the day after one stops applying to the day before the
 * next applies. After the last one ends, the gap stays open (to the chart's end) while anything
 * else in the chain is still under way or scheduled (a successor being negotiated); when nothing
 * is, the chain simply ended and there is no gap. A gap is unconfirmed when either end is.
 *
 * ## The chart's range
 * From the first of January of the earliest date shown, to the first of January after the later
 * of now and the last scheduled date, plus {@link END_MARGIN_MONTHS} months of room (so an ongoing
 * bar visibly runs on past today, and a reader some months after the build still finds today on
 * the chart). Years begin at midnight in the campaign's time zone.
 *
 * ## Many instruments
 * Measured with the benchmark's synthetic campaigns (scripts/quality/lifespan-measure.ts): 5, 50
 * and 500 instruments (50, 500 and 5,000 milestones) draw in 3, 17 and 142 KB gzipped (the wide
 * render; a page also ships the phone render, which compresses no better). 500 rows are a
 * picture about 21,000 px tall, and far over the 25 KB budget, so an overview shows at most
 * {@link OVERVIEW_PAGE_ROWS} rows a page: {@link pageLifespan} cuts between chains, never inside
 * one, and {@link sliceLifespan} takes each page out of the one layout on the same time axis.
 * Widgets and an instrument's track lay out the instruments of their chains only (src/data).
 */
import { addMonths } from 'date-fns/addMonths';
import { calendarDateIn, periodEndMs, periodStartMs, precisionOf, startOfDayMs } from './dates.ts';
import type { Precision } from './dates.ts';
import { milestoneInstantMs, type TimedMilestone } from './status.ts';
import {
  LEGISLATIVE_STAGES,
  TERMINAL_STAGES,
  trackOf,
  type Confidence,
  type InstrumentKind,
  type Outcome,
  type RelationKind,
  type Stage,
  type Track,
} from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Input: what the layout reads (the data layer's instruments and validateContent's both fit)

/** A milestone as the layout reads it: what its timing and status depend on, and its span, title and deadline. */
export interface LifespanMilestoneInput extends TimedMilestone {
  readonly endDate?: string | undefined;
  readonly title: string;
  readonly deadline?:
    | { readonly outcome?: Outcome | undefined; readonly supersededBy?: string | undefined }
    | undefined;
  readonly confidence: Confidence;
}

export interface LifespanInstrumentInput {
  readonly id: string;
  readonly shortTitle: string;
  readonly kind: InstrumentKind;
  readonly track?: Track | undefined;
  readonly related: readonly { readonly instrument: string; readonly relation: RelationKind }[];
  readonly tags?: readonly string[] | undefined;
  readonly milestones: readonly LifespanMilestoneInput[];
}

export interface LifespanOptions {
  /** The moment the chart is drawn for (the build). */
  readonly now: Date;
  /** The campaign's time zone: years start there; milestones without a zone are read there. */
  readonly zone: string;
  /** Only these instruments get rows (a page of the overview, an instrument's own track); chains, inherited ends and gaps are still worked out from all of them. */
  readonly only?: readonly string[] | undefined;
  /** A fixed time range instead of the computed one (to line up several charts). */
  readonly range?: { readonly start: number; readonly end: number } | undefined;
}

// ---------------------------------------------------------------------------------------------
// Output

export const PHASE_KINDS = [
  'preparation',
  'negotiation',
  'pending',
  'application',
  'implementation',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** Phases during which the instrument applies (or a strategy is being carried out): gaps are holes between them. */
export const APPLYING_KINDS: readonly PhaseKind[] = ['application', 'implementation'];

/** Relations that put two instruments in one chain. */
export const CHAIN_RELATIONS: readonly RelationKind[] = [
  'amends',
  'extends',
  'follows',
  'replaces',
];

/** Months of room after the later of now and the last scheduled date. */
export const END_MARGIN_MONTHS = 3;

/**
 * How a span's wording relates to now: ended (`past`), ends later (`until`), ongoing and started
 * (`since`), ongoing and not started yet (`from`).
 */
export type Tense = 'past' | 'until' | 'since' | 'from';

/** One end of a span: the milestone it rests on. */
export interface SpanEnd {
  readonly milestoneId: string;
  /** The date as written, at its precision. */
  readonly date: string;
  readonly precision: Precision;
  /** `milestoneInstant`: epoch milliseconds. */
  readonly at: number;
  readonly confidence: Confidence;
  /** The milestone is an unverified report. */
  readonly reported: boolean;
}

/** A stretch of time between two milestones, as the chart draws it: a phase, or a gap. */
export interface Span {
  readonly from: SpanEnd;
  /** The milestone that closes it; absent while it is ongoing. */
  readonly to?: SpanEnd | undefined;
  /** Epoch milliseconds where it is drawn from and to (`end` is the chart's end when ongoing). */
  readonly start: number;
  readonly end: number;
  /** Neither end is an unverified report. */
  readonly confirmed: boolean;
  readonly tense: Tense;
}

export interface Phase extends Span {
  readonly kind: PhaseKind;
  /** When only the closing milestone is reported: confirmed up to here (the last confirmed milestone within it, or its start). */
  readonly confirmedUntil?: number | undefined;
  /** The end of the file that closed it (withdrawn, rejected, lapsed, expired, repealed). */
  readonly closedBy?: Stage | undefined;
  /** The instrument (amended or extended) whose end of application closed it. */
  readonly endsWith?: string | undefined;
}

export interface Tick {
  readonly milestoneId: string;
  readonly title: string;
  readonly date: string;
  readonly endDate?: string | undefined;
  readonly precision: Precision;
  /** `milestoneInstant`. */
  readonly at: number;
  /** The period it covers: a day is a point (`start` = `end` = `at`); a month or a year, or a span with `endDate`, covers its days. */
  readonly start: number;
  readonly end: number;
  readonly stage?: Stage | undefined;
  readonly confidence: Confidence;
  readonly reported: boolean;
}

export interface DeadlineMark extends Tick {
  readonly outcome?: Outcome | undefined;
  readonly supersededBy?: string | undefined;
}

/** A chain link a row shows: "extends Interim Regulation". */
export interface ChainLink {
  readonly relation: RelationKind;
  readonly target: string;
}

export interface LifespanRow {
  readonly id: string;
  readonly shortTitle: string;
  readonly track: Track;
  readonly tags: readonly string[];
  /** The id of the chain's first row. */
  readonly chain: string;
  /** How it joins the chain (absent for the first row): the first of `links`. */
  readonly link?: ChainLink | undefined;
  /** Every chain relation it has to a row before it, the one to show first. */
  readonly links: readonly ChainLink[];
  /** In date order. */
  readonly phases: readonly Phase[];
  /** Milestones that are not deadlines, in date order. */
  readonly ticks: readonly Tick[];
  /** Deadlines, in date order. */
  readonly deadlines: readonly DeadlineMark[];
  /** The file ended there (its last stage is withdrawn, rejected, lapsed, expired or repealed). */
  readonly ended?: (SpanEnd & { readonly stage: Stage }) | undefined;
  /** Its earliest instant, absent when it has no milestones. */
  readonly first?: number | undefined;
}

/** A time when nothing in a chain applies: from one row's end of application to the next row's application. */
export interface Gap extends Span {
  readonly chain: string;
  /** The row whose end of application opened the gap (it is drawn on that row). */
  readonly row: string;
  /** The row whose application closes it; absent while it is open. */
  readonly next?: string | undefined;
  /** The first day nothing applies, "YYYY-MM-DD" in the campaign's zone. */
  readonly firstDay: string;
  /** The last day nothing applies; absent while open. */
  readonly lastDay?: string | undefined;
  /** Days without anything applying, both ends included; absent while open. */
  readonly days?: number | undefined;
}

export interface LifespanChain {
  readonly id: string;
  /** Row ids, in order. */
  readonly rows: readonly string[];
}

export interface LifespanLayout {
  readonly rows: readonly LifespanRow[];
  readonly chains: readonly LifespanChain[];
  readonly gaps: readonly Gap[];
  /** The time range drawn, epoch milliseconds. */
  readonly start: number;
  readonly end: number;
  /** The first of January of each year in the range (the last one is `end`). */
  readonly years: readonly { readonly year: number; readonly at: number }[];
  readonly now: number;
  readonly today: {
    readonly at: number;
    /** "YYYY-MM-DD" in the campaign's zone. */
    readonly date: string;
    readonly where: 'before' | 'inside' | 'after';
  };
  readonly zone: string;
}

// ---------------------------------------------------------------------------------------------
// Phases of one instrument

const RANK: Record<PhaseKind, number> = {
  preparation: 0,
  negotiation: 1,
  pending: 2,
  application: 3,
  implementation: 3,
};

/** The legislative track between two of its stages: [from, until). */
const trackSlice = (from: Stage, until: Stage): ReadonlySet<Stage> =>
  new Set(
    LEGISLATIVE_STAGES.slice(LEGISLATIVE_STAGES.indexOf(from), LEGISLATIVE_STAGES.indexOf(until)),
  );
/** From the proposal to the Council's first reading. */
const NEGOTIATION_STAGES = trackSlice('proposed', 'adopted');
/** Adopted, signed, published. */
const PENDING_STAGES = trackSlice('adopted', 'in-force');

/** The phase a stage starts (or belongs to), or 'end' for a terminal stage. */
function phaseOfStage(
  stage: Stage,
  track: Track,
  appliesLater: boolean,
): PhaseKind | 'end' | undefined {
  if (TERMINAL_STAGES.includes(stage)) return 'end';
  if (stage === 'announced') return 'preparation';
  if (track === 'non-legislative')
    return stage === 'adopted' ||
      stage === 'in-implementation' ||
      stage === 'reviewed' ||
      stage === 'applies'
      ? 'implementation'
      : 'preparation';
  if (NEGOTIATION_STAGES.has(stage)) return 'negotiation';
  if (PENDING_STAGES.has(stage)) return 'pending';
  if (stage === 'in-force') return appliesLater ? 'pending' : 'application';
  return 'application'; // applies (in-implementation and reviewed are not on this track)
}

interface Timed {
  readonly m: LifespanMilestoneInput;
  readonly at: number;
  readonly index: number;
}

const spanEnd = (x: Timed): SpanEnd => ({
  milestoneId: x.m.id,
  date: x.m.date,
  precision: precisionOf(x.m.date),
  at: x.at,
  confidence: x.m.confidence,
  reported: x.m.confidence === 'unverified',
});

/** A phase before the chart's end is known: `to` undefined means ongoing. */
interface DraftPhase {
  kind: PhaseKind;
  from: SpanEnd;
  to?: SpanEnd | undefined;
  closedBy?: Stage | undefined;
  endsWith?: string | undefined;
}

interface DraftRow {
  input: LifespanInstrumentInput;
  track: Track;
  timed: Timed[];
  phases: DraftPhase[];
  ticks: Tick[];
  deadlines: DeadlineMark[];
  ended?: (SpanEnd & { stage: Stage }) | undefined;
  first?: number | undefined;
  chain: string;
  links: ChainLink[];
}

function tickOf(x: Timed, zone: string): Tick {
  const m = x.m;
  const precision = precisionOf(m.date);
  const milestoneZone = m.timeZone ?? zone;
  const spans = precision !== 'day' || m.endDate !== undefined;
  return {
    milestoneId: m.id,
    title: m.title,
    date: m.date,
    ...(m.endDate !== undefined ? { endDate: m.endDate } : {}),
    precision,
    at: x.at,
    start: spans ? periodStartMs(m.date, milestoneZone) : x.at,
    end: spans ? periodEndMs(m.endDate ?? m.date, milestoneZone) : x.at,
    ...(m.stage !== undefined ? { stage: m.stage } : {}),
    confidence: m.confidence,
    reported: m.confidence === 'unverified',
  };
}

function draftRow(input: LifespanInstrumentInput, zone: string): DraftRow {
  const track = trackOf(input);
  const timed = input.milestones
    .map((m, index) => ({ m, at: milestoneInstantMs(m, zone), index }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const phases: DraftPhase[] = [];
  let open: DraftPhase | undefined;
  let ended: (SpanEnd & { stage: Stage }) | undefined;
  const close = (x: Timed, closedBy?: Stage): void => {
    if (!open) return;
    // A phase of no length is only a transition: drop it.
    if (x.at > open.from.at)
      phases.push({ ...open, to: spanEnd(x), ...(closedBy ? { closedBy } : {}) });
    open = undefined;
  };
  for (const x of timed) {
    const stage = x.m.stage;
    if (stage === undefined) continue;
    const appliesLater =
      stage === 'in-force' && timed.some((y) => y.m.stage === 'applies' && y.at >= x.at);
    const kind = phaseOfStage(stage, track, appliesLater);
    if (kind === undefined) continue;
    if (kind === 'end') {
      close(x, stage);
      ended = { ...spanEnd(x), stage };
      continue;
    }
    if (open && RANK[kind] <= RANK[open.kind]) continue; // same phase, or a step back: a tick
    close(x);
    open = { kind, from: spanEnd(x) };
    ended = undefined;
  }
  if (open) phases.push(open);
  const ticks = timed.filter((x) => !x.m.deadline).map((x) => tickOf(x, zone));
  const deadlines = timed
    .filter((x) => x.m.deadline)
    .map((x): DeadlineMark => ({
      ...tickOf(x, zone),
      ...(x.m.deadline?.outcome ? { outcome: x.m.deadline.outcome } : {}),
      ...(x.m.deadline?.supersededBy ? { supersededBy: x.m.deadline.supersededBy } : {}),
    }));
  const starts = [...ticks, ...deadlines].map((t) => t.start);
  return {
    input,
    track,
    timed,
    phases,
    ticks,
    deadlines,
    ended,
    first: starts.length ? Math.min(...starts) : undefined,
    chain: input.id,
    links: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Chains

const LINK_RANK: Partial<Record<RelationKind, number>> = {
  extends: 0,
  amends: 0,
  follows: 1,
  replaces: 2,
};

/**
 * Groups rows into chains and orders them: each chain in dependency order, chains by their
 * earliest milestone. Sets each row's `chain` and `link`.
 */
function orderChains(rows: DraftRow[]): DraftRow[][] {
  const byId = new Map(rows.map((r) => [r.input.id, r]));
  // Union-find over chain relations, both ways.
  const parent = new Map(rows.map((r) => [r.input.id, r.input.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const links = new Map<string, { relation: RelationKind; target: string }[]>();
  for (const r of rows) {
    const own = r.input.related.filter(
      (rel) =>
        CHAIN_RELATIONS.includes(rel.relation) &&
        rel.instrument !== r.input.id &&
        byId.has(rel.instrument),
    );
    links.set(
      r.input.id,
      own.map((rel) => ({ relation: rel.relation, target: rel.instrument })),
    );
    for (const rel of own) parent.set(find(r.input.id), find(rel.instrument));
  }
  const groups = new Map<string, DraftRow[]>();
  for (const r of rows) {
    const root = find(r.input.id);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  const firstOf = (r: DraftRow): number => r.first ?? Number.POSITIVE_INFINITY;
  // A row that names no other comes first; then extensions and amendments, followers, replacements.
  const rankOf = (r: DraftRow): number => {
    const own = links.get(r.input.id) ?? [];
    return own.length ? Math.min(...own.map((l) => LINK_RANK[l.relation] ?? 3)) : -1;
  };
  const compare = (a: DraftRow, b: DraftRow): number =>
    rankOf(a) - rankOf(b) ||
    firstOf(a) - firstOf(b) ||
    a.input.shortTitle.localeCompare(b.input.shortTitle) ||
    a.input.id.localeCompare(b.input.id);

  const chains = [...groups.values()].map((members) => {
    const placed: DraftRow[] = [];
    const done = new Set<string>();
    let remaining = [...members];
    while (remaining.length) {
      const ready = remaining.filter((r) =>
        (links.get(r.input.id) ?? []).every((l) => done.has(l.target)),
      );
      // A circle of relations has no first member: take the best of what is left.
      const pick = (ready.length ? ready : remaining).sort(compare)[0];
      if (!pick) break;
      placed.push(pick);
      done.add(pick.input.id);
      remaining = remaining.filter((r) => r !== pick);
    }
    const head = placed[0]?.input.id ?? '';
    const position = new Map(placed.map((r, i) => [r.input.id, i]));
    for (const r of placed) {
      r.chain = head;
      r.links = (links.get(r.input.id) ?? [])
        .filter((l) => (position.get(l.target) ?? 0) < (position.get(r.input.id) ?? 0))
        .sort(
          (a, b) =>
            (LINK_RANK[a.relation] ?? 3) - (LINK_RANK[b.relation] ?? 3) ||
            (position.get(a.target) ?? 0) - (position.get(b.target) ?? 0),
        )
        .map((l) => ({ relation: l.relation, target: l.target }));
    }
    return placed;
  });
  const earliest = (chain: DraftRow[]): number => Math.min(...chain.map(firstOf));
  return chains.sort(
    (a, b) =>
      earliest(a) - earliest(b) ||
      (a[0]?.input.shortTitle ?? '').localeCompare(b[0]?.input.shortTitle ?? ''),
  );
}

/** An amending or extending instrument's ongoing application ends with the amended one's. */
function inheritEnds(chain: readonly DraftRow[], byId: ReadonlyMap<string, DraftRow>): void {
  for (const row of chain) {
    const last = row.phases.at(-1);
    if (!last || last.to || !APPLYING_KINDS.includes(last.kind)) continue;
    for (const rel of row.input.related) {
      if (rel.relation !== 'amends' && rel.relation !== 'extends') continue;
      const target = byId.get(rel.instrument);
      const ends = target?.phases
        .filter((p) => APPLYING_KINDS.includes(p.kind) && p.to && p.to.at > last.from.at)
        .at(-1);
      if (!ends?.to) continue;
      last.to = ends.to;
      last.endsWith = rel.instrument;
      break;
    }
  }
}

/** A row's links to rows that are shown, and the one to draw. */
function visibleLinks(
  links: readonly ChainLink[],
  shown: (id: string) => boolean,
): { links: ChainLink[]; link?: ChainLink } {
  const visible = links.filter((l) => shown(l.target));
  const first = visible[0];
  return first ? { links: visible, link: first } : { links: visible };
}

// ---------------------------------------------------------------------------------------------
// Gaps

interface DraftGap {
  chain: string;
  row: string;
  next?: string | undefined;
  from: SpanEnd;
  to?: SpanEnd | undefined;
  firstDay: string;
  lastDay?: string | undefined;
  days?: number | undefined;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS;
};

function chainGaps(chain: readonly DraftRow[], zone: string): DraftGap[] {
  const applying = chain
    .flatMap((row) =>
      row.phases
        .filter((p) => APPLYING_KINDS.includes(p.kind))
        .map((p) => ({ row: row.input.id, phase: p })),
    )
    .sort(
      (a, b) =>
        a.phase.from.at - b.phase.from.at ||
        chain.findIndex((r) => r.input.id === a.row) - chain.findIndex((r) => r.input.id === b.row),
    );
  const gaps: DraftGap[] = [];
  const head = chain[0]?.input.id ?? '';
  let current = applying[0];
  if (!current) return gaps;
  const endOf = (p: DraftPhase): number => p.to?.at ?? Number.POSITIVE_INFINITY;
  for (const next of applying.slice(1)) {
    const end = endOf(current.phase);
    const to = current.phase.to;
    if (to && next.phase.from.at > end) {
      const firstDay = calendarDateIn(end + 1, zone);
      const lastDay = calendarDateIn(next.phase.from.at - 1, zone);
      if (lastDay >= firstDay)
        gaps.push({
          chain: head,
          row: current.row,
          next: next.row,
          from: to,
          to: next.phase.from,
          firstDay,
          lastDay,
          days: dayNumber(lastDay) - dayNumber(firstDay) + 1,
        });
      current = next;
    } else if (endOf(next.phase) > end) current = next;
  }
  const last = current;
  const to = last.phase.to;
  if (to) {
    // Open only while something else in the chain is still under way or scheduled after it.
    const pending = chain.some((row) =>
      row.phases.some((p) => p !== last.phase && (p.to === undefined || p.to.at > to.at)),
    );
    if (pending)
      gaps.push({
        chain: head,
        row: last.row,
        from: to,
        firstDay: calendarDateIn(to.at + 1, zone),
      });
  }
  return gaps;
}

// ---------------------------------------------------------------------------------------------
// The whole chart

const startOfYearIn = (year: number, zone: string): number =>
  startOfDayMs(`${String(year).padStart(4, '0')}-01-01`, zone);
const yearIn = (at: number, zone: string): number => Number(calendarDateIn(at, zone).slice(0, 4));

function tenseOf(start: number, end: number | undefined, now: number): Tense {
  if (end !== undefined) return end <= now ? 'past' : 'until';
  return start <= now ? 'since' : 'from';
}

function finishPhase(p: DraftPhase, row: DraftRow, chartEnd: number, now: number): Phase {
  const start = p.from.at;
  const end = p.to?.at ?? chartEnd;
  const confirmed = !p.from.reported && !p.to?.reported;
  let confirmedUntil: number | undefined;
  if (!p.from.reported && p.to?.reported) {
    const within = row.timed.filter(
      (x) => x.m.confidence !== 'unverified' && x.at >= start && x.at < end,
    );
    confirmedUntil = Math.max(start, ...within.map((x) => x.at));
  }
  return {
    kind: p.kind,
    from: p.from,
    ...(p.to ? { to: p.to } : {}),
    start,
    end,
    confirmed,
    ...(confirmedUntil !== undefined ? { confirmedUntil } : {}),
    ...(p.closedBy ? { closedBy: p.closedBy } : {}),
    ...(p.endsWith ? { endsWith: p.endsWith } : {}),
    tense: tenseOf(start, p.to?.at, now),
  };
}

/**
 * Lays out the lifespan chart: one row per instrument in chain order, each with its phases,
 * ticks and deadlines, the gaps of each chain, the time range and the today line.
 * @example layoutLifespan(instruments, { now: new Date('2026-12-01T12:00:00Z'), zone: 'Europe/Brussels' }).rows.map((r) => r.id)
 * // ['csa-directive-2011', 'csa-directive-recast', 'eecc', 'eu-strategy-2020', 'interim-regulation', 'interim-extension-2024', …]
 */
export function layoutLifespan(
  instruments: readonly LifespanInstrumentInput[],
  options: LifespanOptions,
): LifespanLayout {
  const { zone } = options;
  const now = options.now.getTime();
  const drafts = instruments.map((i) => draftRow(i, zone));
  const byId = new Map(drafts.map((r) => [r.input.id, r]));
  const chains = orderChains(drafts);
  for (const chain of chains) inheritEnds(chain, byId);
  const gaps = chains.flatMap((chain) => chainGaps(chain, zone));

  const only = options.only ? new Set(options.only) : undefined;
  const shown = chains.map((chain) => chain.filter((r) => !only || only.has(r.input.id)));
  const rows = shown.flat();
  const shownGaps = gaps.filter((g) => !only || only.has(g.row));

  let start: number;
  let end: number;
  if (options.range) ({ start, end } = options.range);
  else {
    const starts = rows.flatMap((r) => [
      ...r.phases.map((p) => p.from.at),
      ...r.ticks.map((t) => t.start),
      ...r.deadlines.map((d) => d.start),
    ]);
    const ends = rows.flatMap((r) => [
      ...r.phases.flatMap((p) => (p.to ? [p.to.at] : [])),
      ...r.ticks.map((t) => t.end),
      ...r.deadlines.map((d) => d.end),
    ]);
    for (const g of shownGaps) if (g.to) ends.push(g.to.at);
    const first = starts.length ? Math.min(...starts) : now;
    const last = Math.max(now, ...ends);
    start = startOfYearIn(yearIn(first, zone), zone);
    end = startOfYearIn(yearIn(addMonths(last, END_MARGIN_MONTHS).getTime(), zone) + 1, zone);
  }
  const years: { year: number; at: number }[] = [];
  for (let y = yearIn(start, zone); ; y++) {
    const at = startOfYearIn(y, zone);
    if (at > end) break;
    if (at >= start) years.push({ year: y, at });
  }

  const outRows: LifespanRow[] = rows.map((r) => ({
    id: r.input.id,
    shortTitle: r.input.shortTitle,
    track: r.track,
    tags: r.input.tags ?? [],
    chain: r.chain,
    ...visibleLinks(r.links, (id) => !only || only.has(id)),
    phases: r.phases.map((p) => finishPhase(p, r, end, now)),
    ticks: r.ticks,
    deadlines: r.deadlines,
    ...(r.ended ? { ended: r.ended } : {}),
    ...(r.first !== undefined ? { first: r.first } : {}),
  }));
  const outGaps: Gap[] = shownGaps.map((g) => {
    const gapStart = g.from.at;
    const gapEnd = g.to?.at ?? end;
    return {
      ...g,
      start: gapStart,
      end: gapEnd,
      confirmed: !g.from.reported && !g.to?.reported,
      tense: tenseOf(gapStart, g.to?.at, now),
    };
  });
  return {
    rows: outRows,
    chains: shown
      .filter((c) => c.length > 0)
      .map((c) => ({ id: c[0]?.chain ?? '', rows: c.map((r) => r.input.id) })),
    gaps: outGaps,
    start,
    end,
    years,
    now,
    today: {
      at: now,
      date: calendarDateIn(now, zone),
      where: now < start ? 'before' : now > end ? 'after' : 'inside',
    },
    zone,
  };
}

/**
 * Rows an overview page shows at most. Measured on the synthetic campaign of 5,000 milestones
 * (500 instruments), wide and phone renders together as a page ships them, gzipped, the heaviest
 * page in French: 22.6 KB at 30 rows (17 pages), 28.1 KB at 40, 34.4 KB at 50; so 30 keeps every
 * page within the chart's 25 KB budget. (The whole overview is 142 KB wide and 21,000 px tall.)
 */
export const OVERVIEW_PAGE_ROWS = 30;

/**
 * Splits the rows into pages of at most about `size` rows without cutting a chain (a chain
 * longer than `size` gets a page of its own), for an overview of hundreds of instruments.
 * Returns the instrument ids of each page, for {@link sliceLifespan}.
 */
export function pageLifespan(layout: LifespanLayout, size: number): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  for (const chain of layout.chains) {
    if (page.length > 0 && page.length + chain.rows.length > size) {
      pages.push(page);
      page = [];
    }
    page.push(...chain.rows);
  }
  if (page.length) pages.push(page);
  return pages;
}

/**
 * The part of a layout that shows these instruments: their rows, chains and gaps, on the same
 * time axis as the whole (so pages of an overview line up). Nothing is worked out again.
 */
export function sliceLifespan(layout: LifespanLayout, ids: readonly string[]): LifespanLayout {
  const keep = new Set(ids);
  return {
    ...layout,
    rows: layout.rows
      .filter((r) => keep.has(r.id))
      // Only links to rows on the page are drawn.
      .map((r) => ({ ...r, link: undefined, ...visibleLinks(r.links, (id) => keep.has(id)) })),
    chains: layout.chains
      .map((c) => ({ ...c, rows: c.rows.filter((id) => keep.has(id)) }))
      .filter((c) => c.rows.length > 0),
    gaps: layout.gaps.filter((g) => keep.has(g.row)),
  };
}
