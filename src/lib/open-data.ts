/**
 * The open-data files: /data/instruments.json, /data/milestones.json, /data/milestones.csv and
 * the JSON Schemas of the two JSON files.
 *
 * Their shapes are built from the content schemas in `schema.ts` (the same field rules and
 * descriptions), plus the fields the site derives: ids, keys, precision, the effective time
 * zone, the instant a deadline falls due, and addresses. JSON Schemas are generated from them
 * with `z.toJSONSchema`, and the /data/ page documents every field from those JSON Schemas,
 * so the files, their schemas and their documentation cannot drift apart.
 *
 * The files depend on the content only, never on the build's "now": unchanged content gives
 * byte-identical files, and a diff of two versions shows what changed in the content.
 *
 * Pure: no clock, no I/O.
 */
import { z } from 'astro/zod';
import { TZDate } from '@date-fns/tz';
import { endOfDayIn, PRECISIONS, type Precision } from './dates.ts';
import { inlineMarkdownToText } from './markdown.ts';
import {
  CampaignSchema,
  CONFIDENCES,
  FullDateSchema,
  HttpUrlSchema,
  InstrumentSchema,
  MILESTONE_REF_RE,
  MilestoneSchema,
  RELATIONS,
  SourceSchema,
  STAGES,
  TRACKS,
  type Campaign,
  type InstrumentData,
  type MilestoneData,
  type Track,
} from './schema.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { deriveStatus, reportedDevelopments, statusDependencies } from './status.ts';
import type { JsonSchemaNode } from './json-schema.ts';

/**
 * The version of the files' shape. A new field raises the minor number; a change that could
 * break a reader (a field removed or renamed, or a new meaning) raises the major number.
 */
export const DATA_SCHEMA_VERSION = '1.1';

/** Where the files are published, relative to the site. */
export const DATA_PATHS = {
  instruments: '/data/instruments.json',
  milestones: '/data/milestones.json',
  milestonesCsv: '/data/milestones.csv',
  instrumentsSchema: '/data/instruments.schema.json',
  milestonesSchema: '/data/milestones.schema.json',
} as const;

const ms = MilestoneSchema.shape;
const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The campaign, as the files describe it. */
export const CampaignInfoSchema = CampaignSchema.pick({
  name: true,
  organisation: true,
  siteUrl: true,
  timeZone: true,
  locale: true,
  reviewedAt: true,
  license: true,
}).describe('The campaign whose data this is.');

/** The fields every open-data file starts with: its schema, the version of its shape, the campaign. */
export const fileHeader = <V extends string>(version: V) => ({
  $schema: HttpUrlSchema.describe("The address of this file's JSON Schema."),
  schemaVersion: z
    .literal(version)
    .describe(
      `The version of this file's shape, now "${version}". A new field raises the minor number; a change that could break a reader raises the major number.`,
    ),
  campaign: CampaignInfoSchema,
});
const Header = fileHeader(DATA_SCHEMA_VERSION);

/** A milestone an instrument's status points at: enough to cite it, with its sources. */
const StatusStepSchema = z.strictObject({
  milestone: z
    .string()
    .regex(MILESTONE_REF_RE)
    .describe('Its key, "<instrument>#<id>", as in milestones.json.'),
  date: ms.date
    .regex(PARTIAL_DATE_PATTERN)
    .describe('When it happened or is due, at the precision known.'),
  title: ms.title.describe('What happened, or what is reported.'),
  stage: z
    .enum(STAGES)
    .optional()
    .describe(
      'For the last confirmed step, the stage it reached. For a report, the stage it would mean if it were confirmed: never the status.',
    ),
  confidence: z.enum(CONFIDENCES).describe('How sure its date is (see milestones.json).'),
  sources: z.array(SourceSchema).describe('Where it comes from.'),
  url: HttpUrlSchema.describe('Its permalink on this site.'),
});

