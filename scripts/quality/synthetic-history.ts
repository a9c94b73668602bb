/**
 * A synthetic git history for a synthetic campaign (scripts/quality/synthetic-content.ts), so
 * the benchmark can measure what the history of the record costs a build.
 *
 * The campaign as generated is the last state; the history leads up to it. Walking back from
 * it, each commit is undone on the file it touches: a milestone it added is taken out, a date it
 * corrected is put one to three days earlier, a confidence it raised to official is put back to
 * secondary. The first commit holds every file as it was before all of them. About six commits
 * per ten milestones (3,000 for 5,000 milestones), one in ten with a `Change-Note:` trailer,
 * spread from 2024 to the day before the campaign's "now". The newest version of every file is
 * the generated text itself, byte for byte, so the working tree is the history's last state.
 *
 * Written with ONE `git fast-import` process (after `git init`): a few seconds for thousands of
 * commits, where a commit per process would take minutes. Deterministic for a size and seed.
 *
 * Intermediate versions are not validated (the history reader must cope with what authors
 * wrote); they only need to parse.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { runMeasured } from './measure-process.ts';
import { SYNTHETIC_NOW, type SyntheticCampaign } from './synthetic-content.ts';

export interface SyntheticHistory {
  /** Commits written, the first (the start of the record) included. */
  readonly commits: number;
  /** Commits of each kind after the first. */
  readonly kinds: Readonly<Record<EditKind, number>>;
  /** How long writing it took, ms. */
  readonly ms: number;
}

type EditKind = 'date' | 'confidence' | 'addition';

/** The seeded PRNG of synthetic-content.ts (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Draft {
  readonly path: string;
  data: Record<string, unknown>;
  readonly body: string;
}

const yaml = (value: unknown): string =>
  stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });

const earlier = (isoDay: string, days: number): string => {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, (d ?? 1) - days)).toISOString().slice(0, 10);
};

/**
 * Writes a git repository at `repoDir` whose first-parent history leads to `campaign`, the
 * content folder being `repoDir/content` (where writeCampaign put the files).
 */
