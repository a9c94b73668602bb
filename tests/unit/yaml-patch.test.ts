import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { load as loadJsYaml } from 'js-yaml';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isPlainSafe, patchYaml, sameData } from '../../src/lib/yaml-patch.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const clone = <T>(value: T): T => structuredClone(value);

/** The frontmatter of a real instrument file. */
function frontmatterOf(name: string): string {
  const text = readFileSync(join(ROOT, 'content', 'instruments', name), 'utf8');
  const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
  if (!match?.[1]) throw new Error(`no frontmatter in ${name}`);
  return match[1];
}

/** The lines that differ between two texts, as "-old" / "+new" (a plain line diff by LCS). */
function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[i + 1]![j]! >= table[i]![j + 1]!))
      out.push(`-${a[i++]}`);
    else out.push(`+${b[j++]}`);
  }
  return out;
}

const source = frontmatterOf('interim-regulation.mdx');
type Data = { milestones: Record<string, unknown>[] } & Record<string, unknown>;
const data = (): Data => parse(source) as Data;
const milestone = (d: Data, id: string): Record<string, unknown> => {
  const found = d.milestones.find((m) => m['id'] === id);
  if (!found) throw new Error(`no milestone ${id}`);
  return found;
};

describe('patchYaml on a real instrument file', () => {
  it('returns the text unchanged when nothing changed', () => {
    expect(patchYaml(source, data())).toBe(source);
  });

  it('changes a date where it stands, quoted, and nothing else', () => {
    const next = data();
    milestone(next, 'coreper-letter')['date'] = '2021-05-31';
    const out = patchYaml(source, next);
    expect(lineDiff(source, out)).toEqual(['-    date: "2021-05-28"', '+    date: "2021-05-31"']);
    expect((loadJsYaml(out) as Data).milestones[7]?.['date']).toBe('2021-05-31');
  });

  it('appends a new milestone after the last one, with the list’s blank line, in the content’s style', () => {
    const next = data();
    next.milestones.push({
      id: 'new-step',
      date: '2026-12-01',
      title: 'A new step: "quoted" words',
      stage: 'in-force',
      sources: [
        {
          url: 'https://example.org/a',
          title: 'First source',
          publisher: 'EUR-Lex',
          kind: 'official',
        },
        {
          title: 'Second source',
          publisher: 'Agence Europe',
          kind: 'secondary',
          note: 'No address.',
        },
      ],
      confidence: 'official',
    });
    const out = patchYaml(source, next);
    expect(out.startsWith(source)).toBe(true);
    expect(out.slice(source.length).split('\n')).toEqual([
      '',
      '  - id: new-step',
      '    date: "2026-12-01"',
      '    title: "A new step: \\"quoted\\" words"',
      '    stage: in-force',
      '    sources:',
      '      - url: "https://example.org/a"',
      '        title: "First source"',
      '        publisher: "EUR-Lex"',
      '        kind: official',
      '      - title: "Second source"',
      '        publisher: "Agence Europe"',
      '        kind: secondary',
      '        note: "No address."',
      '    confidence: official',
      '',
    ]);
    expect(sameData(loadJsYaml(out), next)).toBe(true);
  });

  it('inserts a new field beside its neighbours, and removes one with its lines', () => {
    const next = data();
    const m = milestone(next, 'committee-approval');
    // The editor hands fields back in schema order: a new endDate goes after date.
    const { id, date, ...rest } = m;
    Object.keys(m).forEach((k) => delete m[k]);
    Object.assign(m, { id, date, endDate: '2021-05-27', ...rest });
    delete milestone(next, 'proposal')['note'];
    const out = patchYaml(source, next);
    expect(lineDiff(source, out)).toEqual([
      '-    note: "The proposal foresaw that the derogation would expire at the end of 2025 (as reported by Agence Europe)."',
      '+    endDate: "2021-05-27"',
    ]);
    expect(out.indexOf('endDate')).toBeGreaterThan(out.indexOf('date: "2021-05-26"'));
  });

  it('keeps folded notes and the order of untouched keys even when the new object orders keys differently', () => {
    const next = data();
    next.milestones = next.milestones.map((m) => {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(m).sort()) sorted[k] = m[k];
      return sorted;
    });
    expect(patchYaml(source, next)).toBe(source);
  });

  it('removes a milestone with the blank line that separated it', () => {
    const next = data();
    next.milestones = next.milestones.filter((m) => m['id'] !== 'adopted');
    const out = patchYaml(source, next);
    const diff = lineDiff(source, out);
    expect(diff.filter((l) => l.startsWith('+'))).toEqual([]);
    expect(diff[0]).toBe('-  - id: adopted');
    expect(out).not.toMatch(/\n\n\n/);
    expect(sameData(parse(out), next)).toBe(true);
  });

  it('rewrites a changed folded note as one block, leaving its neighbours', () => {
    const next = data();
    milestone(next, 'legal-gap-opens')['note'] = 'A shorter note.';
    const out = patchYaml(source, next);
    const diff = lineDiff(source, out);
    expect(diff.filter((l) => l.startsWith('+'))).toEqual(['+    note: "A shorter note."']);
    expect(diff.filter((l) => l.startsWith('-'))).toHaveLength(4);
  });

  it('edits one source among several without touching the others', () => {
    const next = data();
    const sources = milestone(next, 'end-of-application')['sources'] as Record<string, unknown>[];
    sources[1]!['title'] = 'EU rules to tackle child sexual abuse online to lapse';
    const out = patchYaml(source, next);
    expect(lineDiff(source, out)).toEqual([
      '-        title: "EU rules to tackle child sex abuse online to lapse"',
      '+        title: "EU rules to tackle child sexual abuse online to lapse"',
    ]);
  });

  it('adds and removes an object field (a deadline) and keeps `deadline: {}`', () => {
    const next = data();
    milestone(next, 'published')['deadline'] = {};
    delete milestone(next, 'end-of-application')['deadline'];
    const out = patchYaml(source, next);
    expect(lineDiff(source, out)).toEqual([
      '+    deadline: {}',
      '-    deadline:',
      '-      outcome: lapsed',
    ]);
    expect(sameData(loadJsYaml(out), next)).toBe(true);
  });
});