/** Where an instrument stands on the day the content was last checked: confirmed and reported, apart. */
export const ExportedStatusSchema = z
  .strictObject({
    asOf: FullDateSchema.describe(
      "The day this status holds for: the campaign's `reviewedAt`, at the end of that day in its time zone. The files depend on the content only, so they show the status on the day the content was last checked, not on the day of the build.",
    ),
    lastConfirmed: StatusStepSchema.optional().describe(
      'The last stage reached by `asOf`, from confirmed milestones only (never an unconfirmed report); left out before any stage is reached.',
    ),
    reportedSince: z
      .array(StatusStepSchema)
      .describe(
        'Unconfirmed reports (confidence "unverified") dated after the last confirmed stage and by `asOf`, oldest first, each with the stage it would mean and its sources. Reported, not confirmed: they never change the status.',
      ),
    reportedUpcoming: z
      .array(StatusStepSchema)
      .describe(
        'Unconfirmed reports dated after `asOf` (a reported end of application), nearest first. Never a deadline or countdown of the site.',
      ),
    effectEnded: z
      .strictObject({
        instrument: ms.id.describe('The instrument it amends or extends, which has ended.'),
        relation: z.enum(RELATIONS).describe('How this instrument relates to it.'),
        milestone: z
          .string()
          .regex(MILESTONE_REF_RE)
          .describe('The milestone at which that instrument ended.'),
        date: ms.date.regex(PARTIAL_DATE_PATTERN).describe('When it ended.'),
        stage: z.enum(STAGES).describe('The end it reached: expired, lapsed, repealed, …'),
      })
      .optional()
      .describe(
        "Present when the instrument took effect but an act it amends or extends has ended by `asOf`: its effect ended then, whatever `lastConfirmed` says (an extension of a regulation that stopped applying is not simply 'in force').",
      ),
  })
  .describe(
    'Where the instrument stands on `asOf`: the last confirmed stage and, apart from it, what is reported since.',
  );

/** One instrument in instruments.json. */
export const ExportedInstrumentSchema = InstrumentSchema.omit({ milestones: true })
  .safeExtend({
    id: ms.id.describe(
      "The instrument's id, stable once published: its page is /instruments/<id>/ and milestones refer to it as `instrument`.",
    ),
    track: z
      .enum(TRACKS)
      .describe('The progress track its stages follow: legislative or non-legislative.'),
    url: HttpUrlSchema.describe('The address of its page on this site.'),
    calendarUrl: HttpUrlSchema.describe(
      'The address of its calendar of deadlines and scheduled steps (iCalendar).',
    ),
    milestoneCount: z
      .number()
      .int()
      .nonnegative()
      .describe('How many milestones it has in milestones.json.'),
    status: ExportedStatusSchema,
  })
  .describe('An instrument: a policy or legal act, proposal or strategy the campaign follows.');

/** One milestone in milestones.json: the content fields, plus what the site derives. */
export const ExportedMilestoneSchema = MilestoneSchema.safeExtend({
  instrument: ms.id.describe('The id of the instrument it belongs to (see instruments.json).'),
  id: ms.id.describe("The milestone's id, unique within its instrument and stable once published."),
  key: z
    .string()
    .regex(MILESTONE_REF_RE)
    .describe('"<instrument>#<id>": unique across the site, and the anchor of its permalink.'),
  date: ms.date
    .regex(PARTIAL_DATE_PATTERN)
    .describe(
      'When it happened or is due, at the precision known: "2021-07-30", "2021-07" or "2021".',
    ),
  precision: z
    .enum(PRECISIONS)
    .describe(
      'How precisely `date` is known: year, month or day. "2021-07" means some day in July 2021, not 1 July.',
    ),
  endDate: ms.endDate
    .unwrap()
    .regex(PARTIAL_DATE_PATTERN)
    .optional()
    .describe('For a span of time (a consultation), its last date.'),
  time: ms.time.describe(
    'A wall-clock time "HH:MM" (24-hour) in `timeZone`, when one is set (a deadline at 17:00).',
  ),
  timeZone: ms.timeZone
    .unwrap()
    .describe(
      "The IANA time zone the date and time are read in (the campaign's unless the milestone sets its own).",
    ),
  dueAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe(
      'For a deadline: the instant it falls due, with the offset of its time zone. Without a `time`, a deadline falls due at the end of its day.',
    ),
  tags: z.array(ms.id).describe("Its tags: the instrument's and its own."),
  url: HttpUrlSchema.describe('Its permalink on this site.'),
}).describe("A milestone: one dated event in an instrument's history, or a scheduled step.");

/** The whole of instruments.json. */
export const InstrumentsFileSchema = z
  .strictObject({
    ...Header,
    instruments: z
      .array(ExportedInstrumentSchema)
      .describe('Every instrument, in the order of the site (by first milestone).'),
  })
  .describe('Every instrument the campaign follows.');

