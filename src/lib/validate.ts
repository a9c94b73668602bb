/**
 * Validation a campaign editor can trust: every problem in every file, in one run.
 *
 * Astro checks one entry at a time, stops at the first bad file, does not echo the bad value,
 * and only logs a broken reference. This module checks all of `content/` at once: each file
 * against the schema, each explainer body (body-check.ts), then the rules that span entries. Each problem names the file, the line,
 * the field path (`milestones[3].date`), the value as written, the rule and the fix.
 *
 * Pure: it takes file names and texts; reading the disk is the caller's job
 * (`src/integrations/content-check.ts`, `scripts/validate.ts`).
 */
import type { z } from 'astro/zod';
import { checkBody } from './body-check.ts';
import { parseSource, type ParsedSource } from './content-source.ts';
import {
  CampaignSchema,
  ID_RE,
  InstrumentSchema,
  LEGISLATIVE_STAGES,
  MILESTONE_REF_RE,
  NON_LEGISLATIVE_STAGES,
  TERMINAL_STAGES,
  type Campaign,
  type InstrumentData,
  type Stage,
} from './schema.ts';

export interface ContentFile {
  /** Path relative to the project (for messages), e.g. "content/instruments/dsa.mdx". */
  readonly path: string;
  readonly text: string;
}

export interface Problem {
  readonly file: string;
  readonly line?: number;
  /** The field path, e.g. "milestones[3].date"; empty for the whole file. */
  readonly field: string;
  /** The value as written (shortened), when there is one. */
  readonly value?: string;
  /** The rule that was broken. */
  readonly message: string;
  /** How to fix it. */
  readonly fix?: string;
}

export interface ValidatedInstrument {
  readonly id: string;
  readonly file: string;
  readonly data: InstrumentData;
  readonly body: string;
}

export interface ValidationResult {
  readonly problems: readonly Problem[];
  readonly campaign?: Campaign;
  readonly instruments: readonly ValidatedInstrument[];
  /** Files deliberately skipped: templates whose name starts with "_". */
  readonly templates: readonly string[];
}

/** Where things are inside a content folder. */
export const CAMPAIGN_FILE = 'campaign.yaml';
export const INSTRUMENTS_DIR = 'instruments';

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * Validates a whole content folder given as files with paths relative to the project, e.g.
 * `content/campaign.yaml` and `content/instruments/dsa.mdx`. `contentDir` is that folder's path.
 */
export function validateContent(
  files: readonly ContentFile[],
  contentDir = 'content',
): ValidationResult {
  const problems: Problem[] = [];
  const templates: string[] = [];
  const instruments: ValidatedInstrument[] = [];
  const raw: RawInstrument[] = [];
  const instrumentIds = new Set<string>();
  let campaign: Campaign | undefined;

  const campaignPath = `${contentDir}/${CAMPAIGN_FILE}`;
  const campaignFile = files.find((f) => f.path === campaignPath);
  if (!campaignFile) {
    problems.push({
      file: campaignPath,
      field: '',
      message: 'the campaign file is missing',
      fix: `create ${campaignPath} (see README.md, "Field reference")`,
    });
  } else {
    const source = parseSource(campaignFile.text, { frontmatter: false });
    campaign = checkFile(campaignFile.path, source, CampaignSchema, problems);
  }

  const prefix = `${contentDir}/${INSTRUMENTS_DIR}/`;
  for (const file of files) {
    if (file.path === campaignPath) continue;
    const name = basename(file.path);
    if (name.startsWith('_')) {
      templates.push(file.path);
      continue;
    }
    if (!file.path.startsWith(prefix) || file.path.slice(prefix.length).includes('/')) {
      problems.push({
        file: file.path,
        field: '',
        message: 'this file is not part of the content model, so it would not be published',
        fix: `move instruments to ${prefix}<id>.mdx, or start the name with "_" to keep it as a template`,
      });
      continue;
    }
    if (!name.endsWith('.mdx')) {
      problems.push({
        file: file.path,
        field: '',
        message: 'instrument files must end in .mdx, so this one would not be published',
        fix: `rename it to ${name.replace(/\.[^.]*$/, '')}.mdx`,
      });
      continue;
    }
    const id = name.slice(0, -'.mdx'.length);
    if (!ID_RE.test(id)) {
      problems.push({
        file: file.path,
        field: '',
        value: name,
        message: 'the file name is the instrument id, and it is not a valid id',
        fix: 'rename the file with lower-case letters, digits and single hyphens, e.g. "interim-regulation.mdx"',
      });
      continue;
    }
    if (instrumentIds.has(id)) {
      problems.push({
        file: file.path,
        field: '',
        value: id,
        message: 'duplicate instrument id',
        fix: 'give each instrument file a different name',
      });
      continue;
    }
    instrumentIds.add(id);
    const source = parseSource(file.text, { frontmatter: true });
    const data = checkFile(file.path, source, InstrumentSchema, problems);
    problems.push(...checkBody(file.path, file.text)); // the explainer (body-check.ts)
    if (data) instruments.push({ id, file: file.path, data, body: source.body });
    if (source.data !== undefined)
      raw.push({ id, file: file.path, data: source.data, locate: source.locate });
  }

  problems.push(...checkCrossEntry(raw, instrumentIds));
  return { problems, ...(campaign ? { campaign } : {}), instruments, templates };
}

