/**
 * Countdown and status widgets with the reader's clock emulated after the build. The fixture
 * campaign (tests/fixtures/countdown) is built for a pinned "now", 15 January 2027 at 12:00 UTC,
 * and its widgets are embedded through /embed.js on a page of another origin, in English,
 * French and German. At the build: next confirmed deadline Gamma's report on 1 February 2027
 * (end of day, Brussels), then Delta's transposition on 30 June 2027 at 17:00 New York time;
 * an unconfirmed report for 10 February 2027 that must never count; Gamma in trilogue with an
 * agreement scheduled for 18 March 2027. Expected days are counted by hand on the calendar.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launch, seriousViolations } from './browser.ts';
import { ROOT } from './global-setup.ts';
import { serve, type Served } from './server.ts';

const BUILT_AT = '2027-01-15T12:00:00Z';
const OUT = mkdtempSync(join(tmpdir(), 'pt-embed-countdown-'));

let browser: Browser;
let site: Served;
let host: Served;

const hostPage = (siteUrl: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><main><h1>Partner</h1>
<div id="next" data-policy-timeline="countdown"><a href="${siteUrl}/deadlines/">Countdown Fixture: next deadline</a></div>
<div id="gamma-fr" data-policy-timeline="countdown" data-instrument="gamma-regulation" data-milestone="report-deadline" data-lang="fr"><a href="${siteUrl}/">Countdown Fixture : compte à rebours</a></div>
<div id="delta-de" data-policy-timeline="countdown" data-instrument="delta-directive" data-milestone="transposition" data-lang="de"><a href="${siteUrl}/">Countdown Fixture: Countdown zur Frist</a></div>
<div id="gamma-status" data-policy-timeline="status" data-instrument="gamma-regulation"><a href="${siteUrl}/">Countdown Fixture: where it stands</a></div>
<div id="reported" data-policy-timeline="countdown" data-instrument="delta-directive" data-milestone="reported-review"><a href="${siteUrl}/">An unconfirmed report</a></div>
<script src="${siteUrl}/embed.js" async></script>
</main></body></html>`;

beforeAll(async () => {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', OUT],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        POLICY_TIMELINE_CONTENT: join(ROOT, 'tests/fixtures/countdown'),
        POLICY_TIMELINE_NOW: BUILT_AT,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`the fixture build failed:\n${run.stdout}\n${run.stderr}`);
  [browser, site] = await Promise.all([launch(), serve({ dir: OUT })]);
  host = await serve({ pages: { '/partner.html': hostPage(site.url) } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  rmSync(OUT, { recursive: true, force: true });
});
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/** The partner page with the reader's clock fixed at `at` (every frame shares it) and a time zone. */
async function partner(
  at: string | undefined,
  options: { timezoneId?: string; javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: options.timezoneId ?? 'Europe/Brussels',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 800, height: 2400 },
  });
  contexts.push(context);
  if (at) await context.clock.setFixedTime(new Date(at));
  const page = await context.newPage();
  await page.goto(`${host.url}/partner.html`);
  return page;
}

async function frame(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`#${id} iframe`).elementHandle();
  const f = await handle?.contentFrame();
  if (!f) throw new Error(`no frame in #${id}`);
  await f.locator('h1').waitFor();
  return f;
}

const visibleText = async (f: Frame, selector: string): Promise<string> =>
  (await f.locator(selector).filter({ visible: true }).first().innerText())
    .replace(/\s+/g, ' ')
    .trim();
const days = (f: Frame): Promise<string> => visibleText(f, '[data-pt-due]');

