import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  flattenTimeline,
  groupTimeline,
  isFiltering,
  matchesFilter,
  parseFilter,
  serializeFilter,
  stageFilterValue,
  todayIndex,
  todayLevel,
  type TimelineFacts,
  type TimelineFilter,
} from '../../src/lib/timeline.ts';

const facts = (over: Partial<TimelineFacts> = {}): TimelineFacts => ({
  instrument: 'dsa',
  stage: 'proposed',
  actor: 'commission',
  tags: ['platforms'],
  confidence: 'official',
  year: 2020,
  deadline: false,
  ...over,
});
const filter = (over: Partial<TimelineFilter> = {}): TimelineFilter => ({ ...NO_FILTER, ...over });

describe('reading a filter from a URL query', () => {
  it('reads every filter', () => {
    expect(
      parseFilter(
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
    expect(parseFilter('stage=trilogue&stage=adopted,trilogue').stage).toEqual([
      'trilogue',
      'adopted',
    ]);
  });

  it('is empty for an empty query', () => {
    expect(parseFilter('')).toEqual(NO_FILTER);
    expect(isFiltering(parseFilter(''))).toBe(false);
  });

  it('ignores values the page does not offer, malformed years and unknown parameters', () => {
    const f = parseFilter(
      'instrument=dsa&instrument=nope&from=20x1&to=99999&utm_source=x&order=sideways&deadlines=maybe',
      { instrument: ['dsa', 'csa-regulation'] },
    );
    expect(f).toEqual(filter({ instrument: ['dsa'] }));
  });

  it('puts a reversed year range the right way round', () => {
    const f = parseFilter('from=2024&to=2021');
    expect([f.from, f.to]).toEqual([2021, 2024]);
  });
});

describe('writing a filter to a URL query', () => {
  it('leaves out defaults and writes the rest in a fixed order', () => {
    expect(serializeFilter(NO_FILTER)).toBe('');
    expect(
      serializeFilter(
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
    expect(serializeFilter(filter({ tag: ['a&b=c'] }))).toBe('tag=a%26b%3Dc');
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
          const f: TimelineFilter = {
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
          expect(parseFilter(serializeFilter(f))).toEqual(f);
        },
      ),
    );
  });
});

describe('which milestones a filter keeps', () => {
  it('keeps everything without a filter', () => {
    expect(matchesFilter(facts(), NO_FILTER)).toBe(true);
    expect(matchesFilter(facts({ stage: undefined, actor: undefined, tags: [] }), NO_FILTER)).toBe(
      true,
    );
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
    expect(matchesFilter(kept, f)).toBe(true);
    expect(matchesFilter(facts(), f)).toBe(false);
  });

  it('drops milestones without the field a filter asks for', () => {
    expect(matchesFilter(facts({ stage: undefined }), filter({ stage: ['proposed'] }))).toBe(false);
    expect(matchesFilter(facts({ actor: undefined }), filter({ actor: ['commission'] }))).toBe(
      false,
    );
  });

  it('keeps any of the values of one filter, and needs every filter', () => {
    const f = filter({ instrument: ['dsa', 'eecc'], confidence: ['official'] });
    expect(matchesFilter(facts({ instrument: 'eecc' }), f)).toBe(true);
    expect(matchesFilter(facts({ instrument: 'eecc', confidence: 'secondary' }), f)).toBe(false);
  });

  it('includes both ends of a year range', () => {
    const f = filter({ from: 2020, to: 2022 });
    expect([2019, 2020, 2021, 2022, 2023].map((year) => matchesFilter(facts({ year }), f))).toEqual(
      [false, true, true, true, false],
    );
  });

  it('does not count the order as a filter', () => {
    expect(isFiltering(filter({ order: 'newest' }))).toBe(false);
    expect(isFiltering(filter({ from: 2020 }))).toBe(true);
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
    years: ReturnType<typeof groupTimeline<{ date: string; n: number }>>,
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
      const grouped = groupTimeline(items, order);
      expect(grouped.map((y) => y.year)).toEqual(years);
      expect(shape(grouped)).toEqual(groups);
    },
  );

  it('gives a year-only date a group without a month', () => {
    expect(groupTimeline(items, 'oldest')[1]?.groups.map((g) => g.month)).toEqual([
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
        expect(flattenTimeline(groupTimeline(sorted, 'oldest'))).toEqual(sorted);
        const newest = flattenTimeline(groupTimeline(sorted, 'newest'));
        expect([...newest].sort((a, b) => a.n - b.n)).toEqual(sorted);
      }),
    );
  });
});

describe('the "today" line', () => {
  const instants = [10, 20, 30, 40];

  it('oldest first: before the first milestone still to come', () => {
    expect(todayIndex(instants, 25, 'oldest')).toBe(2);
    expect(todayIndex(instants, 5, 'oldest')).toBe(0);
    expect(todayIndex(instants, 99, 'oldest')).toBe(4);
  });

  it('counts a milestone at the very moment of now as happened', () => {
    expect(todayIndex(instants, 20, 'oldest')).toBe(2);
    expect(todayIndex([40, 30, 20, 10], 20, 'newest')).toBe(2);
  });

  it('newest first: after the last milestone still to come', () => {
    expect(todayIndex([40, 30, 20, 10], 25, 'newest')).toBe(2);
    expect(todayIndex([40, 30, 20, 10], 99, 'newest')).toBe(0);
    expect(todayIndex([40, 30, 20, 10], 5, 'newest')).toBe(4);
  });

  it("newest first: a year-only date heading its year does not pull the line above that year's future days", () => {
    // "2026" (start of the year, past) heads 2026, above 30 Nov 2026 (future) and 1 Nov 2026 (past).
    expect(
      todayIndex(
        [Date.UTC(2026, 0, 1), Date.UTC(2026, 10, 30), Date.UTC(2026, 10, 1)],
        Date.UTC(2026, 10, 29),
        'newest',
      ),
    ).toBe(2);
  });

  it('sits between years, months or milestones, at the level where its neighbours differ', () => {
    const dates = ['2020-05-01', '2020-05-09', '2020-06-01', '2021', '2021-02-01'];
    expect(todayLevel(dates, 0)).toBe('year');
    expect(todayLevel(dates, 1)).toBe('item');
    expect(todayLevel(dates, 2)).toBe('group');
    expect(todayLevel(dates, 3)).toBe('year');
    expect(todayLevel(dates, 4)).toBe('group');
    expect(todayLevel(dates, 5)).toBe('year');
  });
});

describe('the stage filter and unconfirmed reports', () => {
  it('names a report’s stage apart, so a filter for a stage never lists a report as having reached it', () => {
    expect(stageFilterValue('adopted', false)).toBe('adopted');
    expect(stageFilterValue('adopted', true)).toBe('reported-adopted');
    const report = facts({ stage: stageFilterValue('adopted', true), confidence: 'unverified' });
    expect(matchesFilter(report, filter({ stage: ['adopted'] }))).toBe(false);
    expect(matchesFilter(report, filter({ stage: ['reported-adopted'] }))).toBe(true);
    expect(matchesFilter(report, filter({ stage: ['adopted', 'reported-adopted'] }))).toBe(true);
    // A link to the reported value survives the round trip, and one the page does not offer is dropped.
    const vocabulary = { stage: ['adopted', 'reported-adopted'] };
    expect(parseFilter('?stage=reported-adopted', vocabulary).stage).toEqual(['reported-adopted']);
    expect(parseFilter('?stage=reported-signed', vocabulary).stage).toEqual([]);
    expect(serializeFilter(filter({ stage: ['reported-adopted'] }))).toBe('stage=reported-adopted');
  });
});
