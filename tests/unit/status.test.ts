import { describe, expect, it } from 'vitest';

/** An instant in UTC ISO form (TZDate's own toISOString keeps its zone's offset). */
const utc = (d: Date): string => new Date(d.getTime()).toISOString();
import {
  deriveEffectEnded,
  deriveStatus,
  hasHappened,
  mergeSlots,
  milestoneInstant,
  progressPath,
  sameTrack,
  STATUS_PARTS,
  stagesReached,
  stallsAt,
  statusSchedule,
  type TimedMilestone,
} from '../../src/lib/status.ts';
import type { Stage } from '../../src/lib/schema.ts';
import { shownAt } from './helpers.ts';

const ZONE = 'Europe/Brussels';
const m = (
  id: string,
  date: string,
  extra: Partial<TimedMilestone> & { stage?: Stage } = {},
): TimedMilestone => ({ id, date, confidence: 'official', ...extra });

// A legislative file: proposed, mandates, trilogue, agreement scheduled, then adopted.
const file = [
  m('proposal', '2022-05-11', { stage: 'proposed' }),
  m('ep-mandate', '2023-11-22', { stage: 'ep-mandate' }),
  m('council-mandate', '2025-11-26', { stage: 'council-mandate' }),
  m('trilogue', '2025-12-09', { stage: 'trilogue' }),
  m('report', '2026-06', { confidence: 'secondary' }),
  m('rumour', '2026-07-01', { stage: 'provisional-agreement', confidence: 'unverified' }),
  m('vote', '2027-02-10', { stage: 'ep-first-reading' }),
];

describe('deriving an instrument’s stage at a given now', () => {
  it('gives the last stage reached and since when', () => {
    const s = deriveStatus(file, 'legislative', new Date('2026-01-10T12:00:00Z'), ZONE);
    expect(s.stage).toBe('trilogue');
    expect(s.since?.id).toBe('trilogue');
    expect(s.next?.id).toBe('report');
    expect(s.finished).toBe(false);
  });

  it('has no stage before the first milestone', () => {
    const s = deriveStatus(file, 'legislative', new Date('2020-01-01T00:00:00Z'), ZONE);
    expect(s.stage).toBeUndefined();
    expect(s.next?.id).toBe('proposal');
  });

  it('never lets an unconfirmed report move the stage', () => {
    const s = deriveStatus(file, 'legislative', new Date('2026-08-01T00:00:00Z'), ZONE);
    expect(s.stage).toBe('trilogue');
    expect(s.lastActivity?.id).toBe('report');
    expect(s.next?.id).toBe('vote');
  });

  it('switches stage on the day of the milestone, in the campaign’s zone', () => {
    // 11 May 2022 starts at 22:00 UTC on the 10th in Brussels.
    expect(
      deriveStatus(file, 'legislative', new Date('2022-05-10T21:59:59Z'), ZONE).stage,
    ).toBeUndefined();
    expect(deriveStatus(file, 'legislative', new Date('2022-05-10T22:00:00Z'), ZONE).stage).toBe(
      'proposed',
    );
  });

  it('flags a file as stalled after nine months without a milestone', () => {
    const quiet = file.slice(0, 2); // last: EP mandate on 22 November 2023
    expect(deriveStatus(quiet, 'legislative', new Date('2024-08-21T12:00:00Z'), ZONE).stalled).toBe(
      false,
    );
    expect(deriveStatus(quiet, 'legislative', new Date('2024-08-22T12:00:00Z'), ZONE).stalled).toBe(
      true,
    );
  });

  it('does not call a finished or ended file stalled', () => {
    const ended = [
      m('in-force', '2021-08-02', { stage: 'in-force' }),
      m('end', '2024-08-03', { stage: 'expired', deadline: {} }),
    ];
    // A deadline's stage is reached when it falls due: the end of its day in Brussels.
    const [before, after] = ['2024-08-03T12:00:00Z', '2024-08-03T22:00:00Z'].map((at) =>
      deriveStatus(ended, 'legislative', new Date(at), ZONE),
    );
    expect([before, after]).toMatchObject([
      { stage: 'in-force', finished: true, terminal: false, stalled: false },
      { stage: 'expired', finished: true, terminal: true, stalled: false },
    ]);
    expect(before?.next?.id).toBe('end');
  });

  it('treats a non-legislative instrument as finished once adopted', () => {
    const s = deriveStatus(
      [m('adopted', '2020-07-24', { stage: 'adopted' })],
      'non-legislative',
      new Date('2026-11-29T00:00:00Z'),
      ZONE,
    );
    expect(s).toMatchObject({ stage: 'adopted', finished: true, stalled: false });
  });

  it('handles an instrument with no milestones', () => {
    expect(deriveStatus([], 'legislative', new Date(), ZONE)).toEqual({
      finished: false,
      terminal: false,
      stalled: false,
      reportedSince: [],
    });
  });

  it('keeps the written order for milestones on the same day', () => {
    const sameDay = [
      m('adopted', '2024-04-29', { stage: 'adopted' }),
      m('signed', '2024-04-29', { stage: 'signed' }),
    ];
    expect(deriveStatus(sameDay, 'legislative', new Date('2024-05-01T00:00:00Z'), ZONE).stage).toBe(
      'signed',
    );
  });
});

