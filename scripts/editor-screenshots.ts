/**
 * `npm run screenshots:editor`: redraws the pictures of the editor's guide (docs/editor/*.png)
 * from the real editor on a copy of this project's content, in Chromium. Nothing is saved to
 * content/: the editor works on a copy in the browser's private storage.
 */
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { chromium, type Locator } from 'playwright-core';
import { contentDirectory } from '../src/integrations/content-files.ts';
import {
  bundleEditor,
  editorConfigText,
  editorPage,
  readCampaign,
  repositoryRoot,
} from '../src/integrations/editor-files.ts';
import * as session from './quality/editor-session.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'editor');
const CONTENT = contentDirectory(ROOT);
const REPO = repositoryRoot(CONTENT, ROOT);

// The editor's files, as `astro dev` serves them, in a temporary folder.
const site = mkdtempSync(join(tmpdir(), 'pt-editor-shots-'));
const setup = {
  root: REPO,
  contentDir: CONTENT,
  campaign: readCampaign(CONTENT),
  mode: 'dev' as const,
};
for (const file of [
  { path: 'index.html', contents: Buffer.from(editorPage(setup)) },
  { path: 'config.yml', contents: Buffer.from(editorConfigText(setup)) },
  ...(await bundleEditor(ROOT)),
]) {
  const target = join(site, 'admin', file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.contents);
}
writeFileSync(join(site, 'favicon.svg'), readFileSync(join(ROOT, 'public', 'favicon.svg')));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  let path = normalize(
    join(site, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)),
  );
  if (path.startsWith(site) && path.endsWith('/')) path = join(path, 'index.html');
  try {
    if (!path.startsWith(site) || !statSync(path).isFile()) throw new Error('not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  } catch {
    res.writeHead(404).end('Not found');
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/`;

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const context = await browser.newContext({
  viewport: { width: 1100, height: 760 },
  deviceScaleFactor: 1,
  colorScheme: 'light',
  locale: 'en-GB',
});
await context.route('**/*', (route) =>
  new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
);
await session.offerFolder(context, session.readFolder(REPO, CONTENT));
const page = await context.newPage();

const written: string[] = [];
async function shoot(name: string, target?: Locator): Promise<void> {
  await page.waitForTimeout(400); // let the editor's transitions end
  const file = join(OUT, `${name}.png`);
  if (target) await target.screenshot({ path: file });
  else await page.screenshot({ path: file });
  written.push(`${name}.png (${Math.round(statSync(file).size / 1024)} KB)`);
}

/** Scrolls a field to the middle of the window. */
async function centre(target: Locator): Promise<void> {
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

try {
  mkdirSync(OUT, { recursive: true });
  await session.openLocalEditor(page, url);
  await page.getByText('Interim Regulation', { exact: true }).waitFor();
  await shoot('instruments');

  // Correcting a date.
  const milestones = await session.openInstrument(page, 'Interim Regulation');
  let item = await session.expandItem(milestones, '2021-05-28 · Coreper sends a letter');
  const date = item.getByRole('textbox', { name: 'Date', exact: true });
  await date.fill('2021-05-31');
  await centre(date);
  await shoot('correct-a-date');
  await item.getByRole('button', { name: 'Collapse' }).first().click();

  // Marking a milestone as an unconfirmed report.
  item = await session.expandItem(milestones, '2021-07-12 · Council adopts');
  const confidence = await session.reveal(item, 'Confidence');
  await confidence.getByRole('radio', { name: 'Unconfirmed' }).check();
  await shoot('mark-as-reported', confidence);
  await confidence.getByRole('radio', { name: 'Official' }).check();
  await item.getByRole('button', { name: 'Collapse' }).first().click();

  // Adding a milestone with its source.
  await milestones.getByRole('button', { name: /Add.*Milestone/ }).click();
  item = session.openItem(milestones, /^Id/);
  await item.getByRole('textbox', { name: /^Id/ }).fill('council-confirms');
  await item.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-12-04');
  await item
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Council confirms the agreement');
  await centre(item.getByRole('textbox', { name: 'Date', exact: true }));
  await shoot('add-a-milestone');
  const sources = await session.reveal(item, 'Sources');
  await sources.getByRole('button', { name: /Add.*Source/ }).click();
  const source = session.listItems(sources).first();
  await source
    .getByRole('textbox', { name: /Address/ })
    .fill('https://www.consilium.europa.eu/en/press/');
  await source.getByRole('textbox', { name: 'Title', exact: true }).fill('Council press release');
  await source.getByRole('textbox', { name: 'Publisher', exact: true }).fill('Council of the EU');
  await source.getByRole('radio', { name: 'Official' }).check();
  await shoot('add-a-source', source);

  // Saving with a mistake the form cannot see: "Derived" without its rule.
  const confidenceOfNew = await session.reveal(item, 'Confidence');
  await confidenceOfNew.getByRole('radio', { name: 'Derived' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = page.locator('dialog[data-policy-timeline="problems"]');
  await dialog.waitFor();
  await shoot('not-saved', dialog);
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
process.stdout.write(`Wrote ${written.join(', ')} to ${OUT}\n`);
