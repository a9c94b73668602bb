/**
 * The web editor at /admin/, end to end in Chromium, on a copy of the content in a temporary
 * Git repository (never the project's own content/):
 *
 * 1. the editor as the build writes it (dist/admin/ of the "editor" site, tests/site/sites.ts:
 *    the real content with an `editor:` section) is served on 127.0.0.1; every request that would
 *    leave the machine is aborted and recorded, and so are CSP violations;
 * 2. with the local workflow, an editor corrects one milestone's date and adds a milestone with
 *    two sources to an existing instrument, and saves;
 * 3. the saved files pass `npm run validate`, `git diff` shows only those two edits, and they are
 *    byte for byte the content the "editor" site was built from (tests/site/editor-fixture.ts),
 *    whose build shows both on the instrument page and in the timeline;
 * 4. a file that breaks a rule the form cannot express is not saved, with the validator's words.
 *
 * The only stand-in is the folder picker (see scripts/quality/editor-session.ts). The /admin/
 * page of every site is also in the sweep (tests/site/sweep.ts) and the HTML checks
 * (tests/site/html.test.ts), with the rules an editor's page must meet.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { BrowserContext, Page } from 'playwright-core';
import {
  expandItem,
  field,
  folderFiles,
  listItems,
  offerFolder,
  openInstrument,
  openItem,
  openLocalEditor,
  readFolder,
  reveal,
  watchContext,
  type Watch,
} from '../../scripts/quality/editor-session.ts';
import { listFiles } from '../../scripts/quality/site-output.ts';
import { EDITOR_SCRIPT, editorCsp } from '../../src/integrations/editor-files.ts';
import { makeRepo, runGit } from '../support/git-repo.ts';
import { axeViolations, describeViolations, serious, WCAG_AA } from './axe.ts';
import { EDITED_INSTRUMENT as INSTRUMENT, writeContentBeforeEditing } from './editor-fixture.ts';
import { describe, expect, test } from './fixtures.ts';
import { builtSite, ROOT } from './sites.ts';

/** What the editor may try and the page refuses (the package checks GitHub's status page). */
const KNOWN_REFUSALS = ['https://www.githubstatus.com/api/v2/status.json'];

/** The site built from what the editor is expected to save, with the editor set up. */
const built = builtSite('editor');

interface Session {
  /** The "editor" site's address. */
  readonly url: string;
  /** Every path requested from it. */
  readonly requests: readonly string[];
  /** The repository the editor edits (its content before editing, committed). */
  readonly repo: string;
  readonly content: string;
  readonly context: BrowserContext;
  readonly watch: Watch;
  readonly page: Page;
  readonly git: (...args: string[]) => string;
}

/** One editing session for the whole file: the tests below are its steps, in order. */
const editing = test.extend(
  'session',
  { scope: 'file' },
  async ({ browser, site }, { onCleanup }): Promise<Session> => {
    const work = mkdtempSync(join(tmpdir(), 'pt-editor-'));
    const repo = join(work, 'repo');
    mkdirSync(repo);
    const content = writeContentBeforeEditing(repo);
    makeRepo(repo).commit('content before editing', '2026-11-30T10:00:00Z');
    const { url, requests } = await site('editor');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    onCleanup(async () => {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    });
    const watch = await watchContext(context);
    await offerFolder(context, readFolder(repo, content));
    const page = await context.newPage();
    return {
      url,
      requests,
      repo,
      content,
      context,
      watch,
      page,
      git: (...args) => runGit(repo, args),
    };
  },
);

