/**
 * Project Beacon's content against the verified fact sheets (../shared/facts/): the main sheet
 * (eu-csa-timeline.md) and its update (update-2026-12.md), which stands where the two disagree.
 *
 * - every OFFICIAL, SECONDARY, DERIVED and CONFLICT date of the sheets is in the content, on the
 *   right instrument, and no milestone on that date claims more than the sheet's flag for it;
 * - every UNVERIFIED row is in the content, and only as an unconfirmed report;
 * - the content states no date that neither sheet gives;
 * - the corrections the update lists are made.
 *
 * Skipped, loudly, where the sheets are not beside the project (a fork with its own content).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-files.ts';
import type { Confidence, MilestoneData } from '../../src/lib/schema.ts';
import { validateContent } from '../../src/lib/validate.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FACTS = [join(ROOT, '..', 'shared', 'facts'), join(ROOT, '..', '..', 'shared', 'facts')].find(
  (p) => existsSync(join(p, 'eu-csa-timeline.md')) && existsSync(join(p, 'update-2026-12.md')),
);

/** Which instrument each section of the sheets is about. */
const SECTIONS: Record<string, string> = {
  '1': 'eu-strategy-2020',
  '2': 'eecc',
  '3': 'interim-regulation',
  '4a': 'interim-extension-2024',
  '4b': 'interim-extension-2025',
  '4c': 'interim-extension-2025',
  '4b/4c': 'interim-extension-2025',
  '5': 'csa-regulation',
  '6': 'dsa',
  '7a': 'csa-directive-2011',
  '7b': 'csa-directive-recast',
  '8': 'csa-regulation',
  '9': 'dsa',
  '10': 'eu-strategy-2020',
};

/** Rows about acts this campaign does not track, with the reason. */
const OUT_OF_SCOPE: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /2022\/991/, why: 'the Europol Regulation is not one of the tracked instruments' },
  {
    pattern: /2026\/1744/,
    why: 'the AI Act is not tracked: its one link to child sexual abuse is an unverified report whose date the notes disagree on',
  },
];

/** Rows of the main sheet that an update row replaces under another date, as that row says ("replaces …"). */
const REPLACED: readonly { instrument: string; date: string; by: string }[] = [
  { instrument: 'interim-extension-2025', date: '2026-03', by: '2026-03-16' },
];

/** Where the flags of a row cannot be read mechanically: the flag its date carries, and why. */
const CAP_OVERRIDES: Record<string, { cap: Flag; why: string }> = {
  '3 2020-09-10': {
    cap: 'OFFICIAL',
    why: '"exact day `MEMORY`" is about the proposed 2025 expiry, not the date of the proposal',
  },
};

const FLAGS = ['MEMORY', 'UNVERIFIED', 'CONFLICT', 'SECONDARY', 'DERIVED', 'OFFICIAL'] as const;
type Flag = (typeof FLAGS)[number];
/** How much each flag allows, and each confidence claims: a milestone may claim at most its row's flag. */
const FLAG_RANK: Record<Flag, number> = {
  MEMORY: 0,
  UNVERIFIED: 1,
  CONFLICT: 2,
  SECONDARY: 3,
  DERIVED: 3,
  OFFICIAL: 4,
};
const CONFIDENCE_RANK: Record<Confidence, number> = {
  unverified: 1,
  disputed: 2,
  secondary: 3,
  derived: 3,
  official: 4,
};

