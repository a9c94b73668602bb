import { describe, expect, it } from 'vitest';
import { comingUp, frontGroups, latestActivity, type FrontMilestone } from '../../src/lib/front.ts';
import type { Stage, Track } from '../../src/lib/schema.ts';
import {
  deriveStatus,
  milestoneInstant,
  statusDependencies,
  type TimedMilestone,
} from '../../src/lib/status.ts';

const ZONE = 'Europe/Brussels';

interface M extends FrontMilestone {
  readonly title: string;
}

const official = [{ kind: 'official' }];
const press = [{ kind: 'secondary' }];
const campaign = [{ kind: 'campaign' }];

function ms(
  instrument: string,
  list: (Partial<TimedMilestone> & { id: string; date: string })[],
): M[] {
  return list.map((m) => {
    const base = { confidence: 'official', sources: official, ...m };
    return {
      ...base,
      key: `${instrument}#${m.id}`,
      instant: milestoneInstant(base, ZONE).getTime(),
      title: `${instrument} ${m.id}`,
    };
  });
}
const step = (id: string, date: string, stage?: Stage) => ({
  id,
  date,
  ...(stage ? { stage } : {}),
});
const report = (id: string, date: string, stage?: Stage) => ({
  ...step(id, date, stage),
  confidence: 'unverified',
  sources: press,
});

interface Raw {
  id: string;
  shortTitle: string;
  track?: Track;
  milestones: M[];
  related?: { instrument: string; relation: 'extends' | 'amends' }[];
}

const RAW: Raw[] = [
  {
    id: 'alpha',
    shortTitle: 'Alpha Regulation',
    milestones: ms('alpha', [
      step('proposed', '2022-05-11', 'proposed'),
      step('trilogue', '2025-12-09', 'trilogue'),
      step('counsellors', '2026-09-14'),
      report('rumoured-deal', '2026-09-10', 'provisional-agreement'),
    ]),
  },
  {
    id: 'beta',
    shortTitle: 'Beta Extension',
    milestones: ms('beta', [
      step('proposed', '2025-12-19', 'proposed'),
      step('council-first', '2026-07-02', 'council-first-reading'),
      report('reported-adoption', '2026-07-24', 'adopted'),
      report('reported-in-force', '2026-07-31', 'in-force'),
      report('reported-end', '2028-04-03'),
      { ...step('campaign-target', '2027-01-15'), confidence: 'unverified', sources: campaign },
    ]),
  },
  {
    id: 'gamma',
    shortTitle: 'Gamma Act',
    milestones: ms('gamma', [
      step('applies', '2024-02-17', 'applies'),
      step('findings', '2026-04-29'),
      step('review', '2027-11-17'),
    ]),
  },
  {
    id: 'delta',
    shortTitle: 'Delta Interim',
    milestones: ms('delta', [
      step('applies', '2021-08-02', 'applies'),
      step('expired', '2026-04-03', 'expired'),
    ]),
  },
  {
    id: 'epsilon',
    shortTitle: 'Epsilon Strategy',
    track: 'non-legislative',
    milestones: ms('epsilon', [step('adopted', '2020-07-24', 'adopted')]),
  },
  {
    id: 'eta',
    shortTitle: 'Eta First Extension',
    milestones: ms('eta', [step('in-force', '2024-05-15', 'in-force')]),
    related: [{ instrument: 'delta', relation: 'extends' }],
  },
  {
    id: 'zeta',
    shortTitle: 'Zeta Proposal',
    milestones: ms('zeta', [step('proposed', '2024-01-10', 'proposed')]),
  },
];

function instrumentsAt(now: Date, raw: Raw[] = RAW) {
  const byId = new Map(
    raw.map((r) => [r.id, { id: r.id, milestones: r.milestones, track: r.track ?? 'legislative' }]),
  );
  return raw.map((r) => ({
    id: r.id,
    shortTitle: r.shortTitle,
    status: deriveStatus(r.milestones, r.track ?? 'legislative', now, ZONE, {
      dependsOn: statusDependencies(r.related ?? [], byId),
    }),
  }));
}
const ids = (entries: readonly { instrument: { id: string } }[]): string[] =>
  entries.map((e) => e.instrument.id);

