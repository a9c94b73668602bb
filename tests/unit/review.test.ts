/**
 * The review queue on a fixture campaign with one case of each kind (tests/fixtures/review/),
 * a clean one that lists nothing (tests/fixtures/review-clean/), and `npm run review` itself.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-files.ts';
import { reviewSummaryLine } from '../../src/integrations/review-report.ts';
import {
  isFirstPartyOfficial,
  REVIEW_KINDS,
  reviewContent,
  type ReviewReport,
} from '../../src/lib/review.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { FIXTURES } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DAY = '2026-12-01';

function review(folder: string, date = DAY): ReviewReport {
  const { files, contentDir } = readContentFiles(join(FIXTURES, folder), ROOT);
  const result = validateContent(files, contentDir);
  expect(result.problems).toEqual([]);
  return reviewContent(result, files, date);
}

/** The line of a file on which `text` is written (1-based). */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in ${file}`);
  return index + 1;
}

describe('the review queue on a campaign with one case of each kind', () => {
  const report = review('review');
  const dir = 'tests/fixtures/review';
  /** The item of `kind` expected for a milestone of an instrument fixture, on the line holding `text`. */
  const item = (kind: string, milestone: string, text: string, more: object) => {
    const file = `${dir}/instruments/${milestone.split('#')[0]}.mdx`;
    return { kind, file, line: lineOf(file, text), milestone, ...more };
  };
  const campaignFile = `${dir}/campaign.yaml`;
  const expected = [
    item('deadline-past-due', 'overdue-act#report-deadline', 'deadline: {}', { days: 154 }),
    item('scheduled-passed', 'scheduled-act#hearing', 'id: hearing', { days: 47 }),
    item('old-report', 'reported-act#reported-amendment', 'confidence: unverified', { days: 122 }),
    item('quiet-file', 'quiet-proposal#proposal', 'id: proposal', { days: 685 }),
    {
      kind: 'stale-review',
      file: campaignFile,
      line: lineOf(campaignFile, 'reviewedAt: '),
      field: 'reviewedAt',
      days: 61,
    },
    item('source-without-url', 'unlinked-source#adopted', 'A newspaper report', {
      field: 'milestones[0].sources[1]',
    }),
    item('official-copy-only', 'copied-official#adopted', 'url: "https://ieu-monitoring.com', {
      detail: 'ieu-monitoring.com',
    }),
  ];

  it('lists exactly one item of each kind, in the order of the kinds, with file, line and milestone', () => {
    expect(report.items.map((i) => i.kind)).toEqual([...REVIEW_KINDS]);
    expected.forEach((e, i) => expect(report.items[i]).toMatchObject(e));
    for (const kind of REVIEW_KINDS) expect(report.counts[kind], kind).toBe(1);
  });

  it('says it in one line for the build', () => {
    expect(reviewSummaryLine(report)).toBe(
      'Review queue for 2026-12-01: 7 items to check (1 past due, 1 scheduled step passed, 1 old report, 1 quiet file, 1 stale review, 1 source without URL, 1 official on a copy only); run npm run review for the list.',
    );
  });

  it('depends on the day reviewed, not the clock', () => {
    // On 1 October 2026 the hearing was still ahead and the review fresh; the report of 1 August
    // was 61 days old (sources do not depend on the day).
    const earlier = review('review', '2026-10-01');
    expect(earlier.items.map((i) => i.kind)).toEqual([
      'deadline-past-due',
      'old-report',
      'quiet-file',
      'source-without-url',
      'official-copy-only',
    ]);
    expect(earlier.items.find((i) => i.kind === 'old-report')?.days).toBe(61);
    // On 30 September it was 60 days old: not yet "older than 60 days".
    expect(review('review', '2026-09-30').items.map((i) => i.kind)).not.toContain('old-report');
  });
});

describe('the review queue on a campaign that needs nothing checked', () => {
  it('lists nothing on the day, with every case just inside its limit', () => {
    const report = review('review-clean');
    expect(report.items).toEqual([]);
    expect(reviewSummaryLine(report)).toBe('Review queue for 2026-12-01: nothing to check.');
  });

  it('lists the cases one day later, as each limit is crossed', () => {
    expect(review('review-clean', '2026-12-02').items.map((i) => i.kind)).toEqual([
      'deadline-past-due', // due at the end of 1 December
      'old-report', // 2 October, 61 days before
      'quiet-file', // 2 March + 9 months
      'stale-review', // 1 November, 31 days before
    ]);
    expect(review('review-clean', '2026-12-03').items.map((i) => i.kind)).toEqual([
      'deadline-past-due',
      'scheduled-passed', // the hearing of 2 December, after the last check
      'old-report',
      'quiet-file',
      'stale-review',
    ]);
  });
});

describe('first-party official sources', () => {
  it('are the institutions’ own sites; republishers and repositories are copies', () => {
    const official = (url: string): boolean => isFirstPartyOfficial({ kind: 'official', url });
    expect(official('https://eur-lex.europa.eu/eli/reg/2021/1232/oj')).toBe(true);
    expect(official('https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file')).toBe(true);
    expect(official('http://data.europa.eu/eli/reg/2021/1232/oj')).toBe(true);
    expect(official('https://www.uke.gov.pl/en/')).toBe(true);
    expect(official('https://ieu-monitoring.com/editorial/x')).toBe(false);
    expect(official('https://github.com/someone/copy/blob/x/ep.json')).toBe(false);
    expect(official('https://europa.eu.example.com/fake')).toBe(false);
    expect(isFirstPartyOfficial({ kind: 'secondary', url: 'https://eur-lex.europa.eu/x' })).toBe(
      false,
    );
  });
});

// These start Node itself, which takes seconds on a busy machine.
describe('npm run review', { timeout: 60_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/review.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, POLICY_TIMELINE_NOW: '2026-12-01T09:00:00Z' },
    });

  it('prints the queue for today by default and exits 0 though it lists items', () => {
    const out = run('tests/fixtures/review');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Review queue for 2026-12-01 \(tests\/fixtures\/review\/, /);
    expect(out.stdout).toContain(
      'tests/fixtures/review/instruments/overdue-act.mdx:20  overdue-act#report-deadline  fell due 2026-06-30, 154 days ago; no outcome',
    );
    expect(out.stdout).toContain('Scheduled milestones whose day has passed (1)');
  });

  it('gives the same list as JSON for tools, for the day asked', () => {
    const out = run('--json', '--date', '2026-12-02', 'tests/fixtures/review-clean');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as {
      date: string;
      count: number;
      items: { kind: string; file: string; line: number; milestone?: string; message: string }[];
    };
    expect(json.date).toBe('2026-12-02');
    expect(json.count).toBe(4);
    expect(json.items[0]).toMatchObject({
      kind: 'deadline-past-due',
      file: 'tests/fixtures/review-clean/instruments/clean-act.mdx',
      milestone: 'clean-act#next-deadline',
      message: 'fell due 2026-12-01, 1 day ago; no outcome',
    });
  });

  it('refuses a date that is not a day, with exit code 2', () => {
    const out = run('--date', '2026-02-30');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/--date needs a real day/);
  });
});