export function writeSyntheticHistory(
  repoDir: string,
  campaign: SyntheticCampaign,
  options: { commits?: number; seed?: number } = {},
): SyntheticHistory {
  const started = performance.now();
  const rand = random(options.seed ?? 11);
  const total = options.commits ?? Math.max(3, Math.round(campaign.milestones * 0.6));
  const fixed = campaign.files.filter((f) => !f.path.startsWith('instruments/'));
  const drafts: Draft[] = campaign.files
    .filter((f) => f.path.startsWith('instruments/'))
    .map((f) => {
      const match = /^---\n([\s\S]*?)\n?---\n([\s\S]*)$/.exec(f.text);
      if (!match) throw new Error(`${f.path}: no frontmatter`);
      return {
        path: f.path,
        data: parse(match[1] ?? '') as Record<string, unknown>,
        body: match[2] ?? '',
      };
    });
  const texts = new Map(campaign.files.map((f) => [f.path, f.text]));
  const milestonesOf = (d: Draft): Record<string, unknown>[] =>
    d.data['milestones'] as Record<string, unknown>[];

  // Newest first: each step undoes one edit on the current state of one file.
  const steps: { path: string; text: string; kind: EditKind; what: string }[] = [];
  const kinds: Record<EditKind, number> = { date: 0, confidence: 0, addition: 0 };
  for (let guard = 0; steps.length < total - 1 && guard < total * 20; guard++) {
    const draft = drafts[Math.floor(rand() * drafts.length)] as Draft;
    const list = milestonesOf(draft);
    const r = rand();
    const kind: EditKind = r < 0.4 ? 'date' : r < 0.7 ? 'confidence' : 'addition';
    const candidates = list
      .map((m, i) => ({ m, i }))
      .filter(({ m }) =>
        kind === 'date'
          ? typeof m['date'] === 'string' && m['date'].length === 10 && !m['alternatives']
          : kind === 'confidence'
            ? m['confidence'] === 'official'
            : list.length > 2,
      );
    const pick = candidates[Math.floor(rand() * candidates.length)];
    if (!pick) continue;
    const after = texts.get(draft.path) as string;
    const milestones = [...list];
    if (kind === 'addition') milestones.splice(pick.i, 1);
    else
      milestones[pick.i] =
        kind === 'date'
          ? { ...pick.m, date: earlier(pick.m['date'] as string, 1 + Math.floor(rand() * 3)) }
          : { ...pick.m, confidence: 'secondary' };
    draft.data = { ...draft.data, milestones };
    texts.set(draft.path, `---\n${yaml(draft.data)}---\n${draft.body}`);
    steps.push({
      path: draft.path,
      text: after,
      kind,
      what: `${draft.path.slice(12, -4)}#${String(pick.m['id'])}`,
    });
    kinds[kind]++;
  }
  steps.reverse();

  // The stream: the start of the record, then each step, oldest first.
  const start = Date.parse('2024-01-01T09:00:00Z');
  const end = Date.parse(SYNTHETIC_NOW) - 86_400_000;
  const chunks: Buffer[] = [];
  const data = (text: string): void => {
    const bytes = Buffer.from(text, 'utf8');
    chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  const commit = (
    index: number,
    message: string,
    files: readonly { path: string; text: string }[],
  ): void => {
    const seconds = Math.floor(
      (start + ((end - start) * index) / Math.max(1, steps.length)) / 1000,
    );
    chunks.push(
      Buffer.from(
        `commit refs/heads/main\nauthor Bench Editor <bench@example.org> ${seconds} +0000\ncommitter Bench Editor <bench@example.org> ${seconds} +0000\n`,
      ),
    );
    data(message);
    for (const f of files) {
      chunks.push(Buffer.from(`M 100644 inline content/${f.path}\n`));
      data(f.text);
    }
  };
  commit(0, 'Start the record', [
    ...fixed.map((f) => ({ path: f.path, text: f.text })),
    ...drafts.map((d) => ({ path: d.path, text: texts.get(d.path) as string })),
  ]);
  const verb: Record<EditKind, string> = {
    date: 'Correct the date of',
    confidence: 'Confirm in an official source',
    addition: 'Add',
  };
  steps.forEach((s, i) => {
    const note =
      i % 10 === 4
        ? `\n\nChange-Note: ${verb[s.kind]} ${s.what}, as the official record says.`
        : '';
    commit(i + 1, `${verb[s.kind]} ${s.what}${note}`, [s]);
  });
  chunks.push(Buffer.from('done\n'));

  const git = (args: string[], input?: Buffer): void => {
    const run = spawnSync('git', args, {
      cwd: repoDir,
      input,
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    if (run.status !== 0)
      throw new Error(
        `git ${args[0] ?? ''} failed for the synthetic history: ${run.stderr || String(run.error)}`,
      );
  };
  git(['init', '-q', '-b', 'main']);
  git(['fast-import', '--quiet', '--done'], Buffer.concat(chunks));
  return { commits: steps.length + 1, kinds, ms: performance.now() - started };
}

/** A build of the same content without its history, for comparison. */
export interface WithoutHistory {
  readonly ms: number;
  readonly cpuMs: number | null;
}

/**
 * Builds a copy of the content folder without .git (so the build reads no history, as from a
 * tarball) into `work/no-history/`, with its own cache, and measures it.
 */
export async function buildWithoutHistory(options: {
  readonly work: string;
  readonly content: string;
  readonly astro: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}): Promise<WithoutHistory> {
  const dir = join(options.work, 'no-history');
  cpSync(options.content, join(dir, 'content'), { recursive: true });
  const run = await runMeasured(
    process.execPath,
    [options.astro, 'build', '--outDir', join(dir, 'dist')],
    {
      cwd: options.cwd,
      env: {
        ...options.env,
        POLICY_TIMELINE_CONTENT: join(dir, 'content'),
        POLICY_TIMELINE_CACHE_DIR: join(dir, 'cache'),
      },
      timeFile: join(dir, 'time.txt'),
    },
  );
  if (run.exitCode !== 0)
    throw new Error(
      `the build without history failed:\n${run.output.split('\n').slice(-30).join('\n')}`,
    );
  return { ms: run.ms, cpuMs: run.cpuMs };
}
