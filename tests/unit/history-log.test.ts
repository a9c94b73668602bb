/**
 * The reader of git and the assembly of its log into recorded changes, on real throwaway
 * repositories: several files in one commit, a Change-Note trailer, a formatting-only commit, a
 * rename, a merge (first parent), a broken version, a removal; shallow clones, a copy without
 * .git, git missing, and exactly three git processes whatever the history.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readGitHistory } from '../../src/data/git-history.ts';
import {
  assembleHistory,
  buildHistory,
  instrumentIdOf,
  parseLog,
  type LogCommit,
} from '../../src/lib/history-log.ts';
import { generateCampaign, writeCampaign } from '../../scripts/quality/synthetic-content.ts';
import { writeSyntheticHistory } from '../../scripts/quality/synthetic-history.ts';
import { makeRepo, runGit, type TestRepo } from '../support/git-repo.ts';

const ZONE = 'Europe/Brussels';
const at = (iso: string): number => Date.parse(iso);

const instrument = (title: string, milestones: string, body = 'An explainer.'): string => `---
title: ${title} on fixtures
shortTitle: ${title}
kind: regulation
summary: A fixture instrument for the history reader.
milestones:
${milestones}---
${body}
`;
const milestone = (id: string, date: string, extra = ''): string => `  - id: ${id}
    date: "${date}"
    title: ${id} happens
    confidence: official
    sources:
      - url: "https://eur-lex.europa.eu/${id}"
        title: Source of ${id}
        publisher: EUR-Lex
        kind: official
${extra}`;

const ALPHA = instrument(
  'Alpha',
  milestone('proposal', '2025-01-10') + milestone('adoption', '2026-07-01'),
);
const BETA = instrument('Beta', milestone('start', '2025-03-01'));

let repo: TestRepo;
let commits: Record<string, string>;

beforeAll(() => {
  repo = makeRepo();
  commits = {};
  repo.write('content/campaign.yaml', 'name: Fixture\n');
  repo.write('content/instruments/alpha.mdx', ALPHA);
  repo.write('content/instruments/beta.mdx', BETA);
  repo.write('content/instruments/_template.mdx', instrument('Template', milestone('x', '2020')));
  repo.write('README.md', 'not content\n');
  commits['start'] = repo.commit('Start the record', '2026-01-10T09:00:00Z');

  // Two files in one commit, with a Change-Note trailer; authored a week before it was committed.
  repo.write(
    'content/instruments/alpha.mdx',
    ALPHA.replace('date: "2026-07-01"', 'date: "2026-07-02"'),
  );
  repo.write(
    'content/instruments/beta.mdx',
    BETA.replace(
      '        kind: official\n',
      '        kind: official\n      - url: "https://news.example.org/start"\n        title: Press report\n        publisher: News\n        kind: secondary\n',
    ),
  );
  commits['correct'] = repo.commit(
    'Correct the adoption date\n\nThe Council register gives 2 July.\n\nChange-Note: The Council adopted its position on 2 July, not 1 July.\nSigned-off-by: Test Editor <editor@example.org>',
    '2026-02-01T10:00:00Z',
    { authorDate: '2026-01-25T08:00:00Z' },
  );

  // Formatting only: milestones reordered, quotes dropped.
  const alpha = readFileSync(join(repo.dir, 'content/instruments/alpha.mdx'), 'utf8');
  const [head, rest] = alpha.split('milestones:\n') as [string, string];
  const [list, body] = rest.split('---\n') as [string, string];
  const [first, second] = list.split(/(?= {2}- id: adoption)/) as [string, string];
  repo.write(
    'content/instruments/alpha.mdx',
    `${head}milestones:\n${second}${first.replace(/"/g, '')}---\n${body}`,
  );
  commits['format'] = repo.commit('Reformat alpha', '2026-02-10T10:00:00Z');

  // A rename, with a change in the same commit.
  repo.git(['mv', 'content/instruments/beta.mdx', 'content/instruments/gamma.mdx']);
  repo.write(
    'content/instruments/gamma.mdx',
    readFileSync(join(repo.dir, 'content/instruments/gamma.mdx'), 'utf8').replace(
      'shortTitle: Beta',
      'shortTitle: Gamma',
    ),
  );
  commits['rename'] = repo.commit('Rename beta to gamma', '2026-02-20T10:00:00Z');

  // A branch of two commits, merged: one change to the record, dated at the merge.
  repo.git(['checkout', '-q', '-b', 'feature']);
  repo.write(
    'content/instruments/alpha.mdx',
    ALPHA.replace('date: "2026-07-01"', 'date: "2026-07-03"'),
  );
  repo.commit('Feature step 1', '2026-03-01T10:00:00Z');
  repo.write(
    'content/instruments/alpha.mdx',
    ALPHA.replace('date: "2026-07-01"', 'date: "2026-07-03"').replace(
      'title: adoption happens',
      'title: Council adopts its position',
    ),
  );
  repo.commit('Feature step 2', '2026-03-02T10:00:00Z');
  repo.git(['checkout', '-q', 'main']);
  repo.git(
    [
      'merge',
      '-q',
      '--no-ff',
      'feature',
      '-m',
      'Merge the feature\n\nChange-Note: Adoption moved to 3 July.',
    ],
    {
      env: { GIT_AUTHOR_DATE: '2026-03-05T10:00:00Z', GIT_COMMITTER_DATE: '2026-03-05T10:00:00Z' },
    },
  );
  commits['merge'] = repo.git(['rev-parse', 'HEAD']).trim();

  // A version that does not parse, then a fix with one real change.
  const merged = readFileSync(join(repo.dir, 'content/instruments/alpha.mdx'), 'utf8');
  repo.write(
    'content/instruments/alpha.mdx',
    merged.replace('kind: regulation', 'kind: [regulation'),
  );
  commits['broken'] = repo.commit('Oops', '2026-04-01T10:00:00Z');
  repo.write(
    'content/instruments/alpha.mdx',
    merged.replace('confidence: official', 'confidence: secondary'),
  );
  commits['fix'] = repo.commit('Fix, and lower a confidence', '2026-04-02T10:00:00Z');

  // Outside the instruments: no change to the record.
  repo.write('content/campaign.yaml', 'name: Fixture campaign\n');
  repo.write('README.md', 'still not content\n');
  commits['campaign'] = repo.commit('Rename the campaign', '2026-04-10T10:00:00Z');

  repo.remove('content/instruments/alpha.mdx');
  commits['remove'] = repo.commit('Remove alpha', '2026-05-01T10:00:00Z');
});

const content = (dir: string = repo.dir): string => join(dir, 'content');

describe('readGitHistory and the assembled history of a full clone', () => {
  it('reads the first-parent line of the content folder', () => {
    const read = readGitHistory(content());
    expect(read.available).toBe(true);
    expect(read.shallow).toBe(false);
    expect(read.prefix).toBe('content/');
    // Feature step 1 and 2 are inside the merge; README-only commits never appear.
    expect(read.commits.map((c) => c.hash)).toEqual(
      ['remove', 'campaign', 'fix', 'broken', 'merge', 'rename', 'format', 'correct', 'start'].map(
        (k) => commits[k],
      ),
    );
  });

  const history = (): ReturnType<typeof buildHistory> =>
    buildHistory(readGitHistory(content()), ZONE);

  it('gives one record per commit and file, newest first, dated by the committer date', () => {
    const records = history().records;
    expect(
      records.map((r) => [
        Object.keys(commits).find((k) => commits[k] === r.commit),
        r.instrumentId,
        r.idThen,
      ]),
    ).toEqual([
      ['remove', 'alpha', 'alpha'],
      ['fix', 'alpha', 'alpha'],
      ['merge', 'alpha', 'alpha'],
      ['rename', 'gamma', 'gamma'],
      ['correct', 'alpha', 'alpha'],
      ['correct', 'gamma', 'beta'],
      ['start', 'alpha', 'alpha'],
      ['start', 'gamma', 'beta'],
    ]);
    const correct = records.find((r) => r.commit === commits['correct']);
    expect(correct?.recordedAt).toBe(at('2026-02-01T10:00:00Z'));
    expect(correct?.authoredAt).toBe(at('2026-01-25T08:00:00Z'));
    expect(correct?.notes).toEqual(['The Council adopted its position on 2 July, not 1 July.']);
  });

  it('describes what each commit changed', () => {
    const records = history().records;
    const of = (key: string, id: string): string[] =>
      records
        .find((r) => r.commit === commits[key] && r.instrumentId === id)
        ?.changes.map((c) => `${c.kind}${c.milestone ? `:${c.milestone}` : ''}`) ?? [];
    expect(of('start', 'alpha')).toEqual([
      'instrument-added',
      'milestone-added:proposal',
      'milestone-added:adoption',
    ]);
    expect(of('correct', 'alpha')).toEqual(['date-changed:adoption']);
    expect(of('correct', 'gamma')).toEqual(['source-added:start']);
    expect(of('rename', 'gamma')).toEqual(['instrument-renamed', 'instrument-title-changed']);
    // The merge against its first parent: both steps of the branch, as one change.
    expect(of('merge', 'alpha')).toEqual([
      'date-changed:adoption',
      'milestone-title-changed:adoption',
    ]);
    const merge = records.find((r) => r.commit === commits['merge']);
    expect(merge?.recordedAt).toBe(at('2026-03-05T10:00:00Z'));
    expect(merge?.notes).toEqual(['Adoption moved to 3 July.']);
    // The broken version is skipped; the fix is compared with the last version that parsed.
    expect(of('fix', 'alpha')).toEqual(['confidence-changed:proposal']);
    expect(of('remove', 'alpha')).toEqual(['instrument-removed']);
  });

  it('indexes records by instrument and by milestone, and counts revisions for calendars', () => {
    const h = history();
    expect(h.status).toEqual({
      available: true,
      complete: true,
      since: at('2026-01-10T09:00:00Z'),
      commits: 9,
    });
    expect(h.byInstrument.get('gamma')?.map((r) => r.commit)).toEqual([
      commits['rename'],
      commits['correct'],
      commits['start'],
    ]);
    expect(h.byMilestone.get('gamma#start')?.map((m) => m.changes.map((c) => c.kind))).toEqual([
      ['source-added'],
      ['milestone-added'],
    ]);
    expect(h.revisions.get('gamma#start')).toEqual({
      sequence: 1,
      lastModified: at('2026-02-01T10:00:00Z'),
    });
    expect(h.revisions.get('alpha#adoption')).toEqual({
      sequence: 2,
      lastModified: at('2026-03-05T10:00:00Z'),
    });
    expect(h.revisions.has('alpha#proposal')).toBe(true);
  });
});

describe('when history is missing or partial', () => {
  const clone = (depth: number): string => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-shallow-'));
    runGit(dir, ['clone', '-q', `--depth=${depth}`, `file://${repo.dir}`, 'repo']);
    return join(dir, 'repo');
  };

  it('starts a shallow clone at its graft, which is a baseline and not an addition', () => {
    const dir = clone(3); // remove, campaign, fix: the graft is "fix"
    const read = readGitHistory(content(dir));
    expect(read.shallow).toBe(true);
    expect([...read.grafts]).toEqual([commits['fix']]);
    expect(read.graftDates).toEqual([at('2026-04-02T10:00:00Z')]);
    const h = buildHistory(read, ZONE);
    expect(h.status).toEqual({
      available: true,
      complete: false,
      since: at('2026-04-02T10:00:00Z'),
      commits: 3,
    });
    expect(h.records.map((r) => [r.commit, r.changes.map((c) => c.kind)])).toEqual([
      [commits['remove'], ['instrument-removed']],
    ]);
    // Revisions need the whole history.
    expect(h.revisions.size).toBe(0);
  });

  it('has no change at all in a clone of depth 1', () => {
    const h = buildHistory(readGitHistory(content(clone(1))), ZONE);
    expect(h.status).toMatchObject({
      available: true,
      complete: false,
      since: at('2026-05-01T10:00:00Z'),
    });
    expect(h.records).toEqual([]);
  });

  it('says a copy without .git has no history, even when GIT_DIR points at another repository', () => {
    const copy = mkdtempSync(join(tmpdir(), 'pt-nogit-'));
    cpSync(content(), join(copy, 'content'), { recursive: true });
    const saved = process.env['GIT_DIR'];
    process.env['GIT_DIR'] = join(repo.dir, '.git');
    try {
      const read = readGitHistory(join(copy, 'content'));
      expect(read.available).toBe(false);
      expect(read.reason).toMatch(/not a git repository/);
      expect(buildHistory(read, ZONE).status).toEqual({
        available: false,
        complete: false,
        reason: read.reason,
        commits: 0,
      });
    } finally {
      if (saved === undefined) delete process.env['GIT_DIR'];
      else process.env['GIT_DIR'] = saved;
    }
  });

  it('says so when git is not installed, or the repository has no commits', () => {
    const saved = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      expect(readGitHistory(content())).toMatchObject({
        available: false,
        reason: 'git is not installed',
      });
    } finally {
      process.env['PATH'] = saved;
    }
    const empty = makeRepo();
    empty.write('content/campaign.yaml', 'name: x\n');
    expect(readGitHistory(join(empty.dir, 'content'))).toMatchObject({
      available: false,
      reason: 'the repository has no commits yet',
    });
  });
});

describe('git processes', () => {
  let saved: string | undefined;
  afterEach(() => {
    if (saved !== undefined) process.env['PATH'] = saved;
    delete process.env['CALLS'];
  });

  it('runs git three times in all: rev-parse, one log, one cat-file', () => {
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const bin = mkdtempSync(join(tmpdir(), 'pt-gitlog-'));
    const calls = join(bin, 'calls.txt');
    // Logs the subcommand (the first argument that is not a -c setting), then runs git.
    const script = [
      '#!/bin/sh',
      'prev=""',
      'for a in "$@"; do',
      '  if [ "$prev" != "-c" ] && [ "$a" != "-c" ]; then echo "$a" >> "$CALLS"; break; fi',
      '  prev="$a"',
      'done',
      `exec "${real}" "$@"`,
    ];
    writeFileSync(join(bin, 'git'), `${script.join('\n')}\n`);
    process.env['CALLS'] = calls;
    chmodSync(join(bin, 'git'), 0o755);
    saved = process.env['PATH'];
    process.env['PATH'] = `${bin}:${saved ?? ''}`;
    const read = readGitHistory(content());
    expect(read.commits.length).toBe(9);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      'rev-parse',
      'log',
      'cat-file',
    ]);
  });
});

describe('assembleHistory on hand-made logs', () => {
  const blobs = new Map<string, string>([
    ['a1', ALPHA],
    ['a2', ALPHA.replace('date: "2026-07-01"', 'date: "2026-08-01"')],
  ]);
  const commit = (
    hash: string,
    parents: string[],
    entries: LogCommit['entries'],
    time: string,
  ): LogCommit => ({
    hash,
    parents,
    authoredAt: at(time),
    committedAt: at(time),
    notes: [],
    entries,
  });
  const options = (shallow: string[] = []) => ({
    prefix: 'content/',
    blob: (sha: string) => blobs.get(sha),
    shallow: new Set(shallow),
    campaignZone: ZONE,
  });
  const entry = (
    status: string,
    path: string,
    blob: { old?: string; new?: string },
    oldPath?: string,
  ) => ({
    status,
    oldMode: blob.old ? '100644' : '000000',
    newMode: blob.new ? '100644' : '000000',
    ...(blob.old ? { oldBlob: blob.old } : {}),
    ...(blob.new ? { newBlob: blob.new } : {}),
    ...(oldPath ? { oldPath } : {}),
    path,
  });

  it('treats a file moved from a template name as added, and to a template name as removed', () => {
    const log = [
      commit(
        'c3',
        ['c2'],
        [
          entry(
            'R',
            'content/instruments/_old.mdx',
            { old: 'a2', new: 'a2' },
            'content/instruments/alpha.mdx',
          ),
        ],
        '2026-03-01T00:00:00Z',
      ),
      commit(
        'c2',
        ['c1'],
        [
          entry(
            'R',
            'content/instruments/alpha.mdx',
            { old: 'a1', new: 'a2' },
            'content/instruments/_draft.mdx',
          ),
        ],
        '2026-02-01T00:00:00Z',
      ),
      commit(
        'c1',
        [],
        [entry('A', 'content/instruments/_draft.mdx', { new: 'a1' })],
        '2026-01-01T00:00:00Z',
      ),
    ];
    const { records, since } = assembleHistory(log, options());
    expect(records.map((r) => [r.commit, r.changes[0]?.kind])).toEqual([
      ['c3', 'instrument-removed'],
      ['c2', 'instrument-added'],
    ]);
    expect(since).toBe(at('2026-01-01T00:00:00Z'));
  });

  it('gives a graft commit no change, and compares later commits with it', () => {
    const log = [
      commit(
        'c2',
        ['c1'],
        [entry('M', 'content/instruments/alpha.mdx', { old: 'a1', new: 'a2' })],
        '2026-02-01T00:00:00Z',
      ),
      commit(
        'c1',
        [],
        [entry('A', 'content/instruments/alpha.mdx', { new: 'a1' })],
        '2026-01-01T00:00:00Z',
      ),
    ];
    const shallow = assembleHistory(log, options(['c1']));
    expect(shallow.baseline).toEqual([{ commit: 'c1', at: at('2026-01-01T00:00:00Z') }]);
    expect(shallow.records.map((r) => r.changes.map((c) => c.kind))).toEqual([['date-changed']]);
    // The same log from a full clone: c1 is the real start, so it is an addition.
    expect(assembleHistory(log, options()).records.map((r) => r.commit)).toEqual(['c2', 'c1']);
  });

  it('skips blobs it cannot read, and paths that are not published instruments', () => {
    expect(instrumentIdOf('content/instruments/alpha.mdx', 'content/')).toBe('alpha');
    expect(instrumentIdOf('content/instruments/_template.mdx', 'content/')).toBeUndefined();
    expect(instrumentIdOf('content/instruments/Bad Name.mdx', 'content/')).toBeUndefined();
    expect(instrumentIdOf('content/instruments/sub/x.mdx', 'content/')).toBeUndefined();
    expect(instrumentIdOf('instruments/alpha.mdx', '')).toBe('alpha');
    const log = [
      commit(
        'c1',
        [],
        [entry('A', 'content/instruments/alpha.mdx', { new: 'missing' })],
        '2026-01-01T00:00:00Z',
      ),
    ];
    expect(assembleHistory(log, options()).records).toEqual([]);
  });

  it('parses git log output with paths that hold spaces and odd characters', () => {
    const text =
      '\x1e' +
      ['a'.repeat(40), 'b'.repeat(40), '1700000000', '1700000100', 'One note\x1fTwo\n  notes'].join(
        '\0',
      ) +
      '\0\0\n:100644 100644 ' +
      `${'1'.repeat(40)} ${'2'.repeat(40)} M\0content/instruments/a b:c.mdx\0` +
      `:100644 100644 ${'3'.repeat(40)} ${'3'.repeat(40)} R100\0old name.mdx\0new\tname.mdx\0`;
    expect(parseLog(text)).toEqual([
      {
        hash: 'a'.repeat(40),
        parents: ['b'.repeat(40)],
        authoredAt: 1_700_000_000_000,
        committedAt: 1_700_000_100_000,
        notes: ['One note', 'Two notes'],
        entries: [
          {
            status: 'M',
            oldMode: '100644',
            newMode: '100644',
            oldBlob: '1'.repeat(40),
            newBlob: '2'.repeat(40),
            path: 'content/instruments/a b:c.mdx',
          },
          {
            status: 'R',
            oldMode: '100644',
            newMode: '100644',
            oldBlob: '3'.repeat(40),
            newBlob: '3'.repeat(40),
            oldPath: 'old name.mdx',
            path: 'new\tname.mdx',
          },
        ],
      },
    ]);
  });
});

describe('the synthetic history of the benchmark', () => {
  it('leads up to the generated campaign in one fast-import, with every kind of edit', () => {
    const work = mkdtempSync(join(tmpdir(), 'pt-synthetic-'));
    const campaign = generateCampaign(60);
    writeCampaign(join(work, 'content'), campaign);
    const written = writeSyntheticHistory(work, campaign);
    expect(written.commits).toBe(36);
    expect(Object.values(written.kinds).every((n) => n > 0)).toBe(true);
    // The history's last state is the working tree, byte for byte.
    runGit(work, ['read-tree', 'HEAD']);
    expect(runGit(work, ['status', '--porcelain'])).toBe('');
    const h = buildHistory(readGitHistory(join(work, 'content')), ZONE);
    expect(h.status).toMatchObject({ available: true, complete: true, commits: 36 });
    const kinds = new Set(h.records.flatMap((r) => r.changes.map((c) => c.kind)));
    for (const kind of [
      'instrument-added',
      'milestone-added',
      'date-changed',
      'confidence-changed',
    ])
      expect(kinds).toContain(kind);
    expect(h.records.some((r) => r.notes.length > 0)).toBe(true);
  });
});
