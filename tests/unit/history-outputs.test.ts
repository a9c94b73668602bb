/**
 * What the history gives the site's files, with hand-made records: feed items for changes
 * (guid, date, grouping, words), their merge with milestone items, calendar revisions
 * (SEQUENCE, LAST-MODIFIED, and byte-identical output without them), and changes.json against
 * its own JSON Schema.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { historyWords } from '../../src/i18n/phrases.ts';
import {
  buildMilestoneCalendar,
  type CalendarMilestone,
  type CalendarText,
} from '../../src/lib/calendar.ts';
import { buildChangesFile, ChangesFileSchema } from '../../src/lib/changes-file.ts';
import {
  changeFeedItems,
  changeGuid,
  mergeFeedItems,
  type FeedChange,
  type FeedItem,
} from '../../src/lib/feed.ts';
import { buildCalendar, unfold } from '../../src/lib/ics.ts';
import type { HistoryRecord } from '../../src/lib/history-log.ts';
import { describeChangeInContext, type Change, type Translate } from '../../src/lib/history.ts';
import { jsonSchemaOf } from '../../src/lib/open-data.ts';
import { getT, langOf } from '../../src/i18n/index.ts';
import { calendarText } from '../../src/i18n/phrases.ts';
import { CampaignSchema } from '../../src/lib/schema.ts';

const historyT = (locale: string): Translate => historyWords(getT(langOf(locale) ?? 'en', locale));
const t = historyT('en-GB');
const COMMIT = 'c'.repeat(40);
const SITE = 'https://fixture.example.org';
const RECORDED = Date.parse('2026-07-02T22:30:00Z'); // 3 July in Brussels

const dateChange: Change = {
  kind: 'date-changed',
  milestone: 'council-position',
  milestoneTitle: 'Council adopts its position',
  from: '2026-07-01',
  to: '2026-07-02',
  fromPrecision: 'day',
  toPrecision: 'day',
};
const entry = (change: Change, extra: Partial<FeedChange> = {}): FeedChange => ({
  commit: COMMIT,
  recordedAt: RECORDED,
  notes: ['The Council register gives 2 July.'],
  instrumentId: 'alpha',
  instrumentShortTitle: 'Alpha Regulation',
  change,
  path: '/instruments/alpha/council-position/',
  report: false,
  ...extra,
});
const options = { siteUrl: SITE, locale: 'en-GB', campaignZone: 'Europe/Brussels', t };

describe('changeFeedItems', () => {
  it('gives a corrected date an item with a stable guid, dated when it was recorded', () => {
    const [item, ...rest] = changeFeedItems([entry(dateChange)], options);
    expect(rest).toEqual([]);
    expect(item).toEqual({
      guid: `change.${COMMIT}.alpha.council-position.date-changed@fixture.example.org`,
      isPermaLink: false,
      title:
        'Alpha Regulation: Date of “Council adopts its position” changed from 1 July 2026 to 2 July 2026',
      link: `${SITE}/instruments/alpha/council-position/`,
      pubDate: new Date(RECORDED),
      description:
        '<p>The Council register gives 2 July.</p><p>Date of “Council adopts its position” changed from 1 July 2026 to 2 July 2026</p><p>Recorded on 3 July 2026: the day the record changed, not the date of an event.</p><p><a href="https://fixture.example.org/instruments/alpha/council-position/">See it on the site</a></p>',
      categories: ['Alpha Regulation', 'Change to the record'],
    });
    expect(changeGuid(COMMIT, 'alpha', undefined, 'explainer-revised', 'h')).toBe(
      `change.${COMMIT}.alpha.-.explainer-revised@h`,
    );
  });

  it('makes one item of the changes of one kind to one milestone in one commit, and labels reports', () => {
    const source = (title: string): Change => ({
      kind: 'source-added',
      milestone: 'council-position',
      milestoneTitle: 'Council adopts its position',
      source: { title, publisher: 'News' },
    });
    const items = changeFeedItems(
      [
        entry(source('A'), { report: true }),
        entry(source('B'), { report: true }),
        entry(dateChange),
      ],
      options,
    );
    expect(items.map((i) => i.title)).toEqual([
      'Unconfirmed report – Alpha Regulation: “Council adopts its position”: Source added: A (News); Source added: B (News)',
      'Alpha Regulation: Date of “Council adopts its position” changed from 1 July 2026 to 2 July 2026',
    ]);
    expect(new Set(items.map((i) => i.guid)).size).toBe(2);
  });

  it('speaks the language of its translator', () => {
    const [item] = changeFeedItems([entry(dateChange)], {
      ...options,
      locale: 'de-DE',
      t: historyT('de-DE'),
    });
    expect(item?.title).toBe(
      'Alpha Regulation: Datum von „Council adopts its position“ geändert: 2. Juli 2026 statt 1. Juli 2026',
    );
    expect(item?.description).toContain('Erfasst am 3. Juli 2026');
  });

  it('with a limit, keeps exactly the items a merge with that limit keeps, in their order', () => {
    // Commits out of date order, two on the same day: newest first, then in their order.
    const days = [5, 9, 1, 9, 7, 3, 9, 2];
    const changes = days.map((day, i) =>
      entry(dateChange, {
        commit: String(i).repeat(40),
        recordedAt: Date.parse(`2026-07-0${day}T10:00:00Z`),
      }),
    );
    const all = changeFeedItems(changes, options);
    const milestoneItem: FeedItem = {
      ...(all[0] as FeedItem),
      guid: 'm',
      pubDate: new Date('2026-07-08T00:00:00Z'),
    };
    for (const limit of [1, 3, 4, 8, 20]) {
      const some = changeFeedItems(changes, { ...options, limit });
      expect(some.length).toBe(Math.min(limit, changes.length));
      expect(mergeFeedItems([some, [milestoneItem]], limit)).toEqual(
        mergeFeedItems([all, [milestoneItem]], limit),
      );
    }
  });
});

describe('mergeFeedItems', () => {
  const item = (guid: string, iso: string): FeedItem => ({
    guid,
    isPermaLink: false,
    title: guid,
    link: SITE,
    pubDate: new Date(iso),
    description: '',
    categories: [],
  });
  it('merges lists newest first, keeps ties in list order, and cuts at the limit', () => {
    const merged = mergeFeedItems(
      [
        [item('m1', '2026-05-01'), item('m2', '2026-03-01')],
        [item('c1', '2026-06-01'), item('c2', '2026-03-01'), item('c3', '2020-01-01')],
      ],
      4,
    );
    expect(merged.map((i) => i.guid)).toEqual(['c1', 'm1', 'm2', 'c2']);
  });
});

describe('calendar revisions', () => {
  const text: CalendarText = calendarText(getT('en'));
  const campaign = {
    name: 'Fixture',
    organisation: 'Org',
    siteUrl: SITE,
    timeZone: 'Europe/Brussels',
    locale: 'en-GB',
    reviewedAt: '2026-11-01',
  };
  const milestones: CalendarMilestone[] = ['changed', 'unchanged'].map((id) => ({
    id,
    date: '2027-03-01',
    title: `The ${id} one`,
    deadline: {},
    confidence: 'official',
    sources: [
      { url: 'https://eur-lex.europa.eu/x', title: 'OJ', publisher: 'EUR-Lex', kind: 'official' },
    ],
    instrumentId: 'alpha',
    instrumentShortTitle: 'Alpha',
    permalink: `/instruments/alpha/${id}/`,
  }));
  const calendar = (revisions = true): string =>
    buildMilestoneCalendar({
      campaign,
      name: 'Fixture',
      description: 'Fixture calendar',
      path: '/calendar.ics',
      milestones,
      now: new Date('2026-11-01T00:00:00Z'),
      text,
      ...(revisions
        ? {
            revisionOf: (m: CalendarMilestone) =>
              m.id === 'changed' ? { sequence: 2, lastModified: RECORDED } : undefined,
          }
        : {}),
    });

  it('gives a revised event SEQUENCE and LAST-MODIFIED, and leaves the others as they were', () => {
    const events = unfold(calendar()).split('BEGIN:VEVENT').slice(1);
    expect(events[0]).toContain(
      'UID:alpha.changed@fixture.example.org\r\nDTSTAMP:20261101T000000Z\r\nSEQUENCE:2\r\nLAST-MODIFIED:20260702T223000Z\r\n',
    );
    expect(events[1]).not.toMatch(/SEQUENCE|LAST-MODIFIED/);
    // An event never revised is written byte for byte as without history.
    expect(calendar().split('BEGIN:VEVENT')[2]).toBe(calendar(false).split('BEGIN:VEVENT')[2]);
    expect(calendar(false)).not.toMatch(/SEQUENCE/);
  });

  it('writes the two properties for any event given a revision', () => {
    const ics = buildCalendar({
      prodId: '-//x//y//EN',
      name: 'x',
      timeZone: 'UTC',
      stamp: 0,
      events: [
        {
          uid: 'u@x',
          timing: { kind: 'date', start: '2026-01-01' },
          summary: 's',
          revision: { sequence: 7, lastModified: new Date('2026-01-02T03:04:05Z') },
        },
      ],
    });
    expect(ics).toContain('\r\nSEQUENCE:7\r\nLAST-MODIFIED:20260102T030405Z\r\n');
  });
});

describe('changes.json', () => {
  const campaign = CampaignSchema.parse({
    name: 'Fixture',
    organisation: 'Fixture Org',
    description: 'A fixture campaign for the changes file.',
    siteUrl: SITE,
    reviewedAt: '2026-11-01',
  });
  const record: HistoryRecord = {
    commit: COMMIT,
    recordedAt: RECORDED,
    authoredAt: RECORDED - 86_400_000,
    notes: ['The Council register gives 2 July.'],
    instrumentId: 'alpha',
    idThen: 'alpha-old',
    changes: [
      dateChange,
      {
        kind: 'source-removed',
        milestone: 'gone',
        milestoneTitle: 'Gone',
        source: { title: 'Old', url: 'not a url in 2020' },
      },
    ],
    instrumentTags: [],
    milestoneTags: {},
    position: 3,
  };
  const file = buildChangesFile(
    campaign,
    { available: true, complete: false, since: Date.parse('2026-01-01T12:00:00Z'), commits: 4 },
    [record],
    {
      describe: (c) => describeChangeInContext(c, { t, locale: 'en-GB' }),
      instrumentPath: (id) => `/instruments/${id}/`,
      milestonePath: (id, m) => (m === 'gone' ? undefined : `/instruments/${id}/${m}/`),
      feedId: (r, c) =>
        changeGuid(r.commit, r.instrumentId, c.milestone, c.kind, 'fixture.example.org'),
    },
  );

  it('holds each record with both dates, the note, the sentence and the feed id', () => {
    expect(file.history).toEqual({
      available: true,
      complete: false,
      since: '2026-01-01T12:00:00Z',
      sinceDay: '2026-01-01',
      commits: 4,
    });
    const [r] = file.records;
    expect(r).toMatchObject({
      id: `${COMMIT}.alpha`,
      recordedAt: '2026-07-02T22:30:00Z',
      recordedOn: '2026-07-03',
      authoredAt: '2026-07-01T22:30:00Z',
      instrument: 'alpha',
      instrumentThen: 'alpha-old',
      instrumentUrl: `${SITE}/instruments/alpha/`,
    });
    expect(r?.changes[0]).toEqual({
      ...dateChange,
      milestoneUrl: `${SITE}/instruments/alpha/council-position/`,
      text: 'Date of “Council adopts its position” changed from 1 July 2026 to 2 July 2026',
      feedId: `change.${COMMIT}.alpha.council-position.date-changed@fixture.example.org`,
    });
    expect(r?.changes[1]).not.toHaveProperty('milestoneUrl');
  });

  it('validates against its schema and its published JSON Schema', () => {
    expect(ChangesFileSchema.safeParse(file).success).toBe(true);
    const json = jsonSchemaOf(ChangesFileSchema, `${SITE}/data/changes.schema.json`);
    const schema = z.fromJSONSchema(json);
    expect(schema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
    expect(
      schema.safeParse({ ...file, records: [{ ...file.records[0], changes: [] }] }).success,
    ).toBe(false);
    // Every field is documented.
    const undocumented: string[] = [];
    const walk = (node: Record<string, unknown>, path: string): void => {
      for (const [name, field] of Object.entries(
        (node['properties'] ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (typeof field['description'] !== 'string' && name !== '$schema')
          undocumented.push(`${path}${name}`);
        walk(field, `${path}${name}.`);
        if (field['items']) walk(field['items'] as Record<string, unknown>, `${path}${name}[].`);
      }
    };
    walk(json, '');
    expect(undocumented).toEqual([]);
  });
});
