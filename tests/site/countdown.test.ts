/**
 * Time in the browser. A fixture campaign (tests/fixtures/countdown) is built for a pinned "now",
 * 15 January 2027 at 12:00 UTC, then read in Chromium with its clock and time zone emulated:
 * on the build day, months later, around a deadline's last minutes, and without JavaScript (in
 * every language).
 *
 * At the build: next deadline Gamma's report on 1 February 2027 (end of day, Brussels), then
 * Delta's transposition on 30 June 2027 at 17:00 New York time; an unconfirmed report for
 * 10 February 2027; Gamma in trilogue with an agreement scheduled for 18 March 2027; Theta
 * proposed on 15 August 2026 (stalls on 15 May 2027); Eta stalled; Zeta ended.
 * Expected days are counted by hand on the calendar.
 */
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './axe.ts';
import { describe, expect, test as base } from './fixtures.ts';
import { languagesOf } from './languages.ts';
import { readPage, shownOnly, shownText } from './parsed.ts';
import { builtSite } from './sites.ts';

const fixture = builtSite('countdown');
const DIST = fixture.dist;

interface View {
  /** The reader's clock, fixed. */
  at?: string;
  timezoneId?: string;
  colorScheme?: 'light' | 'dark';
}

/** `view(path, options)` opens a page of the countdown site for a reader in `timezoneId` (Brussels) with a fixed clock. */
const test = base.extend('view', async ({ site, newPage }) => {
  const { url } = await site('countdown');
  return async (
    path: string,
    { at, timezoneId = 'Europe/Brussels', colorScheme = 'light' }: View = {},
  ): Promise<Page> => {
    const page = await newPage({ timezoneId, colorScheme, ...(at ? { at } : {}) });
    await page.goto(`${url}${path}`);
    return page;
  };
});

