/**
 * The foundation pages, as the build wrote them (parsed dist/ HTML: nothing here needs a script):
 * instrument pages with corrections, official references, the campaign's own deadlines, dates at
 * their precision, disputed dates and unconfirmed reports; the home page without JavaScript; the
 * 404 page as a host serves it, each in every language; dark mode in a browser. (axe, requests and storage of every
 * template are in sweep.ts.)
 */
import { load } from 'cheerio';
import { describe, expect, test } from './fixtures.ts';
import { readEntries } from './content.ts';
import { inLang, languagesOf, literal } from './languages.ts';
import { readPage, shownOnly, shownText } from './parsed.ts';
import { builtSite } from './sites.ts';

const main = builtSite('main');
const DIST = main.dist;
const entries = readEntries(main.content);
/** A milestone of the Interim Regulation, by its id. */
const entry = (id: string) => {
  const e = entries.find((x) => x.instrument.id === 'interim-regulation' && x.milestone.id === id);
  if (!e) throw new Error(`no milestone interim-regulation#${id} in the content`);
  return e;
};

// Each language's pages, with the catalogue's words in that language (content stays as written).
for (const { lang, t, path, date } of languagesOf(main.content)) {
  describe(`instrument page (${lang})`, () => {
    test('shows the corrected claim beside the right date, and official references as links', () => {
      const $ = readPage(DIST, path('/instruments/interim-regulation/'));
      const signed = $('li#signed');
      expect(signed.find('time').first().attr('datetime')).toBe('2021-07-14');
      const correction = shownText($, signed.find('.correction'));
      expect(correction).toMatch(new RegExp(`^${literal(t('instrument.correctionLabel'))}`));
      expect(correction).toMatch(/published in the Official Journal on 30 July 2021/);
      const link = (text: string) => $('a').filter((_, a) => $(a).text().trim() === text);
      // EUR-Lex in the reader's language.
      expect(link('32021R1232').attr('href')).toBe(
        `https://eur-lex.europa.eu/legal-content/${lang.toUpperCase()}/TXT/?uri=CELEX:32021R1232`,
      );
      expect(link('2020/0259(COD)').attr('href')).toContain('oeil.secure.europarl.europa.eu');
    });

    test('labels the campaign’s own deadline and links what superseded it', () => {
      const $ = readPage(DIST, path('/instruments/interim-regulation/'));
      const target = $('li#campaign-target');
      expect(shownText($, target)).toContain(t('instrument.campaignWords'));
      expect(shownText($, target)).toContain(date('2024-07-13'));
      const link = target
        .find('a')
        .filter(
          (_, a) =>
            $(a).attr('href') ===
            path('/instruments/interim-regulation/original-end-of-application/'),
        );
      expect(shownText($, link)).toBe(
        inLang(entry('original-end-of-application').milestone, 'title', lang),
      );
      expect(link.attr('href')).toBe(
        path('/instruments/interim-regulation/original-end-of-application/'),
      );
    });

    test('shows dates at their precision and disputed dates with the alternatives', () => {
      const $ = readPage(DIST, path('/instruments/dsa/'));
      const agreement = $('li')
        .filter((_, li) => $(li).find('.badge--disputed').length > 0)
        .first();
      const text = shownText($, agreement);
      expect(text).toContain(date('2022-04-23'));
      expect(text).toContain(date('2022-04-22'));
      expect(shownText($, agreement.find('.badge--disputed').first())).toBe(
        t('confidence.disputed'),
      );
      const $$ = readPage(DIST, path('/instruments/interim-extension-2024/'));
      expect($$('time[datetime="2024-01"]').first().text().trim()).toBe(date('2024-01'));
    });

    test('marks unconfirmed reports as reports', () => {
      const $ = readPage(DIST, path('/instruments/interim-extension-2025/'));
      const reports = shownOnly($, '.milestone--unverified');
      expect(reports.length).toBeGreaterThan(0);
      reports.each(
        (_, el) => void expect(shownText($, $(el))).toContain(t('confidence.unverified')),
      );
    });
  });

  describe(`site-wide (${lang})`, () => {
    test('the home page works without JavaScript: every instrument and the campaign’s name', () => {
      const $ = readPage(DIST, path('/'));
      // Every instrument is on the home page: the files that are moving, then the others.
      expect(shownOnly($, '#pt-now-list > li, .settled__item').length).toBeGreaterThan(5);
      expect(shownText($, 'h1')).toBe('Project Beacon');
    });

    test('answers an unknown address with a useful 404 in its language', async ({ site }) => {
      const response = await fetch(`${(await site()).url}${path('/no-such-page/')}`);
      expect(response.status).toBe(404);
      const $ = load(await response.text());
      expect($('html').attr('lang')?.split('-')[0]).toBe(lang);
      expect($('h1').text().trim()).toBe(t('notFound.title'));
      expect($(`main a[href^="${path('/instruments/')}"]`).length).toBeGreaterThan(5);
    });
  });
}

describe('site-wide', () => {
  test('follows the reader’s dark mode', async ({ site, newPage }) => {
    const page = await newPage({ colorScheme: 'dark' });
    await page.goto(`${(await site()).url}/`);
    const bg = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(bg).toBe('rgb(17, 20, 25)');
  });
});
