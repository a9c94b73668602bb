import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateFieldReference,
  REFERENCE_END,
  REFERENCE_START,
} from '../../src/lib/schema-reference.ts';
import { ACTORS, CONFIDENCES, STAGES } from '../../src/lib/schema.ts';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README field reference', () => {
  it('is the one generated from the schema (run npm run schema:reference if this fails)', () => {
    const section = readme.slice(
      readme.indexOf(REFERENCE_START),
      readme.indexOf(REFERENCE_END) + REFERENCE_END.length,
    );
    expect(section).toBe(generateFieldReference());
  });

  it('lists every vocabulary value an author may use', () => {
    for (const word of [...CONFIDENCES, ...STAGES, ...ACTORS])
      expect(readme).toContain(`\`${word}\``);
  });

  it('gives the two commands and the test command CI runs', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    expect(readFileSync(join(import.meta.dirname, '..', '..', '.ci', 'run'), 'utf8')).toMatch(
      /^npm test$/m,
    );
  });
});