/** Runs one schema over one parsed file, turning each issue into a located problem. */
function checkFile<S extends z.ZodType>(
  path: string,
  source: ParsedSource,
  schema: S,
  problems: Problem[],
): z.output<S> | undefined {
  if (source.syntaxError) {
    problems.push({
      file: path,
      line: source.syntaxError.line,
      field: '',
      message: source.syntaxError.message,
      fix: 'correct the YAML: check indentation, colons and quotes',
    });
    return undefined;
  }
  const result = schema.safeParse(source.data ?? {}, { error: describeBuiltInIssue });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const fullPath = key === undefined ? issue.path : [...issue.path, key];
      const where = source.locate(fullPath);
      const [message, fix] = splitRule(
        key === undefined ? issue.message : unknownFieldMessage(key, schema, issue.path),
      );
      problems.push({
        file: path,
        line: where.line,
        field: formatPath(fullPath),
        ...(where.exact && where.text !== undefined
          ? { value: shorten(where.text) }
          : { value: '(missing)' }),
        message,
        ...(fix ? { fix } : {}),
      });
    }
  }
  return undefined;
}

/** Messages for Zod's built-in checks, written for an author (custom messages in the schema win). */
function describeBuiltInIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return `a required field is missing. Fix: add it (see the field reference in README.md)`;
      return `expected ${article(issue.expected)}, got ${describeValue(issue.input)}. Fix: write ${article(issue.expected)} here`;
    case 'invalid_value': {
      const guess =
        typeof issue.input === 'string'
          ? closest(issue.input, issue.values.map(String))
          : undefined;
      return `not an allowed value. Fix: ${guess ? `did you mean "${guess}"? ` : ''}use one of: ${issue.values.map(String).join(', ')}`;
    }
    case 'too_small':
      return issue.origin === 'string'
        ? `too short (at least ${String(issue.minimum)} characters). Fix: write it out in full`
        : issue.origin === 'array'
          ? `too few items (at least ${String(issue.minimum)}). Fix: add items`
          : `too small (at least ${String(issue.minimum)}). Fix: correct the number`;
    case 'too_big':
      return issue.origin === 'string'
        ? `too long (at most ${String(issue.maximum)} characters). Fix: shorten it; put detail in the note or the body`
        : `too big (at most ${String(issue.maximum)}). Fix: correct it`;
    default:
      return undefined;
  }
}

function unknownFieldMessage(
  key: string,
  schema: z.ZodType,
  parentPath: readonly PropertyKey[],
): string {
  const known = knownKeysAt(schema, parentPath);
  const guess = known.length ? closest(key, known) : undefined;
  return `unknown field "${key}", which would be ignored. Fix: ${guess ? `did you mean "${guess}"? ` : ''}remove it or correct its name${known.length ? ` (allowed here: ${known.join(', ')})` : ''}`;
}

/** The field names a schema allows at a path, for "did you mean" hints. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let cur = unwrap(schema);
  for (const key of path) {
    cur = unwrap(
      typeof key === 'number'
        ? (cur as { element?: unknown }).element
        : (cur as { shape?: Record<string, unknown> }).shape?.[String(key)],
    );
    if (!cur) return [];
  }
  const shape = (cur as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Looks through optional, default and pipe wrappers to the schema inside. */
function unwrap(schema: unknown): unknown {
  type Wrapped = { def?: { innerType?: Wrapped; in?: Wrapped; type?: string } } | undefined;
  let cur = schema as Wrapped;
  for (let i = 0; i < 10 && cur; i++) {
    if (cur.def?.innerType) cur = cur.def.innerType;
    else if (cur.def?.type === 'pipe' && cur.def.in) cur = cur.def.in;
    else break;
  }
  return cur;
}

