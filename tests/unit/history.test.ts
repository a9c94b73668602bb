/**
 * The diff of two versions of an instrument file: every kind of change, matched by milestone
 * id; reordering, quoting and white space are no change; and the sentences in three languages.
 */
import { describe, expect, it } from 'vitest';
import { getT, langOf } from '../../src/i18n/index.ts';
import { historyWords } from '../../src/i18n/phrases.ts';
import {
  CHANGE_KINDS,
  CONFIDENCE_RANK,
  DETAIL_FIELDS,
  describeChange,
  describeChangeInContext,
  describeChangeParts,
  diffVersions,
  parseVersion,
  stageAt,
  type Change,
  type SentencePart,
  type Translate,
  type Version,
} from '../../src/lib/history.ts';
import type { MilestoneData } from '../../src/lib/schema.ts';
import { deriveStatus } from '../../src/lib/status.ts';

const BASE = `---
title: Regulation on a fixture
shortTitle: Fixture Regulation
kind: regulation
summary: A fixture regulation for the history tests.
references:
  com: "COM(2022) 209 final"
  procedure: "2022/0155(COD)"
related:
  - instrument: other-act
    relation: amends
tags: [fixtures, children]
milestones:
  - id: proposal
    date: "2022-05-11"
    title: Commission proposes the regulation
    stage: proposed
    confidence: official
    sources:
      - url: "https://eur-lex.europa.eu/proposal"
        title: Proposal
        publisher: EUR-Lex
        kind: official
      - url: "https://news.example.org/proposal"
        title: Press report
        publisher: News
        kind: secondary
  - id: council-position
    date: "2026-07-01"
    title: Council adopts its first-reading position
    confidence: unverified
    note: Reported by a newsletter.
    sources:
      - title: Newsletter
        publisher: Agence Europe
        kind: secondary
  - id: end-of-application
    date: "2028-04-03"
    title: End of application
    deadline: {}
    confidence: official
    sources:
      - url: "https://eur-lex.europa.eu/oj"
        title: Official Journal
        publisher: EUR-Lex
        kind: official
---
The explainer: what the regulation does.
`;

const AT = { at: new Date('2026-12-01T10:00:00Z'), campaignZone: 'Europe/Brussels' };
const parse = (text: string): Version => {
  const v = parseVersion(text);
  if (!v) throw new Error('fixture does not parse');
  return v;
};
const base = parse(BASE);
/** The base text with one replacement, which must apply. */
const edit = (from: string | RegExp, to: string, text = BASE): string => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply: ${String(from)}`);
  return next;
};
/** The base text with each replacement in turn, each of which must apply. */
const editAll = (replacements: readonly (readonly [string | RegExp, string])[]): string =>
  replacements.reduce((text, [from, to]) => edit(from, to, text), BASE);
const diff = (after: string, before = BASE): Change[] =>
  diffVersions(parse(before), parse(after), AT);
const kinds = (changes: readonly Change[]): string[] => changes.map((c) => c.kind);

/** The catalogue's translator for a locale, as the sentences take it. */
const historyT = (locale: string): Translate => historyWords(getT(langOf(locale) ?? 'en', locale));
const t = historyT('en-GB');

/** The base file with a confirmed trilogue in November 2025 (a step of no stage with `stage` false). */
const trilogueText = (stage = true): string =>
  edit(
    'milestones:\n',
    `milestones:
  - id: trilogue
    date: "2025-11-05"
    title: First trilogue
${stage ? '    stage: trilogue\n' : ''}    confidence: secondary
    sources:
      - url: "https://news.example.org/t"
        title: Trilogue report
        publisher: News
        kind: secondary
