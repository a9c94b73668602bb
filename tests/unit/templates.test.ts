/**
 * The page templates the sweep visits (scripts/quality/templates.ts): pages grouped by the route
 * pattern that made them and by their language, on a small hand-made site.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplates } from '../../scripts/quality/templates.ts';

function write(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = (lang: string, body = ''): string =>
  `<!doctype html><html lang="${lang}"><title>t</title><main>${body}</main></html>`;

/** The templates as "pattern (lang): route route …". */
function templatesOf(pages: Record<string, string>, dist: Record<string, string>): string[] {
  const root = mkdtempSync(join(tmpdir(), 'pt-templates-'));
  const pagesDir = write(join(root, 'src', 'pages'), pages);
  const distDir = write(join(root, 'dist'), dist);
  return findTemplates(distDir, pagesDir).map(
    (t) => `${t.pattern} (${t.lang}): ${t.pages.map((p) => p.route).join(' ')}`,
  );
}

describe('findTemplates', () => {
  it('takes src/pages/[...lang]/ as every language: English at the root, the others under their prefix', () => {
    expect(
      templatesOf(
        {
          '[...lang]/index.astro': '',
          '[...lang]/404.astro': '',
          '[...lang]/instruments/[id].astro': '',
          'embed/status/[instrument].astro': '',
          'feed.xml.ts': '',
        },
        {
          'index.html': page('en-GB'),
          '404.html': page('en-GB', '<p>not found</p>'),
          'instruments/a/index.html': page('en-GB', '<h1>a</h1>'),
          'instruments/b/index.html': page('en-GB', '<h1>b</h1>'),
          'fr/index.html': page('fr'),
          'fr/404.html': page('fr', '<p>introuvable</p>'),
          'fr/instruments/a/index.html': page('fr', '<h1>a</h1>'),
          'de/instruments/a/index.html': page('de', '<h1>a</h1>'),
          'embed/status/a/index.html': page('en', '<p>widget</p>'),
        },
      ),
    ).toEqual([
      '/ (en): /',
      '/ (fr): /fr/',
      '/404.html (en): /404.html',
      '/404.html (fr): /fr/404.html',
      '/embed/status/[instrument]/ (en): /embed/status/a/',
      '/instruments/[id]/ (de): /de/instruments/a/',
      '/instruments/[id]/ (en): /instruments/a/ /instruments/b/',
      '/instruments/[id]/ (fr): /fr/instruments/a/',
    ]);
  });

  it('takes a [lang] folder the same way, and a page no pattern matches as its own template', () => {
    expect(
      templatesOf(
        { '[lang]/about.astro': '' },
        {
          'en/about/index.html': page('en'),
          'fr/about/index.html': page('fr'),
          'other/index.html': page('en', '<p>other</p>'),
        },
      ),
    ).toEqual(['/about/ (en): /en/about/', '/about/ (fr): /fr/about/', '/other/ (en): /other/']);
  });

  it('lets a rest parameter inside a pattern take no segment or several, as Astro does', () => {
    expect(
      templatesOf(
        {
          'embed/[...lang]/chart/index.astro': '',
          'embed/[...lang]/chart/[instrument].astro': '',
          'embed/status/[instrument].astro': '',
        },
        {
          'embed/chart/index.html': page('en'),
          'embed/chart/a/index.html': page('en', '<h1>a</h1>'),
          'embed/fr/chart/a/index.html': page('fr', '<h1>a</h1>'),
          'embed/status/a/index.html': page('en', '<p>a</p>'),
        },
      ),
    ).toEqual([
      '/embed/[...lang]/chart/ (en): /embed/chart/',
      '/embed/[...lang]/chart/[instrument]/ (en): /embed/chart/a/',
      '/embed/[...lang]/chart/[instrument]/ (fr): /embed/fr/chart/a/',
      '/embed/status/[instrument]/ (en): /embed/status/a/',
    ]);
  });

  it('picks representatives that show every kind of element, at most as many as asked for each language', () => {
    const root = mkdtempSync(join(tmpdir(), 'pt-templates-'));
    const pagesDir = write(join(root, 'src', 'pages'), { '[...lang]/instruments/[id].astro': '' });
    const dist = write(join(root, 'dist'), {
      'instruments/a/index.html': page('en', '<h1>a</h1>'),
      'instruments/b/index.html': page('en', '<h1>b</h1><table></table>'),
      'instruments/c/index.html': page('en', '<h1>c</h1><ol></ol>'),
      'fr/instruments/a/index.html': page('fr', '<h1>a</h1><table></table>'),
      'fr/instruments/b/index.html': page('fr', '<h1>b</h1><table></table><ol></ol>'),
    });
    const chosen = (max: number | ((lang: string) => number)): string[] =>
      findTemplates(dist, pagesDir, { max }).map(
        (t) => `${t.lang}: ${t.representatives.map((p) => p.route).join(' ')}`,
      );
    // The page with the most kinds first, then the one adding most; a page adding none is left.
    expect(chosen(3)).toEqual(['en: /instruments/b/ /instruments/c/', 'fr: /fr/instruments/b/']);
    expect(chosen((lang) => (lang === 'en' ? 1 : 3))).toEqual([
      'en: /instruments/b/',
      'fr: /fr/instruments/b/',
    ]);
  });
});
