/**
 * What changed in the record between two versions of an instrument file, as structured changes,
 * and the plain sentences that describe them.
 *
 * - Milestones are matched by `id`, never by position: reordering them is no change.
 * - Values are compared as the site reads them, not as they are written: quoting, key order,
 *   YAML style and runs of white space (line wrapping included) make no change. An unquoted
 *   date, which YAML turns into a Date, equals the same date in quotes.
 * - Sources are matched by `url`, or by `title` when they have none; alternatives by date; tags
 *   and related instruments as sets.
 * - Anything that differs and has no change of its own is still reported, as "details changed"
 *   with the names of its fields: nothing is silently dropped.
 * - The file's stage ("Stage of the file now: trilogue") is derived by the status code's rule
 *   (`deriveStatus`: confirmed milestones only, by `milestoneInstant`) for both versions **at the
 *   moment of the commit**, so it reports what the edit itself changed, not what the passing of
 *   time did.
 *
 * Confidence has an order, so a change can say "raised" or "lowered":
 * unverified < disputed < derived = secondary < official. `derived` (worked out by a stated rule
 * from confirmed facts) and `secondary` (reputable secondary sources) are different kinds of
 * certainty, neither above the other: a move between them is "changed".
 *
 * Pure: no clock, no I/O; words come from the caller's translator `t`.
 */
import { load as loadYaml } from 'js-yaml';
import { FRONTMATTER_RE } from './content-source.ts';
import { explainInvalidDate, formatPartialDate, isValidTimeZone, type Precision } from './dates.ts';
import { countsForStatus, milestoneInstantMs, type TimedMilestone } from './status.ts';
import { CONFIDENCES, STAGES, type Confidence, type Stage } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** The rank of each confidence level: a higher rank is more certain. Equal ranks are neither above the other. */
export const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = {
  unverified: 0,
  disputed: 1,
  derived: 2,
  secondary: 2,
  official: 3,
};

/** Every kind of change, instrument-wide first, then those of one milestone. */
export const CHANGE_KINDS = [
  'instrument-added',
  'instrument-removed',
  'instrument-renamed',
  'instrument-title-changed',
  'summary-revised',
  'reference-added',
  'reference-changed',
  'reference-removed',
  'related-added',
  'related-changed',
  'related-removed',
  'tag-added',
  'tag-removed',
  'instrument-details-changed',
  'explainer-revised',
  'translations-revised',
  'stage-now',
  'milestone-added',
  'milestone-removed',
  'date-changed',
  'timing-changed',
  'milestone-title-changed',
  'note-revised',
  'confidence-changed',
  'source-added',
  'source-changed',
  'source-removed',
  'correction-added',
  'correction-changed',
  'correction-removed',
  'deadline-added',
  'deadline-removed',
  'outcome-set',
  'outcome-changed',
  'outcome-removed',
  'milestone-stage-changed',
  'milestone-details-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Which way a confidence moved. */
export const CONFIDENCE_DIRECTIONS = ['raised', 'lowered', 'same'] as const;
export type ConfidenceDirection = (typeof CONFIDENCE_DIRECTIONS)[number];

/** A source as a change names it. */
export interface SourceRef {
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
}

/**
 * One change. Which fields are set depends on the kind:
 * - `milestone`, `milestoneTitle`: the milestone it concerns (every milestone kind);
 * - `from`, `to`: the value before and after, as written (dates "2026-07-01", ids, stages,
 *   confidence levels, outcomes, references, titles); one of them is absent when a value was
 *   added or removed;
 * - `field`: which field, where a kind covers several (`instrument-title-changed`: title or
 *   shortTitle; `timing-changed`: endDate, time or timeZone; `reference-*`: com, celex, …;
 *   `related-*`: the other instrument's id is in `from`/`to`, and `field` is the relation);
 * - `fromPrecision`, `toPrecision`, `refined`: for `date-changed`;
 * - `direction`: for `confidence-changed`;
 * - `source`: for `source-*`;
 * - `fields`: for `*-details-changed`, the names of the fields that differ; for
 *   `translations-revised`, the languages ("fr", "de") whose translations changed anywhere in
 *   the file (the instrument's or a milestone's: one change per file, since a translation
 *   changes no fact of the record).
 */
export interface Change {
  readonly kind: ChangeKind;
  readonly milestone?: string;
  readonly milestoneTitle?: string;
  readonly field?: string;
  readonly from?: string;
  readonly to?: string;
  readonly fromPrecision?: Precision;
  readonly toPrecision?: Precision;
  /** A date made more precise within the period it had ("July 2026" to "2 July 2026"). */
  readonly refined?: boolean;
  readonly direction?: ConfidenceDirection;
  readonly source?: SourceRef;
  readonly fields?: readonly string[];
}

/** The kinds that correct what a reader may already have relied on: the site feed carries these. */
export const HEADLINE_KINDS: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'date-changed',
  'timing-changed',
  'confidence-changed',
  'milestone-removed',
  'outcome-set',
  'outcome-changed',
  'outcome-removed',
]);