`,
  );
const say = (c: Change): string => describeChange(c, { t, locale: 'en-GB' });
/** Expects exactly one change, and what the history says of it. */
const expectOnly = (changes: readonly Change[], change: Change, words: string): void => {
  expect(changes).toEqual([change]);
  expect(say(changes[0] as Change)).toBe(words);
};

describe('changes that are no change', () => {
  it('finds nothing between a version and itself', () => {
    expect(diff(BASE)).toEqual([]);
  });

  it('ignores the order of milestones, sources, tags and related instruments', () => {
    // Everything reordered but the council position, which moves as a whole, fields in order.
    const councilPosition = BASE.slice(
      BASE.indexOf('  - id: council-position'),
      BASE.indexOf('  - id: end-of-application'),
    );
    const reordered = `---
milestones:
  - id: end-of-application
    title: End of application
    date: "2028-04-03"
    deadline: {}
    sources:
      - kind: official
        publisher: EUR-Lex
        title: Official Journal
        url: "https://eur-lex.europa.eu/oj"
    confidence: official
${councilPosition}  - id: proposal
    date: "2022-05-11"
    title: Commission proposes the regulation
    stage: proposed
    confidence: official
    sources:
      - url: "https://news.example.org/proposal"
        title: Press report
        publisher: News
        kind: secondary
      - url: "https://eur-lex.europa.eu/proposal"
        title: Proposal
        publisher: EUR-Lex
        kind: official
tags: [children, fixtures]
related:
  - relation: amends
    instrument: other-act
references:
  procedure: "2022/0155(COD)"
  com: "COM(2022) 209 final"
