/**
 * `npm run bench`: builds synthetic campaigns of 50, 500 and 5,000 milestones, measures them, and
 * checks the scale budgets (issue 15; DESIGN.md §5). Exits 1 and says which budget broke.
 *
 * For each size it runs the steps of STEPS in order, each filling its part of the result:
 * - content: writes a real content folder (campaign.yaml + instruments/*.mdx) to a temporary
 *   folder and validates it with src/lib/validate.ts; the content is the last state of a synthetic
 *   git history (scripts/quality/synthetic-history.ts), which the build reads like a real one;
 * - build: `npm run build`'s command on it (scripts/build.ts: astro build, Pagefind included,
 *   with a heap sized to the content), timed, with its CPU time and peak memory;
 * - history: on the largest size (not with --quick), the same build from a copy without .git,
 *   for history's cost;
 * - floor: the Astro floor, in the same run: an Astro build of as many pages with a trivial
 *   layout and no integrations (scripts/quality/astro-floor.ts), the least any Astro site of that
 *   size costs on this machine at this moment (built twice, the lower CPU time kept);
 * - output: pages, output and search index size, the gzipped weight of the main pages and each
 *   widget, /embed.js, broken links;
 * - browser: how the timeline and the largest page render on a phone (390×844, CPU slowed 4×),
 *   and, on the largest size, search latency in headless Chromium.
 *
 * Budgets (BUDGETS): /embed.js at most 2 KB gzipped at every size; at 5,000 milestones the build
 * at most twice the Astro floor (CPU time, which other work on the machine disturbs least; wall
 * time is reported beside it) and at most 2 GB of peak memory (the build's whole process tree).
 *
 * Below the table, page generation on the largest size by the route that made each page (Astro's
 * log gives each page's time: scripts/quality/build-log.ts), against a page of the floor.
 *
 * It prints a Markdown table and writes it to bench-results/bench.md and .json (gitignored).
 * Timing is noisy, so it is not a test: `npm test` runs `--quick` (50 milestones) to prove the
 * bench works.
 *
 *   npm run bench                    50, 500 and 5,000 milestones
 *   npm run bench -- --quick         50 milestones only
 *   npm run bench -- --size 20000    one size
 *   npm run bench -- --sizes 50,2000 --out /tmp/results --keep
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { contentDirectory, readContentFiles } from '../src/integrations/content-files.ts';
import { formatProblems, validateContent } from '../src/lib/validate.ts';
import { checkLinks, formatLinkProblems } from './check-links.ts';
import { writeFloorProject } from './quality/astro-floor.ts';
import { buildNodeFlags } from './build.ts';
import { launch } from './quality/browser.ts';
import {
  measureRender,
  measureSearch,
  CPU_SLOWDOWN,
  PHONE,
  type RenderMeasure,
  type SearchMeasure,
} from './quality/browser-measure.ts';
import { OVERVIEW_PAGE_ROWS } from '../src/lib/lifespan.ts';
import { LOADER_BUDGET } from './quality/budgets.ts';
import { pageTimes, timeByRoute, type RouteTime } from './quality/build-log.ts';
import { measureChart, type ChartMeasure } from './quality/lifespan-measure.ts';
import { runMeasured, type MeasuredRun } from './quality/measure-process.ts';
import {
  folderSize,
  formatBytes,
  gzipSize,
  KB,
  listPages,
  pageWeight,
  widgetsByKind,
  type PageFile,
} from './quality/site-output.ts';
import { generateCampaign, SYNTHETIC_NOW, writeCampaign } from './quality/synthetic-content.ts';
import {
  buildWithoutHistory,
  historyLogLine,
  writeSyntheticHistory,
  type SyntheticHistory,
  type WithoutHistory,
} from './quality/synthetic-history.ts';
import { serve } from './quality/static-server.ts';
import { routePatterns } from './quality/templates.ts';
import { LANGS } from '../src/i18n/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const BUILD = join(ROOT, 'scripts', 'build.ts');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    size: { type: 'string' },
    sizes: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizeList = args.sizes ?? args.size;
const sizes = sizeList
  ? sizeList.split(',').map((s) => Number(s.trim()))
  : args.quick
    ? [50]
    : [50, 500, 5000];
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--size and --sizes take whole numbers, e.g. 50,500: got "${sizeList ?? ''}"`);
const outDir = resolve(args.out ?? join(ROOT, 'bench-results'));
const baseName = args.quick ? 'bench-quick' : 'bench';

/** Gzipped weight of a page: null when the page is not in this build. */
interface Weight {
  readonly route: string;
  readonly html: number;
  readonly css: number;
  readonly js: number;
  readonly total: number;
}

