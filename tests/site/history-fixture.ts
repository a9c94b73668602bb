/**
 * The history fixture repository: a copy of tests/fixtures/history committed step by step, with
 * fixed author and committer dates (one commit per kind of change, one with a Change-Note
 * trailer, one that changes only formatting, one that changes two files). tests/site/sites.ts
 * builds it three ways (the repository, a shallow clone, a copy without .git);
 * tests/site/history.test.ts says what each build must hold, change by change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo } from '../support/git-repo.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'history');
/** The builds' "now". */
export const HISTORY_NOW = '2026-11-29T12:00:00Z';
export const G = 'content/instruments/gamma-regulation.mdx';
export const D = 'content/instruments/delta-directive.mdx';
/** The date of the first commit ("start"), which adds both instruments. */
export const START_DATE = '2026-01-05T10:00:00Z';

// The final content is the fixture; each step says what it changed.

export interface Step {
  readonly key: string;
  readonly date: string;
  readonly authorDate?: string;
  readonly message: string;
  /** Forward edits: in `file`, `from` (before the step) becomes `to` (after it). */
  readonly edits: readonly { file: string; from: string; to: string }[];
}

const TRILOGUE = `  - id: trilogue
    date: "2026-09-15"
    title: First trilogue
    stage: trilogue
    confidence: secondary
    sources:
      - url: "https://news.example.org/gamma-trilogue"
        title: Trilogue report
        publisher: News
        kind: secondary
`;
const RUMOUR = `  - id: rumoured-vote
    date: "2026-03"
    title: Parliament votes, says a rumour
    confidence: unverified
    sources:
      - title: A rumour
        publisher: Someone
        kind: secondary
`;
const CORRECTION = `    correction:
      claim: The Council adopted its position on 1 July.
      source:
        title: Campaign article
        publisher: Fixture Organisation
        kind: campaign
      correct: It adopted it on 2 July, as its press release says.
`;
export const CHANGE_NOTE =
  'The Council adopted its position on 2 July; a newsletter had said 1 July.';

const WRAPPED = 'detection,\nwhose   record';
const ONE_LINE = 'detection, whose record';
/**
 * The gamma file with its last two milestones (`first`, then `second`) swapped, its dates quoted
 * with `quote`, and `from` in its body replaced by `to`.
 */
