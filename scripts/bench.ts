/**
 * `npm run bench`: builds synthetic campaigns of 50, 500 and 5,000 milestones and measures them.
 *
 * For each size it writes a real content folder (campaign.yaml + instruments/*.mdx) to a
 * temporary folder, validates it with src/lib/validate.ts, runs `astro build` on it (with
 * Pagefind once the search integration is in the build), and measures: build time, peak memory,
 * pages, output and search index size, the gzipped HTML/CSS/JS of the main pages and of each
 * widget, broken links, how the timeline (and the largest page) renders on a phone with a slowed
 * CPU, and, on the largest build, search latency in headless Chromium.
 *
 * It prints a Markdown table and writes it to bench-results/bench.md and .json (gitignored).
 * Timing is noisy, so this is not part of `npm test`; `--quick` (50 milestones only, written to
 * bench-quick.*) is, to prove the bench works.
 *
 *   npm run bench                   50, 500 and 5,000 milestones
 *   npm run bench -- --quick        50 milestones only
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
import { contentDirectory, readContentFiles } from '../src/integrations/content-files.ts';
import { formatProblems, validateContent } from '../src/lib/validate.ts';
import { launch } from '../tests/site/browser.ts';
import { serve } from '../tests/site/server.ts';
import { checkLinks, formatLinkProblems } from './check-links.ts';
import {
  measureRender,
  measureSearch,
  CPU_SLOWDOWN,
  PHONE,
  type RenderMeasure,
  type SearchMeasure,
} from './quality/browser-measure.ts';
import { OVERVIEW_PAGE_ROWS } from '../src/lib/lifespan.ts';
import { measureChart, type ChartMeasure } from './quality/lifespan-measure.ts';
import { runMeasured } from './quality/measure-process.ts';
import {
  folderSize,
  formatBytes,
  gzipSize,
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

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = args.sizes
  ? args.sizes.split(',').map((s) => Number(s.trim()))
  : args.quick
    ? [50]
    : [50, 500, 5000];
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes takes whole numbers, e.g. 50,500: got "${args.sizes ?? ''}"`);
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

interface SizeResult {
  readonly milestones: number;
  readonly instruments: number;
  readonly buildMs: number;
  readonly buildCpuMs: number | null;
  /** The machine's 1-minute load average when the build started: other work slows builds down. */
  readonly loadAverage: number;
  readonly peakTreeRss: number | null;
  readonly maxProcessRss: number | null;
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

