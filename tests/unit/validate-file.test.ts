/**
 * The checks of one file on its own (what the web editor runs before it saves): the same
 * messages as `npm run validate`, and none of the rules that need the other files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent, validateFile } from '../../src/lib/validate.ts';
import { validFiles } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const file = (name: string) => ({
  path: `content/instruments/${name}`,
  text: readFileSync(join(ROOT, 'content', 'instruments', name), 'utf8'),
});

describe('validateFile', () => {
  it('accepts every file of the content and the campaign file', () => {
    for (const f of validFiles()) expect(validateFile(f), f.path).toEqual([]);
    expect(validateFile(file('interim-regulation.mdx'))).toEqual([]);
    expect(
      validateFile({
        path: 'content/campaign.yaml',
        text: readFileSync(join(ROOT, 'content', 'campaign.yaml'), 'utf8'),
      }),
    ).toEqual([]);
  });

  it('gives the schema’s problems with the validator’s words, file and line', () => {
    const { text, path } = file('interim-regulation.mdx');
    const broken = text.replace('    date: "2021-05-28"', '    date: "2021-05-32"');
    const fromFile = validateFile({ path, text: broken });
    const fromAll = validateContent([
      ...validFiles().filter((f) => f.path === 'content/campaign.yaml'),
      { path, text: broken },
    ]).problems.filter((p) => p.field === 'milestones[7].date');
    expect(fromFile).toEqual(fromAll);
    expect(fromFile[0]).toMatchObject({ field: 'milestones[7].date', value: '"2021-05-32"' });
    expect(fromFile[0]?.message).toMatch(/^not a real date: May 2021 has 31 days/);
  });

  it('checks the rules between milestones of the file: a duplicate id', () => {
    const { text, path } = file('interim-regulation.mdx');
    const broken = text.replace('  - id: coreper-letter', '  - id: committee-approval');
    expect(validateFile({ path, text: broken }).map((p) => p.message)).toEqual([
      'duplicate milestone id (also milestones[6])',
    ]);
  });

  it('leaves references to other files to the whole-content check', () => {
    const { text, path } = file('interim-regulation.mdx');
    const broken = text
      .replace('  - instrument: eecc', '  - instrument: no-such-file')
      .replace(
        'supersededBy: "interim-regulation#end-of-application"',
        'supersededBy: "elsewhere#somewhere"',
      );
    expect(validateFile({ path, text: broken })).toEqual([]);
  });
});
