/**
 * Driving the web editor in Chromium on a folder of content, for its browser test and for the
 * editor guide's screenshots.
 *
 * The editor's local workflow ("Work with Local Repository") asks the browser for a folder with
 * `showDirectoryPicker()`, a native dialog no automation can answer (Chromium aborts the
 * picker when DevTools intercepts file choosers). So the page gets a folder of the browser's
 * own private file system (OPFS), filled with the content files, and everything else is the
 * editor's real code: the same local backend, reading and writing through a real
 * FileSystemDirectoryHandle. After saving, the files are read back out of that folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** Text files by path relative to the repository root ("content/instruments/dsa.mdx"). */
export type FileMap = Record<string, string>;

/** Every file below `dir`, keyed by its path relative to `root`. */
export function readFolder(root: string, dir: string): FileMap {
  const files: FileMap = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      if (name.startsWith('.')) continue;
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** What the page did that it should not: requests off the machine, and CSP violations. */
export interface Watch {
  /** Requests to anywhere but 127.0.0.1 or localhost (each one aborted). */
  readonly foreign: string[];
  /** Content Security Policy violations reported in the page. */
  readonly violations: () => Promise<string[]>;
}

/**
 * Aborts every request that would leave the machine and records it, and records CSP
 * violations, for every page of the context.
 */
export async function watchContext(context: BrowserContext): Promise<Watch> {
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    const { hostname } = new URL(url);
    if (hostname !== '127.0.0.1' && hostname !== 'localhost' && !foreign.includes(url))
      foreign.push(url);
  });
  context.on('page', (page) => page.on('websocket', (ws) => foreign.push(ws.url())));
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  const pages = (): Page[] => context.pages();
  return {
    foreign,
    violations: async () =>
      (
        await Promise.all(
          pages().map((p) =>
            p.evaluate(
              () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
            ),
          ),
        )
      ).flat(),
  };
}

/** The name of the folder in the page's private file system that stands for the repository. */
const FOLDER = 'policy-timeline-repository';

/**
 * Makes `showDirectoryPicker()` answer with a private folder holding `files` (and a `.git`
 * folder, which the editor looks for to recognise a repository). The folder is filled once.
 */
export async function offerFolder(context: BrowserContext, files: FileMap): Promise<void> {
  await context.addInitScript(
    ({ files, folder }) => {
      const w = window as unknown as {
        showDirectoryPicker: () => Promise<FileSystemDirectoryHandle>;
      };
      w.showDirectoryPicker = async () => {
        const storage = await navigator.storage.getDirectory();
        try {
          return await storage.getDirectoryHandle(folder);
        } catch {
          // not there yet: fill it below
        }
        const root = await storage.getDirectoryHandle(folder, { create: true });
        await root.getDirectoryHandle('.git', { create: true });
        for (const [path, text] of Object.entries(files)) {
          const parts = path.split('/');
          let dir = root;
          for (const part of parts.slice(0, -1))
            dir = await dir.getDirectoryHandle(part, { create: true });
          const handle = await dir.getFileHandle(parts.at(-1) ?? '', { create: true });
          const writable = await handle.createWritable();
          await writable.write(text);
          await writable.close();
        }
        return root;
      };
    },
    { files, folder: FOLDER },
  );
}

/** The files now in the page's folder (what the editor saved), by path. */
export async function folderFiles(page: Page): Promise<FileMap> {
  return page.evaluate(async (folder) => {
    const out: Record<string, string> = {};
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (name.startsWith('.')) continue;
        if (handle.kind === 'directory')
          await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else
          out[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(root, '');
    return out;
  }, FOLDER);
}

/** Opens the editor at `url` and signs in with the local workflow. */
export async function openLocalEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByRole('navigation').or(page.getByRole('main')).first().waitFor();
}

/** A form field's group, by its label ("Milestones"), inside `scope`. */
export const field = (scope: Page | Locator, label: string): Locator =>
  scope.getByRole('group', { name: new RegExp(`“\\u2068?${label}\\u2069?” Field`) });

/**
 * The items of a list field. The editor renders a window of a long list, so items are found
 * by what they show (their summary line), never by position.
 */
export const listItems = (list: Locator): Locator =>
  list.locator('.item-list').first().locator(':scope > .item-wrapper > .item');

/** The one expanded item of a list (the one whose fields are shown). */
export const openItem = (list: Locator, firstFieldLabel: RegExp): Locator =>
  listItems(list).filter({ has: list.page().getByRole('textbox', { name: firstFieldLabel }) });

/** Opens an instrument's form from the list of instruments, by its short title: its milestones' field, in view. */
export async function openInstrument(page: Page, shortTitle: string): Promise<Locator> {
  await page.getByText(shortTitle, { exact: true }).click();
  const milestones = field(page, 'Milestones');
  await milestones.scrollIntoViewIfNeeded();
  return milestones;
}

/** Expands the item of a list that shows `summary` (a milestone's date and title), and returns it. */
export async function expandItem(
  list: Locator,
  summary: string,
  firstFieldLabel = /^Id/,
): Promise<Locator> {
  await listItems(list)
    .filter({ hasText: summary })
    .getByRole('button', { name: 'Expand' })
    .click();
  return openItem(list, firstFieldLabel);
}

/**
 * A form field of `scope` once it is on the page: the editor draws the fields of a long item
 * only as they scroll into view, so this scrolls down until the field is there.
 */
export async function reveal(scope: Locator, label: string): Promise<Locator> {
  const page = scope.page();
  const target = field(scope, label);
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  // Over the form, not over an element (hovering one would scroll it back into view).
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let i = 0; i < 40; i++) {
    if ((await target.count()) > 0) {
      await target.first().scrollIntoViewIfNeeded();
      return target.first();
    }
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(150);
  }
  throw new Error(`the field "${label}" did not appear`);
}
