/**
 * The web editor's configuration (Sveltia CMS, served at /admin/config.yml), generated from the
 * content schema so the two cannot drift apart:
 *
 * - every field of `campaign.yaml` and of an instrument's frontmatter, nested lists and groups
 *   included (milestones, their sources, alternatives, votes, correction, deadline);
 * - required fields, lengths, list minimums;
 * - vocabularies as select options with their labels;
 * - formats as patterns, with the validator's own message for a value that breaks them: a
 *   regex in the schema is used as it is; a format checked by a function (dates, times, URLs,
 *   time zones) is matched by a pattern here, and its message is what the schema says about a
 *   value of the wrong shape;
 * - hints from the schema's `.describe()` texts;
 * - a summary line per list item ("2021-07-30 · Published in the Official Journal").
 *
 * Words that are not in the schema (field labels, collection names, the labels of vocabulary
 * values) come from the caller (`src/admin/labels.ts`), so nothing here is English.
 *
 * Pure: no file system, no clock. `tests/unit/editor-config.test.ts` compares the result with
 * the schema's own JSON Schema.
 */
import type { z } from 'astro/zod';
import { TIME_RE } from './dates.ts';
import { PARTIAL_DATE_RE } from './shared/format.ts';
import { BODY_KEY, PRESENCE_KEY, type PresencePath } from './editor-format.ts';
import {
  ACTORS,
  CampaignSchema,
  CONFIDENCES,
  FullDateSchema,
  HttpUrlSchema,
  ID_RE,
  INSTRUMENT_KINDS,
  InstrumentSchema,
  MilestoneSchema,
  OUTCOMES,
  PartialDateSchema,
  RELATIONS,
  SOURCE_KINDS,
  STAGES,
  TimeZoneSchema,
  TRACKS,
  type EditorSettings,
} from './schema.ts';

/** The schema's vocabularies, by the name their labels are looked up under. */
export const VOCABULARIES = {
  kind: INSTRUMENT_KINDS,
  track: TRACKS,
  stage: STAGES,
  confidence: CONFIDENCES,
  actor: ACTORS,
  sourceKind: SOURCE_KINDS,
  relation: RELATIONS,
  outcome: OUTCOMES,
} as const;
export type Vocabulary = keyof typeof VOCABULARIES;

/** The custom file formats src/admin registers with the editor (see editor-format.ts). */
export const INSTRUMENT_FORMAT = 'policy-timeline-frontmatter';
export const CAMPAIGN_FORMAT = 'policy-timeline-yaml';

/** Objects that mean something when empty (`deadline: {}`), by key path in an instrument. */
export const INSTRUMENT_PRESENCE: readonly PresencePath[] = [['milestones', '*', 'deadline']];

/** Campaign fields the editor leaves to developers: the editor's own settings. */
export const CAMPAIGN_FIELDS_NOT_EDITED: readonly string[] = ['editor'];

/** The words of the editor's form that are not in the schema. */
export interface EditorWords {
  /** The label of one value of a vocabulary, e.g. ("stage", "trilogue") → "In trilogue". */
  vocabulary(vocabulary: Vocabulary, value: string): string;
  /** A field's label by its key path (list items as "*"), e.g. ["milestones", "*", "date"]. */
  field(path: readonly string[]): string;
  /** The label of one item of a list field, e.g. ["milestones"] → "Milestone". */
  item(path: readonly string[]): string;
  readonly instruments: { readonly label: string; readonly singular: string };
  readonly campaign: { readonly label: string };
  readonly body: { readonly label: string; readonly hint: string };
  readonly slugHint: string;
  /** The editor's window title, from the campaign's name. */
  appTitle(campaignName: string): string;
}

/** A field of the editor's form (the subset of Sveltia CMS's field options this project uses). */
export interface EditorField {
  name: string;
  label: string;
  widget:
    'string' | 'text' | 'select' | 'number' | 'boolean' | 'list' | 'object' | 'markdown' | 'hidden';
  required?: false;
  hint?: string;
  pattern?: [string, string];
  minlength?: number;
  maxlength?: number;
  options?: { label: string; value: string }[];
  value_type?: 'int' | 'float';
  min?: number;
  default?: unknown;
  fields?: EditorField[];
  field?: EditorField;
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  [option: string]: unknown;
}

export interface EditorConfigOptions {
  readonly words: EditorWords;
  /** The content folder relative to the repository root, e.g. "content". */
  readonly contentDir: string;
  /** The campaign's name (the window title) and public address (links to pages). */
  readonly campaignName: string;
  readonly siteUrl?: string | undefined;
  /** Where saves go; without it, the configuration only serves local editing (`npm run edit`). */
  readonly editor?: EditorSettings | undefined;
}

