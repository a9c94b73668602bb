import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as timeline from '../../src/lib/timeline.ts';

const facts = (over: Partial<timeline.TimelineFacts> = {}): timeline.TimelineFacts => ({
  instrument: 'dsa',
  stage: 'proposed',
  actor: 'commission',
  tags: ['platforms'],
  confidence: 'official',
  year: 2020,
  deadline: false,
  ...over,
});
const filter = (over: Partial<timeline.TimelineFilter> = {}): timeline.TimelineFilter => ({
  ...timeline.NO_FILTER,
  ...over,
});

describe('reading a filter from a URL query', () => {
  it('reads every filter', () => {
    expect(
      timeline.parseFilter(
        '?instrument=dsa&stage=trilogue&actor=council&tag=eprivacy&confidence=secondary&from=2021&to=2024&deadlines=1&order=newest',
      ),
    ).toEqual({
      instrument: ['dsa'],
      stage: ['trilogue'],
      actor: ['council'],
      tag: ['eprivacy'],
      confidence: ['secondary'],
      from: 2021,
      to: 2024,
      deadlines: true,
      order: 'newest',
    });
  });

  it('takes several values of one filter, repeated or comma-separated, once each', () => {
    expect(timeline.parseFilter('stage=trilogue&stage=adopted,trilogue').stage).toEqual([
      'trilogue',
      'adopted',
    ]);
  });

  it('is empty for an empty query', () => {
    expect(timeline.parseFilter('')).toEqual(timeline.NO_FILTER);
    expect(timeline.isFiltering(timeline.parseFilter(''))).toBe(false);
  });

  it('ignores values the page does not offer, malformed years and unknown parameters', () => {
    const f = timeline.parseFilter(
      'instrument=dsa&instrument=nope&from=20x1&to=99999&utm_source=x&order=sideways&deadlines=maybe',
      { instrument: ['dsa', 'csa-regulation'] },
    );
    expect(f).toEqual(filter({ instrument: ['dsa'] }));
  });

  it('puts a reversed year range the right way round', () => {
    const f = timeline.parseFilter('from=2024&to=2021');
    expect([f.from, f.to]).toEqual([2021, 2024]);
  });
});

describe('writing a filter to a URL query', () => {
  it('leaves out defaults and writes the rest in a fixed order', () => {
    expect(timeline.serializeFilter(timeline.NO_FILTER)).toBe('');
    expect(
      timeline.serializeFilter(
        filter({
          order: 'newest',
          deadlines: true,
          tag: ['eprivacy'],
          instrument: ['dsa'],
          from: 2020,
        }),
      ),
    ).toBe('instrument=dsa&tag=eprivacy&from=2020&deadlines=1&order=newest');
  });

  it('escapes what a URL needs escaped', () => {
    expect(timeline.serializeFilter(filter({ tag: ['a&b=c'] }))).toBe('tag=a%26b%3Dc');
  });

  it('round-trips: reading what was written gives the same filter', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const list = fc.uniqueArray(id, { maxLength: 3 });
    const year = fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: undefined });
    fc.assert(
      fc.property(
        list,
        list,
        list,
        list,
        list,
        year,
        year,
        fc.boolean(),
        fc.constantFrom('oldest' as const, 'newest' as const),
        (instrument, stage, actor, tag, confidence, a, b, deadlines, order) => {
          const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
          const f: timeline.TimelineFilter = {
            instrument,
            stage,
            actor,
            tag,
            confidence,
            ...(from !== undefined ? { from } : {}),
            ...(to !== undefined ? { to } : {}),
            deadlines,
            order,
          };
          expect(timeline.parseFilter(timeline.serializeFilter(f))).toEqual(f);
        },
      ),
    );
  });
});