/** The keys of the deadlines a reader sees in a list, in order. */
const visibleKeys = (page: Page, list: string): Promise<string[]> =>
  page
    .locator(`#${list} > li:visible`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-key') ?? ''));
const item = (page: Page, list: string, key: string) =>
  page.locator(`#${list} > li[data-key="${key}"]`);
const text = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();

const keys = ($: ReturnType<typeof readPage>, list: string): string[] =>
  shownOnly($, `#${list} > li`)
    .toArray()
    .map((li) => $(li).attr('data-key') ?? '');

for (const { lang, t, path, date, dated, due, days } of languagesOf(fixture.content)) {
  describe(`without JavaScript, the build’s values (the built pages, ${lang})`, () => {
    const asOf = t('countdown.asOf', { date: date('2027-01-15') });

    test('the deadlines page says what was true on the build day, and says so', () => {
      const $ = readPage(DIST, path('/deadlines/'));
      expect(shownText($, '.as-of')).toBe(asOf);
      expect(keys($, 'pt-upcoming-list')).toEqual([
        'gamma-regulation#report-deadline',
        'delta-directive#transposition',
      ]);
      const upcoming = shownOnly($, '#pt-upcoming-list > li');
      expect(shownText($, upcoming.eq(0).find('.countdown'))).toBe(days(17));
      expect(shownText($, upcoming.eq(0).find('.deadline__due'))).toBe(
        `${t('countdown.due')} ${due({ date: '2027-02-01', precision: 'day', zone: 'Europe/Brussels', instant: Date.parse('2027-02-01T23:59:59.999+01:00') })}`,
      );
      expect(shownText($, upcoming.eq(1).find('.deadline__due'))).toBe(
        `${t('countdown.due')} ${due({ date: '2027-06-30', precision: 'day', time: '17:00', zone: 'America/New_York', instant: Date.parse('2027-06-30T17:00:00-04:00') })}`,
      );
      expect(keys($, 'pt-reports-list')).toEqual(['delta-directive#reported-review']);
      expect(keys($, 'pt-past-list')).toEqual(['zeta-regulation#end']);
      expect(shownOnly($, '.none').length).toBe(0);
    });

    test('the home page shows the next confirmed deadline, not the nearer unconfirmed report', () => {
      const $ = readPage(DIST, path('/'));
      const headline = shownOnly($, '.next__slot');
      expect(headline.length).toBe(1);
      expect(headline.find('a').first().attr('href')).toBe(
        path('/instruments/gamma-regulation/report-deadline/'),
      );
      expect(shownText($, headline.find('.countdown'))).toBe(days(17));
      expect(shownText($, '.as-of')).toBe(asOf);
    });

    test('the status page shows the statuses at the build date', () => {
      const $ = readPage(DIST, path('/status/'));
      const cell = (id: string, n: number): string =>
        shownText($, shownOnly($, `tr[data-instrument="${id}"]`).find(`td:nth-child(${n})`));
      // Since when: the day of the last confirmed milestone (the agreement after it is scheduled).
      expect(cell('gamma-regulation', 2)).toBe(
        `${t('stage.trilogue')} ${dated('instrument.since', '2026-11-20')}`,
      );
      expect(cell('eta-proposal', 5)).toContain(t('status.stalled'));
      expect(cell('zeta-regulation', 5)).toContain(t('status.ended'));
      expect(cell('theta-proposal', 5)).toBe(t('status.inProgress'));
    });
  });
}

describe('with JavaScript, the reader’s own now', () => {
  test('on the build day it agrees with the build, and adds the reader’s local time', async ({
    view,
  }) => {
    const page = await view('/deadlines/', {
      at: '2027-01-15T12:00:00Z',
      timezoneId: 'America/Los_Angeles',
    });
    await expect(text(page, '#pt-upcoming-list > li:first-child .countdown')).resolves.toBe(
      'in 17 days',
    );
    await expect(text(page, '#pt-upcoming-list > li:first-child .due__local')).resolves.toBe(
      '(Your time: 1 February 2027 at 14:59 GMT-8)',
    );
    await expect(text(page, '#pt-upcoming-list > li:nth-child(2) .due__local')).resolves.toBe(
      '(Your time: 30 June 2027 at 14:00 GMT-7)',
    );
  });

  test('months after the build, shows the right days and moves passed deadlines to the past', async ({
    view,
  }) => {
    // 10 April 2027, 10:00 UTC: 03:00 in Los Angeles, 06:00 in New York, 12:00 in Brussels.
    const page = await view('/deadlines/', {
      at: '2027-04-10T10:00:00Z',
      timezoneId: 'America/Los_Angeles',
    });
    await expect(text(page, '.as-of')).resolves.toBe('Days left and statuses as of 10 April 2027.');
    await expect(visibleKeys(page, 'pt-upcoming-list')).resolves.toEqual([
      'delta-directive#transposition',
    ]);
    // 10 April → 30 June in New York: 20 + 31 + 30 days.
    await expect(text(page, '#pt-upcoming-list > li:visible .countdown')).resolves.toBe(
      'in 81 days',
    );
    await expect(page.locator('#pt-reports').isVisible()).resolves.toBe(false);
    await expect(visibleKeys(page, 'pt-past-list')).resolves.toEqual([
      'delta-directive#reported-review',
      'gamma-regulation#report-deadline',
      'zeta-regulation#end',
    ]);
    const passed = item(page, 'pt-past-list', 'gamma-regulation#report-deadline');
    // 1 February → 10 April 2027 in Brussels: 28 + 31 + 9 days.
    await expect(passed.locator('.countdown').innerText()).resolves.toBe('68 days ago');
    await expect(passed.locator('.deadline__outcome').innerText()).resolves.toBe(
      'Outcome: not recorded yet',
    );
    await expect(passed.locator('.deadline__due').innerText()).resolves.toContain(
      'Fell due: 1 February 2027, end of day, Brussels time',
    );
    await expect(passed.locator('.chain__step').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^1 December 2026: First deadline .* Extended$/),
      expect.stringMatching(/^1 February 2027: Extended deadline .*\(this deadline\)$/),
    ]);
    await expect(
      item(page, 'pt-past-list', 'delta-directive#reported-review').innerText(),
    ).resolves.toContain('Unconfirmed report');
  });

  test('on the home page, the next deadline moves on, and when none is left it says so with the latest', async ({
    view,
  }) => {
    const later = await view('/', { at: '2027-04-10T10:00:00Z', timezoneId: 'Pacific/Auckland' });
    await expect(later.locator('.next__slot:visible a').first().getAttribute('href')).resolves.toBe(
      '/instruments/delta-directive/transposition/',
    );
    await expect(text(later, '.next__slot:visible .countdown')).resolves.toBe('in 81 days');
    await expect(text(later, '.next__slot:visible .due__local')).resolves.toBe(
      '(Your time: 1 July 2027 at 09:00 GMT+12)',
    );
    const after = await view('/', { at: '2027-07-01T12:00:00Z', timezoneId: 'UTC' });
    const slot = after.locator('.next__slot:visible');
    await expect(slot.count()).resolves.toBe(1);
    await expect(slot.innerText()).resolves.toMatch(
      /^No confirmed deadline is coming up\.\s+The latest one was: Delta Directive: Transposition deadline, 30 June 2027, 17:00, New York time \(yesterday \(15 hours, 0 minutes ago\)\)/,
    );
    const deadlines = await view('/deadlines/', { at: '2027-07-01T12:00:00Z' });
    await expect(deadlines.locator('.none').isVisible()).resolves.toBe(true);
    await expect(visibleKeys(deadlines, 'pt-upcoming-list')).resolves.toEqual([]);
    await expect(visibleKeys(deadlines, 'pt-past-list')).resolves.toEqual([
      'delta-directive#transposition',
      'delta-directive#reported-review',
      'gamma-regulation#report-deadline',
      'zeta-regulation#end',
    ]);
  });

  test('an instrument’s status switches once its scheduled milestone’s day has begun in the campaign’s zone', async ({
    view,
  }) => {
    const row = (page: Page, cell: number): Promise<string> =>
      text(page, `tr[data-instrument="gamma-regulation"]:visible td:nth-child(${cell})`);
    // After the unconfirmed report of a vote on 20 February: still in trilogue, as last confirmed.
    const before = await view('/status/', { at: '2027-03-17T22:59:00Z' }); // 23:59 on 17 March in Brussels
    await expect(row(before, 2)).resolves.toBe('Last confirmed: In trilogue, 20 November 2026');
    await expect(row(before, 4)).resolves.toBe(
      'Provisional agreement scheduled, 18 March 2027 · tomorrow (in 1 minute)',
    );
    const after = await view('/status/', {
      at: '2027-03-17T23:00:00Z',
      timezoneId: 'America/Los_Angeles',
    }); // 18 March, 00:00 in Brussels; still the 17th in Los Angeles
    await expect(row(after, 2)).resolves.toBe('Provisional agreement since 18 March 2027');
    await expect(row(after, 4)).resolves.toBe('Nothing scheduled');
    await expect(
      after.locator('#pt-track-gamma-regulation .track:visible [aria-current="step"]').innerText(),
    ).resolves.toContain('Provisional agreement');
    // The home page's entry follows too.
    const home = await view('/', { at: '2027-03-20T00:00:00Z' });
    await expect(
      home
        .locator('#pt-now-list > li[data-instrument="gamma-regulation"]')
        .locator('.live-status:visible')
        .innerText(),
    ).resolves.toMatch(/^Provisional agreement\s+since 18 March 2027/);
  });

  test('flags a file as stalled nine months after its last milestone, on the reader’s clock', async ({
    view,
  }) => {
    const cell = (page: Page): Promise<string> =>
      text(page, 'tr[data-instrument="theta-proposal"]:visible td:nth-child(5)');
    await expect(cell(await view('/status/', { at: '2027-05-14T21:59:00Z' }))).resolves.toBe(
      'In progress',
    );
    await expect(cell(await view('/status/', { at: '2027-05-14T22:00:00Z' }))).resolves.toContain(
      'Stalled',
    ); // 15 May, 00:00 in Brussels
  });
});

