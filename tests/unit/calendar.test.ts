/**
 * Which milestones reach the calendars, and the events they become, read back with ical.js.
 */
import { describe, expect, it } from 'vitest';
import {
  buildMilestoneCalendar,
  isInCalendar,
  milestoneUid,
  type CalendarMilestone,
  type CalendarText,
} from '../../src/lib/calendar.ts';
import { getT } from '../../src/i18n/index.ts';
import { calendarText } from '../../src/i18n/phrases.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { parseCalendar } from '../support/ical.ts';
import { alphaMilestone, OFFICIAL_SOURCE, validFiles } from './helpers.ts';

const ZONE = 'Europe/Brussels';
const text: CalendarText = calendarText(getT('en'));

const ms = (
  id: string,
  date: string,
  extra: Partial<CalendarMilestone> = {},
): CalendarMilestone => ({ ...alphaMilestone(id), date, ...extra });

describe('what goes into a calendar', () => {
  const now = new Date('2026-06-29T10:00:00Z'); // noon in Brussels

  it('keeps every deadline, past and future', () => {
    expect(isInCalendar(ms('old', '2013-12-18', { deadline: {} }), now, ZONE)).toBe(true);
    expect(isInCalendar(ms('due', '2028-04-03', { deadline: { outcome: 'met' } }), now, ZONE)).toBe(
      true,
    );
  });

  it('keeps other milestones until the end of their day, in their time zone', () => {
    expect(isInCalendar(ms('yesterday', '2026-06-28'), now, ZONE)).toBe(false);
    expect(isInCalendar(ms('today', '2026-06-29'), now, ZONE)).toBe(true);
    expect(isInCalendar(ms('tomorrow', '2026-06-30'), now, ZONE)).toBe(true);
    // 29 June ends at 22:00 UTC in Brussels, but at 04:00 UTC on the 30th in Los Angeles.
    const lateNow = new Date('2026-06-29T23:00:00Z');
    expect(isInCalendar(ms('today', '2026-06-29'), lateNow, ZONE)).toBe(false);
    expect(
      isInCalendar(
        ms('today-la', '2026-06-29', { timeZone: 'America/Los_Angeles' }),
        lateNow,
        ZONE,
      ),
    ).toBe(true);
  });

  it('keeps a span until its last day is over', () => {
    expect(
      isInCalendar(ms('consultation', '2026-05-01', { endDate: '2026-07-15' }), now, ZONE),
    ).toBe(true);
    expect(isInCalendar(ms('over', '2026-05-01', { endDate: '2026-06-15' }), now, ZONE)).toBe(
      false,
    );
  });

  it('leaves out unconfirmed reports, even deadlines and the stage a report would mean', () => {
    expect(isInCalendar(ms('rumour', '2026-07-01', { confidence: 'unverified' }), now, ZONE)).toBe(
      false,
    );
    expect(
      isInCalendar(
        ms('reported-in-force', '2026-07-31', { confidence: 'unverified', stage: 'in-force' }),
        now,
        ZONE,
      ),
    ).toBe(false);
    expect(
      isInCalendar(
        ms('rumoured-deadline', '2028-04-03', { confidence: 'unverified', deadline: {} }),
        now,
        ZONE,
      ),
    ).toBe(false);
  });

  it('leaves out dates known only to the month or the year', () => {
    expect(isInCalendar(ms('month', '2026-12'), now, ZONE)).toBe(false);
    expect(isInCalendar(ms('year', '2027'), now, ZONE)).toBe(false);
  });

  it('keeps disputed, derived and secondary dates (they are labelled in the event)', () => {
    for (const confidence of ['disputed', 'derived', 'secondary'] as const)
      expect(isInCalendar(ms(confidence, '2026-07-01', { confidence }), now, ZONE)).toBe(true);
  });
});

