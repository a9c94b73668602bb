/**
 * Runs a command and measures it: wall-clock time, and peak memory two ways.
 *
 * - Peak RSS of the whole process tree: /proc is sampled every 50 ms and the resident set sizes
 *   (VmRSS) of the child and all its descendants are summed (Astro runs in one Node process;
 *   Pagefind, once the search integration lands, runs as a separate binary). Shared pages are
 *   counted once per process, so this slightly overstates; a peak shorter than 50 ms can be missed.
 * - The largest single process's maximum RSS, from the kernel (`/usr/bin/time -v`, "Maximum
 *   resident set size"), exact but not summed over the tree.
 *
 * GNU time also gives the CPU time (user + system) of the tree (children are waited for).
 * Each is null where the platform cannot give it (no /proc, no GNU time).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

export interface MeasuredRun {
  readonly exitCode: number | null;
  readonly ms: number;
  /** Peak of the summed RSS of the process tree, sampled from /proc every 50 ms. */
  readonly peakTreeRss: number | null;
  /** The largest single process's max RSS, from GNU time (getrusage). */
  readonly maxProcessRss: number | null;
  /** CPU time (user + system) of the whole tree, from GNU time: less disturbed than wall-clock time by other work on the machine. */
  readonly cpuMs: number | null;
  /** Of which system time (the kernel's: creating and writing files), from GNU time. */
  readonly systemMs: number | null;
  readonly output: string;
}

const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 50;

/** RSS in bytes of `root` and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop() as number;
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (kb) total += Number(kb) * 1024;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` in `cwd` with `env`, and measures it. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeFile: string },
): Promise<MeasuredRun> {
  const useTime = process.platform === 'linux' && existsSync(GNU_TIME);
  const useProc = existsSync('/proc/self/status');
  if (useTime) writeFileSync(options.timeFile, '');
  // Every measured run starts with nothing left to write back, so none pays for the pages of
  // the run before it (up to a gigabyte) being flushed while it runs.
  if (process.platform !== 'win32') spawnSync('sync');
  const [cmd, argv] = useTime
    ? [GNU_TIME, ['-v', '-o', options.timeFile, command, ...args]]
    : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const timer =
      useProc && child.pid !== undefined
        ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid as number))), SAMPLE_MS)
        : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (timer) clearInterval(timer);
      let maxProcessRss: number | null = null;
      let cpuMs: number | null = null;
      let systemMs: number | null = null;
      if (useTime && existsSync(options.timeFile)) {
        const report = readFileSync(options.timeFile, 'utf8');
        const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
        if (kb) maxProcessRss = Number(kb) * 1024;
        const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
        const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
        if (user && system) {
          cpuMs = (Number(user) + Number(system)) * 1000;
          systemMs = Number(system) * 1000;
        }
      }
      resolve({
        exitCode: code,
        ms,
        peakTreeRss: useProc ? peak : null,
        maxProcessRss,
        cpuMs,
        systemMs,
        output,
      });
    });
  });
}
