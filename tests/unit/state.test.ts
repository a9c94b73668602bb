import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGISLATIVE_STAGES, TERMINAL_STAGES } from '../../src/lib/schema.ts';
import { STATES, stageState, statusState } from '../../src/lib/state.ts';
import { deriveStatus, type TimedMilestone } from '../../src/lib/status.ts';

const ZONE = 'Europe/Brussels';
const m = (id: string, date: string, extra: Partial<TimedMilestone> = {}): TimedMilestone => ({
  id,
  date,
  confidence: 'official',
  ...extra,
});

describe('the state a stage shows', () => {
  it.each([
    ['proposed', 'open'],
    ['trilogue', 'open'],
    ['council-first-reading', 'open'],
    ['adopted', 'done'],
    ['applies', 'done'],
    ['in-implementation', 'done'],
    ['reviewed', 'done'],
    ...TERMINAL_STAGES.map((end) => [end, 'ended'] as const),
  ] as const)(
    'is open before the act exists, done from adoption on, ended off the path: %s is %s',
    (stage, state) => {
      expect(stageState(stage)).toBe(state);
    },
  );

  it('agrees with the status: a legislative file whose last stage is done is finished', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    for (const stage of [...LEGISLATIVE_STAGES, ...TERMINAL_STAGES]) {
      const status = deriveStatus([m('x', '2020-01-01', { stage })], 'legislative', now, ZONE);
      expect(stageState(stage) !== 'open', stage).toBe(status.finished);
    }
  });
});

describe('the state of a status', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('is open for a file in negotiation, stalled once quiet for nine months', () => {
    const moving = [m('p', '2026-06-01', { stage: 'proposed' })];
    expect(statusState(deriveStatus(moving, 'legislative', now, ZONE))).toBe('open');
    const quiet = [m('p', '2025-01-01', { stage: 'proposed' })];
    expect(statusState(deriveStatus(quiet, 'legislative', now, ZONE))).toBe('stalled');
  });

  it('is done for an act that applies, ended for one that expired', () => {
    const applies = [m('a', '2024-01-01', { stage: 'applies' })];
    expect(statusState(deriveStatus(applies, 'legislative', now, ZONE))).toBe('done');
    const expired = [...applies, m('e', '2026-04-03', { stage: 'expired' })];
    expect(statusState(deriveStatus(expired, 'legislative', now, ZONE))).toBe('ended');
  });

  it('is ended when the act it extends has ended, though its own stage says in force', () => {
    const base = [
      m('a', '2021-08-02', { stage: 'applies' }),
      m('e', '2026-04-03', { stage: 'expired' }),
    ];
    const extension = [m('f', '2024-05-15', { stage: 'in-force' })];
    const status = deriveStatus(extension, 'legislative', now, ZONE, {
      dependsOn: [
        { instrumentId: 'base', relation: 'extends', milestones: base, track: 'legislative' },
      ],
    });
    expect(status.stage).toBe('in-force');
    expect(statusState(status)).toBe('ended');
  });

  it('never follows a report: an unconfirmed adoption leaves the file open', () => {
    const file = [
      m('p', '2026-06-01', { stage: 'proposed' }),
      m('r', '2026-07-24', {
        stage: 'adopted',
        confidence: 'unverified',
        sources: [{ kind: 'secondary' }],
      }),
    ];
    const status = deriveStatus(file, 'legislative', now, ZONE);
    expect(status.reportedSince).toHaveLength(1);
    expect(statusState(status)).toBe('open');
  });
});

describe('the status stylesheet', () => {
  const css = readFileSync(join(import.meta.dirname, '../../src/styles/status.css'), 'utf8');

  it('gives every state a colour, a background and a symbol, in light and dark', () => {
    for (const state of STATES) {
      const rule = new RegExp(`\\.state--${state},[^{]*\\{[^}]*--state-symbol: '[^']+'`);
      expect(css, state).toMatch(rule);
      // One light-dark() pair: the page's color-scheme picks light or dark (the reader's system,
      // print, or the theme a widget was asked for).
      expect(
        css.match(new RegExp(`--state-${state}: light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\);`, 'g'))
          ?.length,
        state,
      ).toBe(1);
      expect(css, state).toContain(`--state-${state}-bg:`);
    }
  });
});
