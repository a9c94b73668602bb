/**
 * `npm test`: every check of the project, in two phases, so that a 2-core machine is kept busy.
 *
 * 1. Side by side:
 *    - the static checks, one after another: `astro check`, ESLint, Prettier, the unit tests;
 *    - the builds of every test site (tests/site/global-setup.ts, run on its own), two at a time
 *      (each in a project copy of its own, so they touch neither each other nor the .astro/ folder
 *      the static checks read).
 * 2. The `site` tests, on those builds (PT_REUSE_DIST=1 with this run's id: a build of an earlier
 *    run is never taken for this run's).
 *
 * It stops after phase 1 when anything there failed. Output: the builds and the `site` tests as
 * they go; each static check's output once it has finished (a failure's in full); a summary of
 * what each step took. `npm run test:unit` and `npm run test:site` run one project alone.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const bin = (name: string): string => join(ROOT, 'node_modules', '.bin', name);

interface Step {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

interface Outcome {
  readonly step: Step;
  readonly ok: boolean;
  readonly seconds: number;
  readonly output: string;
}

/** Runs a step; its output is streamed (`live`) or kept for later. */
function run(step: Step, live: boolean): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(step.command, step.args, {
      cwd: ROOT,
      env: { ...process.env, ...step.env },
      stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const finish = (ok: boolean, extra = ''): void =>
      done({ step, ok, seconds: (performance.now() - started) / 1000, output: output + extra });
    child.on('error', (error) => finish(false, `\n${error.message}\n`));
    child.on('close', (code) => finish(code === 0));
  });
}

/** Runs steps one after another, stopping at the first that fails. */
async function sequence(steps: readonly Step[], live: boolean): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const step of steps) {
    const outcome = await run(step, live);
    outcomes.push(outcome);
    if (!live) report(outcome);
    if (!outcome.ok) break;
  }
  return outcomes;
}

function report(outcome: Outcome): void {
  const { step, ok, seconds, output } = outcome;
  process.stdout.write(
    `\n── ${step.name}: ${ok ? 'passed' : 'FAILED'} (${seconds.toFixed(1)} s) ──\n${output.trimEnd()}\n`,
  );
}

const node = process.execPath;
const runId = randomUUID();
const STATIC: Step[] = [
  {
    name: 'astro check',
    command: node,
    args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check', '--minimumSeverity', 'warning'],
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
  { name: 'ESLint', command: bin('eslint'), args: ['.', '--max-warnings', '0'] },
  { name: 'Prettier', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'unit tests', command: bin('vitest'), args: ['run', '--project', 'unit'] },
];
const BUILDS: Step = {
  name: 'test site builds',
  command: node,
  args: [join(ROOT, 'tests/site/global-setup.ts')],
  env: { PT_TEST_RUN: runId },
};
const SITE: Step = {
  name: 'site tests',
  command: bin('vitest'),
  args: ['run', '--project', 'site'],
  env: { PT_REUSE_DIST: '1', PT_TEST_RUN: runId },
};

const started = performance.now();
const [statics, builds] = await Promise.all([sequence(STATIC, false), run(BUILDS, true)]);
if (!builds.ok) report(builds);
const outcomes = [...statics, builds];
const phase1Ok = statics.length === STATIC.length && outcomes.every((o) => o.ok);
if (phase1Ok) outcomes.push(await run(SITE, true));

const ok = phase1Ok && outcomes.every((o) => o.ok);
process.stdout.write(
  `\nnpm test: ${ok ? 'passed' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(0)} s\n${outcomes
    .map((o) => `  ${o.ok ? 'ok  ' : 'FAIL'} ${o.step.name} (${o.seconds.toFixed(1)} s)`)
    .join('\n')}\n${phase1Ok ? '' : '  (the site tests did not run: fix the above first)\n'}`,
);
process.exit(ok ? 0 : 1);
