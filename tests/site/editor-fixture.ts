/**
 * The web editor's test content: the real content with an `editor:` section (so the build writes a
 * working editor at /admin/), before and after the edits tests/site/editor.test.ts makes in the
 * browser. tests/site/sites.ts builds the "after" state (the `editor` site); the test edits the
 * "before" state in the editor and checks that what it saved is that content, byte for byte, so
 * the built site shows what the editor wrote.
 */
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** What campaign.yaml gains: the repository the editor saves to. */
export const EDITOR_SETTINGS = '\neditor:\n  backend: github\n  repo: "example/policy-timeline"\n';
export const EDITOR_NOW = '2026-11-30T12:00:00Z';
/** The file the test edits, relative to the repository. */
export const EDITED_INSTRUMENT = 'content/instruments/interim-regulation.mdx';

/** The corrected date: coreper-letter moves from 28 to 31 May 2021. */
export const DATE_BEFORE = '2021-05-28';
export const DATE_AFTER = '2021-05-31';

/** The milestone the test adds with the form, as the editor writes it (after the last one). */
export const ADDED_MILESTONE = [
  '  - id: editor-test-step',
  '    date: "2026-11-20"',
  '    title: "Council confirms the test step"',
  '    sources:',
  '      - url: "https://eur-lex.europa.eu/test-a"',
  '        title: "First test source"',
  '        publisher: "EUR-Lex"',
  '        kind: official',
  '      - url: "https://agenceurope.eu/test-b"',
  '        title: "Second test source"',
  '        publisher: "Agence Europe"',
  '        kind: secondary',
  '    confidence: official',
] as const;

/** Writes the content before editing to `repo`/content: the real content, with the editor set up. */
export function writeContentBeforeEditing(repo: string): string {
  const content = join(repo, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  appendFileSync(join(content, 'campaign.yaml'), EDITOR_SETTINGS);
  return content;
}

/** Makes the two edits of the test in `repo` (what the editor must save): fails loudly if one did not apply. */
export function applyEditorEdits(repo: string): void {
  const path = join(repo, EDITED_INSTRUMENT);
  const before = readFileSync(path, 'utf8');
  const dated = before.replace(
    `  - id: coreper-letter\n    date: "${DATE_BEFORE}"\n`,
    `  - id: coreper-letter\n    date: "${DATE_AFTER}"\n`,
  );
  // The form adds a milestone at the end of the list, after a blank line like the others.
  const end = dated.indexOf('\n---\n', 4);
  const after = `${dated.slice(0, end)}\n\n${ADDED_MILESTONE.join('\n')}${dated.slice(end)}`;
  if (dated === before || end === -1)
    throw new Error(`the editor fixture's edits did not apply to ${EDITED_INSTRUMENT}`);
  writeFileSync(path, after);
}