describe('when a milestone happens', () => {
  it('a deadline falls due at the end of its day; a timed one at its time in its own zone', () => {
    expect(utc(milestoneInstant(m('d', '2026-04-03', { deadline: {} }), ZONE))).toBe(
      '2026-04-03T21:59:59.999Z',
    );
    expect(
      utc(
        milestoneInstant(
          m('t', '2026-04-03', { deadline: {}, time: '17:00', timeZone: 'America/New_York' }),
          ZONE,
        ),
      ),
    ).toBe('2026-04-03T21:00:00.000Z');
    expect(utc(milestoneInstant(m('e', '2026-04-03'), ZONE))).toBe('2026-04-02T22:00:00.000Z');
  });

  it('a month-precision event has happened once its month has started', () => {
    expect(hasHappened(m('x', '2026-03'), new Date('2026-02-28T22:59:00Z'), ZONE)).toBe(false);
    expect(hasHappened(m('x', '2026-03'), new Date('2026-02-28T23:00:00Z'), ZONE)).toBe(true);
  });
});

describe('an instrument’s status over time', () => {
  // In trilogue; a deadline and an agreement are scheduled; an unconfirmed report in between.
  const gamma = [
    m('proposal', '2025-03-10', { stage: 'proposed' }),
    m('trilogue', '2026-11-20', { stage: 'trilogue' }),
    m('report-deadline', '2027-02-01', { deadline: {} }),
    m('reported-vote', '2027-02-20', { stage: 'ep-first-reading', confidence: 'unverified' }),
    m('agreement', '2027-03-18', { stage: 'provisional-agreement' }),
  ];
  const now = new Date('2027-01-15T12:00:00Z');

  it('changes when a scheduled milestone happens and when the file stalls; a report never moves the stage', () => {
    const slots = statusSchedule(gamma, 'legislative', now, ZONE);
    expect(
      slots.map((s) => [
        s.from === undefined ? 'build' : utc(new Date(s.from)),
        s.status.stage,
        s.status.next?.id ?? '-',
        s.status.stalled,
        s.status.reportedSince.map((r) => r.id).join() || '-',
        s.status.reportedNext?.id ?? '-',
      ]),
    ).toEqual([
      ['build', 'trilogue', 'report-deadline', false, '-', 'reported-vote'],
      ['2027-02-01T22:59:59.999Z', 'trilogue', 'agreement', false, '-', 'reported-vote'], // the deadline falls due at the end of its day
      // The report's day comes: the stage and the next step stay, the report joins "reported since".
      ['2027-02-19T23:00:00.000Z', 'trilogue', 'agreement', false, 'reported-vote', '-'],
      ['2027-03-17T23:00:00.000Z', 'provisional-agreement', '-', false, '-', '-'], // 18 March starts at 23:00 UTC (CET); a new confirmed stage leaves the report behind
      ['2027-12-17T23:00:00.000Z', 'provisional-agreement', '-', true, '-', '-'], // nine months later, nothing new: stalled
    ]);
    expect(slots.map((s) => s.until)).toEqual([...slots.slice(1).map((s) => s.from), undefined]);
    expect(slots[3]?.reached).toEqual(['proposed', 'trilogue', 'provisional-agreement']);
    expect(slots[0]?.reached).toEqual(['proposed', 'trilogue']);
  });

  it('agrees with deriveStatus at any moment after the build', () => {
    const slots = statusSchedule(gamma, 'legislative', now, ZONE);
    for (const { at, t, slot } of shownAt(slots, [
      '2027-01-20T00:00:00Z',
      '2027-02-25T00:00:00Z',
      '2027-03-17T22:59:59Z',
      '2027-03-17T23:00:00Z',
      '2027-12-17T22:59:59Z',
      '2028-06-01T00:00:00Z',
    ])) {
      const derived = deriveStatus(gamma, 'legislative', new Date(t), ZONE);
      expect([slot?.status.stage, slot?.status.next?.id, slot?.status.stalled], at).toEqual([
        derived.stage,
        derived.next?.id,
        derived.stalled,
      ]);
    }
  });

  it('knows when a file will stall, and that a finished or ended one never does', () => {
    const quiet = deriveStatus(gamma.slice(0, 2), 'legislative', now, ZONE);
    expect(utc(new Date(stallsAt(quiet, ZONE) ?? 0))).toBe('2027-08-19T22:00:00.000Z'); // 20 November 2026 + 9 months, 00:00 CEST
    const ended = deriveStatus(
      [m('end', '2026-06-30', { stage: 'expired', deadline: {} })],
      'legislative',
      now,
      ZONE,
    );
    expect(stallsAt(ended, ZONE)).toBeUndefined();
    expect(
      statusSchedule(
        [m('adopted', '2020-07-24', { stage: 'adopted' })],
        'non-legislative',
        now,
        ZONE,
      ),
    ).toHaveLength(1);
  });

  it('lists the stages reached, in the order reached, without reports', () => {
    expect(stagesReached(gamma, new Date('2027-03-01T00:00:00Z'), ZONE)).toEqual([
      'proposed',
      'trilogue',
    ]);
  });
});

