/**
 * The RFC 4180 writer, read back with csv-parse (a real CSV parser).
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

describe('csvField', () => {
  it('leaves plain text unquoted and writes nothing for missing values', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField(42)).toBe('42');
    expect(csvField(false)).toBe('false');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it.each([
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['one\ntwo', '"one\ntwo"'],
    ['one\r\ntwo', '"one\r\ntwo"'],
    [' padded ', '" padded "'],
  ])('quotes commas, quotes (doubled), line breaks and edge spaces: %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF, the last one too', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  it('refuses a record whose width differs from the header', () => {
    expect(() => toCsv([['a', 'b'], ['1']])).toThrow(/record 2 has 1 fields/);
  });

  it('round-trips any text through csv-parse, UTF-8 and line breaks included', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 8 }), (rows) => {
        const records = [['first', 'second', 'third'], ...rows];
        const parsed: string[][] = parse(toCsv(records), {
          relax_column_count: false,
          record_delimiter: '\r\n',
          bom: false,
        });
        expect(parsed).toEqual(records);
      }),
      { numRuns: 300 },
    );
  });
});
