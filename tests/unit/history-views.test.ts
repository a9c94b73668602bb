/**
 * What the data layer makes of the history for the pages and the feeds, on a hand-made site and
 * a history assembled from hand-made git output (no repository, no build): records by month and
 * by milestone, dated the day they were recorded in the campaign's zone; sentences in parts with
 * the milestone linked while it exists; the one sentence for a missing or partial history; and
 * the feed of one instrument in another language (its words, its links, its own address).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Site } from '../../src/data/content.ts';
import { getT } from '../../src/i18n/index.ts';
import { buildHistory, type GitHistoryInput, type LogCommit } from '../../src/lib/history-log.ts';

// src/data/content.ts (the only reader of the collections) imports astro:content, which exists
// only inside an Astro build; these tests hand the functions a site of their own.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]), render: vi.fn() }));

const {
  frontMonths,
  historyMonths,
  historyNotice,
  historySince,
  instrumentHistory,
  monthViews,
  recordsByMonth,
  milestoneHistory,
} = await import('../../src/data/history-views.ts');
const { instrumentFeed, instrumentFeedPath, tagFeedPath } =
  await import('../../src/data/history-outputs.ts');

const ZONE = 'Europe/Brussels';
const SITE_URL = 'https://views.example.org';

const file = (adoption: string, extra = ''): string => `---
title: Alpha Regulation on fixtures
shortTitle: Alpha
kind: regulation
summary: A fixture.
tags: [detection]
milestones:
  - id: proposal
    date: "2025-01-10"
    title: Commission proposes
    confidence: official
    sources:
      - url: "https://eur-lex.europa.eu/p"
        title: Proposal
        publisher: EUR-Lex
        kind: official
  - id: adoption
    date: "${adoption}"
    title: Council adopts
    confidence: official
    sources:
      - url: "https://eur-lex.europa.eu/a"
        title: Council decision
        publisher: EUR-Lex
        kind: official
${extra}---
An explainer.
`;
const RUMOUR = `  - id: rumour
    date: "2025-06"
    title: A rumoured vote
    confidence: unverified
    sources:
      - title: A rumour
        publisher: Someone
        kind: secondary
`;
const BLOBS: Record<string, string> = {
  a1: file('2026-07-01', RUMOUR),
  a2: file('2026-07-02', RUMOUR),
  a3: file('2026-07-02'),
};
const MODE = '100644';
const commit = (
  hash: string,
  parent: string | undefined,
  iso: string,
  oldBlob: string | undefined,
  newBlob: string,
  notes: string[] = [],
): LogCommit => ({
  hash: hash.repeat(40),
  parents: parent ? [parent.repeat(40)] : [],
  authoredAt: Date.parse(iso),
  committedAt: Date.parse(iso),
  notes,
  entries: [
    {
      status: oldBlob ? 'M' : 'A',
      oldMode: oldBlob ? MODE : '000000',
      newMode: MODE,
      ...(oldBlob ? { oldBlob } : {}),
      newBlob,
      path: 'content/instruments/alpha.mdx',
    },
  ],
});
const input = (commits: LogCommit[], extra: Partial<GitHistoryInput> = {}): GitHistoryInput => ({
  available: true,
  shallow: false,
  grafts: new Set(),
  graftDates: [],
  prefix: 'content/',
  commits,
  blobs: new Map(Object.entries(BLOBS)),
  ...extra,
});
// Newest first, as git gives them. The correction is recorded at 23:30 UTC on 2 July: 3 July in Brussels.
const COMMITS = [
  commit('c', 'b', '2026-08-04T09:00:00Z', 'a2', 'a3'),
  commit('b', 'a', '2026-07-02T23:30:00Z', 'a1', 'a2', ['The register gives 2 July.']),
  commit('a', undefined, '2026-06-10T09:00:00Z', undefined, 'a1'),
];
const history = buildHistory(input(COMMITS), ZONE);

/** The texts of a milestone or instrument in every language: the original, not translated. */
const local = <V>(make: () => V): Record<'en' | 'fr' | 'de', V> => ({
  en: make(),
  fr: make(),
  de: make(),
});
const text = (t: string) => ({ text: t, locale: 'en-GB', translated: false });
const milestone = (id: string, date: string, title: string) => ({
  id,
  date,
  title,
  confidence: 'official',
  sources: [
    { url: `https://eur-lex.europa.eu/${id}`, title, publisher: 'EUR-Lex', kind: 'official' },
  ],
  key: `alpha#${id}`,
  instrumentId: 'alpha',
  instrumentShortTitle: 'Alpha',
  precision: 'day',
  zone: ZONE,
  instant: Date.parse(`${date}T21:59:59Z`),
  happenedAtBuild: true,
  allTags: ['detection'],
  permalink: `/instruments/alpha/${id}/`,
  campaignWords: false,
  report: false,
  local: local(() => ({ title: text(title), instrumentShortTitle: text('Alpha') })),
});
const milestones = [
  milestone('proposal', '2025-01-10', 'Commission proposes'),
  milestone('adoption', '2026-07-02', 'Council adopts'),
];
const alpha = {
  id: 'alpha',
  title: 'Alpha Regulation on fixtures',
  shortTitle: 'Alpha',
  tags: ['detection'],
  milestones,
  url: '/instruments/alpha/',
  local: local(() => ({
    title: text('Alpha Regulation on fixtures'),
    shortTitle: text('Alpha'),
    summary: text('A fixture.'),
  })),
};
const site = {
  campaign: {
    name: 'Fixture',
    organisation: 'Org',
    siteUrl: SITE_URL,
    timeZone: ZONE,
    locale: 'en-GB',
  },
  instruments: [alpha],
  milestones,
  builtAt: new Date('2026-11-29T12:00:00Z'),
} as unknown as Site;
const instrument = site.instruments[0] as Site['instruments'][number];
const sentence = (parts: readonly { text: string }[]): string => parts.map((p) => p.text).join('');

