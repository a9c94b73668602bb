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
  /** Words before the title inside its quotes, e.g. "Unconfirmed report:". */
  readonly milestoneLabel?: string | undefined;
  /** The milestone's date, formatted at its precision (with its time and zone, if any). */
  readonly date: string;
  /** The reference of the document behind this milestone, e.g. "A9-0364/2023". */
  readonly reference?: string | undefined;
  /** The confidence label, only when below official (a citation must not present a report as a fact). */
  readonly confidence?: string | undefined;
  readonly source?: Pick<Source, 'title' | 'publisher' | 'url'> | undefined;
  /** The milestone's permanent address, absolute. */
  readonly url: string;
  /**
   * The language (BCP 47) of each content text that is not in the citation's language (an
   * untranslated title shown in English on a French page), so a page can mark it.
   */
  readonly langs?: {
    readonly milestone?: string | undefined;
    readonly instrument?: string | undefined;
    readonly source?: string | undefined;
  };
}

/** A run of a citation's text; `lang` when it is not in the citation's language. */
export interface CitationPart {
  readonly text: string;
  readonly lang?: string | undefined;
}

export interface Citation {
  /** Everything but the access date. */
  readonly text: string;
  /** The same text in runs, each content text not in the citation's language a run of its own. */
  readonly parts: readonly CitationPart[];
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
  const parts: CitationPart[] = [];
  const put = (text: string, lang?: string): void => {
    const last = parts.at(-1);
    if (!text) return;
    if (last && last.lang === lang) parts[parts.length - 1] = { text: last.text + text, lang };
    else parts.push(lang ? { text, lang } : { text });
  };
  const langs = input.langs ?? {};
  const ends = (s: string): boolean => /[.!?…]$/.test(s);
  // The quote marks come from the labels; the title goes where labels.quote puts its text.
  const MARK = '\u0000';
  const quoted = (inner: () => void): void => {
    const [open = '', close = ''] = labels.quote(MARK).split(MARK);
    put(open);
    inner();
    put(close);
  };
  put(`${input.organisation}, ${input.site}${ends(input.site) ? '' : '.'} `);
  quoted(() => {
    if (input.milestoneLabel) put(`${input.milestoneLabel} `);
    put(input.milestone, langs.milestone);
    if (!ends(input.milestone)) put('.');
  });
  put(' ');
  put(input.instrument, langs.instrument);
  const dated = `${input.instrumentReference ? ` (${input.instrumentReference})` : ''}, ${input.date}`;
  put(`${dated}${ends(dated) ? '' : '.'}`);
  const sentence = (s: string): string => (ends(s) ? s : `${s}.`);
  if (input.reference && input.reference !== input.instrumentReference)
    put(` ${sentence(`${labels.reference}: ${input.reference}`)}`);
  if (input.confidence) put(` ${sentence(`${labels.confidence}: ${input.confidence}`)}`);
  if (input.source) {
    const s = input.source;
    put(`\n${labels.source}: `);
    put(s.publisher, langs.source);
    put(', ');
    quoted(() => put(s.title, langs.source));
    put(s.url ? `, ${s.url}` : '');
  }
  put(`\n${labels.permalink}: ${input.url}`);
  return {
    text: parts.map((p) => p.text).join(''),
    parts,
    accessed: labels.accessed(accessDate),
  };
}
