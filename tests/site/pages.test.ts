/**
 * The foundation pages, as the build wrote them (parsed dist/ HTML: nothing here needs a script):
 * instrument pages with corrections, official references, the campaign's own deadlines, dates at
 * their precision, disputed dates and unconfirmed reports; the home page without JavaScript; the
 * 404 page as a host serves it; dark mode in a browser. (axe, requests and storage of every
 * template are in sweep.test.ts.)
 */
import { load } from 'cheerio';
import { describe, expect, test } from './fixtures.ts';
import { readPage, shownOnly, shownText } from './parsed.ts';
import { builtSite } from './sites.ts';

const DIST = builtSite('main').dist;

describe('instrument page', () => {
  test('shows the corrected claim beside the right date, and official references as links', () => {
    const $ = readPage(DIST, '/instruments/interim-regulation/');
    const signed = $('li#signed');
    expect(signed.find('time').first().attr('datetime')).toBe('2021-07-14');
    expect(shownText($, signed.find('.correction'))).toMatch(
      /published in the Official Journal on 30 July 2021/,
    );
    const link = (text: string) => $('a').filter((_, a) => $(a).text().trim() === text);
    expect(link('32021R1232').attr('href')).toBe(
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32021R1232',
    );
    expect(link('2020/0259(COD)').attr('href')).toContain('oeil.secure.europarl.europa.eu');
  });

  test('labels the campaign’s own deadline and links what superseded it', () => {
    const $ = readPage(DIST, '/instruments/interim-regulation/');
    const target = $('li#campaign-target');
    expect(shownText($, target)).toMatch(/The campaign's own words/);
    expect(shownText($, target)).toMatch(/13 July 2024/);
    const link = target.find('a').filter((_, a) => /end of application/i.test($(a).text()));
    expect(link.attr('href')).toBe('/instruments/interim-regulation/original-end-of-application/');
  });

  test('shows dates at their precision and disputed dates with the alternatives', () => {
    const $ = readPage(DIST, '/instruments/dsa/');
    const agreement = $('li')
      .filter((_, li) => $(li).find('.badge--disputed').length > 0)
      .first();
    const text = shownText($, agreement);
    expect(text).toContain('23 April 2022');
    expect(text).toContain('22 April 2022');
    const $$ = readPage(DIST, '/instruments/interim-extension-2024/');
    expect($$('time[datetime="2024-01"]').first().text().trim()).toBe('January 2024');
  });

  test('marks unconfirmed reports as reports', () => {
    const $ = readPage(DIST, '/instruments/interim-extension-2025/');
    const reports = shownOnly($, '.milestone--unverified');
    expect(reports.length).toBeGreaterThan(0);
    reports.each((_, el) => void expect(shownText($, $(el))).toMatch(/Unconfirmed/));
  });
});

describe('site-wide', () => {
  test('the home page works without JavaScript: every card and the campaign’s name', () => {
    const $ = readPage(DIST, '/');
    expect(shownOnly($, '.card').length).toBeGreaterThan(5);
    expect(shownText($, 'h1')).toBe('Project Beacon');
  });

  test('answers an unknown address with a useful 404', async ({ site }) => {
    const response = await fetch(`${(await site()).url}/no-such-page/`);
    expect(response.status).toBe(404);
    const $ = load(await response.text());
    expect($('h1').text().trim()).toBe('Page not found');
    expect($('main a[href^="/instruments/"]').length).toBeGreaterThan(5);
  });

  test('follows the reader’s dark mode', async ({ site, newPage }) => {
    const page = await newPage({ colorScheme: 'dark' });
    await page.goto(`${(await site()).url}/`);
    const bg = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(bg).toBe('rgb(17, 20, 25)');
  });
});
