/**
 * The benchmark works: `npm run bench -- --quick` builds a synthetic campaign of 50 milestones
 * and writes a table with every row filled. (The full run is `npm run bench`; its timings are
 * too noisy for a test.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './sites.ts';

describe('npm run bench -- --quick', () => {
  const out = mkdtempSync(join(tmpdir(), 'pt-bench-test-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds 50 synthetic milestones and writes the table as Markdown and JSON', () => {
    const run = spawnSync(process.execPath, ['scripts/bench.ts', '--quick', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    expect(run.status, run.stderr).toBe(0);

    const markdown = readFileSync(join(out, 'bench-quick.md'), 'utf8');
    const table = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(table[0]).toBe('| | 50 milestones |');
    expect(table[1]).toBe('|---|---:|');
    const rows = new Map(
      table.slice(2).map((line) => {
        const cells = line.split(' | ');
        return [
          cells[0]?.replace(/^\| /, '') ?? '',
          cells.slice(1).join(' | ').replace(/ \|$/, ''),
        ];
      }),
    );
    for (const label of [
      'instruments',
      'pages (HTML files)',
      'total output size',
      'internal links checked / broken',
      'largest page: DOM elements',
    ])
      expect(rows.has(label), label).toBe(true);
    for (const [label, cell] of rows) expect(cell, label).not.toBe('');
    expect(rows.get('instruments')).toBe('5');
    expect(rows.get('build time (astro build, with Pagefind when configured)')).toMatch(
      /^\d+\.\d s$/,
    );
    expect(rows.get('home /: HTML · CSS · JS (gzipped)')).toMatch(
      /^[\d.]+ (B|KB) · [\d.]+ (B|KB) · [\d.]+ (B|KB)$/,
    );
    expect(rows.get('internal links checked / broken')).toMatch(/^[\d,]+ \/ 0$/);
    expect(run.stdout).toContain(table[0]);

    const json = JSON.parse(readFileSync(join(out, 'bench-quick.json'), 'utf8')) as {
      quick: boolean;
      results: {
        milestones: number;
        instruments: number;
        buildMs: number;
        pages: number;
        outputBytes: number;
        weights: Record<string, { html: number } | null>;
        largest: { domNodes: number };
      }[];
    };
    expect(json.quick).toBe(true);
    expect(json.results).toHaveLength(1);
    const [result] = json.results;
    expect(result?.milestones).toBe(50);
    expect(result?.buildMs).toBeGreaterThan(0);
    expect(result?.pages).toBeGreaterThan(5); // home, 404, about and one page per instrument at least
    expect(result?.outputBytes).toBeGreaterThan(0);
    expect(result?.weights['home']?.html).toBeGreaterThan(0);
    expect(result?.largest.domNodes).toBeGreaterThan(0);
  }, 240_000);
});
