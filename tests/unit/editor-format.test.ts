/**
 * Reading content files into the web editor's values and writing them back: what is not edited
 * keeps its bytes, blanks are left out, `deadline: {}` survives, the explainer round-trips, and
 * what is written passes the validator's checks of one file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadJsYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_PRESENCE } from '../../src/lib/editor-config.ts';
import {
  BODY_KEY,
  editorValuesToData,
  PRESENCE_KEY,
  readForEditor,
  SOURCE_KEY,
  writeFromEditor,
} from '../../src/lib/editor-format.ts';
import { validateFile } from '../../src/lib/validate.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const INSTRUMENTS = join(ROOT, 'content', 'instruments');
/** What the editor hands to a file format: the text with line ends normalised and trimmed. */
const asGiven = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

type Milestone = Record<string, unknown>;
type Values = Record<string, unknown> & { milestones: Milestone[] };

const read = (name: string): { text: string; values: Values } => {
  const text = readFileSync(join(INSTRUMENTS, name), 'utf8');
  return {
    text,
    values: readForEditor(asGiven(text), 'frontmatter', INSTRUMENT_PRESENCE) as Values,
  };
};
const write = (values: Record<string, unknown>): string =>
  writeFromEditor(values, 'frontmatter', INSTRUMENT_PRESENCE);
const milestone = (values: Values, id: string): Milestone => {
  const found = values.milestones.find((m) => m['id'] === id);
  if (!found) throw new Error(`no milestone ${id}`);
  return found;
};

describe('an unedited file is written back byte for byte', () => {
  for (const name of readdirSync(INSTRUMENTS)) {
    it(name, () => {
      const { text, values } = read(name);
      expect(write(structuredClone(values))).toBe(text);
    });
  }
  it('campaign.yaml, its comments included', () => {
    const text = readFileSync(join(ROOT, 'content', 'campaign.yaml'), 'utf8');
    const values = readForEditor(asGiven(text), 'yaml');
    expect(writeFromEditor(values, 'yaml')).toBe(text);
  });
});

describe('what the editor holds', () => {
  it('the fields, the explainer without the blank line after the frontmatter, and the text as read', () => {
    const { values } = read('interim-regulation.mdx');
    expect(values['shortTitle']).toBe('Interim Regulation');
    expect(values.milestones[0]?.['date']).toBe('2020-09-10');
    expect(String(values[BODY_KEY])).toMatch(/^The Interim Regulation is a stop-gap\./);
    expect(values[SOURCE_KEY]).toEqual(expect.stringMatching(/^---\ntitle:/));
  });

  it('a deadline carries a mark, so `deadline: {}` is not lost as an empty object', () => {
    const text = '---\ntitle: x\nmilestones:\n  - id: a\n    deadline: {}\n  - id: b\n---\n';
    const values = readForEditor(text, 'frontmatter', INSTRUMENT_PRESENCE) as Values;
    expect(values.milestones[0]?.['deadline']).toEqual({ [PRESENCE_KEY]: true });
    expect(values.milestones[1]?.['deadline']).toBeUndefined();
    expect(write(values)).toBe(text);
  });
});

describe('writing an edit', () => {
  it('changes only the lines of the edit, and the result reads as the values saved', () => {
    const { text, values } = read('interim-regulation.mdx');
    milestone(values, 'coreper-letter')['date'] = '2021-05-31';
    const out = write(values);
    const changed = out.split('\n').filter((line, i) => line !== text.split('\n')[i]);
    expect(changed).toEqual(['    date: "2021-05-31"']);
  });

  it('leaves out what the form gives for blank fields', () => {
    const { text, values } = read('interim-regulation.mdx');
    Object.assign(milestone(values, 'published'), {
      note: '',
      votes: null,
      endDate: undefined,
      tags: [''],
    });
    // A list of blank items is blank too.
    expect(write(values)).toBe(text);
    Object.assign(milestone(values, 'published'), { votes: { for: null, against: null } });
    expect(write(values)).toBe(text);
  });

  it('a deadline marked in the form becomes `deadline: {}`; unmarked and empty, it is removed', () => {
    const { text, values } = read('interim-regulation.mdx');
    milestone(values, 'published')['deadline'] = { [PRESENCE_KEY]: true };
    milestone(values, 'end-of-application')['deadline'] = { [PRESENCE_KEY]: false };
    const out = write(values);
    expect(out).toContain('    stage: published\n    reference: "OJ L 274, 30.7.2021, p. 41–51"\n');
    const data = loadJsYaml(/^---\n([\s\S]*?)---/.exec(out)?.[1] ?? '') as Values;
    expect(milestone(data, 'published')['deadline']).toEqual({});
    expect(milestone(data, 'end-of-application')['deadline']).toBeUndefined();
    expect(out.length).toBeLessThan(text.length + 20);
  });

  it('an unmarked deadline that has an outcome is kept: nothing typed is dropped', () => {
    expect(
      editorValuesToData(
        { milestones: [{ id: 'a', deadline: { [PRESENCE_KEY]: false, outcome: 'met' } }] },
        INSTRUMENT_PRESENCE,
      ),
    ).toEqual({ milestones: [{ id: 'a', deadline: { outcome: 'met' } }] });
  });

  it('an edited explainer replaces the body only; an untouched one keeps its exact text', () => {
    const { text, values } = read('dsa.mdx');
    const body = String(values[BODY_KEY]);
    // The editor may hand back the body with different outer blank lines: still untouched.
    expect(write({ ...values, [BODY_KEY]: `\n${body}\n\n` })).toBe(text);
    const edited = write({ ...values, [BODY_KEY]: `${body}\n\nA new paragraph.` });
    expect(edited.startsWith(text.slice(0, text.indexOf('\n---\n') + 5))).toBe(true);
    expect(edited.endsWith('\n\nA new paragraph.\n')).toBe(true);
  });

  it('a new file is written whole, in the content’s style, and passes the validator', () => {
    const out = write({
      title: 'Regulation on an example subject',
      shortTitle: 'Example',
      kind: 'regulation',
      summary: 'One sentence saying what it does.',
      milestones: [
        {
          id: 'proposal',
          date: '2026-01-15',
          title: 'Commission proposes it',
          sources: [
            {
              url: 'https://eur-lex.europa.eu/x',
              title: 'Proposal',
              publisher: 'EUR-Lex',
              kind: 'official',
            },
          ],
          confidence: 'official',
          deadline: { [PRESENCE_KEY]: true },
        },
      ],
      [BODY_KEY]: 'An explainer.',
    });
    expect(out).toBe(`---
title: "Regulation on an example subject"
shortTitle: "Example"
kind: regulation
summary: "One sentence saying what it does."
milestones:
  - id: proposal
    date: "2026-01-15"
    title: "Commission proposes it"
    sources:
      - url: "https://eur-lex.europa.eu/x"
        title: "Proposal"
        publisher: "EUR-Lex"
        kind: official
    confidence: official
    deadline: {}
---

An explainer.
`);
    expect(validateFile({ path: 'content/instruments/example.mdx', text: out })).toEqual([]);
  });
});