// ---------------------------------------------------------------------------------------------
// Versions

/** One version of an instrument file, parsed the way Astro parses it (js-yaml frontmatter). */
export interface Version {
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string;
}

/**
 * Parses a version of an instrument file, or returns `undefined` when it has no frontmatter or
 * its YAML does not parse (such a version never built, so history skips over it).
 */
export function parseVersion(text: string): Version | undefined {
  const match = FRONTMATTER_RE.exec(text);
  if (!match || match[1] === undefined) return undefined;
  try {
    const data: unknown = loadYaml(match[1]);
    if (!isRecord(data)) return undefined;
    return { data, body: text.slice(match.index + match[0].length) };
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A YAML timestamp as the date or instant it was written as. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return 'Invalid Date';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A scalar as text, white space collapsed: what a reader sees. */
function scalarText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

/**
 * The comparable form of a value: scalars as trimmed text, objects with sorted keys and without
 * empty values, lists in their order (callers pass lists whose order matters not as sets).
 */
function normal(v: unknown): unknown {
  const s = scalarText(v);
  if (s !== undefined) return s;
  if (Array.isArray(v)) return v.map(normal);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) {
      const value = normal(v[key]);
      if (value !== undefined && value !== '') out[key] = value;
    }
    return out;
  }
  return undefined;
}

const key = (v: unknown): string => JSON.stringify(normal(v)) ?? '';
/** The parsed value as it is: equal for the same text, the common case between two versions. */
const raw = new WeakMap<object, string>();
function rawKey(v: Record<string, unknown>): string {
  let k = raw.get(v);
  if (k === undefined) raw.set(v, (k = JSON.stringify(v)));
  return k;
}
/** Whether two values read the same. */
const same = (a: unknown, b: unknown): boolean => key(a) === key(b);
/** A list whose order does not matter, as a sorted list of its items' keys. */
const asSet = (v: unknown): string[] => list(v).map(key).sort();

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const text = (v: unknown): string | undefined => {
  const s = scalarText(v);
  return s === '' ? undefined : s;
};

/** Drops undefined fields, so a change holds only what it says. */
function change(kind: ChangeKind, fields: { [K in keyof Change]?: Change[K] | undefined }): Change {
  const out: Record<string, unknown> = { kind };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out as unknown as Change;
}

