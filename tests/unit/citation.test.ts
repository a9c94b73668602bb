import { describe, expect, it } from 'vitest';
import {
  citedSource,
  formatCitation,
  instrumentReference,
  type CitationInput,
  type CitationLabels,
} from '../../src/lib/citation.ts';
import { getT } from '../../src/i18n/index.ts';
import { citationLabels } from '../../src/i18n/phrases.ts';

const labels: CitationLabels = citationLabels(getT('en'));
const base: CitationInput = {
  organisation: 'ECPAT International',
  site: 'Project Beacon',
  instrument: 'CSA Regulation',
  instrumentReference: 'COM(2022) 209 final',
  milestone: 'Commission proposes the CSA Regulation',
  date: '11 May 2022',
  url: 'https://beacon.example.org/instruments/csa-regulation/proposal/',
};

describe('citations', () => {
  it('names the publisher, milestone, instrument with its reference, date, address and access date', () => {
    const c = formatCitation(
      {
        ...base,
        source: {
          publisher: 'EUR-Lex',
          title: 'Proposal COM(2022) 209 final',
          url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM%3A2022%3A209%3AFIN',
        },
      },
      '29 November 2026',
      labels,
    );
    expect(c.text.split('\n')).toEqual([
      'ECPAT International, Project Beacon. “Commission proposes the CSA Regulation.” CSA Regulation (COM(2022) 209 final), 11 May 2022.',
      'Source: EUR-Lex, “Proposal COM(2022) 209 final”, https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM%3A2022%3A209%3AFIN',
      'Permanent link: https://beacon.example.org/instruments/csa-regulation/proposal/',
    ]);
    expect(c.accessed).toBe('Accessed 29 November 2026.');
  });

  it('never puts punctuation right after a URL', () => {
    const c = formatCitation(
      { ...base, source: { publisher: 'EUR-Lex', title: 'T', url: 'https://example.org/a' } },
      '1 May 2026',
      labels,
    );
    for (const line of c.text.split('\n'))
      if (/https?:\/\//.test(line)) expect(line).toMatch(/\/[a-z]*$/);
  });

  it('adds the milestone’s own reference, unless it is the instrument’s', () => {
    expect(formatCitation({ ...base, reference: 'A9-0364/2023' }, 'x', labels).text).toContain(
      'Reference: A9-0364/2023.',
    );
    expect(
      formatCitation({ ...base, reference: 'COM(2022) 209 final' }, 'x', labels).text,
    ).not.toContain('Reference:');
  });

  it('says when the date is below official, so a report is not cited as a fact', () => {
    expect(formatCitation({ ...base, confidence: 'Unconfirmed' }, 'x', labels).text).toContain(
      'Confidence: Unconfirmed.',
    );
  });

  it('does not double a full stop', () => {
    expect(
      formatCitation({ ...base, milestone: 'Something happened.' }, 'x', labels).text,
    ).toContain('“Something happened.”');
  });

  it('cites a source without an address by publisher and title', () => {
    expect(
      formatCitation(
        { ...base, source: { publisher: 'Agence Europe', title: 'Council talks' } },
        'x',
        labels,
      ).text,
    ).toContain('Source: Agence Europe, “Council talks”\n');
  });

  it('picks the reference of the act: the Official Journal, else the Commission document, CELEX, procedure', () => {
    expect(
      instrumentReference({
        oj: 'OJ L 274, 30.7.2021, p. 41–51',
        com: 'COM(2020) 568 final',
        celex: '32021R1232',
      }),
    ).toBe('OJ L 274, 30.7.2021, p. 41–51');
    expect(instrumentReference({ com: 'COM(2022) 209 final', procedure: '2022/0155(COD)' })).toBe(
      'COM(2022) 209 final',
    );
    expect(instrumentReference({ procedure: '2022/0155(COD)' })).toBe('2022/0155(COD)');
    expect(instrumentReference({})).toBeUndefined();
  });

  it('cites an official source with an address first', () => {
    const press = { kind: 'secondary' as const, url: 'https://press.example/a' };
    const unpublished = { kind: 'official' as const };
    const eurlex = { kind: 'official' as const, url: 'https://eur-lex.europa.eu/a' };
    expect(citedSource([press, unpublished, eurlex])).toBe(eurlex);
    expect(citedSource([unpublished, press])).toBe(press);
    expect(citedSource([unpublished])).toBe(unpublished);
    expect(citedSource([])).toBeUndefined();
  });

  it('keeps content that is not in the citation’s language in runs of its own, with its language', () => {
    const fr = citationLabels(getT('fr'));
    const c = formatCitation(
      {
        ...base,
        milestone: 'Reported: adopted',
        milestoneLabel: 'Information non confirmée :',
        source: { publisher: 'EUR-Lex', title: 'Regulation (EU) 2026/1881', url: 'https://e.eu/a' },
        langs: { milestone: 'en-GB', source: 'en-GB' },
      },
      '2 décembre 2026',
      fr,
    );
    expect(c.parts.map((p) => p.text).join('')).toBe(c.text);
    expect(c.parts.filter((p) => p.lang).map((p) => p.text)).toEqual([
      'Reported: adopted',
      'EUR-Lex',
      'Regulation (EU) 2026/1881',
    ]);
    expect(c.text.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      '« Information non confirmée : Reported: adopted. »',
    );
    // Without languages, the whole citation is one run.
    expect(formatCitation(base, 'x', labels).parts).toHaveLength(1);
  });
});