/** The whole of milestones.json. */
export const MilestonesFileSchema = z
  .strictObject({
    ...Header,
    milestones: z
      .array(ExportedMilestoneSchema)
      .describe('Every milestone of every instrument, oldest first.'),
  })
  .describe('Every milestone of every instrument the campaign follows.');

export type InstrumentsFile = z.output<typeof InstrumentsFileSchema>;
export type MilestonesFile = z.output<typeof MilestonesFileSchema>;
export type ExportedMilestone = z.output<typeof ExportedMilestoneSchema>;

/** A JSON Schema (draft 2020-12) of a file, as published next to it. */
export function jsonSchemaOf(schema: z.ZodType, id: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, $id: id, title: id.slice(id.lastIndexOf('/') + 1), ...rest };
}

// ---------------------------------------------------------------------------------------------
// Building the files

/** What the files need of an instrument (the data layer's Instrument has all of it). */
export interface ExportableInstrument extends Omit<InstrumentData, 'milestones'> {
  readonly id: string;
  readonly track: Track;
  readonly milestones: readonly ExportableMilestone[];
}

/** What the files need of a milestone (the data layer's Milestone has all of it). */
export interface ExportableMilestone extends MilestoneData {
  readonly instrumentId: string;
  readonly key: string;
  readonly precision: Precision;
  /** The effective time zone. */
  readonly zone: string;
  /** When it happens or falls due, epoch ms. */
  readonly instant: number;
  readonly allTags: readonly string[];
  /** The site path of its permalink. */
  readonly permalink: string;
}

const absolute = (path: string, siteUrl: string): string => new URL(path, siteUrl).href;

/** The campaign as the open-data files describe it. */
export function campaignInfo(c: Campaign): z.output<typeof CampaignInfoSchema> {
  return {
    name: c.name,
    organisation: c.organisation,
    siteUrl: c.siteUrl,
    timeZone: c.timeZone,
    locale: c.locale,
    reviewedAt: c.reviewedAt,
    license: { name: c.license.name, url: c.license.url },
  };
}

/** Drops the keys whose value is undefined, so optional fields are left out, not null. */
function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

function statusStep(m: ExportableMilestone, siteUrl: string): z.output<typeof StatusStepSchema> {
  return compact({
    milestone: m.key,
    date: m.date,
    title: m.title,
    stage: m.stage,
    confidence: m.confidence,
    sources: m.sources,
    url: absolute(m.permalink, siteUrl),
  });
}

/** An instrument's status on the day the content was last checked (`reviewedAt`), for the files. */
function exportStatus(
  instrument: ExportableInstrument,
  byId: ReadonlyMap<string, ExportableInstrument>,
  campaign: Campaign,
): z.output<typeof ExportedStatusSchema> {
  const asOf = endOfDayIn(campaign.reviewedAt, campaign.timeZone);
  const status = deriveStatus(instrument.milestones, instrument.track, asOf, campaign.timeZone, {
    dependsOn: statusDependencies(instrument.related, byId),
  });
  const reports = reportedDevelopments(instrument.milestones, asOf, campaign.timeZone);
  const ended = status.effectEnded;
  return compact({
    asOf: campaign.reviewedAt,
    lastConfirmed: status.since ? statusStep(status.since, campaign.siteUrl) : undefined,
    reportedSince: reports.happened.map((m) => statusStep(m, campaign.siteUrl)),
    reportedUpcoming: reports.ahead.map((m) => statusStep(m, campaign.siteUrl)),
    effectEnded: ended
      ? {
          instrument: ended.instrumentId,
          relation: ended.relation,
          milestone: ended.milestone.key,
          date: ended.milestone.date,
          stage: ended.stage,
        }
      : undefined,
  });
}

/** The content of instruments.json, in the order given. */
export function buildInstrumentsFile(
  campaign: Campaign,
  instruments: readonly ExportableInstrument[],
): InstrumentsFile {
  const byId = new Map(instruments.map((i) => [i.id, i]));
  return {
    $schema: absolute(DATA_PATHS.instrumentsSchema, campaign.siteUrl),
    schemaVersion: DATA_SCHEMA_VERSION,
    campaign: campaignInfo(campaign),
    instruments: instruments.map((i) =>
      compact({
        id: i.id,
        title: i.title,
        shortTitle: i.shortTitle,
        kind: i.kind,
        track: i.track,
        jurisdiction: i.jurisdiction,
        summary: i.summary,
        references: i.references,
        related: i.related,
        tags: i.tags,
        milestoneCount: i.milestones.length,
        url: absolute(`/instruments/${i.id}/`, campaign.siteUrl),
        calendarUrl: absolute(`/instruments/${i.id}/calendar.ics`, campaign.siteUrl),
        status: exportStatus(i, byId, campaign),
      }),
    ),
  };
}

