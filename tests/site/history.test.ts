/**
 * The history of the record on a real build from a fixture repository made in a temporary
 * folder (tests/site/history-fixture.ts): a copy of tests/fixtures/history, committed step by step
 * with fixed author and committer dates (one commit per kind of change, one with a Change-Note
 * trailer, one that changes only formatting, one that changes two files). What the site feed,
 * the instrument's and the tag's own feeds (parsed XML), the calendars (ical.js) and
 * /data/changes.json (against its published schema) hold is written out here by hand, change by
 * change.
 *
 * The same content is also built from a shallow clone (`git clone --depth 1 file://…`) and from
 * a copy without .git: both builds succeed, say once in the build log that the history is
 * incomplete or unavailable, and show no change and no revision. The global set-up makes the
 * three builds (sites "history", "history-shallow" and "history-copy" in tests/site/sites.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CHANGE_NOTE, START_DATE, STEPS } from './history-fixture.ts';
import { builtSite, type SiteName } from './sites.ts';

const SITE = 'https://history.example.org';
const HOST = 'history.example.org';

// ---------------------------------------------------------------------------------------------
// Builds: the fixture repository (tests/site/history-fixture.ts), built three ways by the
// global set-up (tests/site/sites.ts).

interface Build {
  readonly dist: string;
  /** What the build printed. */
  readonly log: string;
}

function load(name: SiteName): Build {
  const site = builtSite(name);
  return { dist: site.dist, log: readFileSync(site.log, 'utf8') };
}

const full = load('history');
const shallow = load('history-shallow');
const noGit = load('history-copy');
/** The commit of each step of the fixture (and "start"). */
const commits = builtSite('history').meta;
/** The shallow clone holds the last commit only ("time", recorded on 15 November 2026). */
const shallowHead = { date: '2026-11-15' };

const read = (b: Build, path: string): string => readFileSync(join(b.dist, path), 'utf8');

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
}
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item' || name === 'category',
});
function feed(b: Build, path: string): { title: string; items: RssItem[] } {
  const rss = (
    parser.parse(read(b, path)) as { rss: { channel: { title: string; item?: RssItem[] } } }
  ).rss;
  return { title: rss.channel.title, items: rss.channel.item ?? [] };
}

interface CalendarEvent {
  uid: string;
  sequence: number | null;
  lastModified: string | null;
}
function calendar(b: Build, path: string): CalendarEvent[] {
  const root = new ICAL.Component(ICAL.parse(read(b, path)) as unknown[]);
  return root.getAllSubcomponents('vevent').map((e) => {
    const lastModified = e.getFirstPropertyValue('last-modified');
    const sequence = e.getFirstPropertyValue('sequence');
    return {
      uid: String(e.getFirstPropertyValue('uid')),
      sequence: typeof sequence === 'number' ? sequence : null,
      lastModified:
        lastModified instanceof ICAL.Time ? lastModified.toJSDate().toISOString() : null,
    };
  });
}

interface ChangesFile {
  history: {
    available: boolean;
    complete: boolean;
    since?: string;
    reason?: string;
    commits: number;
  };
  records: {
    commit: string;
    recordedAt: string;
    authoredAt: string;
    recordedOn: string;
    notes: string[];
    instrument: string;
    changes: { kind: string; milestone?: string; text: string; feedId: string }[];
  }[];
}
function changes(b: Build): ChangesFile {
  const data: unknown = JSON.parse(read(b, 'data/changes.json'));
  const schema = z.fromJSONSchema(
    JSON.parse(read(b, 'data/changes.schema.json')) as Parameters<typeof z.fromJSONSchema>[0],
  );
  const result = schema.safeParse(data);
  expect(
    result.success,
    result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3)),
  ).toBe(true);
  return data as ChangesFile;
}

const historyLines = (log: string): string[] =>
  log.split('\n').filter((l) => l.includes('History of the record'));

// ---------------------------------------------------------------------------------------------

