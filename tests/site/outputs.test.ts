/**
 * The calendars, the feed, the open data and what makes the site discoverable, checked on real
 * builds of the real content with real parsers (ical.js, fast-xml-parser, csv-parse, a JSON
 * Schema converter). What each file should hold is worked out here from the content itself
 * (validateContent), independently of the code that wrote the files: nothing may be dropped.
 *
 * Calendars and the feed depend on the build's "now": they are read from the "pinned" site
 * (tests/site/sites.ts), and must be byte-identical in the "paged" site, built separately from the
 * same content on the same day (only its page limit differs, which changes nothing but
 * /timeline/). The open-data files do not depend on "now": they are checked in dist/ and compared
 * with the pinned build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { z } from 'astro/zod';
import { TZDate } from '@date-fns/tz';
import type { MilestoneData } from '../../src/lib/schema.ts';
import { parseCalendar, physicalLines, type ParsedEvent } from '../support/ical.ts';
import { readContent } from './content.ts';
import { describe, expect, test } from './fixtures.ts';
import { it } from 'vitest';
import { LANGS } from '../../src/i18n/index.ts';
import { fileInLang } from '../../src/i18n/routing.ts';
import { languagesOf } from './languages.ts';
import { readPage, shownOnly, shownText } from './parsed.ts';
import { readRss, type RssItem } from './rss.ts';
import { builtSite, PINNED_NOW } from './sites.ts';

const main = builtSite('main');
const content = readContent(main.content);
const campaign = content.campaign;
const SITE = campaign.siteUrl.replace(/\/$/, '');
const HOST = new URL(SITE).host;
const DIST = main.dist;
const now = new Date(PINNED_NOW);

interface Entry {
  readonly instrument: string;
  readonly shortTitle: string;
  readonly m: MilestoneData;
  readonly zone: string;
}
const entries: Entry[] = content.instruments.flatMap((i) =>
  i.data.milestones.map((m) => ({
    instrument: i.id,
    shortTitle: i.data.shortTitle,
    m,
    zone: m.timeZone ?? campaign.timeZone,
  })),
);
const key = (e: Entry): string => `${e.instrument}#${e.m.id}`;
// A milestone's permalink is its own page (issue 3): /instruments/<instrument>/<milestone>/.
const permalink = (e: Entry): string => `${SITE}/instruments/${e.instrument}/${e.m.id}/`;
const isFullDate = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d);
/** The calendar date it is at `now` in a zone, by Intl alone. */
const todayIn = (zone: string, at: Date = now): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
/** The instant of a wall-clock time in a zone, through @date-fns/tz (not the site's own date code). */
const wallClock = (date: string, time: string, zone: string): number => {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new TZDate(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, zone).getTime();
};
const nextDay = (d: string): string => {
  const [y, mo, da] = d.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, (da ?? 1) + 1)).toISOString().slice(0, 10);
};
/** The calendar date of an instant in the campaign's zone. */
const dayIn = (instant: number): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: campaign.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
const firstDay = (d: string): string =>
  d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;

/**
 * The calendar rule, restated from the brief: every deadline, past and future, and every other
 * milestone whose (last) day has not ended; only full dates; never an unconfirmed report.
 */
function expectedInCalendar(e: Entry, at: Date = now): boolean {
  if (e.m.confidence === 'unverified' || !isFullDate(e.m.date)) return false;
  if (e.m.deadline) return true;
  const last = e.m.endDate && isFullDate(e.m.endDate) ? e.m.endDate : e.m.date;
  return last >= todayIn(e.zone, at);
}

/** Has it happened at `now`? At its time if it has one; else a deadline once its day is over, anything else once its first day has begun. */
function happened(e: Entry): boolean {
  if (e.m.time) return wallClock(e.m.date, e.m.time, e.zone) <= now.getTime();
  const today = todayIn(e.zone);
  return e.m.deadline ? e.m.date < today : firstDay(e.m.date) <= today;
}

/** The pinned build, and the other build of the same content on the same day. */
const buildA = builtSite('pinned').dist;
const buildB = builtSite('paged').dist;