function precisionOfText(value: string | undefined): Precision | undefined {
  if (value === undefined || explainInvalidDate(value) !== undefined) return undefined;
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

// ---------------------------------------------------------------------------------------------
// Milestones

const byIdCache = new WeakMap<Version, Map<string, Record<string, unknown>>>();

/** Milestones by id, in file order. Items without an id cannot be matched, and are skipped. */
function milestonesById(v: Version | undefined): Map<string, Record<string, unknown>> {
  if (!v) return new Map();
  const cached = byIdCache.get(v);
  if (cached) return cached;
  const out = new Map<string, Record<string, unknown>>();
  byIdCache.set(v, out);
  for (const item of list(v?.data['milestones'])) {
    const id = text(record(item)['id']);
    if (id !== undefined && !out.has(id)) out.set(id, record(item));
  }
  return out;
}

/** A source's identity: its url, else its title. */
const sourceKey = (s: Record<string, unknown>): string =>
  text(s['url']) !== undefined ? `url:${text(s['url'])}` : `title:${text(s['title']) ?? ''}`;

function sourceRef(s: Record<string, unknown>): SourceRef {
  const title = text(s['title']) ?? text(s['url']) ?? '';
  const publisher = text(s['publisher']);
  const url = text(s['url']);
  return { title, ...(publisher ? { publisher } : {}), ...(url ? { url } : {}) };
}

/** The fields of a milestone that have a change of their own; anything else is a "detail". */
const MILESTONE_FIELDS = new Set([
  'translations',
  'id',
  'date',
  'endDate',
  'time',
  'timeZone',
  'title',
  'note',
  'confidence',
  'sources',
  'correction',
  'deadline',
  'stage',
]);
/** Fields compared as sets. */
const SET_FIELDS = new Set(['tags', 'alternatives', 'related']);

function detailFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  handled: ReadonlySet<string>,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => !handled.has(name))
    .filter((name) =>
      SET_FIELDS.has(name)
        ? key(asSet(before[name])) !== key(asSet(after[name]))
        : !same(before[name], after[name]),
    )
    .sort();
}

