/**
 * Valid HTML on every page the build produced, by two checkers that find different things:
 *
 * - the W3C Nu HTML Checker (vnu.jar, the HTML standard's conformance checker): no error, and no
 *   warning but those listed below with the reason they are not a problem;
 * - html-validate (.htmlvalidate.mjs: recommended + document presets): no error or warning. It
 *   stays beside Nu for what Nu does not check: heading levels that skip, landmarks named twice,
 *   buttons without a type, inline styles, labels for every control, and the like.
 *
 * And every page carries a Content Security Policy that allows nothing from another origin and
 * names no source twice in a directive.
 *
 * The web editor's page (/admin/, written by src/integrations/editor.ts, not a page of the site)
 * is checked by both checkers too, as the real site has it (no editor settings) and as a working
 * editor has it (the "editor" site of tests/site/sites.ts), against its own policy's rules.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanTags } from '../../scripts/quality/html-scan.ts';
import {
  checkWithNu,
  describeNu,
  javaStatus,
  messageFile,
  type NuMessage,
} from '../../scripts/quality/nu-html.ts';
import { listPages, widgetKind } from '../../scripts/quality/site-output.ts';
import { builtSite } from './sites.ts';

const DIST = builtSite('main').dist;
const pages = listPages(DIST);
const EDITOR_DIST = builtSite('editor').dist;

/** The web editor's page in both states, with the Git host origins its policy may name. */
const EDITOR_PAGES = [
  { what: 'not set up (the real content)', file: join(DIST, 'admin/index.html'), origins: [] },
  {
    what: 'a working editor (GitHub)',
    file: join(EDITOR_DIST, 'admin/index.html'),
    origins: ['https://api.github.com'],
  },
] as const;

/** Nu warnings that are not problems here, each with why. Anything else Nu says fails the test. */
const EXPECTED_NU_WARNINGS: readonly {
  readonly why: string;
  readonly test: (m: NuMessage) => boolean;
}[] = [
  {
    // Nu evaluates the page's CSP against the file: address it reads the page from, where 'self'
    // matches nothing, and it computes no hashes. The browser enforces the real policy on every
    // template in sweep.ts (no violation in any frame).
    why: 'the CSP evaluated on a file: URL',
    test: (m) =>
      /^(Resource|Inline style|Inline script) violates Content Security Policy/.test(m.message),
  },
  {
    // A <section> named by aria-labelledby (the status table's caption) has a name; Nu only
    // looks for an h2–h6.
    why: 'a section named by aria-labelledby',
    test: (m) =>
      /^Section lacks heading/.test(m.message) && /aria-labelledby=/.test(m.extract ?? ''),
  },
  {
    // Nu guesses a page's language from all its text. A small widget whose words are mostly
    // content (instrument names and titles, in the content's language or translated, each
    // marked with its own lang; e.g. a chart of one tag) reads to it as another language. The page's own words are checked
    // per language in i18n.test.ts.
    why: 'a widget whose untranslated content outweighs its words',
    test: (m) =>
      /^This document appears to be written in \S+ but the “html” start tag has “lang=/.test(
        m.message,
      ) && /\/embed\//.test(m.url ?? ''),
  },
];
const expectedWarning = (m: NuMessage): boolean => EXPECTED_NU_WARNINGS.some((w) => w.test(m));

// The Nu checker starts at once, in its own JVM, and checks every page while html-validate runs.
const nuRun: Promise<NuMessage[] | Error> = (() => {
  const java = javaStatus();
  if (!java.ok) return Promise.resolve(new Error(java.reason));
  return checkWithNu([DIST, join(EDITOR_DIST, 'admin')]).catch((e: unknown) =>
    e instanceof Error ? e : new Error(String(e)),
  );
})();