/** Every file below a folder, relative to it. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

describe('the content under test', () => {
  it('exercises every rule: past deadlines, steps later today and ahead, reports, partial dates', () => {
    const inCal = entries.filter((e) => expectedInCalendar(e));
    expect(inCal.some((e) => e.m.deadline && e.m.date < todayIn(e.zone))).toBe(true);
    expect(inCal.some((e) => !e.m.deadline && e.m.date === todayIn(e.zone))).toBe(true);
    expect(inCal.some((e) => !e.m.deadline && e.m.date > todayIn(e.zone))).toBe(true);
    expect(entries.some((e) => e.m.confidence === 'unverified' && e.m.deadline)).toBe(true);
    expect(entries.some((e) => !isFullDate(e.m.date))).toBe(true);
  });
});

describe('calendars', () => {
  const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');
  const check = (events: ParsedEvent[], expected: Entry[]): void => {
    expect(events.map((e) => e.uid).sort()).toEqual(
      expected.map((e) => `${e.instrument}.${e.m.id}@${HOST}`).sort(),
    );
    for (const e of expected) {
      const event = events.find((x) => x.uid === `${e.instrument}.${e.m.id}@${HOST}`);
      const last = e.m.endDate && isFullDate(e.m.endDate) ? e.m.endDate : e.m.date;
      if (e.m.time)
        expect(event, key(e)).toMatchObject({
          isDate: false,
          tzid: e.zone,
          startDate: e.m.date,
          startInstant: wallClock(e.m.date, e.m.time, e.zone),
          url: permalink(e),
        });
      else
        expect(event, key(e)).toMatchObject({
          isDate: true,
          startDate: e.m.date,
          endDate: nextDay(last),
          url: permalink(e),
        });
      expect(event?.summary, key(e)).toContain(e.m.title);
      expect(event?.summary, key(e)).toContain(e.shortTitle);
      expect(event?.description, key(e)).toContain(permalink(e));
      const firstUrl = e.m.sources.find((s) => s.url)?.url;
      if (firstUrl) expect(event?.description, key(e)).toContain(firstUrl);
      expect(event?.dtstamp).toBe(`${campaign.reviewedAt}T00:00:00Z`);
    }
  };

  it('/calendar.ics holds exactly the deadlines and scheduled milestones of the content, on the right days', () => {
    const expected = entries.filter((e) => expectedInCalendar(e));
    const parsed = parseCalendar(read(buildA, 'calendar.ics'));
    expect(parsed.events).toHaveLength(expected.length);
    check(parsed.events, expected);
  });

  it('/instruments/<id>/calendar.ics holds exactly that instrument’s, for every instrument', () => {
    let total = 0;
    for (const instrument of content.instruments) {
      const expected = entries.filter(
        (e) => e.instrument === instrument.id && expectedInCalendar(e),
      );
      const parsed = parseCalendar(read(buildA, `instruments/${instrument.id}/calendar.ics`));
      check(parsed.events, expected);
      total += parsed.events.length;
    }
    expect(total).toBe(entries.filter((e) => expectedInCalendar(e)).length);
  });

  it('is RFC 5545 text: CRLF line ends, lines of at most 75 octets, UTF-8', () => {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const file of [
      'calendar.ics',
      ...content.instruments.map((i) => `instruments/${i.id}/calendar.ics`),
    ]) {
      const bytes = readFileSync(join(buildA, file));
      const text = decoder.decode(bytes);
      expect(/[^\r]\n/.test(text), `${file} has a bare LF`).toBe(false);
      for (const line of physicalLines(text))
        expect(encoder.encode(line).length, `${file}: ${line}`).toBeLessThanOrEqual(75);
      expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    }
  });

  it('is byte-identical when unchanged content is built again (and so are the feed and the data)', () => {
    const outputs = (dir: string): string[] =>
      filesUnder(dir).filter((f) => /\.ics$|^feed\.xml$|^data\//.test(f));
    const files = outputs(buildA);
    // The campaign's calendar and one per instrument, in each language of the site.
    expect(files.filter((f) => f.endsWith('.ics')).length).toBe(
      (content.instruments.length + 1) * LANGS.length,
    );
    expect(outputs(buildB)).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(buildB, file)).equals(readFileSync(join(buildA, file))), file).toBe(
        true,
      );
  });
});

describe('feed', () => {
  const feed = () => readRss(join(buildA, 'feed.xml'));
  /** A change to the record (git history), not a milestone or its correction. */
  const isChange = (i: RssItem): boolean => i.guid['#text'].startsWith('change.');
  /** A change links to the milestone it is about, or to its instrument's page. */
  const byPermalinkOrAnchor = (link: string): boolean =>
    entries.some((e) => permalink(e) === link || link === `${SITE}/instruments/${e.instrument}/`);

  it('is RSS 2.0 with a channel that links to the site', () => {
    const rss = feed();
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toContain(campaign.name);
    expect(rss.channel.link).toBe(`${SITE}/`);
    expect(rss.channel.description.length).toBeGreaterThan(20);
  });

  it('holds the latest milestones and corrections, newest first, with stable guids and permalinks', () => {
    const all = feed().channel.item ?? [];
    // Changes to the record (from git history) share the feed; tests/site/history.test.ts checks them.
    const changes = all.filter(isChange);
    const items = all.filter((i) => !isChange(i));
    const done = entries.filter(happened);
    const corrections = done.filter((e) => e.m.correction);
    const available = done.length + corrections.length;
    expect(all.length).toBeLessThanOrEqual(50);
    expect(items.length).toBe(Math.min(50 - changes.length, available));
    const guids = items.map((i) => i.guid['#text']);
    expect(new Set(all.map((i) => i.guid['#text'])).size).toBe(all.length);
    const dates = all.map((i) => Date.parse(i.pubDate));
    expect(dates.every((d) => Number.isFinite(d))).toBe(true);
    for (let i = 1; i < dates.length; i++)
      expect(dates[i]).toBeLessThanOrEqual(dates[i - 1] ?? Infinity);
    // Every item is a milestone that has happened, or its correction (or a change to one).
    for (const item of changes) expect(byPermalinkOrAnchor(item.link), item.link).toBe(true);
    const byPermalink = new Map(done.map((e) => [permalink(e), e]));
    for (const item of items) {
      const e = byPermalink.get(item.link);
      expect(e, item.link).toBeDefined();
      if (!e) continue;
      expect(item.title).toContain(e.m.title);
      if (item.guid['@_isPermaLink'] === 'true') {
        expect(item.guid['#text']).toBe(item.link);
        if (e.m.confidence === 'unverified') expect(item.title).toMatch(/Unconfirmed report/);
      } else {
        expect(item.guid['#text']).toBe(`${e.instrument}.${e.m.id}.correction@${HOST}`);
        expect(e.m.correction).toBeDefined();
      }
    }
    // Nothing newer than the oldest item was left out: milestones and their corrections.
    const oldestDay = dayIn(Math.min(...dates));
    for (const e of done.filter((x) => firstDay(x.m.date) > oldestDay)) {
      expect(guids, key(e)).toContain(permalink(e));
      if (e.m.correction)
        expect(guids, `${key(e)} correction`).toContain(
          `${e.instrument}.${e.m.id}.correction@${HOST}`,
        );
    }
    // Nothing scheduled is in it.
    for (const e of entries.filter((x) => !happened(x)))
      expect(
        items.some((i) => i.link === permalink(e)),
        key(e),
      ).toBe(false);
  });

  it('carries corrections: the content has some, and the feed reaches back to them or is full', () => {
    const items = feed().channel.item ?? [];
    const corrections = entries.filter((e) => happened(e) && e.m.correction);
    expect(corrections.length).toBeGreaterThan(0);
    const inFeed = items.filter((i) => i.guid['@_isPermaLink'] === 'false' && !isChange(i));
    expect(inFeed.length === corrections.length || items.length === 50).toBe(true);
    for (const item of inFeed) expect(item.title).toMatch(/^Correction – /);
  });
});