/** Summary lines of list items, by the list's key path. */
const SUMMARIES: Readonly<Record<string, string>> = {
  milestones: '{{fields.date}} · {{fields.title}}',
  'milestones.*.sources': '{{fields.publisher}} · {{fields.title}}',
  'milestones.*.alternatives': '{{fields.date}}',
  'milestones.*.alternatives.*.sources': '{{fields.publisher}} · {{fields.title}}',
  related: '{{fields.relation}} · {{fields.instrument}}',
};

/** Fields shown as a multi-line box rather than one line: by name, and by key path. */
const MULTILINE = new Set(['note', 'summary', 'description', 'claim', 'correct']);
const MULTILINE_PATHS = new Set(['title']);

/** Folded list items (a long list of milestones reads as its summary lines). */
const COLLAPSED_LISTS = new Set(['milestones', 'milestones.*.sources']);

// ---------------------------------------------------------------------------------------------
// Reading zod's definitions

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly entries?: Record<string, string>;
}
interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly error?: (issue: unknown) => unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;
const checksOf = (schema: z.ZodType): readonly CheckDef[] =>
  (defOf(schema).checks ?? []).map((c) => c._zod.def);

interface Unwrapped {
  readonly inner: z.ZodType;
  readonly optional: boolean;
  readonly description: string | undefined;
}

/** Looks through `.optional()` and `.default()`, keeping the outermost description. */
function unwrap(schema: z.ZodType): Unwrapped {
  let cur = schema;
  let optional = false;
  let description = schema.description;
  for (;;) {
    const def = defOf(cur);
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      cur = def.innerType;
      description ??= cur.description;
    } else break;
  }
  return { inner: cur, optional, description };
}

/** The check objects of a schema, for recognising a format checked by a function. */
const customChecks = (schema: z.ZodType): readonly unknown[] =>
  (defOf(unwrap(schema).inner).checks ?? []).filter((c) => c._zod.def.check === 'custom');

/**
 * Formats the schema checks with a function, and the pattern the editor checks them with. Each
 * is recognised by the schema's own check object, so a field built from `PartialDateSchema`
 * (with `.describe()` or `.optional()` around it) gets the date pattern. The message is what
 * the schema answers for `sample`, a value of the wrong shape.
 */
function refinedFormats(): {
  check: unknown;
  pattern: RegExp;
  schema: z.ZodType;
  sample: string;
}[] {
  const time: z.ZodType = MilestoneSchema.shape.time;
  const [partial] = customChecks(PartialDateSchema);
  const full = customChecks(FullDateSchema).find((c) => c !== partial);
  return [
    { check: full, pattern: /^\d{4}-\d{2}-\d{2}$/, schema: FullDateSchema, sample: '2021' },
    { check: partial, pattern: PARTIAL_DATE_RE, schema: PartialDateSchema, sample: 'x' },
    { check: customChecks(time)[0], pattern: TIME_RE, schema: unwrap(time).inner, sample: 'x' },
    {
      check: customChecks(HttpUrlSchema)[0],
      pattern: /^https?:\/\/[^\s/]+\S*$/,
      schema: HttpUrlSchema,
      sample: 'x',
    },
    {
      check: customChecks(TimeZoneSchema)[0],
      pattern: /^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/,
      schema: TimeZoneSchema,
      sample: 'x',
    },
  ];
}

/** The messages a schema gives for a value, joined. */
function messagesFor(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? '' : result.error.issues.map((i) => i.message).join(' ');
}

