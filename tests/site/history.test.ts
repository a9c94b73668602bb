/**
 * The history of the record on a real build from a fixture repository made in a temporary
 * folder (tests/site/history-fixture.ts): a copy of tests/fixtures/history, committed step by step
 * with fixed author and committer dates (one commit per kind of change, one with a Change-Note
 * trailer, one that changes only formatting, one that changes two files). What the site feed,
 * the instrument's and the tag's own feeds (parsed XML), the calendars (ical.js) and
 * /data/changes.json (against its published schema) hold is written out here by hand, change by
 * change.
 *
 * The pages show the same changes (parsed HTML, in English and in French or German): an
 * instrument's "History of this record", a milestone's own changes and /changes/ by month, each
 * change dated with the day it was recorded, its Change-Note above it, its milestone linked.
 *
 * The same content is also built from a shallow clone (`git clone --depth 1 file://…`) and from
 * a copy without .git: both builds succeed, say once in the build log and once on each of those
 * pages that the history is incomplete or unavailable, and show no change, no revision and no
 * date of a change. The global set-up makes the three builds (sites "history",
 * "history-shallow" and "history-copy" in tests/site/sites.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import ICAL from 'ical.js';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../scripts/quality/html-scan.ts';
import { CHANGE_NOTE, START_DATE, STEPS } from './history-fixture.ts';
import { readRss, type RssItem } from './rss.ts';
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

function feed(b: Build, path: string): { title: string; items: RssItem[] } {
  const { channel } = readRss(join(b.dist, path));
  return { title: channel.title, items: channel.item ?? [] };
}
/** An item for a change to the record (its guid starts "change."), not for a milestone. */
const isChange = (i: RssItem): boolean => i.guid['#text'].startsWith('change.');

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

describe('the head of /data/changes.json', () => {
  it.each([
    ['full', full, { available: true, complete: true, since: '2026-01-05T10:00:00Z', commits: 10 }],
    ['shallow', shallow, { available: true, complete: false, since: '2026-11-15T09:00:00Z' }],
  ] as const)('says how much of the history a %s clone gave', (_, build, head) => {
    expect(changes(build).history).toMatchObject(head);
  });
});

