/**
 * Reported developments, shown honestly (issue 10, item 2): where unconfirmed reports follow an
 * instrument's last confirmed stage, every status view says "Last confirmed: …" and, apart,
 * "Reported since: … (not confirmed)" with the sources; an instrument whose amended act ended
 * says its effect ended; a report's stage is only ever "reported: …"; and no status, countdown or
 * calendar entry ever comes from a report.
 *
 * A fixture campaign (tests/fixtures/reported, its campaign.yaml says what is in it) is built for
 * 1 March 2027 and read as parsed HTML (what every reader gets, with or without JavaScript:
 * the build's variants, `hidden` ones left out) and, for what a script changes (the reader's
 * clock after a reported date, another language of a widget), in Chromium. The real content's
 * build is checked the same way. Both are built by the global set-up (sites "reported" and
 * "main" of tests/site/sites.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  DOCUMENT_NODE,
  ELEMENT_NODE,
  parse,
  TEXT_NODE,
  type ElementNode,
  type Node,
} from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { decodeEntities } from '../../scripts/quality/html-scan.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { parseCalendar } from '../support/ical.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { readEntries, type Entry } from './content.ts';
import { describe, expect, test } from './fixtures.ts';
import { builtSite } from './sites.ts';

const reported = builtSite('reported');
const FIXTURE = reported.content;
const BUILT_AT = reported.now ?? '';
const OUT = reported.dist;
const REAL = builtSite('main').dist;

// --- Parsed HTML ---------------------------------------------------------------------------------

/** A built page, by its address below the site's root ("status/", "" for the home page). */
const page = (dist: string, path: string): ElementNode =>
  parse(readFileSync(join(dist, path, 'index.html'), 'utf8')) as ElementNode;
const one = (node: Node, selector: string): ElementNode => {
  const found = querySelector(node, selector) as ElementNode | null;
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const all = (node: Node, selector: string): ElementNode[] =>
  querySelectorAll(node, selector) as ElementNode[];
/** The elements a reader sees without JavaScript: none inside a `hidden` variant of the build. */
const visible = (node: Node, selector: string): ElementNode[] =>
  all(node, selector).filter((el) => {
    for (let n: Node | undefined = el; n && n !== node; n = n.parent)
      if (n.type === ELEMENT_NODE && n.attributes?.['hidden'] !== undefined) return false;
    return true;
  });

/** Elements that start a line of their own. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'td',
  'th',
  'dt',
  'dd',
]);
/** Collapses white space, but not the no-break spaces French puts before a colon. */
const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The text a reader sees without JavaScript: the build's variants only (no `hidden` element), spaces collapsed. */
function shown(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.type === TEXT_NODE) parts.push(decodeEntities(String(n.value)));
    if (n.type !== ELEMENT_NODE && n.type !== DOCUMENT_NODE) return;
    const el = n as ElementNode;
    if (n.type === ELEMENT_NODE && (el.attributes['hidden'] !== undefined || el.name === 'script'))
      return;
    const block = BLOCKS.has(el.name);
    if (block) parts.push(' ');
    for (const child of el.children ?? []) walk(child);
    if (block) parts.push(' ');
  };
  walk(node);
  return collapse(parts.join(''));
}
/** The build's variants of the elements a selector matches, as text. */
const shownAll = (node: Node, selector: string): string[] =>
  all(node, selector)
    .filter((el) => !hiddenWithin(el))
    .map(shown);
/** Whether an element, or one around it, passes a test. */
function within(el: ElementNode, test: (n: ElementNode) => boolean): boolean {
  for (let n: ElementNode | undefined = el; n; n = n.parent as ElementNode | undefined)
    if (n.type === ELEMENT_NODE && test(n)) return true;
  return false;
}
/** Hidden itself or inside a hidden element. */
const hiddenWithin = (el: ElementNode): boolean =>
  within(el, (n) => n.attributes['hidden'] !== undefined);
/** The options directly in a select (not in an optgroup). */
const ownOptions = (select: ElementNode): ElementNode[] =>
  (select.children ?? []).filter(
    (c): c is ElementNode => c.type === ELEMENT_NODE && c.name === 'option',
  );