summary: A fixture regulation for the history tests.
kind: regulation
shortTitle: Fixture Regulation
title: Regulation on a fixture
---
The explainer: what the regulation does.
`;
    expect(diff(reordered)).toEqual([]);
  });

  it('ignores quoting, YAML style and white space (an unquoted date equals the quoted one)', () => {
    const text = editAll([
      ['date: "2022-05-11"', 'date: 2022-05-11'],
      [
        'title: Commission proposes the regulation',
        'title: "Commission   proposes the regulation"',
      ],
      [
        '    note: Reported by a newsletter.',
        '    note: >-\n      Reported by\n      a newsletter.',
      ],
      ['deadline: {}', 'deadline:\n      {}'],
      ['tags: [fixtures, children]', 'tags:\n  - fixtures\n  - "children"'],
      [
        'The explainer: what the regulation does.\n',
        '\nThe explainer:   what the\nregulation does.\n\n',
      ],
    ]);
    expect(diff(text)).toEqual([]);
  });
});

describe('milestone changes, matched by id', () => {
  it('dates a changed date, with both precisions', () => {
    const changes = diff(edit('date: "2026-07-01"', 'date: "2026-07-02"'));
    expectOnly(
      changes,
      {
        kind: 'date-changed',
        milestone: 'council-position',
        milestoneTitle: 'Council adopts its first-reading position',
        from: '2026-07-01',
        to: '2026-07-02',
        fromPrecision: 'day',
        toPrecision: 'day',
      },
      'Date of “Council adopts its first-reading position” changed from 1 July 2026 to 2 July 2026',
    );
  });

  it('says when a date was only made more precise, and when it moved to another period', () => {
    const month = edit('date: "2026-07-01"', 'date: "2026-07"');
    const [refined] = diff(edit('date: "2026-07"', 'date: "2026-07-02"', month), month);
    expect(refined).toMatchObject({
      kind: 'date-changed',
      refined: true,
      fromPrecision: 'month',
      toPrecision: 'day',
    });
    expect(say(refined as Change)).toBe(
      'Date of “Council adopts its first-reading position” made more precise: 2 July 2026 (was July 2026)',
    );
    const [moved] = diff(edit('date: "2026-07"', 'date: "2026-08-02"', month), month);
    expect(moved).not.toHaveProperty('refined');
  });

  it('finds a milestone added anywhere in the list, and one removed', () => {
    const added = trilogueText(false);
    expect(kinds(diff(added))).toEqual(['milestone-added']);
    expect(say(diff(added)[0] as Change)).toBe(
      'Milestone added: “First trilogue” (5 November 2025)',
    );
    const removed = edit(/ {2}- id: end-of-application[\s\S]*?kind: official\n/, '');
    const changes = diff(removed);
    expectOnly(
      changes,
      {
        kind: 'milestone-removed',
        milestone: 'end-of-application',
        milestoneTitle: 'End of application',
        from: '2028-04-03',
      },
      'Milestone removed: “End of application” (3 April 2028)',
    );
  });

  it('takes a changed id for a removal and an addition (ids are never to change)', () => {
    expect(kinds(diff(edit('id: end-of-application', 'id: application-ends')))).toEqual([
      'milestone-added',
      'milestone-removed',
    ]);
  });

  it('sees a changed title, note, time and time zone', () => {
    expect(kinds(diff(edit('title: End of application', 'title: Application ends')))).toEqual([
      'milestone-title-changed',
    ]);
    expect(kinds(diff(edit('    note: Reported by a newsletter.\n', '')))).toEqual([
      'note-revised',
    ]);
    expect(say(diff(edit('    note: Reported by a newsletter.\n', ''))[0] as Change)).toBe(
      'Note removed',
    );
    const timed = diff(
      edit(
        '    deadline: {}\n',
        '    deadline: {}\n    time: "17:00"\n    timeZone: Europe/Lisbon\n',
      ),
    );
    expect(timed.map((c) => [c.kind, c.field, c.to])).toEqual([
      ['timing-changed', 'time', '17:00'],
      ['timing-changed', 'timeZone', 'Europe/Lisbon'],
    ]);
    expect(timed.map(say)).toEqual(['Time set: 17:00', 'Time zone set: Europe/Lisbon']);
  });

  it('raises and lowers confidence in the documented order', () => {
    const raised = edit(
      '    confidence: unverified\n    note: Reported by a newsletter.\n    sources:\n',
      '    confidence: official\n    note: Reported by a newsletter.\n    sources:\n      - url: "https://consilium.europa.eu/p"\n        title: Council press release\n        publisher: Council of the EU\n        kind: official\n',
    );
    const changes = diff(raised);
    expect(kinds(changes)).toEqual(['confidence-changed', 'source-added']);
    expect(changes[0]).toMatchObject({ from: 'unverified', to: 'official', direction: 'raised' });
    expect(say(changes[0] as Change)).toBe('Confidence raised from Unconfirmed to Official');
    expect(say(changes[1] as Change)).toBe(
      'Source added: Council press release (Council of the EU)',
    );

    const lowered = diff(
      edit(
        '    stage: proposed\n    confidence: official',
        '    stage: proposed\n    confidence: disputed',
      ),
    );
    expect(lowered[0]).toMatchObject({ direction: 'lowered', from: 'official', to: 'disputed' });
    expect(say(lowered[0] as Change)).toBe('Confidence lowered from Official to Disputed');

    expect(CONFIDENCE_RANK.derived).toBe(CONFIDENCE_RANK.secondary);
    const sideways = diffVersions(
      parse(
        edit(
          '    stage: proposed\n    confidence: official',
          '    stage: proposed\n    confidence: secondary',
        ),
      ),
      parse(
        edit(
          '    stage: proposed\n    confidence: official',
          '    stage: proposed\n    confidence: derived\n    rule: a rule',
        ),
      ),
      AT,
    );
    expect(sideways.map((c) => [c.kind, c.direction ?? c.fields])).toEqual([
      ['confidence-changed', 'same'],
      ['milestone-details-changed', ['rule']],
    ]);
    expect(say(sideways[0] as Change)).toBe('Confidence changed from Secondary source to Derived');
  });

  it('matches sources by url, else by title', () => {
    const retitled = diff(edit('title: Press report', 'title: Press report, updated'));
    expect(retitled.map((c) => [c.kind, c.source?.title])).toEqual([
      ['source-changed', 'Press report, updated'],
    ]);
    const removed = diff(
      edit(/ {6}- url: "https:\/\/news\.example\.org\/proposal"[\s\S]*?kind: secondary\n/, ''),
    );
    expect(removed.map((c) => [c.kind, c.source?.url])).toEqual([
      ['source-removed', 'https://news.example.org/proposal'],
    ]);
    // No url: the title is the source's identity.
    const unlinked = diff(edit('publisher: Agence Europe', 'publisher: Agence Europe SA'));
    expect(unlinked.map((c) => [c.kind, c.source?.title])).toEqual([
      ['source-changed', 'Newsletter'],
    ]);
    const renamed = diff(edit('      - title: Newsletter', '      - title: The newsletter'));
    expect(kinds(renamed)).toEqual(['source-added', 'source-removed']);
  });

  it('sees corrections added, revised and removed', () => {
    const correction = `    correction:
      claim: It was adopted on 13 July.
      source: { title: Campaign article, publisher: Campaign, kind: campaign }
      correct: It was adopted on 2 July.
