/**
 * The web editor's configuration against the schema it is generated from. The oracle is zod's
 * own JSON Schema of the content (the same one the README's field reference comes from): every
 * field, required flag, vocabulary, regex and description must be in the editor's form, and
 * nothing else. Formats the schema checks with a function (dates, times, URLs, time zones) are
 * checked by their behaviour: the editor's pattern accepts every value the content holds and
 * refuses values of the wrong shape, which the validator refuses too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EDITOR_WORDS, vocabularyLabel } from '../../src/admin/labels.ts';
import { getT } from '../../src/i18n/index.ts';
import {
  backendConfig,
  backendOrigins,
  buildEditorConfig,
  CAMPAIGN_FIELDS_NOT_EDITED,
  campaignFields,
  editorHint,
  instrumentFields,
  type EditorField,
} from '../../src/lib/editor-config.ts';
import { BODY_KEY, PRESENCE_KEY } from '../../src/lib/editor-format.ts';
import {
  CampaignSchema,
  CONFIDENCES,
  InstrumentSchema,
  MilestoneSchema,
} from '../../src/lib/schema.ts';
import { editorConfigText } from '../../src/integrations/editor-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  default?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
}

const toJson = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;

/** Every disagreement between a JSON Schema object and the editor's fields for it, as text. */
function disagreements(json: JsonSchema, fields: readonly EditorField[], path: string): string[] {
  const out: string[] = [];
  const props = json.properties ?? {};
  const own = fields.filter((f) => f.name !== PRESENCE_KEY);
  const names = own.map((f) => f.name);
  for (const name of Object.keys(props))
    if (!names.includes(name)) out.push(`${path}${name}: in the schema, not in the editor`);
  for (const name of names)
    if (!(name in props)) out.push(`${path}${name}: in the editor, not in the schema`);
  for (const field of own) {
    const prop = props[field.name];
    if (!prop) continue;
    out.push(...fieldDisagreements(prop, field, json.required ?? [], `${path}${field.name}`));
  }
  return out;
}

function fieldDisagreements(
  prop: JsonSchema,
  field: EditorField,
  required: readonly string[],
  path: string,
): string[] {
  const out: string[] = [];
  const say = (what: string, schema: unknown, editor: unknown): void => {
    if (JSON.stringify(schema) !== JSON.stringify(editor))
      out.push(
        `${path}: ${what} is ${JSON.stringify(schema)} in the schema, ${JSON.stringify(editor)} in the editor`,
      );
  };
  const isRequired = required.includes(field.name) && prop.default === undefined;
  say('required', isRequired, field.required !== false);
  say('description', prop.description && editorHint(prop.description), field.hint);
  if (prop.enum) {
    say(
      'options',
      prop.enum,
      field.options?.map((o) => o.value),
    );
  }
  if (prop.type === 'string' && !prop.enum) {
    if (prop.pattern !== undefined) say('pattern', prop.pattern, field.pattern?.[0]);
    say('minimum length', prop.minLength, field.minlength);
    say('maximum length', prop.maxLength, field.maxlength);
  }
  if (prop.type === 'integer' || prop.type === 'number') {
    say('number type', prop.type === 'integer' ? 'int' : 'float', field.value_type);
    say('minimum', prop.minimum, field.min);
  }
  if (prop.type === 'boolean') say('widget', 'boolean', field.widget);
  if (prop.type === 'object') {
    say('widget', 'object', field.widget);
    out.push(...disagreements(prop, field.fields ?? [], `${path}.`));
  }
  if (prop.type === 'array') {
    say('widget', 'list', field.widget);
    say('minimum items', prop.minItems, field.min);
    const items = prop.items ?? {};
    if (items.type === 'object')
      out.push(...disagreements(items, field.fields ?? [], `${path}[].`));
    else if (field.field)
      out.push(...fieldDisagreements(items, field.field, [field.field.name], `${path}[]`));
    else out.push(`${path}: a list of values without an item field in the editor`);
  }
  return out;
}

const instrument = instrumentFields(EDITOR_WORDS);
const campaign = campaignFields(EDITOR_WORDS);