describe('which milestones a filter keeps', () => {
  it('keeps everything without a filter', () => {
    expect(timeline.matchesFilter(facts(), timeline.NO_FILTER)).toBe(true);
    expect(
      timeline.matchesFilter(
        facts({ stage: undefined, actor: undefined, tags: [] }),
        timeline.NO_FILTER,
      ),
    ).toBe(true);
  });

  it.each([
    [
      'instrument',
      filter({ instrument: ['csa-regulation'] }),
      facts({ instrument: 'csa-regulation' }),
    ],
    ['stage', filter({ stage: ['trilogue'] }), facts({ stage: 'trilogue' })],
    ['actor', filter({ actor: ['council'] }), facts({ actor: 'council' })],
    ['tag', filter({ tag: ['eprivacy'] }), facts({ tags: ['platforms', 'eprivacy'] })],
    ['confidence', filter({ confidence: ['unverified'] }), facts({ confidence: 'unverified' })],
    ['deadlines', filter({ deadlines: true }), facts({ deadline: true })],
    ['from', filter({ from: 2021 }), facts({ year: 2021 })],
    ['to', filter({ to: 2019 }), facts({ year: 2019 })],
  ])('narrows by %s', (_name, f, kept) => {
    expect(timeline.matchesFilter(kept, f)).toBe(true);
    expect(timeline.matchesFilter(facts(), f)).toBe(false);
  });

  it('drops milestones without the field a filter asks for', () => {
    expect(
      timeline.matchesFilter(facts({ stage: undefined }), filter({ stage: ['proposed'] })),
    ).toBe(false);
    expect(
      timeline.matchesFilter(facts({ actor: undefined }), filter({ actor: ['commission'] })),
    ).toBe(false);
  });

  it('keeps any of the values of one filter, and needs every filter', () => {
    const f = filter({ instrument: ['dsa', 'eecc'], confidence: ['official'] });
    expect(timeline.matchesFilter(facts({ instrument: 'eecc' }), f)).toBe(true);
    expect(timeline.matchesFilter(facts({ instrument: 'eecc', confidence: 'secondary' }), f)).toBe(
      false,
    );
  });

  it('includes both ends of a year range', () => {
    const f = filter({ from: 2020, to: 2022 });
    expect(
      [2019, 2020, 2021, 2022, 2023].map((year) => timeline.matchesFilter(facts({ year }), f)),
    ).toEqual([false, true, true, true, false]);
  });

  it('does not count the order as a filter', () => {
    expect(timeline.isFiltering(filter({ order: 'newest' }))).toBe(false);
    expect(timeline.isFiltering(filter({ from: 2020 }))).toBe(true);
  });
});

describe('grouping by year and month', () => {
  // Oldest first, as the data layer sorts them: a coarser date before the days it covers.
  const items = [
    '2020-11-03',
    '2021',
    '2021-03',
    '2021-03-01',
    '2021-03-15',
    '2021-07-30',
    '2021-07-30',
    '2022-01',
  ].map((date, i) => ({ date, n: i }));
  const shape = (
    years: ReturnType<typeof timeline.groupTimeline<{ date: string; n: number }>>,
  ): string[][] =>
    years.flatMap((y) => y.groups.map((g) => [g.key, ...g.items.map((i) => `${i.date}#${i.n}`)]));

  it.each([
    {
      order: 'oldest',
      years: [2020, 2021, 2022],
      groups: [
        ['2020-11', '2020-11-03#0'],
        ['2021', '2021#1'],
        ['2021-03', '2021-03#2', '2021-03-01#3', '2021-03-15#4'],
        ['2021-07', '2021-07-30#5', '2021-07-30#6'],
        ['2022-01', '2022-01#7'],
      ],
    },
    {
      // Reversed, but the vague dates still head their year and month.
      order: 'newest',
      years: [2022, 2021, 2020],
      groups: [
        ['2022-01', '2022-01#7'],
        ['2021', '2021#1'],
        ['2021-07', '2021-07-30#6', '2021-07-30#5'],
        ['2021-03', '2021-03#2', '2021-03-15#4', '2021-03-01#3'],
        ['2020-11', '2020-11-03#0'],
      ],
    },
  ] as const)(
    '$order first: a year-only date heads its year, a month-only date heads its month',
    ({ order, years, groups }) => {
      const grouped = timeline.groupTimeline(items, order);
      expect(grouped.map((y) => y.year)).toEqual(years);
      expect(shape(grouped)).toEqual(groups);
    },
  );

  it('gives a year-only date a group without a month', () => {
    expect(timeline.groupTimeline(items, 'oldest')[1]?.groups.map((g) => g.month)).toEqual([
      undefined,
      3,
      7,
    ]);
  });

  it('keeps every item exactly once, in either order', () => {
    const date = fc
      .tuple(
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 28 }),
      )
      .map(([y, m, d]) =>
        m === 0
          ? String(y)
          : d === 0
            ? `${y}-${String(m).padStart(2, '0')}`
            : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 40 }), (dates) => {
        const sorted = [...dates].sort().map((d, n) => ({ date: d, n }));
        expect(timeline.flattenTimeline(timeline.groupTimeline(sorted, 'oldest'))).toEqual(sorted);
        const newest = timeline.flattenTimeline(timeline.groupTimeline(sorted, 'newest'));
        expect([...newest].sort((a, b) => a.n - b.n)).toEqual(sorted);
      }),
    );
  });
});