describe('html-validate (recommended + document presets)', () => {
  // The file-system loader finds .htmlvalidate.mjs at the project root (a bare `new HtmlValidate()`
  // would not read it, and would check with the bare defaults instead).
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const describeMessage = (m: Message): string =>
    `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;

  it('can fail: it reports an error in broken markup', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"></p><p id="a"><div></p></body></html>',
      join(DIST, 'probe.html'),
    );
    expect(report.valid).toBe(false);
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toContain('no-dup-id');
  });

  for (const page of pages) {
    it(page.route, async () => {
      const report = await validator.validateFile(join(DIST, page.rel));
      const messages = report.results.flatMap((r) => r.messages);
      expect(messages.map(describeMessage)).toEqual([]);
    });
  }

  for (const editor of EDITOR_PAGES) {
    it(`/admin/ (${editor.what})`, async () => {
      const report = await validator.validateFile(editor.file);
      const messages = report.results.flatMap((r) => r.messages);
      expect(messages.map(describeMessage)).toEqual([]);
    });
  }
});

describe('the W3C Nu HTML Checker', () => {
  let messages: NuMessage[];
  beforeAll(async () => {
    const result = await nuRun;
    if (result instanceof Error) throw result;
    messages = result;
  }, 120_000);

  it('can fail: it reports a stray script after </html> and a repeated CSP source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-nu-probe-'));
    writeFileSync(
      join(dir, 'probe.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' 'self'"><title>x</title></head><body><p>x</p></body></html><script>1</script>`,
    );
    const found = await checkWithNu(dir);
    expect(found.filter((m) => m.type === 'error').map((m) => m.message)).toContain(
      'Stray start tag “script”.',
    );
    expect(found.some((m) => /Duplicate source-expression/.test(m.message))).toBe(true);
  }, 60_000);

  it(`checked every page (${pages.length})`, () => {
    expect(
      messages.filter((m) => m.type === 'non-document-error').map((m) => describeNu(m, DIST)),
    ).toEqual([]);
    // Every page with a CSP gets at least one message (see EXPECTED_NU_WARNINGS), so every page
    // that reached the checker shows up: the folder walk missed none.
    const seen = new Set(messages.map((m) => messageFile(m, DIST)));
    expect(pages.filter((p) => !seen.has(p.rel)).map((p) => p.rel)).toEqual([]);
    const files = new Set(messages.map((m) => (m.url ? fileURLToPath(m.url) : '')));
    // The working editor's page loads scripts, so Nu warns about its CSP too: it was checked. The
    // page of an editor not set up has no script and no inline style (nothing for Nu to warn
    // about); it is in dist/, walked like every page above.
    expect(
      EDITOR_PAGES.filter((e) => e.origins.length > 0 && !files.has(e.file)).map((e) => e.what),
    ).toEqual([]);
  });

  it('finds no error on any page', () => {
    expect(messages.filter((m) => m.type === 'error').map((m) => describeNu(m, DIST))).toEqual([]);
  });

  it('gives no warning but the expected ones (each with its reason in this file)', () => {
    expect(
      messages
        .filter((m) => m.type === 'info' && m.subType === 'warning' && !expectedWarning(m))
        .map((m) => describeNu(m, DIST)),
    ).toEqual([]);
  });
});

describe('Content Security Policy on every page', () => {
  /** The policies of a page's <meta http-equiv> tags, as directive → sources. */
  const policies = (html: string): Map<string, string[]>[] =>
    scanTags(html)
      .filter(
        (t) =>
          t.name === 'meta' &&
          t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
      )
      .map(
        (t) =>
          new Map(
            (t.attrs.get('content') ?? '')
              .split(';')
              .map((d) => d.trim().split(/\s+/))
              .filter((parts) => parts[0])
              .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
          ),
      );

  it('each page has one, allowing nothing from another origin, with no source named twice', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const found = policies(readFileSync(join(DIST, page.rel), 'utf8'));
      if (!found.length) problems.push(`${page.route}: no CSP`);
      for (const policy of found) {
        for (const [name, sources] of policy) {
          const twice = sources.filter((s, i) => sources.indexOf(s) !== i);
          if (twice.length) problems.push(`${page.route}: ${name} names ${twice.join(', ')} twice`);
          const foreign = sources.filter((s) => /^(https?:|\*|'unsafe-eval')/.test(s));
          if (foreign.length) problems.push(`${page.route}: ${name} allows ${foreign.join(', ')}`);
        }
        if (!widgetKind(page.route)) {
          if (policy.get('default-src')?.join(' ') !== "'self'")
            problems.push(`${page.route}: default-src is not 'self'`);
          const script = policy.get('script-src') ?? [];
          if (script.includes("'unsafe-inline'"))
            problems.push(`${page.route}: script-src allows 'unsafe-inline'`);
          if (!script.includes("'self'") || !script.includes("'wasm-unsafe-eval'"))
            problems.push(`${page.route}: script-src lacks 'self' 'wasm-unsafe-eval' (Pagefind)`);
          if (policy.get('worker-src')?.join(' ') !== "'self' blob:")
            problems.push(`${page.route}: worker-src is not 'self' blob: (Pagefind)`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // The editor's page has a policy of its own (src/integrations/editor-files.ts, editorCsp):
  // nothing by default, its own script only, inline styles (Svelte writes <style> elements), and
  // connections to the site and, for a working editor, to the Git host it saves to, nothing else.
  for (const editor of EDITOR_PAGES)
    it(`/admin/ (${editor.what}) has its own, allowing no other origin but the Git host it saves to`, () => {
      const found = policies(readFileSync(editor.file, 'utf8'));
      expect(found).toHaveLength(1);
      const policy = found[0] ?? new Map<string, string[]>();
      const problems: string[] = [];
      for (const [name, sources] of policy) {
        const twice = sources.filter((s, i) => sources.indexOf(s) !== i);
        if (twice.length) problems.push(`${name} names ${twice.join(', ')} twice`);
        const foreign = sources.filter((s) => /^(https?:|\*|'unsafe-eval')/.test(s));
        const allowed: readonly string[] = name === 'connect-src' ? editor.origins : [];
        const extra = foreign.filter((s) => !allowed.includes(s));
        if (extra.length) problems.push(`${name} allows ${extra.join(', ')}`);
      }
      expect(problems).toEqual([]);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', ...editor.origins]);
    });
});