describe('editing an instrument in the web editor', () => {
  editing(
    'opens /admin/ on the local folder, corrects a date, adds a milestone with two sources, and saves',
    async ({ session }) => {
      const { page } = session;
      await openLocalEditor(page, `${session.url}/admin/`);
      const milestones = await openInstrument(page, 'Interim Regulation');

      // Correct the date of one milestone.
      const existing = await expandItem(milestones, '2021-05-28 · Coreper sends a letter');
      expect(await existing.getByRole('textbox', { name: /^Id/ }).inputValue()).toBe(
        'coreper-letter',
      );
      await existing.getByRole('textbox', { name: 'Date', exact: true }).fill('2021-05-31');
      await existing.getByRole('button', { name: 'Collapse' }).first().click();

      // Add a milestone with two sources.
      await milestones.getByRole('button', { name: /Add.*Milestone/ }).click();
      const added = openItem(milestones, /^Id/);
      await added.getByRole('textbox', { name: /^Id/ }).fill('editor-test-step');
      await added.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-11-20');
      await added
        .getByRole('textbox', { name: 'Title', exact: true })
        .fill('Council confirms the test step');
      const sources = field(added, 'Sources');
      const given = [
        ['https://eur-lex.europa.eu/test-a', 'First test source', 'EUR-Lex', 'Official'],
        ['https://agenceurope.eu/test-b', 'Second test source', 'Agence Europe', 'Secondary'],
      ] as const;
      for (const [i, [url, title, publisher, kind]] of given.entries()) {
        await sources.getByRole('button', { name: /Add.*Source/ }).click();
        const source = listItems(sources).nth(i);
        await source.getByRole('textbox', { name: /Address/ }).fill(url);
        await source.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
        await source.getByRole('textbox', { name: 'Publisher', exact: true }).fill(publisher);
        await source.getByRole('radio', { name: kind }).check();
      }
      await (await reveal(added, 'Confidence')).getByRole('radio', { name: 'Official' }).check();
      await page.getByRole('button', { name: 'Save', exact: true }).click();

      await expect
        .poll(async () => (await folderFiles(page))[INSTRUMENT], { timeout: 30_000 })
        .toContain('editor-test-step');
      for (const [path, text] of Object.entries(await folderFiles(page)))
        writeFileSync(join(session.repo, path), text);
    },
  );

  editing(
    'was the editor the build wrote (dist/admin/), and made no request off the machine and broke no rule of the page’s Content Security Policy',
    async ({ session }) => {
      // The page, its configuration and its script came from the build's /admin/.
      expect(session.requests).toEqual(
        expect.arrayContaining(['/admin/', '/admin/config.yml', `/admin/${EDITOR_SCRIPT}`]),
      );
      expect(session.watch.foreign).toEqual([]);
      expect(await session.watch.violations()).toEqual([]);
      const refused = await session.page.evaluate(() => window.policyTimelineEditor?.refused ?? []);
      expect(refused.filter((url) => !KNOWN_REFUSALS.includes(url))).toEqual([]);
    },
  );

  editing('the files on disk pass npm run validate', ({ session }) => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), session.content], {
      cwd: session.repo,
      encoding: 'utf8',
    });
    const instruments = readdirSync(join(session.content, 'instruments')).filter(
      (f) => f.endsWith('.mdx') && !f.startsWith('_'),
    ).length;
    expect(`${run.stdout}${run.stderr}`).toMatch(
      new RegExp(`valid\\. ${instruments} instruments, \\d+ milestones`),
    );
    expect(run.status).toBe(0);
  });

  editing('git diff shows the two edits and nothing else', ({ session }) => {
    const { git } = session;
    expect(git('status', '--porcelain')).toBe(` M ${INSTRUMENT}\n`);
    const diff = git('diff', '-U0', '--no-color', INSTRUMENT);
    const removed = diff.split('\n').filter((l) => /^-(?!--)/.test(l));
    const added = diff.split('\n').filter((l) => /^\+(?!\+\+)/.test(l));
    expect(removed).toEqual(['-    date: "2021-05-28"']);
    expect(added).toEqual([
      '+    date: "2021-05-31"',
      '+',
      '+  - id: editor-test-step',
      '+    date: "2026-11-20"',
      '+    title: "Council confirms the test step"',
      '+    sources:',
      '+      - url: "https://eur-lex.europa.eu/test-a"',
      '+        title: "First test source"',
      '+        publisher: "EUR-Lex"',
      '+        kind: official',
      '+      - url: "https://agenceurope.eu/test-b"',
      '+        title: "Second test source"',
      '+        publisher: "Agence Europe"',
      '+        kind: secondary',
      '+    confidence: official',
    ]);
  });

  editing(
    'what it saved is, byte for byte, the content the "editor" site was built from',
    ({ session }) => {
      const saved = readFolder(session.repo, session.content);
      const expected = readFolder(join(built.content, '..'), built.content);
      expect(Object.keys(saved).sort()).toEqual(Object.keys(expected).sort());
      for (const [path, text] of Object.entries(expected))
        expect(saved[path] === text, `${path} differs from the built content`).toBe(true);
    },
  );

  editing(
    'the build of what it saved shows both changes on the instrument page and in the timeline',
    () => {
      const instrument = readFileSync(
        join(built.dist, 'instruments/interim-regulation/index.html'),
        'utf8',
      );
      const timeline = readFileSync(join(built.dist, 'timeline/index.html'), 'utf8');
      for (const html of [instrument, timeline]) {
        expect(html).toContain('Council confirms the test step');
        expect(html).toMatch(/<time datetime="2026-11-20">20 November 2026<\/time>/);
        expect(html).toMatch(/<time datetime="2021-05-31">31 May 2021<\/time>/);
        expect(html).not.toMatch(/datetime="2021-05-28"/);
      }
      expect(instrument).toContain('id="editor-test-step"');
      expect(
        readFileSync(
          join(built.dist, 'instruments/interim-regulation/editor-test-step/index.html'),
          'utf8',
        ),
      ).toContain('First test source');
      expect(readFileSync(built.log, 'utf8')).toMatch(/Wrote the web editor to \/admin\//);
      expect(listFiles(join(built.dist, 'admin'))).toEqual(
        expect.arrayContaining(['index.html', 'config.yml', EDITOR_SCRIPT]),
      );
    },
  );

  editing(
    'a file that breaks a rule the form cannot express is not saved, and the validator says why',
    async ({ session }) => {
      const { page } = session;
      const before = (await folderFiles(page))[INSTRUMENT];
      // After saving, the editor goes back to the list of instruments.
      const milestones = await openInstrument(page, 'Interim Regulation');
      const item = await expandItem(
        milestones,
        "2021-07-12 · Council adopts the act after Parliament's first reading",
      );
      expect(await item.getByRole('textbox', { name: /^Id/ }).inputValue()).toBe('adopted');
      // "Derived" needs the rule it was derived by: a rule between two fields.
      await (await reveal(item, 'Confidence')).getByRole('radio', { name: 'Derived' }).check();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const dialog = page.locator('dialog[data-policy-timeline="problems"]');
      await dialog.waitFor();
      expect(await dialog.innerText()).toMatch(
        /milestones\[9\]\.rule[\s\S]*a derived date needs the rule it was derived by/,
      );
      expect((await folderFiles(page))[INSTRUMENT]).toBe(before);
      // Put it back for the next step.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await (await reveal(item, 'Confidence')).getByRole('radio', { name: 'Official' }).check();
    },
  );

  editing(
    'an edit of the explainer changes its paragraph only; the rest of the file keeps its bytes',
    async ({ session }) => {
      const { page } = session;
      const before = (await folderFiles(page))[INSTRUMENT] ?? '';
      const body = await reveal(page.locator('main').or(page.locator('body')).first(), 'Explainer');
      await body.locator('[contenteditable="true"]').first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Checked in the editor.');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect
        .poll(async () => (await folderFiles(page))[INSTRUMENT], { timeout: 30_000 })
        .toContain('Checked in the editor.');
      const after = (await folderFiles(page))[INSTRUMENT] ?? '';
      const lastParagraph = before.trimEnd().split('\n').at(-1) ?? '';
      const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
      expect(changed).toEqual([`${lastParagraph} Checked in the editor.`]);
      expect(after.split('\n')).toHaveLength(before.split('\n').length);
    },
  );
});