describe('open data', () => {
  const json = (path: string): unknown => JSON.parse(readFileSync(join(DIST, path), 'utf8'));

  it('milestones.json validates against its published JSON Schema and holds every milestone', () => {
    const schema = json('data/milestones.schema.json') as Parameters<typeof z.fromJSONSchema>[0];
    const data = json('data/milestones.json') as {
      schemaVersion: string;
      milestones: {
        key: string;
        date: string;
        instrument: string;
        confidence: string;
        url: string;
      }[];
    };
    expect(z.fromJSONSchema(schema).safeParse(data).success).toBe(true);
    expect(data.schemaVersion).toBe('1.1');
    expect(data.milestones).toHaveLength(entries.length);
    expect(data.milestones.map((m) => m.key).sort()).toEqual(entries.map(key).sort());
    for (const e of entries) {
      const m = data.milestones.find((x) => x.key === key(e));
      expect(m, key(e)).toMatchObject({
        date: e.m.date,
        instrument: e.instrument,
        confidence: e.m.confidence,
        url: permalink(e),
      });
    }
  });

  it('instruments.json validates against its JSON Schema and holds every instrument', () => {
    const schema = json('data/instruments.schema.json') as Parameters<typeof z.fromJSONSchema>[0];
    const data = json('data/instruments.json') as {
      instruments: { id: string; milestoneCount: number; url: string }[];
    };
    expect(z.fromJSONSchema(schema).safeParse(data).success).toBe(true);
    expect(data.instruments.map((i) => i.id).sort()).toEqual(
      content.instruments.map((i) => i.id).sort(),
    );
    for (const i of content.instruments)
      expect(data.instruments.find((x) => x.id === i.id)).toMatchObject({
        milestoneCount: i.data.milestones.length,
        url: `${SITE}/instruments/${i.id}/`,
      });
  });

  it('instruments.json keeps the last confirmed stage and the reports since apart, as of reviewedAt', () => {
    type Step = { milestone: string; confidence: string; stage?: string; sources: unknown[] };
    const data = json('data/instruments.json') as {
      instruments: {
        id: string;
        status: {
          asOf: string;
          lastConfirmed?: Step;
          reportedSince: Step[];
          reportedUpcoming: Step[];
          effectEnded?: { instrument: string; milestone: string };
        };
      }[];
    };
    for (const i of data.instruments) {
      expect(i.status.asOf, i.id).toBe(campaign.reviewedAt);
      expect(i.status.lastConfirmed?.confidence, i.id).not.toBe('unverified');
      for (const r of [...i.status.reportedSince, ...i.status.reportedUpcoming]) {
        expect(r.confidence, r.milestone).toBe('unverified');
        expect(r.sources.length, r.milestone).toBeGreaterThan(0);
      }
    }
    // Project Beacon: Parliament's second reading of 9 July 2026 is the last confirmed stage;
    // Regulation (EU) 2026/1881 is reported, not confirmed, and the first
    // extension's effect ended with the Interim Regulation.
    const byId = new Map(data.instruments.map((i) => [i.id, i.status]));
    const second = byId.get('interim-extension-2025');
    if (second) {
      expect(second.lastConfirmed?.stage).toBe('ep-second-reading');
      expect(second.reportedSince.map((r) => r.stage)).toEqual([
        'adopted',
        'signed',
        'published',
        'in-force',
      ]);
      expect(second.reportedUpcoming.map((r) => r.milestone)).toEqual([
        'interim-extension-2025#reported-end-of-application',
      ]);
    }
    if (byId.has('interim-extension-2024'))
      expect(byId.get('interim-extension-2024')?.effectEnded).toMatchObject({
        instrument: 'interim-regulation',
        milestone: 'interim-regulation#end-of-application',
      });
  });

  it('milestones.csv parses as RFC 4180 with one row per milestone and the content’s values', () => {
    const raw = readFileSync(join(DIST, 'data/milestones.csv'), 'utf8');
    expect(raw.charCodeAt(0)).not.toBe(0xfeff);
    expect(raw.endsWith('\r\n')).toBe(true);
    const rows = parseCsv<Record<string, string>>(raw, {
      columns: true,
      record_delimiter: '\r\n',
      bom: false,
    });
    expect(rows).toHaveLength(entries.length);
    expect(new Set(rows.map((r) => r['key'])).size).toBe(entries.length);
    for (const e of entries) {
      const row = rows.find((r) => r['key'] === key(e));
      const precision = e.m.date.length === 4 ? 'year' : e.m.date.length === 7 ? 'month' : 'day';
      expect(row, key(e)).toMatchObject({
        instrument_id: e.instrument,
        milestone_id: e.m.id,
        date: e.m.date,
        precision,
        stage: e.m.stage ?? '',
        confidence: e.m.confidence,
        first_source_url: e.m.sources[0]?.url ?? '',
        title: e.m.title,
        deadline: String(e.m.deadline !== undefined),
      });
    }
  });

  it('does not depend on the build’s now: the pinned build wrote the same bytes', () => {
    for (const file of [
      'data/milestones.json',
      'data/instruments.json',
      'data/milestones.csv',
      'data/milestones.schema.json',
      'data/instruments.schema.json',
    ]) {
      expect(readFileSync(join(buildA, file)).equals(readFileSync(join(DIST, file))), file).toBe(
        true,
      );
    }
  });
});