describe('the "today" line', () => {
  const instants = [10, 20, 30, 40];

  it('oldest first: before the first milestone still to come', () => {
    expect(timeline.todayIndex(instants, 25, 'oldest')).toBe(2);
    expect(timeline.todayIndex(instants, 5, 'oldest')).toBe(0);
    expect(timeline.todayIndex(instants, 99, 'oldest')).toBe(4);
  });

  it('counts a milestone at the very moment of now as happened', () => {
    expect(timeline.todayIndex(instants, 20, 'oldest')).toBe(2);
    expect(timeline.todayIndex([40, 30, 20, 10], 20, 'newest')).toBe(2);
  });

  it('newest first: after the last milestone still to come', () => {
    expect(timeline.todayIndex([40, 30, 20, 10], 25, 'newest')).toBe(2);
    expect(timeline.todayIndex([40, 30, 20, 10], 99, 'newest')).toBe(0);
    expect(timeline.todayIndex([40, 30, 20, 10], 5, 'newest')).toBe(4);
  });

  it("newest first: a year-only date heading its year does not pull the line above that year's future days", () => {
    // "2026" (start of the year, past) heads 2026, above 30 Nov 2026 (future) and 1 Nov 2026 (past).
    expect(
      timeline.todayIndex(
        [Date.UTC(2026, 0, 1), Date.UTC(2026, 10, 30), Date.UTC(2026, 10, 1)],
        Date.UTC(2026, 10, 29),
        'newest',
      ),
    ).toBe(2);
  });

  it('sits between years, months or milestones, at the level where its neighbours differ', () => {
    const dates = ['2020-05-01', '2020-05-09', '2020-06-01', '2021', '2021-02-01'];
    expect(timeline.todayLevel(dates, 0)).toBe('year');
    expect(timeline.todayLevel(dates, 1)).toBe('item');
    expect(timeline.todayLevel(dates, 2)).toBe('group');
    expect(timeline.todayLevel(dates, 3)).toBe('year');
    expect(timeline.todayLevel(dates, 4)).toBe('group');
    expect(timeline.todayLevel(dates, 5)).toBe('year');
  });
});

describe('the stage filter and unconfirmed reports', () => {
  it('names a report’s stage apart, so a filter for a stage never lists a report as having reached it', () => {
    expect(timeline.stageFilterValue('adopted', false)).toBe('adopted');
    expect(timeline.stageFilterValue('adopted', true)).toBe('reported-adopted');
    const report = facts({
      stage: timeline.stageFilterValue('adopted', true),
      confidence: 'unverified',
    });
    expect(timeline.matchesFilter(report, filter({ stage: ['adopted'] }))).toBe(false);
    expect(timeline.matchesFilter(report, filter({ stage: ['reported-adopted'] }))).toBe(true);
    expect(timeline.matchesFilter(report, filter({ stage: ['adopted', 'reported-adopted'] }))).toBe(
      true,
    );
    // A link to the reported value survives the round trip, and one the page does not offer is dropped.
    const vocabulary = { stage: ['adopted', 'reported-adopted'] };
    expect(timeline.parseFilter('?stage=reported-adopted', vocabulary).stage).toEqual([
      'reported-adopted',
    ]);
    expect(timeline.parseFilter('?stage=reported-signed', vocabulary).stage).toEqual([]);
    expect(timeline.serializeFilter(filter({ stage: ['reported-adopted'] }))).toBe(
      'stage=reported-adopted',
    );
  });
});
