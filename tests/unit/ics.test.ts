/**
 * The RFC 5545 writer: folding, escaping, dates, VTIMEZONE transitions, whole calendars. Files
 * are read back with ical.js (tests/support/ical.ts), a real parser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  buildCalendar,
  escapeText,
  foldLine,
  formatDate,
  formatLocal,
  formatOffset,
  formatUtc,
  unfold,
  vtimezoneLines,
  zoneTransitions,
  type CalendarEvent,
} from '../../src/lib/ics.ts';
import { parseCalendar, physicalLines } from '../support/ical.ts';

const utf8 = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const bytes = (s: string): number => utf8.encode(s).length;

/** Each physical line is at most 75 octets and decodes as UTF-8 on its own (no sequence cut). */
function expectWellFolded(folded: string): void {
  for (const line of folded.split('\r\n')) {
    expect(bytes(line)).toBeLessThanOrEqual(75);
    expect(() => strictDecoder.decode(utf8.encode(line))).not.toThrow();
  }
}

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    const exact = `SUMMARY:${'a'.repeat(67)}`;
    expect(bytes(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const over = `${exact}b`;
    expect(foldLine(over)).toBe(`${exact}\r\n b`);
  });

  it('folds two-byte characters without cutting one (80 × "é")', () => {
    const line = `DESCRIPTION:${'é'.repeat(80)}`;
    const folded = foldLine(line);
    expectWellFolded(folded);
    // 12 ASCII octets + 31 "é" = 74 octets: the 32nd would make 76, so the first line stops there.
    expect(folded.split('\r\n')[0]).toBe(`DESCRIPTION:${'é'.repeat(31)}`);
    expect(unfold(folded)).toBe(line);
  });

  it('folds three- and four-byte characters (CJK, emoji) on their boundaries', () => {
    const line = `SUMMARY:${'兒童保護'.repeat(10)} ${'🧒🏽'.repeat(12)} ${'👩‍👩‍👧'.repeat(5)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n').length).toBeGreaterThan(3);
    expectWellFolded(folded);
    expect(unfold(folded)).toBe(line);
  });

  it('keeps every physical line within 75 octets and unfolds to the original, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        expectWellFolded(folded);
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('leaves colons, quotes and non-ASCII text as they are', () => {
    expect(escapeText('Deadline: “Art. 10” – 3 août')).toBe('Deadline: “Art. 10” – 3 août');
  });

  it('drops control characters a content line may not hold', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
  });

  it('round-trips through a real parser', () => {
    const tricky = 'Commas, semicolons; back\\slashes and\na new line';
    const ics = buildCalendar({
      prodId: '-//t//t//EN',
      name: 'n',
      timeZone: 'UTC',
      stamp: Date.UTC(2026, 0, 1),
      events: [
        {
          uid: 'a@x',
          summary: tricky,
          description: tricky,
          timing: { kind: 'date', start: '2026-05-01' },
        },
      ],
    });
    const [event] = parseCalendar(ics).events;
    expect(event?.summary).toBe(tricky);
    expect(event?.description).toBe(tricky);
  });
});

describe('date values', () => {
  it('formats dates, local times and UTC instants', () => {
    expect(formatDate('2026-04-03')).toBe('20260403');
    expect(formatLocal('2026-04-03', '17:05')).toBe('20260403T170500');
    expect(formatUtc(Date.UTC(2026, 10, 29, 0, 0, 0))).toBe('20261129T000000Z');
    expect(() => formatDate('2026-04')).toThrow(RangeError);
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('writes UTC offsets', () => {
    expect(formatOffset(120)).toBe('+0200');
    expect(formatOffset(-270)).toBe('-0430');
    expect(formatOffset(0)).toBe('+0000');
    expect(formatOffset(345)).toBe('+0545');
  });
});

describe('VTIMEZONE', () => {
  /** Expects the zone's VTIMEZONE for 2026 to hold each of these runs of lines. */
  const expectObservances = (zone: string, ...runs: string[]): void => {
    const lines = vtimezoneLines(zone, 2026, 2026).join('\n');
    for (const run of runs) expect(lines).toContain(run);
  };

  it('finds the EU summer-time changes: last Sundays of March and October at 01:00 UTC', () => {
    const changes = zoneTransitions('Europe/Brussels', 2026, 2026);
    expect(changes.map((c) => new Date(c.at).toISOString())).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
    ]);
    expect(changes.map((c) => [c.from, c.to])).toEqual([
      [60, 120],
      [120, 60],
    ]);
  });

  it('writes each change in the local time it happens at, with DAYLIGHT and STANDARD', () => {
    expectObservances(
      'Europe/Brussels',
      'BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT',
      'BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD',
    );
  });

  it('gets the United States (second Sunday of March, first of November, 2 am local) and the southern hemisphere right', () => {
    expect(
      zoneTransitions('America/New_York', 2026, 2026).map((c) => new Date(c.at).toISOString()),
    ).toEqual(['2026-03-08T07:00:00.000Z', '2026-11-01T06:00:00.000Z']);
    // Sydney leaves summer time in April and starts it in October.
    const sydney = zoneTransitions('Australia/Sydney', 2026, 2026);
    expect(sydney.map((c) => [new Date(c.at).toISOString(), c.from, c.to])).toEqual([
      ['2026-04-04T16:00:00.000Z', 660, 600],
      ['2026-10-03T16:00:00.000Z', 600, 660],
    ]);
    expectObservances(
      'Australia/Sydney',
      'BEGIN:DAYLIGHT\nDTSTART:20260101T000000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1100',
      'BEGIN:STANDARD\nDTSTART:20260405T030000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1000',
    );
  });

  it('describes a zone without summer time with one observance, and odd offsets exactly', () => {
    expect(zoneTransitions('Asia/Kolkata', 2020, 2026)).toEqual([]);
    expect(vtimezoneLines('Asia/Kathmandu', 2026, 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kathmandu',
      'BEGIN:STANDARD',
      'DTSTART:20260101T000000',
      'TZOFFSETFROM:+0545',
      'TZOFFSETTO:+0545',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('makes a parser place timed events at the right instant on both sides of a change', () => {
    const at = (date: string, time: string, zone: string, uid: string): CalendarEvent => ({
      uid,
      summary: uid,
      timing: { kind: 'time', date, time, zone },
    });
    const ics = buildCalendar({
      prodId: '-//t//t//EN',
      name: 'n',
      timeZone: 'Europe/Brussels',
      stamp: Date.UTC(2026, 0, 1),
      events: [
        at('2026-03-28', '17:00', 'Europe/Brussels', 'winter@x'), // CET, UTC+1
        at('2026-03-29', '17:00', 'Europe/Brussels', 'first-summer-day@x'), // CEST, UTC+2
        at('2026-10-25', '23:59', 'Europe/Brussels', 'back-to-winter@x'),
        at('2026-11-02', '09:00', 'America/New_York', 'new-york@x'), // EST, UTC-5, the day after the change
        at('2027-01-15', '12:00', 'Australia/Sydney', 'sydney@x'), // AEDT, UTC+11
      ],
    });
    const parsed = parseCalendar(ics);
    expect(parsed.timezones.sort()).toEqual([
      'America/New_York',
      'Australia/Sydney',
      'Europe/Brussels',
    ]);
    const instant = (uid: string): string =>
      new Date(parsed.events.find((e) => e.uid === uid)?.startInstant ?? 0).toISOString();
    expect(instant('winter@x')).toBe('2026-03-28T16:00:00.000Z');
    expect(instant('first-summer-day@x')).toBe('2026-03-29T15:00:00.000Z');
    expect(instant('back-to-winter@x')).toBe('2026-10-25T22:59:00.000Z');
    expect(instant('new-york@x')).toBe('2026-11-02T14:00:00.000Z');
    expect(instant('sydney@x')).toBe('2027-01-15T01:00:00.000Z');
    expect(parsed.events.every((e) => !e.isDate && e.tzid !== undefined)).toBe(true);
  });
});

describe('buildCalendar', () => {
  const event = (uid: string, start: string, last?: string): CalendarEvent => ({
    uid,
    summary: `Event ${uid}`,
    timing: { kind: 'date', start, last },
  });
  const options = {
    prodId: '-//Org//Campaign//EN',
    name: 'Deadlines',
    timeZone: 'Europe/Brussels',
    stamp: Date.UTC(2026, 10, 29),
  };

  it('ends every line with CRLF and has no bare line feed', () => {
    const ics = buildCalendar({
      ...options,
      description: 'x'.repeat(200),
      events: [event('a@x', '2026-04-03')],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(ics)).toBe(false);
    for (const line of physicalLines(ics)) expect(bytes(line)).toBeLessThanOrEqual(75);
  });

  it('writes all-day events with an exclusive DTEND, across a year end and for a span', () => {
    const ics = buildCalendar({
      ...options,
      events: [event('one@x', '2026-12-31'), event('span@x', '2024-02-27', '2024-02-29')],
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    const parsed = parseCalendar(ics).events;
    expect(parsed.map((e) => [e.uid, e.isDate, e.startDate, e.endDate])).toEqual([
      ['one@x', true, '2026-12-31', '2027-01-01'],
      ['span@x', true, '2024-02-27', '2024-03-01'],
    ]);
  });

  it('stamps every event with the given instant, so the same input gives the same bytes', () => {
    const a = buildCalendar({ ...options, events: [event('a@x', '2026-04-03')] });
    const b = buildCalendar({ ...options, events: [event('a@x', '2026-04-03')] });
    expect(a).toBe(b);
    expect(a).toContain('DTSTAMP:20261129T000000Z');
  });

  it('refuses two events with the same UID', () => {
    expect(() =>
      buildCalendar({
        ...options,
        events: [event('a@x', '2026-04-03'), event('a@x', '2026-05-03')],
      }),
    ).toThrow(/share the UID/);
  });

  it('stays a valid calendar (one component at least) when there is no event', () => {
    const ics = buildCalendar({ ...options, events: [] });
    const parsed = parseCalendar(ics);
    expect(parsed.events).toEqual([]);
    expect(parsed.timezones).toEqual(['Europe/Brussels']);
    expect(parsed.name).toBe('Deadlines');
  });

  it('includes a VTIMEZONE only for the zones timed events use', () => {
    const ics = buildCalendar({ ...options, events: [event('a@x', '2026-04-03')] });
    expect(ics).not.toContain('BEGIN:VTIMEZONE');
  });
});
