/**
 * The content a site was built from, read and checked the way the build reads it, and helpers
 * to build variants of the site (other content, a pinned "now", a smaller page limit) into a
 * temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDirectory, readContentFiles } from '../../src/integrations/content-files.ts';
import type { InstrumentData, MilestoneData } from '../../src/lib/schema.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { ROOT } from './global-setup.ts';

export interface Entry {
  readonly instrument: { readonly id: string } & InstrumentData;
  readonly milestone: MilestoneData;
  /** The milestone's permanent address. */
  readonly url: string;
}

/** Every milestone of a content folder, checked (it throws on a problem). */
export function readEntries(dir: string = contentDirectory(ROOT)): Entry[] {
  const { files, contentDir } = readContentFiles(dir, ROOT);
  const result = validateContent(files, contentDir);
  if (result.problems.length)
    throw new Error(
      `test content has problems: ${result.problems.map((p) => `${p.file} ${p.field} ${p.message}`).join('; ')}`,
    );
  return result.instruments.flatMap((i) =>
    i.data.milestones.map((m) => ({
      instrument: { id: i.id, ...i.data },
      milestone: m,
      url: `/instruments/${i.id}/${m.id}/`,
    })),
  );
}

export interface Variant {
  /** The built site. */
  readonly dist: string;
  /** The content folder it was built from. */
  readonly content: string;
}

/**
 * Builds the site from a copy of the content (changed by `edit`, if given) with extra
 * environment variables, into a temporary folder. Throws with the build's output if it fails.
 */
export function buildVariant(
  options: { env?: Record<string, string>; edit?: (contentDir: string) => void } = {},
): Variant {
  const base = mkdtempSync(join(tmpdir(), 'pt-variant-'));
  const content = join(base, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  options.edit?.(content);
  const dist = join(base, 'dist');
  const env = {
    ...process.env,
    ...options.env,
    POLICY_TIMELINE_CONTENT: content,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
  };
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`variant build failed:\n${run.stdout}\n${run.stderr}`);
  return { dist, content };
}
