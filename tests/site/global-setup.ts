/**
 * Builds every site of tests/site/sites.ts once before the `site` tests run, and provides where
 * they are to every test file (`builtSite(name)`). Sites build one at a time (PT_BUILD_JOBS
 * changes it, at the risk described in `setup`), each into its own folder with its own Astro
 * cache. The real site goes to dist/, as `npm run build` would write it; the
 * others to node_modules/.cache/pt-sites/<name>/.
 *
 * A site whose definition prepares its content (a git repository with a history) gets it in a
 * temporary folder outside the project, removed when the tests end.
 *
 * PT_REUSE_DIST=1 reuses the builds of an earlier run (for quick local reruns of one file) when
 * they were made from the same definition; anything else is built.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, SITES, type BuiltSite, type SiteDefinition, type SiteName } from './sites.ts';

const CACHE = join(ROOT, 'node_modules', '.cache', 'pt-sites');
const BUILD = join(ROOT, 'scripts', 'build.ts');

/** What decides a build's output besides the source: for PT_REUSE_DIST. */
const stamp = (def: SiteDefinition): string =>
  JSON.stringify({
    content: def.content,
    edit: def.edit?.toString(),
    prepare: def.prepare?.toString(),
    now: def.now,
    env: def.env,
  });

/** The temporary folders of prepared content, removed when the tests end. */
const scratches: string[] = [];

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function buildSite(name: SiteName): Promise<BuiltSite> {
  const def: SiteDefinition = SITES[name];
  const home = join(CACHE, name);
  const dist = name === 'main' ? join(ROOT, 'dist') : join(home, 'dist');
  const log = join(home, 'build.log');
  const stampFile = join(home, 'stamp.json');
  let content = join(ROOT, def.content);
  let meta: Readonly<Record<string, string>> = {};
  if (def.edit) content = join(home, 'content');
  if (def.prepare) {
    // Made afresh every run (it takes a second or two), even when the build is reused.
    const scratch = mkdtempSync(join(tmpdir(), `pt-site-${name}-`));
    scratches.push(scratch);
    ({ content, meta = {} } = def.prepare(scratch));
  }
  if (
    process.env['PT_REUSE_DIST'] === '1' &&
    existsSync(join(dist, 'index.html')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp(def)
  )
    return { name, dist, content, meta, now: def.now, log, reused: true };

  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  if (def.edit) {
    cpSync(join(ROOT, def.content), content, { recursive: true });
    def.edit(content);
  }
  const started = performance.now();
  // What `npm run build` runs (astro build with a heap sized to the content).
  const { code, output } = await run([BUILD, '--outDir', dist], {
    ...process.env,
    ...def.env,
    POLICY_TIMELINE_CONTENT: content,
    ...(def.now ? { POLICY_TIMELINE_NOW: def.now } : {}),
    // The real site keeps Astro's default cache (node_modules/.astro); the others their own.
    ...(name === 'main' ? {} : { POLICY_TIMELINE_CACHE_DIR: join(home, 'cache') }),
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
  });
  writeFileSync(log, output);
  if (code !== 0)
    throw new Error(
      `the "${name}" site (${def.about}) did not build:\n${output.split('\n').slice(-40).join('\n')}`,
    );
  writeFileSync(stampFile, stamp(def));
  process.stderr.write(
    `site "${name}" built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return { name, dist, content, meta, now: def.now, log, reused: false };
}

export default async function setup(project: TestProject): Promise<() => void> {
  // Astro writes a list of the content's modules to the project's .astro/ folder during a build
  // and reads it back while bundling: builds of different content folders must not overlap, or
  // one renders the other's entries. Even builds of the same content must not overlap: Astro
  // writes that list through one fixed temporary name (.astro/content-assets.mjs.tmp, then a
  // rename), so two builds at once can lose the race (ENOENT on the rename; seen in CI on
  // 2 December 2026). The real content goes last, so .astro/ describes it afterwards.
  const jobs = Math.max(1, Number(process.env['PT_BUILD_JOBS'] ?? 1));
  const groups = new Map<string, SiteName[]>();
  for (const name of Object.keys(SITES) as SiteName[]) {
    const def: SiteDefinition = SITES[name];
    const key = def.edit || def.prepare ? `${name} (own content)` : def.content;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === 'content') - Number(b === 'content'));
  const built: Partial<Record<SiteName, BuiltSite>> = {};
  const teardown = (): void => {
    for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const [, names] of ordered) {
      const queue = [...names];
      await Promise.all(
        Array.from({ length: Math.min(jobs, queue.length) }, async () => {
          for (let name = queue.shift(); name; name = queue.shift())
            built[name] = await buildSite(name);
        }),
      );
    }
  } catch (error) {
    teardown();
    throw error;
  }
  project.provide('sites', built as Record<SiteName, BuiltSite>);
  return teardown;
}