/** The editor's pattern for a string field, with the validator's message, when it has a format. */
function patternOf(schema: z.ZodType): [string, string] | undefined {
  const regex = checksOf(schema).find((c) => c.check === 'string_format' && c.pattern);
  if (regex?.pattern) {
    const message = regex.error?.({ code: 'invalid_format', input: '' });
    return [regex.pattern.source, typeof message === 'string' ? message : ''];
  }
  const own = customChecks(schema);
  // The most specific format first: a full date is also a partial date.
  const format = refinedFormats().find((f) => f.check !== undefined && own.includes(f.check));
  return format ? [format.pattern.source, messagesFor(format.schema, format.sample)] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Fields

/**
 * A field's hint: its `.describe()` text, without the advice to quote dates, which is for
 * people who write the YAML by hand (the editor writes the quotes itself, and a date typed in
 * quotes does not match its pattern).
 */
export function editorHint(description: string): string {
  return description.replace(/,? in quotes(?=[,.])/g, '');
}

const pathKey = (path: readonly string[]): string => path.join('.');

function vocabularyOf(values: readonly string[]): Vocabulary {
  const found = (Object.keys(VOCABULARIES) as Vocabulary[]).find((name) => {
    const vocabulary: readonly string[] = VOCABULARIES[name];
    return vocabulary.length === values.length && vocabulary.every((v, i) => v === values[i]);
  });
  if (!found)
    throw new Error(
      `the schema has a list of values the editor has no labels for: ${values.join(', ')} (add it to VOCABULARIES in src/lib/editor-config.ts)`,
    );
  return found;
}

function fieldOf(
  name: string,
  schema: z.ZodType,
  path: readonly string[],
  words: EditorWords,
  presence: readonly string[],
): EditorField {
  const { inner, optional, description } = unwrap(schema);
  const def = defOf(inner);
  const checks = checksOf(inner);
  const base: EditorField = {
    name,
    label: words.field(path),
    widget: 'string',
    ...(optional ? { required: false as const } : {}),
    ...(description ? { hint: editorHint(description) } : {}),
  };
  const min = checks.find((c) => c.check === 'min_length')?.minimum;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;

  switch (def.type) {
    case 'string': {
      const pattern = patternOf(inner);
      return {
        ...base,
        widget: MULTILINE.has(name) || MULTILINE_PATHS.has(pathKey(path)) ? 'text' : 'string',
        ...(pattern ? { pattern } : {}),
        ...(min !== undefined ? { minlength: min } : {}),
        ...(max !== undefined ? { maxlength: max } : {}),
      };
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      const vocabulary = vocabularyOf(values);
      return {
        ...base,
        widget: 'select',
        options: values.map((value) => ({ value, label: words.vocabulary(vocabulary, value) })),
      };
    }
    case 'number': {
      const int = checks.some((c) => c.check === 'number_format' && c.format === 'safeint');
      const low = checks.find((c) => c.check === 'greater_than');
      return {
        ...base,
        widget: 'number',
        value_type: int ? 'int' : 'float',
        ...(low?.value !== undefined ? { min: low.value } : {}),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'object': {
      const fields = fieldsOf(def.shape ?? {}, path, words, presence);
      if (presence.includes(pathKey(path)))
        fields.unshift({ name: PRESENCE_KEY, label: base.label, widget: 'hidden', default: true });
      return { ...base, widget: 'object', fields };
    }
    case 'array': {
      const element = def.element;
      if (!element) throw new Error(`a list without items at ${pathKey(path)}`);
      const itemPath = [...path, '*'];
      const item = unwrap(element).inner;
      const summary = SUMMARIES[pathKey(path)];
      const list: EditorField = {
        ...base,
        widget: 'list',
        label_singular: words.item(path),
        ...(min !== undefined ? { min } : {}),
        ...(summary ? { summary } : {}),
        ...(COLLAPSED_LISTS.has(pathKey(path)) ? { collapsed: true } : {}),
      };
      if (defOf(item).type === 'object')
        return { ...list, fields: fieldsOf(defOf(item).shape ?? {}, itemPath, words, presence) };
      return { ...list, field: fieldOf(name, element, itemPath, words, presence) };
    }
    default:
      throw new Error(
        `the editor has no form field for a "${def.type}" in the schema (at ${pathKey(path)})`,
      );
  }
}

function fieldsOf(
  shape: Record<string, z.ZodType>,
  path: readonly string[],
  words: EditorWords,
  presence: readonly string[],
  skip: readonly string[] = [],
): EditorField[] {
  return Object.entries(shape)
    .filter(([name]) => !skip.includes(name))
    .map(([name, schema]) => fieldOf(name, schema, [...path, name], words, presence));
}

/** The form of an instrument file: every frontmatter field, then the explainer. */
export function instrumentFields(words: EditorWords): EditorField[] {
  const presence = INSTRUMENT_PRESENCE.map(pathKey);
  return [
    ...fieldsOf(InstrumentSchema.shape, [], words, presence),
    {
      name: BODY_KEY,
      label: words.body.label,
      widget: 'markdown',
      required: false,
      hint: words.body.hint,
      buttons: [
        'bold',
        'italic',
        'link',
        'heading-two',
        'heading-three',
        'quote',
        'bulleted-list',
        'numbered-list',
      ],
      editor_components: [],
      modes: ['rich_text', 'raw'],
    },
  ];
}

/** The form of campaign.yaml (without the editor's own settings). */
export function campaignFields(words: EditorWords): EditorField[] {
  return fieldsOf(CampaignSchema.shape, [], words, [], CAMPAIGN_FIELDS_NOT_EDITED);
}

// ---------------------------------------------------------------------------------------------
// The whole configuration

/** The backend section: where saves go and how editors sign in. */
export function backendConfig(editor: EditorSettings | undefined): Record<string, unknown> {
  // Without settings, a placeholder GitHub backend: Sveltia CMS offers its local workflow
  // (the folder on this computer) only beside a Git backend.
  if (!editor) return { name: 'github', repo: 'local/policy-timeline', auth_methods: ['token'] };
  const common = {
    repo: editor.repo,
    ...(editor.branch ? { branch: editor.branch } : {}),
    ...(editor.apiRoot ? { api_root: editor.apiRoot } : {}),
  };
  if (editor.backend === 'gitea') {
    const oauth = editor.appId !== undefined;
    return {
      name: 'gitea',
      ...common,
      ...(oauth ? { app_id: editor.appId } : {}),
      ...(oauth && (editor.authUrl ?? editor.apiRoot)
        ? { base_url: new URL(editor.authUrl ?? editor.apiRoot ?? '').origin }
        : {}),
      auth_methods: oauth ? ['oauth', 'token'] : ['token'],
    };
  }
  return {
    name: 'github',
    ...common,
    ...(editor.authUrl ? { base_url: editor.authUrl } : {}),
    // Without an OAuth client of the campaign's own, Sveltia CMS would send editors to
    // Netlify's: only personal access tokens, then.
    auth_methods: editor.authUrl ? ['oauth', 'token'] : ['token'],
  };
}

/** The origins the editor talks to besides the site itself: the Git host's API (and OAuth server). */
export function backendOrigins(editor: EditorSettings | undefined): string[] {
  if (!editor) return [];
  const origins = new Set<string>();
  const api =
    editor.apiRoot ?? (editor.backend === 'gitea' ? 'https://gitea.com' : 'https://api.github.com');
  origins.add(new URL(api).origin);
  if (editor.backend === 'gitea' && editor.appId && editor.authUrl)
    origins.add(new URL(editor.authUrl).origin);
  return [...origins];
}

/** The whole configuration object, ready to be written as YAML. */
export function buildEditorConfig(options: EditorConfigOptions): Record<string, unknown> {
  const { words, contentDir, editor } = options;
  const idRule = patternOf(MilestoneSchema.shape.id);
  return {
    backend: backendConfig(editor),
    publish_mode: editor?.reviewBeforePublish ? 'editorial_workflow' : 'simple',
    app_title: words.appTitle(options.campaignName),
    ...(options.siteUrl ? { site_url: options.siteUrl } : {}),
    logo: { src: '/favicon.svg' },
    // The editor requires a media folder. No field here takes a file; anything uploaded in its
    // Assets view is published at /media/ and used by no page.
    media_folder: 'public/media',
    public_folder: '/media',
    show_preview_links: Boolean(options.siteUrl),
    editor: { preview: false },
    // Blank optional fields are left out of the file rather than written as "".
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true },
    collections: [
      {
        name: 'instruments',
        label: words.instruments.label,
        label_singular: words.instruments.singular,
        icon: 'gavel',
        folder: `${contentDir}/instruments`,
        extension: 'mdx',
        format: INSTRUMENT_FORMAT,
        // Files whose name starts with "_" are templates, never published.
        filter: { field: 'slug', pattern: '^[^_]' },
        identifier_field: 'shortTitle',
        summary: '{{fields.shortTitle}}',
        sortable_fields: ['shortTitle', 'title'],
        // The file name is the instrument's id and address: chosen once, never changed.
        slug: {
          template: '{{fields.shortTitle}}',
          editable: ['create'],
          hint: words.slugHint,
          ...(idRule ? { pattern: [ID_RE.source, idRule[1]] } : {}),
        },
        create: true,
        delete: false,
        duplicate: false,
        preview_path: 'instruments/{{slug}}/',
        fields: instrumentFields(words),
      },
    ],
    singletons: [
      {
        name: 'campaign',
        label: words.campaign.label,
        icon: 'campaign',
        file: `${contentDir}/campaign.yaml`,
        format: CAMPAIGN_FORMAT,
        fields: campaignFields(words),
      },
    ],
  };
}
