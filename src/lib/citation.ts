/**
 * Plain-text citations of one milestone, for journalists: who publishes the tracker, the
 * milestone, its instrument and official reference, the date at its precision, the source the
 * date comes from, the permanent address and the access date.
 *
 * Pure: the words come from the UI dictionary and dates arrive already formatted.
 */
import type { References, Source } from './schema.ts';

/** The words a citation uses (from the UI dictionary). */
export interface CitationLabels {
  /** Quotes a title: “…”. */
  readonly quote: (text: string) => string;
  readonly reference: string;
  readonly source: string;
  readonly confidence: string;
  /** Introduces the milestone's permanent address. */
  readonly permalink: string;
  /** "Accessed 29 November 2026." */
  readonly accessed: (date: string) => string;
}

export interface CitationInput {
  /** The organisation behind the tracker, e.g. "ECPAT International". */
  readonly organisation: string;
  /** The tracker's name, e.g. "Project Beacon". */
  readonly site: string;
  /** The instrument's short title. */
  readonly instrument: string;
  /** The instrument's official reference (see {@link instrumentReference}). */
  readonly instrumentReference?: string | undefined;
  /** The milestone's title. */
  readonly milestone: string;
  /** The milestone's date, formatted at its precision (with its time and zone, if any). */
  readonly date: string;
  /** The reference of the document behind this milestone, e.g. "A9-0364/2023". */
  readonly reference?: string | undefined;
  /** The confidence label, only when below official (a citation must not present a report as a fact). */
  readonly confidence?: string | undefined;
  readonly source?: Pick<Source, 'title' | 'publisher' | 'url'> | undefined;
  /** The milestone's permanent address, absolute. */
  readonly url: string;
}

export interface Citation {
  /** Everything but the access date. */
  readonly text: string;
  /** "Accessed <date>.", kept apart so a reader's browser can put in its own today. */
  readonly accessed: string;
}

/**
 * The reference a reader can look an instrument up by: the Official Journal for a published
 * act, else the Commission document, the CELEX number, the procedure, in that order.
 * @example instrumentReference({ com: 'COM(2022) 209 final', procedure: '2022/0155(COD)' }) // 'COM(2022) 209 final'
 */
export function instrumentReference(refs: References): string | undefined {
  return refs.oj ?? refs.com ?? refs.celex ?? refs.procedure;
}

/** The source to cite: the first official one with an address, else the first with an address, else the first. */
export function citedSource<S extends Pick<Source, 'kind' | 'url'>>(
  sources: readonly S[],
): S | undefined {
  return (
    sources.find((s) => s.kind === 'official' && s.url) ?? sources.find((s) => s.url) ?? sources[0]
  );
}

/**
 * Builds the citation, one line per part, so it reads well pasted anywhere and no URL is
 * followed by punctuation that could be taken for part of it.
 * @example
 * formatCitation({ organisation: 'ECPAT International', site: 'Project Beacon', instrument: 'CSA Regulation',
 *   instrumentReference: 'COM(2022) 209 final', milestone: 'Commission proposes the CSA Regulation', date: '11 May 2022',
 *   source: { publisher: 'EUR-Lex', title: 'Proposal COM(2022) 209', url: 'https://eur-lex.europa.eu/…' },
 *   url: 'https://example.org/instruments/csa-regulation/proposal/' }, '29 November 2026', labels)
 * // text: 'ECPAT International, Project Beacon. “Commission proposes the CSA Regulation.” CSA Regulation (COM(2022) 209 final), 11 May 2022.
 * //        Source: EUR-Lex, “Proposal COM(2022) 209”, https://eur-lex.europa.eu/…
 * //        Permanent link: https://example.org/instruments/csa-regulation/proposal/'
 * // accessed: 'Accessed 29 November 2026.'
 */
export function formatCitation(
  input: CitationInput,
  accessDate: string,
  labels: CitationLabels,
): Citation {
  const sentence = (s: string): string => (/[.!?…]$/.test(s) ? s : `${s}.`);
  const head = [
    sentence(`${input.organisation}, ${input.site}`),
    labels.quote(sentence(input.milestone)),
    sentence(
      `${input.instrument}${input.instrumentReference ? ` (${input.instrumentReference})` : ''}, ${input.date}`,
    ),
  ];
  if (input.reference && input.reference !== input.instrumentReference)
    head.push(sentence(`${labels.reference}: ${input.reference}`));
  if (input.confidence) head.push(sentence(`${labels.confidence}: ${input.confidence}`));
  const lines = [head.join(' ')];
  if (input.source) {
    const s = input.source;
    lines.push(
      `${labels.source}: ${s.publisher}, ${labels.quote(s.title)}${s.url ? `, ${s.url}` : ''}`,
    );
  }
  lines.push(`${labels.permalink}: ${input.url}`);
  return { text: lines.join('\n'), accessed: labels.accessed(accessDate) };
}