/** What a measured build cost. */
interface BuildCost {
  readonly ms: number;
  readonly cpuMs: number | null;
  readonly systemMs: number | null;
  readonly peakTreeRss: number | null;
  readonly maxProcessRss: number | null;
}

interface SizeResult {
  readonly milestones: number;
  readonly instruments: number;
  readonly buildMs: number;
  readonly buildCpuMs: number | null;
  /** Of which system time. */
  readonly buildSystemMs: number | null;
  /** The machine's 1-minute load average when the build started: other work slows builds down. */
  readonly loadAverage: number;
  readonly peakTreeRss: number | null;
  readonly maxProcessRss: number | null;
  /**
   * The Astro floor: as many pages, a trivial layout, no integrations, built in the same run;
   * with the mean time Astro's log gives one of its pages (null when the log gave none).
   */
  readonly floor: BuildCost & { readonly pages: number; readonly pageMs: number | null };
  /** Page generation by the route that made each page, from the build's log (the most first). */
  readonly routeTimes: readonly RouteTime[];
  readonly pages: number;
  readonly outputBytes: number;
  readonly searchIndexBytes: number | null;
  readonly weights: Record<string, Weight | null>;
  /** Widgets by kind: how many pages, and the weight of the first one. */
  readonly widgets: Record<string, { pages: number; weight: Weight }>;
  readonly embedJs: number | null;
  readonly links: { checked: number; broken: number };
  readonly timeline:
    (RenderMeasure & { route: string; htmlBytes: number; htmlGzip: number }) | null;
  readonly largest: RenderMeasure & { route: string; htmlBytes: number; htmlGzip: number };
  readonly search: SearchMeasure | null;
  readonly searchNote: string | null;
  /** The lifespan chart's weight (scripts/quality/lifespan-measure.ts), from the content alone. */
  readonly chart: ChartMeasure;
  /** The synthetic git history the build read, and the same build without it (largest size only). */
  readonly history: SyntheticHistory & {
    /** What the build's log said of its history. */
    readonly said: string;
    readonly without: WithoutHistory | null;
  };
}

/** The pages the table reports, by route. */
const MAIN_PAGES: readonly [string, string][] = [
  ['home', '/'],
  ['timeline', '/timeline/'],
  ['overview', '/overview/'],
  ['deadlines', '/deadlines/'],
  ['status', '/status/'],
  ['search', '/search/'],
  ['embed builder', '/embed/'],
];
const SEARCH_QUERIES = ['retention', 'encryption', 'council', 'verification'] as const;
/** Loads per page measured on the phone (the median is reported); one proves the bench works. */
const RENDER_RUNS = args.quick ? 1 : 3;

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** One size being measured: the folders, and the result the steps fill in. */
interface SizeContext {
  readonly milestones: number;
  /** The largest size of this run (search latency and history's cost are measured there only). */
  readonly largestSize: boolean;
  readonly work: string;
  readonly content: string;
  readonly dist: string;
  readonly result: { -readonly [K in keyof SizeResult]?: SizeResult[K] };
  /** Set by the content step. */
  instrumentIds: readonly string[];
  /** The synthetic git history the content step wrote. */
  syntheticHistory: SyntheticHistory | null;
  /** The environment the build step ran with (the history step builds the copy with it). */
  buildEnv: NodeJS.ProcessEnv;
}

/** A measurement: runs in order for each size, and fills its part of `ctx.result`. */
interface BenchStep {
  readonly name: string;
  run(ctx: SizeContext): Promise<void> | void;
}

const cost = (run: MeasuredRun): BuildCost => ({
  ms: run.ms,
  cpuMs: run.cpuMs,
  systemMs: run.systemMs,
  peakTreeRss: run.peakTreeRss,
  maxProcessRss: run.maxProcessRss,
});

/** Writes the synthetic content and checks it: an invalid campaign would measure an error page. */
const contentStep: BenchStep = {
  name: 'content',
  run(ctx) {
    const campaign = generateCampaign(ctx.milestones);
    writeCampaign(ctx.content, campaign);
    const { files, contentDir } = readContentFiles(ctx.content, ROOT);
    const validation = validateContent(files, contentDir);
    if (validation.problems.length)
      throw new Error(
        `the synthetic content for ${ctx.milestones} milestones is invalid:\n${formatProblems(validation.problems)}`,
      );
    ctx.result.milestones = campaign.milestones;
    ctx.result.instruments = campaign.instruments;
    ctx.instrumentIds = campaign.instrumentIds;
    // The content is the last state of a synthetic git history, which every build reads.
    ctx.syntheticHistory = writeSyntheticHistory(ctx.work, campaign);
    log(
      `synthetic git history: ${ctx.syntheticHistory.commits} commits in ${(ctx.syntheticHistory.ms / 1000).toFixed(1)} s`,
    );
    log(
      `${campaign.milestones} milestones over ${campaign.instruments} instruments: content valid`,
    );
    // The lifespan chart's weight, from the content alone.
    ctx.result.chart = measureChart(ctx.content, { now: new Date(SYNTHETIC_NOW) });
  },
};