describe('the editor’s fields match the schema', () => {
  it('instrument frontmatter: every field, required flag, vocabulary, regex, length and description', () => {
    const fields = instrument.filter((f) => f.name !== BODY_KEY);
    expect(disagreements(toJson(InstrumentSchema), fields, '')).toEqual([]);
  });

  it('campaign.yaml: the same, without the editor’s own settings', () => {
    const json = toJson(CampaignSchema);
    for (const name of CAMPAIGN_FIELDS_NOT_EDITED) delete json.properties?.[name];
    expect(disagreements(json, campaign, '')).toEqual([]);
  });

  it('the comparison itself fails on a disagreement', () => {
    const broken = instrument
      .filter((f) => f.name !== BODY_KEY && f.name !== 'summary')
      .map((f) => (f.name === 'kind' ? { ...f, options: (f.options ?? []).slice(1) } : f));
    const found = disagreements(toJson(InstrumentSchema), broken, '');
    expect(found).toContain('summary: in the schema, not in the editor');
    expect(found.some((d) => d.startsWith('kind: options'))).toBe(true);
  });

  it('hints are the descriptions, without the advice to quote dates (the editor quotes them)', () => {
    expect(find(instrument, ['milestones', 'date']).hint).toBe(
      'When it happened or is due, at the precision known: "2021-07-30", "2021-07" or "2021".',
    );
    expect(editorHint('For a span of time (a consultation), its last date, in quotes.')).toBe(
      'For a span of time (a consultation), its last date.',
    );
    expect(editorHint('A calendar date in quotes, at the precision known')).toBe(
      'A calendar date, at the precision known',
    );
  });

  it('the explainer is a Markdown field after the frontmatter fields', () => {
    expect(instrument.at(-1)).toMatchObject({ name: BODY_KEY, widget: 'markdown' });
  });

  it('a deadline carries the hidden mark that keeps `deadline: {}`', () => {
    const deadline = find(instrument, ['milestones', 'deadline']);
    expect(deadline.fields?.[0]).toEqual({
      name: PRESENCE_KEY,
      label: 'Deadline',
      widget: 'hidden',
      default: true,
    });
  });
});

/** A list of values' item field, or the field itself. */
const leaf = (field: EditorField): EditorField => field.field ?? field;

/** A field by its names from the top (lists are looked into). */
function find(fields: readonly EditorField[], names: readonly string[]): EditorField {
  let current: readonly EditorField[] = fields;
  let found: EditorField | undefined;
  for (const name of names) {
    found = current.find((f) => f.name === name);
    if (!found) throw new Error(`no field ${names.join('.')}`);
    current = found.fields ?? (found.field ? [found.field] : []);
  }
  if (!found) throw new Error('no names');
  return found;
}

describe('vocabulary labels come from the site’s dictionary', () => {
  const t = getT('en');
  it('stages, confidence levels, actors and relations use the site’s own words', () => {
    const stage = find(instrument, ['milestones', 'stage']);
    expect(stage.options?.find((o) => o.value === 'trilogue')?.label).toBe(t('stage.trilogue'));
    expect(find(instrument, ['milestones', 'confidence']).options).toEqual(
      CONFIDENCES.map((value) => ({ value, label: t(`confidence.${value}`) })),
    );
    expect(find(instrument, ['milestones', 'actor']).options?.[0]).toEqual({
      value: 'commission',
      label: t('actor.commission'),
    });
    expect(find(instrument, ['related', 'relation']).options?.[0]).toEqual({
      value: 'amends',
      label: t('relation.amends'),
    });
  });

  it('an unknown value is an error, not a blank label', () => {
    expect(() => vocabularyLabel('stage', 'no-such-stage')).toThrow(/no label/);
  });
});

/** Every value of a content field, from the project's content and the valid fixtures. */
function valuesOf(path: readonly string[]): string[] {
  const dirs = [join(ROOT, 'content'), join(ROOT, 'tests', 'fixtures', 'valid')];
  const out: string[] = [];
  const collect = (value: unknown, rest: readonly string[]): void => {
    if (rest.length === 0) {
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) value.forEach((v) => collect(v, rest));
      return;
    }
    const [head, ...tail] = rest;
    if (Array.isArray(value)) value.forEach((v) => collect(v, rest));
    else if (value && typeof value === 'object')
      collect((value as Record<string, unknown>)[head ?? ''], tail);
  };
  for (const dir of dirs) {
    for (const name of readdirSync(join(dir, 'instruments'))) {
      const text = readFileSync(join(dir, 'instruments', name), 'utf8');
      const yaml = /^---\n([\s\S]*?\n)---/.exec(text)?.[1] ?? '';
      collect(parse(yaml), path);
    }
    const campaignData: unknown = parse(readFileSync(join(dir, 'campaign.yaml'), 'utf8'));
    collect({ campaign: campaignData }, path);
  }
  return out;
}

