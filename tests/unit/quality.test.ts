/**
 * The tools behind the quality gates: the HTML scanner, how a page's resources and weight are
 * found, the link checker (on a small hand-made build), framework detection, and the synthetic
 * campaigns of the benchmark.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { collectIds, scanTags } from '../../scripts/quality/html-scan.ts';
import {
  detectFrameworks,
  gzipSize,
  listPages,
  pageResources,
  pageWeight,
  resolvePath,
  routeOf,
  staticImports,
  widgetKind,
  widgetsByKind,
} from '../../scripts/quality/site-output.ts';
import { generateCampaign } from '../../scripts/quality/synthetic-content.ts';
import { validateContent } from '../../src/lib/validate.ts';

function makeSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pt-quality-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('scanTags', () => {
  it('reads attributes in every quoting style, with ">" inside values and character references decoded', () => {
    const tags = scanTags(`<a title="a > b" href='/x?a=1&amp;b=2' data-x=plain hidden>x</a>`);
    expect(tags).toHaveLength(1);
    expect(Object.fromEntries(tags[0]?.attrs ?? [])).toEqual({
      title: 'a > b',
      href: '/x?a=1&b=2',
      'data-x': 'plain',
      hidden: '',
    });
  });

  it('skips comments and never reads markup inside scripts and styles', () => {
    const tags = scanTags(
      `<!-- <a href="/c"> --><script>document.write("<a href='/d'>")</script><style>a::after{content:"<b>"}</style><p id="ok">`,
    );
    expect(tags.map((t) => t.name)).toEqual(['script', 'style', 'p']);
    expect(tags[0]?.content).toContain(`<a href='/d'>`);
    expect([...collectIds(tags)]).toEqual(['ok']);
  });
});

describe('routes and resources', () => {
  it('maps files to the addresses they are served at', () => {
    expect(routeOf('index.html')).toBe('/');
    expect(routeOf('about/index.html')).toBe('/about/');
    expect(routeOf('404.html')).toBe('/404.html');
    expect(widgetKind('/embed/')).toBeUndefined();
    expect(widgetKind('/embed/countdown/dsa/')).toBe('countdown');
    expect(widgetKind('/timeline/')).toBeUndefined();
  });

  it('follows scripts through their static imports (not dynamic ones) and stylesheets through @import; JSON blocks are not JavaScript', () => {
    const a =
      'import{b as x}from"./b.js";import"./c.js";const lazy=()=>import("./lazy.js");x(lazy);';
    const dir = makeSite({
      'index.html': page(
        `<script>console.log(1)</script><script type="application/ld+json">{"a":1}</script>`,
        '<link rel="stylesheet" href="/s.css"><script type="module" src="/_astro/a.js"></script><style>p{color:red}</style>',
      ),
      '_astro/a.js': a,
      '_astro/b.js': 'export const b=()=>1;',
      '_astro/c.js': 'console.log("c")',
      '_astro/lazy.js': 'console.log("lazy")',
      's.css': '@import url("/t.css");p{margin:0}',
      't.css': 'a{color:blue}',
    });
    expect(staticImports(a)).toEqual(['./b.js', './c.js']);
    const [home] = listPages(dir);
    const resources = pageResources(
      dir,
      '/',
      page(
        '',
        '<link rel="stylesheet" href="/s.css"><script type="module" src="/_astro/a.js"></script>',
      ),
    );
    expect(resources.scripts).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
    expect(resources.stylesheets).toEqual(['/s.css', '/t.css']);
    const weight = pageWeight(dir, home as { rel: string; route: string });
    expect(weight.resources.inlineScripts).toEqual(['console.log(1)']);
    expect(weight.js).toBe(
      gzipSize(a) +
        gzipSize('export const b=()=>1;') +
        gzipSize('console.log("c")') +
        gzipSize('console.log(1)'),
    );
    expect(weight.css).toBe(
      gzipSize('@import url("/t.css");p{margin:0}') +
        gzipSize('a{color:blue}') +
        gzipSize('p{color:red}'),
    );
  });

  it('resolves paths with trailingSlash "always"', () => {
    const dir = makeSite({ 'about/index.html': page(''), 'feed.xml': '<rss/>' });
    expect(resolvePath(dir, '/about/')).toEqual({ file: join(dir, 'about', 'index.html') });
    expect(resolvePath(dir, '/feed.xml')).toEqual({ file: join(dir, 'feed.xml') });
    expect(resolvePath(dir, '/about')).toEqual({
      problem: expect.stringContaining('write "/about/"') as unknown,
    });
    expect(resolvePath(dir, '/nope/')).toHaveProperty('problem');
  });

  it('groups widgets by kind', () => {
    const dir = makeSite({
      'embed/index.html': page(''),
      'embed/countdown/index.html': page(''),
      'embed/countdown/dsa/index.html': page(''),
      'embed/status/dsa/index.html': page(''),
    });
    const kinds = widgetsByKind(listPages(dir));
    expect([...kinds.keys()].sort()).toEqual(['countdown', 'status']);
    expect(kinds.get('countdown')?.map((p) => p.route)).toEqual([
      '/embed/countdown/',
      '/embed/countdown/dsa/',
    ]);
  });
});

describe('checkLinks', () => {
  const dir = makeSite({
    'index.html': page(
      [
        '<a href="/about/">ok</a>',
        '<a href="/about/#team">ok</a>',
        '<a href="#local" id="local">ok</a>',
        '<a href="/feed.xml">ok</a>',
        '<a href="https://other.example/x">other site: not checked</a>',
        '<a href="mailto:a@b.example">mail</a>',
        '<a href="https://site.example/about/">own origin: ok</a>',
        '<img src="/missing.png" alt="">',
        '<a href="/about">folder without slash</a>',
        '<a href="/gone/">missing page</a>',
        '<a href="/about/#nope">missing anchor</a>',
        '<a href="#elsewhere">missing local anchor</a>',
        '<a href="https://site.example/old/">own origin, missing</a>',
        '<a href="#top">top</a>',
        '<a href="webcal://site.example/calendar.ics">subscribe, missing</a>',
        '<a href="webcal://other.example/calendar.ics">another site</a>',
      ].join(''),
      '<meta property="og:url" content="https://site.example/"><meta property="og:image" content="https://site.example/card.png">',
    ),
    'about/index.html': page('<h2 id="team">Team</h2>'),
    'feed.xml': '<rss/>',
  });

  it('reports each broken link and anchor, and nothing else', () => {
    const report = checkLinks(dir, { siteUrl: 'https://site.example' });
    expect(report.pages).toBe(2);
    expect(report.problems.map((p) => p.url)).toEqual([
      'https://site.example/card.png',
      '/missing.png',
      '/about',
      '/gone/',
      '/about/#nope',
      '#elsewhere',
      'https://site.example/old/',
      'webcal://site.example/calendar.ics',
    ]);
    expect(report.links).toBe(15);
  });
});

describe('detectFrameworks', () => {
  it('finds the traces of a framework and not of plain custom elements', () => {
    expect(detectFrameworks('var e=Symbol.for("react.transitional.element");')).toEqual(['React']);
    expect(detectFrameworks('<astro-island uid="x">')).toHaveLength(1);
    expect(
      detectFrameworks(
        'class PtCountdown extends HTMLElement{connectedCallback(){this.textContent="3 days"}}customElements.define("pt-countdown",PtCountdown);',
      ),
    ).toEqual([]);
  });
});

describe('synthetic campaigns', () => {
  const campaign = generateCampaign(300);
  const files = campaign.files.map((f) => ({ path: `content/${f.path}`, text: f.text }));
  const result = validateContent(files, 'content');

  it('are valid content with exactly the milestones asked for, about ten per instrument', () => {
    expect(result.problems).toEqual([]);
    expect(campaign.milestones).toBe(300);
    expect(campaign.instruments).toBe(30);
    expect(result.instruments.reduce((n, i) => n + i.data.milestones.length, 0)).toBe(300);
  });

  it('have the variety of real content', () => {
    const milestones = result.instruments.flatMap((i) => i.data.milestones);
    expect(new Set(milestones.map((m) => m.confidence))).toEqual(
      new Set(['official', 'secondary', 'derived', 'disputed', 'unverified']),
    );
    expect(new Set(milestones.map((m) => m.date.length))).toEqual(new Set([4, 7, 10]));
    expect(milestones.some((m) => m.deadline?.supersededBy)).toBe(true);
    expect(milestones.some((m) => m.deadline && !m.deadline.outcome)).toBe(true);
    expect(milestones.some((m) => m.time && m.timeZone)).toBe(true);
    expect(milestones.some((m) => m.correction)).toBe(true);
    expect(milestones.some((m) => m.endDate)).toBe(true);
    expect(result.instruments.some((i) => i.data.related.length > 0)).toBe(true);
    expect(new Set(result.instruments.map((i) => i.data.kind)).size).toBeGreaterThan(3);
  });

  it('are the same for the same size and seed', () => {
    expect(generateCampaign(300).files).toEqual(campaign.files);
    expect(generateCampaign(300, 8).files).not.toEqual(campaign.files);
  });
});
