/**
 * The feed's choice and order of items, with hand-made milestones.
 */
import { describe, expect, it } from 'vitest';
import { getT } from '../../src/i18n/index.ts';
import { feedText } from '../../src/i18n/phrases.ts';
import { alphaMilestone } from './helpers.ts';
import { feedItems, type FeedMilestone, type FeedText } from '../../src/lib/feed.ts';

const text: FeedText = feedText(getT('en'));
const ms = (id: string, iso: string, extra: Partial<FeedMilestone> = {}): FeedMilestone => ({
  ...alphaMilestone(id, 'Alpha'),
  key: `alpha#${id}`,
  date: iso.slice(0, 10),
  instant: Date.parse(iso),
  ...extra,
});
const options = { siteUrl: 'https://campaign.example.org', locale: 'en-GB', text };
const now = new Date('2026-06-01T00:00:00Z');

describe('feedItems', () => {
  const milestones = [
    ms('old', '2020-01-01T00:00:00Z'),
    ms('corrected', '2024-05-01T00:00:00Z', {
      correction: {
        claim: 'It was 13 July',
        correct: 'It was **3 August**',
        source: { title: 'Article', publisher: 'Campaign', kind: 'campaign' },
      },
    }),
    ms('report', '2026-05-01T00:00:00Z', { confidence: 'unverified' }),
    ms('future', '2026-07-01T00:00:00Z'),
  ];
  const items = feedItems(milestones, now, options);

  it('lists what has happened, newest first, and nothing scheduled', () => {
    expect(items.map((i) => i.title)).toEqual([
      'Unconfirmed report – Alpha: Title of report',
      'Alpha: Title of corrected',
      'Correction – Alpha: Title of corrected',
      'Alpha: Title of old',
    ]);
  });

  it('gives milestones their permalink as guid, and corrections a guid of their own', () => {
    expect(items.map((i) => [i.guid, i.isPermaLink])).toEqual([
      ['https://campaign.example.org/instruments/alpha/#report', true],
      ['https://campaign.example.org/instruments/alpha/#corrected', true],
      ['alpha.corrected.correction@campaign.example.org', false],
      ['https://campaign.example.org/instruments/alpha/#old', true],
    ]);
    expect(items[2]?.link).toBe('https://campaign.example.org/instruments/alpha/#corrected');
  });

  it('writes the correction: who said what, and what is right', () => {
    expect(items[2]?.description).toContain('<blockquote>It was 13 July</blockquote>');
    expect(items[2]?.description).toContain(
      '<strong>What is right:</strong> It was <strong>3 August</strong>',
    );
  });

  it('never files a report under the stage it would mean, but keeps it in the item', () => {
    const [report, confirmed] = feedItems(
      [
        ms('reported-adoption', '2026-05-02T00:00:00Z', {
          confidence: 'unverified',
          stage: 'adopted',
        }),
        ms('adopted', '2026-05-01T00:00:00Z', { stage: 'adopted' }),
      ],
      now,
      options,
    );
    expect(report?.title).toMatch(/^Unconfirmed report/);
    expect(report?.categories).toEqual(['Alpha']);
    expect(confirmed?.categories).toEqual(['Alpha', getT('en')('stage.adopted')]);
  });

  it('escapes text from the content in its HTML', () => {
    const [item] = feedItems(
      [ms('x', '2026-01-01T00:00:00Z', { note: '<script>alert(1)</script> & more' })],
      now,
      options,
    );
    expect(item?.description).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(item?.description).not.toContain('<script>');
  });

  it('keeps only the latest items', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      ms(`m${i}`, new Date(Date.UTC(2025, 0, 1 + i)).toISOString()),
    );
    const latest = feedItems(many, now, { ...options, limit: 10 });
    expect(latest.map((i) => i.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Alpha: Title of m${29 - i}`),
    );
  });
});
