/**
 * A small iCalendar (RFC 5545) writer for published, subscribable calendars.
 *
 * Hand-written rather than the `ics` package (STACK.md §5): that package gives every event a
 * random UID and the current time as DTSTAMP unless told otherwise, has no TZID/VTIMEZONE
 * support, and pulls in three dependencies. This module does only what a subscription needs,
 * and does it to the letter:
 *
 * - every line ends with CRLF (§3.1);
 * - lines longer than 75 octets are folded with CRLF + one space, never inside a UTF-8
 *   sequence (§3.1);
 * - TEXT values escape backslash, semicolon, comma and newlines (§3.3.11);
 * - all-day events are `VALUE=DATE` with an exclusive DTEND (§3.6.1);
 * - timed events carry a TZID, and the calendar holds a VTIMEZONE for each zone used, with
 *   the zone's real transitions (worked out from the runtime's time-zone data) for the years
 *   its events span (§3.6.5);
 * - nothing depends on the clock: the caller passes DTSTAMP, so unchanged input gives
 *   byte-identical output; an event revised since it was published carries SEQUENCE and
 *   LAST-MODIFIED (§3.8.7), taken from the history of the record, never from the clock.
 *
 * Pure: no clock, no DOM, no astro:* imports.
 */
import { TZDate } from '@date-fns/tz';

export const CRLF = '\r\n';

/** The longest a physical line may be, in octets, CRLF not counted (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/**
 * The UTF-8 length of a string, in octets, counted from its code units (what TextEncoder would
 * write, a lone surrogate as the 3 octets of U+FFFD) without encoding it: folding asks this of
 * every character of every long line of every calendar.
 */
export function octets(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair: one code point beyond U+FFFF
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Folds one content line: after at most 75 octets, a CRLF and a single space, so that each
 * physical line (the leading space included) stays within 75 octets. Splits only between
 * code points, so no UTF-8 sequence (and no surrogate pair) is ever cut in two.
 * @example foldLine('DESCRIPTION:' + 'é'.repeat(40)) // two physical lines, each ≤ 75 octets
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // Continuation lines start with a space, which counts towards their 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const n = octets(char);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Undoes {@link foldLine} (and any folding by CRLF + space or tab), as a reader does. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, and
 * every line break (CRLF, CR or LF) becomes the two characters `\n`. Control characters other
 * than tab are not allowed in a content line, so they are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, ''); // eslint-disable-line no-control-regex
}

/** A parameter value: quoted when it holds a character that would end it (":", ";", ","). */
export function paramValue(value: string): string {
  const clean = value.replace(/["\u0000-\u001F\u007F]/g, ''); // eslint-disable-line no-control-regex
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2026-04-03" → "20260403" (a DATE value). */
export function formatDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate))
    throw new RangeError(`Not a full ISO date: "${isoDate}"`);
  return isoDate.replace(/-/g, '');
}