/** What each commit changed, newest first: [step, instrument, "kind:milestone" …, sentences …]. */
const EXPECTED: readonly [string, string, readonly string[], readonly string[]][] = [
  [
    'time',
    'gamma-regulation',
    ['timing-changed:application-deadline'],
    ['“Rules apply”: Time set: 17:00'],
  ],
  ['two-files', 'delta-directive', ['explainer-revised'], ['Explainer revised']],
  [
    'two-files',
    'gamma-regulation',
    ['summary-revised', 'reference-added'],
    ['Summary revised', 'Official reference added: 2025/0012(COD)'],
  ],
  [
    'outcome',
    'gamma-regulation',
    ['outcome-set:report-deadline'],
    ['“Commission report due”: Outcome of the deadline: Missed'],
  ],
  [
    'correction',
    'gamma-regulation',
    ['correction-added:council-position'],
    ['“Council adopts its first-reading position”: Correction added'],
  ],
  [
    'removed',
    'gamma-regulation',
    ['milestone-removed:rumoured-vote'],
    ['Milestone removed: “Parliament votes, says a rumour” (March 2026)'],
  ],
  [
    'added',
    'gamma-regulation',
    ['milestone-added:trilogue', 'stage-now'],
    ['Milestone added: “First trilogue” (15 September 2026)', 'Stage of the file now: In trilogue'],
  ],
  [
    'confidence',
    'gamma-regulation',
    ['confidence-changed:council-position', 'source-added:council-position', 'stage-now'],
    [
      '“Council adopts its first-reading position”: Confidence raised from Unconfirmed to Official',
      '“Council adopts its first-reading position”: Source added: Council press release (Council of the EU)',
      'Stage of the file now: Council first reading',
    ],
  ],
  [
    'date',
    'gamma-regulation',
    ['date-changed:council-position'],
    ['Date of “Council adopts its first-reading position” changed from 1 July 2026 to 2 July 2026'],
  ],
  [
    'start',
    'delta-directive',
    ['instrument-added', 'milestone-added:adopted', 'milestone-added:transposition'],
    [
      'Added to the record',
      'Milestone added: “Directive adopted” (12 March 2024)',
      'Milestone added: “Transposition deadline” (1 June 2027)',
    ],
  ],
  [
    'start',
    'gamma-regulation',
    [
      'instrument-added',
      'milestone-added:proposal',
      'milestone-added:council-position',
      'milestone-added:rumoured-vote',
      'milestone-added:application-deadline',
      'milestone-added:report-deadline',
    ],
    [
      'Added to the record',
      'Milestone added: “Commission proposes the regulation” (11 May 2025)',
      'Milestone added: “Council adopts its first-reading position” (1 July 2026)',
      'Milestone added: “Parliament votes, says a rumour” (March 2026)',
      'Milestone added: “Rules apply” (3 April 2027)',
      'Milestone added: “Commission report due” (1 October 2026)',
    ],
  ],
];
const dateOf = (key: string): string =>
  new Date(
    key === 'start' ? START_DATE : (STEPS.find((s) => s.key === key)?.date ?? ''),
  ).toISOString();
const label = (c: { kind: string; milestone?: string }): string =>
  c.milestone ? `${c.kind}:${c.milestone}` : c.kind;
const guid = (
  key: string,
  instrument: string,
  milestone: string | undefined,
  kind: string,
): string => `change.${commits[key] ?? ''}.${instrument}.${milestone ?? '-'}.${kind}@${HOST}`;

