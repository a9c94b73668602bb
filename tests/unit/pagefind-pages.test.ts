/**
 * Pagefind reads only the pages that can be indexed (src/integrations/pagefind.ts,
 * INDEXED_PAGES): a page marked for search anywhere else would silently be left out of the
 * index, so no other source file may use the mark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEXED_PAGES, INDEXED_PAGES_SOURCE } from '../../src/integrations/pagefind.ts';

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