describe('discoverability', () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'url' || name === 'sitemap',
  });
  // The site's own pages: the web editor (/admin/) is the editor's page, not one of the site's.
  const htmlPages = filesUnder(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
  /** The attributes of every <meta> and <link> in a page's head. */
  const headTags = (html: string): Record<string, string>[] => {
    const head = html.slice(0, html.indexOf('</head>'));
    return [...head.matchAll(/<(?:meta|link)\s([^>]*?)\/?>/g)].map((m) =>
      Object.fromEntries(
        [...(m[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [
          a[1] ?? '',
          (a[2] ?? '').replace(/&amp;/g, '&'),
        ]),
      ),
    );
  };
  const pathOf = (file: string): string => `/${file.replace(/index\.html$/, '')}`;

  it('has a sitemap of every page, without /embed/, files or the 404 page', () => {
    const index = xml.parse(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')) as {
      sitemapindex: { sitemap: { loc: string }[] };
    };
    const locs = index.sitemapindex.sitemap.flatMap((s) => {
      expect(s.loc.startsWith(`${SITE}/`)).toBe(true);
      const file = join(DIST, new URL(s.loc).pathname);
      return (
        xml.parse(readFileSync(file, 'utf8')) as { urlset: { url: { loc: string }[] } }
      ).urlset.url.map((u) => u.loc);
    });
    // Every language's pages, but not its 404 page or the embed builder.
    const expected = htmlPages
      .filter((f) => !/(^|\/)404\.html$/.test(f) && !/^([a-z]{2}\/)?embed\//.test(f))
      .map((f) => `${SITE}${pathOf(f)}`);
    expect(locs.sort()).toEqual(expected.sort());
    expect(locs.some((l) => l.includes('/embed/'))).toBe(false);
    for (const i of content.instruments) expect(locs).toContain(`${SITE}/instruments/${i.id}/`);
  });

  it('has a robots.txt that points at the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });

  it('gives every page a real description, a canonical URL, Open Graph and card meta, and the feed and calendar links', () => {
    const descriptions = new Map<string, string>();
    // Embeddable widgets (/embed/) have their own chromeless, noindex layout and are not shared as pages.
    for (const file of htmlPages.filter((f) => !f.startsWith('embed/'))) {
      const tags = headTags(readFileSync(join(DIST, file), 'utf8'));
      const meta = (attr: string, value: string): string | undefined =>
        tags.find((t) => t[attr] === value)?.['content'];
      const link = (rel: string, type?: string): string | undefined =>
        tags.find((t) => t['rel'] === rel && (!type || t['type'] === type))?.['href'];
      const description = meta('name', 'description') ?? '';
      expect(description.length, `${file}: description`).toBeGreaterThanOrEqual(40);
      if (!/(^|\/)404\.html$/.test(file)) {
        // Unique within a language (an untranslated summary is the same text in every language).
        const key = `${/^([a-z]{2})\//.exec(file)?.[1] ?? 'en'} ${description}`;
        expect(
          descriptions.get(key),
          `${file} shares its description with ${descriptions.get(key)}`,
        ).toBeUndefined();
        descriptions.set(key, file);
        expect(link('canonical'), file).toBe(`${SITE}${pathOf(file)}`);
        expect(meta('property', 'og:url'), file).toBe(`${SITE}${pathOf(file)}`);
      }
      expect(meta('property', 'og:title'), file).toBeTruthy();
      expect(meta('property', 'og:description'), file).toBe(description);
      expect(meta('name', 'twitter:card'), file).toBe('summary_large_image');
      expect(meta('property', 'og:image:alt'), file).toBeTruthy();
      // Each language links its own feed and calendars.
      const prefix = /^(fr|de)\//.exec(file)?.[0] ?? '';
      expect(link('alternate', 'application/rss+xml'), file).toBe(`/${prefix}feed.xml`);
      expect(link('alternate', 'text/calendar'), file).toMatch(
        new RegExp(`^/${prefix}(instruments/[^/]+/)?calendar\\.ics$`),
      );
      const image = meta('property', 'og:image') ?? '';
      expect(image.startsWith(`${SITE}/`), `${file}: og:image ${image}`).toBe(true);
      expect(meta('name', 'twitter:image'), file).toBe(image);
    }
  });

  it('serves its own Open Graph image: a real PNG of the size it declares', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const tags = headTags(html);
    const meta = (p: string): string => tags.find((t) => t['property'] === p)?.['content'] ?? '';
    const png = readFileSync(join(DIST, new URL(meta('og:image')).pathname));
    expect(
      png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    ).toBe(true);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(Number(meta('og:image:width')));
    expect(png.readUInt32BE(20)).toBe(Number(meta('og:image:height')));
    expect(png.length).toBeLessThan(200_000);
  });
});

describe('on the pages', () => {
  for (const { lang, t, path } of languagesOf(main.content)) {
    it(`an instrument page offers its calendar as webcal and https, with a line of explanation, without JavaScript (${lang})`, () => {
      const $ = readPage(DIST, path('/instruments/interim-regulation/'));
      const section = shownOnly($, 'section.subscribe');
      expect(shownText($, section.find('h2'))).toBe(t('subscribe.heading'));
      // Each language has its own calendars (same events, its words).
      const calendar = fileInLang('/instruments/interim-regulation/calendar.ics', lang);
      expect(section.find('[data-subscribe="webcal"]').attr('href')).toBe(
        `webcal://${HOST}${calendar}`,
      );
      expect(section.find('[data-subscribe="https"]').attr('href')).toBe(`${SITE}${calendar}`);
      const text = shownText($, section);
      expect(text).toContain(t('subscribe.explain'));
      // dist/ was built with the real clock, moments ago.
      const count = entries.filter(
        (e) => e.instrument === 'interim-regulation' && expectedInCalendar(e, new Date()),
      ).length;
      expect(text).toContain(t('subscribe.count', { count }));
      expect(readFileSync(join(DIST, calendar), 'utf8')).toContain('BEGIN:VCALENDAR');
    });

    it(`the data page links every file, which all exist, and states the licence (${lang})`, () => {
      const $ = readPage(DIST, path('/data/'));
      expect(shownText($, 'h1')).toBe(t('data.title'));
      const licence = $('a[rel="license"]');
      expect(licence.attr('href')).toBe(campaign.license.url);
      expect(shownText($, licence)).toBe(campaign.license.name);
      const hrefs = $('main a[href^="/"]')
        .toArray()
        .map((a) => $(a).attr('href') ?? '');
      for (const file of [
        '/data/milestones.json',
        '/data/milestones.csv',
        '/data/instruments.json',
        '/data/milestones.schema.json',
        '/data/instruments.schema.json',
        fileInLang('/calendar.ics', lang),
        fileInLang('/feed.xml', lang),
        '/data/changes.json',
        '/data/changes.schema.json',
      ]) {
        expect(hrefs, file).toContain(file);
        expect(existsSync(join(DIST, file)), file).toBe(true);
      }
      // Every field of the files is explained.
      const documented = $('table.fields tbody th code')
        .toArray()
        .map((el) => $(el).text());
      for (const field of [
        'milestones[].date',
        'milestones[].precision',
        'milestones[].confidence',
        'milestones[].sources[].url',
        'instruments[].references.celex',
        'first_source_url',
        'schemaVersion',
        'records[].changes[].kind',
        'records[].recordedOn',
      ])
        expect(documented, field).toContain(field);
    });
  }

  test('the data page and the subscribe links fit a 320-pixel screen without sideways scrolling', async ({
    site,
    newPage,
  }) => {
    const { url } = await site();
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['/data/', '/instruments/interim-regulation/', '/changes/']) {
      await page.goto(`${url}${path}`);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        path,
      ).toBeLessThanOrEqual(320);
    }
  });
});