describe('the editor’s patterns accept what the validator accepts and refuse wrong shapes', () => {
  const cases: {
    path: string[];
    schema: z.ZodType;
    bad: string[];
  }[] = [
    {
      path: ['milestones', 'date'],
      schema: MilestoneSchema.shape.date,
      bad: ['2021-7-30', '30/07/2021', '21', '2021-07-30T10:00', '2021-07-30 '],
    },
    { path: ['milestones', 'endDate'], schema: MilestoneSchema.shape.endDate, bad: ['July 2021'] },
    {
      path: ['milestones', 'time'],
      schema: MilestoneSchema.shape.time,
      bad: ['9:00', '24:00', '17h'],
    },
    {
      path: ['milestones', 'timeZone'],
      schema: MilestoneSchema.shape.timeZone,
      bad: ['CET', 'Brussels', 'Europe Brussels'],
    },
    {
      path: ['milestones', 'sources', 'url'],
      schema: MilestoneSchema.shape.sources.element.shape.url,
      bad: ['eur-lex.europa.eu', 'ftp://x.org/a', 'https:// x'],
    },
    {
      path: ['milestones', 'id'],
      schema: MilestoneSchema.shape.id,
      bad: ['Council', 'a--b', 'a b'],
    },
    {
      path: ['references', 'procedure'],
      schema: InstrumentSchema.shape.references,
      bad: ['2020/259(COD)'],
    },
    { path: ['campaign', 'reviewedAt'], schema: CampaignSchema.shape.reviewedAt, bad: ['2026-11'] },
  ];
  for (const { path, schema, bad } of cases) {
    const field = find(
      path[0] === 'campaign' ? campaign : instrument,
      path.filter((p) => p !== 'campaign'),
    );
    it(`${path.join('.')}: ${field.pattern?.[0] ?? '(no pattern)'}`, () => {
      expect(field.pattern, 'the field has a pattern').toBeDefined();
      const re = new RegExp(field.pattern?.[0] ?? '');
      const values = valuesOf(path);
      if (path.join('.') !== 'milestones.time') expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(re.test(value), `${value} is accepted`).toBe(true);
      for (const value of bad) {
        expect(re.test(value), `${value} is refused by the editor`).toBe(false);
        const input = path[0] === 'references' ? { procedure: value } : value;
        expect(schema.safeParse(input).success, `${value} is refused by the validator`).toBe(false);
      }
    });
  }

  it('each pattern carries the validator’s own message', () => {
    const date = find(instrument, ['milestones', 'date']);
    const issues = MilestoneSchema.shape.date.safeParse('x').error?.issues.map((i) => i.message);
    expect(issues).toContain(date.pattern?.[1]);
    expect(date.pattern?.[1]).toMatch(/^not a real date: .*\. Fix: /);
    const procedure = find(instrument, ['references', 'procedure']);
    expect(procedure.pattern?.[1]).toBe(
      InstrumentSchema.shape.references.safeParse({ procedure: 'x' }).error?.issues[0]?.message,
    );
    const reviewed = find(campaign, ['reviewedAt']);
    expect(reviewed.pattern?.[1]).toBe('a full date is needed here. Fix: write "YYYY-MM-DD"');
  });

  it('every string field the schema checks for a format has a pattern, but for the listed rules', () => {
    // Checked at save by the validator only: a language tag, a contact address (URL or mailto),
    // and rules beside a pattern (an accent colour's contrast, ids kept for the site).
    const notAsPattern = ['locale', 'links.contact'];
    /** Paths of the string fields that carry a regex or a function check (lists looked into). */
    const checkedStrings = (schema: z.ZodType, path: string[]): string[][] => {
      let def = (schema as unknown as { def: Record<string, unknown> }).def;
      while (def['type'] === 'optional' || def['type'] === 'default')
        def = (def['innerType'] as { def: Record<string, unknown> }).def;
      if (def['type'] === 'object')
        return Object.entries(def['shape'] as Record<string, z.ZodType>).flatMap(([k, v]) =>
          checkedStrings(v, [...path, k]),
        );
      if (def['type'] === 'array') return checkedStrings(def['element'] as z.ZodType, path);
      const checks = (def['checks'] as { _zod: { def: { check: string } } }[] | undefined) ?? [];
      const checked = checks.some((c) => ['custom', 'string_format'].includes(c._zod.def.check));
      return def['type'] === 'string' && checked ? [path] : [];
    };
    const missing = [
      ...checkedStrings(InstrumentSchema, []).filter((p) => !leaf(find(instrument, p)).pattern),
      ...checkedStrings(CampaignSchema, [])
        .filter((p) => !CAMPAIGN_FIELDS_NOT_EDITED.includes(p[0] ?? ''))
        .filter((p) => !leaf(find(campaign, p)).pattern),
    ]
      .map((p) => p.join('.'))
      .filter((p) => !notAsPattern.includes(p));
    expect(missing).toEqual([]);
  });
});

