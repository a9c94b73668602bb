/**
 * The deadlines, status and home pages of the real content (Project Beacon), built for the real
 * now: the Interim Regulation's chain of deadlines, the unconfirmed 2028 report kept apart, the
 * "nothing coming up" state, and the progress tracks. What the build wrote is read from dist/;
 * what the reader's browser recomputes is checked in Chromium. (The JavaScript each page ships
 * is in weight.test.ts; axe on every template in sweep.test.ts.)
 */
import { describe, expect, test } from './fixtures.ts';
import { readPage, shownOnly, shownText, shownTexts } from './parsed.ts';
import { builtSite } from './sites.ts';

const DIST = builtSite('main').dist;

describe('/deadlines/ with Project Beacon’s content', () => {
  test('shows the chain from the campaign’s 13 July 2024 target to the lapse on 3 April 2026, in order, with outcomes', () => {
    const $ = readPage(DIST, '/deadlines/');
    const lapse = shownOnly(
      $,
      '#pt-past-list > li[data-key="interim-regulation#end-of-application"]',
    );
    expect(lapse.length).toBe(1);
    expect(shownText($, lapse.find('.deadline__outcome'))).toBe('Outcome: Lapsed');
    const steps = lapse
      .find('.chain__step')
      .toArray()
      .map((el) => shownText($, $(el)));
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(
      /^13 July 2024: Campaign target.*The campaign's own words.*Superseded$/,
    );
    expect(steps[1]).toMatch(/^3 August 2024: Original end of application.*Extended$/);
    expect(steps[2]).toMatch(
      /^3 April 2026: The Interim Regulation stops applying.*Lapsed.*\(this deadline\)$/,
    );
    expect(
      lapse
        .find('.chain__step a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual([
      '/instruments/interim-regulation/campaign-target/',
      '/instruments/interim-regulation/original-end-of-application/',
      '/instruments/interim-regulation/end-of-application/',
    ]);
    // The superseded deadlines are steps of that chain, not deadlines of their own.
    expect($('#pt-past-list > li[data-key="interim-regulation#campaign-target"]').length).toBe(0);
  });

  const key = 'interim-extension-2025#reported-end-of-application';
  test('never makes the unconfirmed 2028 end date a deadline: it is an unconfirmed report, apart (without JavaScript)', () => {
    const $ = readPage(DIST, '/deadlines/');
    expect($(`#pt-upcoming-list > li[data-key="${key}"]`).length).toBe(0);
    const report = shownOnly($, `li[data-key="${key}"]`);
    expect(report.length).toBe(1);
    expect(shownText($, report)).toContain('Unconfirmed report');
    expect(shownText($, report)).toContain('3 April 2028, end of day, Brussels time');
    expect(readPage(DIST, '/')('.next a[href$="#reported-end-of-application"]').length).toBe(0);
  });

  test('never makes it a deadline on the reader’s clock either (with JavaScript)', async ({
    site,
    page,
  }) => {
    await page.goto(`${(await site()).url}/deadlines/`);
    await expect(page.locator(`#pt-upcoming-list > li[data-key="${key}"]`).count()).resolves.toBe(
      0,
    );
    const report = page.locator(`li[data-key="${key}"]:visible`);
    await expect(report.count()).resolves.toBe(1);
    await expect(report.innerText()).resolves.toContain('Unconfirmed report');
  });

  const NONE =
    /No confirmed deadline is coming up\.\s+The latest one was: Interim Regulation: The Interim Regulation stops applying and the derogation lapses, 3 April 2026, end of day, Brussels time \(\d[\d,]* days ago\)\. Outcome: Lapsed/;
  test('says that no confirmed deadline is coming up, and shows the latest one (as built)', () => {
    expect(shownText(readPage(DIST, '/deadlines/'), '.none')).toMatch(NONE);
    expect(shownTexts(readPage(DIST, '/'), '.next__slot')).toEqual([expect.stringMatching(NONE)]);
  });

  test('says so on the reader’s clock too', async ({ site, page }) => {
    for (const path of ['/deadlines/', '/']) {
      await page.goto(`${(await site()).url}${path}`);
      const none = page.locator(path === '/' ? '.next__slot:visible' : '.none:visible');
      await expect(none.innerText()).resolves.toMatch(NONE);
    }
  });
});

describe('/status/ with Project Beacon’s content', () => {
  test('lists every instrument in a table and on a track, with ended and finished files marked in words', () => {
    const $ = readPage(DIST, '/status/');
    expect(shownOnly($, '.status-table tbody tr').length).toBe(9);
    expect(shownText($, '.status-table caption')).toBe('Status of every instrument');
    const cells = (selector: string): string[] =>
      shownOnly($, selector)
        .first()
        .find('td')
        .toArray()
        .map((td) => shownText($, $(td)));
    const interim = cells('tr[data-instrument="interim-regulation"]');
    expect(interim[0]).toBe('Expired');
    expect(interim[1]).toBe('3 April 2026');
    expect(interim[3]).toContain('Ended');
    const strategy = shownOnly($, '#pt-track-eu-strategy-2020 .live-status').find('.track');
    expect(strategy.attr('aria-label')).toBe('Non-legislative');
    expect(
      strategy
        .find('li')
        .toArray()
        .map((li) => shownText($, $(li))),
    ).toEqual([
      expect.stringMatching(/Announced\s*\(reached\)/),
      expect.stringMatching(/Adopted\s*\(current stage\)/),
      'Being implemented',
      'Reviewed',
    ]);
    const current = (id: string): string =>
      shownText(
        $,
        shownOnly($, `#pt-track-${id} .live-status`).find('.track [aria-current="step"]'),
      );
    expect(current('interim-regulation')).toMatch(/Expired\s*\(current stage\)/);
    expect(current('csa-regulation')).toMatch(/In trilogue/);
  });
});

describe('site-wide', () => {
  test('links the new pages from the header', () => {
    const $ = readPage(DIST, '/');
    expect(
      $('.site-nav a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(expect.arrayContaining(['/deadlines/', '/status/']));
  });
});
