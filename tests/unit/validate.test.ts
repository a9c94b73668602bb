import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/body-check.ts';
import { formatProblems, validateContent, type Problem } from '../../src/lib/validate.ts';
import { FIXTURES, validFiles, withInvalid } from './helpers.ts';

/** Problems reported for one file. */
function problemsFor(name: string): Problem[] {
  const result = validateContent(withInvalid(name));
  return result.problems.filter((p) => p.file === `content/instruments/${name}`);
}

describe('the valid fixture set', () => {
  const result = validateContent(validFiles());

  it('has no problems', () => {
    expect(formatProblems(result.problems)).toBe(formatProblems([]));
  });

  it('loads the campaign with its defaults filled in', () => {
    expect(result.campaign?.name).toBe('Fixture Campaign');
    expect(result.campaign?.license.name).toBe('CC BY 4.0');
  });

  it('publishes every instrument and skips templates by name', () => {
    expect(result.instruments.map((i) => i.id).sort()).toEqual([
      'alpha-regulation',
      'beta-strategy',
    ]);
    expect(result.templates).toEqual(['content/instruments/_template.mdx']);
    expect(
      result.instruments.find((i) => i.id === 'alpha-regulation')?.data.milestones,
    ).toHaveLength(5);
  });
});

// One fixture per kind of bad input: each message must name the file, the field and the value.
// [file, field, value, message]
const cases = (
  [
    ['impossible-date.mdx', 'milestones[0].date', '"2025-02-30"', /February 2025 has 28 days/],
    ['impossible-month.mdx', 'milestones[0].date', '"2025-13-01"', /no month 13/],
    ['not-a-leap-year.mdx', 'milestones[0].date', '"2025-02-29"', /February 2025 has 28 days/],
    ['unquoted-date.mdx', 'milestones[0].date', '2024-03-01', /not quoted/],
    ['unknown-related.mdx', 'related[0].instrument', 'gamma-directive', /unknown instrument/],
    [
      'unknown-superseded.mdx',
      'milestones[0].deadline.supersededBy',
      'alpha-regulation#third-end',
      /has no milestone "third-end"/,
    ],
    [
      'unknown-superseded.mdx',
      'milestones[1].deadline.supersededBy',
      'omega-act#end',
      /unknown instrument "omega-act"/,
    ],
    ['duplicate-milestone-id.mdx', 'milestones[1].id', 'proposal', /duplicate milestone id/],
    ['derived-without-rule.mdx', 'milestones[0].rule', '(missing)', /derived date needs the rule/],
    [
      'disputed-without-alternatives.mdx',
      'milestones[0].alternatives',
      '(missing)',
      /disputed date needs the alternative dates/,
    ],
    [
      'superseded-without-successor.mdx',
      'milestones[0].deadline.supersededBy',
      '(missing)',
      /needs what superseded it/,
    ],
    ['malformed-references.mdx', 'references.com', '"COM 2022/209"', /not a COM reference/],
    ['malformed-references.mdx', 'references.celex', '"2021R1232"', /not a CELEX number/],
    [
      'malformed-references.mdx',
      'references.procedure',
      '"2020/259(COD)"',
      /not a procedure reference/,
    ],
    ['unknown-time-zone.mdx', 'milestones[0].timeZone', 'Europe/Brusels', /unknown IANA time zone/],
    [
      'source-url-not-http.mdx',
      'milestones[0].sources[0].url',
      '"ftp://eur-lex.europa.eu/x"',
      /not an http\(s\) URL/,
    ],
    ['unknown-field.mdx', 'milestones[0].sorces', '[]', /unknown field "sorces"/],
    // Content may be translated into the site's languages only (src/i18n/).
    [
      'unknown-translation-language.mdx',
      'milestones[0].translations.es',
      '{ title: Un hito }',
      /unknown field "es"/,
    ],
    ['missing-sources.mdx', 'milestones[0].sources', '(missing)', /required field is missing/],
    ['stage-off-track.mdx', 'milestones[0].stage', 'trilogue', /not on the non-legislative track/],
    // The explainer body (src/lib/body-check.ts): one fixture per rule.
    [
      'body-mdx-syntax.mdx',
      'body',
      'Then a tag is opened <span>and never closed.',
      /^the body is not valid MDX, so the build would fail: Expected a closing tag for `<span>`/,
    ],
    [
      'body-import-export.mdx',
      'body',
      'import Widget from "https://cdn.example.com/widget.js"',
      /^import and export statements are not allowed in a body/,
    ],
    [
      'body-expression.mdx',
      'body',
      '{2026 - 2021}',
      /^JSX expressions \(\{…\}\) are not allowed in a body/,
    ],
    ['body-script.mdx', 'body', '<script>', /^a raw <script> is not allowed in a body/],
    ['body-iframe.mdx', 'body', '<iframe>', /^a raw <iframe> is not allowed in a body/],
    [
      'body-event-handler.mdx',
      'body',
      '<a onclick=…>',
      /^event-handler attributes \(onclick=\) are not allowed in a body/,
    ],
  ] as const
).map(([file, field, value, message]) => ({ file, field, value, message }));