function diffMilestone(
  id: string,
  b: Record<string, unknown>,
  a: Record<string, unknown>,
): Change[] {
  const out: Change[] = [];
  const title = text(a['title']) ?? id;
  const on = (kind: ChangeKind, fields: Parameters<typeof change>[1] = {}): void => {
    out.push(change(kind, { milestone: id, milestoneTitle: title, ...fields }));
  };
  const value = (m: Record<string, unknown>, field: string): string | undefined => text(m[field]);

  if (!same(b['date'], a['date'])) {
    const from = value(b, 'date');
    const to = value(a, 'date');
    const fromPrecision = precisionOfText(from);
    const toPrecision = precisionOfText(to);
    const refined =
      from !== undefined &&
      to !== undefined &&
      fromPrecision !== undefined &&
      toPrecision !== undefined &&
      to.length > from.length &&
      to.startsWith(from);
    on('date-changed', { from, to, fromPrecision, toPrecision, ...(refined ? { refined } : {}) });
  }
  for (const field of ['endDate', 'time', 'timeZone'])
    if (!same(b[field], a[field]))
      on('timing-changed', { field, from: value(b, field), to: value(a, field) });
  if (!same(b['title'], a['title']))
    on('milestone-title-changed', { from: value(b, 'title'), to: title });
  if (!same(b['note'], a['note']))
    on('note-revised', { from: value(b, 'note'), to: value(a, 'note') });

  const cb = value(b, 'confidence');
  const ca = value(a, 'confidence');
  if (cb !== ca) {
    const rank = (c: string | undefined): number | undefined =>
      c !== undefined && (CONFIDENCES as readonly string[]).includes(c)
        ? CONFIDENCE_RANK[c as Confidence]
        : undefined;
    const rb = rank(cb);
    const ra = rank(ca);
    const direction: ConfidenceDirection =
      rb === undefined || ra === undefined || ra === rb ? 'same' : ra > rb ? 'raised' : 'lowered';
    on('confidence-changed', { from: cb, to: ca, direction });
  }

  // Sources, matched by url (else title); a source that stays but reads differently is "revised".
  const sourcesOf = (m: Record<string, unknown>): Map<string, Record<string, unknown>> => {
    const map = new Map<string, Record<string, unknown>>();
    for (const s of list(m['sources']))
      if (!map.has(sourceKey(record(s)))) map.set(sourceKey(record(s)), record(s));
    return map;
  };
  const sb = sourcesOf(b);
  const sa = sourcesOf(a);
  for (const [k, s] of sa) {
    const old = sb.get(k);
    if (!old) on('source-added', { source: sourceRef(s) });
    else if (!same(old, s)) on('source-changed', { source: sourceRef(s) });
  }
  for (const [k, s] of sb) if (!sa.has(k)) on('source-removed', { source: sourceRef(s) });

  const hasCorrection = (m: Record<string, unknown>): boolean => isRecord(m['correction']);
  if (!hasCorrection(b) && hasCorrection(a)) on('correction-added');
  else if (hasCorrection(b) && !hasCorrection(a)) on('correction-removed');
  else if (!same(b['correction'], a['correction'])) on('correction-changed');

  const db =
    b['deadline'] === undefined || b['deadline'] === null ? undefined : record(b['deadline']);
  const da =
    a['deadline'] === undefined || a['deadline'] === null ? undefined : record(a['deadline']);
  if (!db && da) on('deadline-added');
  if (db && !da) on('deadline-removed');
  const ob = db ? text(db['outcome']) : undefined;
  const oa = da ? text(da['outcome']) : undefined;
  if (ob === undefined && oa !== undefined) on('outcome-set', { to: oa });
  else if (ob !== undefined && oa === undefined && da) on('outcome-removed', { from: ob });
  else if (ob !== undefined && oa !== undefined && ob !== oa)
    on('outcome-changed', { from: ob, to: oa });

  if (!same(b['stage'], a['stage']))
    on('milestone-stage-changed', { from: value(b, 'stage'), to: value(a, 'stage') });

  const details = detailFields(b, a, MILESTONE_FIELDS);
  if (db && da && !same(db['supersededBy'], da['supersededBy'])) details.push('supersededBy');
  if (details.length) on('milestone-details-changed', { fields: details });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The instrument

const INSTRUMENT_FIELDS = new Set([
  'translations',
  'title',
  'shortTitle',
  'summary',
  'references',
  'related',
  'tags',
  'milestones',
]);

function diffInstrument(b: Version, a: Version): Change[] {
  const out: Change[] = [];
  const bd = b.data;
  const ad = a.data;
  for (const field of ['title', 'shortTitle'])
    if (!same(bd[field], ad[field]))
      out.push(
        change('instrument-title-changed', { field, from: text(bd[field]), to: text(ad[field]) }),
      );
  if (!same(bd['summary'], ad['summary']))
    out.push(change('summary-revised', { from: text(bd['summary']), to: text(ad['summary']) }));

  const rb = record(bd['references']);
  const ra = record(ad['references']);
  for (const field of [...new Set([...Object.keys(rb), ...Object.keys(ra)])].sort()) {
    const from = text(rb[field]);
    const to = text(ra[field]);
    if (from === to) continue;
    const kind =
      from === undefined
        ? 'reference-added'
        : to === undefined
          ? 'reference-removed'
          : 'reference-changed';
    out.push(change(kind, { field, from, to }));
  }

  const relatedOf = (d: Readonly<Record<string, unknown>>): Map<string, Record<string, unknown>> =>
    new Map(list(d['related']).map((r) => [text(record(r)['instrument']) ?? '', record(r)]));
  const lb = relatedOf(bd);
  const la = relatedOf(ad);
  for (const [id, r] of la) {
    const old = lb.get(id);
    const relation = text(r['relation']);
    if (!old) out.push(change('related-added', { to: id, field: relation }));
    else if (!same(old, r))
      out.push(change('related-changed', { from: id, to: id, field: relation }));
  }
  for (const [id, r] of lb)
    if (!la.has(id)) out.push(change('related-removed', { from: id, field: text(r['relation']) }));

  const tb = new Set(list(bd['tags']).map(text));
  const ta = new Set(list(ad['tags']).map(text));
  for (const tag of ta)
    if (tag !== undefined && !tb.has(tag)) out.push(change('tag-added', { to: tag }));
  for (const tag of tb)
    if (tag !== undefined && !ta.has(tag)) out.push(change('tag-removed', { from: tag }));

  const details = detailFields(bd, ad, INSTRUMENT_FIELDS);
  if (details.length) out.push(change('instrument-details-changed', { fields: details }));
  if (!same(b.body, a.body)) out.push(change('explainer-revised', {}));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The file's stage

const isStage = (v: unknown): v is Stage =>
  typeof v === 'string' && (STAGES as readonly string[]).includes(v);

/** A version's milestones that can move its stage: when each happens, in the status code's order. */
type Staged = readonly { readonly stage: Stage; readonly at: number }[];
const stagedCache = new WeakMap<Version, Map<string, Staged>>();

function stagedMilestones(v: Version, campaignZone: string): Staged {
  let byZone = stagedCache.get(v);
  if (!byZone) stagedCache.set(v, (byZone = new Map<string, Staged>()));
  const cached = byZone.get(campaignZone);
  if (cached) return cached;
  const staged: { stage: Stage; at: number; index: number }[] = [];
  for (const [id, m] of milestonesById(v)) {
    const stage = m['stage'];
    const date = text(m['date']);
    const confidence = text(m['confidence']) ?? 'unverified';
    if (!isStage(stage) || date === undefined || explainInvalidDate(date) !== undefined) continue;
    if (!countsForStatus({ confidence })) continue;
    const time = text(m['time']);
    const timeZone = text(m['timeZone']);
    const milestone: TimedMilestone = {
      id,
      date,
      confidence,
      stage,
      ...(time && /^\d{2}:\d{2}$/.test(time) && date.length === 10 ? { time } : {}),
      ...(timeZone && isValidTimeZone(timeZone) ? { timeZone } : {}),
      ...(m['deadline'] !== undefined && m['deadline'] !== null ? { deadline: {} } : {}),
    };
    staged.push({
      stage,
      at: milestoneInstantMs(milestone, campaignZone),
      index: staged.length,
    });
  }
  const sorted = staged.sort((a, b) => a.at - b.at || a.index - b.index);
  byZone.set(campaignZone, sorted);
  return sorted;
}

/**
 * The stage a version of the file had reached at `at`, by the status code's own rule
 * (`deriveStatus`): the stage of the last confirmed milestone with a stage that had happened by
 * then (`milestoneInstant`, `countsForStatus`), the later one in the file on a tie. The instants
 * are worked out once per version, since a long history asks the same version at many moments.
 * Milestones that would not build (a malformed date) are left out.
 */
export function stageAt(v: Version, at: Date, campaignZone: string): Stage | undefined {
  const t = at.getTime();
  let stage: Stage | undefined;
  for (const m of stagedMilestones(v, campaignZone)) {
    if (m.at > t) break;
    stage = m.stage;
  }
  return stage;
}

// ---------------------------------------------------------------------------------------------
// The diff

export interface DiffContext {
  /** When the change was recorded (the commit's time): the file's stage is compared then. */
  readonly at: Date;
  readonly campaignZone: string;
}

/**
 * The changes from one version of an instrument file to the next. `before` is absent when the
 * file was added, `after` when it was removed. Instrument-wide changes come first, then each
 * milestone's in the order of the newer file (removed milestones last), then the file's stage.
 */
export function diffVersions(
  before: Version | undefined,
  after: Version | undefined,
  context: DiffContext,
): Change[] {
  if (!before && !after) return [];
  if (!before && after) {
    return [
      change('instrument-added', {}),
      ...[...milestonesById(after)].map(([id, m]) =>
        change('milestone-added', {
          milestone: id,
          milestoneTitle: text(m['title']) ?? id,
          to: text(m['date']),
        }),
      ),
    ];
  }
  if (before && !after) return [change('instrument-removed', {})];
  const b = before as Version;
  const a = after as Version;
  const out = diffInstrument(b, a);
  const mb = milestonesById(b);
  const ma = milestonesById(a);
  let milestonesChanged = ma.size !== mb.size;
  for (const [id, m] of ma) {
    const old = mb.get(id);
    if (old && rawKey(old) === rawKey(m)) continue; // parsed alike: nothing to compare
    milestonesChanged = true;
    if (!old)
      out.push(
        change('milestone-added', {
          milestone: id,
          milestoneTitle: text(m['title']) ?? id,
          to: text(m['date']),
        }),
      );
    else out.push(...diffMilestone(id, old, m));
  }
  for (const [id, m] of mb)
    if (!ma.has(id))
      out.push(
        change('milestone-removed', {
          milestone: id,
          milestoneTitle: text(m['title']) ?? id,
          from: text(m['date']),
        }),
      );
  const languages = translationsChanged(b, a);
  if (languages.length) out.push(change('translations-revised', { fields: languages }));
  if (milestonesChanged) {
    const sb = stageAt(b, context.at, context.campaignZone);
    const sa = stageAt(a, context.at, context.campaignZone);
    if (sb !== sa) out.push(change('stage-now', { from: sb, to: sa }));
  }
  return out;
}

/** The languages whose translations differ anywhere in a file: the instrument's or a milestone's. */
function translationsChanged(b: Version, a: Version): string[] {
  const langs = new Set<string>();
  const compare = (before: unknown, after: unknown): void => {
    const tb = record(before);
    const ta = record(after);
    for (const lang of new Set([...Object.keys(tb), ...Object.keys(ta)]))
      if (!same(tb[lang], ta[lang])) langs.add(lang);
  };
  compare(b.data['translations'], a.data['translations']);
  const mb = milestonesById(b);
  for (const [id, m] of milestonesById(a)) compare(mb.get(id)?.['translations'], m['translations']);
  return [...langs].sort();
}

/** The tags of a version: the instrument's, and each milestone's own. */
export function tagsOf(v: Version | undefined): {
  instrument: string[];
  milestones: Map<string, string[]>;
} {
  const tags = (x: unknown): string[] =>
    list(x)
      .map(text)
      .filter((t): t is string => t !== undefined);
  return {
    instrument: tags(v?.data['tags']),
    milestones: new Map([...milestonesById(v)].map(([id, m]) => [id, tags(m['tags'])])),
  };
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** A translator: a message key and its named parameters give the text. */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

export interface DescribeOptions {
  readonly t: Translate;
  /** The language dates are written in, e.g. "en-GB". */
  readonly locale: string;
  /** The name of another instrument by its id (its short title), for related instruments. */
  readonly instrumentName?: (id: string) => string | undefined;
}

/** Keys of the vocabulary outside this feature: the stage, confidence and outcome labels. */
const label = {
  stage: (s: string): string => `stage.${s}`,
  confidence: (c: string): string => `confidence.${c}`,
  outcome: (o: string): string => `outcome.${o}`,
};

/** The milestone fields a "details changed" sentence can name, each with its own word. */
export const DETAIL_FIELDS = [
  'actor',
  'alternatives',
  'reference',
  'rule',
  'supersededBy',
  'tags',
  'votes',
  'kind',
  'track',
  'jurisdiction',
] as const;

/**
 * The sentence for one change, as the brief of a change log reads: "Date of “…” changed from
 * 1 July 2026 to 2 July 2026", "Confidence raised from Unconfirmed to Official", "Source added: …".
 * Sentences about one milestone other than its addition, removal and date do not repeat its
 * title; {@link describeChangeInContext} adds it where the milestone is not obvious.
 */
export function describeChange(c: Change, options: DescribeOptions): string {
  const { t, locale } = options;
  const date = (v: string | undefined): string =>
    v === undefined ? '' : explainInvalidDate(v) === undefined ? formatPartialDate(v, locale) : v;
  const none = t('history.none');
  const or = (v: string | undefined, f: (x: string) => string = (x) => x): string =>
    v === undefined ? none : f(v);
  const stage = (s: string): string => t(label.stage(s));
  const confidence = (s: string): string => t(label.confidence(s));
  const outcome = (s: string): string => t(label.outcome(s));
  const instrument = (id: string): string => options.instrumentName?.(id) ?? id;
  const title = c.milestoneTitle ?? c.milestone ?? '';
  const source = (): string => {
    const s = c.source;
    if (!s) return '';
    return s.publisher
      ? t('history.sourceName', { title: s.title, publisher: s.publisher })
      : s.title;
  };
  const field = (f: string): string =>
    (DETAIL_FIELDS as readonly string[]).includes(f) ? t(`history.field.${f}`) : f;
  const fields = (): string =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format((c.fields ?? []).map(field));
  const languages = (): string => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      (c.fields ?? []).map((code) => names.of(code) ?? code),
    );
  };

  switch (c.kind) {
    case 'instrument-added':
      return t('history.instrumentAdded');
    case 'instrument-removed':
      return t('history.instrumentRemoved');
    case 'instrument-renamed':
      return t('history.instrumentRenamed', { from: or(c.from), to: or(c.to) });
    case 'instrument-title-changed':
      return t(c.field === 'shortTitle' ? 'history.shortTitleChanged' : 'history.titleChanged', {
        from: or(c.from),
        to: or(c.to),
      });
    case 'summary-revised':
      return t('history.summaryRevised');
    case 'reference-added':
      return t('history.referenceAdded', { value: or(c.to) });
    case 'reference-changed':
      return t('history.referenceChanged', { from: or(c.from), to: or(c.to) });
    case 'reference-removed':
      return t('history.referenceRemoved', { value: or(c.from) });
    case 'related-added':
      return t('history.relatedAdded', { instrument: instrument(c.to ?? '') });
    case 'related-changed':
      return t('history.relatedChanged', { instrument: instrument(c.to ?? '') });
    case 'related-removed':
      return t('history.relatedRemoved', { instrument: instrument(c.from ?? '') });
    case 'tag-added':
      return t('history.tagAdded', { tag: or(c.to) });
    case 'tag-removed':
      return t('history.tagRemoved', { tag: or(c.from) });
    case 'instrument-details-changed':
    case 'milestone-details-changed':
      return t('history.detailsChanged', { fields: fields() });
    case 'explainer-revised':
      return t('history.explainerRevised');
    case 'translations-revised':
      return t('history.translationsRevised', { languages: languages() });
    case 'stage-now':
      return c.to === undefined
        ? t('history.stageNowNone')
        : t('history.stageNow', { stage: stage(c.to) });
    case 'milestone-added':
      return t('history.milestoneAdded', { title, date: date(c.to) });
    case 'milestone-removed':
      return t('history.milestoneRemoved', { title, date: date(c.from) });
    case 'date-changed':
      return t(c.refined ? 'history.dateRefined' : 'history.dateChanged', {
        title,
        from: or(c.from, date),
        to: or(c.to, date),
      });
    case 'timing-changed': {
      const which = c.field === 'endDate' ? 'EndDate' : c.field === 'time' ? 'Time' : 'TimeZone';
      const show = c.field === 'endDate' ? date : (v: string): string => v;
      if (c.from === undefined) return t(`history.set${which}`, { to: or(c.to, show) });
      if (c.to === undefined) return t(`history.removed${which}`, { from: or(c.from, show) });
      return t(`history.changed${which}`, { from: or(c.from, show), to: or(c.to, show) });
    }
    case 'milestone-title-changed':
      return t('history.milestoneTitleChanged', { from: or(c.from), to: or(c.to) });
    case 'note-revised':
      return t(
        c.from === undefined
          ? 'history.noteAdded'
          : c.to === undefined
            ? 'history.noteRemoved'
            : 'history.noteRevised',
      );
    case 'confidence-changed': {
      const params = { from: or(c.from, confidence), to: or(c.to, confidence) };
      return c.direction === 'raised'
        ? t('history.confidenceRaised', params)
        : c.direction === 'lowered'
          ? t('history.confidenceLowered', params)
          : t('history.confidenceChanged', params);
    }
    case 'source-added':
      return t('history.sourceAdded', { source: source() });
    case 'source-changed':
      return t('history.sourceChanged', { source: source() });
    case 'source-removed':
      return t('history.sourceRemoved', { source: source() });
    case 'correction-added':
      return t('history.correctionAdded');
    case 'correction-changed':
      return t('history.correctionChanged');
    case 'correction-removed':
      return t('history.correctionRemoved');
    case 'deadline-added':
      return t('history.deadlineAdded');
    case 'deadline-removed':
      return t('history.deadlineRemoved');
    case 'outcome-set':
      return t('history.outcomeSet', { outcome: or(c.to, outcome) });
    case 'outcome-changed':
      return t('history.outcomeChanged', { from: or(c.from, outcome), to: or(c.to, outcome) });
    case 'outcome-removed':
      return t('history.outcomeRemoved', { from: or(c.from, outcome) });
    case 'milestone-stage-changed':
      if (c.from === undefined) return t('history.milestoneStageSet', { stage: or(c.to, stage) });
      if (c.to === undefined)
        return t('history.milestoneStageRemoved', { stage: or(c.from, stage) });
      return t('history.milestoneStageChanged', { from: or(c.from, stage), to: or(c.to, stage) });
  }
}

/** Kinds whose sentence already names the milestone. */
const NAMES_ITS_MILESTONE: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'milestone-added',
  'milestone-removed',
  'date-changed',
]);

