/**
 * Every milestone's own page (its permalink) and its citation: present for every milestone of
 * the content in every language, linked both ways with the instrument page, citable without
 * JavaScript (parsed dist/ HTML), copied in one click with it, under the site's Content Security
 * Policy (Chromium).
 * The CSP of every page is checked in html.test.ts; axe on every template in sweep.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from './fixtures.ts';
import { test } from './site-url.ts';
import { readEntries } from './content.ts';
import { collapse, inLang, languagesOf, literal } from './languages.ts';
import { readPage, shownOnly, shownText } from './parsed.ts';
import { builtSite } from './sites.ts';

const main = builtSite('main');
const DIST = main.dist;
const entries = readEntries(main.content);
const siteUrl =
  /siteUrl: "?([^"\n]+)"?/.exec(readFileSync(join(main.content, 'campaign.yaml'), 'utf8'))?.[1] ??
  '';
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
};
const decode = (html: string): string =>
  html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
const entry = (url: string) => {
  const e = entries.find((x) => x.url === url);
  if (!e) throw new Error(`no milestone at ${url} in the content`);
  return e;
};

for (const { lang, t, path, date } of languagesOf(main.content)) {
  describe(`milestone pages (${lang})`, () => {
    test('exist for every milestone, titled with it, and link to its place on the instrument page', () => {
      for (const e of entries) {
        const file = join(DIST, path(e.url), 'index.html');
        expect(existsSync(file), path(e.url)).toBe(true);
        const html = readFileSync(file, 'utf8');
        const h1 = decode(
          /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '',
        );
        expect(collapse(h1), e.url).toContain(inLang(e.milestone, 'title', lang));
        expect(html, e.url).toContain(
          `href="${path(`/instruments/${e.instrument.id}/`)}#${e.milestone.id}"`,
        );
        const instrumentPage = readFileSync(
          join(DIST, path(`/instruments/${e.instrument.id}/`), 'index.html'),
          'utf8',
        );
        expect(instrumentPage).toContain(`id="${e.milestone.id}"`);
        expect(instrumentPage).toContain(`href="${path(e.url)}"`);
      }
    });

    // A page joins the search index of a language other than the content's once its title and
    // its instrument's name are translated (src/i18n/README.md, "Search"); before, it is left out.
    const e = entry('/instruments/csa-regulation/first-trilogue/');
    const indexed =
      path('/') === '/' ||
      Boolean(
        e.instrument.translations?.[lang]?.shortTitle && e.milestone.translations?.[lang]?.title,
      );
    test(`are what search indexes, with the four facets${indexed ? '' : ', once translated'}`, () => {
      const html = readFileSync(join(DIST, path(e.url), 'index.html'), 'utf8');
      if (!indexed) expect(html).not.toContain('data-pagefind-body');
      else expect(html).toContain('data-pagefind-body');
      expect(html).toMatch(/data-pagefind-filter="year:2025"/);
      expect(html).toMatch(
        new RegExp(
          `data-pagefind-filter="instrument"[^>]*>${literal(inLang(e.instrument, 'shortTitle', lang))}<`,
        ),
      );
      expect(html).toMatch(/data-pagefind-filter="stage"/);
      expect(html).toMatch(/data-pagefind-filter="confidence\[value\]"/);
      expect(readFileSync(join(DIST, path('/timeline/'), 'index.html'), 'utf8')).not.toContain(
        'data-pagefind-body',
      );
    });

    test('show the milestone’s facts and sources, and lead to the neighbouring milestones', () => {
      const e = entry('/instruments/csa-regulation/proposal/');
      const $ = readPage(DIST, path(e.url));
      const text = shownText($, 'main');
      expect(text).toContain(date('2022-05-11'));
      expect(text).toContain(t('actor.commission'));
      expect(text).toContain('COM(2022) 209 final');
      for (const s of e.milestone.sources) expect(text).toContain(s.title);
      expect($('a[rel="next"]').attr('href')).toBe(
        path('/instruments/csa-regulation/committee-referral/'),
      );
    });
  });

  describe(`citation (${lang})`, () => {
    /** "Accessed 3 March 2031." in the language, with any date. */
    const accessed = new RegExp(
      `${t('cite.accessed', { date: '§' })
        .split('§')
        .map(literal)
        .join('\\d{1,2}\\.? \\p{L}+ \\d{4}')}$`,
      'u',
    );

    test('is shown without JavaScript, with every part a journalist needs (the copy button is not)', () => {
      const e = entry('/instruments/csa-regulation/proposal/');
      const $ = readPage(DIST, path(e.url));
      expect(shownOnly($, '.cite__text').length).toBe(1);
      const copy = $('button').filter((_, b) => $(b).text().trim() === t('cite.copy'));
      expect(copy.length).toBe(1);
      expect(shownOnly($, 'button.cite__copy').length, 'the copy button needs the script').toBe(0);
      const text = shownText($, '.cite__text');
      const source = e.milestone.sources[0];
      expect(text).toContain('ECPAT International, Project Beacon');
      expect(text).toContain(t('cite.quote', { text: `${inLang(e.milestone, 'title', lang)}.` }));
      expect(text).toContain(
        `${inLang(e.instrument, 'shortTitle', lang)} (COM(2022) 209 final), ${date('2022-05-11')}.`,
      );
      expect(text).toContain(
        `${t('cite.source')}: EUR-Lex, ${t('cite.quote', { text: source?.title ?? '' })}, ${source?.url}`,
      );
      expect(text).toContain(
        `${t('cite.permalink')}: ${siteUrl}${path('/instruments/csa-regulation/proposal/')}`,
      );
      expect(text).toMatch(accessed);
    });

    test('does not present an unconfirmed report as a fact', () => {
      const e = entries.find(
        (x) =>
          x.milestone.confidence === 'unverified' &&
          x.milestone.sources.some((s) => s.kind !== 'campaign'),
      );
      if (!e) throw new Error('the content has no unconfirmed report');
      const $ = readPage(DIST, path(e.url));
      const text = shownText($, '.cite__text');
      expect(text).toContain(t('instrument.reportLabel'));
      expect(text).toContain(`${t('cite.confidence')}: ${t('confidence.unverified')}.`);
      expect(shownText($, 'h1').startsWith(t('instrument.reportLabel'))).toBe(true);
    });
  });
}

