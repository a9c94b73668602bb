/**
 * axe-core in a page. It is evaluated in the page through the DevTools protocol, which the page's
 * Content Security Policy does not govern, so pages are checked under their real CSP (no
 * `bypassCSP`), and a CSP violation stays visible to the sweep.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Runs axe-core with the rules of these tags and returns every violation, whatever its impact. */
export async function axeViolations(
  page: Page | Frame,
  tags: readonly string[],
): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    // Only violations are read: axe then skips building selectors for every passing node.
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, tags);
}

/** Only the serious and critical ones. */
export const serious = (violations: readonly AxeViolation[]): AxeViolation[] =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA, plus best practices) and returns serious and critical violations. */
export async function seriousViolations(page: Page | Frame): Promise<AxeViolation[]> {
  return serious(await axeViolations(page, [...WCAG_AA, 'best-practice']));
}

/** Describes violations for a failure message. */
export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    )
    .join('\n');
