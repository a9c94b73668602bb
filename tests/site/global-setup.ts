/**
 * Builds every site of tests/site/sites.ts once before the `site` tests run, and provides where
 * they are to every test file (`builtSite(name)`). Each site builds in a project of its own (see
 * `projectCopy`), as many at a time as the machine has cores (PT_BUILD_JOBS changes it), with its
 * own Astro cache. The real site goes to dist/, as `npm run build` would write it; the others to
 * node_modules/.cache/pt-sites/<name>/.
 *
 * A site whose definition prepares its content (a git repository with a history) gets it in a
 * temporary folder outside the project, removed when the tests end.
 *
 * PT_REUSE_DIST=1 reuses the builds of an earlier run (for quick local reruns of one file, and
 * for `npm test`, which builds first: see the end of this file) when they were made from the same
 * definition; anything else is built.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  ROOT,
  SITES,
  toolEnvironment,
  type BuiltSite,
  type SiteDefinition,
  type SiteName,
} from './sites.ts';

const CACHE = join(ROOT, 'node_modules', '.cache', 'pt-sites');
const BUILD = join(ROOT, 'scripts', 'build.ts');

/**
 * The files that define what `edit` and `prepare` do: sites.ts and the test files it imports,
 * and theirs (relative imports under tests/). A function's own text is no stamp: Vitest
 * transforms these files and Node only strips their types, so the same function reads differently
 * in the set-up of `npm test`'s first phase and in Vitest's.
 */
function definitionFiles(file = join(ROOT, 'tests', 'site', 'sites.ts'), seen = new Set<string>()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, path] of readFileSync(file, 'utf8').matchAll(/from '(\.\.?\/[^']+\.ts)'/g)) {
    const imported = resolve(dirname(file), path ?? '');
    if (imported.startsWith(join(ROOT, 'tests') + sep)) definitionFiles(imported, seen);
  }
  return seen;
}

/** What decides a build's output besides the source: for PT_REUSE_DIST. */
const stamp = (def: SiteDefinition): string =>
  JSON.stringify({
    content: def.content,
    now: def.now,
    env: def.env,
    ...((def.edit ?? def.prepare) && {
      definitions: createHash('sha256')
        .update([...definitionFiles()].map((file) => readFileSync(file, 'utf8')).join('\0'))
        .digest('hex'),
    }),
  });

/**
 * The project's files a build reads besides the content: copied for each site (about 2 MB), with
 * node_modules linked. Astro keeps the state of a build in its project's .astro/ folder (a list of
 * the content's modules, written during the build through one fixed temporary name and read back
 * while bundling): two builds in one project at once render each other's entries or fail on that
 * name, and a build beside `astro check` or ESLint rewrites the types they read. In a copy of its
 * own, each build is alone, and the project's .astro/ is left as `astro check` wrote it.
 */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function projectCopy(home: string): string {
  const root = join(home, 'project');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const file of PROJECT_FILES) cpSync(join(ROOT, file), join(root, file), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** The temporary folders of prepared content, removed when the tests end. */
const scratches: string[] = [];

function spawnBuild(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
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
  // npm test (scripts/test.ts) builds first, then runs the tests on those builds: the same run.
  const runFile = join(home, 'run.txt');
  const run = process.env['PT_TEST_RUN'] ?? '';
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
    return {
      ...{ name, dist, content, meta, now: def.now, log },
      reused: !run || !existsSync(runFile) || readFileSync(runFile, 'utf8') !== run,
    };

  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  if (def.edit) {
    cpSync(join(ROOT, def.content), content, { recursive: true });
    def.edit(content);
  }
  const started = performance.now();
  // What `npm run build` runs (astro build with a heap sized to the content), in a project copy.
  const { code, output } = await spawnBuild([BUILD, '--outDir', dist], projectCopy(home), {
    ...toolEnvironment(),
    ...def.env,
    POLICY_TIMELINE_CONTENT: content,
    ...(def.now ? { POLICY_TIMELINE_NOW: def.now } : {}),
    POLICY_TIMELINE_CACHE_DIR: join(home, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
  });
  writeFileSync(log, output);
  if (code !== 0)
    throw new Error(
      `the "${name}" site (${def.about}) did not build:\n${output.split('\n').slice(-40).join('\n')}`,
    );
  writeFileSync(stampFile, stamp(def));
  writeFileSync(runFile, run);
  process.stderr.write(
    `site "${name}" built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return { name, dist, content, meta, now: def.now, log, reused: false };
}

/** Builds every site, `jobs` at a time; the largest first, so that the last to finish is small. */
async function buildAll(jobs: number): Promise<Record<SiteName, BuiltSite>> {
  const queue = (Object.keys(SITES) as SiteName[]).sort(
    (a, b) => Number(SITES[b].content === 'content') - Number(SITES[a].content === 'content'),
  );
  const built: Partial<Record<SiteName, BuiltSite>> = {};
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, async () => {
      for (let name = queue.shift(); name; name = queue.shift())
        built[name] = await buildSite(name);
    }),
  );
  return built as Record<SiteName, BuiltSite>;
}

const JOBS = Math.max(1, Number(process.env['PT_BUILD_JOBS'] ?? availableParallelism()));
const removeScratches = (): void => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
};

export default async function setup(project: TestProject): Promise<() => void> {
  try {
    project.provide('sites', await buildAll(JOBS));
  } catch (error) {
    removeScratches();
    throw error;
  }
  return removeScratches;
}

// `node tests/site/global-setup.ts`: only the builds, for `npm test` (scripts/test.ts) to make
// them beside the static checks and then run the `site` tests on them with PT_REUSE_DIST=1.
if (import.meta.main) {
  try {
    await buildAll(JOBS);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    removeScratches();
  }
}
