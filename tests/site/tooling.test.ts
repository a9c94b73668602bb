/**
 * The project's tools, run the way the README says: the development server and the benchmark.
 * They share this file because both run Astro in the project's folder, where Astro keeps the list
 * of the content's modules (.astro/): they must never run at the same time (the site project runs
 * its files two at a time).
 *
 * - Search in `astro dev`: Pagefind indexes built HTML, so the development server serves the last
 *   build's index; without one, the search page says why search is unavailable and what to run.
 * - `npm run bench -- --quick` builds a synthetic campaign of 50 milestones and the Astro floor,
 *   checks the budgets that apply, and writes a table with every row filled. (The full run is
 *   `npm run bench`; its timings are too noisy for a test, and its budgets are its own.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from './fixtures.ts';
import { ROOT, toolEnvironment } from './sites.ts';

interface Dev {
  readonly url: string;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts `astro dev` on a free port and waits until it answers. */
async function startDev(args: string[] = []): Promise<Dev> {
  const port = await freePort();
  const env = toolEnvironment();
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--ignore-lock',
      ...args,
    ],
    {
      cwd: ROOT,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`astro dev did not answer within a minute:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

describe('search in the development server', { timeout: 150_000 }, () => {
  test('serves the last build’s index', async ({ page }) => {
    const dev = await startDev();
    try {
      const script = await fetch(`${dev.url}/pagefind/pagefind.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('javascript');
      expect(dev.output()).toContain("uses the last build's index");
      await page.goto(`${dev.url}/search/?q=${encodeURIComponent('EU Centre')}`);
      // Read in one go: the dev server may reload the page once while it optimises dependencies.
      const first = await page.waitForFunction(
        () => document.querySelector('.search__result a')?.getAttribute('href') ?? false,
        null,
        { timeout: 60_000 },
      );
      expect(await first.jsonValue()).toMatch(/^\/instruments\/csa-regulation\//);
    } finally {
      await dev.stop();
    }
  });

  test('says clearly why search is unavailable when there is no build', async ({ page }) => {
    const dev = await startDev(['--outDir', mkdtempSync(join(tmpdir(), 'pt-no-build-'))]);
    try {
      expect(dev.output()).toContain(
        'Search is not available in development until the site has been built once',
      );
      const script = await fetch(`${dev.url}/pagefind/pagefind.js`);
      expect(script.status).toBe(404);
      await expect(script.text()).resolves.toContain('npm run build');
      await page.goto(`${dev.url}/search/?q=trilogue`);
      const status = await page.waitForFunction(
        () => {
          const text = document.querySelector('[data-status]')?.textContent ?? '';
          return /npm run build/.test(text) ? text : false;
        },
        null,
        { timeout: 60_000 },
      );
      expect(await status.jsonValue()).toContain('not available in the development server');
    } finally {
      await dev.stop();
    }
  });
});

describe('npm run bench -- --quick', () => {
  const out = mkdtempSync(join(tmpdir(), 'pt-bench-test-'));

  test('builds 50 synthetic milestones and writes the table as Markdown and JSON', () => {
    const run = spawnSync(process.execPath, ['scripts/bench.ts', '--quick', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...toolEnvironment(), FORCE_COLOR: '0' },
    });
    expect(run.status, run.stderr).toBe(0);

    const markdown = readFileSync(join(out, 'bench-quick.md'), 'utf8');
    // The tables, each a run of lines that start with "|": the bench's, then page generation by
    // route.
    const [table = [], routes = []] = markdown
      .split(/\n(?!\|)/)
      .map((block) => block.split('\n').filter((line) => line.startsWith('|')))
      .filter((block) => block.length > 0);
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
      'Astro floor (as many pages, trivial layout, no integrations): time · CPU · peak memory',
      'build ÷ floor: CPU time · wall time',
    ])
      expect(rows.has(label), label).toBe(true);
    expect(rows.get('build ÷ floor: CPU time · wall time')).toMatch(/^[\d.]+× · [\d.]+×$/);
    // The loader's budget applies at every size; the build's at 5,000 milestones only.
    expect(markdown).toMatch(
      /^- ok: \/embed\.js at most 2 KB gzipped, at every size: [\d.]+ KB at 50 milestones$/m,
    );
    expect(markdown).not.toContain('OVER BUDGET');
    for (const [label, cell] of rows) expect(cell, label).not.toBe('');
    expect(rows.get('instruments')).toBe('5');
    expect(rows.get('build time (npm run build: astro build and Pagefind)')).toMatch(/^\d+\.\d s$/);
    expect(rows.get('home /: HTML · CSS · JS (gzipped)')).toMatch(
      /^[\d.]+ (B|KB) · [\d.]+ (B|KB) · [\d.]+ (B|KB)$/,
    );
    expect(rows.get('internal links checked / broken')).toMatch(/^[\d,]+ \/ 0$/);
    expect(run.stdout).toContain(table[0]);
    // Every route's pages in one row, every language together, against a page of the floor.
    expect(routes[0]).toMatch(
      /^\| route \(every language\) \| .* \| ÷ a floor page \([\d.]+ ms\) \|$/,
    );
    expect(routes.find((line) => line.startsWith('| `/instruments/[id]/[milestone]/` |'))).toMatch(
      /^\| `[^`]+` \| 150 \| [\d.]+ s \| [\d.]+ ms \| [\d.]+× \|$/,
    );
    expect(routes.at(-1)).toMatch(/^\| all \| [\d,]+ \| [\d.]+ s \| [\d.]+ ms \| [\d.]+× \|$/);

    const json = JSON.parse(readFileSync(join(out, 'bench-quick.json'), 'utf8')) as {
      quick: boolean;
      results: {
        milestones: number;
        floor: { pages: number; ms: number };
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
    expect(result?.floor.ms).toBeGreaterThan(0);
    expect(result?.floor.pages).toBe(result?.pages);
    expect(result?.pages).toBeGreaterThan(5); // home, 404, about and one page per instrument at least
    expect(result?.outputBytes).toBeGreaterThan(0);
    expect(result?.weights['home']?.html).toBeGreaterThan(0);
    expect(result?.largest.domNodes).toBeGreaterThan(0);
    rmSync(out, { recursive: true, force: true });
  }, 240_000);
});
