/** `npm run schema:reference`: rewrites the field reference in README.md from the schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateFieldReference, replaceFieldReference } from '../src/lib/schema-reference.ts';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = replaceFieldReference(before, generateFieldReference());
writeFileSync(path, after);
console.log(
  before === after
    ? 'README.md field reference is up to date.'
    : 'README.md field reference rewritten.',
);
