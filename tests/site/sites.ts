/**
 * The sites the `site` tests run against: one build per distinct content and "now", made once by
 * the global set-up (tests/site/global-setup.ts) and shared by every file that needs it. A test
 * file names the site it reads (`builtSite('countdown')`, or the `site` fixture in fixtures.ts).
 *
 * To add one: add an entry here; the set-up builds it with the others (one at a time).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { makeRepo, runGit } from '../support/git-repo.ts';
import { applyEditorEdits, EDITOR_NOW, writeContentBeforeEditing } from './editor-fixture.ts';
import { HISTORY_NOW, makeFixtureRepo } from './history-fixture.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface SiteDefinition {
  /** What it is for (printed with its build time, and when its build fails). */
  readonly about: string;
  /** The content folder it is built from, relative to the project. */
  readonly content: string;
  /** Changes made to a copy of that content before the build. */
  readonly edit?: (contentDir: string) => void;
  /**
   * Makes the content folder itself, when a copy is not enough (a git repository with a history,
   * a shallow clone): in `scratch`, an empty temporary folder outside the project (so git finds
   * no repository but the one made there), removed after the tests. It runs before every test
   * run, also when PT_REUSE_DIST reuses the build; what it returns in `meta` (JSON) reaches the
   * tests as `builtSite(name).meta`.
   */
  readonly prepare?: (scratch: string) => {
    readonly content: string;
    readonly meta?: Readonly<Record<string, string>>;
  };
  /** The build's "now" (POLICY_TIMELINE_NOW); without it, the real clock. */
  readonly now?: string;
  /** More environment for the build. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Replaces text in a content file of a copied content folder, and fails loudly if it did not apply. */
export function editFile(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
}

/** Noon in Brussels on a day with a scheduled step of its own, an unconfirmed report and steps to come. */
export const PINNED_NOW = '2026-06-29T10:00:00Z';

/**
 * A site of the history fixture: its repository is made in `scratch/repo` (history-fixture.ts),
 * and `from` says which content folder the build reads.
 */
function historySite(
  about: string,
  from: (
    repo: ReturnType<typeof makeFixtureRepo>,
    scratch: string,
  ) => ReturnType<NonNullable<SiteDefinition['prepare']>>,
): SiteDefinition & { readonly now: string } {
  return {
    about,
    content: 'tests/fixtures/history',
    now: HISTORY_NOW,
    prepare: (scratch) => from(makeFixtureRepo(mkdir(join(scratch, 'repo'))), scratch),
  };
}