/** The instant a deadline falls due, as ISO 8601 with its zone's offset. */
function dueAt(m: ExportableMilestone): string | undefined {
  return m.deadline ? new TZDate(m.instant, m.zone).toISOString() : undefined;
}

/** One milestone as milestones.json has it, fields in a fixed order. */
export function exportMilestone(m: ExportableMilestone, siteUrl: string): ExportedMilestone {
  return compact({
    instrument: m.instrumentId,
    id: m.id,
    key: m.key,
    date: m.date,
    precision: m.precision,
    endDate: m.endDate,
    time: m.time,
    timeZone: m.zone,
    dueAt: dueAt(m),
    title: m.title,
    note: m.note,
    actor: m.actor,
    stage: m.stage,
    deadline: m.deadline,
    confidence: m.confidence,
    rule: m.rule,
    alternatives: m.alternatives,
    votes: m.votes,
    reference: m.reference,
    correction: m.correction,
    sources: m.sources,
    tags: [...m.allTags],
    url: absolute(m.permalink, siteUrl),
  });
}

/** The content of milestones.json, in the order given. */
export function buildMilestonesFile(
  campaign: Campaign,
  milestones: readonly ExportableMilestone[],
): MilestonesFile {
  return {
    $schema: absolute(DATA_PATHS.milestonesSchema, campaign.siteUrl),
    schemaVersion: DATA_SCHEMA_VERSION,
    campaign: campaignInfo(campaign),
    milestones: milestones.map((m) => exportMilestone(m, campaign.siteUrl)),
  };
}

/** JSON as published: two-space indented, with a final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A column of milestones.csv: its header, what it holds, and its value for a milestone. */
export interface CsvColumn {
  readonly name: string;
  readonly description: string;
  readonly value: (m: ExportedMilestone, instrumentShortTitle: string) => CsvValue;
}

/** The value of each column of milestones.csv, in the order of the columns. */
const CSV_VALUES = {
  instrument_id: (m) => m.instrument,
  milestone_id: (m) => m.id,
  key: (m) => m.key,
  instrument: (_, title) => title,
  date: (m) => m.date,
  precision: (m) => m.precision,
  end_date: (m) => m.endDate,
  time: (m) => m.time,
  time_zone: (m) => m.timeZone,
  due_at: (m) => m.dueAt,
  title: (m) => m.title,
  stage: (m) => m.stage,
  actor: (m) => m.actor,
  deadline: (m) => m.deadline !== undefined,
  deadline_outcome: (m) => m.deadline?.outcome,
  superseded_by: (m) => m.deadline?.supersededBy,
  confidence: (m) => m.confidence,
  rule: (m) => m.rule,
  alternative_dates: (m) => m.alternatives?.map((a) => a.date).join('; '),
  first_source_url: (m) => m.sources[0]?.url,
  first_source_title: (m) => m.sources[0]?.title,
  first_source_publisher: (m) => m.sources[0]?.publisher,
  first_source_kind: (m) => m.sources[0]?.kind,
  source_count: (m) => m.sources.length,
  reference: (m) => m.reference,
  votes_for: (m) => m.votes?.for,
  votes_against: (m) => m.votes?.against,
  votes_abstentions: (m) => m.votes?.abstentions,
  correction: (m) =>
    m.correction
      ? `${m.correction.source.publisher}: “${m.correction.claim}” → ${inlineMarkdownToText(m.correction.correct)}`
      : undefined,
  tags: (m) => m.tags.join(' '),
  note: (m) => (m.note ? inlineMarkdownToText(m.note) : undefined),
  url: (m) => m.url,
} satisfies Record<string, CsvColumn['value']>;

