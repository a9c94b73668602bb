/**
 * Pagefind reads only the pages that can be indexed (src/integrations/pagefind.ts,
 * INDEXED_PAGES): a page marked for search anywhere else would silently be left out of the
 * index, so no other source file may use the mark.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INDEXED_PAGES,
  INDEXED_PAGES_SOURCE,
  indexedPagesGlob,
} from '../../src/integrations/pagefind.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SELF = 'src/integrations/pagefind.ts';
const MARK = 'data-pagefind-body';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

describe('the pages Pagefind reads', () => {
  it('hold every source file that marks a page for search', () => {
    const marking = filesUnder(join(ROOT, 'src'))
      .map((file) => relative(ROOT, file).split(sep).join('/'))
      .filter((file) => file !== SELF && readFileSync(join(ROOT, file), 'utf8').includes(MARK));
    // The instrument and milestone pages mark themselves; nothing else may.
    expect(marking.length).toBeGreaterThan(0);
    for (const file of marking) expect(file.startsWith(INDEXED_PAGES_SOURCE), file).toBe(true);
  });

  it('are those pages in every language, and no other page', () => {
    for (const page of [
      'instruments/dsa/index.html',
      'instruments/dsa/general-application/index.html',
      'fr/instruments/dsa/index.html',
      'de/instruments/dsa/general-application/index.html',
    ])
      expect(matchesGlob(page, INDEXED_PAGES), page).toBe(true);
    for (const page of [
      'index.html',
      'timeline/dsa/index.html',
      'fr/changes/dsa/index.html',
      'embed/timeline/dsa/index.html',
      'embed/countdown/dsa/general-application/index.html',
    ])
      expect(matchesGlob(page, INDEXED_PAGES), page).toBe(false);
  });
});

describe('the glob of the pages that can hold a page to index', () => {
  /** A built site of these pages: path → whether the page is marked for search. */
  function site(pages: Record<string, boolean>): string {
    const dir = mkdtempSync(join(tmpdir(), 'pt-pagefind-'));
    for (const [path, marked] of Object.entries(pages)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(
        join(dir, path),
        `<html><body><article${marked ? ` ${MARK}` : ''}>x</article></body></html>`,
      );
    }
    return dir;
  }

  it('leaves out the folders whose instrument page is not indexed, and languages with none', () => {
    const dir = site({
      'index.html': false,
      'instruments/dsa/index.html': true,
      'instruments/dsa/general-application/index.html': true,
      'instruments/csar/index.html': true,
      'fr/instruments/dsa/index.html': true,
      'fr/instruments/dsa/general-application/index.html': false,
      'fr/instruments/csar/index.html': false,
      'fr/instruments/csar/proposal/index.html': false,
      'de/instruments/dsa/index.html': false,
      'de/instruments/csar/index.html': false,
      'embed/timeline/dsa/index.html': false,
    });
    try {
      const glob = indexedPagesGlob(dir);
      expect(glob).toBe('{instruments,fr/instruments/dsa}/**/*.html');
      for (const page of [
        'instruments/csar/index.html',
        'fr/instruments/dsa/general-application/index.html',
      ])
        expect(matchesGlob(page, glob ?? ''), page).toBe(true);
      for (const page of [
        'fr/instruments/csar/proposal/index.html',
        'de/instruments/dsa/index.html',
      ])
        expect(matchesGlob(page, glob ?? ''), page).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists several kept instruments in braces, and is null when nothing can be indexed', () => {
    const some = site({
      'instruments/a/index.html': false,
      'instruments/b/index.html': true,
      'instruments/c/index.html': true,
    });
    const none = site({ 'instruments/a/index.html': false, 'fr/instruments/a/index.html': false });
    try {
      expect(indexedPagesGlob(some)).toBe('instruments/{b,c}/**/*.html');
      expect(indexedPagesGlob(none)).toBeNull();
    } finally {
      for (const dir of [some, none]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
