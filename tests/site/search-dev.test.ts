/**
 * Search in `astro dev`: Pagefind indexes built HTML, so the development server serves the last
 * build's index; without one, the search page says why search is unavailable and what to run.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from './fixtures.ts';
import { ROOT } from './sites.ts';

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
  // Vitest's own variables (NODE_ENV=test, VITEST…) make the dev server answer 404 to every page.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST'),
    ),
  );
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