/** An instant as a UTC DATE-TIME: "20261129T000000Z". */
export function formatUtc(instant: Date | number): string {
  const d = new Date(typeof instant === 'number' ? instant : instant.getTime());
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** A wall-clock date and "HH:MM" time as a local DATE-TIME (used with TZID): "20260403T170000". */
export function formatLocal(isoDate: string, time: string): string {
  if (!/^\d{2}:\d{2}$/.test(time)) throw new RangeError(`Not a time "HH:MM": "${time}"`);
  return `${formatDate(isoDate)}T${time.replace(':', '')}00`;
}

/** A full ISO date moved by whole days, on the calendar (no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

// ---------------------------------------------------------------------------------------------
// Time zones

/** The UTC offset of a zone at an instant, in minutes east of Greenwich (Brussels in summer: 120). */
export function utcOffsetMinutes(zone: string, instant: number): number {
  const offset = -new TZDate(instant, zone).getTimezoneOffset();
  return offset === 0 ? 0 : offset; // never -0
}

/** "+0200", "-0430": a UTC-OFFSET value. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

export interface ZoneTransition {
  /** The first instant (epoch ms) of the new offset. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

const DAY = 86_400_000;

/**
 * Every change of a zone's UTC offset from the start of `fromYear` to the end of `toYear`
 * (both UTC), found by scanning day by day and narrowing each change down to the millisecond.
 */
export function zoneTransitions(zone: string, fromYear: number, toYear: number): ZoneTransition[] {
  const start = Date.UTC(fromYear, 0, 1) - DAY;
  const end = Date.UTC(toYear + 1, 0, 1) + DAY;
  const found: ZoneTransition[] = [];
  let previous = utcOffsetMinutes(zone, start);
  for (let t = start + DAY; t <= end; t += DAY) {
    const offset = utcOffsetMinutes(zone, t);
    if (offset === previous) continue;
    let lo = t - DAY; // still the old offset
    let hi = t; // already the new offset
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (utcOffsetMinutes(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: previous, to: utcOffsetMinutes(zone, hi) });
    previous = offset;
  }
  return found;
}

/** An instant as the floating local DATE-TIME it shows on a clock at a given offset. */
function localAt(instant: number, offsetMinutes: number): string {
  return formatUtc(instant + offsetMinutes * 60_000).slice(0, -1);
}

/**
 * A VTIMEZONE for an IANA zone, covering `fromYear` to `toYear`: one observance from
 * 1 January of `fromYear` with the offset then in force, and one per transition in the range.
 * An observance is DAYLIGHT when its offset is above the smallest offset of the range (the
 * standard time), STANDARD otherwise. No RRULE: the exact transitions are listed, so a reader
 * never has to extrapolate rules that a government may since have changed.
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  // The scan is slow (a day at a time) and its answer depends on its arguments only: a build
  // writes hundreds of calendars over the same few zones and years, so each is worked out once.
  const key = `${zone} ${fromYear} ${toYear}`;
  let lines = vtimezones.get(key);
  if (!lines) vtimezones.set(key, (lines = scanVtimezone(zone, fromYear, toYear)));
  return [...lines];
}

const vtimezones = new Map<string, readonly string[]>();

function scanVtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const startInstant = new TZDate(fromYear, 0, 1, 0, 0, 0, 0, zone).getTime();
  const initial = utcOffsetMinutes(zone, startInstant);
  const transitions = zoneTransitions(zone, fromYear, toYear).filter(
    (t) => t.at > startInstant && new Date(t.at).getUTCFullYear() <= toYear,
  );
  const standard = Math.min(initial, ...transitions.map((t) => t.to));
  const observance = (dtstart: string, from: number, to: number): string[] => {
    const kind = to > standard ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${dtstart}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(`${pad(fromYear, 4)}0101T000000`, initial, initial),
    ...transitions.flatMap((t) => observance(localAt(t.at, t.from), t.from, t.to)),
    'END:VTIMEZONE',
  ];
}

// ---------------------------------------------------------------------------------------------
// Events and calendars

/** When an event happens: a whole day (or days), or a wall-clock time in a zone. */
export type EventTiming =
  | {
      readonly kind: 'date';
      /** The first day, "YYYY-MM-DD". */
      readonly start: string;
      /** The last day (inclusive), "YYYY-MM-DD"; DTEND is the day after. Default: `start`. */
      readonly last?: string | undefined;
    }
  | {
      readonly kind: 'time';
      readonly date: string;
      /** "HH:MM" on the wall clock of `zone`. */
      readonly time: string;
      /** An IANA time zone. */
      readonly zone: string;
    };

export interface CalendarEvent {
  /** Globally unique and stable across rebuilds, e.g. "dsa.general-application@example.org". */
  readonly uid: string;
  readonly timing: EventTiming;
  readonly summary: string;
  readonly description?: string | undefined;
  /** An absolute URL to read more. */
  readonly url?: string | undefined;
  readonly categories?: readonly string[] | undefined;
  /**
   * How many times the event was revised since it was first published (SEQUENCE, §3.8.7.4),
   * and when it was last revised (LAST-MODIFIED, §3.8.7.3): calendar apps that see a higher
   * SEQUENCE replace their copy. Leave both out for an event never revised, so unchanged
   * content keeps rebuilding byte for byte.
   */
  readonly revision?:
    { readonly sequence: number; readonly lastModified: Date | number } | undefined;
}

export interface CalendarOptions {
  /** PRODID: "-//<owner>//<product>//<language>". */
  readonly prodId: string;
  /** The calendar's name, shown by calendar apps. */
  readonly name: string;
  readonly description?: string | undefined;
  /** The zone the calendar is read in (X-WR-TIMEZONE). */
  readonly timeZone: string;
  /** DTSTAMP of every event. Pass a content date, never the clock, so rebuilds are identical. */
  readonly stamp: Date | number;
  /** The calendar's own address (SOURCE and URL). */
  readonly url?: string | undefined;
  /** How often subscribers should refresh, as a DURATION, e.g. "P1D". */
  readonly refreshInterval?: string | undefined;
  readonly events: readonly CalendarEvent[];
}

/** One content line, escaped and folded: `name;params:value`. `value` is written as given. */
export function contentLine(
  name: string,
  value: string,
  params: Readonly<Record<string, string>> = {},
): string {
  const p = Object.entries(params)
    .map(([k, v]) => `;${k}=${paramValue(v)}`)
    .join('');
  return foldLine(`${name}${p}:${value}`);
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(event.uid)),
    contentLine('DTSTAMP', stamp),
  ];
  if (event.revision) {
    lines.push(contentLine('SEQUENCE', String(event.revision.sequence)));
    lines.push(contentLine('LAST-MODIFIED', formatUtc(event.revision.lastModified)));
  }
  const t = event.timing;
  if (t.kind === 'date') {
    lines.push(contentLine('DTSTART', formatDate(t.start), { VALUE: 'DATE' }));
    lines.push(contentLine('DTEND', formatDate(addDays(t.last ?? t.start, 1)), { VALUE: 'DATE' }));
  } else {
    // A point in time (a deadline at 17:00): DTSTART only, so the event takes no time (§3.6.1).
    lines.push(contentLine('DTSTART', formatLocal(t.date, t.time), { TZID: t.zone }));
  }
  lines.push(contentLine('SUMMARY', escapeText(event.summary)));
  if (event.description) lines.push(contentLine('DESCRIPTION', escapeText(event.description)));
  if (event.url) lines.push(contentLine('URL', event.url, { VALUE: 'URI' }));
  if (event.categories?.length)
    lines.push(contentLine('CATEGORIES', event.categories.map(escapeText).join(',')));
  // Deadlines are reminders, not appointments: they never make anyone look busy.
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The first and last year of an event. */
function yearsOf(event: CalendarEvent): [number, number] {
  const t = event.timing;
  const first = Number((t.kind === 'date' ? t.start : t.date).slice(0, 4));
  const last = t.kind === 'date' && t.last ? Number(t.last.slice(0, 4)) : first;
  return [first, last];
}