describe('patchYaml details', () => {
  it('quotes dates, years and anything that is not an id or a word, and keeps ids and words plain', () => {
    const fields = {
      a: 1,
      date: '2021',
      kind: 'official',
      id: 'council-mandate',
      no: 'no',
      url: 'https://x.org',
      multi: 'one\ntwo',
    };
    const out = patchYaml('a: 1\n', fields);
    expect(out).toBe(
      'a: 1\ndate: "2021"\nkind: official\nid: council-mandate\nno: "no"\nurl: "https://x.org"\nmulti: |-\n  one\n  two\n',
    );
    expect(loadJsYaml(out)).toEqual(fields);
  });

  it('keeps a comment after a value it changes', () => {
    expect(
      patchYaml('com: "COM(2020) 1" # the proposal\nb: x\n', { com: 'COM(2020) 2', b: 'x' }),
    ).toBe('com: "COM(2020) 2" # the proposal\nb: x\n');
  });

  it('re-quotes an unquoted date that js-yaml would read as a Date, even when its value did not change', () => {
    expect(patchYaml('date: 2021-07-30\ntitle: x\n', { date: '2021-07-30', title: 'x' })).toBe(
      'date: "2021-07-30"\ntitle: x\n',
    );
  });

  it('leaves an empty list or mapping that the new values only leave out', () => {
    const text = 'title: x\nrelated: []\nreferences: {}\n';
    expect(patchYaml(text, { title: 'x' })).toBe(text);
  });

  it('writes an emptied list as []', () => {
    expect(patchYaml('tags:\n  - a\n  - b\nx: 1\n', { tags: [], x: 1 })).toBe('tags: []\nx: 1\n');
  });

  it('inserts list items at the front and in the middle, and keeps a list without blank lines so', () => {
    const out = patchYaml('tags:\n  - b\n  - d\n', { tags: ['a', 'b', 'c', 'd'] });
    expect(out).toBe('tags:\n  - a\n  - b\n  - c\n  - d\n');
  });

  it('replaces items when a list is reordered, and the result reads back as the new order', () => {
    const out = patchYaml('tags:\n  - a\n  - b\n  - c\n', { tags: ['c', 'a', 'b'] });
    expect(parse(out)).toEqual({ tags: ['c', 'a', 'b'] });
  });

  it('refuses a document that is not a mapping', () => {
    expect(() => patchYaml('- a\n', { a: 1 })).toThrow(/mapping/);
  });

  it('isPlainSafe accepts ids and words only', () => {
    expect(['official', 'council-mandate', 'ep-first-reading', 'a1'].every(isPlainSafe)).toBe(true);
    expect(
      ['2021', '2021-07-30', 'yes', 'No', 'EU', 'a b', 'x:', '1e3', '-a', 'a--b', ''].some(
        isPlainSafe,
      ),
    ).toBe(false);
  });

  // Whatever the edit, the text written reads back, with the parser Astro uses, as the values meant.
  it('round-trips random edits of milestone fields through js-yaml', () => {
    const words = fc.constantFrom(
      'official',
      'x',
      '2021-07-30',
      'a "b"',
      'line\nbreak',
      'é ü',
      '#1',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            index: fc.nat({ max: 15 }),
            key: fc.constantFrom('title', 'note', 'date', 'reference', 'extra'),
            value: fc.option(words, { nil: undefined }),
          }),
          { maxLength: 6 },
        ),
        (changes) => {
          const next = clone(data());
          for (const { index, key, value } of changes) {
            const m = next.milestones[index];
            if (!m) continue;
            if (value === undefined) delete m[key];
            else m[key] = value;
          }
          const out = patchYaml(source, next);
          const back = loadJsYaml(out);
          expect(sameData(back, next)).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  }, 30_000);
});