`;
    const withCorrection = edit(
      '    note: Reported by a newsletter.\n',
      `    note: Reported by a newsletter.\n${correction}`,
    );
    expect(kinds(diff(withCorrection))).toEqual(['correction-added']);
    expect(say(diff(withCorrection)[0] as Change)).toBe('Correction added');
    expect(kinds(diff(edit('2 July.', '3 July.', withCorrection), withCorrection))).toEqual([
      'correction-changed',
    ]);
    expect(kinds(diff(BASE, withCorrection))).toEqual(['correction-removed']);
  });

  it('sees a deadline and its outcome set or changed', () => {
    const met = edit('deadline: {}', 'deadline: { outcome: met }');
    expect(diff(met)).toEqual([
      {
        kind: 'outcome-set',
        milestone: 'end-of-application',
        milestoneTitle: 'End of application',
        to: 'met',
      },
    ]);
    expect(say(diff(met)[0] as Change)).toBe('Outcome of the deadline: Met');
    const extended = edit(
      'deadline: { outcome: met }',
      'deadline: { outcome: extended, supersededBy: "x#y" }',
      met,
    );
    expect(diff(extended, met).map((c) => [c.kind, c.from, c.to, c.fields])).toEqual([
      ['outcome-changed', 'met', 'extended', undefined],
      ['milestone-details-changed', undefined, undefined, ['supersededBy']],
    ]);
    expect(say(diff(extended, met)[0] as Change)).toBe(
      'Outcome of the deadline changed from Met to Extended',
    );
    const deadline = diff(
      edit(
        '    note: Reported by a newsletter.\n',
        '    note: Reported by a newsletter.\n    deadline: { outcome: missed }\n',
      ),
    );
    expect(kinds(deadline)).toEqual(['deadline-added', 'outcome-set']);
    expect(kinds(diff(edit('    deadline: {}\n', '')))).toEqual(['deadline-removed']);
  });

  it("sees a milestone's stage, and the stage of the file at the commit's time", () => {
    // A confirmed stage in the past moves the file: both the milestone's stage and the file's.
    const trilogue = trilogueText();
    const changes = diff(trilogue);
    expect(kinds(changes)).toEqual(['milestone-added', 'stage-now']);
    expect(changes[1]).toEqual({ kind: 'stage-now', from: 'proposed', to: 'trilogue' });
    expect(say(changes[1] as Change)).toBe('Stage of the file now: In trilogue');
    // A stage on a milestone still to come does not move the file at the commit's time…
    const future = edit('    deadline: {}\n', '    deadline: {}\n    stage: lapsed\n');
    expect(kinds(diff(future))).toEqual(['milestone-stage-changed']);
    expect(say(diff(future)[0] as Change)).toBe('Now marks the stage Lapsed');
    // …and neither does an unconfirmed report (reports never become a status).
    expect(
      kinds(
        diff(
          edit(
            '    confidence: unverified\n',
            '    confidence: unverified\n    stage: council-first-reading\n',
          ),
        ),
      ),
    ).toEqual(['milestone-stage-changed']);
    expect(stageAt(base, AT.at, AT.campaignZone)).toBe('proposed');
  });

  it('finds the same stage as the status code, at any moment', () => {
    const v = parse(trilogueText());
    const milestones = [...(v.data['milestones'] as MilestoneData[])];
    for (const iso of [
      '2020-01-01',
      '2022-05-10T21:59:59Z',
      '2022-05-11T00:00:00Z',
      '2025-11-05T12:00:00Z',
      '2026-07-02',
      '2030-01-01',
    ])
      expect(stageAt(v, new Date(iso), 'Europe/Brussels'), iso).toBe(
        deriveStatus(milestones, 'legislative', new Date(iso), 'Europe/Brussels').stage,
      );
  });

  it('names the fields of any other difference, never dropping one', () => {
    const changes = diff(
      edit(
        '    stage: proposed\n',
        '    stage: proposed\n    actor: commission\n    reference: "COM(2022) 209"\n    votes: { for: 1, against: 2 }\n    flavour: new-field\n',
      ),
    );
    expectOnly(
      changes,
      {
        kind: 'milestone-details-changed',
        milestone: 'proposal',
        milestoneTitle: 'Commission proposes the regulation',
        fields: ['actor', 'flavour', 'reference', 'votes'],
      },
      'Details revised: who acted, flavour, the document reference and the vote',
    );
  });
});

describe('changes to the instrument', () => {
  it('sees title, summary, references, related instruments, tags and other fields', () => {
    const text = editAll([
      ['title: Regulation on a fixture', 'title: Regulation (EU) 2026/1 on a fixture'],
      ['shortTitle: Fixture Regulation', 'shortTitle: Fixture Act'],
      ['summary: A fixture', 'summary: The fixture'],
      ['  com: "COM(2022) 209 final"\n', '  com: "COM(2022) 210 final"\n  celex: "32026R0001"\n'],
      ['  procedure: "2022/0155(COD)"\n', ''],
      [
        '    relation: amends\n',
        '    relation: amends\n  - instrument: third-act\n    relation: see-also\n',
      ],
      ['tags: [fixtures, children]', 'tags: [fixtures, online]\njurisdiction: EU'],
    ]);
    const changes = diff(text);
    expect(changes.map((c) => [c.kind, c.field ?? c.fields, c.from, c.to])).toEqual([
      [
        'instrument-title-changed',
        'title',
        'Regulation on a fixture',
        'Regulation (EU) 2026/1 on a fixture',
      ],
      ['instrument-title-changed', 'shortTitle', 'Fixture Regulation', 'Fixture Act'],
      [
        'summary-revised',
        undefined,
        'A fixture regulation for the history tests.',
        'The fixture regulation for the history tests.',
      ],
      ['reference-added', 'celex', undefined, '32026R0001'],
      ['reference-changed', 'com', 'COM(2022) 209 final', 'COM(2022) 210 final'],
      ['reference-removed', 'procedure', '2022/0155(COD)', undefined],
      ['related-added', 'see-also', undefined, 'third-act'],
      ['tag-added', undefined, undefined, 'online'],
      ['tag-removed', undefined, 'children', undefined],
      ['instrument-details-changed', ['jurisdiction'], undefined, undefined],
    ]);
    const names = (id: string): string | undefined =>
      id === 'third-act' ? 'Third Act' : undefined;
    expect(
      changes.map((c) => describeChange(c, { t, locale: 'en-GB', instrumentName: names })),
    ).toEqual([
      'Title changed from “Regulation on a fixture” to “Regulation (EU) 2026/1 on a fixture”',
      'Short title changed from “Fixture Regulation” to “Fixture Act”',
      'Summary revised',
      'Official reference added: 32026R0001',
      'Official reference changed from COM(2022) 209 final to COM(2022) 210 final',
      'Official reference removed: 2022/0155(COD)',
      'Link to Third Act added',
      'Tag added: online',
      'Tag removed: children',
      'Details revised: the jurisdiction',
    ]);
    expect(kinds(diff(edit('relation: amends', 'relation: extends')))).toEqual(['related-changed']);
    expect(kinds(diff(edit(/related:\n[\s\S]*?relation: amends\n/, '')))).toEqual([
      'related-removed',
    ]);
  });

  it('says "Explainer revised" once for any change of the body', () => {
    expect(
      diff(
        edit(
          'what the regulation does.',
          'what the regulation does, and why.\n\nA second paragraph.',
        ),
      ),
    ).toEqual([{ kind: 'explainer-revised' }]);
    expect(say({ kind: 'explainer-revised' })).toBe('Explainer revised');
  });

  it('says once which languages a translation changed in, never a milestone detail', () => {
    const translated = edit(
      '    title: Commission proposes the regulation\n',
      '    title: Commission proposes the regulation\n    translations:\n      fr:\n        title: La Commission propose le règlement\n      de:\n        title: Die Kommission schlägt die Verordnung vor\n',
      edit(
        'milestones:\n',
        'translations:\n  fr:\n    shortTitle: Règlement fixture\nmilestones:\n',
      ),
    );
    expect(diff(translated)).toEqual([{ kind: 'translations-revised', fields: ['de', 'fr'] }]);
    // Revising one language names that one only.
    expect(
      diff(edit('Die Kommission schlägt', 'Die Kommission legt', translated), translated),
    ).toEqual([{ kind: 'translations-revised', fields: ['de'] }]);
    expect(say({ kind: 'translations-revised', fields: ['de', 'fr'] })).toBe(
      'Translations revised: German and French',
    );
  });

  it('gives every milestone of an added file, and one change for a removed file', () => {
    const added = diffVersions(undefined, base, AT);
    expect(added.map((c) => [c.kind, c.milestone, c.to])).toEqual([
      ['instrument-added', undefined, undefined],
      ['milestone-added', 'proposal', '2022-05-11'],
      ['milestone-added', 'council-position', '2026-07-01'],
      ['milestone-added', 'end-of-application', '2028-04-03'],
    ]);
    expect(diffVersions(base, undefined, AT)).toEqual([{ kind: 'instrument-removed' }]);
    expect(diffVersions(undefined, undefined, AT)).toEqual([]);
  });
});

describe('versions that do not parse', () => {
  it('are undefined, so history skips them', () => {
    expect(parseVersion('no frontmatter at all')).toBeUndefined();
    expect(parseVersion('---\ntitle: [unclosed\n---\nbody')).toBeUndefined();
    expect(parseVersion('---\n- a list\n---\n')).toBeUndefined();
    expect(parseVersion(BASE)?.body).toBe('\nThe explainer: what the regulation does.\n');
  });

  it('do not make the diff throw on malformed values', () => {
    const odd = edit('date: "2026-07-01"', 'date: "2026-07-32"');
    const [c] = diff(odd);
    expect(c).toMatchObject({ kind: 'date-changed', to: '2026-07-32' });
    expect(c).not.toHaveProperty('toPrecision');
    expect(say(c as Change)).toBe(
      'Date of “Council adopts its first-reading position” changed from 1 July 2026 to 2026-07-32',
    );
  });
});

describe('sentences', () => {
  /** One change of every kind, with every optional field, for the vocabulary checks. */
  /** The milestone the examples below speak of. */
  const councilPosition = { milestone: 'm', milestoneTitle: 'Council position' };
  const every: Change[] = CHANGE_KINDS.flatMap((kind): Change[] => {
    const common = { milestone: 'm', milestoneTitle: 'A milestone' };
    switch (kind) {
      case 'instrument-title-changed':
        return [
          { kind, field: 'title', from: 'a', to: 'b' },
          { kind, field: 'shortTitle', from: 'a', to: 'b' },
        ];
      case 'timing-changed':
        return ['endDate', 'time', 'timeZone'].flatMap((field) => [
          { kind, ...common, field, to: field === 'endDate' ? '2026-01-02' : 'x' },
          { kind, ...common, field, from: field === 'endDate' ? '2026-01-02' : 'x' },
          {
            kind,
            ...common,
            field,
            from: field === 'endDate' ? '2026-01-02' : 'x',
            to: field === 'endDate' ? '2026-02' : 'y',
          },
        ]);
      case 'confidence-changed':
        return (['raised', 'lowered', 'same'] as const).map((direction) => ({
          kind,
          ...common,
          from: 'unverified',
          to: 'official',
          direction,
        }));
      case 'note-revised':
        return [
          { kind, ...common, to: 'x' },
          { kind, ...common, from: 'x' },
          { kind, ...common, from: 'x', to: 'y' },
        ];
      case 'milestone-stage-changed':
        return [
          { kind, ...common, to: 'trilogue' },
          { kind, ...common, from: 'trilogue' },
          { kind, ...common, from: 'trilogue', to: 'adopted' },
        ];
      case 'stage-now':
        return [
          { kind, from: 'proposed', to: 'trilogue' },
          { kind, from: 'proposed' },
        ];
      case 'date-changed':
        return [
          { kind, ...common, from: '2026-07', to: '2026-07-02', refined: true },
          { kind, ...common, from: '2026-07-01', to: '2026-07-02' },
        ];
      case 'outcome-set':
      case 'outcome-changed':
      case 'outcome-removed':
        return [{ kind, ...common, from: 'met', to: 'missed' }];
      case 'source-added':
      case 'source-changed':
      case 'source-removed':
        return [
          { kind, ...common, source: { title: 'T', publisher: 'P' } },
          { kind, ...common, source: { title: 'T' } },
        ];
      case 'instrument-details-changed':
      case 'milestone-details-changed':
        return [
          {
            kind,
            fields: [...DETAIL_FIELDS, 'unknown'],
          },
        ];
      default:
        return [{ kind, ...common, from: '2026-01-01', to: '2026-01-02' }];
    }
  });

  it('have words for every kind in English, French and German, with every placeholder filled', () => {
    for (const locale of ['en-GB', 'fr-FR', 'de-DE']) {
      const lt = historyT(locale);
      for (const c of every) {
        const sentence = describeChangeInContext(c, { t: lt, locale });
        expect(sentence, `${locale} ${c.kind}`).not.toMatch(/\{\w+\}|undefined/);
        expect(sentence.length).toBeGreaterThan(3);
      }
    }
  });

  it('come from the catalogue, which has its own words for each of them in French and German', () => {
    const used = new Set<string>();
    const spy: Translate = (key, params) => (used.add(key), t(key, params));
    for (const c of every) describeChangeInContext(c, { t: spy, locale: 'en-GB' });
    for (const lang of ['fr', 'de'] as const) {
      const own = getT(lang);
      const missing = [...used].filter((key) => !own.has(key as Parameters<typeof own.has>[0]));
      expect(missing, lang).toEqual([]);
    }
  });

  it('read naturally in French and German', () => {
    const change: Change = {
      kind: 'date-changed',
      milestone: 'council-position',
      milestoneTitle: 'Le Conseil adopte sa position',
      from: '2026-07-01',
      to: '2026-07-02',
    };
    expect(describeChange(change, { t: historyT('fr'), locale: 'fr' })).toBe(
      'Date de «\u00a0Le Conseil adopte sa position\u00a0» modifiée\u00a0: 2 juillet 2026 au lieu de 1 juillet 2026',
    );
    expect(describeChange(change, { t: historyT('de'), locale: 'de' })).toBe(
      'Datum von „Le Conseil adopte sa position“ geändert: 2. Juli 2026 statt 1. Juli 2026',
    );
  });

  it('name the milestone in context, once', () => {
    const raised: Change = {
      kind: 'confidence-changed',
      ...councilPosition,
      from: 'unverified',
      to: 'official',
      direction: 'raised',
    };
    expect(describeChangeInContext(raised, { t, locale: 'en-GB' })).toBe(
      '“Council position”: Confidence raised from Unconfirmed to Official',
    );
    const added: Change = {
      kind: 'milestone-added',
      ...councilPosition,
      to: '2026-07',
    };
    expect(describeChangeInContext(added, { t, locale: 'en-GB' })).toBe(
      'Milestone added: “Council position” (July 2026)',
    );
  });

  it("come in parts that make up exactly the sentence, the content's texts apart", () => {
    const names = (id: string): string | undefined => (id === 'other' ? 'Other Act' : undefined);
    for (const locale of ['en-GB', 'fr-FR', 'de-DE'])
      for (const c of every)
        for (const inContext of [true, false]) {
          const options = { t: historyT(locale), locale, instrumentName: names };
          const parts = describeChangeParts(c, { ...options, inContext });
          const sentence = (inContext ? describeChangeInContext : describeChange)(c, options);
          expect(parts.map((p) => p.text).join(''), `${locale} ${c.kind}`).toBe(sentence);
          expect(parts.every((p) => p.text !== '')).toBe(true);
          // The milestone's title is a part of its own wherever the sentence names it.
          const titles = parts.filter((p) => p.from === 'milestone').map((p) => p.text);
          expect(titles.every((x) => x === (c.milestoneTitle ?? c.milestone))).toBe(true);
        }
  });

  it("mark the milestone, the sources, tags, titles and references as the content's, and nothing else", () => {
    const parts = (c: Change, inContext = true): SentencePart[] =>
      describeChangeParts(c, { t: historyT('fr'), locale: 'fr', inContext });
    const source: Change = {
      kind: 'source-added',
      ...councilPosition,
      source: { title: 'Press release', publisher: 'Council of the EU' },
    };
    expect(parts(source)).toEqual([
      { text: '«\u00a0' },
      { text: 'Council position', from: 'milestone' },
      { text: '\u00a0»\u00a0: Source ajoutée\u00a0: ' },
      { text: 'Press release', from: 'content' },
      { text: ' (' },
      { text: 'Council of the EU', from: 'content' },
      { text: ')' },
    ]);
    // Dates and the vocabulary are the catalogue's words, in the page's language.
    const date: Change = {
      kind: 'date-changed',
      ...councilPosition,
      from: '2026-07-01',
      to: '2026-07-02',
    };
    expect(parts(date)).toEqual([
      { text: 'Date de «\u00a0' },
      { text: 'Council position', from: 'milestone' },
      { text: '\u00a0» modifiée\u00a0: 2 juillet 2026 au lieu de 1 juillet 2026' },
    ]);
    expect(
      parts({ kind: 'stage-now', from: 'committee', to: 'trilogue' }).map((p) => p.from),
    ).toEqual([undefined]);
    expect(parts({ kind: 'tag-added', to: 'detection' })).toEqual([
      { text: 'Mot-clé ajouté\u00a0: ' },
      { text: 'detection', from: 'content' },
    ]);
    expect(
      parts({ kind: 'related-added', to: 'dsa', field: 'amends' }).filter((p) => p.from),
    ).toEqual([{ text: 'dsa', from: 'content' }]);
    // On the milestone's own page, no context: only the kinds that name it name it.
    expect(parts(date, false).filter((p) => p.from === 'milestone')).toHaveLength(1);
    expect(parts(source, false).some((p) => p.from === 'milestone')).toBe(false);
  });

  it('plural keys go through Intl.PluralRules, and an unknown key is an error', () => {
    expect(t('history.changes', { count: 1 })).toBe('1 change');
    expect(t('history.changes', { count: 3 })).toBe('3 changes');
    expect(historyT('fr')('history.changes', { count: 0 })).toBe('0\u00a0modification');
    expect(() => t('history.nonsense')).toThrow(/history\.nonsense/);
  });
});