describe('records for the pages', () => {
  it("an instrument's records, newest first, dated the day they were recorded in the campaign's zone", () => {
    const records = instrumentHistory(site, history, 'alpha', getT('en'));
    expect(
      records.map((r) => [r.recordedOn, r.notes, r.lines.map((l) => sentence(l.parts))]),
    ).toEqual([
      ['2026-08-04', [], ['Milestone removed: “A rumoured vote” (June 2025)']],
      [
        '2026-07-03',
        ['The register gives 2 July.'],
        ['Date of “Council adopts” changed from 1 July 2026 to 2 July 2026'],
      ],
      [
        '2026-06-10',
        [],
        [
          'Added to the record',
          'Milestone added: “Commission proposes” (10 January 2025)',
          'Milestone added: “Council adopts” (1 July 2026)',
          'Milestone added: “A rumoured vote” (June 2025)',
        ],
      ],
    ]);
    // The milestone is linked while it exists; a removed one is named, not linked.
    const [removed, corrected] = records;
    expect(removed?.lines[0]?.milestonePath).toBeUndefined();
    expect(corrected?.lines[0]?.milestonePath).toBe('/instruments/alpha/adoption/');
    expect(corrected?.lines[0]?.parts.find((p) => p.from === 'milestone')?.text).toBe(
      'Council adopts',
    );
  });

  it("a milestone's own changes, without naming it again where the sentence need not", () => {
    const records = milestoneHistory(site, history, milestones[1] as never, getT('fr'));
    expect(records.map((r) => [r.recordedOn, r.lines.map((l) => sentence(l.parts))])).toEqual([
      [
        '2026-07-03',
        [
          'Date de «\u00a0Council adopts\u00a0» modifiée\u00a0: 2 juillet 2026 au lieu de 1 juillet 2026',
        ],
      ],
      ['2026-06-10', ['Étape ajoutée\u00a0: «\u00a0Council adopts\u00a0» (1 juillet 2026)']],
    ]);
  });

  it('/changes/ by the month each change was recorded, newest first, with their count', () => {
    expect(
      monthViews(site, recordsByMonth(site, history), getT('de')).map((m) => [
        m.month,
        m.changes,
        m.records.map((r) => r.recordedOn),
      ]),
    ).toEqual([
      ['2026-08', 1, ['2026-08-04']],
      ['2026-07', 1, ['2026-07-03']],
      ['2026-06', 4, ['2026-06-10']],
    ]);
    expect(monthViews(site, recordsByMonth(site, history, 'beta'), getT('en'))).toEqual([]);
    // Grouped once (every page of /changes/ asks), the same in every language.
    expect(recordsByMonth(site, history)).toBe(recordsByMonth(site, history));
    expect(recordsByMonth(site, history).map((m) => [m.month, m.records.length])).toEqual([
      ['2026-08', 1],
      ['2026-07', 1],
      ['2026-06', 1],
    ]);
    // The month pages: the same months, from the records alone.
    expect(historyMonths(site, history)).toEqual(['2026-08', '2026-07', '2026-06']);
  });

  it('/changes/ itself: every month up to the limit, else the newest months within it, at least one', () => {
    const months = [3, 2, 4, 1].map((n, i) => ({
      month: `m${i}`,
      records: Array<null>(n).fill(null),
    }));
    const shown = (limit: number): string[] => frontMonths(months, limit).map((m) => m.month);
    expect(frontMonths(months, 10)).toBe(months);
    expect(shown(10)).toEqual(['m0', 'm1', 'm2', 'm3']);
    expect(shown(9)).toEqual(['m0', 'm1', 'm2']);
    expect(shown(5)).toEqual(['m0', 'm1']);
    expect(shown(4)).toEqual(['m0']);
    expect(shown(1)).toEqual(['m0']);
    expect(frontMonths([], 1)).toEqual([]);
  });
});

