/**
 * The paths of routes whose one segment is an instrument id or a period (/timeline/<year>/,
 * /changes/<month>/): every one in every language, and a clear stop where an id is also a period.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Instrument } from '../../src/data/content.ts';

// src/data/content.ts imports astro:content, which exists only inside an Astro build.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]), render: vi.fn() }));
const { instrumentOrPeriodPaths } = await import('../../src/data/paths.ts');

const instrument = (id: string): Instrument => ({ id }) as Instrument;

describe('instrumentOrPeriodPaths', () => {
  it('gives each instrument and each period in every language', () => {
    const dsa = instrument('dsa');
    const paths = instrumentOrPeriodPaths(
      [dsa],
      [{ slug: '2026-11', props: { month: '2026-11' } }],
      '/changes/',
      'month',
    );
    expect(paths.map((p) => [p.params.lang, p.params.slug])).toEqual([
      [undefined, 'dsa'],
      [undefined, '2026-11'],
      ['fr', 'dsa'],
      ['fr', '2026-11'],
      ['de', 'dsa'],
      ['de', '2026-11'],
    ]);
    expect(paths[0]?.props).toEqual({ instrument: dsa });
    expect(paths[1]?.props).toEqual({ month: '2026-11' });
  });

  it('stops at an instrument id that is also a period, naming its file', () => {
    expect(() =>
      instrumentOrPeriodPaths(
        [instrument('dsa'), instrument('2024')],
        [{ slug: '2024', props: {} }],
        '/timeline/',
        'year',
      ),
    ).toThrow(
      'content/instruments/2024.mdx: the id "2024" is also a year, and /timeline/2024/ is that year\'s page. Rename the file (e.g. "regulation-2024.mdx").',
    );
  });
});
