/**
 * Reads a content folder from disk for the validator: every file below it, so that a stray or
 * misnamed file is reported rather than silently skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentFile } from '../lib/validate.ts';

/** The content folder: `content/` at the project root, or `POLICY_TIMELINE_CONTENT` (tests, benchmarks). */
export function contentDirectory(root: string = process.cwd()): string {
  return resolve(root, process.env['POLICY_TIMELINE_CONTENT'] ?? 'content');
}

/** Every file below `dir`, with paths relative to `root` and forward slashes. Hidden files are skipped. */
export function readContentFiles(
  dir: string,
  root: string = process.cwd(),
): { files: ContentFile[]; contentDir: string } {
  const files: ContentFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile())
        files.push({ path: toPosix(relative(root, full)), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return { files, contentDir: toPosix(relative(root, dir)) || '.' };
}

const toPosix = (path: string): string => path.split('\\').join('/');
