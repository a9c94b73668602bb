/**
 * Builds the real site once for the `site` tests (astro build, then Pagefind when the build
 * script runs it), unless PT_REUSE_DIST=1 and dist/ exists (for quick local reruns).
 * The build's output is kept so tests can read what it printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export const ROOT = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    buildLog: string;
  }
}

export default function setup(project: TestProject): void {
  const logFile = join(mkdtempSync(join(tmpdir(), 'pt-build-')), 'build.log');
  if (process.env['PT_REUSE_DIST'] === '1' && existsSync(join(ROOT, 'dist', 'index.html'))) {
    writeFileSync(logFile, '(reused dist/)');
  } else {
    const output = execFileSync('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    writeFileSync(logFile, output);
  }
  project.provide('buildLog', logFile);
}
