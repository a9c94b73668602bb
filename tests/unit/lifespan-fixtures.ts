/**
 * Hand-made instruments for the lifespan chart's tests, in the shape of Project Beacon's: the
 * Interim Regulation, its first extension (which lived inside it), the second extension with
 * the reported Regulation (EU) 2026/1881 recorded as unverified milestones carrying stages (as
 * the content update of December 2026 records it), the CSA Regulation meant to replace them,
 * a strategy and the DSA.
 */
import type { LifespanInstrumentInput, LifespanMilestoneInput } from '../../src/lib/lifespan.ts';

export const ZONE = 'Europe/Brussels';
/** The build's now in these tests. */
export const NOW = new Date('2026-12-01T12:00:00Z');

export const m = (
  id: string,
  date: string,
  extra: Partial<LifespanMilestoneInput> = {},
): LifespanMilestoneInput => ({
  id,
  date,
  title: `Title of ${id}`,
  confidence: 'official',
  ...extra,
});

export const instrument = (
  id: string,
  milestones: LifespanMilestoneInput[],
  extra: Partial<LifespanInstrumentInput> = {},
): LifespanInstrumentInput => ({
  id,
  shortTitle: id,
  kind: 'regulation',
  related: [],
  milestones,
  ...extra,
});

export const interim = instrument(
  'interim',
  [
    m('proposal', '2020-09-10', { stage: 'proposed' }),
    m('council-mandate', '2020-10-28', { stage: 'council-mandate', confidence: 'secondary' }),
    m('adopted', '2021-07-12', { stage: 'adopted' }),
    m('published', '2021-07-30', { stage: 'published' }),
    m('in-force', '2021-08-02', { stage: 'in-force', confidence: 'derived' }),
    m('original-end', '2024-08-03', {
      deadline: { outcome: 'extended', supersededBy: 'interim#end' },
    }),
    m('end', '2026-04-03', { stage: 'expired', deadline: { outcome: 'lapsed' } }),
  ],
  { shortTitle: 'Interim Regulation' },
);

export const ext1 = instrument(
  'ext1',
  [
    m('proposal', '2023-11-30', { stage: 'proposed' }),
    m('committee-vote', '2024-01', { stage: 'committee' }),
    m('adopted', '2024-04-29', { stage: 'adopted' }),
    m('signed', '2024-04-29', { stage: 'signed' }),
    m('in-force', '2024-05-15', { stage: 'in-force' }),
    m('report-deadline', '2025-09-04', { deadline: {} }),
  ],
  {
    shortTitle: 'First extension',
    related: [{ instrument: 'interim', relation: 'extends' }],
  },
);

/** The reported successor: unverified milestones with the stages they would mean. */
export const reportedSuccessor: LifespanMilestoneInput[] = [
  m('reported-adoption', '2026-07-24', { stage: 'adopted', confidence: 'unverified' }),
  m('reported-publication', '2026-07-28', { stage: 'published', confidence: 'unverified' }),
  m('reported-in-force', '2026-07-31', { stage: 'in-force', confidence: 'unverified' }),
  m('reported-end', '2028-04-03', {
    stage: 'expired',
    deadline: {},
    confidence: 'unverified',
  }),
];

export const ext2 = (successor: LifespanMilestoneInput[] = reportedSuccessor) =>
  instrument(
    'ext2',
    [
      m('proposal', '2025-12-19', { stage: 'proposed', confidence: 'disputed' }),
      m('trilogue-failure', '2026-03', { stage: 'trilogue', confidence: 'secondary' }),
      m('ep-rejection', '2026-03-26', { stage: 'rejected', confidence: 'disputed' }),
      m('council-first-reading', '2026-07-02', { stage: 'council-first-reading' }),
      m('ep-second-reading', '2026-07-09'),
      ...successor,
    ],
    {
      kind: 'proposal',
      shortTitle: 'Second extension',
      related: [
        { instrument: 'interim', relation: 'extends' },
        { instrument: 'ext1', relation: 'follows' },
        { instrument: 'csa', relation: 'see-also' },
      ],
    },
  );

export const csa = instrument(
  'csa',
  [
    m('proposal', '2022-05-11', { stage: 'proposed' }),
    m('trilogues-continue', '2026', { confidence: 'secondary' }),
    m('first-trilogue', '2025-12-09', { stage: 'trilogue' }),
    m('reported-sixth-trilogue', '2026-09-29', { confidence: 'unverified' }),
  ],
  {
    kind: 'proposal',
    shortTitle: 'CSA Regulation',
    related: [
      { instrument: 'interim', relation: 'replaces' },
      { instrument: 'strategy', relation: 'implements' },
    ],
  },
);

export const strategy = instrument('strategy', [m('adopted', '2020-07-24', { stage: 'adopted' })], {
  kind: 'strategy',
  shortTitle: 'EU Strategy 2020',
});

export const dsa = instrument(
  'dsa',
  [
    m('proposal', '2020-12-15', { stage: 'proposed' }),
    m('adopted', '2022-10-04', { stage: 'adopted', confidence: 'secondary' }),
    m('in-force', '2022-11-16', { stage: 'in-force', confidence: 'derived' }),
    m('applies', '2024-02-17', { stage: 'applies', deadline: {} }),
  ],
  { shortTitle: 'Digital Services Act', related: [{ instrument: 'csa', relation: 'see-also' }] },
);

/** Project Beacon's shape, in the order files are read (not the chart's order). */
export const beaconLike = (successor?: LifespanMilestoneInput[]): LifespanInstrumentInput[] => [
  dsa,
  csa,
  ext2(successor),
  interim,
  ext1,
  strategy,
];
