/**
 * The one reader of git: what the repository holding the content folder knows of its history.
 *
 * Three processes in all, whatever the size of the history (Starlight's "last updated" reader
 * runs one `git log` for the whole docs folder the same way, rather than one per file):
 * 1. `git rev-parse`: is this a repository with commits, where is its top, is it shallow;
 * 2. ONE `git log` pass over the content folder (first parent, raw diffs, trailers);
 * 3. ONE `git cat-file --batch` for every version of every instrument file it names, and the
 *    graft commits of a shallow clone (for the date the known history starts).
 * What the output means is decided by the pure code in src/lib/history-log.ts.
 * `probeGitHistory` answers only "is there a history, is it whole, where does it start" for the
 * build log, before the build (src/integrations/history.ts).
 *
 * It never throws for a missing history: a copy without `.git`, git not installed, a repository
 * without commits or one git refuses to read all give `available: false` with the reason.
 *
 * The repository is the content folder's own, found from the folder itself: variables that
 * point git elsewhere (GIT_DIR and the like, set inside git hooks) are removed, so a content
 * folder outside the project never reads the project's history.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  blobsToRead,
  committerDate,
  LOG_ARGS,
  parseLog,
  type GitHistoryInput,
} from '../lib/history-log.ts';

/** What git knows (see {@link GitHistoryInput}), and how long it took to ask. */
export interface GitRead extends GitHistoryInput {
  /** How long reading took, ms. */
  readonly ms: number;
}

/** Variables that would make git read another repository than the content folder's. */
const REDIRECTS = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REDIRECTS) delete env[name];
  // Reading only: take no lock and never refresh the index; never ask for a password.
  env['GIT_OPTIONAL_LOCKS'] = '0';
  env['GIT_TERMINAL_PROMPT'] = '0';
  return env;
}

/** Settings of the user's own git config that would change the output the parser reads. */
const NEUTRAL_CONFIG = [
  '-c',
  'log.showSignature=false',
  '-c',
  'diff.relative=false',
  '-c',
  'core.quotePath=false',
];

const MAX_OUTPUT = 2 ** 31 - 1;

function git(cwd: string, args: readonly string[], input?: string): SpawnSyncReturns<Buffer> {
  return spawnSync('git', [...NEUTRAL_CONFIG, ...args], {
    cwd,
    env: gitEnv(),
    input,
    maxBuffer: MAX_OUTPUT,
    windowsHide: true,
  });
}

/** The first line git wrote on stderr, without "fatal: ". */
const why = (run: SpawnSyncReturns<Buffer>): string =>
  (run.stderr?.toString('utf8').split('\n')[0] ?? '').replace(/^fatal: /, '').trim() ||
  `git exited with ${String(run.status)}`;

const unavailable = (reason: string, started: number): GitRead => ({
  available: false,
  reason,
  shallow: false,
  grafts: new Set(),
  graftDates: [],
  prefix: '',
  commits: [],
  blobs: new Map(),
  ms: performance.now() - started,
});

/**
 * Reads `git cat-file --batch` output: for each object "<sha> <type> <size>\n", its bytes and
 * "\n"; "<sha> missing\n" for one the repository does not have.
 */
export function parseBatch(output: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < output.length) {
    const eol = output.indexOf(10, at);
    if (eol < 0) break;
    const header = output.toString('utf8', at, eol).split(' ');
    at = eol + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    out.set(header[0] ?? '', output.toString('utf8', at, at + size));
    at += size + 1;
  }
  return out;
}

interface Located {
  readonly prefix: string;
  readonly shallow: boolean;
  readonly grafts: ReadonlySet<string>;
}

/** Step 1: is the content folder in a repository with commits; where; is it shallow. */
function locate(contentDir: string): Located | { readonly reason: string } {
  const info = git(contentDir, [
    'rev-parse',
    '--show-toplevel',
    '--show-prefix',
    '--is-shallow-repository',
    '--git-path',
    'shallow',
    '--verify',
    '--quiet',
    'HEAD',
  ]);
  if (info.error) {
    const code = (info.error as NodeJS.ErrnoException).code;
    return {
      reason:
        code === 'ENOENT' ? 'git is not installed' : `git could not run (${info.error.message})`,
    };
  }
  const lines = info.stdout.toString('utf8').split('\n');
  if (info.status !== 0) {
    // --verify --quiet HEAD fails silently on a repository without commits.
    const reason = info.stderr.length
      ? why(info)
      : lines[0]
        ? 'the repository has no commits yet'
        : 'not a git repository';
    return {
      reason: /not a git repository/i.test(reason)
        ? 'not a git repository (a copy of the files without .git)'
        : reason,
    };
  }
  const [, prefix = '', shallowFlag = 'false', shallowPath = ''] = lines;
  const shallow = shallowFlag.trim() === 'true';
  const shallowFile = resolve(contentDir, shallowPath.trim());
  const grafts = new Set(
    shallow && existsSync(shallowFile)
      ? readFileSync(shallowFile, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
      : [],
  );
  return { prefix, shallow, grafts };
}

/** What a build can know of its history before reading it: for the one line in the build log. */
export interface GitProbe {
  readonly available: boolean;
  readonly complete: boolean;
  /** In a shallow clone: the committer date of its graft, where the known history starts. */
  readonly since?: number;
  readonly reason?: string;
}

/**
 * Whether the content folder has a history, and whether it is whole: `git rev-parse`, and in a
 * shallow clone one `git show` for the graft's date. The build integration says it once.
 */
export function probeGitHistory(contentDir: string): GitProbe {
  const found = locate(contentDir);
  if ('reason' in found) return { available: false, complete: false, reason: found.reason };
  if (!found.shallow) return { available: true, complete: true };
  const show = git(contentDir, ['show', '-s', '--format=%ct', ...found.grafts]);
  const dates =
    show.status === 0
      ? show.stdout
          .toString('utf8')
          .split('\n')
          .filter(Boolean)
          .map((s) => Number(s) * 1000)
      : [];
  return {
    available: true,
    complete: false,
    ...(dates.length ? { since: Math.min(...dates) } : {}),
  };
}

/** Everything git knows of the content folder's history (see the module comment). */
export function readGitHistory(contentDir: string): GitRead {
  const started = performance.now();
  const found = locate(contentDir);
  if ('reason' in found) return unavailable(found.reason, started);
  const { prefix, shallow, grafts } = found;

  const log = git(contentDir, [...LOG_ARGS, '--', '.']);
  if (log.error || log.status !== 0)
    return unavailable(log.error ? log.error.message : why(log), started);
  const commits = parseLog(log.stdout.toString('utf8'));

  const wanted = [...blobsToRead(commits, prefix), ...grafts];
  let objects = new Map<string, string>();
  if (wanted.length) {
    const batch = git(contentDir, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
    if (batch.error || batch.status !== 0)
      return unavailable(batch.error ? batch.error.message : why(batch), started);
    objects = parseBatch(batch.stdout);
  }
  const graftDates = [...grafts]
    .map((sha) => {
      const text = objects.get(sha);
      return text === undefined ? undefined : committerDate(text);
    })
    .filter((t): t is number => t !== undefined);
  for (const sha of grafts) objects.delete(sha);
  return {
    available: true,
    shallow,
    grafts,
    graftDates,
    prefix,
    commits,
    blobs: objects,
    ms: performance.now() - started,
  };
}