describe('the home page’s groups on 1 December 2026', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const groups = frontGroups(instrumentsAt(now), now, ZONE);

  it('leads with the open files, the most recently active first, the stalled one last', () => {
    expect(ids(groups.now)).toEqual(['alpha', 'beta', 'zeta']);
    expect(groups.now.map((e) => e.state)).toEqual(['open', 'open', 'stalled']);
  });

  it('dates each by its latest step, a later report included, and says when that is a report', () => {
    const [alpha, beta] = groups.now;
    // Alpha's last confirmed step (14 September) is later than its report (10 September).
    expect(alpha?.activity?.id).toBe('counsellors');
    expect(alpha?.activityReported).toBe(false);
    // Beta's reports of July run past its last confirmed stage (2 July).
    expect(beta?.activity?.id).toBe('reported-in-force');
    expect(beta?.activityReported).toBe(true);
    // The headline stays confirmed: the stage is the last confirmed one.
    expect(beta?.instrument.status.stage).toBe('council-first-reading');
  });

  it('puts finished and ended instruments after the open ones, grouped by state', () => {
    expect(ids(groups.done)).toEqual(['gamma', 'epsilon']);
    // The extension ended with the act it extended, on the same day.
    expect(ids(groups.ended)).toEqual(['delta', 'eta']);
    expect(groups.ended.map((e) => e.activity?.key)).toEqual(['delta#expired', 'delta#expired']);
    const all = [...groups.now, ...groups.done, ...groups.ended];
    expect(new Set(ids(all)).size).toBe(RAW.length);
  });
});

describe('the home page’s groups earlier and later', () => {
  it('on 1 June 2026 the recently finished and ended ones are still news', () => {
    const now = new Date('2026-06-01T10:00:00Z');
    const groups = frontGroups(instrumentsAt(now), now, ZONE);
    // The open files first (Beta's proposal of 19 December is later than Alpha's trilogue),
    // then the finished and ended ones whose last step is less than six months old: Gamma's
    // findings (29 April), Delta's end (3 April) and with it the end of Eta's effect.
    expect(ids(groups.now)).toEqual(['beta', 'alpha', 'zeta', 'gamma', 'delta', 'eta']);
    expect(groups.now.map((e) => e.state)).toEqual([
      'open',
      'open',
      'stalled',
      'done',
      'ended',
      'ended',
    ]);
    expect(ids(groups.done)).toEqual(['epsilon']);
    expect(ids(groups.ended)).toEqual([]);
  });

  it('six months to the day after its last step, a finished act leaves “Now”, in the campaign’s zone', () => {
    // Gamma's findings: 29 April 2026, 00:00 in Brussels (22:00 UTC the day before).
    const before = new Date('2026-10-28T21:59:00Z');
    const after = new Date('2026-10-28T23:00:00Z');
    expect(ids(frontGroups(instrumentsAt(before), before, ZONE).now)).toContain('gamma');
    expect(ids(frontGroups(instrumentsAt(after), after, ZONE).now)).not.toContain('gamma');
  });

  it('a report later than every confirmed step moves a file to the top, as a report', () => {
    const raw = RAW.map((r) =>
      r.id === 'beta'
        ? {
            ...r,
            milestones: [...r.milestones, ...ms('beta', [report('reported-late', '2026-11-20')])],
          }
        : r,
    );
    const now = new Date('2026-12-01T10:00:00Z');
    const [first] = frontGroups(instrumentsAt(now, raw), now, ZONE).now;
    expect(first?.instrument.id).toBe('beta');
    expect(first?.activityReported).toBe(true);
    expect(first?.instrument.status.stage).toBe('council-first-reading');
  });

  it('the window can be set: with three months, Gamma’s April findings are not news on 1 September', () => {
    const now = new Date('2026-09-01T10:00:00Z');
    const groups = frontGroups(instrumentsAt(now), now, ZONE, { recentMonths: 3 });
    expect(ids(groups.now)).toEqual(['beta', 'alpha', 'zeta']);
  });
});

describe('latest activity', () => {
  it('is nothing before the first step', () => {
    const now = new Date('2020-01-01T00:00:00Z');
    const [alpha] = instrumentsAt(now);
    expect(alpha && latestActivity(alpha.status, now)).toBeUndefined();
  });
});

describe('what is coming up', () => {
  const all = RAW.flatMap((r) => r.milestones);

  it('on 1 December 2026: confirmed steps nearest first, reports apart, the campaign’s targets in neither', () => {
    const up = comingUp(all, new Date('2026-12-01T10:00:00Z'));
    expect(up.confirmed.map((m) => m.key)).toEqual(['gamma#review']);
    expect(up.reported.map((m) => m.key)).toEqual(['beta#reported-end']);
  });

  it('before a step has happened, and at its instant it is no longer ahead', () => {
    const review = all.find((m) => m.key === 'gamma#review');
    expect(review).toBeDefined();
    const at = new Date(review?.instant ?? 0);
    expect(comingUp(all, new Date(at.getTime() - 1)).confirmed.map((m) => m.key)).toContain(
      'gamma#review',
    );
    expect(comingUp(all, at).confirmed.map((m) => m.key)).not.toContain('gamma#review');
  });

  it('keeps to the limits', () => {
    const up = comingUp(all, new Date('2021-01-01T00:00:00Z'), { limit: 2, reportedLimit: 1 });
    expect(up.confirmed.map((m) => m.key)).toEqual(['delta#applies', 'alpha#proposed']);
    expect(up.reported).toHaveLength(1);
  });
});
