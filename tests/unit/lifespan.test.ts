/**
 * The lifespan chart's pure layout at given dates: phases from milestones, chain order, the gap
 * between the Interim Regulation lapsing and its reported successor applying, unconfirmed spans,
 * partial dates, the today line, and files without milestones or that ended.
 */
import { describe, expect, it } from 'vitest';
import { endOfDayIn, startOfDayIn } from '../../src/lib/dates.ts';
import {
  layoutLifespan,
  pageLifespan,
  sliceLifespan,
  type LifespanLayout,
  type LifespanRow,
} from '../../src/lib/lifespan.ts';
import {
  placeToday,
  readScale,
  scaleAttributes,
  todayAnchor,
  xOf,
} from '../../src/lib/lifespan-scale.ts';
import {
  NOW,
  ZONE,
  beaconLike,
  csa,
  ext1,
  instrument,
  interim,
  m,
  strategy,
} from './lifespan-fixtures.ts';

const start = (iso: string): number => startOfDayIn(iso, ZONE).getTime();
const end = (iso: string): number => endOfDayIn(iso, ZONE).getTime();
const layout = (
  instruments = beaconLike(),
  now = NOW,
  extra: Partial<Parameters<typeof layoutLifespan>[1]> = {},
): LifespanLayout => layoutLifespan(instruments, { now, zone: ZONE, ...extra });
const row = (l: LifespanLayout, id: string): LifespanRow => {
  const r = l.rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
/** A row's phases in order, each as "kind from→to", on one line. */
/** The row of a file of its own, laid out alone. */
const alone = (id: string, milestones: Parameters<typeof instrument>[1]): LifespanRow =>
  row(layout([instrument(id, milestones)]), id);
const phases = (r: LifespanRow): string =>
  r.phases.map((p) => `${p.kind} ${p.from.milestoneId}→${p.to?.milestoneId ?? '…'}`).join(', ');

describe('phases from milestones', () => {
  it('negotiation from proposal to adoption, then adopted-not-applying, then application until it expires', () => {
    const r = row(layout(), 'interim');
    expect(phases(r)).toBe(
      'negotiation proposal→adopted, pending adopted→in-force, application in-force→end',
    );
    const application = r.phases[2];
    expect(application?.start).toBe(start('2021-08-02'));
    // The last day of application is the deadline's day: it ends at the end of 3 April 2026.
    expect(application?.end).toBe(end('2026-04-03'));
    expect(application?.closedBy).toBe('expired');
    expect(application?.tense).toBe('past');
    expect(r.ended?.stage).toBe('expired');
  });

  it('keeps an act in force but not yet applying until a later `applies` milestone', () => {
    const r = row(layout(), 'dsa');
    expect(phases(r)).toBe(
      'negotiation proposal→adopted, pending adopted→applies, application applies→…',
    );
    // Ongoing: it runs to the chart's end, and says it started before now.
    expect(r.phases[2]?.to).toBeUndefined();
    expect(r.phases[2]?.end).toBe(layout().end);
    expect(r.phases[2]?.tense).toBe('since');
  });

  it('tells the tense from the build’s now: ended, ends later, ongoing, or not started', () => {
    const early = row(layout(beaconLike(), new Date('2021-01-01T00:00:00Z')), 'interim');
    expect(early.phases.map((p) => p.tense)).toEqual(['until', 'until', 'until']);
    const mid = row(layout(beaconLike(), new Date('2021-07-20T00:00:00Z')), 'interim');
    expect(mid.phases.map((p) => p.tense)).toEqual(['past', 'until', 'until']);
    // The DSA in 2023: negotiated, not yet applying, and applying from 2024 with no end.
    const dsa = row(layout(beaconLike(), new Date('2023-06-01T00:00:00Z')), 'dsa');
    expect(dsa.phases.map((p) => p.tense)).toEqual(['past', 'until', 'from']);
    expect(row(layout(), 'dsa').phases.map((p) => p.tense)).toEqual(['past', 'past', 'since']);
  });

  it('treats a strategy as implemented from its adoption, ongoing', () => {
    const r = row(layout(), 'strategy');
    expect(phases(r)).toBe('implementation adopted→…');
    expect(r.track).toBe('non-legislative');
  });

  it('drops phases of no length and never goes back a phase', () => {
    // Adopted and signed on one day: one pending phase; a committee vote after the proposal
    // stays inside the negotiation.
    const r = row(layout(), 'ext1');
    expect(phases(r)).toBe(
      'negotiation proposal→adopted, pending adopted→in-force, application in-force→end',
    );
    const sameDay = alone('x', [
      m('p', '2020-01-10', { stage: 'proposed' }),
      m('a', '2021-03-01', { stage: 'adopted' }),
      m('f', '2021-03-01', { stage: 'in-force' }),
      m('back', '2021-06-01', { stage: 'trilogue' }),
    ]);
    expect(phases(sameDay)).toBe('negotiation p→a, application f→…');
    expect(sameDay.ticks.map((t) => t.milestoneId)).toContain('back');
  });

  it('lets an extension end with the act it extends, unless it has an end of its own', () => {
    const r = row(layout(), 'ext1');
    const application = r.phases.at(-1);
    expect(application?.to?.milestoneId).toBe('end');
    expect(application?.endsWith).toBe('interim');
    expect(application?.end).toBe(end('2026-04-03'));
    // The second extension has its own (reported) end: nothing is inherited.
    expect(row(layout(), 'ext2').phases.at(-1)?.endsWith).toBeUndefined();
  });

  it('marks ticks and deadlines apart, in date order', () => {
    const r = row(layout(), 'interim');
    expect(r.deadlines.map((d) => [d.milestoneId, d.outcome])).toEqual([
      ['original-end', 'extended'],
      ['end', 'lapsed'],
    ]);
    expect(r.ticks.map((t) => t.milestoneId)).toEqual([
      'proposal',
      'council-mandate',
      'adopted',
      'published',
      'in-force',
    ]);
    expect(r.deadlines[1]?.at).toBe(end('2026-04-03'));
  });
});

describe('chains', () => {
  it('keeps the Interim Regulation, its extensions and its replacement together, in dependency order', () => {
    const l = layout();
    expect(l.rows.map((r) => r.id)).toEqual(['strategy', 'interim', 'ext1', 'ext2', 'csa', 'dsa']);
    expect(l.chains.map((c) => c.rows)).toEqual([
      ['strategy'],
      ['interim', 'ext1', 'ext2', 'csa'],
      ['dsa'],
    ]);
    expect(row(l, 'ext1').link).toEqual({ relation: 'extends', target: 'interim' });
    // Extending comes before following in what a row shows.
    expect(row(l, 'ext2').link).toEqual({ relation: 'extends', target: 'interim' });
    expect(row(l, 'ext2').links).toEqual([
      { relation: 'extends', target: 'interim' },
      { relation: 'follows', target: 'ext1' },
    ]);
    expect(row(l, 'csa').link).toEqual({ relation: 'replaces', target: 'interim' });
    expect(row(l, 'interim').link).toBeUndefined();
    expect(new Set(l.rows.slice(1, 5).map((r) => r.chain))).toEqual(new Set(['interim']));
  });

  it('ignores relations that make no chain (see-also, implements) and unknown instruments', () => {
    const l = layout([
      ...beaconLike(),
      instrument('orphan', [m('p', '2019-01-01', { stage: 'proposed' })], {
        related: [
          { instrument: 'missing', relation: 'amends' },
          { instrument: 'dsa', relation: 'see-also' },
        ],
      }),
    ]);
    expect(row(l, 'orphan').chain).toBe('orphan');
    expect(l.rows[0]?.id).toBe('orphan');
  });

  it('survives a circle of relations', () => {
    const l = layout([
      instrument('a', [m('p', '2021-01-01', { stage: 'proposed' })], {
        related: [{ instrument: 'b', relation: 'amends' }],
      }),
      instrument('b', [m('p', '2020-01-01', { stage: 'proposed' })], {
        related: [{ instrument: 'a', relation: 'amends' }],
      }),
    ]);
    expect(l.rows.map((r) => r.id)).toEqual(['b', 'a']);
    expect(l.chains).toHaveLength(1);
  });

  it('pages whole chains', () => {
    const pages = pageLifespan(layout(), 3);
    expect(pages).toEqual([['strategy'], ['interim', 'ext1', 'ext2', 'csa'], ['dsa']]);
    expect(pageLifespan(layout(), 5)).toEqual([
      ['strategy', 'interim', 'ext1', 'ext2', 'csa'],
      ['dsa'],
    ]);
  });

  it('slices a page out of the whole, on the same time axis, hiding links to other pages', () => {
    const whole = layout();
    const page = sliceLifespan(whole, ['ext1', 'ext2', 'dsa']);
    expect(page.rows.map((r) => r.id)).toEqual(['ext1', 'ext2', 'dsa']);
    expect([page.start, page.end]).toEqual([whole.start, whole.end]);
    expect(page.chains.map((c) => c.rows)).toEqual([['ext1', 'ext2'], ['dsa']]);
    expect(row(page, 'ext1').link).toBeUndefined();
    // The Interim Regulation is not on the page: the second extension shows that it follows the first.
    expect(row(page, 'ext2').link).toEqual({ relation: 'follows', target: 'ext1' });
    expect(page.gaps.map((g) => g.row)).toEqual(['ext2']);
  });

  it('lays out only the rows asked for, with chains and inherited ends worked out from all', () => {
    const l = layout(beaconLike(), NOW, { only: ['ext1'] });
    expect(l.rows.map((r) => r.id)).toEqual(['ext1']);
    expect(l.rows[0]?.phases.at(-1)?.endsWith).toBe('interim');
    // Its link points outside the page, so it is not shown; the gap is the Interim Regulation's.
    expect(l.rows[0]?.link).toBeUndefined();
    expect(l.gaps).toEqual([]);
    expect(l.start).toBe(start('2023-01-01'));
  });
});

describe('the gap', () => {
  const gapAfter = (row: string, l = layout()) => l.gaps.find((g) => g.row === row);

  it('runs from the day after the derogation lapsed to the day before its successor applies', () => {
    const gap = gapAfter('interim');
    expect(gap).toMatchObject({
      chain: 'interim',
      next: 'ext2',
      firstDay: '2026-04-04',
      lastDay: '2026-07-30',
      days: 118,
      start: end('2026-04-03'),
      end: start('2026-07-31'),
      confirmed: false, // its end rests on the reported entry into force
      tense: 'past',
    });
    expect(gap?.from.milestoneId).toBe('end');
    expect(gap?.to?.milestoneId).toBe('reported-in-force');
    expect(gap?.to?.reported).toBe(true);
  });

  it('is confirmed when both ends are', () => {
    const confirmed = reportedAsConfirmed();
    const gap = gapAfter('interim', layout(beaconLike(confirmed)));
    expect(gap?.confirmed).toBe(true);
    expect(gap?.days).toBe(118);
  });

  it('stays open to the chart’s end while the successor has no application dates', () => {
    const l = layout(beaconLike([]));
    const gap = gapAfter('interim', l);
    expect(gap).toMatchObject({ firstDay: '2026-04-04', confirmed: true, tense: 'since' });
    expect(gap?.to).toBeUndefined();
    expect(gap?.lastDay).toBeUndefined();
    expect(gap?.days).toBeUndefined();
    expect(gap?.end).toBe(l.end);
    expect(l.gaps).toHaveLength(1);
  });

  it('opens again after the successor’s reported end, since the CSA Regulation is still negotiated', () => {
    const gap = gapAfter('ext2');
    expect(gap).toMatchObject({ firstDay: '2028-04-04', confirmed: false, tense: 'from' });
    expect(gap?.to).toBeUndefined();
  });

  it('disappears when nothing in the chain is still under way', () => {
    // The Interim Regulation and its first extension alone: the chain simply ended.
    expect(layout([interim, ext1, strategy]).gaps).toEqual([]);
    // A successor without any milestone is not under way either.
    expect(
      layout([
        interim,
        instrument('next', [], { related: [{ instrument: 'interim', relation: 'replaces' }] }),
      ]).gaps,
    ).toEqual([]);
  });

  it('is no gap when the successor applies from the next day', () => {
    const next = instrument(
      'next',
      [m('p', '2025-01-10', { stage: 'proposed' }), m('f', '2026-04-04', { stage: 'in-force' })],
      { related: [{ instrument: 'interim', relation: 'follows' }] },
    );
    expect(layout([interim, next]).gaps).toEqual([]);
  });

  it('counts the days across a leap day and a change of clocks', () => {
    const a = instrument('a', [
      m('f', '2023-06-01', { stage: 'in-force' }),
      m('e', '2024-02-27', { stage: 'expired', deadline: {} }),
    ]);
    const b = instrument('b', [m('f', '2024-04-01', { stage: 'in-force' })], {
      related: [{ instrument: 'a', relation: 'replaces' }],
    });
    const gap = layout([a, b]).gaps[0];
    // 28 February to 31 March 2024: 2 + 31 days, with 29 February and the switch to summer time.
    expect(gap).toMatchObject({ firstDay: '2024-02-28', lastDay: '2024-03-31', days: 33 });
  });
});

describe('unconfirmed spans', () => {
  it('marks a phase that rests on an unverified milestone', () => {
    const r = row(layout(), 'ext2');
    expect(phases(r)).toBe(
      'negotiation proposal→ep-rejection, negotiation council-first-reading→reported-adoption, pending reported-adoption→reported-in-force, application reported-in-force→reported-end',
    );
    expect(r.phases.map((p) => p.confirmed)).toEqual([true, false, false, false]);
    // Rejected by Parliament, then carried on by the Council: the first negotiation ended there.
    expect(r.phases[0]?.closedBy).toBe('rejected');
    // Reported from its start: nothing of it is confirmed.
    expect(r.phases[3]?.confirmedUntil).toBeUndefined();
    expect(r.phases[3]?.from.reported).toBe(true);
    expect(r.ended?.stage).toBe('expired');
    expect(r.ended?.reported).toBe(true);
  });

  it('keeps a phase confirmed up to its last confirmed milestone when only its end is reported', () => {
    const negotiation = row(layout(), 'ext2').phases[1];
    expect(negotiation?.from.reported).toBe(false);
    expect(negotiation?.to?.reported).toBe(true);
    // Parliament's second reading on 9 July 2026 is confirmed; the adoption on the 24th is not.
    expect(negotiation?.confirmedUntil).toBe(start('2026-07-09'));
  });

  it('draws reported milestones as reports, never as confirmed ones', () => {
    const r = row(layout(), 'csa');
    expect(r.ticks.find((t) => t.milestoneId === 'reported-sixth-trilogue')?.reported).toBe(true);
    expect(r.ticks.find((t) => t.milestoneId === 'first-trilogue')?.reported).toBe(false);
    expect(row(layout(), 'ext2').deadlines[0]?.reported).toBe(true);
  });
});

describe('partial dates', () => {
  it('spans a month-precision milestone over its month and a year over its year, in the campaign’s zone', () => {
    const month = row(layout(), 'ext1').ticks.find((t) => t.milestoneId === 'committee-vote');
    expect(month).toMatchObject({
      precision: 'month',
      at: start('2024-01-01'),
      start: start('2024-01-01'),
      end: end('2024-01-31'),
    });
    const year = row(layout(), 'csa').ticks.find((t) => t.milestoneId === 'trilogues-continue');
    expect(year).toMatchObject({
      precision: 'year',
      start: start('2026-01-01'),
      end: end('2026-12-31'),
    });
    // A day is a point.
    const day = row(layout(), 'csa').ticks.find((t) => t.milestoneId === 'proposal');
    expect(day?.start).toBe(day?.end);
  });

  it('places a phase boundary at the start of a partial date, as the site orders it', () => {
    const r = alone('x', [
      m('p', '2019', { stage: 'proposed' }),
      m('a', '2020-03', { stage: 'adopted' }),
    ]);
    expect(r.phases[0]).toMatchObject({ start: start('2019-01-01'), end: start('2020-03-01') });
    expect(r.phases[0]?.from.precision).toBe('year');
    expect(r.phases[0]?.to?.precision).toBe('month');
  });

  it('covers the days of a span with an end date', () => {
    const r = alone('x', [m('c', '2022-04-20', { endDate: '2022-07-13' })]);
    expect(r.ticks[0]).toMatchObject({ start: start('2022-04-20'), end: end('2022-07-13') });
  });
});

describe('the chart’s range and the today line', () => {
  it('runs from the first of January of the earliest date to the first of January after now or the last date, plus a margin', () => {
    const l = layout();
    expect(l.start).toBe(start('2020-01-01'));
    // The last date is the reported end of 2026/1881 (3 April 2028); three months on is still 2028.
    expect(l.end).toBe(start('2029-01-01'));
    expect(l.years.map((y) => y.year)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029,
    ]);
    // Now late in the year: the margin reaches into the next year, so the chart does too.
    const late = layout([strategy], new Date('2026-11-01T00:00:00Z'));
    expect(late.end).toBe(start('2028-01-01'));
    const early = layout([strategy], new Date('2026-03-01T00:00:00Z'));
    expect(early.end).toBe(start('2027-01-01'));
  });

  it('puts today inside the range at the build date', () => {
    const l = layout();
    expect(l.today).toEqual({ at: NOW.getTime(), date: '2026-12-01', where: 'inside' });
  });

  it('says when today is before the first date', () => {
    const l = layout([csa], new Date('2021-05-01T00:00:00Z'));
    expect(l.start).toBe(start('2022-01-01'));
    expect(l.today.where).toBe('before');
  });

  it('says when today is after a fixed range', () => {
    const l = layout(beaconLike(), NOW, {
      range: { start: start('2020-01-01'), end: start('2026-01-01') },
    });
    expect(l.today.where).toBe('after');
    expect(l.end).toBe(start('2026-01-01'));
  });

  it('gives the date of today in the campaign’s zone, not UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    const l = layout([strategy], new Date('2026-12-31T23:30:00Z'));
    expect(l.today.date).toBe('2027-01-01');
  });

  it('places a reader’s today before, inside and after the chart, clamped to its edges', () => {
    const l = layout();
    const scale = { t0: l.start, t1: l.end, x0: 16, x1: 926 };
    expect(placeToday(scale, NOW.getTime())).toEqual({
      x: xOf(scale, NOW.getTime()),
      where: 'inside',
    });
    expect(placeToday(scale, start('2019-06-01'))).toEqual({ x: 16, where: 'before' });
    // A reader more than two years after the build: at the right edge, marked as outside.
    expect(placeToday(scale, start('2029-03-01'))).toEqual({ x: 926, where: 'after' });
    // Its label turns inwards near the edges.
    expect(todayAnchor(scale, 926)).toBe('end');
    expect(todayAnchor(scale, 20)).toBe('start');
    expect(todayAnchor(scale, 500)).toBe('middle');
    expect(xOf(scale, l.start)).toBe(16);
    expect(xOf(scale, l.end)).toBe(926);
  });

  it('carries its scale in data attributes and reads it back, refusing anything malformed', () => {
    const scale = { t0: 1, t1: 2_000, x0: 16, x1: 926 };
    const attributes = scaleAttributes(scale);
    const dataset = Object.fromEntries(
      Object.entries(attributes).map(([k, v]) => [k.replace('data-', ''), v]),
    );
    expect(readScale(dataset)).toEqual(scale);
    expect(readScale({ ...dataset, x1: '' })).toBeUndefined();
    expect(readScale({ ...dataset, t0: 'soon' })).toBeUndefined();
    expect(readScale({})).toBeUndefined();
  });
});