/** The pages the table reports, by the route they have once every branch has landed. */
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

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function benchSize(milestones: number, measureSearchLatency: boolean): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), `pt-bench-${milestones}-`));
  try {
    const content = join(work, 'content');
    const dist = join(work, 'dist');
    const campaign = generateCampaign(milestones);
    writeCampaign(content, campaign);
    const history = writeSyntheticHistory(work, campaign);
    log(`synthetic git history: ${history.commits} commits in ${(history.ms / 1000).toFixed(1)} s`);

    // The generated content must be valid, or the benchmark measures an error page.
    const { files, contentDir } = readContentFiles(content, ROOT);
    const validation = validateContent(files, contentDir);
    if (validation.problems.length)
      throw new Error(
        `the synthetic content for ${milestones} milestones is invalid:\n${formatProblems(validation.problems)}`,
      );
    log(
      `${milestones} milestones over ${campaign.instruments} instruments: content valid; building…`,
    );
    const chart = measureChart(content, { now: new Date(SYNTHETIC_NOW) });

    const env = {
      ...process.env,
      POLICY_TIMELINE_CONTENT: content,
      POLICY_TIMELINE_NOW: SYNTHETIC_NOW,
      POLICY_TIMELINE_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    };
    const loadAverage = loadavg()[0] ?? 0;
    const run = await runMeasured(process.execPath, [ASTRO, 'build', '--outDir', dist], {
      cwd: ROOT,
      env,
      timeFile: join(work, 'time.txt'),
    });
    if (run.exitCode !== 0)
      throw new Error(
        `astro build failed for ${milestones} milestones (exit ${String(run.exitCode)}):\n${run.output.split('\n').slice(-40).join('\n')}`,
      );
    log(`built in ${(run.ms / 1000).toFixed(1)} s`);
    // History's cost: the same content without .git, on the largest size only (two builds).
    let without: WithoutHistory | null = null;
    if (measureSearchLatency && !args.quick) {
      log('building again without the history…');
      without = await buildWithoutHistory({ content, astro: ASTRO, cwd: ROOT, env });
    }

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
    weights['instrument page'] = weigh(
      byRoute.get(`/instruments/${campaign.instrumentIds[0] ?? ''}/`),
    );
    const widgets = Object.fromEntries(
      [...widgetsByKind(pages)].map(([kind, list]) => [
        kind,
        { pages: list.length, weight: weigh(list[0]) as Weight },
      ]),
    );
    const embedJsFile = join(dist, 'embed.js');
    const links = checkLinks(dist, { siteUrl: 'https://bench.example.org' });
    if (links.problems.length)
      log(`${links.problems.length} broken link(s):\n${formatLinkProblems(links.problems, 20)}`);

    const site = await serve({ dir: dist });
    const browser = await launch();
    try {
      const htmlSizes = (page: PageFile): { htmlBytes: number; htmlGzip: number } => {
        const data = readFileSync(join(dist, page.rel));
        return { htmlBytes: data.length, htmlGzip: gzipSize(data) };
      };
      // The timeline is the page that grows with every milestone; if it is split by year or
      // paginated, the largest of its pages is the one to watch.
      const timelinePages = pages.filter((p) => p.route.startsWith('/timeline/'));
      const timelinePage = timelinePages.sort(
        (a, b) => statSync(join(dist, b.rel)).size - statSync(join(dist, a.rel)).size,
      )[0];
      const largestPage = [...pages].sort(
        (a, b) => statSync(join(dist, b.rel)).size - statSync(join(dist, a.rel)).size,
      )[0] as PageFile;
      log('measuring rendering on a phone…');
      const timeline = timelinePage
        ? {
            route: timelinePage.route,
            ...htmlSizes(timelinePage),
            ...(await measureRender(browser, site.url + timelinePage.route)),
          }
        : null;
      const largest = {
        route: largestPage.route,
        ...htmlSizes(largestPage),
        ...(await measureRender(browser, site.url + largestPage.route)),
      };

      let search: SearchMeasure | null = null;
      let searchNote: string | null = null;
      if (!measureSearchLatency) searchNote = 'measured on the largest build only';
      else if (!byRoute.has('/search/')) searchNote = 'n/a (no /search/ page)';
      else if (!existsSync(join(dist, 'pagefind'))) searchNote = 'n/a (no search index)';
      else {
        log('measuring search latency…');
        search = await measureSearch(browser, `${site.url}/search/`, SEARCH_QUERIES);
      }
      return {
        milestones: campaign.milestones,
        instruments: campaign.instruments,
        buildMs: run.ms,
        buildCpuMs: run.cpuMs,
        loadAverage,
        peakTreeRss: run.peakTreeRss,
        maxProcessRss: run.maxProcessRss,
        pages: pages.length,
        outputBytes: folderSize(dist),
        searchIndexBytes: existsSync(join(dist, 'pagefind'))
          ? folderSize(join(dist, 'pagefind'))
          : null,
        weights,
        widgets,
        embedJs: existsSync(embedJsFile) ? gzipSize(readFileSync(embedJsFile)) : null,
        links: { checked: links.links, broken: links.problems.length },
        timeline,
        largest,
        search,
        searchNote,
        chart,
        history: { ...history, said: historyLogLine(run.output), without },
      };
    } finally {
      await browser.close();
      await site.close();
    }
  } finally {
    if (args.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
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
    row('build time (astro build, with Pagefind when configured)', (r) => seconds(r.buildMs)),
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

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${int(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, ${chromiumVersion()}`;
  const markdown = [
    `# Benchmark${args.quick ? ' (quick)' : ''}`,
    '',
    `${started.toISOString()} · ${machine}`,
    '',
    renderTable(results),
    '',
    ...(results.length > 1 ? ['Growth:', '', renderGrowth(results), ''] : []),
    'How it is measured:',
    '',
    `- Synthetic campaigns (scripts/quality/synthetic-content.ts): about 10 milestones per instrument; built for now = ${SYNTHETIC_NOW}.`,
    '- History: each campaign is the last state of a synthetic git history (scripts/quality/synthetic-history.ts, one `git fast-import`): about 6 commits per 10 milestones (date corrections, confidence upgrades, milestones added), which every build reads. On the largest size (not with --quick) the same content is built again from a copy without .git, after the main build, with its own cache: compare the CPU times.',
    '- Build time: wall clock of `astro build` in a child process (including Pagefind when the search integration is configured). Wall-clock time depends on what else the machine is doing (see the load average); CPU time much less so. The growth lines give the marginal cost per added milestone, which stays about constant when growth is linear (the fixed start-up cost of Vite and Astro dominates small builds).',
    '- Memory: the build’s process tree, sampled from /proc every 50 ms (sum of VmRSS); and the largest single process’s maximum RSS from `/usr/bin/time -v`.',
    '- Weights: gzip level 9; CSS and JS count every stylesheet and script the page loads (followed through static imports) plus inline `<style>` and `<script>`; 1 KB = 1,024 bytes. The instrument page is the first synthetic instrument’s (about 10 milestones).',
    `- Rendering: Chromium, ${PHONE.viewport.width}×${PHONE.viewport.height} at ${PHONE.deviceScaleFactor}× with CPU slowed ${CPU_SLOWDOWN}× (CDP Emulation.setCPUThrottlingRate), cold cache, median of 3 loads.`,
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
}

await main();