describe('list summaries', () => {
  /** Fills `{{fields.x}}` as the editor does. */
  const fill = (template: string, item: Record<string, unknown>): string =>
    template.replace(/\{\{fields\.(\w+)\}\}/g, (_, key: string) => {
      const value = item[key];
      return typeof value === 'string' ? value : '';
    });

  it('a milestone reads as "date · title"', () => {
    const milestones = find(instrument, ['milestones']);
    const text = readFileSync(join(ROOT, 'content/instruments/interim-regulation.mdx'), 'utf8');
    const data = parse(/^---\n([\s\S]*?\n)---/.exec(text)?.[1] ?? '') as {
      milestones: Record<string, unknown>[];
    };
    const published = data.milestones.find((m) => m['id'] === 'published') ?? {};
    expect(fill(milestones.summary ?? '', published)).toBe(
      '2021-07-30 · Published in the Official Journal',
    );
    expect(find(instrument, ['milestones', 'sources']).summary).toBe(
      '{{fields.publisher}} · {{fields.title}}',
    );
  });
});

describe('the whole configuration', () => {
  const settings = { backend: 'github' as const, repo: 'ecpat/beacon', reviewBeforePublish: false };
  const config = buildEditorConfig({
    words: EDITOR_WORDS,
    contentDir: 'content',
    campaignName: 'Project Beacon',
    siteUrl: 'https://beacon.example.org',
    editor: settings,
  }) as {
    collections: Record<string, unknown>[];
    singletons: Record<string, unknown>[];
  } & Record<string, unknown>;

  it('has the instruments (templates left out) and the campaign file', () => {
    expect(config.collections[0]).toMatchObject({
      folder: 'content/instruments',
      extension: 'mdx',
      filter: { field: 'slug', pattern: '^[^_]' },
      slug: { editable: ['create'], pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', expect.any(String)] },
      delete: false,
    });
    expect(config.singletons[0]).toMatchObject({ file: 'content/campaign.yaml' });
  });

  it('GitHub: a token, or OAuth through the campaign’s own auth worker; review before publishing', () => {
    expect(backendConfig(settings)).toEqual({
      name: 'github',
      repo: 'ecpat/beacon',
      auth_methods: ['token'],
    });
    expect(
      backendConfig({ ...settings, authUrl: 'https://auth.example.workers.dev', branch: 'main' }),
    ).toEqual({
      name: 'github',
      repo: 'ecpat/beacon',
      branch: 'main',
      base_url: 'https://auth.example.workers.dev',
      auth_methods: ['oauth', 'token'],
    });
    expect(
      buildEditorConfig({
        words: EDITOR_WORDS,
        contentDir: 'content',
        campaignName: 'x',
        editor: { ...settings, reviewBeforePublish: true },
      })['publish_mode'],
    ).toBe('editorial_workflow');
    expect(backendOrigins(settings)).toEqual(['https://api.github.com']);
  });

  it('Gitea or Forgejo: its own API, OAuth with an application id', () => {
    const gitea = {
      backend: 'gitea' as const,
      repo: 'beacon/site',
      apiRoot: 'https://git.example.org/api/v1',
      appId: 'abc',
      reviewBeforePublish: false,
    };
    expect(backendConfig(gitea)).toEqual({
      name: 'gitea',
      repo: 'beacon/site',
      api_root: 'https://git.example.org/api/v1',
      app_id: 'abc',
      base_url: 'https://git.example.org',
      auth_methods: ['oauth', 'token'],
    });
    expect(backendOrigins(gitea)).toEqual(['https://git.example.org']);
  });

  it('is served as YAML that reads back as the same object', () => {
    const text = editorConfigText({
      root: ROOT,
      contentDir: join(ROOT, 'content'),
      campaign: {
        ...CampaignSchema.parse(parse(readFileSync(join(ROOT, 'content/campaign.yaml'), 'utf8'))),
        editor: settings,
      },
      mode: 'build',
    });
    expect(text).toMatch(/^# The web editor’s configuration/);
    expect(parse(text)).toEqual({
      ...config,
      site_url: 'https://beacon.example.org',
    });
    expect(text).not.toMatch(/undefined/);
  });
});