describe('files without milestones, and files that ended', () => {
  it('gives an instrument with no milestones an empty row at the end', () => {
    const l = layout([instrument('empty', []), strategy]);
    expect(l.rows.map((r) => r.id)).toEqual(['strategy', 'empty']);
    expect(row(l, 'empty')).toMatchObject({ phases: [], ticks: [], deadlines: [] });
    expect(row(l, 'empty').first).toBeUndefined();
    // Nothing at all: the range is the year around now.
    const none = layout([instrument('empty', [])]);
    expect(none.start).toBe(start('2026-01-01'));
    expect(none.end).toBe(start('2028-01-01'));
  });

  it('ends a withdrawn proposal’s negotiation where it was withdrawn', () => {
    const r = alone('gone', [
      m('p', '2019-05-02', { stage: 'proposed' }),
      m('c', '2020-02-03', { stage: 'committee' }),
      m('w', '2021-06-30', { stage: 'withdrawn' }),
    ]);
    expect(phases(r)).toBe('negotiation p→w');
    expect(r.phases[0]?.closedBy).toBe('withdrawn');
    expect(r.phases[0]?.tense).toBe('past');
    expect(r.ended).toMatchObject({ stage: 'withdrawn', milestoneId: 'w' });
  });

  it('reopens a file when a stage follows its end', () => {
    const r = row(layout(), 'ext2');
    expect(r.phases[0]?.closedBy).toBe('rejected');
    expect(r.phases[1]?.from.milestoneId).toBe('council-first-reading');
  });
});

/** The reported successor, as if EUR-Lex had confirmed it. */
function reportedAsConfirmed() {
  return beaconLike()
    .find((i) => i.id === 'ext2')
    ?.milestones.filter((x) => x.id.startsWith('reported-'))
    .map((x) => ({ ...x, confidence: 'official' as const }));
}