function restyle(
  text: string,
  [first, second]: readonly [string, string],
  quote: string,
  [from, to]: readonly [string, string],
): string {
  const a = new RegExp(`( {2}- id: ${first}\\n[\\s\\S]*?)(?= {2}- id: ${second}\\n)`).exec(
    text,
  )?.[1];
  const b = new RegExp(`( {2}- id: ${second}\\n[\\s\\S]*?)(?=---\\n)`).exec(text)?.[1];
  if (!a || !b) throw new Error('the gamma fixture has changed');
  return text
    .replace(a + b, b + a)
    .replace(/date: ['"]([\d-]+)['"]/g, `date: ${quote}$1${quote}`)
    .replace(from, to);
}
/** Before the formatting step: double quotes, the two deadlines the other way round, the body wrapped. */
const unformat = (text: string): string =>
  restyle(text, ['report-deadline', 'application-deadline'], '"', [ONE_LINE, WRAPPED]);
/** The formatting step: single quotes, the deadlines back in order, the body's sentence on one line. */
const reformat = (text: string): string =>
  restyle(text, ['application-deadline', 'report-deadline'], "'", [WRAPPED, ONE_LINE]);

export const STEPS: readonly Step[] = [
  {
    key: 'date',
    date: '2026-07-03T09:00:00Z',
    message: `Correct the date of the Council's position\n\nChange-Note: ${CHANGE_NOTE}`,
    edits: [
      {
        file: G,
        from: '    date: "2026-07-01"\n    title: Council adopts',
        to: '    date: "2026-07-02"\n    title: Council adopts',
      },
    ],
  },
  {
    key: 'confidence',
    date: '2026-07-10T09:00:00Z',
    message: "Confirm the Council's position from its press release",
    edits: [
      {
        file: G,
        from: '    confidence: unverified\n    sources:\n      - title: Newsletter',
        to: '    confidence: official\n    sources:\n      - url: "https://www.consilium.europa.eu/gamma"\n        title: Council press release\n        publisher: Council of the EU\n        kind: official\n      - title: Newsletter',
      },
    ],
  },
  {
    key: 'added',
    date: '2026-09-20T09:00:00Z',
    message: 'Add the first trilogue',
    edits: [
      {
        file: G,
        from: `${RUMOUR}  - id: application`,
        to: `${RUMOUR}${TRILOGUE}  - id: application`,
      },
    ],
  },
  {
    key: 'removed',
    date: '2026-09-25T09:00:00Z',
    message: 'Remove a rumour that never happened',
    edits: [{ file: G, from: `${RUMOUR}${TRILOGUE}`, to: TRILOGUE }],
  },
  {
    key: 'correction',
    date: '2026-10-02T09:00:00Z',
    message: "Correct the campaign's own article",
    edits: [
      {
        file: G,
        from: `        note: Not online.\n${TRILOGUE}`,
        to: `        note: Not online.\n${CORRECTION}${TRILOGUE}`,
      },
    ],
  },
  {
    key: 'outcome',
    date: '2026-10-05T09:00:00Z',
    message: 'The report did not come',
    edits: [
      {
        file: G,
        from: '    title: Commission report due\n    deadline: {}',
        to: '    title: Commission report due\n    deadline: { outcome: missed }',
      },
    ],
  },
  {
    key: 'two-files',
    date: '2026-10-20T09:00:00Z',
    message: 'Summary and procedure of gamma; the delta explainer',
    edits: [
      {
        file: G,
        from: 'summary: A fixture regulation.',
        to: 'summary: A fixture regulation whose record is corrected over time.',
      },
      {
        file: G,
        from: '  com: "COM(2025) 12 final"\n',
        to: '  com: "COM(2025) 12 final"\n  procedure: "2025/0012(COD)"\n',
      },
      {
        file: D,
        from: 'A fixture directive on victims.\n',
        to: 'A fixture directive on victims. Its explainer was revised once.\n',
      },
    ],
  },
  { key: 'format', date: '2026-11-02T09:00:00Z', message: 'Reformat the gamma file', edits: [] },
  {
    key: 'time',
    date: '2026-11-15T09:00:00Z',
    authorDate: '2026-11-12T16:00:00Z',
    message: 'Set the time of the application deadline',
    edits: [
      {
        file: G,
        from: "    date: '2027-04-03'\n    title: Rules apply",
        to: '    date: \'2027-04-03\'\n    time: "17:00"\n    title: Rules apply',
      },
    ],
  },
];

const replaceOnce = (text: string, from: string, to: string, where: string): string => {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`fixture edit did not apply (${where}): ${from.slice(0, 60)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
};

/** Builds the repository (in `dir`, or a new temporary folder); returns the commit of each step (and "start"). */
export function makeFixtureRepo(dir?: string): { dir: string; commits: Record<string, string> } {
  const repo = makeRepo(dir);
  const final: Record<string, string> = {
    'content/campaign.yaml': readFileSync(join(FIXTURE, 'campaign.yaml'), 'utf8'),
    [G]: readFileSync(join(FIXTURE, 'instruments/gamma-regulation.mdx'), 'utf8'),
    [D]: readFileSync(join(FIXTURE, 'instruments/delta-directive.mdx'), 'utf8'),
  };
  // Walk back from the final content to the first version, undoing each step.
  const states: Record<string, string>[] = [final];
  for (const step of [...STEPS].reverse()) {
    const after = states[0] as Record<string, string>;
    const before = { ...after };
    if (step.key === 'format') before[G] = unformat(after[G] ?? '');
    for (const e of [...step.edits].reverse())
      before[e.file] = replaceOnce(before[e.file] ?? '', e.to, e.from, `undo ${step.key}`);
    states.unshift(before);
  }
  const commits: Record<string, string> = {};
  const writeAll = (files: Record<string, string>): void => {
    for (const [path, text] of Object.entries(files)) repo.write(path, text);
  };
  writeAll(states[0] as Record<string, string>);
  repo.write(
    'content/instruments/_template.mdx',
    readFileSync(join(ROOT, 'tests/fixtures/valid/instruments/_template.mdx'), 'utf8'),
  );
  repo.write('README.md', 'A fixture repository.\n');
  commits['start'] = repo.commit('Start the record', START_DATE);
  STEPS.forEach((step, i) => {
    const state = states[i + 1] as Record<string, string>;
    // Replaying forward must give the same text as walking back did.
    const previous = states[i] as Record<string, string>;
    const replayed = { ...previous };
    if (step.key === 'format') replayed[G] = reformat(previous[G] ?? '');
    for (const e of step.edits)
      replayed[e.file] = replaceOnce(replayed[e.file] ?? '', e.from, e.to, step.key);
    if (JSON.stringify(replayed) !== JSON.stringify(state))
      throw new Error(`step ${step.key} does not replay`);
    writeAll(state);
    commits[step.key] = repo.commit(
      step.message,
      step.date,
      step.authorDate ? { authorDate: step.authorDate } : {},
    );
  });
  // The last commit holds exactly the fixture.
  for (const [path, text] of Object.entries(final))
    if (readFileSync(join(repo.dir, path), 'utf8') !== text)
      throw new Error(`the history fixture's last commit does not hold ${path} as in the fixture`);
  return { dir: repo.dir, commits };
}
