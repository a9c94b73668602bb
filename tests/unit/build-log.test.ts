/**
 * Page generation by route (scripts/quality/build-log.ts), as the benchmark reports it: Astro's
 * log lines read, and the pages of every language grouped by the route that made them.
 */
import { describe, expect, it } from 'vitest';
import { pageTimes, timeByRoute } from '../../scripts/quality/build-log.ts';

const LOG = `14:15:49 ▶ src/pages/[...lang]/instruments/[id]/[milestone].astro
14:15:49   ├─ /instruments/dsa/m001/index.html (+3ms)
14:15:49   ├─ /fr/instruments/dsa/m001/index.html (+2ms)
14:15:49   └─ /de/instruments/dsa/m002/index.html (+1.50s)
14:15:49   ├─ /fr/feed.xml (+40ms) 
\x1b[2m14:15:49\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/index.html\x1b[22m \x1b[2m(+100ms)\x1b[22m
14:15:50 [build] 5 page(s) built in 2s
`;

const PATTERNS = [
  ['[...lang]', 'instruments', '[id]', '[milestone]'],
  ['[...lang]', 'feed.xml'],
  ['[...lang]'],
];

describe('page times from the build log', () => {
  it('reads each page and endpoint with its time, in ms, coloured or not, and nothing else', () => {
    expect(pageTimes(LOG)).toEqual([
      { route: '/instruments/dsa/m001/', ms: 3 },
      { route: '/fr/instruments/dsa/m001/', ms: 2 },
      { route: '/de/instruments/dsa/m002/', ms: 1500 },
      { route: '/fr/feed.xml', ms: 40 },
      { route: '/', ms: 100 },
    ]);
  });

  it('groups every language under the route that made it, the most time first', () => {
    expect(timeByRoute(pageTimes(LOG), PATTERNS, ['en', 'fr', 'de'])).toEqual([
      { pattern: '/instruments/[id]/[milestone]/', pages: 3, ms: 1505 },
      { pattern: '/', pages: 1, ms: 100 },
      { pattern: '/feed.xml', pages: 1, ms: 40 },
    ]);
  });
});
