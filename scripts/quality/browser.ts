/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), for the browser tests
 * and the benchmark. CHROMIUM_PATH points elsewhere.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Launches headless Chromium. Closing it is capped at 15 s: a stuck close must not hold a run for minutes. */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const close = browser.close.bind(browser);
  browser.close = (options) =>
    Promise.race([
      close(options),
      new Promise<void>((resolve) => setTimeout(resolve, 15_000).unref()),
    ]);
  return browser;
}
