/**
 * /data/changes.json: every recorded change to the record, newest first, and its JSON Schema
 * (/data/changes.schema.json), generated from the shape here with `z.toJSONSchema` the way the
 * other open-data files are (src/lib/open-data.ts).
 *
 * One record is one commit's changes to one instrument file. Each change has its kind, the
 * values before and after, and the sentence the site shows, in the campaign's language. Dates
 * of events are written as in the content ("2026-07-02", at their precision); the moment a change
 * was recorded is an instant (`recordedAt`, UTC) and a day in the campaign's zone (`recordedOn`).
 *
 * The file depends on the content's history only, never on the build's "now": the same history
 * gives the same file, byte for byte. Without history it says so (`history.available: false`)
 * and lists nothing; from a shallow clone it says where the known history starts.
 *
 * Old versions of the content may hold values today's schema would refuse (the history keeps
 * what was written): change values are plain strings here, checked for shape, not for format.
 *
 * Pure: no clock, no I/O.
 */
import { z } from 'astro/zod';
import { calendarDateIn, PRECISIONS } from './dates.ts';
import { CHANGE_KINDS, CONFIDENCE_DIRECTIONS, type Change } from './history.ts';
import type { HistoryRecord, HistoryStatus } from './history-log.ts';
import { campaignInfo, fileHeader } from './open-data.ts';
import { HttpUrlSchema, type Campaign } from './schema.ts';

/** The version of the file's shape (the rules of `schemaVersion` in open-data.ts). */
export const CHANGES_SCHEMA_VERSION = '1.0';

export const CHANGES_PATHS = {
  changes: '/data/changes.json',
  changesSchema: '/data/changes.schema.json',
} as const;

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const Instant = z.iso.datetime();

/** One change in a record. */
export const ChangeEntrySchema = z
  .strictObject({
    kind: z
      .enum(CHANGE_KINDS)
      .describe(
        'What changed: instrument-added, instrument-removed, instrument-renamed (its id and address), instrument-title-changed, summary-revised, reference-added/-changed/-removed (an official reference), related-added/-changed/-removed, tag-added/-removed, instrument-details-changed, explainer-revised, stage-now (the stage the file reached, derived at the moment of the change); for one milestone: milestone-added, milestone-removed, date-changed, timing-changed (endDate, time or timeZone), milestone-title-changed, note-revised, confidence-changed, source-added/-changed/-removed, correction-added/-changed/-removed, deadline-added/-removed, outcome-set/-changed/-removed, milestone-stage-changed, milestone-details-changed; translations-revised (the languages in `fields`: a translation of a title, summary or note changed anywhere in the file).',
      ),
    milestone: z
      .string()
      .optional()
      .describe('The id of the milestone it concerns, for a change to one milestone.'),
    milestoneTitle: z
      .string()
      .optional()
      .describe('The title of that milestone, as of the change.'),
    milestoneUrl: HttpUrlSchema.optional().describe(
      "The milestone's page on this site, when the milestone still exists.",
    ),
    field: z
      .string()
      .optional()
      .describe(
        'Which field, where the kind covers several: title or shortTitle; endDate, time or timeZone; the reference (com, celex, procedure, oj, eli); for related-*, the relation.',
      ),
    from: z
      .string()
      .optional()
      .describe(
        'The value before, as written in the content (a date at its precision such as "2026-07-01", an id, a stage, a confidence level, an outcome, a reference, a title). Absent when the value was added.',
      ),
    to: z
      .string()
      .optional()
      .describe('The value after, as written. Absent when the value was removed.'),
    fromPrecision: z
      .enum(PRECISIONS)
      .optional()
      .describe('For date-changed: how precisely `from` is known.'),
    toPrecision: z
      .enum(PRECISIONS)
      .optional()
      .describe('For date-changed: how precisely `to` is known.'),
    refined: z
      .boolean()
      .optional()
      .describe(
        'For date-changed: true when the date was only made more precise within the period it had ("2026-07" to "2026-07-02").',
      ),
    direction: z
      .enum(CONFIDENCE_DIRECTIONS)
      .optional()
      .describe(
        'For confidence-changed: raised, lowered or same, in the order unverified < disputed < derived = secondary < official.',
      ),
    source: z
      .strictObject({
        title: z.string().describe('The title of the source.'),
        publisher: z.string().optional().describe('Who published it.'),
        url: z.string().optional().describe('Its address, as written.'),
      })
      .optional()
      .describe('For source-*: the source added, revised or removed.'),
    fields: z
      .array(z.string())
      .optional()
      .describe('For *-details-changed: the names of the fields that differ.'),
    text: z
      .string()
      .describe("The change in a sentence, in the campaign's language, as the site shows it."),
    feedId: z
      .string()
      .describe(
        'The guid of the feed item for this change ("change.<commit>.<instrument>.<milestone or ->.<kind>@<host>"), stable across rebuilds.',
      ),
  })
  .describe('One change.');

