/**
 * The sites the `site` tests run against: one build per distinct content and "now", made once by
 * the global set-up (tests/site/global-setup.ts) and shared by every file that needs it. A test
 * file names the site it reads (`builtSite('countdown')`, or the `site` fixture in fixtures.ts).
 *
 * To add one: add an entry here; the set-up builds it with the others (two at a time).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface SiteDefinition {
  /** What it is for (printed with its build time, and when its build fails). */
  readonly about: string;
  /** The content folder it is built from, relative to the project. */
  readonly content: string;
  /** Changes made to a copy of that content before the build. */
  readonly edit?: (contentDir: string) => void;
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
} as const satisfies Record<string, SiteDefinition>;

export type SiteName = keyof typeof SITES;

export interface BuiltSite {
  readonly name: SiteName;
  /** The built site. */
  readonly dist: string;
  /** The content folder it was built from (a copy, when the definition edits it). */
  readonly content: string;
  readonly now: string | undefined;
  /** A file with what the build printed. */
  readonly log: string;
  /** Whether an earlier build was reused (PT_REUSE_DIST=1). */
  readonly reused: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<SiteName, BuiltSite>;
  }
}

/** A site the global set-up built. */
export function builtSite(name: SiteName = 'main'): BuiltSite {
  return inject('sites')[name];
}
