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
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured } from './measure-process.ts';
import { random, SYNTHETIC_NOW, type SyntheticCampaign } from './synthetic-content.ts';

export interface SyntheticHistory {
  /** Commits written, the first (the start of the record) included. */
  readonly commits: number;
  /** Commits of each kind after the first. */
  readonly kinds: Readonly<Record<EditKind, number>>;
  /** How long writing it took, ms. */
  readonly ms: number;
}

type EditKind = 'date' | 'confidence' | 'addition';

/** One instrument file: its text now, and what the edits need to know of its milestones. */
interface Draft {
  readonly path: string;
  text: string;
  milestones: { id: string; date: string; confidence: string; alternatives: boolean }[];
}

/**
 * The milestones of a generated file, read from its text: synthetic-content.ts writes them as
 * `  - id: "…"` items at the end of the frontmatter, each field on a line of its own indented
 * four spaces (deeper lines belong to sources, alternatives and corrections).
 */
function readMilestones(text: string): Draft['milestones'] {
  return blocks(text).map(({ id, block }) => ({
    id,
    date: /\n {4}date: "([^"]+)"/.exec(block)?.[1] ?? '',
    confidence: /\n {4}confidence: "([^"]+)"/.exec(block)?.[1] ?? '',
    alternatives: /\n {4}alternatives:/.test(block),
  }));
}

/** Each milestone's block of lines, with where it starts and ends in the text. */
function blocks(text: string): { id: string; block: string; from: number; to: number }[] {
  const end = text.indexOf('\n---', 4);
  const out: { id: string; block: string; from: number; to: number }[] = [];
  const item = /\n {2}- id: "([^"]+)"/g;
  let match: RegExpExecArray | null;
  while ((match = item.exec(text)) && match.index < end) {
    if (out.length) (out[out.length - 1] as { to: number }).to = match.index;
    out.push({ id: match[1] ?? '', block: '', from: match.index, to: end });
  }
  return out.map((b) => ({ ...b, block: text.slice(b.from, b.to) }));
}

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
    .map((f) => ({ path: f.path, text: f.text, milestones: readMilestones(f.text) }));

  // Newest first: each step undoes one edit on the current text of one file (text edits, so
  // every other line of the file stays as it was).
  const steps: { path: string; text: string; kind: EditKind; what: string }[] = [];
  const kinds: Record<EditKind, number> = { date: 0, confidence: 0, addition: 0 };
  for (let guard = 0; steps.length < total - 1 && guard < total * 20; guard++) {
    const draft = drafts[Math.floor(rand() * drafts.length)] as Draft;
    const r = rand();
    const kind: EditKind = r < 0.4 ? 'date' : r < 0.7 ? 'confidence' : 'addition';
    const candidates = draft.milestones.filter((m) =>
      kind === 'date'
        ? m.date.length === 10 && !m.alternatives
        : kind === 'confidence'
          ? m.confidence === 'official'
          : draft.milestones.length > 2,
    );
    const pick = candidates[Math.floor(rand() * candidates.length)];
    if (!pick) continue;
    const at = blocks(draft.text).find((b) => b.id === pick.id);
    if (!at) throw new Error(`${draft.path}: no milestone ${pick.id}`);
    let block = at.block;
    if (kind === 'addition') {
      block = '';
      draft.milestones = draft.milestones.filter((m) => m !== pick);
    } else if (kind === 'date') {
      const date = earlier(pick.date, 1 + Math.floor(rand() * 3));
      block = block.replace(`\n    date: "${pick.date}"`, `\n    date: "${date}"`);
      pick.date = date;
    } else {
      block = block.replace('\n    confidence: "official"', '\n    confidence: "secondary"');
      pick.confidence = 'secondary';
    }
    steps.push({
      path: draft.path,
      text: draft.text,
      kind,
      what: `${draft.path.slice(12, -4)}#${pick.id}`,
    });
    draft.text = draft.text.slice(0, at.from) + block + draft.text.slice(at.to);
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
    ...drafts.map((d) => ({ path: d.path, text: d.text })),
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
  readonly peakTreeRss: number | null;
  /** What its build log said of the history (it must say "unavailable"). */
  readonly said: string;
}

/** What a build's log says of its history: the words after "History of the record", up to the first full stop or colon. */
export function historyLogLine(output: string): string {
  const line = output.split('\n').find((l) => l.includes('History of the record'));
  return line ? (/History of the record:? ([^.:]*)/.exec(line)?.[1]?.trim() ?? line) : 'not said';
}

/**
 * Builds a copy of the content folder without .git (so the build reads no history, as from a
 * tarball), with its own cache, and measures it. The copy goes to a folder of its own outside
 * the repository (inside it, git would find the repository and read it), removed afterwards.
 */
export async function buildWithoutHistory(options: {
  readonly content: string;
  /** The build command's arguments to Node before `--outDir`: `[scripts/build.ts]`, as the main build. */
  readonly command: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}): Promise<WithoutHistory> {
  const dir = mkdtempSync(join(tmpdir(), 'pt-bench-no-history-'));
  try {
    return await measureCopy(dir, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureCopy(
  dir: string,
  options: Parameters<typeof buildWithoutHistory>[0],
): Promise<WithoutHistory> {
  cpSync(options.content, join(dir, 'content'), { recursive: true });
  const run = await runMeasured(
    process.execPath,
    [...options.command, '--outDir', join(dir, 'dist')],
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
  const said = historyLogLine(run.output);
  if (!said.startsWith('unavailable'))
    throw new Error(
      `the copy without .git still had a history ("${said}"): the comparison would be wrong`,
    );
  return { ms: run.ms, cpuMs: run.cpuMs, peakTreeRss: run.peakTreeRss, said };
}