/** The closest name by edit distance, if it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

interface RawInstrument {
  readonly id: string;
  readonly file: string;
  /** The frontmatter as parsed, before the schema: cross-entry rules run even on files with other problems. */
  readonly data: unknown;
  readonly locate: ParsedSource['locate'];
}

/** Reads a field of unknown data. */
const field = (node: unknown, key: string): unknown =>
  node && typeof node === 'object' && !Array.isArray(node)
    ? (node as Record<string, unknown>)[key]
    : undefined;
const list = (node: unknown): unknown[] => (Array.isArray(node) ? node : []);
const text = (node: unknown): string | undefined => (typeof node === 'string' ? node : undefined);
const STAGE_SET = new Set<string>([
  ...LEGISLATIVE_STAGES,
  ...NON_LEGISLATIVE_STAGES,
  ...TERMINAL_STAGES,
]);

/**
 * The rules that span entries, which no single file's schema can check. They read the parsed
 * YAML defensively, so a file with a schema error still gets these checks in the same run.
 */
function checkCrossEntry(
  instruments: readonly RawInstrument[],
  knownIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const milestoneIds = new Map(
    instruments.map((i) => [
      i.id,
      list(field(i.data, 'milestones')).map((m) => text(field(m, 'id'))),
    ]),
  );
  const at = (
    instrument: RawInstrument,
    path: readonly PropertyKey[],
    value: string,
    message: string,
    fix: string,
  ): void => {
    problems.push({
      file: instrument.file,
      line: instrument.locate(path).line,
      field: formatPath(path),
      value,
      message,
      fix,
    });
  };

  for (const instrument of instruments) {
    const milestones = list(field(instrument.data, 'milestones'));
    const seen = new Map<string, number>();
    milestones.forEach((m, i) => {
      const id = text(field(m, 'id'));
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined)
        at(
          instrument,
          ['milestones', i, 'id'],
          id,
          `duplicate milestone id (also milestones[${first}])`,
          'give each milestone of an instrument a different id',
        );
      else seen.set(id, i);
    });

    list(field(instrument.data, 'related')).forEach((r, i) => {
      const target = text(field(r, 'instrument'));
      if (target === undefined || !ID_RE.test(target)) return; // the schema reports the format
      if (target === instrument.id)
        at(
          instrument,
          ['related', i, 'instrument'],
          target,
          'an instrument cannot be related to itself',
          'name another instrument',
        );
      else if (!knownIds.has(target))
        at(
          instrument,
          ['related', i, 'instrument'],
          target,
          'unknown instrument',
          hintId(target, knownIds),
        );
    });

    const kind = text(field(instrument.data, 'kind'));
    const track =
      text(field(instrument.data, 'track')) ??
      (kind === 'strategy' ? 'non-legislative' : 'legislative');
    const allowed = new Set<Stage>([
      ...(track === 'non-legislative' ? NON_LEGISLATIVE_STAGES : LEGISLATIVE_STAGES),
      ...TERMINAL_STAGES,
    ]);
    milestones.forEach((m, i) => {
      const stage = text(field(m, 'stage'));
      if (stage && STAGE_SET.has(stage) && !allowed.has(stage as Stage)) {
        at(
          instrument,
          ['milestones', i, 'stage'],
          stage,
          `stage "${stage}" is not on the ${track} track`,
          `use one of: ${[...allowed].join(', ')}; or set the instrument's track`,
        );
      }
      const ref = text(field(field(m, 'deadline'), 'supersededBy'));
      const match = ref === undefined ? null : MILESTONE_REF_RE.exec(ref);
      if (!ref || !match) return; // absent, or the schema reports the format
      const path = ['milestones', i, 'deadline', 'supersededBy'];
      const [, targetInstrument = '', targetMilestone = ''] = match;
      const ids = milestoneIds.get(targetInstrument);
      if (!knownIds.has(targetInstrument))
        at(
          instrument,
          path,
          ref,
          `unknown instrument "${targetInstrument}"`,
          hintId(targetInstrument, knownIds),
        );
      else if (ids && !ids.includes(targetMilestone)) {
        const named = ids.filter((id): id is string => id !== undefined);
        const guess = closest(targetMilestone, named);
        at(
          instrument,
          path,
          ref,
          `instrument "${targetInstrument}" has no milestone "${targetMilestone}"`,
          guess
            ? `did you mean "${targetInstrument}#${guess}"?`
            : `use one of its milestone ids: ${named.join(', ') || '(it has none)'}`,
        );
      } else if (targetInstrument === instrument.id && targetMilestone === text(field(m, 'id'))) {
        at(
          instrument,
          path,
          ref,
          'a deadline cannot supersede itself',
          'name the deadline that replaced this one',
        );
      }
    });
  }

  // A chain of superseded deadlines must end somewhere.
  const next = new Map<string, { ref: string; instrument: RawInstrument; index: number }>();
  for (const instrument of instruments) {
    list(field(instrument.data, 'milestones')).forEach((m, index) => {
      const id = text(field(m, 'id'));
      const ref = text(field(field(m, 'deadline'), 'supersededBy'));
      if (id && ref) next.set(`${instrument.id}#${id}`, { ref, instrument, index });
    });
  }
  const reported = new Set<string>();
  for (const start of next.keys()) {
    const chain: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !chain.includes(cur)) {
      chain.push(cur);
      cur = next.get(cur)?.ref;
    }
    if (cur === start && chain.length > 1 && !chain.some((c) => reported.has(c))) {
      chain.forEach((c) => reported.add(c));
      const first = next.get(start);
      if (first)
        at(
          first.instrument,
          ['milestones', first.index, 'deadline', 'supersededBy'],
          [...chain, start].join(' → '),
          'these deadlines supersede each other in a circle',
          'the chain must end at the deadline that is in force now',
        );
    }
  }
  return problems;
}

