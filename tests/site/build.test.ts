/**
 * The real content, built: every instrument and every milestone reaches the output, and bad
 * content stops the build (and `npm run validate`) with every problem listed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirectory, readContentFiles } from '../../src/integrations/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { builtSite, ROOT } from './sites.ts';

const main = builtSite('main');
const DIST = main.dist;
const content = validateContent(readContentFiles(contentDirectory(ROOT), ROOT).files);
const html = (path: string): string => readFileSync(join(DIST, path), 'utf8');

describe('the built site', () => {
  it('has the content it was built from (and it is valid)', () => {
    expect(content.problems).toEqual([]);
    expect(content.instruments.length).toBeGreaterThan(0);
  });

  it('is a production build, as `npm run build` makes it (not a development one)', () => {
    // The search page has words for a development server only a development build would use.
    expect(html('search/index.html')).toContain('search.unavailable&quot;');
    expect(html('search/index.html')).not.toContain('search.unavailableDev');
  });

  it('has a page for every instrument, with every milestone as an anchor', () => {
    for (const instrument of content.instruments) {
      const page = join(DIST, 'instruments', instrument.id, 'index.html');
      expect(existsSync(page), `${instrument.id} has no page`).toBe(true);
      const text = readFileSync(page, 'utf8');
      for (const m of instrument.data.milestones)
        expect(text, `${instrument.id}#${m.id}`).toContain(`id="${m.id}"`);
    }
  });

  it('says how many instruments and milestones it published', () => {
    if (main.reused) return; // an earlier run's build (PT_REUSE_DIST=1): its log is that run's
    const log = readFileSync(main.log, 'utf8');
    const milestones = content.instruments.reduce((n, i) => n + i.data.milestones.length, 0);
    expect(log).toContain(
      `Published ${content.instruments.length} instruments and ${milestones} milestones.`,
    );
  });

  it('prints the review queue in one line', () => {
    if (main.reused) return; // an earlier run's build (PT_REUSE_DIST=1): its log is that run's
    const log = readFileSync(main.log, 'utf8');
    const lines = log.split('\n').filter((l) => l.includes('Review queue for '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /Review queue for \d{4}-\d{2}-\d{2}: (?:\d+ items? to check \(.+\); run npm run review for the list|nothing to check)\./,
    );
  });

  it('links every instrument from the home page', () => {
    const home = html('index.html');
    for (const instrument of content.instruments)
      expect(home).toContain(`href="/instruments/${instrument.id}/"`);
  });

  it('has an about page and a 404 page', () => {
    expect(html('about/index.html')).toContain('<h1');
    expect(html('404.html')).toContain('noindex');
  });
});

describe('bad content stops the build', () => {
  // A copy of the real content with four files broken in different ways.
  const dir = mkdtempSync(join(tmpdir(), 'pt-broken-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  const edit = (file: string, from: string | RegExp, to: string): void => {
    const path = join(dir, 'instruments', file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
    writeFileSync(path, next);
  };
  edit('dsa.mdx', /date: "2022-10-27"/, 'date: "2022-10-32"');
  edit(
    'interim-regulation.mdx',
    /supersededBy: "interim-regulation#original-end-of-application"/,
    'supersededBy: "interim-regulation#original-end"',
  );
  edit('csa-regulation.mdx', /procedure: "?2022\/0155\(COD\)"?/, 'procedure: "2022/155(COD)"');
  // A remote import in a body used to fail the build with an unrelated Node error.
  edit(
    'eecc.mdx',
    /\n---\n\n/,
    '\n---\n\nimport Widget from "https://cdn.example.com/widget.js"\n\n',
  );
  const expected = [
    ['instruments/dsa.mdx', '"2022-10-32"'],
    ['instruments/interim-regulation.mdx', 'interim-regulation#original-end'],
    ['instruments/csa-regulation.mdx', '2022/155(COD)'],
    ['instruments/eecc.mdx', 'import Widget from "https://cdn.example.com/widget.js"'],
  ];
  const env = {
    ...process.env,
    POLICY_TIMELINE_CONTENT: dir,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
  };

  it('npm run validate lists every problem with file, field and value, and exits 1', () => {
    const run = spawnSync('npm', ['run', '--silent', 'validate'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^4 problems in 4 files:/m);
    for (const [file, value] of expected) {
      expect(run.stderr).toContain(file);
      expect(run.stderr).toContain(value);
    }
    expect(run.stderr).toContain('milestones[');
  });

  it('astro build fails with the same list and writes nothing', () => {
    const outDir = join(dir, 'out');
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      { cwd: ROOT, env, encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    expect(output).toContain('4 problems in 4 files');
    expect(output).toContain('import and export statements are not allowed in a body');
    for (const [file, value] of expected) {
      expect(output).toContain(file);
      expect(output).toContain(value);
    }
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
