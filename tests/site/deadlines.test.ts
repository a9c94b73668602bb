/**
 * The deadlines, status and home pages of the real content (Project Beacon), built for the real
 * now: the Interim Regulation's chain of deadlines, the unconfirmed 2028 report kept apart, the
 * "nothing coming up" state, and the progress tracks. What the build wrote is read from dist/;
 * what the reader's browser recomputes is checked in Chromium. (The JavaScript each page ships
 * is in weight.test.ts; axe on every template in sweep.ts.)
 */
import { describe, expect, test } from './fixtures.ts';
import { readEntries } from './content.ts';
import { collapse, inLang, languagesOf, literal, type Language } from './languages.ts';
import { readPage, shownOnly, shownText, shownTexts } from './parsed.ts';
import { builtSite } from './sites.ts';

const main = builtSite('main');
const DIST = main.dist;
const languages = languagesOf(main.content);
const entries = readEntries(main.content);
/** The Interim Regulation's milestone's title, and the instrument's short name, in a language. */
const interim = (id: string, l: Language): string => {
  const e = entries.find((x) => x.instrument.id === 'interim-regulation' && x.milestone.id === id);
  if (!e) throw new Error(`no milestone interim-regulation#${id} in the content`);
  return inLang(e.milestone, 'title', l.lang);
};
const interimName = (l: Language): string => {
  const e = entries.find((x) => x.instrument.id === 'interim-regulation');
  return e ? inLang(e.instrument, 'shortTitle', l.lang) : 'Interim Regulation';
};
const key = 'interim-extension-2025#reported-end-of-application';
/** The end of a day in Brussels (summer time), the instant a deadline of that day falls due. */
const endOfDay = (date: string): number => Date.parse(`${date}T23:59:59.999+02:00`);
const dueInBrussels = (l: Language, date: string): string =>
  l.due({ date, precision: 'day', zone: 'Europe/Brussels', instant: endOfDay(date) });

/** "The latest one was: … 3 April 2026, … (N days ago). Outcome: Lapsed", in a language. */
const none = (l: Language): RegExp =>
  new RegExp(
    [
      literal(l.t('deadlines.latestWas')),
      // The instrument and the milestone (content, in the language where translated), then when it fell due.
      `.*${literal(interimName(l))}.*${literal(interim('end-of-application', l))}.*`,
      literal(dueInBrussels(l, '2026-04-03')),
      '.*',
      literal(l.t('instrument.outcomeLabel')),
      literal(l.t('outcome.lapsed')),
    ].join('\\s*'),
  );
/**
 * The home page's slot: "No confirmed deadline is coming up." then the nearest reported date
 * beside it, labelled ("Reported, not confirmed: Second extension: … stops applying, 3 April
 * 2028") with the note that it is not counted down.
 */
const reportedBeside = (l: Language): RegExp =>
  new RegExp(
    `^${[
      literal(l.t('deadlines.noneUpcoming')),
      l
        .t('home.reportedUpcoming', { title: '§', date: l.date('2028-04-03') })
        .split('§')
        .map(literal)
        .join('.+2026/1881.+'),
      literal(l.t('home.reportedUpcomingNote')),
    ].join('\\s*')}`,
  );
/** A countdown of days in a language ("in 17 days", "dans 17 jours"), any number. */
const countdown = (l: Language): RegExp =>
  new RegExp(literal(l.days(7)).replace('7', '\\d[\\d\\s.,]*'));

