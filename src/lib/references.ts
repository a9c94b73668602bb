/**
 * Official references turned into links a journalist can open and cite, in the reader's
 * language where the site linked to has it (EUR-Lex has every EU language; the Legislative
 * Observatory English and French).
 */
import { COM_RE, PROCEDURE_RE, type References } from './schema.ts';

/** EUR-Lex's code for a language ("EN", "FR"): a two-letter language tag in capitals. */
const eurLexLang = (lang: string): string => (/^[a-z]{2}$/.test(lang) ? lang.toUpperCase() : 'EN');

/** EUR-Lex page for a CELEX number. @example eurLexCelexUrl('32021R1232') */
export function eurLexCelexUrl(celex: string, lang = 'en'): string {
  return `https://eur-lex.europa.eu/legal-content/${eurLexLang(lang)}/TXT/?uri=CELEX:${encodeURIComponent(celex)}`;
}

/** EUR-Lex page for a Commission document, e.g. "COM(2022) 209 final" → uri=COM:2022:209:FIN. */
export function eurLexComUrl(com: string, lang = 'en'): string | undefined {
  const m = COM_RE.exec(com);
  return m
    ? `https://eur-lex.europa.eu/legal-content/${eurLexLang(lang)}/TXT/?uri=COM:${m[1]}:${m[2]}:FIN`
    : undefined;
}

/** The European Parliament's Legislative Observatory file for a procedure, e.g. "2020/0259(COD)" (in French or English). */
export function oeilUrl(procedure: string, lang = 'en'): string | undefined {
  return PROCEDURE_RE.test(procedure)
    ? `https://oeil.secure.europarl.europa.eu/oeil/${lang === 'fr' ? 'fr' : 'en'}/procedure-file?reference=${encodeURIComponent(procedure)}`
    : undefined;
}

export interface ReferenceLink {
  readonly key: keyof References;
  readonly value: string;
  readonly url?: string;
  /** Where the link goes: EUR-Lex or the Legislative Observatory. */
  readonly site?: 'eur-lex' | 'oeil';
}

/** The references of an instrument in reading order, each with its link where there is one (in `lang` where the site has it). */
export function referenceLinks(refs: References, lang = 'en'): ReferenceLink[] {
  const out: ReferenceLink[] = [];
  if (refs.com) {
    const url = eurLexComUrl(refs.com, lang);
    out.push({ key: 'com', value: refs.com, ...(url ? { url, site: 'eur-lex' as const } : {}) });
  }
  if (refs.procedure) {
    const url = oeilUrl(refs.procedure, lang);
    out.push({
      key: 'procedure',
      value: refs.procedure,
      ...(url ? { url, site: 'oeil' as const } : {}),
    });
  }
  if (refs.celex)
    out.push({
      key: 'celex',
      value: refs.celex,
      url: eurLexCelexUrl(refs.celex, lang),
      site: 'eur-lex',
    });
  if (refs.oj)
    out.push({
      key: 'oj',
      value: refs.oj,
      ...(refs.celex ? { url: eurLexCelexUrl(refs.celex, lang), site: 'eur-lex' as const } : {}),
    });
  if (refs.eli) out.push({ key: 'eli', value: refs.eli, url: refs.eli });
  return out;
}