/** What each column of milestones.csv holds: the data page's documentation of the file. */
const CSV_DESCRIPTIONS: Record<keyof typeof CSV_VALUES, string> = {
  instrument_id: 'The id of the instrument (see instruments.json).',
  milestone_id: 'The milestone id, unique within its instrument and stable once published.',
  key: '"<instrument_id>#<milestone_id>": unique across the site.',
  instrument: 'The short title of the instrument.',
  date: 'When it happened or is due, at the precision known: "2021-07-30", "2021-07" or "2021".',
  precision: 'How precisely the date is known: year, month or day.',
  end_date: 'For a span of time, its last date.',
  time: 'A wall-clock time "HH:MM" in time_zone, when one is set.',
  time_zone: 'The IANA time zone the date and time are read in.',
  due_at: 'For a deadline: the instant it falls due (ISO 8601 with offset).',
  title: 'What happened or is due.',
  stage: 'The stage this milestone moved the instrument to, if any.',
  actor: 'Who acted, if recorded.',
  deadline: '"true" for a deadline, "false" otherwise.',
  deadline_outcome:
    'For a deadline whose outcome is known: met, missed, extended, lapsed or superseded.',
  superseded_by: 'For a deadline that was replaced: the key of the milestone that replaced it.',
  confidence:
    'How sure the date is: official, secondary, derived, disputed or unverified (an unconfirmed report, never a fact).',
  rule: 'For a derived date: the rule it was worked out by.',
  alternative_dates: 'For a disputed date: the other dates sources give, separated by "; ".',
  first_source_url: 'The address of the first source (empty for an unpublished source).',
  first_source_title: 'The title of the first source.',
  first_source_publisher: 'Who published the first source.',
  first_source_kind: 'The kind of the first source: official, secondary or campaign.',
  source_count: 'How many sources the milestone has (all are in milestones.json).',
  reference: 'The reference of the document behind this step, if any.',
  votes_for: 'Votes in favour, when there was a vote.',
  votes_against: 'Votes against, when there was a vote.',
  votes_abstentions: 'Abstentions, when known.',
  correction: 'What a source got wrong and what is right, when there is a correction (plain text).',
  tags: "Its tags (the instrument's and its own), separated by spaces.",
  note: 'More detail, as plain text.',
  url: 'Its permalink on this site.',
};

/** The columns of milestones.csv, in order. */
export const MILESTONE_CSV_COLUMNS: readonly CsvColumn[] = Object.entries(CSV_VALUES).map(
  ([name, value]) => ({
    name,
    description: CSV_DESCRIPTIONS[name as keyof typeof CSV_VALUES],
    value,
  }),
);

/** milestones.csv: a header row, then one row per milestone of the file, in its order. */
export function buildMilestonesCsv(
  file: MilestonesFile,
  shortTitles: ReadonlyMap<string, string>,
): string {
  return toCsv([
    MILESTONE_CSV_COLUMNS.map((c) => c.name),
    ...file.milestones.map((m) =>
      MILESTONE_CSV_COLUMNS.map((c) => c.value(m, shortTitles.get(m.instrument) ?? '')),
    ),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Documentation from the JSON Schemas

/** One documented field: its dotted path ("milestones[].sources[].url"), type and meaning. */
export interface DocumentedField {
  readonly path: string;
  /** JSON types: "string", "integer", "array", … */
  readonly types: readonly string[];
  /** The allowed values, when there is a fixed list. */
  readonly values?: readonly string[] | undefined;
  /** The type of the items, for a list. */
  readonly itemTypes?: readonly string[] | undefined;
  readonly required: boolean;
  readonly description: string;
}

function typesOf(node: JsonSchemaNode): string[] {
  if (node.anyOf) return [...new Set(node.anyOf.flatMap(typesOf))];
  if (node.type) return Array.isArray(node.type) ? node.type : [node.type];
  return [];
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

/** Every field of a JSON Schema, depth first, with the paths a reader would write. */
export function documentFields(schema: unknown): DocumentedField[] {
  const out: DocumentedField[] = [];
  const walk = (node: JsonSchemaNode, prefix: string): void => {
    for (const [name, field] of Object.entries(node.properties ?? {})) {
      const path = `${prefix}${name}`;
      const types = typesOf(field);
      const values =
        field.enum?.map(asText) ?? (field.const !== undefined ? [asText(field.const)] : undefined);
      const items = field.items;
      out.push({
        path,
        types,
        values,
        itemTypes: items ? typesOf(items) : undefined,
        required: node.required?.includes(name) ?? false,
        description: field.description ?? '',
      });
      if (field.properties) walk(field, `${path}.`);
      if (items?.properties) walk(items, `${path}[].`);
    }
  };
  walk(schema as JsonSchemaNode, '');
  return out;
}