/** `astro build` of the synthetic campaign, timed, with its CPU time and peak memory. */
const buildStep: BenchStep = {
  name: 'build',
  async run(ctx) {
    const env = {
      ...process.env,
      POLICY_TIMELINE_CONTENT: ctx.content,
      POLICY_TIMELINE_NOW: SYNTHETIC_NOW,
      POLICY_TIMELINE_CACHE_DIR: join(ctx.work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    };
    ctx.result.loadAverage = loadavg()[0] ?? 0;
    log('building…');
    // What `npm run build` runs: astro build with a heap sized to the content (scripts/build.ts).
    const run = await runMeasured(process.execPath, [BUILD, '--outDir', ctx.dist], {
      cwd: ROOT,
      env,
      timeFile: join(ctx.work, 'time.txt'),
    });
    if (run.exitCode !== 0)
      throw new Error(
        `astro build failed for ${ctx.milestones} milestones (exit ${String(run.exitCode)}):\n${run.output.split('\n').slice(-40).join('\n')}`,
      );
    log(`built in ${(run.ms / 1000).toFixed(1)} s`);
    ctx.result.buildMs = run.ms;
    ctx.result.routeTimes = timeByRoute(
      pageTimes(run.output),
      routePatterns(join(ROOT, 'src', 'pages'), { endpoints: true }),
      LANGS,
    );
    ctx.result.buildCpuMs = run.cpuMs;
    ctx.result.buildSystemMs = run.systemMs;
    ctx.result.peakTreeRss = run.peakTreeRss;
    ctx.result.maxProcessRss = run.maxProcessRss;
    ctx.buildEnv = env;
    if (ctx.syntheticHistory)
      ctx.result.history = {
        ...ctx.syntheticHistory,
        said: historyLogLine(run.output),
        without: null,
      };
  },
};

/**
 * History's cost: the same content built again from a copy without .git, with the same command,
 * on the largest size only and never with --quick (two more builds' worth of time).
 */
const historyStep: BenchStep = {
  name: 'history',
  async run(ctx) {
    if (!ctx.largestSize || args.quick || !ctx.result.history) return;
    log('building again without the history…');
    ctx.result.history = {
      ...ctx.result.history,
      without: await buildWithoutHistory({
        content: ctx.content,
        command: [BUILD],
        cwd: ROOT,
        env: ctx.buildEnv,
      }),
    };
  },
};

/**
 * The Astro floor for as many pages as the real build made, built right after it, twice: the
 * floor's own CPU time moved from 14 to 24 s between runs at 5,000 milestones on one machine,
 * and the lower of two runs is the steadier measure of what Astro needs (it makes the ratio
 * the larger of the two, never the kinder).
 */
const FLOOR_RUNS = 2;
const floorStep: BenchStep = {
  name: 'floor',
  async run(ctx) {
    const pages = listPages(ctx.dist).length;
    const dir = join(ctx.work, 'floor');
    writeFloorProject(dir, pages, join(ROOT, 'node_modules'));
    // With the real build's Node flags (scripts/build.ts: its heap), so the two differ by their
    // sites only: V8's default heap (a quarter of the machine's memory) collects less often.
    const flags = buildNodeFlags(ctx.milestones);
    let best: MeasuredRun | undefined;
    for (let i = 1; i <= FLOOR_RUNS; i++) {
      log(`building the Astro floor (${pages} pages), run ${i} of ${FLOOR_RUNS}…`);
      for (const made of ['dist', '.astro'])
        rmSync(join(dir, made), { recursive: true, force: true });
      const run = await runMeasured(process.execPath, [...flags, ASTRO, 'build'], {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
        timeFile: join(ctx.work, `floor-time-${i}.txt`),
      });
      if (run.exitCode !== 0)
        throw new Error(
          `the Astro floor did not build:\n${run.output.split('\n').slice(-30).join('\n')}`,
        );
      log(
        `floor built in ${(run.ms / 1000).toFixed(1)} s (${run.cpuMs === null ? 'CPU n/a' : `${(run.cpuMs / 1000).toFixed(1)} s of CPU`})`,
      );
      if (!best || (run.cpuMs ?? run.ms) < (best.cpuMs ?? best.ms)) best = run;
    }
    if (best) {
      const times = pageTimes(best.output);
      const pageMs = times.length ? times.reduce((sum, t) => sum + t.ms, 0) / times.length : null;
      ctx.result.floor = { ...cost(best), pages, pageMs };
    }
  },
};

/** What the build wrote: pages, sizes, weights, widgets, the loader, links. */
const outputStep: BenchStep = {
  name: 'output',
  run(ctx) {
    const { dist } = ctx;
    const pages = listPages(dist);
    const byRoute = new Map(pages.map((p) => [p.route, p]));
    const weigh = (page: PageFile | undefined): Weight | null => {
      if (!page) return null;
      const { route, html, css, js, total } = pageWeight(dist, page);
      return { route, html, css, js, total };
    };
    const weights: Record<string, Weight | null> = Object.fromEntries(
      MAIN_PAGES.map(([name, route]) => [name, weigh(byRoute.get(route))]),
    );
    weights['instrument page'] = weigh(byRoute.get(`/instruments/${ctx.instrumentIds[0] ?? ''}/`));
    const links = checkLinks(dist, { siteUrl: 'https://bench.example.org' });
    if (links.problems.length)
      log(`${links.problems.length} broken link(s):\n${formatLinkProblems(links.problems, 20)}`);
    const embedJs = join(dist, 'embed.js');
    Object.assign(ctx.result, {
      pages: pages.length,
      outputBytes: folderSize(dist),
      searchIndexBytes: existsSync(join(dist, 'pagefind'))
        ? folderSize(join(dist, 'pagefind'))
        : null,
      weights,
      widgets: Object.fromEntries(
        [...widgetsByKind(pages)].map(([kind, list]) => [
          kind,
          { pages: list.length, weight: weigh(list[0]) as Weight },
        ]),
      ),
      embedJs: existsSync(embedJs) ? gzipSize(readFileSync(embedJs)) : null,
      links: { checked: links.links, broken: links.problems.length },
    } satisfies Partial<SizeResult>);
  },
};

/** How the biggest pages render on a phone, and search latency on the largest size. */
const browserStep: BenchStep = {
  name: 'browser',
  async run(ctx) {
    const { dist } = ctx;
    const pages = listPages(dist);
    const size = (p: PageFile): number => statSync(join(dist, p.rel)).size;
    const site = await serve({ dir: dist });
    let browser: Browser | undefined;
    try {
      browser = await launch();
      const htmlSizes = (page: PageFile): { htmlBytes: number; htmlGzip: number } => {
        const data = readFileSync(join(dist, page.rel));
        return { htmlBytes: data.length, htmlGzip: gzipSize(data) };
      };
      // The timeline is the page that grows with every milestone; if it is split by year or
      // paginated, the largest of its pages is the one to watch.
      const timelinePage = pages
        .filter((p) => p.route.startsWith('/timeline/'))
        .sort((a, b) => size(b) - size(a))[0];
      const largestPage = [...pages].sort((a, b) => size(b) - size(a))[0] as PageFile;
      log('measuring rendering on a phone…');
      ctx.result.timeline = timelinePage
        ? {
            route: timelinePage.route,
            ...htmlSizes(timelinePage),
            ...(await measureRender(browser, site.url + timelinePage.route, RENDER_RUNS)),
          }
        : null;
      ctx.result.largest = {
        route: largestPage.route,
        ...htmlSizes(largestPage),
        ...(await measureRender(browser, site.url + largestPage.route, RENDER_RUNS)),
      };
      ctx.result.search = null;
      ctx.result.searchNote = null;
      if (!ctx.largestSize) ctx.result.searchNote = 'measured on the largest build only';
      else if (!pages.some((p) => p.route === '/search/'))
        ctx.result.searchNote = 'n/a (no /search/ page)';
      else if (!existsSync(join(dist, 'pagefind'))) ctx.result.searchNote = 'n/a (no search index)';
      else {
        log('measuring search latency…');
        ctx.result.search = await measureSearch(browser, `${site.url}/search/`, SEARCH_QUERIES);
      }
    } finally {
      await browser?.close();
      await site.close();
    }
  },
};

/** The measurements, in order. A new one is a step here and a row in the table. */
export const STEPS: readonly BenchStep[] = [
  contentStep,
  buildStep,
  historyStep,
  floorStep,
  outputStep,
  browserStep,
];

async function benchSize(milestones: number, largestSize: boolean): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), `pt-bench-${milestones}-`));
  const ctx: SizeContext = {
    milestones,
    largestSize,
    work,
    content: join(work, 'content'),
    dist: join(work, 'dist'),
    result: {},
    instrumentIds: [],
    syntheticHistory: null,
    buildEnv: {},
  };
  try {
    for (const step of STEPS) await step.run(ctx);
    return ctx.result as SizeResult;
  } finally {
    if (args.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The budgets

/** The milestones at which the build's budgets apply. */
export const BUDGET_SIZE = 5000;
const MAX_FLOOR_RATIO = 2;
const MAX_PEAK_MEMORY = 2 * 1024 ** 3;

interface Budget {
  readonly name: string;
  /** null: the budget does not apply at this size (or cannot be measured here). */
  check(r: SizeResult): { ok: boolean; measured: string } | null;
}

const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : a / b;

export const BUDGETS: readonly Budget[] = [
  {
    name: `/embed.js at most ${LOADER_BUDGET / KB} KB gzipped, at every size`,
    check: (r) =>
      r.embedJs === null
        ? null
        : { ok: r.embedJs <= LOADER_BUDGET, measured: formatBytes(r.embedJs) },
  },
  {
    name: `at ${BUDGET_SIZE.toLocaleString('en-GB')} milestones, the build at most ${MAX_FLOOR_RATIO}× the Astro floor (CPU time)`,
    check: (r) => {
      if (r.milestones !== BUDGET_SIZE) return null;
      const cpu = ratio(r.buildCpuMs, r.floor.cpuMs);
      const wall = ratio(r.buildMs, r.floor.ms) ?? 0;
      const value = cpu ?? wall;
      return {
        ok: value <= MAX_FLOOR_RATIO,
        measured: `${cpu === null ? 'n/a' : `${cpu.toFixed(2)}×`} CPU time (wall ${wall.toFixed(2)}×)`,
      };
    },
  },
  {
    name: `at ${BUDGET_SIZE.toLocaleString('en-GB')} milestones, the build's peak memory at most ${MAX_PEAK_MEMORY / 1024 ** 3} GB (its whole process tree)`,
    check: (r) =>
      r.milestones !== BUDGET_SIZE || r.peakTreeRss === null
        ? null
        : { ok: r.peakTreeRss <= MAX_PEAK_MEMORY, measured: mb(r.peakTreeRss) },
  },
];

function renderBudgets(results: readonly SizeResult[]): { text: string; broken: string[] } {
  const lines: string[] = [];
  const broken: string[] = [];
  for (const budget of BUDGETS)
    for (const r of results) {
      const outcome = budget.check(r);
      if (!outcome) continue;
      const line = `- ${outcome.ok ? 'ok' : 'OVER BUDGET'}: ${budget.name}: ${outcome.measured} at ${int(r.milestones)} milestones`;
      lines.push(line);
      if (!outcome.ok) broken.push(line.slice(2));
    }
  return { text: lines.join('\n'), broken };
}

// ---------------------------------------------------------------------------------------------
// The table

const int = (n: number): string => Math.round(n).toLocaleString('en-GB');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const msText = (ms: number | null): string => (ms === null ? 'n/a' : `${int(ms)} ms`);
const mb = (bytes: number | null): string =>
  bytes === null ? 'n/a' : `${int(bytes / 1024 / 1024)} MB`;
const weightText = (w: Weight | null | undefined, missing = 'n/a (no page)'): string =>
  w ? `${formatBytes(w.html)} · ${formatBytes(w.css)} · ${formatBytes(w.js)}` : missing;

function renderTable(results: readonly SizeResult[]): string {
  const header = `| | ${results.map((r) => `${int(r.milestones)} milestones`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|`;
  const row = (label: string, cell: (r: SizeResult) => string): string =>
    `| ${label} | ${results.map(cell).join(' | ')} |`;
  const widgetKinds = [...new Set(results.flatMap((r) => Object.keys(r.widgets)))].sort();
  const rows = [
    header,
    rule,
    row('instruments', (r) => int(r.instruments)),
    row('build time (npm run build: astro build and Pagefind)', (r) => seconds(r.buildMs)),
    row('build CPU time (user + system, /usr/bin/time -v)', (r) =>
      r.buildCpuMs === null ? 'n/a' : seconds(r.buildCpuMs),
    ),
    row(
      'synthetic git history: commits · what the build log said',
      (r) => `${int(r.history.commits)} · ${r.history.said}`,
    ),
    row('the same build without history (a copy without .git): time · CPU · peak memory', (r) => {
      const without = r.history.without;
      if (!without) return 'measured on the largest build only (not with --quick)';
      return `${seconds(without.ms)} · ${without.cpuMs === null ? 'n/a' : seconds(without.cpuMs)} · ${mb(without.peakTreeRss)} (${without.said})`;
    }),
    row("history's cost: build time · CPU time (budget: +10 % at 5,000)", (r) => {
      const without = r.history.without;
      if (!without) return 'n/a';
      const pct = (a: number, b: number): string =>
        `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)} %`;
      return `${pct(r.buildMs, without.ms)} · ${r.buildCpuMs === null || without.cpuMs === null ? 'n/a' : pct(r.buildCpuMs, without.cpuMs)}`;
    }),
    row('machine load when the build started (1-min load average)', (r) =>
      r.loadAverage.toFixed(1),
    ),
    row('peak memory, process tree (sum of RSS, /proc every 50 ms)', (r) => mb(r.peakTreeRss)),
    row('peak memory, largest process (max RSS, /usr/bin/time -v)', (r) => mb(r.maxProcessRss)),
    row(
      'Astro floor (as many pages, trivial layout, no integrations): time · CPU · peak memory',
      (r) =>
        `${seconds(r.floor.ms)} · ${r.floor.cpuMs === null ? 'n/a' : seconds(r.floor.cpuMs)} · ${mb(r.floor.peakTreeRss)}`,
    ),
    row('build ÷ floor: CPU time · wall time', (r) => {
      const cpu = ratio(r.buildCpuMs, r.floor.cpuMs);
      const wall = ratio(r.buildMs, r.floor.ms);
      return `${cpu === null ? 'n/a' : `${cpu.toFixed(2)}×`} · ${wall === null ? 'n/a' : `${wall.toFixed(2)}×`}`;
    }),
    row(
      'of the CPU time, system time (the kernel creating and writing files; it moved most between runs): build · floor',
      (r) =>
        `${r.buildSystemMs === null ? 'n/a' : seconds(r.buildSystemMs)} · ${r.floor.systemMs === null ? 'n/a' : seconds(r.floor.systemMs)}`,
    ),
    row('pages (HTML files)', (r) => int(r.pages)),
    row('total output size', (r) => formatBytes(r.outputBytes)),
    row('search index size (dist/pagefind)', (r) =>
      r.searchIndexBytes === null ? 'n/a (no search index)' : formatBytes(r.searchIndexBytes),
    ),
    ...MAIN_PAGES.map(([name, route]) =>
      row(`${name} ${route}: HTML · CSS · JS (gzipped)`, (r) => weightText(r.weights[name])),
    ),
    row('one instrument page: HTML · CSS · JS (gzipped)', (r) =>
      weightText(r.weights['instrument page']),
    ),
    ...(widgetKinds.length
      ? widgetKinds.map((kind) =>
          row(`widget ${kind}: HTML · CSS · JS (gzipped); total`, (r) =>
            r.widgets[kind]
              ? `${weightText(r.widgets[kind].weight)}; ${formatBytes(r.widgets[kind].weight.total)}`
              : 'n/a',
          ),
        )
      : [row('widgets /embed/*: HTML · CSS · JS (gzipped)', () => 'n/a (no widget pages)')]),
    row('/embed.js (gzipped)', (r) =>
      r.embedJs === null ? 'n/a (no /embed.js)' : formatBytes(r.embedJs),
    ),
    row(
      'lifespan chart: whole overview, wide · phone · download (gzipped)',
      (r) =>
        `${formatBytes(r.chart.overview.wide.gzip)} · ${formatBytes(r.chart.overview.phone.gzip)} · ${formatBytes(r.chart.overview.download.gzip)}`,
    ),
    row(
      `lifespan chart: pages of ≤ ${OVERVIEW_PAGE_ROWS} rows · a page's chart at most (wide + phone) · budget 25 KB`,
      (r) =>
        `${int(r.chart.pages.count)} · ${formatBytes(r.chart.shown.gzip)} · ${r.chart.withinBudget ? 'within' : 'OVER'}`,
    ),
    row('lifespan chart: CPU to lay out and draw the whole overview', (r) => msText(r.chart.cpuMs)),
    row(
      'internal links checked / broken',
      (r) => `${int(r.links.checked)} / ${int(r.links.broken)}`,
    ),
    row('timeline on a phone: route', (r) =>
      r.timeline ? r.timeline.route : 'n/a (no /timeline/ page)',
    ),
    row('timeline: HTML size (raw · gzipped)', (r) =>
      r.timeline
        ? `${formatBytes(r.timeline.htmlBytes)} · ${formatBytes(r.timeline.htmlGzip)}`
        : 'n/a',
    ),
    row('timeline: DOM elements', (r) => (r.timeline ? int(r.timeline.domNodes) : 'n/a')),
    row('timeline: first contentful paint · LCP · load (390×844, 4× CPU)', (r) =>
      r.timeline
        ? `${msText(r.timeline.fcp)} · ${msText(r.timeline.lcp)} · ${msText(r.timeline.load)}`
        : 'n/a',
    ),
    row('largest page: route', (r) => r.largest.route),
    row(
      'largest page: HTML size (raw · gzipped)',
      (r) => `${formatBytes(r.largest.htmlBytes)} · ${formatBytes(r.largest.htmlGzip)}`,
    ),
    row('largest page: DOM elements', (r) => int(r.largest.domNodes)),
    row(
      'largest page: FCP · LCP · load (390×844, 4× CPU)',
      (r) => `${msText(r.largest.fcp)} · ${msText(r.largest.lcp)} · ${msText(r.largest.load)}`,
    ),
    row('search latency, first query · later queries (Chromium)', (r) =>
      r.search ? `${msText(r.search.cold)} · ${msText(r.search.warm)}` : (r.searchNote ?? 'n/a'),
    ),
    row(
      'build time per milestone (fixed start-up cost included)',
      (r) => `${(r.buildMs / r.milestones).toFixed(2)} ms`,
    ),
  ];
  return rows.join('\n');
}

/** Routes the page-generation table names; the rest are summed in one line. */
const ROUTE_ROWS = 12;

/**
 * Where page generation went on the largest size: per route, its pages, their time in Astro's
 * log (rendering and writing each page; the build's other work is not in it) and a page's
 * time against a page of the floor.
 */
function renderRouteTimes(result: SizeResult): string {
  const msOf = (ms: number): string => `${ms.toFixed(2)} ms`;
  const floor = result.floor.pageMs;
  const times = (ms: number, pages: number): string =>
    floor ? `${(ms / pages / floor).toFixed(1)}×` : 'n/a';
  const line = (pattern: string, pages: number, ms: number): string =>
    `| ${pattern} | ${int(pages)} | ${seconds(ms)} | ${msOf(ms / pages)} | ${times(ms, pages)} |`;
  const shown = result.routeTimes.slice(0, ROUTE_ROWS);
  const rest = result.routeTimes.slice(ROUTE_ROWS);
  const sum = (routes: readonly RouteTime[], of: 'pages' | 'ms'): number =>
    routes.reduce((n, r) => n + r[of], 0);
  return [
    `| route (every language) | pages and files | time | per page | ÷ a floor page (${floor ? msOf(floor) : 'n/a'}) |`,
    '|---|---:|---:|---:|---:|',
    ...shown.map((r) => line(`\`${r.pattern}\``, r.pages, r.ms)),
    ...(rest.length
      ? [line(`${int(rest.length)} other routes`, sum(rest, 'pages'), sum(rest, 'ms'))]
      : []),
    line('all', sum(result.routeTimes, 'pages'), sum(result.routeTimes, 'ms')),
  ].join('\n');
}

/** How build time and memory grow from one size to the next: the marginal cost per milestone should stay about the same. */
function renderGrowth(results: readonly SizeResult[]): string {
  const lines: string[] = [];
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1] as SizeResult;
    const b = results[i] as SizeResult;
    const added = b.milestones - a.milestones;
    const memory =
      a.peakTreeRss !== null && b.peakTreeRss !== null
        ? `; peak memory ×${(b.peakTreeRss / a.peakTreeRss).toFixed(2)}, marginal ${int((b.peakTreeRss - a.peakTreeRss) / added / 1024)} KB per milestone`
        : '';
    const cpu =
      a.buildCpuMs !== null && b.buildCpuMs !== null
        ? `; CPU time ×${(b.buildCpuMs / a.buildCpuMs).toFixed(2)}, marginal ${((b.buildCpuMs - a.buildCpuMs) / added).toFixed(2)} ms per milestone`
        : '';
    lines.push(
      `- ${int(a.milestones)} → ${int(b.milestones)} milestones (×${(b.milestones / a.milestones).toFixed(1)}): build time ×${(b.buildMs / a.buildMs).toFixed(2)}, marginal ${((b.buildMs - a.buildMs) / added).toFixed(2)} ms per milestone${cpu}${memory}; pages ×${(b.pages / a.pages).toFixed(2)}; output ×${(b.outputBytes / a.outputBytes).toFixed(2)}`,
    );
  }
  return lines.join('\n');
}