describe('a build with the full history', () => {
  it('says once in the build log that it read the full history', () => {
    expect(historyLines(full.log)).toEqual([
      expect.stringContaining('History of the record: read from git (full history).'),
    ]);
  });

  it('/data/changes.json holds exactly the expected changes, newest first, dated when recorded', () => {
    const file = changes(full);
    expect(file.history).toMatchObject({
      available: true,
      complete: true,
      since: '2026-01-05T10:00:00Z',
      commits: 10,
    });
    expect(
      file.records.map((r) => [
        r.commit,
        r.instrument,
        r.changes.map(label),
        r.changes.map((c) => c.text),
      ]),
    ).toEqual(
      EXPECTED.map(([key, instrument, kinds, texts]) => [commits[key], instrument, kinds, texts]),
    );
    for (const r of file.records) {
      const key = Object.keys(commits).find((k) => commits[k] === r.commit) ?? '';
      expect(new Date(r.recordedAt).toISOString(), key).toBe(dateOf(key));
      expect(r.notes, key).toEqual(key === 'date' ? [CHANGE_NOTE] : []);
    }
    const time = file.records[0];
    expect(time?.authoredAt).toBe('2026-11-12T16:00:00Z');
    expect(time?.recordedOn).toBe('2026-11-15');
    // The formatting-only commit changed nothing.
    expect(file.records.some((r) => r.commit === commits['format'])).toBe(false);
  });

  it('the site feed carries corrected dates, raised confidence, removals and outcomes, with stable guids', () => {
    const items = feed(full, 'feed.xml').items;
    const changeItems = items.filter((i) => i.guid['#text'].startsWith('change.'));
    expect(
      changeItems.map((i) => [i.guid['#text'], new Date(i.pubDate).toISOString(), i.title]),
    ).toEqual([
      [
        guid('time', 'gamma-regulation', 'application-deadline', 'timing-changed'),
        dateOf('time'),
        'Gamma Regulation: “Rules apply”: Time set: 17:00',
      ],
      [
        guid('outcome', 'gamma-regulation', 'report-deadline', 'outcome-set'),
        dateOf('outcome'),
        'Gamma Regulation: “Commission report due”: Outcome of the deadline: Missed',
      ],
      [
        guid('removed', 'gamma-regulation', 'rumoured-vote', 'milestone-removed'),
        dateOf('removed'),
        'Gamma Regulation: Milestone removed: “Parliament votes, says a rumour” (March 2026)',
      ],
      [
        guid('confidence', 'gamma-regulation', 'council-position', 'confidence-changed'),
        dateOf('confidence'),
        'Gamma Regulation: “Council adopts its first-reading position”: Confidence raised from Unconfirmed to Official',
      ],
      [
        guid('date', 'gamma-regulation', 'council-position', 'date-changed'),
        dateOf('date'),
        'Gamma Regulation: Date of “Council adopts its first-reading position” changed from 1 July 2026 to 2 July 2026',
      ],
    ]);
    const dated = changeItems.find((i) => i.guid['#text'].includes('.date-changed@'));
    expect(dated?.link).toBe(`${SITE}/instruments/gamma-regulation/council-position/`);
    expect(dated?.description).toContain(`<p>${CHANGE_NOTE}</p>`);
    expect(dated?.description).toContain(
      'Recorded on 3 July 2026: the day the record changed, not the date of an event.',
    );
    // Every other item is a milestone that has happened, or its correction.
    for (const item of items.filter((i) => !changeItems.includes(i)))
      expect(item.guid['#text']).toMatch(
        /^https:\/\/history\.example\.org\/instruments\/|\.correction@history\.example\.org$/,
      );
  });

  it("the instrument's own feed holds every change to it and its milestones", () => {
    const { title, items } = feed(full, 'instruments/gamma-regulation/feed.xml');
    expect(title).toBe('History Fixture: Gamma Regulation');
    const expected = new Set(
      EXPECTED.filter(([, instrument]) => instrument === 'gamma-regulation').flatMap(
        ([key, , kinds]) =>
          kinds.map((k) => {
            const [kind = '', milestone] = k.split(':');
            return guid(key, 'gamma-regulation', milestone, kind);
          }),
      ),
    );
    const changeItems = items.filter(
      (i) => i.guid['@_isPermaLink'] === 'false' && i.guid['#text'].startsWith('change.'),
    );
    expect(new Set(changeItems.map((i) => i.guid['#text']))).toEqual(expected);
    expect(changeItems.length).toBe(expected.size);
    for (const item of changeItems) {
      const key =
        Object.keys(commits).find((k) => item.guid['#text'].includes(`.${commits[k] ?? '?'}.`)) ??
        '';
      expect(new Date(item.pubDate).toISOString(), item.title).toBe(dateOf(key));
    }
    // Its milestones that have happened (and the correction), as in the site feed.
    const milestones = items.filter((i) => i.guid['@_isPermaLink'] === 'true').map((i) => i.link);
    expect(milestones.sort()).toEqual(
      ['proposal', 'council-position', 'trilogue', 'report-deadline']
        .map((m) => `${SITE}/instruments/gamma-regulation/${m}/`)
        .sort(),
    );
    // Newest first.
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it("a tag's feed holds the changes of what has the tag", () => {
    const { items } = feed(full, 'tags/victims/feed.xml');
    expect(
      items.filter((i) => i.guid['#text'].startsWith('change.')).map((i) => i.guid['#text']),
    ).toEqual([
      guid('two-files', 'delta-directive', undefined, 'explainer-revised'),
      guid('start', 'delta-directive', undefined, 'instrument-added'),
      guid('start', 'delta-directive', 'adopted', 'milestone-added'),
      guid('start', 'delta-directive', 'transposition', 'milestone-added'),
    ]);
    expect(items.filter((i) => i.guid['@_isPermaLink'] === 'true').map((i) => i.link)).toEqual([
      `${SITE}/instruments/delta-directive/adopted/`,
    ]);
    expect(
      feed(full, 'tags/detection/feed.xml').items.some((i) => i.link.includes('delta-directive')),
    ).toBe(false);
  });

  it('calendars give a revised event SEQUENCE and LAST-MODIFIED, and leave the others alone', () => {
    const gamma = calendar(full, 'instruments/gamma-regulation/calendar.ics');
    expect(gamma).toEqual([
      {
        uid: `gamma-regulation.report-deadline@${HOST}`,
        sequence: 1,
        lastModified: dateOf('outcome'),
      },
      {
        uid: `gamma-regulation.application-deadline@${HOST}`,
        sequence: 1,
        lastModified: dateOf('time'),
      },
    ]);
    expect(calendar(full, 'calendar.ics')).toEqual([
      ...gamma,
      { uid: `delta-directive.transposition@${HOST}`, sequence: null, lastModified: null },
    ]);
  });
});

describe('a build from a shallow clone', () => {
  it('succeeds and says once that the history is incomplete, and where it starts', () => {
    expect(historyLines(shallow.log)).toEqual([
      expect.stringContaining(
        `History of the record incomplete: this is a shallow clone, so it starts on ${shallowHead.date}`,
      ),
    ]);
  });

  it('lists no change from before the graft, and dates nothing it does not know', () => {
    const file = changes(shallow);
    expect(file.history).toMatchObject({
      available: true,
      complete: false,
      since: '2026-11-15T09:00:00Z',
    });
    expect(file.records).toEqual([]);
    expect(feed(shallow, 'feed.xml').items.some((i) => i.guid['#text'].startsWith('change.'))).toBe(
      false,
    );
    expect(
      feed(shallow, 'instruments/gamma-regulation/feed.xml').items.some((i) =>
        i.guid['#text'].startsWith('change.'),
      ),
    ).toBe(false);
    expect(read(shallow, 'calendar.ics')).not.toMatch(/SEQUENCE|LAST-MODIFIED/);
  });
});

describe('a build from a copy without .git', () => {
  it('succeeds and says once that the history is unavailable', () => {
    expect(historyLines(noGit.log)).toEqual([
      expect.stringContaining(
        'History of the record unavailable: not a git repository (a copy of the files without .git)',
      ),
    ]);
  });

  it('says so in the data and shows no change', () => {
    const file = changes(noGit);
    expect(file.history).toEqual({
      available: false,
      complete: false,
      reason: 'not a git repository (a copy of the files without .git)',
      commits: 0,
    });
    expect(file.records).toEqual([]);
    expect(feed(noGit, 'feed.xml').items.some((i) => i.guid['#text'].startsWith('change.'))).toBe(
      false,
    );
    expect(read(noGit, 'calendar.ics')).not.toMatch(/SEQUENCE|LAST-MODIFIED/);
    // Everything else is as in the full build.
    expect(read(noGit, 'data/milestones.json')).toBe(read(full, 'data/milestones.json'));
  });
});