describe('citation in the browser', () => {
  test('is dated the reader’s today and copied in one click, under the Content Security Policy', async ({
    url,
    newPage,
  }) => {
    const page = await newPage({
      timezoneId: 'Europe/Brussels',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.clock.setFixedTime(new Date('2031-03-03T10:00:00Z'));
    await page.goto(`${url}/instruments/interim-regulation/published/`);
    await expect(page.locator('.cite__text').innerText()).resolves.toMatch(
      /Accessed 3 March 2031\.$/,
    );
    // The reader can select it by hand too.
    await expect(
      page.locator('.cite__text').evaluate((el) => getComputedStyle(el).userSelect),
    ).resolves.not.toBe('none');
    await page.getByRole('button', { name: 'Copy the citation' }).click();
    // The status is written once the clipboard has answered (asynchronously): wait for it.
    await page.locator('.cite__status', { hasText: /\S/ }).waitFor({ timeout: 10_000 });
    await expect(page.locator('.cite__status').innerText()).resolves.toBe('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('.cite__text').evaluate((el) => el.textContent));
    expect(copied).toContain('Interim Regulation');
    expect(copied.split('\n').length).toBeGreaterThanOrEqual(3);
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
  });

  test('selects the text and says how to copy it where the clipboard is refused', async ({
    url,
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.goto(`${url}/instruments/interim-regulation/published/`);
    await page.getByRole('button', { name: 'Copy the citation' }).click();
    await expect(page.locator('.cite__status').innerText()).resolves.toContain('Ctrl+C');
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(selected).toContain('Interim Regulation');
  });
});