export const SITES = {
  main: {
    about: 'the real content on the real clock: what `npm run build` makes, in dist/',
    content: 'content',
  },
  pinned: {
    about: 'the real content on a pinned day: calendars and the feed',
    content: 'content',
    now: PINNED_NOW,
  },
  paged: {
    about:
      'the real content on the same pinned day, above a page limit of 40: /timeline/ by year; its calendars, feed and data must be the bytes of "pinned"',
    content: 'content',
    now: PINNED_NOW,
    env: { POLICY_TIMELINE_PAGE_LIMIT: '40' },
  },
  edited: {
    about:
      'the real content edited (an instrument and a milestone removed, one inserted), built a year before the reader',
    content: 'content',
    now: '2025-11-29T12:00:00Z',
    edit: (dir) => {
      rmSync(join(dir, 'instruments', 'csa-directive-recast.mdx'));
      editFile(
        dir,
        'instruments/dsa.mdx',
        /\n {2}- id: proposal\n[\s\S]*?(?=\n {2}- id: council-mandate\n)/,
        '',
      );
      editFile(
        dir,
        'instruments/csa-regulation.mdx',
        'milestones:\n  - id: proposal',
        [
          'milestones:',
          '  - id: inserted-for-a-test',
          '    date: "2021-01-05"',
          '    title: "A milestone inserted before all the others"',
          '    sources:',
          '      - url: "https://example.org/test"',
          '        title: "Test source"',
          '        publisher: "Test"',
          '        kind: secondary',
          '    confidence: secondary',
          '  - id: proposal',
        ].join('\n'),
      );
    },
  },
  countdown: {
    about: 'the countdown fixture campaign (tests/fixtures/countdown), built on 15 January 2027',
    content: 'tests/fixtures/countdown',
    now: '2027-01-15T12:00:00Z',
  },
  reported: {
    about:
      'reported developments after the last confirmed stage (tests/fixtures/reported; its campaign.yaml says what is in it), on 1 March 2027',
    content: 'tests/fixtures/reported',
    now: '2027-03-01T12:00:00Z',
  },
  front: {
    about:
      'the home page fixture (tests/fixtures/front): files with known activity, built on 1 December 2026 at 10:00 UTC',
    content: 'tests/fixtures/front',
    now: '2026-12-01T10:00:00Z',
  },
  editor: {
    about:
      'the real content with the web editor set up, as the editor test saves it (tests/site/editor-fixture.ts), in a repository of its own',
    content: 'content',
    now: EDITOR_NOW,
    prepare: (scratch) => {
      // The editor's paths are relative to the content's repository: give it one.
      const repo = join(scratch, 'repo');
      mkdirSync(repo);
      const content = writeContentBeforeEditing(repo);
      applyEditorEdits(repo);
      makeRepo(repo).commit('Content as the editor test saves it', '2026-11-30T11:00:00Z');
      return { content };
    },
  },
  history: historySite(
    'the history fixture (tests/fixtures/history) committed step by step in a repository (tests/site/history-fixture.ts)',
    (repo) => ({ content: join(repo.dir, 'content'), meta: repo.commits }),
  ),
  'history-paged': {
    ...historySite(
      'the history fixture repository above a changes page limit of 6 records: /changes/ shows the newest months, every month has its page; and above a limit of 1 instrument listed on the pages of one',
      (repo) => ({ content: join(repo.dir, 'content') }),
    ),
    env: { POLICY_TIMELINE_CHANGES_LIMIT: '6', POLICY_TIMELINE_INSTRUMENT_LINKS_LIMIT: '1' },
  },
  'history-shallow': historySite(
    'the history fixture repository as a shallow clone (git clone --depth 1)',
    (repo, scratch) => {
      runGit(scratch, ['clone', '-q', '--depth', '1', `file://${repo.dir}`, 'shallow']);
      return { content: join(scratch, 'shallow', 'content') };
    },
  ),
  'history-copy': historySite(
    'the history fixture repository’s content copied without .git',
    (repo, scratch) => {
      cpSync(join(repo.dir, 'content'), join(scratch, 'copy', 'content'), { recursive: true });
      return { content: join(scratch, 'copy', 'content') };
    },
  ),
} as const satisfies Record<string, SiteDefinition>;

function mkdir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

export type SiteName = keyof typeof SITES;

export interface BuiltSite {
  readonly name: SiteName;
  /** The built site. */
  readonly dist: string;
  /** The content folder it was built from (a copy, when the definition edits or prepares it). */
  readonly content: string;
  /** What the definition's `prepare` returned as `meta` (the history fixture's commits). */
  readonly meta: Readonly<Record<string, string>>;
  readonly now: string | undefined;
  /** A file with what the build printed. */
  readonly log: string;
  /** Whether an earlier run's build was reused (PT_REUSE_DIST=1; not the builds `npm test` made first). */
  readonly reused: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<SiteName, BuiltSite>;
  }
}

/**
 * The environment for the project's own tools run from a test (a build, the dev server, the
 * benchmark): the tests' own, without Vitest's variables. NODE_ENV=test makes a build a
 * development build (import.meta.env.DEV: the search page would speak of the dev server) and the
 * dev server answer 404 to every page.
 */
export function toolEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST'),
    ),
  );
}

/** A site the global set-up built. */
export function builtSite(name: SiteName = 'main'): BuiltSite {
  return inject('sites')[name];
}