describe('a build with the full history', () => {
  it('says once in the build log that it read the full history', () => {
    expect(historyLines(full.log)).toEqual([
      expect.stringContaining('History of the record: read from git (full history).'),
    ]);
  });

  it('/data/changes.json holds exactly the expected changes, newest first, dated when recorded', () => {
    const file = changes(full);
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
    const changeItems = items.filter(isChange);
    // In feed order: each item's [commit key, milestone, kind of change], then its title.
    expect(changeItems.map((i) => [i.guid['#text'], new Date(i.pubDate).toISOString()])).toEqual(
      [
        ['time', 'application-deadline', 'timing-changed'],
        ['outcome', 'report-deadline', 'outcome-set'],
        ['removed', 'rumoured-vote', 'milestone-removed'],
        ['confidence', 'council-position', 'confidence-changed'],
        ['date', 'council-position', 'date-changed'],
      ].map(([key = '', milestone, kind = '']) => [
        guid(key, 'gamma-regulation', milestone, kind),
        dateOf(key),
      ]),
    );
    expect(changeItems.map((i) => i.title)).toEqual([
      'Gamma Regulation: “Rules apply”: Time set: 17:00',
      'Gamma Regulation: “Commission report due”: Outcome of the deadline: Missed',
      'Gamma Regulation: Milestone removed: “Parliament votes, says a rumour” (March 2026)',
      'Gamma Regulation: “Council adopts its first-reading position”: Confidence raised from Unconfirmed to Official',
      'Gamma Regulation: Date of “Council adopts its first-reading position” changed from 1 July 2026 to 2 July 2026',
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
    const changeItems = items.filter((i) => i.guid['@_isPermaLink'] === 'false' && isChange(i));
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
    expect(items.filter(isChange).map((i) => i.guid['#text'])).toEqual([
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
    expect(changes(shallow).records).toEqual([]);
    expect(feed(shallow, 'feed.xml').items.some(isChange)).toBe(false);
    expect(feed(shallow, 'instruments/gamma-regulation/feed.xml').items.some(isChange)).toBe(false);
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
    expect(feed(noGit, 'feed.xml').items.some(isChange)).toBe(false);
    expect(read(noGit, 'calendar.ics')).not.toMatch(/SEQUENCE|LAST-MODIFIED/);
    // Everything else is as in the full build.
    expect(read(noGit, 'data/milestones.json')).toBe(read(full, 'data/milestones.json'));
  });
});

// ---------------------------------------------------------------------------------------------
// The pages, parsed

function page(b: Build, path: string): ElementNode {
  return parse(read(b, `${path.replace(/^\//, '')}index.html`)) as ElementNode;
}
function elements(root: Node, keep: (el: ElementNode) => boolean): ElementNode[] {
  const out: ElementNode[] = [];
  walkSync(root, (n) => {
    if (n.type === ELEMENT_NODE && keep(n)) out.push(n);
  });
  return out;
}
const hasClass =
  (name: string) =>
  (el: ElementNode): boolean =>
    (el.attributes['class'] ?? '').split(/\s+/).includes(name);
/** The text a reader sees, spaces collapsed (no-break spaces kept: French typography is checked too). */
function textOf(node: Node): string {
  let out = '';
  walkSync(node, (n) => {
    if (n.type === TEXT_NODE) out += decodeEntities(String(n.value));
  });
  return out.replace(/[ \t\r\n]+/g, ' ').trim();
}
function section(root: Node, headingId: string): ElementNode {
  const found = elements(
    root,
    (el) => el.name === 'section' && el.attributes['aria-labelledby'] === headingId,
  )[0];
  if (!found) throw new Error(`no section labelled by #${headingId}`);
  return found;
}

interface ShownRecord {
  instrument: string;
  commit: string;
  /** The `<time>` of each stamp: [datetime, text]. */
  recorded: [string, string][];
  notes: string[];
  lines: string[];
  /** The link of each line (its milestone), if any. */
  links: (string | undefined)[];
}
function shownRecords(root: Node): ShownRecord[] {
  return elements(root, hasClass('history-record')).map((li) => {
    const lines = elements(li, (el) => el.name === 'li' && 'data-kind' in el.attributes);
    return {
      instrument: li.attributes['data-instrument'] ?? '',
      commit: li.attributes['data-commit'] ?? '',
      recorded: elements(li, hasClass('recorded')).flatMap((stamp) =>
        elements(stamp, (el) => el.name === 'time').map((t): [string, string] => [
          t.attributes['datetime'] ?? '',
          textOf(t),
        ]),
      ),
      notes: elements(li, hasClass('history-record__note')).map(textOf),
      lines: lines.map(textOf),
      links: lines.map((l) => elements(l, (el) => el.name === 'a')[0]?.attributes['href']),
    };
  });
}

/** The day a step was recorded (every step is committed in the morning, UTC: the same day in Brussels). */
const dayOf = (key: string): string => dateOf(key).slice(0, 10);
const recordedEn = (key: string): string =>
  `Recorded ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(dateOf(key)))}`;
const keyOf = (commit: string): string =>
  Object.keys(commits).find((k) => commits[k] === commit) ?? '?';

/** The records of EXPECTED (of one instrument), as the pages show them in English. */
function expectedRecords(instrument?: string): ShownRecord[] {
  return EXPECTED.filter(([, i]) => instrument === undefined || i === instrument).map(
    ([key, i, kinds, texts]) => ({
      instrument: i,
      commit: commits[key] ?? '',
      recorded: [[dayOf(key), recordedEn(key)]],
      notes: key === 'date' ? [`Editors’ note: ${CHANGE_NOTE}`] : [],
      lines: [...texts],
      links: kinds.map((k) => {
        const milestone = k.split(':')[1];
        return milestone && milestone !== 'rumoured-vote'
          ? `/instruments/${i}/${milestone}/`
          : undefined;
      }),
    }),
  );
}

const NOTICE_INCOMPLETE = 'History incomplete: it starts on 15 November 2026.';
const NOTICE_UNAVAILABLE = 'The history of the record is not available in this copy of the site.';
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('the pages of a build with the full history', () => {
  it('the instrument page: "History of this record", newest first, each change dated the day it was recorded, its note above, its milestones linked', () => {
    const history = section(page(full, '/instruments/gamma-regulation/'), 'pt-record-history');
    expect(textOf(elements(history, (el) => el.name === 'h2')[0] as Node)).toBe(
      'History of this record',
    );
    expect(shownRecords(history)).toEqual(expectedRecords('gamma-regulation'));
    expect(shownRecords(history).find((r) => keyOf(r.commit) === 'date')?.recorded).toEqual([
      ['2026-07-03', 'Recorded 3 July 2026'],
    ]);
    // Every date in the section is a stamp of when a change was recorded, and says so in words.
    const times = elements(history, (el) => el.name === 'time');
    expect(times.length).toBe(expectedRecords('gamma-regulation').length);
    for (const time of times) expect(textOf(time)).toMatch(/^Recorded \d{1,2} \w+ 20\d\d$/);
    expect(textOf(history)).toContain(
      'Each change is dated with the day it was recorded here, not the date of the event it concerns.',
    );
    expect(elements(history, hasClass('history-notice'))).toEqual([]);
  });

  it('the instrument page in French: the same records, in French, the English titles marked as such', () => {
    const history = section(page(full, '/fr/instruments/gamma-regulation/'), 'pt-record-history');
    const fr = shownRecords(history);
    const en = expectedRecords('gamma-regulation');
    expect(fr.map((r) => [r.commit, r.recorded[0]?.[0], r.lines.length])).toEqual(
      en.map((r) => [r.commit, r.recorded[0]?.[0], r.lines.length]),
    );
    const date = fr.find((r) => keyOf(r.commit) === 'date');
    expect(date?.recorded).toEqual([['2026-07-03', 'Enregistré le 3 juillet 2026']]);
    expect(date?.notes).toEqual([`Note de la rédaction\u00a0: ${CHANGE_NOTE}`]);
    expect(date?.lines).toEqual([
      'Date de «\u00a0Council adopts its first-reading position\u00a0» modifiée\u00a0: 2 juillet 2026 au lieu de 1 juillet 2026',
    ]);
    expect(date?.links).toEqual(['/fr/instruments/gamma-regulation/council-position/']);
    expect(fr.find((r) => keyOf(r.commit) === 'confidence')?.lines).toEqual([
      '«\u00a0Council adopts its first-reading position\u00a0»\u00a0: Niveau de confiance relevé de «\u00a0Non confirmé\u00a0» à «\u00a0Officiel\u00a0»',
      '«\u00a0Council adopts its first-reading position\u00a0»\u00a0: Source ajoutée\u00a0: Council press release (Council of the EU)',
      'Stade actuel du dossier\u00a0: Position du Conseil en première lecture',
    ]);
    const link = elements(
      history,
      (el) => el.attributes['href'] === '/fr/instruments/gamma-regulation/trilogue/',
    )[0];
    expect(link?.attributes['lang']).toBe('en-GB');
    expect(textOf(link as Node)).toBe('First trilogue');
  });

  it("a milestone's page: its own changes, newest first, dated the day they were recorded", () => {
    const own = (path: string): ShownRecord[] =>
      shownRecords(section(page(full, path), 'pt-milestone-history'));
    const council = own('/instruments/gamma-regulation/council-position/');
    expect(council.map((r) => [keyOf(r.commit), r.recorded, r.notes, r.lines, r.links])).toEqual([
      [
        'correction',
        [[dayOf('correction'), 'Recorded 2 October 2026']],
        [],
        ['Correction added'],
        [undefined],
      ],
      [
        'confidence',
        [[dayOf('confidence'), 'Recorded 10 July 2026']],
        [],
        [
          'Confidence raised from Unconfirmed to Official',
          'Source added: Council press release (Council of the EU)',
        ],
        [undefined, undefined],
      ],
      [
        'date',
        [[dayOf('date'), 'Recorded 3 July 2026']],
        [`Editors’ note: ${CHANGE_NOTE}`],
        [
          'Date of “Council adopts its first-reading position” changed from 1 July 2026 to 2 July 2026',
        ],
        [undefined],
      ],
      [
        'start',
        [[dayOf('start'), 'Recorded 5 January 2026']],
        [],
        ['Milestone added: “Council adopts its first-reading position” (1 July 2026)'],
        [undefined],
      ],
    ]);
    expect(
      own('/instruments/gamma-regulation/application-deadline/').map((r) => [
        keyOf(r.commit),
        r.lines,
      ]),
    ).toEqual([
      ['time', ['Time set: 17:00']],
      ['start', ['Milestone added: “Rules apply” (3 April 2027)']],
    ]);
    expect(
      own('/de/instruments/gamma-regulation/council-position/').find(
        (r) => keyOf(r.commit) === 'confidence',
      )?.lines,
    ).toEqual([
      'Verlässlichkeit von „Unbestätigt“ auf „Amtlich“ heraufgestuft',
      'Quelle hinzugefügt: Council press release (Council of the EU)',
    ]);
  });

  it('/changes/: every change, newest first, by the month it was recorded, with a filter by instrument', () => {
    const doc = page(full, '/changes/');
    const months = elements(doc, hasClass('changes__month'));
    const expected = expectedRecords();
    const monthOf = (r: ShownRecord): string => r.recorded[0]?.[0].slice(0, 7) ?? '';
    expect(
      months.map((m) => {
        const heading = elements(m, (el) => el.name === 'h2')[0] as ElementNode;
        return [
          elements(heading, (el) => el.name === 'time')[0]?.attributes['datetime'],
          textOf(heading),
        ];
      }),
    ).toEqual([
      ['2026-11', 'November 2026 (1 change)'],
      ['2026-10', 'October 2026 (5 changes)'],
      ['2026-09', 'September 2026 (3 changes)'],
      ['2026-07', 'July 2026 (4 changes)'],
      ['2026-01', 'January 2026 (9 changes)'],
    ]);
    expect(months.flatMap((m) => shownRecords(m).map((r) => [monthOf(r), r]))).toEqual(
      expected.map((r) => [monthOf(r), r]),
    );
    // Each record names its instrument, linked.
    for (const record of elements(doc, hasClass('history-record'))) {
      const name = elements(record, hasClass('history-record__instrument'))[0];
      expect(name?.attributes['href']).toBe(
        `/instruments/${record.attributes['data-instrument'] ?? ''}/`,
      );
    }
    expect(textOf(doc)).toContain('Changes recorded since 5 January 2026.');
    // The filter: links, which work without JavaScript.
    const filter = elements(doc, (el) => el.name === 'nav' && hasClass('changes__filter')(el))[0];
    expect(
      elements(filter as Node, (el) => el.name === 'a').map((a) => [
        a.attributes['href'],
        textOf(a),
        a.attributes['aria-current'],
      ]),
    ).toEqual([
      ['/changes/', 'All instruments', 'page'],
      // In the site's order of instruments: by their first milestone.
      ['/changes/delta-directive/', 'Delta Directive', undefined],
      ['/changes/gamma-regulation/', 'Gamma Regulation', undefined],
    ]);
  });

  it('/changes/<month>/: every month has its page, with the month navigation; the headings of /changes/ link them', () => {
    const monthOf = (r: ShownRecord): string => r.recorded[0]?.[0].slice(0, 7) ?? '';
    const months = [...new Set(expectedRecords().map(monthOf))];
    expect(months).toEqual(['2026-11', '2026-10', '2026-09', '2026-07', '2026-01']);
    const monthLinks = (doc: Node): [string | undefined, string, string | undefined][] =>
      elements(
        elements(doc, (el) => el.name === 'nav' && hasClass('changes__months')(el))[0] ?? doc,
        (el) =>
          el.name === 'a' && /^\/(fr\/)?changes\/\d{4}-\d{2}\/$/.test(el.attributes['href'] ?? ''),
      ).map((a) => [a.attributes['href'], textOf(a), a.attributes['aria-current']]);
    // Below the limit /changes/ holds every month, each heading linked to the month's page,
    // and has no month navigation.
    const all = page(full, '/changes/');
    expect(elements(all, hasClass('changes__months'))).toEqual([]);
    expect(monthLinks(all).map(([href]) => href)).toEqual(months.map((m) => `/changes/${m}/`));
    // Above it, the newest months that keep within it, and every month in the navigation.
    const paged = load('history-paged');
    const front = page(paged, '/changes/');
    const frontRecords = shownRecords(front);
    expect(frontRecords).toEqual(
      expectedRecords().filter((r) => months.slice(0, 2).includes(monthOf(r))),
    );
    expect(frontRecords.length).toBeLessThanOrEqual(6);
    expect(textOf(front)).toContain(
      'The newest changes are below. Every month has a page of its own:',
    );
    expect(monthLinks(front).map(([, text]) => text)).toEqual([
      'Nov 2026',
      'Oct 2026',
      'Sept 2026',
      'Jul 2026',
      'Jan 2026',
    ]);
    for (const b of [full, paged])
      for (const month of months) {
        const doc = page(b, `/changes/${month}/`);
        expect(shownRecords(doc), month).toEqual(
          expectedRecords().filter((r) => monthOf(r) === month),
        );
        expect(monthLinks(doc).map(([href, , current]) => [href, current])).toEqual(
          months.map((m) => [`/changes/${m}/`, m === month ? 'page' : undefined]),
        );
      }
    const november = page(paged, '/changes/2026-11/');
    expect(textOf(elements(november, (el) => el.name === 'title')[0] as Node)).toBe(
      'Changes to the record: November 2026 · History Fixture',
    );
    expect(textOf(elements(november, (el) => el.name === 'h1')[0] as Node)).toBe(
      'Changes to the record: November 2026',
    );
    const fr = page(paged, '/fr/changes/2026-10/');
    expect(textOf(elements(fr, (el) => el.name === 'h1')[0] as Node)).toBe(
      'Modifications du suivi\u00a0: octobre 2026',
    );
    expect(monthLinks(fr)[1]).toEqual(['/fr/changes/2026-10/', 'oct. 2026', 'page']);
  });

  it('above the limit of instruments listed, the pages of one instrument or month link their own and the list of the index', () => {
    // history-paged lists at most 1 instrument (POLICY_TIMELINE_INSTRUMENT_LINKS_LIMIT): the
    // index pages list both, the others link theirs and the index's list.
    const paged = load('history-paged');
    const links = (doc: Node, nav: (el: ElementNode) => boolean): (string | undefined)[][] =>
      elements(elements(doc, nav)[0] as Node, (el) => el.name === 'a').map((a) => [
        a.attributes['href'],
        textOf(a),
        a.attributes['aria-current'],
      ]);
    const filter = (el: ElementNode): boolean =>
      el.name === 'nav' && el.attributes['id'] === 'pt-changes-filter';
    const byInstrument = (el: ElementNode): boolean =>
      el.name === 'nav' && el.attributes['aria-labelledby'] === 'pt-by-instrument';
    const instruments = [
      ['delta-directive', 'Delta Directive'],
      ['gamma-regulation', 'Gamma Regulation'],
    ] as const;
    /** Every instrument of the list, `current` marked as the page. */
    const everyOne = (kind: string, current?: string): (string | undefined)[][] =>
      instruments.map(([id, name]) => [
        `/${kind}/${id}/`,
        name,
        id === current ? 'page' : undefined,
      ]);
    /** The short form: the index, this page's own instrument if any, then the index's list. */
    const shortForm = (kind: 'changes' | 'timeline', own?: string): (string | undefined)[][] => [
      kind === 'changes'
        ? ['/changes/', 'All instruments', undefined]
        : ['/timeline/', 'The whole timeline', undefined],
      ...everyOne(kind, own).filter(([href]) => href === `/${kind}/${own ?? ''}/`),
      [
        kind === 'changes' ? '/changes/#pt-changes-filter' : '/timeline/#pt-by-instrument',
        'Choose one of 2 instruments',
        undefined,
      ],
    ];
    // /changes/ lists both; an instrument's and a month's pages have the short form.
    expect(links(page(paged, '/changes/'), filter)).toEqual([
      ['/changes/', 'All instruments', 'page'],
      ...everyOne('changes'),
    ]);
    const delta = links(page(paged, '/changes/delta-directive/'), filter);
    expect(delta).toEqual(shortForm('changes', 'delta-directive'));
    expect(links(page(paged, '/changes/2026-11/'), filter)).toEqual(shortForm('changes'));
    expect(links(page(paged, '/fr/changes/gamma-regulation/'), filter).at(-1)).toEqual([
      '/fr/changes/#pt-changes-filter',
      'Choisir parmi 2 dossiers',
      undefined,
    ]);
    // The same on the timeline, whose index holds the list the short form links to.
    const index = page(paged, '/timeline/');
    expect(links(index, byInstrument)).toEqual(everyOne('timeline'));
    expect(elements(index, (el) => el.attributes['id'] === 'pt-by-instrument')).toHaveLength(1);
    const gamma = links(page(paged, '/timeline/gamma-regulation/'), byInstrument);
    expect(gamma).toEqual(shortForm('timeline', 'gamma-regulation'));
    // Below the limit (the history site), an instrument's pages list every instrument.
    expect(links(page(full, '/timeline/gamma-regulation/'), byInstrument)).toEqual([
      ['/timeline/', 'The whole timeline', undefined],
      ...everyOne('timeline', 'gamma-regulation'),
    ]);
  });

  it("/changes/<instrument>/ holds that instrument's changes only; in French too", () => {
    const delta = page(full, '/changes/delta-directive/');
    expect(shownRecords(delta)).toEqual(expectedRecords('delta-directive'));
    expect(
      elements(delta, (el) => el.attributes['aria-current'] === 'page' && el.name === 'a').map(
        (a) => a.attributes['href'],
      ),
    ).toEqual(['/changes/delta-directive/']);

    const fr = page(full, '/fr/changes/');
    const records = shownRecords(fr);
    expect(
      records.map((r) => [r.commit, r.instrument, r.recorded[0]?.[0], r.lines.length]),
    ).toEqual(
      expectedRecords().map((r) => [r.commit, r.instrument, r.recorded[0]?.[0], r.lines.length]),
    );
    expect(records[0]?.lines).toEqual([
      '«\u00a0Rules apply\u00a0»\u00a0: Heure fixée\u00a0: 17:00',
    ]);
    expect(records[0]?.links).toEqual(['/fr/instruments/gamma-regulation/application-deadline/']);
    expect(
      elements(fr, hasClass('changes__month')).map((m) =>
        textOf(elements(m, (el) => el.name === 'h2')[0] as Node),
      )[0],
    ).toBe('novembre 2026 (1\u00a0modification)');
  });

  it('"Follow this file": the instrument\'s own feed beside its calendar, in the page head, and its topics\' feeds', () => {
    const doc = page(full, '/instruments/gamma-regulation/');
    const follow = section(doc, 'pt-follow');
    const links = elements(follow, (el) => el.name === 'a' && 'data-follow' in el.attributes);
    expect(
      links.map((a) => [a.attributes['data-follow'], a.attributes['href'], textOf(a)]),
    ).toEqual([
      ['instrument', '/instruments/gamma-regulation/feed.xml', 'Follow this file'],
      ['tag', '/tags/detection/feed.xml', 'detection'],
    ]);
    expect(textOf(follow)).toContain(`${SITE}/instruments/gamma-regulation/feed.xml`);
    const head = elements(
      doc,
      (el) =>
        el.name === 'link' &&
        el.attributes['rel'] === 'alternate' &&
        el.attributes['type'] === 'application/rss+xml',
    );
    expect(head.map((l) => [l.attributes['href'], l.attributes['title']])).toEqual([
      ['/feed.xml', 'History Fixture: latest milestones (RSS)'],
      ['/instruments/gamma-regulation/feed.xml', 'Gamma Regulation: milestones and changes (RSS)'],
    ]);
    // The feeds it links are there, and feed readers can read them.
    expect(feed(full, 'instruments/gamma-regulation/feed.xml').items.length).toBeGreaterThan(0);
    expect(feed(full, 'tags/detection/feed.xml').items.length).toBeGreaterThan(0);
    // The calendar comes just before it.
    const sections = elements(doc, (el) => el.name === 'section').map(
      (el) => el.attributes['aria-labelledby'],
    );
    expect(sections[sections.indexOf('pt-follow') - 1]).toBe('pt-subscribe');
  });

  it("the navigation and the footer of every page link /changes/, in the page's language", () => {
    for (const [path, changes] of [
      ['/', '/changes/'],
      ['/fr/', '/fr/changes/'],
      ['/de/instruments/delta-directive/', '/de/changes/'],
    ] as const) {
      const doc = page(full, path);
      const nav = elements(doc, (el) => el.name === 'nav' && hasClass('site-nav')(el))[0];
      const footer = elements(doc, (el) => el.name === 'footer')[0];
      for (const part of [nav, footer])
        expect(
          elements(part as Node, (el) => el.name === 'a').some(
            (a) => a.attributes['href'] === changes,
          ),
          `${path}`,
        ).toBe(true);
    }
  });
});

/** The pages that show the history, and what each must say once when it is missing. */
const HISTORY_PAGES = [
  '/instruments/gamma-regulation/',
  '/instruments/gamma-regulation/council-position/',
  '/changes/',
  '/changes/gamma-regulation/',
];

/**
 * Each history page of a build without the history says `notice` once and shows no change and no
 * date of one; `also` checks more on each page.
 */
function expectNoChangeShown(
  b: Build,
  notice: string,
  also: (doc: ElementNode, path: string) => void,
): void {
  for (const path of HISTORY_PAGES) {
    const doc = page(b, path);
    expect(occurrences(textOf(doc), notice), path).toBe(1);
    expect(shownRecords(doc), path).toEqual([]);
    expect(elements(doc, hasClass('recorded')), path).toEqual([]);
    also(doc, path);
  }
}

describe('the pages of a build from a shallow clone', () => {
  it('say once that the history is incomplete and where it starts, and show no change and no date of one', () => {
    expectNoChangeShown(shallow, NOTICE_INCOMPLETE, (doc, path) =>
      expect(elements(doc, hasClass('changes__month')), path).toEqual([]),
    );
    expect(
      occurrences(
        textOf(page(shallow, '/fr/changes/')),
        'Historique incomplet\u00a0: il commence le 15 novembre 2026.',
      ),
    ).toBe(1);
    expect(textOf(page(shallow, '/changes/'))).not.toContain('Changes recorded since');
  });
});

describe('the pages of a build from a copy without .git', () => {
  it('say once that the history is unavailable, and show no change and no date of one', () => {
    expectNoChangeShown(noGit, NOTICE_UNAVAILABLE, (doc, path) => {
      expect(textOf(doc), path).not.toContain('Each change is dated');
      expect(textOf(doc), path).not.toContain('No change has been recorded yet.');
    });
    expect(
      occurrences(
        textOf(page(noGit, '/de/instruments/gamma-regulation/')),
        'Der Verlauf ist in dieser Kopie der Website nicht verfügbar.',
      ),
    ).toBe(1);
  });
});
