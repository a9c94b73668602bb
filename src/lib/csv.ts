/**
 * CSV as RFC 4180 describes it: comma-separated fields, records ending in CRLF (the last one
 * too), and a field in double quotes when it holds a comma, a double quote (doubled inside),
 * a CR or an LF. UTF-8, without a byte-order mark.
 *
 * Leading or trailing spaces are kept as they are (RFC 4180: "spaces are considered part of a
 * field"), and a field is quoted when it has them, because some readers trim unquoted fields.
 *
 * Pure: no I/O.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** One field, quoted only when it has to be. `null` and `undefined` are empty fields. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records (the header first) as a CSV text. Every record ends with CRLF. */
export function toCsv(records: readonly (readonly CsvValue[])[]): string {
  const width = records[0]?.length ?? 0;
  return records
    .map((record, i) => {
      if (record.length !== width)
        throw new RangeError(
          `CSV record ${i + 1} has ${record.length} fields; the header has ${width}`,
        );
      return `${record.map(csvField).join(',')}\r\n`;
    })
    .join('');
}