describe('countdown widgets on a partner page, with the reader’s clock after the build', () => {
  it('on the build day, agree with the build', async () => {
    const page = await partner(BUILT_AT);
    const next = await frame(page, 'next');
    await expect(visibleText(next, '.slot a')).resolves.toBe(
      "Gamma Regulation: Extended deadline for the Commission's impact report",
    );
    await expect(days(next)).resolves.toBe('in 17 days');
  });

  it('ten days later, count ten fewer days, in each widget’s language, in the deadline’s zone', async () => {
    const page = await partner('2027-01-25T09:00:00Z');
    await expect(days(await frame(page, 'next'))).resolves.toBe('in 7 days');
    const fr = await frame(page, 'gamma-fr');
    await expect(days(fr)).resolves.toBe('dans 7 jours');
    await expect(visibleText(fr, 'p:has(> time[datetime^="2027-02-01"])')).resolves.toBe(
      'Échéance : 1 février 2027, en fin de journée, heure normale d’Europe centrale',
    );
    await expect(fr.locator('h1').innerText()).resolves.toBe(
      "Gamma Regulation: Extended deadline for the Commission's impact report",
    );
    // 30 June 2027 at 17:00 in New York, counted in New York's calendar days.
    const de = await frame(page, 'delta-de');
    await expect(days(de)).resolves.toBe('in 156 Tagen');
    await expect(visibleText(de, 'p:has(> time[datetime^="2027-06-30"])')).resolves.toBe(
      'Fällig: 30. Juni 2027, 17:00 Uhr, Nordamerikanische Ostküsten-Sommerzeit',
    );
    await expect(visibleText(de, '[data-pt-now]')).resolves.toBe('25. Januar 2027');
  });

  it('move on to the next confirmed deadline once one falls due, never to an unconfirmed report', async () => {
    const page = await partner('2027-02-05T12:00:00Z');
    const next = await frame(page, 'next');
    await expect(visibleText(next, '.slot a')).resolves.toBe(
      'Delta Directive: Transposition deadline',
    );
    await expect(days(next)).resolves.toBe('in 145 days');
    // The passed deadline says so, in French.
    const fr = await frame(page, 'gamma-fr');
    await expect(days(fr)).resolves.toBe('il y a 4 jours');
    await expect(visibleText(fr, 'p:has(> time[datetime^="2027-02-01"])')).resolves.toMatch(
      /^Échue le : 1 février 2027/,
    );
    // A countdown to an unconfirmed report is not offered at all.
    expect(await page.locator('#reported iframe').getAttribute('src')).toBe(
      `${site.url}/embed/not-found/`,
    );
  });

  it('say when no confirmed deadline is left, with the latest one', async () => {
    const page = await partner('2027-07-05T12:00:00Z');
    const next = await frame(page, 'next');
    await expect(visibleText(next, '.slot')).resolves.toMatch(
      /^No confirmed deadline is coming up\. The latest one was: Delta Directive: Transposition deadline, 30 June 2027 \(5 days ago\)/,
    );
  });

  it('count in the deadline’s zone, not the reader’s: in Los Angeles on 31 January it is already “today” in Brussels', async () => {
    const page = await partner('2027-01-31T23:30:00Z', { timezoneId: 'America/Los_Angeles' });
    await expect(days(await frame(page, 'next'))).resolves.toMatch(
      /^today \(in 23 hours, 29 minutes\)$/,
    );
    await expect(days(await frame(page, 'gamma-fr'))).resolves.toMatch(
      /^aujourd’hui \(dans 23 heures/,
    );
  });

  it('show the status that holds on the reader’s clock: the scheduled agreement once its day has begun', async () => {
    const before = await frame(await partner('2027-03-17T22:59:00Z'), 'gamma-status');
    await expect(visibleText(before, '.badge--stage')).resolves.toBe('In trilogue');
    const after = await frame(await partner('2027-03-17T23:00:00Z'), 'gamma-status');
    await expect(visibleText(after, '.badge--stage')).resolves.toBe('Provisional agreement');
  });

  it('without JavaScript, the plain widget shows the build’s values and says as of when', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${site.url}/embed/countdown/next/`);
    await expect(page.locator('.slot:visible [data-pt-due]').innerText()).resolves.toBe(
      'in 17 days',
    );
    await expect(page.locator('.slot:visible').count()).resolves.toBe(1);
    await expect(page.locator('p:has([data-pt-now])').innerText()).resolves.toBe(
      'Days left as of 15 January 2027.',
    );
  });

  it('have no serious accessibility violations', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    for (const path of [
      '/embed/countdown/next/',
      '/embed/countdown/gamma-regulation/first-deadline/?lang=fr',
      '/embed/countdown/delta-directive/transposition/?lang=de&theme=dark',
    ]) {
      await page.goto(`${site.url}${path}`);
      const violations = await seriousViolations(page);
      expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
    }
  });
});