describe('reported developments beside the last confirmed stage', () => {
  // The second extension as the record stood on 1 December 2026: the last confirmed stage is the
  // Council's first reading (2 July 2026); Parliament amended it on 9 July; the rest is reported.
  const sources = [{ kind: 'secondary' }];
  const extension = [
    m('proposal', '2025-12-19', { stage: 'proposed', confidence: 'secondary' }),
    m('rejection', '2026-03-26', { stage: 'rejected', confidence: 'disputed' }),
    m('council-first-reading', '2026-07-02', {
      stage: 'council-first-reading',
      confidence: 'disputed',
    }),
    m('second-reading', '2026-07-09'),
    m('reported-approval', '2026-07-23', { stage: 'adopted', confidence: 'unverified', sources }),
    m('reported-adoption', '2026-07-24', { stage: 'signed', confidence: 'unverified', sources }),
    m('reported-publication', '2026-07-28', {
      stage: 'published',
      confidence: 'unverified',
      sources,
    }),
    m('reported-in-force', '2026-07-31', { stage: 'in-force', confidence: 'unverified', sources }),
    m('reported-end', '2028-04-03', {
      stage: 'expired',
      deadline: {},
      confidence: 'unverified',
      sources,
    }),
  ];
  const dec2026 = new Date('2026-12-01T12:00:00Z');

  it('keeps the last confirmed stage, and lists what is reported since, with the stage each would mean', () => {
    const s = deriveStatus(extension, 'legislative', dec2026, ZONE);
    expect(s.stage).toBe('council-first-reading');
    expect(s.since?.id).toBe('council-first-reading');
    expect(s.lastActivity?.id).toBe('second-reading');
    expect(s.next).toBeUndefined(); // the reported end of application is never the next step
    expect(s.finished).toBe(false);
    expect(s.reportedSince.map((r) => [r.id, r.stage])).toEqual([
      ['reported-approval', 'adopted'],
      ['reported-adoption', 'signed'],
      ['reported-publication', 'published'],
      ['reported-in-force', 'in-force'],
    ]);
    expect(s.reportedNext?.id).toBe('reported-end');
  });

  it('lists only the reports after the last confirmed stage, and none before the first report', () => {
    expect(
      deriveStatus(extension, 'legislative', new Date('2026-07-20T00:00:00Z'), ZONE).reportedSince,
    ).toEqual([]);
    const early = [m('rumour', '2026-01-10', { confidence: 'unverified', sources }), ...extension];
    // The rumour predates the confirmed stages that followed it: it is not "reported since".
    expect(
      deriveStatus(early, 'legislative', dec2026, ZONE).reportedSince.map((r) => r.id),
    ).not.toContain('rumour');
    // With no confirmed stage yet, every report so far is listed.
    expect(
      deriveStatus(early.slice(0, 1), 'legislative', dec2026, ZONE).reportedSince.map((r) => r.id),
    ).toEqual(['rumour']);
  });

  it('does not count the campaign’s own words as a report', () => {
    const target = m('campaign-target', '2026-08-01', {
      confidence: 'unverified',
      deadline: {},
      sources: [{ kind: 'campaign' }],
    });
    const s = deriveStatus([...extension.slice(0, 4), target], 'legislative', dec2026, ZONE);
    expect(s.reportedSince).toEqual([]);
  });

  it('moves the reported upcoming date along as reported dates pass, in the schedule the browser picks from', () => {
    const slots = statusSchedule(extension, 'legislative', new Date('2026-07-22T12:00:00Z'), ZONE);
    expect(
      slots.map((s) => [
        s.from === undefined ? 'build' : s.from,
        s.status.stage,
        s.status.reportedSince.length,
        s.status.reportedNext?.id ?? '-',
        s.status.stalled,
      ]),
    ).toEqual([
      ['build', 'council-first-reading', 0, 'reported-approval', false],
      [Date.parse('2026-07-22T22:00:00Z'), 'council-first-reading', 1, 'reported-adoption', false],
      [
        Date.parse('2026-07-23T22:00:00Z'),
        'council-first-reading',
        2,
        'reported-publication',
        false,
      ],
      [Date.parse('2026-07-27T22:00:00Z'), 'council-first-reading', 3, 'reported-in-force', false],
      [Date.parse('2026-07-30T22:00:00Z'), 'council-first-reading', 4, 'reported-end', false],
      // Nine months after the last confirmed step (9 July 2026): reports do not keep a file alive.
      [Date.parse('2027-04-08T22:00:00Z'), 'council-first-reading', 4, 'reported-end', true],
      // The reported end of application passes: reported, so the stage still does not move.
      [Date.parse('2028-04-03T21:59:59.999Z'), 'council-first-reading', 5, '-', true],
    ]);
    for (const slot of slots) {
      expect(slot.status.stage).toBe('council-first-reading');
      expect(slot.status.next).toBeUndefined();
      expect(slot.reached).not.toContain('adopted');
    }
  });
});