describe('the events', () => {
  const campaign = {
    name: 'Campaign',
    organisation: 'Org',
    siteUrl: 'https://campaign.example.org',
    timeZone: ZONE,
    locale: 'en-GB',
    reviewedAt: '2026-11-01',
  };
  const milestones = [
    ms('end', '2026-04-03', {
      deadline: { outcome: 'extended', supersededBy: 'alpha#new-end' },
      stage: 'expired',
      note: 'Art. 10, *as amended*; see [the text](https://eur-lex.europa.eu/y).',
    }),
    ms('new-end', '2028-04-03', { deadline: {}, time: '17:00', confidence: 'secondary' }),
    ms('vote', '2026-12-01', {
      confidence: 'disputed',
      alternatives: [{ date: '2026-12-02', sources: [OFFICIAL_SOURCE] }],
    }),
    ms('month', '2026-12'),
    ms('rumour', '2027-01-10', { confidence: 'unverified' }),
  ];
  const ics = buildMilestoneCalendar({
    campaign,
    name: 'Campaign: deadlines',
    description: 'All of them',
    path: '/calendar.ics',
    milestones,
    now: new Date('2026-11-29T12:00:00Z'),
    text,
    successorOf: (key) =>
      milestones
        .map((m) => ({ ...m, key: `${m.instrumentId}#${m.id}` }))
        .find((m) => m.key === key),
  });
  const parsed = parseCalendar(ics);
  const byUid = new Map(parsed.events.map((e) => [e.uid, e]));

  it('holds the deadlines and the scheduled step, not the report or the month', () => {
    expect([...byUid.keys()]).toEqual([
      'alpha.end@campaign.example.org',
      'alpha.vote@campaign.example.org',
      'alpha.new-end@campaign.example.org',
    ]);
  });

  it('derives UIDs from the instrument and milestone ids at the site host', () => {
    expect(milestoneUid('dsa', 'general-application', 'beacon.example.org')).toBe(
      'dsa.general-application@beacon.example.org',
    );
  });

  it('makes a date deadline an all-day event ending the next day', () => {
    expect(byUid.get('alpha.end@campaign.example.org')).toMatchObject({
      isDate: true,
      startDate: '2026-04-03',
      endDate: '2026-04-04',
    });
  });

  it('puts a timed deadline at its time in its zone (17:00 in Brussels in April is 15:00 UTC)', () => {
    const e = byUid.get('alpha.new-end@campaign.example.org');
    expect(e?.isDate).toBe(false);
    expect(e?.tzid).toBe('Europe/Brussels');
    expect(new Date(e?.startInstant ?? 0).toISOString()).toBe('2028-04-03T15:00:00.000Z');
    expect(e?.description).toContain('Due at 17:00, Europe/Brussels time.');
  });

  it('says what it is, its outcome, what replaced it, its source and where to read more', () => {
    const e = byUid.get('alpha.end@campaign.example.org');
    expect(e?.summary).toBe('Deadline – Alpha Act: Title of end');
    expect(e?.description).toContain('Deadline · outcome: Extended');
    expect(e?.description).toContain(
      'Art. 10, as amended; see the text (https://eur-lex.europa.eu/y).',
    );
    expect(e?.description).toContain(
      'Replaced by: Alpha Act: Title of new-end https://campaign.example.org/instruments/alpha/#new-end',
    );
    expect(e?.description).toContain(
      'Source: Official Journal (EUR-Lex) https://eur-lex.europa.eu/x',
    );
    expect(e?.description).toContain(
      'Details and every source: https://campaign.example.org/instruments/alpha/#end',
    );
    expect(e?.url).toBe('https://campaign.example.org/instruments/alpha/#end');
    expect(e?.categories).toEqual(['Alpha Act', 'Deadline', 'Expired']);
  });

  it('labels dates below official confidence, and a disputed one in its title', () => {
    const vote = byUid.get('alpha.vote@campaign.example.org');
    expect(vote?.summary).toBe('Alpha Act: Title of vote (date disputed)');
    expect(vote?.description).toContain('Disputed: Sources disagree.');
    expect(vote?.description).toContain('Other dates given: 2 December 2026.');
    expect(byUid.get('alpha.new-end@campaign.example.org')?.description).toContain(
      'Secondary source:',
    );
  });

  it('stamps events with the content review date, not the clock', () => {
    expect(parsed.events.every((e) => e.dtstamp === '2026-11-01T00:00:00Z')).toBe(true);
  });
});

describe('the fixture campaign', () => {
  const content = validateContent(validFiles());
  it('becomes a calendar a parser reads, with the timed deadline in its zone', () => {
    const campaign = content.campaign;
    if (!campaign) throw new Error('fixture campaign missing');
    const milestones = content.instruments.flatMap((i) =>
      i.data.milestones.map((m) => ({
        ...m,
        instrumentId: i.id,
        instrumentShortTitle: i.data.shortTitle,
        permalink: `/instruments/${i.id}/#${m.id}`,
      })),
    );
    const parsed = parseCalendar(
      buildMilestoneCalendar({
        campaign,
        name: 'n',
        description: 'd',
        path: '/calendar.ics',
        milestones,
        now: new Date('2026-11-01T00:00:00Z'),
        text,
      }),
    );
    // Everything in the fixture is in the future; "2098-03" (a month) and the unconfirmed, year-only strategy stay out.
    expect(parsed.events.map((e) => e.uid)).toEqual([
      'alpha-regulation.agreement@fixture.example.org',
      'alpha-regulation.in-force@fixture.example.org',
      'alpha-regulation.first-end@fixture.example.org',
      'alpha-regulation.second-end@fixture.example.org',
    ]);
    const second = parsed.events.find((e) => e.uid.startsWith('alpha-regulation.second-end'));
    // 3 April 2102, 17:00 in Brussels: summer time (UTC+2) under the current EU rules.
    expect(new Date(second?.startInstant ?? 0).toISOString()).toBe('2102-04-03T15:00:00.000Z');
  });
});
