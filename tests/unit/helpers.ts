/** Loads fixture content folders for the validation tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../../src/lib/validate.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The valid fixture set as content files under the virtual folder "content". */
export function validFiles(): ContentFile[] {
  const dir = join(FIXTURES, 'valid');
  const instruments = readdirSync(join(dir, 'instruments')).sort();
  return [
    { path: 'content/campaign.yaml', text: readFileSync(join(dir, 'campaign.yaml'), 'utf8') },
    ...instruments.map((name) => ({
      path: `content/instruments/${name}`,
      text: readFileSync(join(dir, 'instruments', name), 'utf8'),
    })),
  ];
}

/** The valid set plus one bad instrument fixture, as content/instruments/<name>. */
export function withInvalid(name: string): ContentFile[] {
  return [
    ...validFiles(),
    {
      path: `content/instruments/${name}`,
      text: readFileSync(join(FIXTURES, 'invalid', name), 'utf8'),
    },
  ];
}

/** An official source, for the milestones tests make. */
export const OFFICIAL_SOURCE = {
  url: 'https://eur-lex.europa.eu/x',
  title: 'Official Journal',
  publisher: 'EUR-Lex',
  kind: 'official',
} as const;

/** What every milestone the calendar and feed tests make has: a title, that source, instrument "alpha". */
export const alphaMilestone = (id: string, instrumentShortTitle = 'Alpha Act') => ({
  id,
  title: `Title of ${id}`,
  sources: [OFFICIAL_SOURCE],
  confidence: 'official' as const,
  instrumentId: 'alpha',
  instrumentShortTitle,
  permalink: `/instruments/alpha/#${id}`,
});

/** The variants shown at instant `t` (from <= t < until), as `<pt-countdown>` picks them. */
export const slotsAt = <
  S extends { readonly from?: number | undefined; readonly until?: number | undefined },
>(
  slots: readonly S[],
  t: number,
): S[] => slots.filter((s) => (s.from ?? -Infinity) <= t && t < (s.until ?? Infinity));

/** For each ISO instant, the first variant shown then (`slotsAt`), with the instant in epoch ms. */
export const shownAt = <
  S extends { readonly from?: number | undefined; readonly until?: number | undefined },
>(
  slots: readonly S[],
  instants: readonly string[],
): { at: string; t: number; slot: S | undefined }[] =>
  instants.map((at) => {
    const t = Date.parse(at);
    return { at, t, slot: slotsAt(slots, t)[0] };
  });