describe('one fixture per kind of bad input', () => {
  it.each(cases)('$file: $field', ({ file, field, value, message }) => {
    const problems = problemsFor(file);
    const problem = problems.find((p) => p.field === field);
    expect(problem, `no problem on ${field}; got ${formatProblems(problems)}`).toBeDefined();
    expect(problem?.value).toBe(value);
    expect(problem?.message).toMatch(message);
    expect(problem?.fix?.length ?? 0).toBeGreaterThan(5);
    expect(problem?.line).toBeGreaterThan(1);
  });

  it('points at the line of the body where each bad thing is written', () => {
    const lineOf = (file: string, text: string): number =>
      readFileSync(join(FIXTURES, 'invalid', file), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(text)) + 1;
    const lines = (file: string): (number | undefined)[] => problemsFor(file).map((p) => p.line);
    expect(lines('body-mdx-syntax.mdx')).toEqual([lineOf('body-mdx-syntax.mdx', '<span>')]);
    expect(lines('body-import-export.mdx')).toEqual([
      lineOf('body-import-export.mdx', 'import Widget'),
      lineOf('body-import-export.mdx', 'export const'),
    ]);
    expect(problemsFor('body-import-export.mdx')[1]?.value).toBe('export const year = 2026');
    for (const [file, text] of [
      ['body-expression.mdx', '{2026'],
      ['body-script.mdx', '<script>'],
      ['body-iframe.mdx', '<iframe'],
      ['body-event-handler.mdx', 'onclick='],
    ] as const)
      expect(lines(file), file).toEqual([lineOf(file, text)]);
  });

  it('finds expressions and handlers anywhere on a tag, in any case, and leaves code alone', () => {
    const body = (text: string): Problem[] =>
      checkBody('content/instruments/x.mdx', `---\ntitle: x\n---\n\n${text}\n`);
    const messages = (text: string): string[] => body(text).map((p) => p.message);
    expect(messages('<a href={url}>x</a>')).toEqual([
      expect.stringMatching(/href=\{…\} runs code/),
    ]);
    expect(messages('<a {...props}>x</a>')).toEqual([expect.stringMatching(/spread/)]);
    expect(messages('<img src="x.png" onLoad="f()" />')).toEqual([
      expect.stringMatching(/onLoad=/),
    ]);
    expect(messages('<SCRIPT>x</SCRIPT>')).toEqual([expect.stringMatching(/raw <script>/)]);
    expect(messages('Text <!-- a comment -->')).toEqual([
      expect.stringMatching(/^the body is not valid MDX/),
    ]);
    expect(body('Text <!-- a comment -->')[0]?.fix).toMatch(/HTML comments/);
    // Code shows these as text; a plain Markdown body has nothing to report.
    expect(messages('Use `{x}` or `<script>`.\n\n```\nimport x from "y"\n{z}\n```')).toEqual([]);
    expect(messages('**Bold**, [a link](https://eur-lex.europa.eu/), a < b and 3 > 2.')).toEqual(
      [],
    );
  });

  it('points at the line where the bad value is written', () => {
    const text = readFileSync(join(FIXTURES, 'invalid', 'impossible-date.mdx'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('2025-02-30')) + 1;
    expect(problemsFor('impossible-date.mdx')[0]?.line).toBe(line);
  });

  it('suggests the field an author probably meant', () => {
    expect(problemsFor('unknown-field.mdx')[0]?.fix).toContain('did you mean "sources"');
  });

  it('reports a YAML syntax error with its line instead of crashing', () => {
    const [problem] = problemsFor('yaml-syntax-error.mdx');
    expect(problem?.message).toMatch(/YAML syntax error/);
    // js-yaml notices the unclosed list where the frontmatter ends (line 4), just after line 3.
    expect(problem?.line).toBeGreaterThanOrEqual(3);
    expect(problem?.line).toBeLessThanOrEqual(4);
  });

  it('reports every field of a bad campaign file at once', () => {
    const files = validFiles().map((f) =>
      f.path === 'content/campaign.yaml'
        ? { ...f, text: readFileSync(join(FIXTURES, 'invalid', 'campaign.yaml'), 'utf8') }
        : f,
    );
    const fields = validateContent(files).problems.map((p) => `${p.file} ${p.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'content/campaign.yaml siteUrl',
        'content/campaign.yaml timeZone',
        'content/campaign.yaml reviewedAt',
        'content/campaign.yaml name',
      ]),
    );
  });

  it('reports every bad file in one run, not only the first', () => {
    const all = cases.map((c) => c.file);
    const files = [
      ...validFiles(),
      ...[...new Set(all)].map((name) => ({
        path: `content/instruments/${name}`,
        text: readFileSync(join(FIXTURES, 'invalid', name), 'utf8'),
      })),
    ];
    const result = validateContent(files);
    const reported = new Set(result.problems.map((p) => p.file));
    for (const name of all) expect(reported).toContain(`content/instruments/${name}`);
    expect(result.problems.length).toBeGreaterThanOrEqual(cases.length);
  });
});

describe('rules on the folder itself', () => {
  it('refuses an instrument file that is not .mdx instead of skipping it', () => {
    const result = validateContent([
      ...validFiles(),
      { path: 'content/instruments/notes.md', text: '# notes' },
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.file).toBe('content/instruments/notes.md');
    expect(result.problems[0]?.message).toMatch(/must end in \.mdx/);
  });

  it('refuses a file name that is not a valid id', () => {
    const result = validateContent([
      ...validFiles(),
      { path: 'content/instruments/Bad_Name.mdx', text: '---\n---\n' },
    ]);
    expect(result.problems[0]).toMatchObject({
      file: 'content/instruments/Bad_Name.mdx',
      value: 'Bad_Name.mdx',
    });
  });

  it('refuses duplicate instrument ids', () => {
    const files = validFiles();
    const alpha = files.find((f) => f.path.endsWith('alpha-regulation.mdx'));
    if (!alpha) throw new Error('fixture missing');
    const result = validateContent([...files, alpha]);
    expect(result.problems).toEqual([
      expect.objectContaining({ value: 'alpha-regulation', message: 'duplicate instrument id' }),
    ]);
  });

  it('reports a missing campaign file', () => {
    const result = validateContent(validFiles().filter((f) => !f.path.endsWith('campaign.yaml')));
    expect(result.problems[0]).toMatchObject({
      file: 'content/campaign.yaml',
      message: 'the campaign file is missing',
    });
  });

  it('detects deadlines that supersede each other in a circle', () => {
    const files = validFiles().map((f) =>
      f.path.endsWith('alpha-regulation.mdx')
        ? {
            ...f,
            text: f.text.replace(
              '    deadline: {}\n',
              '    deadline: { outcome: superseded, supersededBy: "alpha-regulation#first-end" }\n',
            ),
          }
        : f,
    );
    const result = validateContent(files);
    expect(result.problems.map((p) => p.message)).toContain(
      'these deadlines supersede each other in a circle',
    );
  });

  it('accepts an empty campaign: a campaign file and no instruments', () => {
    const result = validateContent(validFiles().filter((f) => f.path.endsWith('campaign.yaml')));
    expect(result.problems).toEqual([]);
    expect(result.instruments).toEqual([]);
  });

  it('formats problems with file:line, field, value, rule and fix', () => {
    const text = formatProblems(problemsFor('impossible-date.mdx'));
    expect(text).toMatch(/^1 problem in 1 file:/);
    expect(text).toMatch(/content\/instruments\/impossible-date\.mdx:\d+ {2}milestones\[0\]\.date/);
    expect(text).toContain('value:   "2025-02-30"');
    expect(text).toContain('problem: not a real date');
    expect(text).toContain('fix:     write a real calendar date');
  });
});