function hintId(id: string, known: ReadonlySet<string>): string {
  const guess = closest(id, [...known]);
  return guess
    ? `did you mean "${guess}"? The id is the file name in content/instruments/ without ".mdx"`
    : `use the file name of an instrument in content/instruments/ without ".mdx" (known: ${[...known].join(', ') || 'none'})`;
}

/** `["milestones", 3, "date"]` → `milestones[3].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

function splitRule(message: string): [string, string | undefined] {
  const at = message.indexOf('. Fix: ');
  return at === -1
    ? [message, undefined]
    : [message.slice(0, at), message.slice(at + '. Fix: '.length)];
}

function shorten(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  const single = firstLine.length < text.length ? `${firstLine} …` : firstLine;
  return single.length > 100 ? `${single.slice(0, 97)}…` : single;
}

function article(expected: string): string {
  const noun = expected === 'array' ? 'list' : expected === 'object' ? 'group of fields' : expected;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (value instanceof Date) return 'a date (quote dates)';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object'
    ? 'a group of fields'
    : `${typeof value} ${JSON.stringify(value)}`;
}

/** Formats problems for a terminal: one block each, grouped by file, in a stable order. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field),
  );
  const files = new Set(sorted.map((p) => p.file));
  const lines = [
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}:`,
    '',
  ];
  for (const p of sorted) {
    lines.push(`${p.file}${p.line ? `:${p.line}` : ''}${p.field ? `  ${p.field}` : ''}`);
    if (p.value !== undefined) lines.push(`  value:   ${p.value}`);
    lines.push(`  problem: ${p.message}`);
    if (p.fix) lines.push(`  fix:     ${p.fix}`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * The checks one content file gets on its own: its YAML, its schema, and the rules between the
 * milestones of one instrument (duplicate ids, a stage off the track, a deadline superseding
 * itself). Rules that need the other files (an unknown instrument or milestone in `related` or
 * `supersededBy`, circles across files) are left to {@link validateContent}, and so are checks
 * of the explainer that need a Node-only parser. The web editor runs this in the browser on a
 * file before it saves it, so everything it calls must run there.
 */
export function validateFile(file: ContentFile, contentDir = 'content'): Problem[] {
  const problems: Problem[] = [];
  if (file.path === `${contentDir}/${CAMPAIGN_FILE}`) {
    checkFile(file.path, parseSource(file.text, { frontmatter: false }), CampaignSchema, problems);
    return problems;
  }
  const id = basename(file.path).replace(/\.mdx$/, '');
  const source = parseSource(file.text, { frontmatter: true });
  checkFile(file.path, source, InstrumentSchema, problems);
  if (source.data === undefined) return problems;
  // Every instrument this file names counts as known, so only its own rules are checked here.
  const named = new Set([id]);
  for (const r of list(field(source.data, 'related'))) {
    const target = text(field(r, 'instrument'));
    if (target) named.add(target);
  }
  for (const m of list(field(source.data, 'milestones'))) {
    const ref = text(field(field(m, 'deadline'), 'supersededBy'));
    const target = ref === undefined ? undefined : MILESTONE_REF_RE.exec(ref)?.[1];
    if (target) named.add(target);
  }
  const raw: RawInstrument = { id, file: file.path, data: source.data, locate: source.locate };
  problems.push(...checkCrossEntry([raw], named));
  return problems;
}