describe('an act whose effect ended with the act it amended', () => {
  // The first extension (in force since 15 May 2024) extended the Interim Regulation, which
  // stopped applying at the end of 3 April 2026.
  const interim = [
    m('in-force', '2021-08-02', { stage: 'in-force', confidence: 'derived' }),
    m('end-of-application', '2026-04-03', { stage: 'expired', deadline: {} }),
  ];
  const extension = [
    m('adopted', '2024-04-29', { stage: 'adopted' }),
    m('in-force', '2024-05-15', { stage: 'in-force', confidence: 'derived' }),
  ];
  const dependsOn = [
    {
      instrumentId: 'interim-regulation',
      relation: 'extends' as const,
      milestones: interim,
      track: 'legislative' as const,
    },
  ];

  it('is in force until the act it extends ends, and its effect ended from then on', () => {
    const before = deriveStatus(extension, 'legislative', new Date('2026-04-03T12:00:00Z'), ZONE, {
      dependsOn,
    });
    expect(before.stage).toBe('in-force');
    expect(before.effectEnded).toBeUndefined();
    const after = deriveStatus(extension, 'legislative', new Date('2026-04-03T22:00:00Z'), ZONE, {
      dependsOn,
    });
    expect(after.stage).toBe('in-force'); // its own last stage, never typed over by hand
    expect(after.effectEnded).toMatchObject({
      instrumentId: 'interim-regulation',
      relation: 'extends',
      stage: 'expired',
    });
    expect(after.effectEnded?.milestone.id).toBe('end-of-application');
  });

  it('changes status when the other act ends, in the schedule the browser picks from', () => {
    const slots = statusSchedule(extension, 'legislative', new Date('2026-03-01T00:00:00Z'), ZONE, {
      dependsOn,
    });
    expect(slots.map((s) => [s.from, s.status.effectEnded?.stage])).toEqual([
      [undefined, undefined],
      [Date.parse('2026-04-03T21:59:59.999Z'), 'expired'],
    ]);
  });

  it('only through amends or extends, and only once it took effect', () => {
    const at = new Date('2026-12-01T00:00:00Z');
    expect(
      deriveStatus(extension, 'legislative', at, ZONE, {
        dependsOn: [{ ...dependsOn[0]!, relation: 'follows' }],
      }).effectEnded,
    ).toBeUndefined();
    const proposal = [m('proposal', '2025-12-19', { stage: 'proposed' })];
    expect(
      deriveStatus(proposal, 'legislative', at, ZONE, { dependsOn }).effectEnded,
    ).toBeUndefined();
    expect(
      deriveEffectEnded({ finished: true, terminal: true }, [
        {
          instrumentId: 'x',
          relation: 'amends',
          status: { terminal: true, stage: 'repealed', since: interim[1]! },
        },
      ]),
    ).toBeUndefined(); // an act that ended itself is simply ended
  });
});

