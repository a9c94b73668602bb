/**
 * Reads an .ics text with ical.js, a real iCalendar parser (the one Thunderbird uses), so the
 * tests check what a calendar app would see, not what our writer meant to write.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string | undefined;
  readonly categories: string[];
  /** All-day event. */
  readonly isDate: boolean;
  /** "YYYY-MM-DD" of DTSTART (wall-clock date for timed events). */
  readonly startDate: string;
  /** "YYYY-MM-DD" of DTEND (exclusive, for all-day events). */
  readonly endDate: string;
  /** The instant DTSTART stands for, resolved through the file's own VTIMEZONE (timed events). */
  readonly startInstant: number;
  readonly tzid: string | undefined;
  readonly dtstamp: string;
}

export interface ParsedCalendar {
  readonly name: string | undefined;
  readonly events: ParsedEvent[];
  readonly timezones: string[];
}

const ymd = (t: ICAL.Time): string =>
  `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

export function parseCalendar(text: string): ParsedCalendar {
  ICAL.TimezoneService.reset();
  const jcal: unknown = ICAL.parse(text);
  if (!Array.isArray(jcal)) throw new Error('not one iCalendar object');
  const root = new ICAL.Component(jcal);
  if (root.name !== 'vcalendar') throw new Error(`not a VCALENDAR: ${root.name}`);
  const timezones = root.getAllSubcomponents('vtimezone');
  // Only the file's own VTIMEZONEs: a wrong one makes the instants wrong, and the tests fail.
  for (const vtz of timezones) ICAL.TimezoneService.register(vtz);
  const events = root.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    const dtstart = vevent.getFirstProperty('dtstart');
    const tzid = dtstart?.getParameter('tzid');
    const categories = vevent
      .getAllProperties('categories')
      .flatMap((p) => p.getValues().map(String));
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: vevent.getFirstPropertyValue('url')?.toString(),
      categories,
      isDate: start.isDate,
      startDate: ymd(start),
      endDate: ymd(event.endDate),
      startInstant: start.toJSDate().getTime(),
      tzid: typeof tzid === 'string' ? tzid : undefined,
      dtstamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
  const name = root.getFirstPropertyValue('x-wr-calname');
  ICAL.TimezoneService.reset();
  return {
    name: name === null ? undefined : String(name),
    events,
    timezones: timezones.map((t) => String(t.getFirstPropertyValue('tzid'))),
  };
}

/** Every physical line of an .ics text: CRLF-terminated, none longer than 75 octets, valid UTF-8. */
export function physicalLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF');
  return text.slice(0, -2).split('\r\n');
}