/** One commit's changes to one instrument. */
export const ChangeRecordSchema = z
  .strictObject({
    id: z
      .string()
      .describe('"<commit>.<instrument>": unique in this file, stable across rebuilds.'),
    commit: z
      .string()
      .regex(/^[0-9a-f]{40,64}$/)
      .describe(
        'The git commit that recorded it (on the first-parent line of the published branch).',
      ),
    recordedAt: Instant.describe(
      'When the change was recorded: the commit date (the committer date, when it entered the published history), UTC. Not the date of any event.',
    ),
    recordedOn: z.iso.date().describe("The day it was recorded, in the campaign's time zone."),
    authoredAt: Instant.describe(
      'When the change was written (the author date), UTC; can be earlier than recordedAt.',
    ),
    notes: z
      .array(z.string())
      .describe(
        "The editors' summary of the change: the commit's `Change-Note:` trailers (often none).",
      ),
    instrument: Id.describe(
      'The id of the instrument now (after any later change of its address).',
    ),
    instrumentThen: Id.optional().describe('Its id when the change was recorded, when it differs.'),
    instrumentUrl: HttpUrlSchema.optional().describe(
      "The instrument's page, when it still exists.",
    ),
    changes: z
      .array(ChangeEntrySchema)
      .min(1)
      .describe('What changed, instrument-wide first, then milestone by milestone.'),
  })
  .describe('One commit’s changes to one instrument file.');

/** The whole of changes.json. */
export const ChangesFileSchema = z
  .strictObject({
    ...fileHeader(CHANGES_SCHEMA_VERSION),
    history: z
      .strictObject({
        available: z
          .boolean()
          .describe('Whether the site was built with the history of its content (from git).'),
        complete: z
          .boolean()
          .describe(
            'Whether that history is complete. A build from a shallow clone knows only the commits after its graft.',
          ),
        since: Instant.optional().describe(
          'Where the known history starts: the first commit of the content or, when incomplete, the oldest commit the build had.',
        ),
        sinceDay: z.iso
          .date()
          .optional()
          .describe("That moment's day, in the campaign's time zone."),
        reason: z.string().optional().describe('Why there is no history, when there is none.'),
        commits: z
          .number()
          .int()
          .nonnegative()
          .describe('How many commits touched the content folder.'),
      })
      .describe('What this build knew of the history.'),
    records: z
      .array(ChangeRecordSchema)
      .describe(
        'Every recorded change, newest first; a commit that changed several instruments gives one record each.',
      ),
  })
  .describe("Every change to the campaign's record, from its git history.");

export type ChangesFile = z.output<typeof ChangesFileSchema>;

export interface ChangesFileContext {
  /** A change's sentence, in the campaign's language. */
  readonly describe: (c: Change) => string;
  /** The site path of an instrument's page, when it exists now. */
  readonly instrumentPath: (id: string) => string | undefined;
  /** The site path of a milestone's page, when it exists now. */
  readonly milestonePath: (instrumentId: string, milestoneId: string) => string | undefined;
  readonly feedId: (record: HistoryRecord, c: Change) => string;
}

const instant = (t: number): string => new Date(t).toISOString().replace('.000Z', 'Z');

/** The content of changes.json. */
export function buildChangesFile(
  campaign: Campaign,
  status: HistoryStatus,
  records: readonly HistoryRecord[],
  context: ChangesFileContext,
): ChangesFile {
  const absolute = (path: string | undefined): string | undefined =>
    path === undefined ? undefined : new URL(path, campaign.siteUrl).href;
  const compact = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return {
    $schema: new URL(CHANGES_PATHS.changesSchema, campaign.siteUrl).href,
    schemaVersion: CHANGES_SCHEMA_VERSION,
    campaign: campaignInfo(campaign),
    history: compact({
      available: status.available,
      complete: status.complete,
      since: status.since === undefined ? undefined : instant(status.since),
      sinceDay:
        status.since === undefined ? undefined : calendarDateIn(status.since, campaign.timeZone),
      reason: status.reason,
      commits: status.commits,
    }),
    records: records.map((r) =>
      compact({
        id: `${r.commit}.${r.instrumentId}`,
        commit: r.commit,
        recordedAt: instant(r.recordedAt),
        recordedOn: calendarDateIn(r.recordedAt, campaign.timeZone),
        authoredAt: instant(r.authoredAt),
        notes: [...r.notes],
        instrument: r.instrumentId,
        instrumentThen: r.idThen === r.instrumentId ? undefined : r.idThen,
        instrumentUrl: absolute(context.instrumentPath(r.instrumentId)),
        changes: r.changes.map((c) =>
          compact({
            kind: c.kind,
            milestone: c.milestone,
            milestoneTitle: c.milestoneTitle,
            milestoneUrl:
              c.milestone === undefined
                ? undefined
                : absolute(context.milestonePath(r.instrumentId, c.milestone)),
            field: c.field,
            from: c.from,
            to: c.to,
            fromPrecision: c.fromPrecision,
            toPrecision: c.toPrecision,
            refined: c.refined,
            direction: c.direction,
            source: c.source ? compact({ ...c.source }) : undefined,
            fields: c.fields ? [...c.fields] : undefined,
            text: context.describe(c),
            feedId: context.feedId(r, c),
          }),
        ),
      }),
    ),
  };
}