/** The cells of an instrument's row on /status/. */
const row = (doc: Node, id: string): ElementNode[] =>
  all(one(doc, `tr[data-instrument="${id}"]`), 'th, td');

const fill = (template: string, params: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

// --- What the fixture holds, restated from its files --------------------------------------------

const fixture = readEntries(FIXTURE);
const real = readEntries(builtSite('main').content);
const reports = (entries: Entry[]): Entry[] =>
  entries.filter((e) => e.milestone.confidence === 'unverified');

/**
 * The rule of a status, restated: the stage of the latest milestone with a stage that is not
 * unverified and whose day has begun by `day` (dates of the fixture and of the real content's
 * stages are full days), written order on ties.
 */
function lastConfirmedStage(entries: Entry[], id: string, day: string): string | undefined {
  return entries
    .filter(
      (e) =>
        e.instrument.id === id &&
        e.milestone.stage !== undefined &&
        e.milestone.confidence !== 'unverified' &&
        e.milestone.date.padEnd(10, '-01') <= day,
    )
    .sort((a, b) => (a.milestone.date < b.milestone.date ? -1 : 1))
    .at(-1)?.milestone.stage;
}

describe('without JavaScript (parsed HTML of the fixture built on 1 March 2027)', () => {
  test('/status/: the last confirmed stage, and apart from it what is reported since and ahead, with the sources', () => {
    const doc = page(OUT, 'status/');
    const [, stage, reported, next, notes] = row(doc, 'alpha-regulation').map(shown);
    expect(stage).toBe('Last confirmed: Parliament second reading, 14 January 2027');
    expect(reported).toBe(
      [
        'Reported since: Reported: published in the Official Journal, 20 February 2027 (not confirmed) reported: Published',
        'Sources: Example Gazette Watch',
        '2 reports since, not confirmed',
        'Reported ahead: Reported: enters into force, 1 April 2027 (not confirmed) reported: In force',
        'Sources: Example News',
      ].join(' '),
    );
    // Neither the campaign's own target nor a report is a next step.
    expect(next).toBe('Nothing scheduled');
    expect(notes).toBe('In progress');
    const cell = row(doc, 'alpha-regulation')[2] as ElementNode;
    expect(all(cell, '.badge--stage')).toEqual([]);
    expect(visible(cell, '.badge--reported').map(shown)).toEqual([
      'reported: Published',
      'reported: In force',
    ]);
    expect(all(cell, 'a').map((a) => a.attributes['href'])).toEqual(
      expect.arrayContaining([
        '/instruments/alpha-regulation/reported-publication/',
        'https://gazette.example.org/alpha',
        '/instruments/alpha-regulation/#pt-status',
      ]),
    );
    // An instrument with nothing reported reads as before.
    expect(row(doc, 'delta-directive').map(shown).slice(1, 3)).toEqual([
      'In force since 4 February 2025',
      '–',
    ]);
  });

  test('/status/: an extension whose extended act ended reads so, not as simply in force', () => {
    const doc = page(OUT, 'status/');
    const notes = shown(row(doc, 'gamma-extension')[4] as ElementNode);
    expect(notes).toBe('■ Effect ended: 31 December 2026');
    const track = one(doc, '#pt-track-gamma-extension');
    expect(shown(track)).toContain(
      'No longer has effect: the act it extends (Beta Regulation) ended on 31 December 2026 (Expired)',
    );
    expect(all(track, 'a').map((a) => a.attributes['href'])).toContain(
      '/instruments/beta-regulation/',
    );
  });

  test('/status/: the tracks list every report, and show a second reading only where there was one', () => {
    const doc = page(OUT, 'status/');
    const alpha = one(doc, '#pt-track-alpha-regulation');
    expect(shownAll(alpha, '.reports li')).toEqual([
      'Reported: the Council approves the amendments, 2 February 2027 (not confirmed) reported: Adopted Sources: Example News and An unnamed tracker',
      'Reported: published in the Official Journal, 20 February 2027 (not confirmed) reported: Published Sources: Example Gazette Watch',
    ]);
    // The unpublished source is named, not linked.
    expect(all(alpha, 'a').map((a) => shown(a))).not.toContain('An unnamed tracker');
    expect(shownAll(alpha, '[aria-current="step"]')).toEqual([
      expect.stringMatching(/^✓?Parliament second reading \(current stage\)$/),
    ]);
    const delta = one(doc, '#pt-track-delta-directive');
    expect(shown(delta)).not.toContain('second reading');
  });

  test('/fr/status/ says the same in French', () => {
    const doc = page(OUT, 'fr/status/');
    const [, stage, reported] = row(doc, 'alpha-regulation').map(shown);
    expect(stage).toBe(
      fill(fr['status.lastConfirmed'], {
        stage: fr['stage.ep-second-reading'],
        date: '14 janvier 2027',
      }),
    );
    expect(reported).toContain(
      fill(fr['status.reportedSince'], {
        title: 'Reported: published in the Official Journal',
        date: '20 février 2027',
      }),
    );
    expect(reported).toContain(fill(fr['status.reportedStage'], { stage: fr['stage.published'] }));
    expect(reported).toContain('Sources\u00a0: Example Gazette Watch');
    expect(reported).toContain(fill(fr['status.reportedCount_other'], { count: '2' }));
    const notes = shown(row(doc, 'gamma-extension')[4] as ElementNode);
    expect(notes).toBe(`■ ${fill(fr['status.effectEndedShort'], { date: '31 décembre 2026' })}`);
  });

  test('no status comes from a report: every stage shown is the last confirmed one, in the fixture and in the real content', () => {
    for (const [dist, entries, day] of [
      [OUT, fixture, BUILT_AT.slice(0, 10)],
      [REAL, real, todayInBrussels()],
    ] as const) {
      const doc = page(dist, 'status/');
      const ids = [...new Set(entries.map((e) => e.instrument.id))];
      for (const id of ids) {
        const expected = lastConfirmedStage(entries, id, day);
        const badges = all(row(doc, id)[1] as ElementNode, '.badge--stage').filter(
          (b) => !hiddenWithin(b),
        );
        expect(badges.map(shown), `${dist === OUT ? 'fixture' : 'real content'}: ${id}`).toEqual(
          expected ? [en[`stage.${expected}` as keyof typeof en]] : [],
        );
      }
    }
  });

  test('the home page: the next confirmed deadline is the headline, the nearer reports are not; reports are never counted down', () => {
    const doc = page(OUT, '');
    const slots = all(doc, '.next__slot');
    const first = slots[0] as ElementNode;
    expect(hiddenWithin(first)).toBe(false);
    expect(one(first, 'a').attributes['href']).toBe('/instruments/delta-directive/transposition/');
    // Every countdown of the headline, in every variant, is one of a confirmed deadline.
    const confirmedDue = new Set(
      all(doc, '.next [data-pt-due]').map((el) => el.attributes['data-pt-due']),
    );
    expect([...confirmedDue]).toEqual(['2027-06-30T21:59:59.999Z']);
    // Beside "no confirmed deadline": the reported dates, one variant each, labelled, no countdown.
    const reported = all(doc, '.reported-headline');
    expect(reported.map(shown)).toEqual([
      "Reported, not confirmed: Alpha Regulation: Reported: the Commission's first report is due, 15 May 2027 This date comes from unofficial reports only: it is shown for information and is not counted down. Sources: Example News",
      'Reported, not confirmed: Alpha Regulation: Reported: stops applying, 31 January 2028 This date comes from unofficial reports only: it is shown for information and is not counted down. Sources: Example News',
    ]);
    for (const r of reported) expect(all(r, '[data-pt-due]')).toEqual([]);
    const card = all(doc, '.now-item').find((c) => shown(c).includes('Alpha Regulation'));
    expect(shown(card as ElementNode)).toContain(
      'Last confirmed: Parliament second reading, 14 January 2027 Reported since: Reported: published in the Official Journal, 20 February 2027 (not confirmed)',
    );
  });

  test('the instrument page lists every report since under its own heading, and its history shows a report’s stage only as reported', () => {
    const doc = page(OUT, 'instruments/alpha-regulation/');
    const status = one(doc, '.instrument__status');
    expect(shown(status)).toMatch(
      /^Where it stands Last confirmed: Parliament second reading, 14 January 2027 Reported since, not confirmed Reported: the Council approves the amendments, 2 February 2027 \(not confirmed\) reported: Adopted/,
    );
    const approval = one(doc, 'li#reported-approval');
    expect(all(approval, '.badge--stage')).toEqual([]);
    expect(shownAll(approval, '.badge--reported')).toEqual(['reported: Adopted']);
    expect(one(approval, '.badge--reported').attributes['title']).toBe(
      'Not confirmed. What it would mean: The act has been formally adopted.',
    );
    const confirmed = one(doc, 'li#ep-second-reading');
    expect(shownAll(confirmed, '.badge--stage')).toEqual(['Parliament second reading']);
  });

  test('the timeline and search list a report’s stage apart, as reported, never under the stage reached', () => {
    const timeline = page(OUT, 'timeline/');
    const select = one(timeline, 'select[name="stage"]');
    const confirmedOptions = ownOptions(select).map((o) => o.attributes['value']);
    expect(confirmedOptions).not.toContain('published'); // only a report says it was published
    expect(confirmedOptions).toContain('adopted'); // Beta and Gamma were
    const group = one(select, 'optgroup');
    expect(group.attributes['label']).toBe('Reported, not confirmed');
    expect(all(group, 'option').map((o) => [o.attributes['value'], shown(o)])).toEqual([
      ['reported-adopted', 'reported: Adopted'],
      ['reported-published', 'reported: Published'],
      ['reported-in-force', 'reported: In force'],
      ['reported-expired', 'reported: Expired'],
    ]);
    const reportKeys = new Set(
      reports(fixture).map((e) => `${e.instrument.id}/${e.milestone.id}/`),
    );
    for (const item of all(timeline, '.tl-item[data-stage]')) {
      const href = one(item, '.tl-item__what a').attributes['href'] ?? '';
      const isReport = [...reportKeys].some((k) => href.endsWith(k));
      expect(item.attributes['data-stage']?.startsWith('reported-'), href).toBe(isReport);
    }

    const milestone = page(OUT, 'instruments/alpha-regulation/reported-approval/');
    expect(shown(one(milestone, '[data-pagefind-filter="stage"]'))).toBe('reported: Adopted');
    const search = one(page(OUT, 'search/'), 'select[name="stage"]');
    expect(all(search, 'optgroup option').map(shown)).toEqual([
      'reported: Adopted',
      'reported: Published',
      'reported: In force',
      'reported: Expired',
    ]);
    expect(ownOptions(search).map(shown)).not.toContain('Published');
  });

  test('the status widget carries the reports in every widget language', () => {
    const doc = page(OUT, 'embed/status/alpha-regulation/');
    const card = all(doc, '.s').find((s) => !hiddenWithin(s)) as ElementNode;
    expect(shown(card)).toContain(
      'Last confirmed: Parliament second reading, 14 January 2027 Reported since: Reported: published in the Official Journal, 20 February 2027 (not confirmed) reported: Published',
    );
    const german = all(card, '[data-l-de]').map((el) => el.attributes['data-l-de']);
    expect(german).toEqual(
      expect.arrayContaining([
        'Zuletzt bestätigt: ',
        'Seitdem gemeldet: ',
        fill(de['status.reportedStage'], { stage: de['stage.published'] }),
      ]),
    );
  });

  test('no calendar entry comes from a report or the campaign’s own words', () => {
    for (const [dist, entries, paths] of [
      [OUT, fixture, ['calendar.ics', 'instruments/alpha-regulation/calendar.ics']],
      [REAL, real, ['calendar.ics', 'instruments/interim-extension-2025/calendar.ics']],
    ] as const) {
      // The site's calendar has entries (the fixture's: Delta's deadline); the instrument's may have none.
      expect(
        parseCalendar(readFileSync(join(dist, 'calendar.ics'), 'utf8')).events.length,
      ).toBeGreaterThan(0);
      // Calendar UIDs are "<instrument>.<milestone>@<host>" (src/lib/calendar.ts).
      const unverified = reports(entries).map((e) => `${e.instrument.id}.${e.milestone.id}@`);
      expect(unverified.length).toBeGreaterThan(0);
      for (const path of paths) {
        const { events } = parseCalendar(readFileSync(join(dist, path), 'utf8'));
        const bad = events.filter((e) => unverified.some((key) => e.uid.startsWith(key)));
        expect(
          bad.map((e) => e.uid),
          path,
        ).toEqual([]);
        for (const e of events) expect(e.summary, path).not.toMatch(/^Reported:/);
      }
    }
  });
});

describe('Project Beacon’s content (parsed HTML of the real build)', () => {
  test('/status/: the second extension’s last confirmed stage is Parliament’s second reading, and Regulation (EU) 2026/1881 is reported', () => {
    const doc = page(REAL, 'status/');
    const [, stage, reported] = row(doc, 'interim-extension-2025').map(shown);
    expect(stage).toBe('Last confirmed: Parliament second reading, 9 July 2026');
    expect(reported).toContain(
      'Reported since: Reported: Regulation (EU) 2026/1881 enters into force, 31 July 2026 (not confirmed) reported: In force',
    );
    expect(reported).toContain('4 reports since, not confirmed');
    expect(reported).toContain(
      'Reported ahead: Reported: Regulation (EU) 2026/1881 stops applying, 3 April 2028 (not confirmed) reported: Expired',
    );
    const notes = shown(row(doc, 'interim-extension-2024')[4] as ElementNode);
    expect(notes).toBe('■ Effect ended: 3 April 2026');
    expect(shown(one(doc, '#pt-track-interim-extension-2024'))).toContain(
      'No longer has effect: the act it extends (Interim Regulation) ended on 3 April 2026 (Expired)',
    );
  });

  test('the home page: no confirmed deadline, the reported 3 April 2028 beside it, not counted down', () => {
    const doc = page(REAL, '');
    const slot = all(doc, '.next__slot').find((s) => !hiddenWithin(s)) as ElementNode;
    const text = shown(slot);
    expect(text).toMatch(
      /^No confirmed deadline is coming up\. Reported, not confirmed: Second extension: Reported: Regulation \(EU\) 2026\/1881 stops applying, 3 April 2028 This date comes from unofficial reports only: it is shown for information and is not counted down\./,
    );
    for (const r of all(doc, '.reported-headline')) expect(all(r, '[data-pt-due]')).toEqual([]);
    // No variant of the headline links a report, but in its labelled reported part.
    const reportLinks = new Set(
      reports(real).map((e) => `/instruments/${e.instrument.id}/${e.milestone.id}/`),
    );
    const labelled = (n: ElementNode): boolean =>
      (n.attributes['class'] ?? '').split(' ').includes('reported-headline');
    for (const a of all(doc, '.next__slot a'))
      if (!within(a, labelled))
        expect(reportLinks.has(a.attributes['href'] ?? ''), a.attributes['href']).toBe(false);
  });
});

function todayInBrussels(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

// --- In a browser: what the script changes ---------------------------------------------------------

describe('with JavaScript, the reader’s clock and language', () => {
  /** `view(path, at)`: a page of the fixture for a reader in Brussels whose clock says `at`. */
  const it = test.extend('view', async ({ site, newPage }) => {
    const { url } = await site('reported');
    return async (path: string, at: string): Promise<Page> => {
      const p = await newPage({ timezoneId: 'Europe/Brussels', at });
      await p.goto(`${url}${path}`);
      return p;
    };
  });
  const visibleText = async (p: Page, selector: string): Promise<string> =>
    collapse(await p.locator(selector).innerText());

  it('/fr/status/ after a reported date has passed: the report joins those since, the stage does not move', async ({
    view,
  }) => {
    const p = await view('/fr/status/', '2027-04-05T10:00:00Z');
    const cells = 'tr[data-instrument="alpha-regulation"] td';
    await expect(visibleText(p, `${cells} >> nth=0`)).resolves.toBe(
      'Dernière étape confirmée\u00a0: Position du Parlement en deuxième lecture, 14 janvier 2027',
    );
    const reported = await visibleText(p, `${cells} >> nth=1`);
    expect(reported).toContain(
      'Signalé depuis\u00a0: Reported: enters into force, 1 avril 2027 (non confirmé)',
    );
    expect(reported).toContain('3 signalements depuis, non confirmés');
    expect(reported).toContain(
      "Signalé à venir\u00a0: Reported: the Commission's first report is due, 15 mai 2027 (non confirmé)",
    );
    await expect(
      visibleText(p, '#pt-track-alpha-regulation .track:visible [aria-current="step"]'),
    ).resolves.toContain('Position du Parlement en deuxième lecture');
    await expect(p.locator('#pt-track-alpha-regulation .reports:visible li').count()).resolves.toBe(
      3,
    );
    const violations = await seriousViolations(p);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('the status widget in German, after a reported date, and an ended effect in French', async ({
    view,
  }) => {
    const p = await view('/embed/status/alpha-regulation/?lang=de', '2027-04-05T10:00:00Z');
    const card = await visibleText(p, '.s:visible');
    expect(card).toContain(
      'Zuletzt bestätigt: Standpunkt des Parlaments in zweiter Lesung, 14. Januar 2027',
    );
    expect(card).toContain(
      'Seitdem gemeldet: Reported: enters into force, 1. April 2027 (nicht bestätigt) gemeldet: In Kraft',
    );
    expect(card).toContain('Quellen: Example News');
    expect(card).toContain('3 Meldungen seitdem, nicht bestätigt');
    await expect(p.locator('.s:visible .reports .countdown').count()).resolves.toBe(0);
    await expect(
      p
        .locator('.s:visible .reports a', { hasText: 'Reported: enters into force' })
        .getAttribute('href'),
    ).resolves.toBe('/de/instruments/alpha-regulation/reported-in-force/');

    const gamma = await view('/embed/status/gamma-extension/?lang=fr', '2027-04-05T10:00:00Z');
    const text = await visibleText(gamma, '.s:visible');
    expect(text).toContain('Effet terminé\u00a0: 31 décembre 2026');
    expect(text).toContain(
      'N’a plus d’effet\u00a0: l’acte qu’il prolonge (Beta Regulation) a pris fin le 31 décembre 2026',
    );
    expect(text).not.toContain('Terminé'); // not "finished" as if it were simply in force
  });

  it('the home page once the only confirmed deadline has passed: the reported date beside it, never counted down', async ({
    view,
  }) => {
    const p = await view('/', '2027-07-10T10:00:00Z');
    const slot = p.locator('.next__slot:visible');
    await expect(slot.count()).resolves.toBe(1);
    const text = collapse(await slot.innerText());
    expect(text).toMatch(
      /^No confirmed deadline is coming up\. Reported, not confirmed: Alpha Regulation: Reported: stops applying, 31 January 2028 This date comes from unofficial reports only/,
    );
    // The one countdown left is the latest confirmed deadline's ("10 days ago").
    await expect(
      slot
        .locator('.countdown:visible')
        .evaluateAll((els) => els.map((el) => [el.getAttribute('data-pt-due'), el.textContent])),
    ).resolves.toEqual([['2027-06-30T21:59:59.999Z', '10 days ago']]);
    const card = await visibleText(p, '.now-item:has-text("Alpha Regulation") .live-status');
    expect(card).toContain(
      "Reported since: Reported: the Commission's first report is due, 15 May 2027 (not confirmed)",
    );
    expect(card).toContain('4 reports since, not confirmed');
    expect(card).toContain(
      'Reported ahead: Reported: stops applying, 31 January 2028 (not confirmed) reported: Expired',
    );
  });
});
