/**
 * `npm test`: every check of the project, in two phases, so that a 2-core machine is kept busy.
 *
 * 1. Side by side:
 *    - the static checks, one after another: `astro check`, ESLint, then Prettier and the unit
 *      tests;
 *    - the builds of every test site (tests/site/global-setup.ts, run on its own), two at a time
 *      (each in a project copy of its own, so they touch neither each other nor the .astro/ folder
 *      the static checks read).
 * 2. The `site` tests, on those builds (PT_REUSE_DIST=1 with this run's id: a build of an earlier
 *    run is never taken for this run's). They start once the builds, `astro check` and ESLint are
 *    done (two site files run Astro in the project folder, rewriting the .astro/ types those two
 *    read), beside Prettier and the unit tests when those are still running.
 *
 * It stops when anything in phase 1 failed (the site tests, if started, are stopped). Output: the
 * builds and the `site` tests as they go; each static check's output once it has finished (a
 * failure's in full); a summary of what each step took. `npm run test:unit` and
 * `npm run test:site` run one project alone.
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

interface Running {
  readonly done: Promise<Outcome>;
  /** Stops the step and everything it started. */
  stop(): void;
}

/** Starts a step, in a process group of its own; its output is streamed (`live`) or kept for later. */
function start(step: Step, live: boolean): Running {
  const started = performance.now();
  const child = spawn(step.command, step.args, {
    cwd: ROOT,
    env: { ...process.env, ...step.env },
    stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const done = new Promise<Outcome>((resolve) => {
    const finish = (ok: boolean, extra = ''): void =>
      resolve({ step, ok, seconds: (performance.now() - started) / 1000, output: output + extra });
    child.on('error', (error) => finish(false, `\n${error.message}\n`));
    child.on('close', (code) => finish(code === 0));
  });
  const stop = (): void => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  running.add(stop);
  void done.then(() => running.delete(stop));
  return { done, stop };
}

/** The steps running now. Their groups are their own, so Ctrl-C reaches this process only. */
const running = new Set<() => void>();
process.once('SIGINT', () => {
  for (const stop of running) stop();
  process.exit(130);
});

const run = (step: Step, live: boolean): Promise<Outcome> => start(step, live).done;

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
/** What must be done before the site tests start (see phase 2 above). */
const BEFORE_SITE: Step[] = [
  {
    name: 'astro check',
    command: node,
    args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check', '--minimumSeverity', 'warning'],
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
  { name: 'ESLint', command: bin('eslint'), args: ['.', '--max-warnings', '0'] },
];
const BESIDE_SITE: Step[] = [
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
const allOk = (outcomes: readonly Outcome[], of: readonly Step[]): boolean =>
  outcomes.length === of.length && outcomes.every((o) => o.ok);
const buildsRun = run(BUILDS, true);
const firstChecks = await sequence(BEFORE_SITE, false);
const laterChecks = allOk(firstChecks, BEFORE_SITE) ? sequence(BESIDE_SITE, false) : undefined;
const builds = await buildsRun;
if (!builds.ok) report(builds);
const site = allOk(firstChecks, BEFORE_SITE) && builds.ok ? start(SITE, true) : undefined;
const statics = [...firstChecks, ...((await laterChecks) ?? [])];
const phase1Ok = allOk(statics, [...BEFORE_SITE, ...BESIDE_SITE]) && builds.ok;
if (!phase1Ok) site?.stop();
const outcomes = [...statics, builds, ...(site && phase1Ok ? [await site.done] : [])];

const ok = phase1Ok && outcomes.every((o) => o.ok);
process.stdout.write(
  `\nnpm test: ${ok ? 'passed' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(0)} s\n${outcomes
    .map((o) => `  ${o.ok ? 'ok  ' : 'FAIL'} ${o.step.name} (${o.seconds.toFixed(1)} s)`)
    .join(
      '\n',
    )}\n${phase1Ok ? '' : '  (the site tests did not run to the end: fix the above first)\n'}`,
);
process.exit(ok ? 0 : 1);
