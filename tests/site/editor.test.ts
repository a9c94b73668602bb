/**
 * The web editor at /admin/, end to end in Chromium, on a copy of the content in a temporary
 * Git repository (never the project's own content/):
 *
 * 1. the editor's files (as the build writes them) are served on 127.0.0.1; every request that
 *    would leave the machine is aborted and recorded, and so are CSP violations;
 * 2. with the local workflow, an editor corrects one milestone's date and adds a milestone with
 *    two sources to an existing instrument, and saves;
 * 3. the saved files pass `npm run validate`, `git diff` shows only those two edits, and a
 *    rebuild shows both on the instrument page and in the timeline, and writes the same /admin/;
 * 4. a file that breaks a rule the form cannot express is not saved, with the validator's words.
 *
 * The only stand-in is the folder picker (see scripts/quality/editor-session.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  field,
  folderFiles,
  listItems,
  offerFolder,
  openItem,
  openLocalEditor,
  readFolder,
  reveal,
  watchContext,
  type Watch,
} from '../../scripts/quality/editor-session.ts';
import { listFiles } from '../../scripts/quality/site-output.ts';
import {
  bundleEditor,
  editorConfigText,
  editorCsp,
  editorPage,
  readCampaign,
  type EditorSetup,
} from '../../src/integrations/editor-files.ts';
import { launch } from './browser.ts';
import { ROOT } from './global-setup.ts';
import { serve, type Served } from './server.ts';

const require = createRequire(import.meta.url);

/** What the editor may try and the page refuses (the package checks GitHub's status page). */
const KNOWN_REFUSALS = ['https://www.githubstatus.com/api/v2/status.json'];
const EDITOR_SETTINGS = '\neditor:\n  backend: github\n  repo: "example/policy-timeline"\n';
const NOW = '2026-11-30T12:00:00Z';

const WORK = mkdtempSync(join(tmpdir(), 'pt-editor-'));
const REPO = join(WORK, 'repo');
const CONTENT = join(REPO, 'content');
const SERVED = join(WORK, 'served');
const AFTER = join(WORK, 'after');
const INSTRUMENT = 'content/instruments/interim-regulation.mdx';

const git = (...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });

function build(outDir: string): string {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        POLICY_TIMELINE_CONTENT: CONTENT,
        POLICY_TIMELINE_NOW: NOW,
        POLICY_TIMELINE_CACHE_DIR: join(WORK, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
    },
  );
  if (run.status !== 0) throw new Error(`the build failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

let browser: Browser;
let site: Served;
let context: BrowserContext;
let watch: Watch;
let page: Page;
let setup: EditorSetup;

beforeAll(async () => {
  mkdirSync(REPO, { recursive: true });
  cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
  appendFileSync(join(CONTENT, 'campaign.yaml'), EDITOR_SETTINGS);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'content before editing');

  // The editor's files, made by the same functions the build's integration uses.
  setup = { root: REPO, contentDir: CONTENT, campaign: readCampaign(CONTENT), mode: 'build' };
  const files = [
    { path: 'index.html', contents: Buffer.from(editorPage(setup)) },
    { path: 'config.yml', contents: Buffer.from(editorConfigText(setup)) },
    ...(await bundleEditor(ROOT)),
  ];
  for (const file of files) {
    const target = join(SERVED, 'admin', file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  cpSync(join(ROOT, 'public', 'favicon.svg'), join(SERVED, 'favicon.svg'));

  [browser, site] = await Promise.all([launch(), serve({ dir: SERVED })]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  watch = await watchContext(context);
  await offerFolder(context, readFolder(REPO, CONTENT));
  page = await context.newPage();
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  rmSync(WORK, { recursive: true, force: true });
  // The builds of the copy wrote its content's types into .astro/; put the project's back.
  spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
});

describe('editing an instrument in the web editor', () => {
  let diff = '';
  let built = '';

  it('opens /admin/ on the local folder, corrects a date, adds a milestone with two sources, and saves', async () => {
    await openLocalEditor(page, `${site.url}/admin/`);
    await page.getByText('Interim Regulation', { exact: true }).click();
    const milestones = field(page, 'Milestones');
    await milestones.scrollIntoViewIfNeeded();

    // Correct the date of one milestone.
    await listItems(milestones)
      .filter({ hasText: '2021-05-28 · Coreper sends a letter' })
      .getByRole('button', { name: 'Expand' })
      .click();
    const existing = openItem(milestones, /^Id/);
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
      writeFileSync(join(REPO, path), text);
  });

  it('made no request off the machine and broke no rule of the page’s Content Security Policy', async () => {
    expect(watch.foreign).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    const refused = await page.evaluate(() => window.policyTimelineEditor?.refused ?? []);
    expect(refused.filter((url) => !KNOWN_REFUSALS.includes(url))).toEqual([]);
  });

  it('the files on disk pass npm run validate', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), CONTENT], {
      cwd: REPO,
      encoding: 'utf8',
    });
    const instruments = readdirSync(join(CONTENT, 'instruments')).filter(
      (f) => f.endsWith('.mdx') && !f.startsWith('_'),
    ).length;
    expect(`${run.stdout}${run.stderr}`).toMatch(
      new RegExp(`valid\\. ${instruments} instruments, \\d+ milestones`),
    );
    expect(run.status).toBe(0);
  });

  it('git diff shows the two edits and nothing else', () => {
    expect(git('status', '--porcelain')).toBe(` M ${INSTRUMENT}\n`);
    diff = git('diff', '-U0', '--no-color', INSTRUMENT);
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

  it('a rebuild shows both changes on the instrument page and in the timeline', () => {
    built = build(AFTER);
    const instrument = readFileSync(
      join(AFTER, 'instruments/interim-regulation/index.html'),
      'utf8',
    );
    const timeline = readFileSync(join(AFTER, 'timeline/index.html'), 'utf8');
    for (const html of [instrument, timeline]) {
      expect(html).toContain('Council confirms the test step');
      expect(html).toMatch(/<time datetime="2026-11-20">20 November 2026<\/time>/);
      expect(html).toMatch(/<time datetime="2021-05-31">31 May 2021<\/time>/);
      expect(html).not.toMatch(/datetime="2021-05-28"/);
    }
    expect(instrument).toContain('id="editor-test-step"');
    expect(
      readFileSync(
        join(AFTER, 'instruments/interim-regulation/editor-test-step/index.html'),
        'utf8',
      ),
    ).toContain('First test source');
    expect(built).toMatch(/Wrote the web editor to \/admin\//);
  });

  it('the build writes the same /admin/ as the one the test used', () => {
    const served = listFiles(join(SERVED, 'admin'));
    expect(listFiles(join(AFTER, 'admin'))).toEqual(served);
    for (const rel of served)
      expect(
        readFileSync(join(AFTER, 'admin', rel)).equals(readFileSync(join(SERVED, 'admin', rel))),
        rel,
      ).toBe(true);
  });

  it('a file that breaks a rule the form cannot express is not saved, and the validator says why', async () => {
    const before = (await folderFiles(page))[INSTRUMENT];
    // After saving, the editor goes back to the list of instruments.
    await page.getByText('Interim Regulation', { exact: true }).click();
    const milestones = field(page, 'Milestones');
    await milestones.scrollIntoViewIfNeeded();
    await listItems(milestones)
      .filter({ hasText: "2021-07-12 · Council adopts the act after Parliament's first reading" })
      .getByRole('button', { name: 'Expand' })
      .click();
    const item = openItem(milestones, /^Id/);
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
  });

  it('an edit of the explainer changes its paragraph only; the rest of the file keeps its bytes', async () => {
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
  });
});

describe('the editor’s own interface', () => {
  it('has no serious or critical accessibility violation (axe, WCAG 2.2 A and AA) while editing', async () => {
    // Injected through DevTools, which the page's CSP does not govern (the CSP checks are done).
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              d: Document,
              o: object,
            ) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    // The editor limits zooming on phones; the page takes the limit out (src/admin/viewport.ts).
    expect(violations.map((v) => v.id)).not.toContain('meta-viewport');
  });
});

describe('the /admin/ page', () => {
  it('has its own strict Content Security Policy, is not indexed, and is valid HTML', async () => {
    const html = readFileSync(join(AFTER, 'admin/index.html'), 'utf8');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${editorCsp(['https://api.github.com'])}">`,
    );
    expect(editorCsp(['https://api.github.com'])).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' data: blob: https://api.github.com; manifest-src 'self'; base-uri 'self'; form-action 'none'; frame-src 'none'; object-src 'none'",
    );
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      html,
      'admin/index.html',
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  });

  it('without editor settings, says how to set it up, and is valid HTML too', async () => {
    const campaign = setup.campaign && { ...setup.campaign, editor: undefined };
    const html = editorPage({ ...setup, campaign });
    expect(html).toContain('The web editor is not set up for this site');
    expect(html).not.toContain('<script');
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      html,
      'admin/index.html',
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  });

  it('is in neither the sitemap, the search index nor the feed', () => {
    const sitemaps = readdirSync(AFTER).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(readFileSync(join(AFTER, f), 'utf8')).not.toContain('/admin');
    const fragments = readdirSync(join(AFTER, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) {
      const text = gunzipSync(readFileSync(join(AFTER, 'pagefind', 'fragment', f))).toString();
      expect(text).not.toMatch(/"url":"\/admin/);
    }
    expect(readFileSync(join(AFTER, 'feed.xml'), 'utf8')).not.toContain('/admin');
  });
});