/**
 * The sentence where the milestone is not obvious from around it (a feed, a list of the whole
 * site's changes): "“Council adopts its position”: Confidence raised from … to …".
 */
export function describeChangeInContext(c: Change, options: DescribeOptions): string {
  const sentence = describeChange(c, options);
  if (c.milestone === undefined || NAMES_ITS_MILESTONE.has(c.kind)) return sentence;
  return options.t('history.aboutMilestone', {
    title: c.milestoneTitle ?? c.milestone,
    change: sentence,
  });
}

/**
 * One sentence for several changes of one milestone (or of the instrument) in one commit, in
 * context: "“Council position”: Source added: A (P); Source added: B (P)".
 */
export function describeChangesInContext(
  changes: readonly Change[],
  options: DescribeOptions,
): string {
  const first = changes[0];
  if (!first) return '';
  if (changes.length === 1) return describeChangeInContext(first, options);
  const sentences = changes.map((c) => describeChange(c, options)).join('; ');
  if (first.milestone === undefined || changes.every((c) => NAMES_ITS_MILESTONE.has(c.kind)))
    return sentences;
  return options.t('history.aboutMilestone', {
    title: first.milestoneTitle ?? first.milestone,
    change: sentences,
  });
}

// ---------------------------------------------------------------------------------------------
// Sentences in parts, for pages

