/**
 * Countdown and status widgets with the reader's clock emulated after the build. The fixture
 * campaign (tests/fixtures/countdown) is built for a pinned "now", 15 January 2027 at 12:00 UTC,
 * and its widgets are embedded through /embed.js on a page of another origin, in English,
 * French and German. At the build: next confirmed deadline Gamma's report on 1 February 2027
 * (end of day, Brussels), then Delta's transposition on 30 June 2027 at 17:00 New York time;
 * an unconfirmed report for 10 February 2027 that must never count; Gamma in trilogue with an
 * agreement scheduled for 18 March 2027. Expected days are counted by hand on the calendar.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serve } from '../../scripts/quality/static-server.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { describe, expect, test } from './fixtures.ts';
import { readPage, shownOnly, shownText } from './parsed.ts';
import { builtSite } from './sites.ts';

const BUILT_AT = '2027-01-15T12:00:00Z';

const hostPage = (siteUrl: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><main><h1>Partner</h1>
<div id="next" data-policy-timeline="countdown"><a href="${siteUrl}/deadlines/">Countdown Fixture: next deadline</a></div>
<div id="gamma-fr" data-policy-timeline="countdown" data-instrument="gamma-regulation" data-milestone="report-deadline" data-lang="fr"><a href="${siteUrl}/">Countdown Fixture : compte à rebours</a></div>
<div id="delta-de" data-policy-timeline="countdown" data-instrument="delta-directive" data-milestone="transposition" data-lang="de"><a href="${siteUrl}/">Countdown Fixture: Countdown zur Frist</a></div>
<div id="gamma-status" data-policy-timeline="status" data-instrument="gamma-regulation"><a href="${siteUrl}/">Countdown Fixture: where it stands</a></div>
<div id="reported" data-policy-timeline="countdown" data-instrument="delta-directive" data-milestone="reported-review"><a href="${siteUrl}/">An unconfirmed report</a></div>
<script src="${siteUrl}/embed.js" async></script>
</main></body></html>`;

/** The partner's server (a second origin), and the countdown site's address. */
const it = test
  .extend('partnerPage', { scope: 'file' }, async ({ site }, { onCleanup }) => {
    const { url } = await site('countdown');
    const host = await serve({
      dir: mkdtempSync(join(tmpdir(), 'pt-partner-')),
      pages: { '/partner.html': hostPage(url) },
    });
    onCleanup(() => host.close());
    return { siteUrl: url, url: `${host.url}/partner.html` };
  })
  /** `partner(at, options)`: the partner page with the reader's clock fixed at `at` (every frame shares it) and a time zone. */
  .extend(
    'partner',
    ({ partnerPage, newPage }) =>
      async (at: string | undefined, options: { timezoneId?: string } = {}): Promise<Page> => {
        const page = await newPage({
          timezoneId: options.timezoneId ?? 'Europe/Brussels',
          viewport: { width: 800, height: 2400 },
          ...(at ? { at } : {}),
        });
        await page.goto(partnerPage.url);
        return page;
      },
  );

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
/**
 * What the widget's script writes (the days for the reader's clock, the next deadline) is read
 * until it says so: on a loaded machine the frame's heading can show before the script has run,
 * and a single read then saw the build's words.
 */
const POLL = { timeout: 10_000 };

