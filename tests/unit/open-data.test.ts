/**
 * The open-data shapes: built from the fixture content, checked against their own JSON Schema
 * (read back by a converter, not the Zod schema they came from), documented field by field.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { precisionOf } from '../../src/lib/dates.ts';
import {
  buildInstrumentsFile,
  buildMilestonesCsv,
  buildMilestonesFile,
  documentFields,
  InstrumentsFileSchema,
  jsonSchemaOf,
  MILESTONE_CSV_COLUMNS,
  MilestonesFileSchema,
  type ExportableInstrument,
  type ExportableMilestone,
} from '../../src/lib/open-data.ts';
import { milestoneInstant } from '../../src/lib/status.ts';
import { trackOf, type InstrumentData, type MilestoneData } from '../../src/lib/schema.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { validFiles } from './helpers.ts';

const content = validateContent(validFiles());
const campaign = content.campaign;
if (!campaign) throw new Error('fixture campaign missing');
/** An instrument's milestones as the data layer hands them to the files. */
const exportable = (
  id: string,
  data: Pick<InstrumentData, 'milestones' | 'tags'>,
  zone: string,
): ExportableMilestone[] =>
  data.milestones.map((m) => ({
    ...m,
    instrumentId: id,
    key: `${id}#${m.id}`,
    precision: precisionOf(m.date),
    zone: m.timeZone ?? zone,
    instant: milestoneInstant(m, zone).getTime(),
    allTags: [...new Set([...data.tags, ...(m.tags ?? [])])],
    permalink: `/instruments/${id}/#${m.id}`,
  }));
const milestones: ExportableMilestone[] = content.instruments.flatMap((i) =>
  exportable(i.id, i.data, campaign.timeZone),
);
const milestonesFile = buildMilestonesFile(campaign, milestones);
const instrumentsFile = buildInstrumentsFile(
  campaign,
  content.instruments.map((i) => ({
    ...i.data,
    id: i.id,
    track: trackOf(i.data),
    milestones: exportable(i.id, i.data, campaign.timeZone),
  })),
);
const milestonesJsonSchema = jsonSchemaOf(
  MilestonesFileSchema,
  'https://fixture.example.org/data/milestones.schema.json',
);
const instrumentsJsonSchema = jsonSchemaOf(
  InstrumentsFileSchema,
  'https://fixture.example.org/data/instruments.schema.json',
);

