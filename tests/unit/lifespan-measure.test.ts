/**
 * The benchmark's hook for the lifespan chart: `measureChart(contentDir)` reads a content
 * folder as the build does and reports what the chart weighs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHART_BUDGET,
  formatChartMeasures,
  measureChart,
} from '../../scripts/quality/lifespan-measure.ts';
import {
  SYNTHETIC_NOW,
  generateCampaign,
  writeCampaign,
} from '../../scripts/quality/synthetic-content.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'pt-chart-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('measureChart', () => {
  it('measures Project Beacon’s chart, within its budget', () => {
    const m = measureChart(join(ROOT, 'content'), { now: new Date('2026-12-01T12:00:00Z') });
    expect(m.instruments).toBeGreaterThanOrEqual(9);
    expect(m.gaps).toBeGreaterThanOrEqual(1);
    expect(m.pages.count).toBe(1);
    // The page ships the wide and the phone render: both count.
    expect(m.shown.gzip).toBeGreaterThan(m.overview.wide.gzip);
    expect(m.shown.gzip).toBeLessThan(m.overview.wide.gzip + m.overview.phone.gzip + 200);
    expect(m.overview.wide.gzip).toBeGreaterThan(1000);
    expect(m.overview.wide.gzip).toBeLessThan(m.overview.wide.raw);
    expect(m.overview.download.gzip).toBeGreaterThan(m.overview.wide.gzip);
    expect(m.withinBudget).toBe(true);
    expect(m.shown.gzip).toBeLessThanOrEqual(CHART_BUDGET);
  });

  it('measures a synthetic campaign the benchmark writes, and formats a table', () => {
    const dir = join(temp, 'content');
    writeCampaign(dir, generateCampaign(50));
    const m = measureChart(dir, { now: new Date(SYNTHETIC_NOW) });
    expect(m.instruments).toBe(5);
    expect(m.milestones).toBe(50);
    const table = formatChartMeasures([{ label: 'synthetic, 50 milestones', measure: m }]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| synthetic, 50 milestones | 5 |');
  });

  it('stops on content with problems, naming them', () => {
    const dir = join(temp, 'broken');
    writeCampaign(dir, generateCampaign(20));
    writeCampaign(join(temp, 'broken'), {
      files: [{ path: 'instruments/bad.mdx', text: '---\ntitle: x\n---\n' }],
      instruments: 1,
      milestones: 0,
      instrumentIds: ['bad'],
    });
    expect(() => measureChart(dir)).toThrow(/bad\.mdx/);
  });
});