describe('readers in five time zones, minutes before a deadline', () => {
  // 1 February 2027, 12:00 UTC. The deadline ends at 22:59:59.999 UTC (23:59 in Brussels, CET).
  const zones: [string, string, string][] = [
    ['UTC', '1 February 2027 at 22:59 UTC', '1 February 2027'],
    ['Europe/Brussels', '1 February 2027 at 23:59 CET', '1 February 2027'],
    ['America/Los_Angeles', '1 February 2027 at 14:59 GMT-8', '1 February 2027'],
    ['Pacific/Auckland', '2 February 2027 at 11:59 GMT+13', '2 February 2027'],
    ['Asia/Kolkata', '2 February 2027 at 04:29 GMT+5:30', '1 February 2027'],
  ];
  for (const [timezoneId, local, today] of zones) {
    test(`in ${timezoneId}: the deadline's days, the reader's local time and date`, async ({
      view,
    }) => {
      const page = await view('/deadlines/', { at: '2027-02-01T12:00:00Z', timezoneId });
      const first = item(page, 'pt-upcoming-list', 'gamma-regulation#report-deadline');
      await expect(first.locator('.countdown').innerText()).resolves.toBe(
        'today (in 10 hours, 59 minutes)',
      );
      await expect(first.locator('.due__local time').innerText()).resolves.toBe(local);
      await expect(text(page, '.as-of')).resolves.toBe(`Days left and statuses as of ${today}.`);
    });
  }

  test('counts in the deadline’s zone, not the reader’s: in Los Angeles on 31 January it is already “today”', async ({
    view,
  }) => {
    const page = await view('/deadlines/', {
      at: '2027-01-31T23:30:00Z',
      timezoneId: 'America/Los_Angeles',
    }); // 15:30 on 31 January in Los Angeles, 00:30 on 1 February in Brussels
    await expect(
      item(page, 'pt-upcoming-list', 'gamma-regulation#report-deadline')
        .locator('.countdown')
        .innerText(),
    ).resolves.toBe('today (in 23 hours, 29 minutes)');
  });
});

