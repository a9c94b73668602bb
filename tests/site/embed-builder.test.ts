/**
 * The widget builder at /embed/: used with the keyboard only, its preview and snippets follow
 * the choices, a copied snippet works on a partner's page, and without JavaScript it still
 * gives ready-made snippets.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { listPages, pageWeight, resolvePath } from '../../scripts/quality/site-output.ts';
import { serve } from '../../scripts/quality/static-server.ts';
import { WIDGET_KINDS } from '../../src/lib/embed.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { describe, expect } from './fixtures.ts';
import { test } from './site-url.ts';
import { languagesOf } from './languages.ts';
import { readPage, shownOnly, shownText } from './parsed.ts';
import { builtSite } from './sites.ts';

const main = builtSite('main');
const DIST = main.dist;
const SITE_URL = 'https://beacon.example.org';

const snippet = (page: Page, form: 'loader' | 'iframe'): Promise<string> =>
  page.locator(`textarea[data-snippet="${form}"]`).inputValue();

/** Presses Tab until the focused element matches `selector` (at most 40 times). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the widget builder', () => {
  test('is in the site navigation', async ({ url, newPage }) => {
    const page = await newPage();
    await page.goto(`${url}/`);
    // It may sit in the navigation's "More" menu, closed: its text, shown or not.
    await expect(page.locator('.site-nav a[href="/embed/"]').textContent()).resolves.toBe('Embed');
  });

  test('works with the keyboard alone: choose a widget, its subject and options, copy the snippet', async ({
    url,
    newPage,
  }) => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${url}/embed/`);
    await tabTo(page, 'input[name="kind"]');
    await page.keyboard.press('ArrowDown'); // the status card
    expect(await page.locator('input[name="kind"]:checked').getAttribute('value')).toBe('status');
    await tabTo(page, '#pt-instrument');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown'); // the second instrument
    const chosen = await page.locator('#pt-instrument').inputValue();
    await tabTo(page, '#pt-lang');
    await page.keyboard.press('ArrowDown'); // en → fr
    await tabTo(page, 'input[name="compact"]');
    await page.keyboard.press('Space');

    await expect
      .poll(() => page.locator('.builder__preview iframe').getAttribute('src'))
      .toBe(`/embed/status/${chosen}/?lang=fr&compact=1`);
    const loader = await snippet(page, 'loader');
    expect(loader).toContain(
      `<div data-policy-timeline="status" data-instrument="${chosen}" data-lang="fr" data-compact="1"><a href="${SITE_URL}/instruments/${chosen}/">Project Beacon\u00a0: où en est le dossier – `,
    );
    expect(loader).toContain(`<script src="${SITE_URL}/embed.js" async></script>`);
    expect(await snippet(page, 'iframe')).toContain(
      `src="${SITE_URL}/embed/status/${chosen}/?lang=fr&amp;compact=1"`,
    );
    // The preview is the widget itself, in French, and its height was measured for the plain snippet.
    const preview = page.frameLocator('.builder__preview iframe');
    await expect.poll(() => preview.locator('.k').innerText()).toContain('Où en est le dossier');
    await expect
      .poll(async () => Number(/height="(\d+)"/.exec(await snippet(page, 'iframe'))?.[1]))
      .toBeGreaterThan(100);

    await tabTo(page, 'button[data-copy="loader"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[role="status"]').innerText())
      .toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(loader);
  });

  test('gives a snippet that works on a partner’s page as it is', async ({ url, newPage }) => {
    const page = await newPage();
    await page.goto(`${url}/embed/`);
    await page.getByLabel('Timeline slice').check();
    await page.selectOption('#pt-scope', 'tag:detection');
    await page.fill('#pt-limit', '7');
    await page.selectOption('#pt-theme', 'dark');
    await expect.poll(() => snippet(page, 'loader')).toContain('data-limit="7"');
    const pasted = (await snippet(page, 'loader')).replaceAll(SITE_URL, url);
    const host = await serve({
      dir: mkdtempSync(join(tmpdir(), 'pt-partner-')),
      pages: {
        '/partner.html': `<!doctype html><html lang="en"><head><title>Partner</title></head><body><main><h1>Partner</h1>${pasted}</main></body></html>`,
      },
    });
    try {
      const partner = await newPage();
      await partner.goto(`${host.url}/partner.html`);
      const frame = partner.frameLocator('[data-policy-timeline] iframe');
      await expect(frame.locator('h1').innerText()).resolves.toBe('Timeline, topic: detection');
      await expect.poll(() => frame.locator('ol.tl > li:visible').count()).toBe(7);
      expect(await partner.locator('[data-policy-timeline] iframe').getAttribute('title')).toBe(
        'Project Beacon: timeline – detection',
      );
    } finally {
      await host.close();
    }
  });

  test('shows only the fields that apply to the chosen widget', async ({ url, newPage }) => {
    const page = await newPage();
    await page.goto(`${url}/embed/`);
    const visible = (): Promise<string[]> =>
      page
        .locator('[data-for]:visible')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['for'] ?? ''));
    expect(await visible()).toEqual(['countdown']);
    await page.getByLabel('Timeline slice').check();
    expect(await visible()).toEqual(['timeline', 'timeline']);
    await page.getByLabel('Status card').check();
    expect(await visible()).toEqual(['status']);
  });

  for (const { lang, t, path } of languagesOf(main.content))
    test(`without JavaScript, hides the builder and gives ready-made snippets and the reference (${lang})`, () => {
      const $ = readPage(DIST, path('/embed/'));
      // The builder shows once its element is defined (its script ran); until then, and without
      // JavaScript, the page's CSS hides it and shows the note instead.
      expect($('pt-embed-builder .builder').length).toBe(1);
      const page = listPages(DIST).find((p) => p.route === path('/embed/'));
      if (!page) throw new Error(`no ${path('/embed/')} page`);
      const { resources } = pageWeight(DIST, page);
      const css = [
        ...resources.inlineStyles,
        ...resources.stylesheets.map((path) => {
          const file = resolvePath(DIST, path);
          return 'file' in file ? readFileSync(file.file, 'utf8') : '';
        }),
      ].join('\n');
      expect(css).toMatch(
        /pt-embed-builder[^{,]*:not\(:defined\) \.builder(\[[^\]]*\])?[,{][^}]*?display:\s*none/,
      );
      expect(shownText($, 'pt-embed-builder .builder__nojs')).toContain(t('embed.noScript'));
      const examples = shownOnly($, 'pre.snippet code')
        .toArray()
        .map((el) => $(el).text());
      expect(examples.length).toBeGreaterThanOrEqual(6);
      expect(
        examples.filter((e) =>
          e.includes('<script src="https://beacon.example.org/embed.js" async></script>'),
        ),
      ).toHaveLength(WIDGET_KINDS.length); // one example of each kind
      // The examples are for widgets in the page's language (the root's is the widgets' default).
      const query = path('/') === '/' ? '' : `?lang=${lang}`;
      expect(
        examples.some((e) =>
          e.startsWith(`<iframe src="https://beacon.example.org/embed/countdown/next/${query}"`),
        ),
        examples.join('\n'),
      ).toBe(true);
      for (const address of [
        '/embed/countdown/next/',
        '/embed/status/<instrument>/',
        '/embed/timeline/tag/<tag>/',
      ])
        expect(
          $('*').filter((_, el) => $(el).children().length === 0 && $(el).text().trim() === address)
            .length,
          address,
        ).toBe(1);
    });

  for (const scheme of ['light', 'dark'] as const) {
    // The page as it loads is in the sweep (sweep.ts); this is the builder with a choice made.
    test(`has no serious accessibility violations with the timeline slice chosen (${scheme})`, async ({
      url,
      newPage,
    }) => {
      const page = await newPage({ colorScheme: scheme });
      await page.goto(`${url}/embed/`);
      await page.getByLabel('Timeline slice').check();
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }
});