/**
 * The VTIMEZONEs a calendar needs: one per zone named by a TZID, covering the years of the
 * events in that zone. A calendar without any event still needs one component (RFC 5545 §3.4
 * requires at least one), so it gets its own zone's for the year of its stamp.
 */
function timezoneLines(options: CalendarOptions, stampYear: number): string[] {
  const ranges = new Map<string, [number, number]>();
  for (const e of options.events) {
    if (e.timing.kind !== 'time') continue;
    const [first, last] = yearsOf(e);
    const range = ranges.get(e.timing.zone);
    ranges.set(
      e.timing.zone,
      range ? [Math.min(range[0], first), Math.max(range[1], last)] : [first, last],
    );
  }
  if (options.events.length === 0) ranges.set(options.timeZone, [stampYear, stampYear]);
  return [...ranges.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([zone, [from, to]]) => vtimezoneLines(zone, from, to));
}

/** A whole VCALENDAR, CRLF-terminated, ready to publish as text/calendar. */
export function buildCalendar(options: CalendarOptions): string {
  const stamp = formatUtc(options.stamp);
  const stampYear = new Date(
    typeof options.stamp === 'number' ? options.stamp : options.stamp.getTime(),
  ).getUTCFullYear();
  const seen = new Set<string>();
  for (const e of options.events) {
    if (seen.has(e.uid)) throw new Error(`Two calendar events share the UID "${e.uid}"`);
    seen.add(e.uid);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', escapeText(options.prodId)),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('NAME', escapeText(options.name)),
    contentLine('X-WR-CALNAME', escapeText(options.name)),
    ...(options.description
      ? [
          contentLine('DESCRIPTION', escapeText(options.description)),
          contentLine('X-WR-CALDESC', escapeText(options.description)),
        ]
      : []),
    contentLine('X-WR-TIMEZONE', options.timeZone),
    ...(options.url
      ? [
          contentLine('URL', options.url, { VALUE: 'URI' }),
          contentLine('SOURCE', options.url, { VALUE: 'URI' }),
        ]
      : []),
    ...(options.refreshInterval
      ? [
          contentLine('REFRESH-INTERVAL', options.refreshInterval, { VALUE: 'DURATION' }),
          contentLine('X-PUBLISHED-TTL', options.refreshInterval),
        ]
      : []),
    ...timezoneLines(options, stampYear),
    ...options.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}
