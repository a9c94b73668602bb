/**
 * Project Beacon's content against the verified fact sheet (../shared/facts/eu-csa-timeline.md):
 * every OFFICIAL, SECONDARY and DERIVED date of the sheet is in the content, and the content
 * states no date the sheet does not have. Skipped, loudly, where the sheet is not beside the
 * project (a fork with its own content).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SHEET = [
  join(ROOT, '..', 'shared', 'facts', 'eu-csa-timeline.md'),
  join(ROOT, '..', '..', 'shared', 'facts', 'eu-csa-timeline.md'),
].find((p) => existsSync(p));

/** Which instrument each section of the sheet is about. */
const SECTIONS: Record<string, string> = {
  '1': 'eu-strategy-2020',
  '2': 'eecc',
  '3': 'interim-regulation',
  '4a': 'interim-extension-2024',
  '4b': 'interim-extension-2025',
  '4c': 'interim-extension-2025',
  '5': 'csa-regulation',
  '6': 'dsa',
  '7a': 'csa-directive-2011',
  '7b': 'csa-directive-recast',
  '8': 'csa-regulation',
};

interface Row {
  section: string;
  date: string;
  flags: string;
  text: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Every date the sheet writes, as ISO: "2021-07-30", and in words, "30 July 2021" or, where a
 * line names the year elsewhere, "22 April".
 */
function datesWritten(sheet: string): Set<string> {
  const dates = new Set<string>();
  for (const line of sheet.split('\n')) {
    for (const iso of line.match(/\d{4}(?:-\d{2}(?:-\d{2})?)?/g) ?? []) dates.add(iso);
    const years = [...new Set(line.match(/\b(?:19|20)\d{2}\b/g) ?? [])];
    for (const m of line.matchAll(
      /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b(?: ((?:19|20)\d{2}))?/g,
    )) {
      const month = String(MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1).padStart(2, '0');
      for (const year of m[3] ? [m[3]] : years)
        dates.add(`${year}-${month}-${(m[1] ?? '').padStart(2, '0')}`);
    }
  }
  return dates;
}

function readRows(sheet: string): Row[] {
  const rows: Row[] = [];
  let section = '';
  for (const line of sheet.split('\n')) {
    const heading = /^#{2,3} (\d[a-z]?)\./.exec(line);
    if (heading?.[1]) section = heading[1];
    if (/^## What the seed/.test(line)) section = '';
    if (!section || !line.startsWith('| ') || /^\| (Date|---)/.test(line)) continue;
    const cells = line.split(' | ');
    const date = /\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(cells[0] ?? '')?.[0];
    if (date) rows.push({ section, date, flags: cells.at(-1) ?? '', text: line });
  }
  return rows;
}

describe.skipIf(!SHEET)('content against the fact sheet', () => {
  const sheet = SHEET ? readFileSync(SHEET, 'utf8') : '';
  const rows = readRows(sheet);
  const { instruments, problems } = validateContent(
    readContentFiles(join(ROOT, 'content'), ROOT).files,
  );
  const datesOf = (id: string): Set<string> => {
    const instrument = instruments.find((i) => i.id === id);
    return new Set(
      (instrument?.data.milestones ?? []).flatMap((m) => [
        m.date,
        ...(m.endDate ? [m.endDate] : []),
        ...(m.alternatives ?? []).map((a) => a.date),
      ]),
    );
  };

  it('reads the sheet (sanity: its tables have dozens of dated rows)', () => {
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThan(60);
  });

  it('has every OFFICIAL, SECONDARY and DERIVED date of the sheet, on the right instrument', () => {
    const missing: string[] = [];
    for (const row of rows) {
      if (!/OFFICIAL|SECONDARY|DERIVED|CONFLICT/.test(row.flags)) continue;
      if (row.section === '8' && /2022\/991/.test(row.text)) continue; // the Europol Regulation is not one of the tracked instruments
      if (/See sections/.test(row.text)) continue;
      const id = SECTIONS[row.section] ?? '';
      // The 2026-04-03 end of application is recorded once, on the Regulation it ended.
      const holders = row.date === '2026-04-03' ? [id, 'interim-regulation'] : [id];
      if (!holders.some((h) => datesOf(h).has(row.date)))
        missing.push(`§${row.section} ${row.date} (${id})`);
    }
    expect(missing).toEqual([]);
  });

  it('states no date that the sheet does not give', () => {
    const sheetDates = datesWritten(sheet);
    const invented: string[] = [];
    for (const instrument of instruments) {
      for (const m of instrument.data.milestones) {
        for (const date of [
          m.date,
          ...(m.endDate ? [m.endDate] : []),
          ...(m.alternatives ?? []).map((a) => a.date),
        ]) {
          if (!sheetDates.has(date)) invented.push(`${instrument.id}#${m.id} ${date}`);
        }
      }
    }
    expect(invented).toEqual([]);
  });

  it('never states an UNVERIFIED-only row as fact', () => {
    const unverifiedOnly = rows.filter(
      (r) => /UNVERIFIED/.test(r.flags) && !/OFFICIAL|SECONDARY|DERIVED/.test(r.flags),
    );
    expect(unverifiedOnly.length).toBeGreaterThan(3);
    for (const row of unverifiedOnly) {
      const id = SECTIONS[row.section] ?? '';
      const milestones =
        instruments.find((i) => i.id === id)?.data.milestones.filter((m) => m.date === row.date) ??
        [];
      expect(milestones.length, `§${row.section} ${row.date}`).toBeGreaterThan(0);
      for (const m of milestones) expect(m.confidence, `${id}#${m.id}`).toBe('unverified');
    }
  });
});