describe('Parliament’s second reading on a progress track', () => {
  it('is on the legislative track between the Council’s first reading and adoption, once reached', () => {
    const path = progressPath('legislative', [
      'proposed',
      'council-first-reading',
      'ep-second-reading',
    ]);
    expect(path.slice(path.indexOf('council-first-reading'), path.indexOf('adopted') + 1)).toEqual([
      'council-first-reading',
      'ep-second-reading',
      'adopted',
    ]);
  });

  it('is left off the track of a file that has not had one, so it is never marked as passed', () => {
    expect(progressPath('legislative', ['proposed', 'adopted', 'in-force'])).not.toContain(
      'ep-second-reading',
    );
    expect(progressPath('legislative', [])).toHaveLength(14);
    expect(progressPath('non-legislative', ['adopted'])).toEqual([
      'announced',
      'adopted',
      'in-implementation',
      'reviewed',
    ]);
  });

  it('is the last confirmed stage of a file whose Council approval is only reported', () => {
    const secondReading = [
      m('council-first-reading', '2026-07-02', { stage: 'council-first-reading' }),
      m('ep-second-reading', '2026-07-09', { stage: 'ep-second-reading' }),
      m('reported-approval', '2026-07-23', {
        stage: 'adopted',
        confidence: 'unverified',
        sources: [{ kind: 'secondary' }],
      }),
    ];
    const s = deriveStatus(secondReading, 'legislative', new Date('2026-12-01T12:00:00Z'), ZONE);
    expect(s.stage).toBe('ep-second-reading');
    expect(s.finished).toBe(false);
    expect(s.reportedSince.map((r) => r.id)).toEqual(['reported-approval']);
  });
});

describe('rendering each part of a status once per change of its own', () => {
  // The stage moves once (the agreement), the next step at every milestone, a report joins on
  // 1 March, and the file stalls nine months after the agreement.
  const steps = [
    m('trilogue', '2026-11-20', { stage: 'trilogue' }),
    m('meeting-1', '2027-01-10'),
    m('meeting-2', '2027-02-10'),
    m('reported-vote', '2027-03-01', {
      confidence: 'unverified',
      sources: [{ kind: 'secondary' }],
    }),
    m('agreement', '2027-04-01', { stage: 'provisional-agreement' }),
  ];
  const slots = statusSchedule(steps, 'legislative', new Date('2026-12-01T12:00:00Z'), ZONE);
  const of = (part: keyof typeof STATUS_PARTS) =>
    mergeSlots(slots, (a, b) => STATUS_PARTS[part](a.status, b.status));
  const starts = (spans: { from?: number }[]): (string | undefined)[] =>
    spans.map((x) => (x.from === undefined ? undefined : utc(new Date(x.from))));

  it('merges the slots in which a part reads the same, covering the same time', () => {
    expect(slots).toHaveLength(6);
    // The next step changes at every milestone but the report.
    expect(starts(of('next'))).toEqual([
      undefined,
      '2027-01-09T23:00:00.000Z',
      '2027-02-09T23:00:00.000Z',
      '2027-03-31T22:00:00.000Z',
    ]);
    // The stage reads "last confirmed" once the report has come, and moves with the agreement.
    expect(
      of('stage').map((x) => [x.slot.status.stage, x.slot.status.reportedSince.length]),
    ).toEqual([
      ['trilogue', 0],
      ['trilogue', 1],
      ['provisional-agreement', 0],
    ]);
    expect(starts(of('reports'))).toEqual([
      undefined,
      '2027-02-28T23:00:00.000Z',
      '2027-03-31T22:00:00.000Z',
    ]);
    expect(mergeSlots(slots, sameTrack)).toHaveLength(2);
    for (const part of ['stage', 'reports', 'flags', 'next'] as const) {
      const spans = of(part);
      expect(spans[0]?.from, part).toBeUndefined();
      expect(spans.at(-1)?.until, part).toBeUndefined();
      // Each span ends where the next begins.
      for (let i = 1; i < spans.length; i++) expect(spans[i]?.from).toBe(spans[i - 1]?.until);
    }
  });

  it('changes the flags only when the file stalls, and keeps one span for what never changes', () => {
    expect(starts(of('flags'))).toEqual([undefined, '2027-12-31T23:00:00.000Z']);
    expect(mergeSlots(slots, () => true)).toEqual([{ slot: slots[0] }]);
    expect(mergeSlots([], () => true)).toEqual([]);
  });
});