describe('the element keeps itself current', () => {
  test('every minute, and when the tab becomes visible again; the ticking text is not a live region', async ({
    site,
    newPage,
  }) => {
    const page = await newPage({ timezoneId: 'Europe/Brussels' });
    await page.clock.install({ time: new Date('2027-02-01T12:00:00Z') });
    await page.goto(`${(await site('countdown')).url}/deadlines/`);
    const countdown = item(page, 'pt-upcoming-list', 'gamma-regulation#report-deadline').locator(
      '.countdown',
    );
    await expect(countdown.innerText()).resolves.toBe('today (in 10 hours, 59 minutes)');
    await page.clock.runFor(60_000);
    await expect(countdown.innerText()).resolves.toBe('today (in 10 hours, 58 minutes)');
    await page.clock.runFor(10 * 60 * 60_000); // 22:00 UTC
    await expect(countdown.innerText()).resolves.toBe('today (in 58 minutes)');
    // The tab was hidden while the clock moved on past the deadline; it becomes visible again.
    await page.clock.setFixedTime(new Date('2027-02-01T23:15:00Z'));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(visibleKeys(page, 'pt-upcoming-list')).resolves.toEqual([
      'delta-directive#transposition',
    ]);
    await expect(
      item(page, 'pt-past-list', 'gamma-regulation#report-deadline')
        .locator('.countdown')
        .innerText(),
    ).resolves.toBe('yesterday (15 minutes ago)');
    // Nothing inside is announced on every tick: no live regions, no timer role.
    await expect(
      page
        .locator(
          'pt-countdown [aria-live], pt-countdown [role="timer"], pt-countdown [role="status"]',
        )
        .count(),
    ).resolves.toBe(0);
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious violations once the reader’s clock has moved things (${colorScheme})`, async ({
      site,
      view,
    }) => {
      for (const at of ['2027-01-15T12:00:00Z', '2027-07-01T12:00:00Z']) {
        const page = await view('/', { at, colorScheme });
        for (const path of ['/', '/deadlines/', '/status/']) {
          await page.goto(`${(await site('countdown')).url}${path}`);
          const violations = await seriousViolations(page);
          expect(violations, `${path} at ${at}: ${describeViolations(violations)}`).toEqual([]);
        }
      }
    });
  }
});

describe('in other languages', () => {
  test('counts down for a French reader in her own zone: “dans 3 jours”, due at her local time', async ({
    view,
  }) => {
    // 29 January 2027, 05:00 in Montreal: three calendar days before the deadline's Brussels day.
    const page = await view('/fr/', { at: '2027-01-29T10:00:00Z', timezoneId: 'America/Montreal' });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    const slot = page.locator('.next__slot:visible');
    await expect(text(page, '.next__slot:visible .countdown')).resolves.toBe('dans 3 jours');
    await expect(slot.locator('.due').innerText()).resolves.toBe(
      '1 février 2027, en fin de journée, heure normale d’Europe centrale',
    );
    await expect(slot.locator('[data-pt-local]').innerText()).resolves.toBe(
      '1 février 2027 à 17:59 UTC−5',
    );
    await expect(text(page, '.as-of')).resolves.toBe(
      'Jours restants et états des dossiers au 29 janvier 2027.',
    );
  });

  test('switches language on the same page, with the keyboard, and marks the current one', async ({
    view,
  }) => {
    const page = await view('/instruments/gamma-regulation/trilogue/');
    const tabTo = async (reached: () => Promise<boolean>, what: string): Promise<void> => {
      for (let i = 0; i < 60; i++) {
        if (await reached()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${what}`);
    };
    const focusedText = (): Promise<string | undefined> =>
      page.evaluate(() => document.activeElement?.textContent?.trim());
    // The switcher is a menu (<details>): its button names the page's language, its links the others.
    const menu = page.locator('.lang-switch');
    const switcher = menu.locator('nav');
    await expect(switcher.getAttribute('aria-label')).resolves.toBe('Language');
    await expect(switcher.locator('[aria-current="true"]').textContent()).resolves.toBe('English');
    await tabTo(
      () => page.evaluate(() => document.activeElement?.matches('.lang-switch summary') ?? false),
      'the language menu',
    );
    await page.keyboard.press('Enter');
    await tabTo(async () => (await focusedText()) === 'Français', 'the link “Français”');
    await Promise.all([page.waitForURL(/\/fr\/instruments\//), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/fr/instruments/gamma-regulation/trilogue/');
    await expect(page.locator('h1').innerText()).resolves.toBe(
      'Premier trilogue, séance inaugurale',
    );
    await expect(switcher.getAttribute('aria-label')).resolves.toBe('Langue');
    await expect(switcher.locator('[aria-current="true"]').getAttribute('lang')).resolves.toBe(
      'fr',
    );
    await menu.locator('summary').click();
    await switcher.getByRole('link', { name: 'Deutsch' }).click();
    expect(new URL(page.url()).pathname).toBe('/de/instruments/gamma-regulation/trilogue/');
    // Not translated into German: the English title, marked as English, with a note.
    await expect(page.locator('h1 [lang="en-GB"]').innerText()).resolves.toBe('First trilogue');
    await expect(page.locator('.untranslated').first().innerText()).resolves.toBe(
      'Noch nicht übersetzt: Text auf Englisch.',
    );
    await menu.locator('summary').click();
    await switcher.getByRole('link', { name: 'English' }).click();
    expect(new URL(page.url()).pathname).toBe('/instruments/gamma-regulation/trilogue/');
  });

  test('searches the French index on /fr/search/: a French title is found, untranslated English is not', async ({
    site,
    view,
  }) => {
    const { url } = await site('countdown');
    const page = await view('/fr/search/?q=inaugurale');
    const found = async (): Promise<string[]> => {
      await page.waitForFunction(() =>
        /résultat|Rien trouvé/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      );
      return page
        .locator('.search__result .search__title a')
        .evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent}`));
    };
    // The milestone's own page, and its instrument's page, whose history lists it.
    expect((await found()).sort()).toEqual([
      '/fr/instruments/gamma-regulation/ Règlement Gamma',
      '/fr/instruments/gamma-regulation/trilogue/ Premier trilogue, séance inaugurale',
    ]);
    // "Committee starts work" is shown in English on the French page, but it is left out of the
    // French index (English words among French ones would be stemmed as French); the English
    // index has it.
    await page.goto(`${url}/fr/search/?q=starts`);
    await expect(found()).resolves.toEqual([]);
    await page.goto(`${url}/search/?q=starts`);
    await page.waitForFunction(() =>
      /result/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    await expect(page.locator('.search__result').count()).resolves.toBeGreaterThan(0);
  });
});
