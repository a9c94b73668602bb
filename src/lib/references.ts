/**
 * Official references turned into links a journalist can open and cite.
 */
import { COM_RE, PROCEDURE_RE, type References } from './schema.ts';

/** EUR-Lex page for a CELEX number. @example eurLexCelexUrl('32021R1232') */
export function eurLexCelexUrl(celex: string): string {
  return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${encodeURIComponent(celex)}`;
}

/** EUR-Lex page for a Commission document, e.g. "COM(2022) 209 final" → uri=COM:2022:209:FIN. */
export function eurLexComUrl(com: string): string | undefined {
  const m = COM_RE.exec(com);
  return m
    ? `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM:${m[1]}:${m[2]}:FIN`
    : undefined;
}

/** The European Parliament's Legislative Observatory file for a procedure, e.g. "2020/0259(COD)". */
export function oeilUrl(procedure: string): string | undefined {
  return PROCEDURE_RE.test(procedure)
    ? `https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=${encodeURIComponent(procedure)}`
    : undefined;
}

export interface ReferenceLink {
  readonly key: keyof References;
  readonly value: string;
  readonly url?: string;
  /** Where the link goes: EUR-Lex or the Legislative Observatory. */
  readonly site?: 'eur-lex' | 'oeil';
}

/** The references of an instrument in reading order, each with its link where there is one. */
export function referenceLinks(refs: References): ReferenceLink[] {
  const out: ReferenceLink[] = [];
  if (refs.com) {
    const url = eurLexComUrl(refs.com);
    out.push({ key: 'com', value: refs.com, ...(url ? { url, site: 'eur-lex' as const } : {}) });
  }
  if (refs.procedure) {
    const url = oeilUrl(refs.procedure);
    out.push({
      key: 'procedure',
      value: refs.procedure,
      ...(url ? { url, site: 'oeil' as const } : {}),
    });
  }
  if (refs.celex)
    out.push({ key: 'celex', value: refs.celex, url: eurLexCelexUrl(refs.celex), site: 'eur-lex' });
  if (refs.oj)
    out.push({
      key: 'oj',
      value: refs.oj,
      ...(refs.celex ? { url: eurLexCelexUrl(refs.celex), site: 'eur-lex' as const } : {}),
    });
  if (refs.eli) out.push({ key: 'eli', value: refs.eli, url: refs.eli });
  return out;
}