function chromiumVersion(): string {
  const run = spawnSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
  });
  return run.status === 0 ? run.stdout.trim() : 'unknown';
}

async function main(): Promise<void> {
  const started = new Date();
  const results: SizeResult[] = [];
  const largest = Math.max(...sizes);
  for (const size of sizes) results.push(await benchSize(size, size === largest));
  const budgets = renderBudgets(results);
  const largestResult = results.find((r) => r.milestones === largest);

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${int(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, ${chromiumVersion()}`;
  const markdown = [
    `# Benchmark${args.quick ? ' (quick)' : ''}`,
    '',
    `${started.toISOString()} · ${machine}`,
    '',
    renderTable(results),
    '',
    ...(results.length > 1 ? ['Growth:', '', renderGrowth(results), ''] : []),
    ...(largestResult && largestResult.routeTimes.length
      ? [
          `Page generation by route, ${int(largestResult.milestones)} milestones (Astro's log: each page's rendering and writing):`,
          '',
          renderRouteTimes(largestResult),
          '',
        ]
      : []),
    'Budgets:',
    '',
    budgets.text || '- none applies to these sizes',
    '',
    'How it is measured:',
    '',
    `- Synthetic campaigns (scripts/quality/synthetic-content.ts): about 10 milestones per instrument; built for now = ${SYNTHETIC_NOW}.`,
    '- History: each campaign is the last state of a synthetic git history (scripts/quality/synthetic-history.ts, one `git fast-import`): about 6 commits per 10 milestones (date corrections, confidence upgrades, milestones added), which every build reads. On the largest size (not with --quick) the same content is built again (the same command) from a copy without .git, after the main build, with its own cache: compare the CPU times.',
    '- Build time: wall clock of `npm run build`’s command (scripts/build.ts: `astro build` with a heap sized to the content, Pagefind included) in a child process. Wall-clock time depends on what else the machine is doing (see the load average); CPU time much less so. The growth lines give the marginal cost per added milestone, which stays about constant when growth is linear (the fixed start-up cost of Vite and Astro dominates small builds).',
    '- Memory: the build’s process tree, sampled from /proc every 50 ms (sum of VmRSS); and the largest single process’s maximum RSS from `/usr/bin/time -v`.',
    '- Astro floor (scripts/quality/astro-floor.ts): an Astro project with as many pages as the real build, one route with a trivial layout, no integrations, built with the same Astro and the same Node flags (the heap of scripts/build.ts) right after the real build, twice, the lower CPU time kept. The ratio is the budget (at most 2× at 5,000 milestones, CPU time).',
    '- Weights: gzip level 9; CSS and JS count every stylesheet and script the page loads (followed through static imports) plus inline `<style>` and `<script>`; 1 KB = 1,024 bytes. The instrument page is the first synthetic instrument’s (about 10 milestones).',
    `- Rendering: Chromium, ${PHONE.viewport.width}×${PHONE.viewport.height} at ${PHONE.deviceScaleFactor}× with CPU slowed ${CPU_SLOWDOWN}× (CDP Emulation.setCPUThrottlingRate), cold cache, median of ${RENDER_RUNS} load(s).`,
    `- Search: on the largest build, desktop Chromium without slowdown; time from the query entering the search box (one input event) to the first result link on screen. First query "${SEARCH_QUERIES[0]}" (loads Pagefind and the index), later queries ${SEARCH_QUERIES.slice(
      1,
    )
      .map((q) => `"${q}"`)
      .join(', ')} (median).`,
    '',
  ].join('\n');
  const json = {
    generatedAt: started.toISOString(),
    quick: args.quick,
    machine,
    now: SYNTHETIC_NOW,
    results,
  };

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${baseName}.md`), markdown);
  writeFileSync(join(outDir, `${baseName}.json`), `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(
    `${markdown}\nWritten to ${join(outDir, `${baseName}.md`)} and ${baseName}.json\n`,
  );

  // The synthetic builds wrote their content into .astro/ (generated types); put the real content's back.
  spawnSync(process.execPath, [ASTRO, 'sync'], {
    cwd: ROOT,
    env: {
      ...process.env,
      POLICY_TIMELINE_CONTENT: contentDirectory(ROOT),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  });

  const broken = results.reduce((n, r) => n + r.links.broken, 0);
  if (broken) {
    process.stderr.write(
      `bench: ${broken} broken internal link(s) in the synthetic builds (listed above).\n`,
    );
    process.exitCode = 1;
  }
  for (const line of budgets.broken) {
    process.stderr.write(`bench: budget broken: ${line}\n`);
    process.exitCode = 1;
  }
}

await main();