for (const l of languages) {
  const { lang, t, path, date, dated } = l;
  describe(`/deadlines/ with Project Beacon’s content (${lang})`, () => {
    test('shows the chain from the campaign’s 13 July 2024 target to the lapse on 3 April 2026, in order, with outcomes', () => {
      const $ = readPage(DIST, path('/deadlines/'));
      const lapse = shownOnly(
        $,
        '#pt-past-list > li[data-key="interim-regulation#end-of-application"]',
      );
      expect(lapse.length).toBe(1);
      expect(shownText($, lapse.find('.deadline__outcome'))).toBe(
        `${t('instrument.outcomeLabel')} ${t('outcome.lapsed')}`,
      );
      const steps = lapse
        .find('.chain__step')
        .toArray()
        .map((el) => shownText($, $(el)));
      expect(steps).toHaveLength(3);
      const step = (when: string, ...parts: string[]): RegExp =>
        new RegExp(`^${literal(date(when))}.*${parts.map(literal).join('.*')}$`);
      expect(steps[0]).toMatch(
        step(
          '2024-07-13',
          interim('campaign-target', l),
          t('instrument.campaignWords'),
          t('outcome.superseded'),
        ),
      );
      expect(steps[1]).toMatch(
        step('2024-08-03', interim('original-end-of-application', l), t('outcome.extended')),
      );
      expect(steps[2]).toMatch(
        step(
          '2026-04-03',
          interim('end-of-application', l),
          t('outcome.lapsed'),
          `(${t('deadlines.thisDeadline')})`,
        ),
      );
      expect(
        lapse
          .find('.chain__step a')
          .toArray()
          .map((a) => $(a).attr('href')),
      ).toEqual([
        path('/instruments/interim-regulation/campaign-target/'),
        path('/instruments/interim-regulation/original-end-of-application/'),
        path('/instruments/interim-regulation/end-of-application/'),
      ]);
      // The superseded deadlines are steps of that chain, not deadlines of their own.
      expect($('#pt-past-list > li[data-key="interim-regulation#campaign-target"]').length).toBe(0);
    });

    test('never makes the unconfirmed 2028 end date a deadline: it is an unconfirmed report, apart (without JavaScript)', () => {
      const $ = readPage(DIST, path('/deadlines/'));
      expect($(`#pt-upcoming-list > li[data-key="${key}"]`).length).toBe(0);
      const report = shownOnly($, `li[data-key="${key}"]`);
      expect(report.length).toBe(1);
      expect(shownText($, report)).toContain(t('instrument.unverifiedReport'));
      expect(shownText($, report)).toContain(dueInBrussels(l, '2028-04-03'));
      expect(
        readPage(DIST, path('/'))('.next a[href$="#reported-end-of-application"]').length,
      ).toBe(0);
    });

    test('says that no confirmed deadline is coming up, and shows the latest one (as built)', () => {
      const deadlines = shownText(readPage(DIST, path('/deadlines/')), '.none');
      expect(deadlines).toMatch(new RegExp(`^${literal(t('deadlines.noneUpcoming'))}`));
      expect(deadlines).toMatch(none(l));
      const slots = shownTexts(readPage(DIST, path('/')), '.next__slot');
      expect(slots).toEqual([expect.stringMatching(none(l))]);
      // The nearest reported date stands beside it, labelled, and is not counted down.
      expect(slots[0]).toMatch(reportedBeside(l));
      expect(slots[0]?.replace(none(l), '')).not.toMatch(countdown(l));
    });
  });

  describe(`/status/ with Project Beacon’s content (${lang})`, () => {
    test('lists every instrument in a table and on a track, with ended and finished files marked in words', () => {
      const $ = readPage(DIST, path('/status/'));
      expect(shownOnly($, '.status-table tbody tr').length).toBe(9);
      expect(shownText($, '.status-table caption')).toBe(t('status.tableCaption'));
      const cells = (selector: string): string[] =>
        shownOnly($, selector)
          .first()
          .find('td')
          .toArray()
          .map((td) => shownText($, $(td)));
      const interim = cells('tr[data-instrument="interim-regulation"]');
      // The stage and since when in one cell, then what was reported since (nothing here).
      expect(interim[0]).toBe(`${t('stage.expired')} ${dated('instrument.since', '2026-04-03')}`);
      expect(interim[1]).toBe('–');
      expect(interim[3]).toContain(t('status.ended'));
      const strategy = shownOnly($, '#pt-track-eu-strategy-2020 .track');
      expect(strategy.attr('aria-label')).toBe(t('track.non-legislative'));
      const marked = (stage: string, mark: string): RegExp =>
        new RegExp(`^\\S*\\s*${literal(stage)}\\s*\\(${literal(mark)}\\)$`);
      expect(
        strategy
          .find('li')
          .toArray()
          .map((li) => shownText($, $(li))),
      ).toEqual([
        expect.stringMatching(marked(t('stage.announced'), t('instrument.trackReached'))),
        expect.stringMatching(marked(t('stage.adopted'), t('instrument.trackCurrent'))),
        t('stage.in-implementation'),
        t('stage.reviewed'),
      ]);
      const current = (id: string): string =>
        shownText($, shownOnly($, `#pt-track-${id} .track`).find('[aria-current="step"]'));
      expect(current('interim-regulation')).toMatch(
        marked(t('stage.expired'), t('instrument.trackCurrent')),
      );
      expect(current('csa-regulation')).toContain(t('stage.trilogue'));
    });
  });

  describe(`site-wide (${lang})`, () => {
    test('links the new pages from the header', () => {
      const $ = readPage(DIST, path('/'));
      expect(
        $('.site-nav a')
          .toArray()
          .map((a) => $(a).attr('href')),
      ).toEqual(expect.arrayContaining([path('/deadlines/'), path('/status/')]));
    });
  });
}

// What the reader's browser recomputes (the words are the same as built: checked above).
const english = languages[0] as Language;
describe('on the reader’s clock (with JavaScript)', () => {
  test('never makes the unconfirmed 2028 end date a deadline', async ({ site, page }) => {
    await page.goto(`${(await site()).url}/deadlines/`);
    await expect(page.locator(`#pt-upcoming-list > li[data-key="${key}"]`).count()).resolves.toBe(
      0,
    );
    const report = page.locator(`li[data-key="${key}"]:visible`);
    await expect(report.count()).resolves.toBe(1);
    await expect(report.innerText()).resolves.toContain(english.t('instrument.unverifiedReport'));
  });

  test('says that no confirmed deadline is coming up, in the page’s language', async ({
    site,
    page,
  }) => {
    const { url } = await site();
    for (const [l, route] of [
      [english, '/deadlines/'],
      [english, '/'],
      [languages[1] as Language, '/deadlines/'],
      [languages[2] as Language, '/'],
    ] as const) {
      await page.goto(`${url}${l.path(route)}`);
      const slot = page.locator(route === '/' ? '.next__slot:visible' : '.none:visible');
      const text = collapse(await slot.innerText());
      expect(text, l.path(route)).toMatch(none(l));
      if (route === '/') expect(text, l.path(route)).toMatch(reportedBeside(l));
    }
  });
});
