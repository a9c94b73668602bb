/**
 * `npm run build`: `astro build` with a JavaScript heap sized to the content.
 *
 * Why: V8 sizes its heap by the machine's memory (about 4 GB here), and lets garbage pile up
 * until it nears that: a 5,000-milestone build held 2 GB, and 2.6 GB with Pagefind's indexer at
 * the end, although what it really uses is well under 1 GB (it builds with a 600 MB heap). A
 * heap of 384 MB plus 100 KB per milestone (873 MB at 5,000 milestones, 2.3 GB at 20,000) makes V8
 * collect sooner, and grows with the campaign. Measured at 5,000 milestones on 2 December 2026:
 * 1,976 MB in all, Pagefind included, and 105.3 s of CPU, against 2,068 MB and 102.8 s with
 * 120 KB per milestone (within the noise); 20,000 milestones built in 618 s of CPU with it
 * (604 s with 2.7 GB), at most 3.2 GB for the build's own process.
 * POLICY_TIMELINE_HEAP_MB sets it by hand; a build that runs out says so and names it.
 *
 * Arguments go to `astro build` (`npm run build -- --outDir elsewhere`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDirectory } from '../src/integrations/content-files.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The milestones of a content folder, counted from the YAML list items ("  - id: …"). */
export function countMilestones(contentDir: string): number {
  const dir = join(contentDir, 'instruments');
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const name of readdirSync(dir))
    if (name.endsWith('.mdx') || name.endsWith('.md'))
      count += readFileSync(join(dir, name), 'utf8').match(/^\s*- id:/gm)?.length ?? 0;
  return count;
}

/** The heap, in MB, for a campaign of this many milestones. */
export const heapFor = (milestones: number): number => Math.ceil(384 + (milestones * 100) / 1024);

/** The heap a build of this many milestones gets: POLICY_TIMELINE_HEAP_MB, else {@link heapFor}. */
export const buildHeap = (milestones: number): number =>
  Number(process.env['POLICY_TIMELINE_HEAP_MB'] ?? heapFor(milestones));

/**
 * The Node flags of a build of this many milestones: what `npm run build` runs `astro build`
 * with, and what the benchmark builds the Astro floor with (scripts/bench.ts), so the two
 * differ by their sites only.
 */
export const buildNodeFlags = (milestones: number): string[] => [
  `--max-old-space-size=${buildHeap(milestones)}`,
];

if (import.meta.main) {
  const milestones = countMilestones(contentDirectory(ROOT));
  const heap = buildHeap(milestones);
  const run = spawnSync(
    process.execPath,
    [
      ...buildNodeFlags(milestones),
      join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'build',
      ...process.argv.slice(2),
    ],
    { cwd: process.cwd(), stdio: 'inherit' },
  );
  // V8 aborts when the heap is full (SIGABRT, or exit code 134 through a shell).
  if (run.signal === 'SIGABRT' || run.status === 134)
    process.stderr.write(
      `\nThe build ran out of its ${heap} MB heap (${milestones} milestones): set POLICY_TIMELINE_HEAP_MB higher, e.g. POLICY_TIMELINE_HEAP_MB=${heap * 2} npm run build\n`,
    );
  process.exit(run.status ?? 1);
}
