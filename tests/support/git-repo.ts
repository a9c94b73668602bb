/**
 * Throwaway git repositories for the history tests: commits with fixed author and committer
 * dates, isolated from the machine's own git configuration (no hooks, no signing).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TestRepo {
  readonly dir: string;
  /** Runs git in the repository (or `cwd` below it) and returns its stdout; throws on failure. */
  git(args: readonly string[], options?: { cwd?: string; env?: Record<string, string> }): string;
  write(path: string, text: string): void;
  remove(path: string): void;
  /** Stages everything and commits with both dates set to `date` (an ISO instant). */
  commit(message: string, date: string, options?: { authorDate?: string }): string;
}

/** The environment every test git runs with: no global or system config, fixed identity. */
export function isolatedGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('GIT_')) delete env[name];
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.org',
    GIT_COMMITTER_NAME: 'Test Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.org',
    ...extra,
  };
}

export function runGit(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
): string {
  const run = spawnSync(
    'git',
    ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args],
    {
      cwd,
      env: isolatedGitEnv(env),
      encoding: 'utf8',
    },
  );
  if (run.status !== 0)
    throw new Error(
      `git ${args.join(' ')} failed (${String(run.status)}):\n${run.stdout}\n${run.stderr}`,
    );
  return run.stdout;
}

/** A new repository in a temporary folder, on branch main. */
export function makeRepo(dir: string = mkdtempSync(join(tmpdir(), 'pt-history-'))): TestRepo {
  const root = realpathSync(dir);
  runGit(root, ['init', '-q', '-b', 'main']);
  const repo: TestRepo = {
    dir: root,
    git: (args, options = {}) => runGit(options.cwd ?? root, args, options.env),
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    remove: (path) => rmSync(join(root, path)),
    commit: (message, date, options = {}) => {
      runGit(root, ['add', '-A']);
      runGit(root, ['commit', '-q', '--allow-empty', '-m', message], {
        GIT_AUTHOR_DATE: options.authorDate ?? date,
        GIT_COMMITTER_DATE: date,
      });
      return runGit(root, ['rev-parse', 'HEAD']).trim();
    },
  };
  return repo;
}