describe('what a page says of the history it has', () => {
  const t = getT('en');
  it('nothing about a whole history but where it starts', () => {
    expect(historyNotice(history.status, t, ZONE)).toBeUndefined();
    expect(historySince(history.status, ZONE)).toBe('2026-06-10');
  });

  it('that it is unavailable, or where an incomplete one starts, and dates nothing else', () => {
    const none = buildHistory(
      { ...input([]), available: false, reason: 'not a git repository' },
      ZONE,
    );
    expect(historyNotice(none.status, t, ZONE)).toEqual({
      kind: 'unavailable',
      text: 'The history of the record is not available in this copy of the site.',
    });
    expect(historySince(none.status, ZONE)).toBeUndefined();
    expect(monthViews(site, recordsByMonth(site, none), t)).toEqual([]);

    const graft = commit('c', undefined, '2026-08-04T09:00:00Z', undefined, 'a3');
    const shallow = buildHistory(
      input([graft], {
        shallow: true,
        grafts: new Set([graft.hash]),
        graftDates: [graft.committedAt],
      }),
      ZONE,
    );
    expect(historyNotice(shallow.status, t, ZONE)).toEqual({
      kind: 'incomplete',
      text: 'History incomplete: it starts on 4 August 2026.',
    });
    expect(historyNotice(shallow.status, getT('fr'), ZONE)?.text).toBe(
      'Historique incomplet\u00a0: il commence le 4 août 2026.',
    );
    expect(historySince(shallow.status, ZONE)).toBeUndefined();
    expect(instrumentHistory(site, shallow, 'alpha', t)).toEqual([]);
  });
});

describe('the feed of one instrument in a language', () => {
  it('speaks it, links the pages in it, and names its own address in it', () => {
    const fr = instrumentFeed(site, history, instrument, 'fr');
    expect(fr.path).toBe('/fr/instruments/alpha/feed.xml');
    expect(fr.title).toBe('Fixture\u00a0: Alpha');
    const change = fr.items.find((i) => i.guid.includes('.date-changed@'));
    expect(change?.title).toBe(
      'Alpha\u00a0: Date de «\u00a0Council adopts\u00a0» modifiée\u00a0: 2 juillet 2026 au lieu de 1 juillet 2026',
    );
    expect(change?.link).toBe(`${SITE_URL}/fr/instruments/alpha/adoption/`);
    expect(change?.description).toContain('Enregistré le 3 juillet 2026');
    const adopted = fr.items.find((i) => i.guid === `${SITE_URL}/fr/instruments/alpha/adoption/`);
    expect(adopted?.description).toContain('2 juillet 2026');
  });

  it('is English at the root, as the endpoints publish it today', () => {
    const en = instrumentFeed(site, history, instrument);
    expect(en.path).toBe(instrumentFeedPath('alpha'));
    expect(en.path).toBe('/instruments/alpha/feed.xml');
    expect(en.items.find((i) => i.guid.includes('.date-changed@'))?.link).toBe(
      `${SITE_URL}/instruments/alpha/adoption/`,
    );
    expect(tagFeedPath('detection', 'de')).toBe('/de/tags/detection/feed.xml');
  });
});