describe('the editor’s own interface', () => {
  editing(
    'has no serious or critical accessibility violation (axe, WCAG 2.2 A and AA) while editing',
    async ({ session }) => {
      // Injected through DevTools, which the page's CSP does not govern (the CSP checks are done).
      const violations = await axeViolations(session.page, WCAG_AA);
      expect(serious(violations), describeViolations(serious(violations))).toEqual([]);
      // The editor limits zooming on phones; the page takes the limit out (src/admin/viewport.ts).
      expect(violations.map((v) => v.id)).not.toContain('meta-viewport');
    },
  );
});

const validate = async (html: string): Promise<string[]> =>
  (
    await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, 'admin/index.html')
  ).results.flatMap((r) => r.messages.map((m) => m.message));

describe('the /admin/ page', () => {
  test('has its own strict Content Security Policy, is not indexed, and is valid HTML', async () => {
    const html = readFileSync(join(built.dist, 'admin/index.html'), 'utf8');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${editorCsp(['https://api.github.com'])}">`,
    );
    expect(editorCsp(['https://api.github.com'])).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' data: blob: https://api.github.com; manifest-src 'self'; base-uri 'self'; form-action 'none'; frame-src 'none'; object-src 'none'",
    );
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(await validate(html)).toEqual([]);
  });

  test('without editor settings (the real content), says how to set it up, loads no script, and is valid HTML too', async () => {
    const html = readFileSync(join(builtSite('main').dist, 'admin/index.html'), 'utf8');
    expect(html).toContain('The web editor is not set up for this site');
    expect(html).not.toContain('<script');
    expect(await validate(html)).toEqual([]);
  });

  test('is in neither the sitemap, the search index nor the feed', () => {
    const dist = built.dist;
    const sitemaps = readdirSync(dist).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(readFileSync(join(dist, f), 'utf8')).not.toContain('/admin');
    const fragments = readdirSync(join(dist, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) {
      const text = gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', f))).toString();
      expect(text).not.toMatch(/"url":"\/admin/);
    }
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).not.toContain('/admin');
  });
});