/** Every key path in a JSON value, written as documentFields writes them ("milestones[].sources[].url"). */
function keyPaths(value: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  if (Array.isArray(value))
    for (const item of value) for (const p of keyPaths(item, `${prefix}[]`)) out.add(p);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${k}` : k;
      out.add(path);
      for (const p of keyPaths(v, path)) out.add(p);
    }
  return out;
}

describe('milestones.json', () => {
  it('holds every milestone, with its key, precision, zone and absolute permalink', () => {
    expect(milestonesFile.milestones).toHaveLength(milestones.length);
    const second = milestonesFile.milestones.find((m) => m.key === 'alpha-regulation#second-end');
    expect(second).toMatchObject({
      instrument: 'alpha-regulation',
      id: 'second-end',
      date: '2102-04-03',
      precision: 'day',
      time: '17:00',
      timeZone: 'Europe/Brussels',
      url: 'https://fixture.example.org/instruments/alpha-regulation/#second-end',
    });
    // 17:00 on 3 April 2102 in Brussels, with the offset of summer time.
    expect(second?.dueAt).toBe('2102-04-03T17:00:00.000+02:00');
    expect(
      milestonesFile.milestones.find((m) => m.key === 'alpha-regulation#proposal'),
    ).toMatchObject({ date: '2098-03', precision: 'month' });
    expect(
      milestonesFile.milestones.find((m) => m.key === 'alpha-regulation#proposal')?.dueAt,
    ).toBeUndefined();
  });

  it('leaves optional fields out instead of writing null', () => {
    expect(JSON.stringify(milestonesFile)).not.toContain('null');
  });

  it('validates against its published JSON Schema, which rejects a broken file', () => {
    const fromJson = z.fromJSONSchema(milestonesJsonSchema);
    const roundTripped: unknown = JSON.parse(JSON.stringify(milestonesFile));
    expect(fromJson.safeParse(roundTripped).success).toBe(true);
    const broken = structuredClone(roundTripped) as {
      milestones: Record<string, unknown>[];
      schemaVersion: string;
    };
    delete broken.milestones[0]?.['date'];
    expect(fromJson.safeParse(broken).success).toBe(false);
    const wrongVersion = { ...(roundTripped as object), schemaVersion: '2.0' };
    expect(fromJson.safeParse(wrongVersion).success).toBe(false);
    const extraField = structuredClone(roundTripped) as { milestones: Record<string, unknown>[] };
    if (extraField.milestones[0]) extraField.milestones[0]['happened'] = true;
    expect(fromJson.safeParse(extraField).success).toBe(false);
  });

  it('has a JSON Schema 2020-12 with its own address', () => {
    expect(milestonesJsonSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(milestonesJsonSchema['$id']).toBe(
      'https://fixture.example.org/data/milestones.schema.json',
    );
  });
});

describe('instruments.json', () => {
  it('holds every instrument with its track, counts and addresses, and validates against its JSON Schema', () => {
    expect(instrumentsFile.instruments.map((i) => i.id)).toEqual(
      content.instruments.map((i) => i.id),
    );
    expect(instrumentsFile.instruments[0]).toMatchObject({
      id: 'alpha-regulation',
      track: 'legislative',
      milestoneCount: 5,
      url: 'https://fixture.example.org/instruments/alpha-regulation/',
      calendarUrl: 'https://fixture.example.org/instruments/alpha-regulation/calendar.ics',
    });
    expect(instrumentsFile.instruments[1]).toMatchObject({
      id: 'beta-strategy',
      track: 'non-legislative',
    });
    const fromJson = z.fromJSONSchema(instrumentsJsonSchema);
    expect(fromJson.safeParse(JSON.parse(JSON.stringify(instrumentsFile))).success).toBe(true);
  });
});

describe('the status in instruments.json: confirmed and reported, apart', () => {
  // The Interim Regulation, its first extension and the second extension, cut down, as the
  // record stood when the content was checked on 1 December 2026.
  const checked = { ...campaign, reviewedAt: '2026-12-01' };
  const source = { url: 'https://eur-lex.europa.eu/x', title: 'Source', publisher: 'EUR-Lex' };
  const fact = (id: string, date: string, extra: Partial<MilestoneData> = {}): MilestoneData => ({
    id,
    date,
    title: `Title of ${id}`,
    confidence: 'official',
    sources: [{ ...source, kind: 'official' }],
    ...extra,
  });
  const report = (id: string, date: string, extra: Partial<MilestoneData> = {}): MilestoneData =>
    fact(id, date, {
      confidence: 'unverified',
      sources: [{ title: 'Notes', publisher: 'unofficial notes', kind: 'secondary' }],
      ...extra,
    });
  const instrument = (
    id: string,
    list: MilestoneData[],
    related: InstrumentData['related'] = [],
  ): ExportableInstrument => ({
    id,
    title: `Instrument ${id}`,
    shortTitle: id,
    kind: 'regulation',
    track: 'legislative',
    jurisdiction: 'EU',
    summary: 'A fixture instrument.',
    references: {},
    related,
    tags: [],
    milestones: exportable(id, { milestones: list, tags: [] }, checked.timeZone),
  });
  const file = buildInstrumentsFile(checked, [
    instrument('interim', [
      fact('in-force', '2021-08-02', { stage: 'in-force' }),
      fact('end', '2026-04-03', { stage: 'expired', deadline: { outcome: 'lapsed' } }),
    ]),
    instrument(
      'first-extension',
      [
        fact('in-force', '2024-05-15', {
          stage: 'in-force',
          confidence: 'derived',
          rule: 'a rule',
        }),
      ],
      [{ instrument: 'interim', relation: 'extends' }],
    ),
    instrument(
      'second-extension',
      [
        fact('council-first-reading', '2026-07-02', { stage: 'council-first-reading' }),
        fact('second-reading', '2026-07-09'),
        report('reported-adoption', '2026-07-24', { stage: 'signed' }),
        report('reported-end', '2028-04-03', { stage: 'expired', deadline: {} }),
      ],
      [{ instrument: 'interim', relation: 'follows' }],
    ),
  ]);
  const statusOf = (id: string) => file.instruments.find((i) => i.id === id)?.status;

  it('gives the last confirmed stage and, apart, what is reported since and ahead, with sources', () => {
    expect(statusOf('second-extension')).toEqual({
      asOf: '2026-12-01',
      lastConfirmed: {
        milestone: 'second-extension#council-first-reading',
        date: '2026-07-02',
        title: 'Title of council-first-reading',
        stage: 'council-first-reading',
        confidence: 'official',
        sources: [{ ...source, kind: 'official' }],
        url: 'https://fixture.example.org/instruments/second-extension/#council-first-reading',
      },
      reportedSince: [
        expect.objectContaining({
          milestone: 'second-extension#reported-adoption',
          stage: 'signed',
          confidence: 'unverified',
          sources: [{ title: 'Notes', publisher: 'unofficial notes', kind: 'secondary' }],
        }),
      ],
      reportedUpcoming: [
        expect.objectContaining({ milestone: 'second-extension#reported-end', date: '2028-04-03' }),
      ],
    });
  });

  it('says that an extension’s effect ended with the act it extended', () => {
    expect(statusOf('first-extension')).toMatchObject({
      lastConfirmed: { stage: 'in-force' },
      effectEnded: {
        instrument: 'interim',
        relation: 'extends',
        milestone: 'interim#end',
        date: '2026-04-03',
        stage: 'expired',
      },
    });
    expect(statusOf('second-extension')?.effectEnded).toBeUndefined(); // it only follows it
    expect(statusOf('interim')).toMatchObject({ lastConfirmed: { stage: 'expired' } });
  });

  it('is the status on the day the content was checked, not on the day of the build', () => {
    const earlier = buildInstrumentsFile({ ...checked, reviewedAt: '2026-07-20' }, [
      instrument('second-extension', [
        fact('council-first-reading', '2026-07-02', { stage: 'council-first-reading' }),
        report('reported-adoption', '2026-07-24', { stage: 'signed' }),
      ]),
    ]);
    expect(earlier.instruments[0]?.status).toMatchObject({
      asOf: '2026-07-20',
      reportedSince: [],
      reportedUpcoming: [{ milestone: 'second-extension#reported-adoption' }],
    });
  });

  it('matches its JSON Schema, and every field it holds is documented', () => {
    const schema = z.fromJSONSchema(instrumentsJsonSchema);
    expect(schema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
    const documented = new Map(documentFields(instrumentsJsonSchema).map((f) => [f.path, f]));
    for (const path of keyPaths(file)) {
      expect(documented.has(path), `${path} is not documented`).toBe(true);
      expect(documented.get(path)?.description, `${path} has no description`).not.toBe('');
    }
  });
});

describe('documentation of the fields', () => {
  it('documents every key the files contain, each with a meaning', () => {
    for (const [file, schema] of [
      [milestonesFile, milestonesJsonSchema],
      [instrumentsFile, instrumentsJsonSchema],
    ] as const) {
      const documented = new Map(documentFields(schema).map((f) => [f.path, f]));
      for (const path of keyPaths(file)) {
        expect(documented.has(path), `${path} is not documented`).toBe(true);
        expect(documented.get(path)?.description, `${path} has no description`).not.toBe('');
      }
    }
  });

  it('names the allowed values of fixed lists', () => {
    const confidence = documentFields(milestonesJsonSchema).find(
      (f) => f.path === 'milestones[].confidence',
    );
    expect(confidence?.values).toEqual([
      'official',
      'secondary',
      'derived',
      'disputed',
      'unverified',
    ]);
    expect(confidence?.required).toBe(true);
  });
});

describe('milestones.csv', () => {
  const csv = buildMilestonesCsv(
    milestonesFile,
    new Map(content.instruments.map((i) => [i.id, i.data.shortTitle])),
  );
  const rows = parse<Record<string, string>>(csv, { columns: true, record_delimiter: '\r\n' });

  it('has the documented header and one row per milestone', () => {
    expect(csv.slice(0, csv.indexOf('\r\n')).split(',')).toEqual(
      MILESTONE_CSV_COLUMNS.map((c) => c.name),
    );
    expect(rows).toHaveLength(milestones.length);
  });

  it.each([
    [
      'alpha-regulation#agreement',
      {
        instrument_id: 'alpha-regulation',
        instrument: 'Alpha Regulation',
        date: '2098-11-20',
        precision: 'day',
        stage: 'provisional-agreement',
        confidence: 'disputed',
        alternative_dates: '2098-11-21',
        first_source_url: 'https://news.example.org/b',
        deadline: 'false',
      },
    ],
    [
      'alpha-regulation#second-end',
      {
        deadline: 'true',
        time: '17:00',
        due_at: '2102-04-03T17:00:00.000+02:00',
        votes_for: '10',
        votes_against: '2',
        votes_abstentions: '1',
      },
    ],
    [
      'beta-strategy#adopted',
      { precision: 'year', confidence: 'unverified', first_source_url: '' },
    ],
  ])(
    'carries the instrument, date, precision, stage, confidence and first source of %s',
    (key, row) => {
      expect(rows.find((r) => r['key'] === key)).toMatchObject(row);
    },
  );
});