describe('countdown widgets on a partner page, with the reader’s clock after the build', () => {
  it('on the build day, agree with the build', async ({ partner }) => {
    const page = await partner(BUILT_AT);
    const next = await frame(page, 'next');
    await expect
      .poll(async () => visibleText(next, '.slot a'), POLL)
      .toBe("Gamma Regulation: Extended deadline for the Commission's impact report");
    await expect.poll(async () => days(next), POLL).toBe('in 17 days');
  });

  it('ten days later, count ten fewer days, in each widget’s language, in the deadline’s zone', async ({
    partner,
  }) => {
    const page = await partner('2027-01-25T09:00:00Z');
    await expect.poll(async () => days(await frame(page, 'next')), POLL).toBe('in 7 days');
    const fr = await frame(page, 'gamma-fr');
    await expect.poll(async () => days(fr), POLL).toBe('dans 7 jours');
    await expect
      .poll(async () => visibleText(fr, 'p:has(> time[datetime^="2027-02-01"])'), POLL)
      .toBe('Échéance : 1 février 2027, en fin de journée, heure normale d’Europe centrale');
    await expect(fr.locator('h1').innerText()).resolves.toBe(
      "Gamma Regulation: Extended deadline for the Commission's impact report",
    );
    // 30 June 2027 at 17:00 in New York, counted in New York's calendar days.
    const de = await frame(page, 'delta-de');
    await expect.poll(async () => days(de), POLL).toBe('in 156 Tagen');
    await expect
      .poll(async () => visibleText(de, 'p:has(> time[datetime^="2027-06-30"])'), POLL)
      .toBe('Fällig: 30. Juni 2027, 17:00 Uhr, Nordamerikanische Ostküsten-Sommerzeit');
    await expect.poll(async () => visibleText(de, '[data-pt-now]'), POLL).toBe('25. Januar 2027');
  });

  it('move on to the next confirmed deadline once one falls due, never to an unconfirmed report', async ({
    partnerPage,
    partner,
  }) => {
    const page = await partner('2027-02-05T12:00:00Z');
    const next = await frame(page, 'next');
    await expect
      .poll(async () => visibleText(next, '.slot a'), POLL)
      .toBe('Delta Directive: Transposition deadline');
    await expect.poll(async () => days(next), POLL).toBe('in 145 days');
    // The passed deadline says so, in French.
    const fr = await frame(page, 'gamma-fr');
    await expect.poll(async () => days(fr), POLL).toBe('il y a 4 jours');
    await expect
      .poll(async () => visibleText(fr, 'p:has(> time[datetime^="2027-02-01"])'), POLL)
      .toMatch(/^Échue le : 1 février 2027/);
    // A countdown to an unconfirmed report is not offered at all.
    // (The loader cannot tell a report from a deadline: the address was not built, and the
    // host answers with the "not found" widget.)
    expect(await page.locator('#reported iframe').getAttribute('src')).toBe(
      `${partnerPage.siteUrl}/embed/countdown/delta-directive/reported-review/`,
    );
    await expect((await frame(page, 'reported')).locator('h1').innerText()).resolves.toBe(
      'Widget not found',
    );
  });

  it('say when no confirmed deadline is left, with the latest one', async ({ partner }) => {
    const page = await partner('2027-07-05T12:00:00Z');
    const next = await frame(page, 'next');
    await expect
      .poll(async () => visibleText(next, '.slot'), POLL)
      .toMatch(
        /^No confirmed deadline is coming up\. The latest one was: Delta Directive: Transposition deadline, 30 June 2027 \(5 days ago\)/,
      );
  });

  it('count in the deadline’s zone, not the reader’s: in Los Angeles on 31 January it is already “today” in Brussels', async ({
    partner,
  }) => {
    const page = await partner('2027-01-31T23:30:00Z', { timezoneId: 'America/Los_Angeles' });
    await expect
      .poll(async () => days(await frame(page, 'next')), POLL)
      .toMatch(/^today \(in 23 hours, 29 minutes\)$/);
    await expect
      .poll(async () => days(await frame(page, 'gamma-fr')), POLL)
      .toMatch(/^aujourd’hui \(dans 23 heures/);
  });

  it('show the status that holds on the reader’s clock: the scheduled agreement once its day has begun', async ({
    partner,
  }) => {
    const before = await frame(await partner('2027-03-17T22:59:00Z'), 'gamma-status');
    await expect.poll(async () => visibleText(before, '.badge--stage'), POLL).toBe('In trilogue');
    const after = await frame(await partner('2027-03-17T23:00:00Z'), 'gamma-status');
    await expect
      .poll(async () => visibleText(after, '.badge--stage'), POLL)
      .toBe('Provisional agreement');
  });

  it('without JavaScript, the plain widget shows the build’s values and says as of when', () => {
    const $ = readPage(builtSite('countdown').dist, '/embed/countdown/next/');
    const slot = shownOnly($, '.slot');
    expect(slot.length).toBe(1);
    expect(shownText($, slot.find('[data-pt-due]'))).toBe('in 17 days');
    expect(shownText($, $('p:has([data-pt-now])'))).toBe('Days left as of 15 January 2027.');
  });

  it('have no serious accessibility violations, on the build day and in French and German', async ({
    partnerPage,
    page,
  }) => {
    for (const path of [
      '/embed/countdown/next/',
      '/embed/countdown/gamma-regulation/first-deadline/?lang=fr',
      '/embed/countdown/delta-directive/transposition/?lang=de&theme=dark',
    ]) {
      await page.goto(`${partnerPage.siteUrl}${path}`);
      const violations = await seriousViolations(page);
      expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
    }
  });
});