/**
 * A piece of a sentence: the catalogue's words, or a text that comes from the content (the
 * milestone's title, a source, a tag, a title or reference as it was), which a page marks with
 * the content's language and may link.
 */
export interface SentencePart {
  readonly text: string;
  /** `milestone`: the title of the milestone the change concerns; `content`: another text of the content. */
  readonly from?: 'milestone' | 'content';
}

/** Kinds whose `from` and `to` are texts of the content (not dates, times or vocabulary). */
const CONTENT_VALUES: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'instrument-renamed',
  'instrument-title-changed',
  'milestone-title-changed',
  'reference-added',
  'reference-changed',
  'reference-removed',
  'tag-added',
  'tag-removed',
]);

/**
 * The sentence of a change (in context, as {@link describeChangeInContext} gives it, or not) in
 * parts, so a page can mark the content's texts with their language and link the milestone's
 * title: the parts put together are exactly the sentence.
 * @example describeChangeParts(confidenceRaised, { t, locale: 'fr', inContext: true })
 * // [{ text: '«\u00a0' }, { text: 'Council position', from: 'milestone' }, { text: '\u00a0»\u00a0: Niveau de confiance relevé …' }]
 */
export function describeChangeParts(
  c: Change,
  options: DescribeOptions & { readonly inContext: boolean },
): SentencePart[] {
  // Each text of the content goes through the sentence as a marker in the Private Use Area,
  // which no translation and no formatting touches, and is put back as a part of its own.
  const marked: SentencePart[] = [];
  const mark = (text: string, from: 'milestone' | 'content'): string => {
    marked.push({ text, from });
    return `\uE000${marked.length - 1}\uE001`;
  };
  const value = (v: string): string => (CONTENT_VALUES.has(c.kind) ? mark(v, 'content') : v);
  const source = c.source && {
    title: mark(c.source.title, 'content'),
    ...(c.source.publisher !== undefined ? { publisher: mark(c.source.publisher, 'content') } : {}),
  };
  const change: Change = {
    ...c,
    ...(c.milestone !== undefined
      ? { milestoneTitle: mark(c.milestoneTitle ?? c.milestone, 'milestone') }
      : {}),
    ...(c.from !== undefined ? { from: value(c.from) } : {}),
    ...(c.to !== undefined ? { to: value(c.to) } : {}),
    ...(source ? { source } : {}),
  };
  const describe: DescribeOptions = {
    ...options,
    instrumentName: (id) => mark(options.instrumentName?.(id) ?? id, 'content'),
  };
  const sentence = options.inContext
    ? describeChangeInContext(change, describe)
    : describeChange(change, describe);
  const parts: SentencePart[] = [];
  sentence.split(/\uE000(\d+)\uE001/).forEach((piece, i) => {
    if (i % 2 === 1) {
      const part = marked[Number(piece)];
      if (part) parts.push(part);
    } else if (piece !== '') parts.push({ text: piece });
  });
  return parts;
}
