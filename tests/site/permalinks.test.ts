/**
 * Every milestone's own page (its permalink) and its citation: present for every milestone of
 * the content, linked both ways with the instrument page, citable without JavaScript, copied in
 * one click with it, under the site's Content Security Policy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launch, openPage, seriousViolations } from './browser.ts';
import { readEntries } from './content.ts';
import { ROOT } from './global-setup.ts';
import { serve, type Served } from './server.ts';

let browser: Browser;
let site: Served;
const entries = readEntries();
const DIST = join(ROOT, 'dist');
const siteUrl =
  /siteUrl: "?([^"\n]+)"?/.exec(readFileSync(join(ROOT, 'content/campaign.yaml'), 'utf8'))?.[1] ??
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

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('milestone pages', () => {
  it('exist for every milestone, titled with it, and link to its place on the instrument page', () => {
    for (const e of entries) {
      const file = join(DIST, e.url, 'index.html');
      expect(existsSync(file), e.url).toBe(true);
      const html = readFileSync(file, 'utf8');
      const h1 = decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '');
      expect(h1, e.url).toContain(e.milestone.title);
      expect(html, e.url).toContain(`href="/instruments/${e.instrument.id}/#${e.milestone.id}"`);
      const instrumentPage = readFileSync(
        join(DIST, 'instruments', e.instrument.id, 'index.html'),
        'utf8',
      );
      expect(instrumentPage).toContain(`id="${e.milestone.id}"`);
      expect(instrumentPage).toContain(`href="${e.url}"`);
    }
  });

  it('are what search indexes, with the four facets', () => {
    const html = readFileSync(
      join(DIST, 'instruments/csa-regulation/first-trilogue/index.html'),
      'utf8',
    );
    expect(html).toContain('data-pagefind-body');
    expect(html).toMatch(/data-pagefind-filter="year:2025"/);
    expect(html).toMatch(/data-pagefind-filter="instrument"[^>]*>CSA Regulation</);
    expect(html).toMatch(/data-pagefind-filter="stage"/);
    expect(html).toMatch(/data-pagefind-filter="confidence\[value\]"/);
    expect(readFileSync(join(DIST, 'timeline/index.html'), 'utf8')).not.toContain(
      'data-pagefind-body',
    );
  });

  it('show the milestone’s facts and sources, and lead to the neighbouring milestones', async () => {
    const e = entry('/instruments/csa-regulation/proposal/');
    const page = await openPage(browser);
    await page.goto(`${site.url}${e.url}`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('11 May 2022');
    expect(text).toContain('European Commission');
    expect(text).toContain('COM(2022) 209 final');
    for (const s of e.milestone.sources) expect(text).toContain(s.title);
    const next = page.locator('a[rel="next"]');
    await next.click();
    await expect(page.locator('h1').innerText()).resolves.toBe(
      entry('/instruments/csa-regulation/committee-referral/').milestone.title,
    );
  });
});

describe('citation', () => {
  it('is visible and selectable without JavaScript, with every part a journalist needs', async () => {
    const e = entry('/instruments/csa-regulation/proposal/');
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}${e.url}`);
    const cite = page.locator('.cite__text');
    await expect(cite.isVisible()).resolves.toBe(true);
    await expect(cite.evaluate((el) => getComputedStyle(el).userSelect)).resolves.not.toBe('none');
    await expect(page.getByRole('button', { name: 'Copy the citation' }).isVisible()).resolves.toBe(
      false,
    );
    const text = await cite.innerText();
    expect(text).toContain('ECPAT International, Project Beacon');
    expect(text).toContain(`“${e.milestone.title}.”`);
    expect(text).toContain('CSA Regulation (COM(2022) 209 final), 11 May 2022.');
    expect(text).toContain(
      `Source: EUR-Lex, “${e.milestone.sources[0]?.title}”, ${e.milestone.sources[0]?.url}`,
    );
    expect(text).toContain(`Permanent link: ${siteUrl}/instruments/csa-regulation/proposal/`);
    expect(text).toMatch(/Accessed \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  });

  it('does not present an unconfirmed report as a fact', async () => {
    const e = entries.find(
      (x) =>
        x.milestone.confidence === 'unverified' &&
        x.milestone.sources.some((s) => s.kind !== 'campaign'),
    );
    if (!e) throw new Error('the content has no unconfirmed report');
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}${e.url}`);
    const text = await page.locator('.cite__text').innerText();
    expect(text).toContain('Unconfirmed report:');
    expect(text).toContain('Confidence: Unconfirmed.');
    await expect(page.locator('h1').innerText()).resolves.toMatch(/^Unconfirmed report:/);
  });

  it('is dated the reader’s today and copied in one click, under the Content Security Policy', async () => {
    const page = await openPage(browser, {
      bypassCSP: false,
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
    await page.goto(`${site.url}/instruments/interim-regulation/published/`);
    await expect(page.locator('.cite__text').innerText()).resolves.toMatch(
      /Accessed 3 March 2031\.$/,
    );
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

  it('selects the text and says how to copy it where the clipboard is refused', async () => {
    const page = await openPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.goto(`${site.url}/instruments/interim-regulation/published/`);
    await page.getByRole('button', { name: 'Copy the citation' }).click();
    await expect(page.locator('.cite__status').innerText()).resolves.toContain('Ctrl+C');
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(selected).toContain('Interim Regulation');
  });
});

describe('Content Security Policy', () => {
  it('is on every page, allows nothing from other origins, and lets Pagefind run', () => {
    for (const path of [
      'index.html',
      'timeline/index.html',
      'search/index.html',
      'instruments/dsa/index.html',
      'instruments/dsa/proposal/index.html',
      '404.html',
    ]) {
      const html = readFileSync(join(DIST, path), 'utf8');
      const csp =
        /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(csp, path).toContain("worker-src 'self' blob:");
      expect(csp, path).not.toMatch(/https?:|'unsafe-inline'|'unsafe-eval'|\*/);
    }
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`milestone pages have no serious violations (${scheme})`, async () => {
      const page = await openPage(browser, { colorScheme: scheme });
      const disputed = entries.find((e) => e.milestone.confidence === 'disputed');
      const report = entries.find((e) => e.milestone.confidence === 'unverified');
      for (const path of ['/instruments/csa-regulation/proposal/', disputed?.url, report?.url]) {
        if (!path) continue;
        await page.goto(`${site.url}${path}`);
        const violations = await seriousViolations(page);
        expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
      }
    });
  }
});