interface Row {
  /** "update" rows stand where the sheets disagree. */
  readonly sheet: 'main' | 'update';
  readonly section: string;
  readonly instrument: string;
  /** Every date in the row's date cell ("2026-02-26, 2026-04-16, 2026-05-11"). */
  readonly dates: readonly string[];
  /** The most a milestone on this date may claim, as a flag rank. */
  readonly cap: number;
  readonly text: string;
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
const ISO_RE = /\d{4}(?:-\d{2}(?:-\d{2})?)?/g;

/**
 * Every date a sheet writes, as ISO: "2021-07-30", and in words, "30 July 2021" or, where a
 * line names the year elsewhere, "22 April".
 */
function datesWritten(sheet: string): Set<string> {
  const dates = new Set<string>();
  for (const line of sheet.split('\n')) {
    for (const iso of line.match(ISO_RE) ?? []) dates.add(iso);
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

/**
 * The flag a row's date carries. The flags cell may qualify its flags ("`OFFICIAL` for the
 * date; vote figures `SECONDARY`"): a clause that names the date or day decides; clauses about
 * something else (figures, an outcome, the COM number …) are left out; otherwise the strongest
 * flag given holds. A CONFLICT about the row itself caps it at CONFLICT.
 */
function dateCap(flags: string): number | undefined {
  const clauses = flags
    .split(/;|\+|\. /)
    .map((text) => ({
      text,
      flags: [...text.matchAll(/`([A-Z]+)`/g)]
        .map((m) => m[1] as Flag)
        .filter((f) => FLAGS.includes(f)),
    }))
    .filter((c) => c.flags.length > 0);
  if (!clauses.length) return undefined;
  const rank = (c: (typeof clauses)[number]): number =>
    Math.min(...c.flags.map((f) => FLAG_RANK[f]));
  const aboutDate = clauses.filter((c) => /\b(?:date|dates|day)\b/i.test(c.text));
  const aboutOther = (c: (typeof clauses)[number]): boolean =>
    /figures|outcome|COM number|OJ reference|expiry|lapse|link to|failure|wording/i.test(c.text);
  const own = clauses.filter((c) => !aboutOther(c) || aboutDate.includes(c));
  const cap = aboutDate.length
    ? Math.min(...aboutDate.map(rank))
    : Math.max(...(own.length ? own : clauses).map(rank));
  return own.some((c) => c.flags.includes('CONFLICT')) ? Math.min(cap, FLAG_RANK.CONFLICT) : cap;
}

function readRows(sheet: string, which: Row['sheet']): Row[] {
  const rows: Row[] = [];
  let section = '';
  for (const line of sheet.split('\n')) {
    const heading = /^#{2,3} (\d{1,2}[a-z]?(?:\/\d{1,2}[a-z]?)?)\. /.exec(line);
    if (heading?.[1]) section = heading[1];
    else if (/^## /.test(line)) section = ''; // "What the seed gets right", "Corrections", …
    if (!section || !line.startsWith('| ') || /^\| (Date|---)/.test(line)) continue;
    const cells = line.split(' | ');
    const dates = (cells[0] ?? '').match(ISO_RE) ?? [];
    const flags = cells.at(-1) ?? '';
    const key = `${section} ${dates[0] ?? ''}`;
    const cap = CAP_OVERRIDES[key] ? FLAG_RANK[CAP_OVERRIDES[key].cap] : dateCap(flags);
    if (!dates.length || cap === undefined) continue;
    if (OUT_OF_SCOPE.some((o) => o.pattern.test(line))) continue;
    const instrument = SECTIONS[section];
    if (!instrument)
      throw new Error(`the fact sheet has a section "${section}" this test does not map`);
    rows.push({ sheet: which, section, instrument, dates, cap, text: line });
  }
  return rows;
}

/** The rows that stand: the update's, and the main sheet's where the update has none for that instrument and date. */
function standingRows(main: readonly Row[], update: readonly Row[]): Row[] {
  const updated = new Set(update.flatMap((r) => r.dates.map((d) => `${r.instrument} ${d}`)));
  const replaced = new Set(REPLACED.map((r) => `${r.instrument} ${r.date}`));
  return [
    ...main.filter(
      (r) =>
        !r.dates.some(
          (d) => updated.has(`${r.instrument} ${d}`) || replaced.has(`${r.instrument} ${d}`),
        ),
    ),
    ...update,
  ];
}

const flagName = (rank: number): string =>
  FLAGS.filter((f) => FLAG_RANK[f] === rank).join('/') || String(rank);

describe.skipIf(!FACTS)('content against the fact sheets', () => {
  const main = FACTS ? readFileSync(join(FACTS, 'eu-csa-timeline.md'), 'utf8') : '';
  const update = FACTS ? readFileSync(join(FACTS, 'update-2026-12.md'), 'utf8') : '';
  const mainRows = readRows(main, 'main');
  const updateRows = readRows(update, 'update');
  const rows = standingRows(mainRows, updateRows);
  const { instruments, problems } = validateContent(
    readContentFiles(join(ROOT, 'content'), ROOT).files,
  );
  const milestonesOf = (id: string): readonly MilestoneData[] =>
    instruments.find((i) => i.id === id)?.data.milestones ?? [];
  const datesOf = (id: string): Set<string> =>
    new Set(
      milestonesOf(id).flatMap((m) => [
        m.date,
        ...(m.endDate ? [m.endDate] : []),
        ...(m.alternatives ?? []).map((a) => a.date),
      ]),
    );
  // The 2026-04-03 end of application is recorded once, on the Regulation it ended.
  const holdersOf = (row: Row, date: string): string[] =>
    date === '2026-04-03' ? [row.instrument, 'interim-regulation'] : [row.instrument];

  it('reads both sheets (sanity: dozens of dated rows, the update replacing some)', () => {
    expect(problems).toEqual([]);
    expect(mainRows.length).toBeGreaterThan(60);
    expect(updateRows.length).toBeGreaterThan(25);
    expect(rows.length).toBeLessThan(mainRows.length + updateRows.length);
    for (const r of REPLACED)
      expect(
        updateRows.find((u) => u.instrument === r.instrument && u.dates.includes(r.by))?.text,
      ).toMatch(/replaces/);
  });

  it('reads a flag cell for the date it qualifies', () => {
    expect(dateCap('`OFFICIAL`')).toBe(FLAG_RANK.OFFICIAL);
    expect(dateCap('`OFFICIAL` (date); vote figures `SECONDARY`')).toBe(FLAG_RANK.OFFICIAL);
    expect(dateCap('`OFFICIAL` (EP press release) + `SECONDARY` for the exact day')).toBe(
      FLAG_RANK.SECONDARY,
    );
    expect(dateCap('`CONFLICT` (2 July preferred over 1 July); `SECONDARY`')).toBe(
      FLAG_RANK.CONFLICT,
    );
    expect(dateCap('`OFFICIAL` for the dates (data copy); outcome `CONFLICT`')).toBe(
      FLAG_RANK.OFFICIAL,
    );
    expect(dateCap('`UNVERIFIED` (derived from an unverified OJ date)')).toBe(FLAG_RANK.UNVERIFIED);
    expect(dateCap('status after September 2026 unknown')).toBeUndefined();
  });

  it('has every OFFICIAL, SECONDARY, DERIVED and CONFLICT date, on the right instrument, claiming no more than its flag', () => {
    const missing: string[] = [];
    const overclaimed: string[] = [];
    for (const row of rows) {
      if (row.cap < FLAG_RANK.CONFLICT) continue;
      for (const date of row.dates) {
        const holders = holdersOf(row, date);
        if (!holders.some((h) => datesOf(h).has(date)))
          missing.push(`${row.sheet} §${row.section} ${date} (${row.instrument})`);
        for (const h of holders)
          for (const m of milestonesOf(h).filter((x) => x.date === date))
            if (CONFIDENCE_RANK[m.confidence] > row.cap)
              overclaimed.push(
                `${h}#${m.id} ${date}: ${m.confidence}, the ${row.sheet} sheet gives ${flagName(row.cap)}`,
              );
      }
    }
    expect(missing).toEqual([]);
    expect(overclaimed).toEqual([]);
  });

  it('states no date that neither sheet gives', () => {
    const sheetDates = new Set([...datesWritten(main), ...datesWritten(update)]);
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

  it('has every UNVERIFIED row, and only as an unconfirmed report', () => {
    const reports = rows.filter((r) => r.cap === FLAG_RANK.UNVERIFIED);
    expect(reports.length).toBeGreaterThanOrEqual(8);
    for (const row of reports) {
      for (const date of row.dates) {
        const milestones = milestonesOf(row.instrument).filter((m) => m.date === date);
        expect(milestones.length, `${row.sheet} §${row.section} ${date}`).toBeGreaterThan(0);
        for (const m of milestones)
          expect(m.confidence, `${row.instrument}#${m.id}`).toBe('unverified');
      }
    }
  });

  it('publishes no date the sheets know only from memory', () => {
    for (const row of rows.filter((r) => r.cap === FLAG_RANK.MEMORY))
      for (const date of row.dates)
        expect(milestonesOf(row.instrument).filter((m) => m.date === date)).toEqual([]);
  });

  it('makes the corrections the update lists', () => {
    const section = update.slice(update.indexOf('## Corrections'));
    const bullets = section
      .slice(0, section.indexOf('\n## ', 3) === -1 ? undefined : section.indexOf('\n## ', 3))
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(bullets.length).toBeGreaterThan(3);
    let checked = 0;
    for (const bullet of bullets) {
      const ref = /^- `([a-z0-9-]+)#([a-z0-9-]+)` \((\d{4}-\d{2}-\d{2})\)/.exec(bullet);
      if (!ref) continue;
      const [, instrument = '', id = '', date = ''] = ref;
      const m = milestonesOf(instrument).find((x) => x.id === id);
      expect(m?.date, bullet).toBe(date);
      if (!m) continue;
      const flag = /: `(official|secondary|derived|disputed|unverified)`/.exec(bullet)?.[1];
      if (flag) {
        expect(m.confidence, bullet).toBe(flag);
        if (flag === 'derived') expect(m.rule, bullet).toBeTruthy();
      }
      if (/cite EUR-Lex/.test(bullet))
        expect(
          m.sources.some((s) => s.kind === 'official' && s.url?.includes('eur-lex.europa.eu')),
          bullet,
        ).toBe(true);
      if (/secondary report that the milestone does not list/.test(bullet))
        expect(
          m.sources.some((s) => s.kind === 'secondary'),
          bullet,
        ).toBe(true);
      checked++;
    }
    expect(checked).toBe(3);
  });
});
