/**
 * The content a site was built from, read and checked the way the build reads it.
 */
import { contentDirectory, readContentFiles } from '../../src/integrations/content-files.ts';
import type { Campaign, InstrumentData, MilestoneData } from '../../src/lib/schema.ts';
import { validateContent, type ValidationResult } from '../../src/lib/validate.ts';
import { ROOT } from './sites.ts';

export interface Entry {
  readonly instrument: { readonly id: string } & InstrumentData;
  readonly milestone: MilestoneData;
  /** The milestone's permanent address. */
  readonly url: string;
}

/** A content folder, checked (it throws on a problem). */
export function readContent(
  dir: string = contentDirectory(ROOT),
): ValidationResult & { campaign: Campaign } {
  const { files, contentDir } = readContentFiles(dir, ROOT);
  const result = validateContent(files, contentDir);
  if (result.problems.length || !result.campaign)
    throw new Error(
      `test content has problems: ${result.problems.map((p) => `${p.file} ${p.field} ${p.message}`).join('; ')}`,
    );
  return { ...result, campaign: result.campaign };
}

/** Every milestone of a content folder, checked (it throws on a problem). */
export function readEntries(dir: string = contentDirectory(ROOT)): Entry[] {
  return readContent(dir).instruments.flatMap((i) =>
    i.data.milestones.map((m) => ({
      instrument: { id: i.id, ...i.data },
      milestone: m,
      url: `/instruments/${i.id}/${m.id}/`,
    })),
  );
}
