/**
 * The widgets' public contract as pure logic: options and their allow-lists, addresses, the
 * height clamp, dates, and the snippets partners paste.
 */
import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import {
  clampHeight,
  isWidgetId,
  LIMIT_DEFAULT,
  optionsQuery,
  parseCompact,
  parseLimit,
  readOptions,
  scopeTitle,
  WIDGET_LANGS,
  WIDGET_THEMES,
  widgetLangOf,
  type WidgetOptions,
} from '../../src/lib/embed.ts';
import {
  NOT_FOUND_PATH,
  chartPathIn,
  widgetLangOfPath,
  widgetPath,
} from '../../src/lib/embed-paths.ts';
import { widgetKind } from '../../scripts/quality/site-output.ts';
import { iframeSnippet, loaderSnippet, type SnippetInput } from '../../src/lib/embed-snippets.ts';
import {
  escapeHtml,
  escapeXml,
  formatPartialDate,
  precisionOfShape,
} from '../../src/lib/shared/format.ts';
import { localeFor } from '../../src/lib/shared/locale.ts';
import { ID_RE } from '../../src/lib/schema.ts';

const DEFAULTS: WidgetOptions = { theme: 'auto', lang: 'en', limit: LIMIT_DEFAULT, compact: false };
const fromQuery = (query: string): WidgetOptions => {
  const params = new URLSearchParams(query);
  return readOptions((name) => params.get(name), DEFAULTS);
};

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "' onmouseover='alert(1)",
  '../../about/',
  '%2e%2e%2f',
  'dsa/../../x',
  'DSA',
  ' dsa',
  '__proto__',
  'x'.repeat(10_000),
  '',
];

describe('widget options', () => {
  it('take the listed values', () => {
    expect(fromQuery('?theme=dark&lang=fr&limit=12&compact=1')).toEqual({
      theme: 'dark',
      lang: 'fr',
      limit: 12,
      compact: true,
    });
    expect(fromQuery('?theme=light&lang=de&limit=20&compact=0')).toEqual({
      theme: 'light',
      lang: 'de',
      limit: 20,
      compact: false,
    });
    expect(fromQuery('?compact')).toMatchObject({ compact: true });
    expect(fromQuery('')).toEqual(DEFAULTS);
  });

  it('fall back to the default for anything else', () => {
    for (const bad of HOSTILE) {
      const q = new URLSearchParams({
        theme: bad,
        lang: bad,
        limit: bad,
        compact: bad === '' ? 'no' : bad,
      }).toString();
      expect(fromQuery(q), bad.slice(0, 40)).toEqual(DEFAULTS);
    }
    expect(fromQuery('?lang=FR&theme=Dark&compact=yes')).toEqual(DEFAULTS);
  });

  it('never produce a value outside their allow-lists, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string(),
        fc.string(),
        fc.string(),
        (theme, lang, limit, compact) => {
          const o = readOptions((n) => ({ theme, lang, limit, compact })[n], DEFAULTS);
          expect(WIDGET_THEMES).toContain(o.theme);
          expect(WIDGET_LANGS).toContain(o.lang);
          expect(Number.isInteger(o.limit) && o.limit >= 1 && o.limit <= 20).toBe(true);
          expect(typeof o.compact).toBe('boolean');
        },
      ),
    );
  });

  it('read limit as a plain whole number from 1 to 20', () => {
    expect(['1', '5', '19', '20'].map(parseLimit)).toEqual([1, 5, 19, 20]);
    for (const bad of [
      '0',
      '21',
      '05',
      '5.0',
      '1e1',
      '-1',
      ' 5',
      '5 ',
      '0x5',
      '99999999999999999999',
      'Infinity',
      'NaN',
      '',
    ])
      expect(parseLimit(bad), bad).toBeUndefined();
    expect(parseLimit(null)).toBeUndefined();
  });

  it('read compact from 1/true/empty and 0/false only', () => {
    expect(['', '1', 'true', '0', 'false', 'yes', 'TRUE'].map(parseCompact)).toEqual([
      true,
      true,
      true,
      false,
      false,
      undefined,
      undefined,
    ]);
  });

  it('write only what differs from the defaults, in a fixed order, and limit only for timelines', () => {
    expect(optionsQuery(DEFAULTS, DEFAULTS)).toBe('');
    const o: WidgetOptions = { theme: 'dark', lang: 'de', limit: 9, compact: true };
    expect(optionsQuery(o, DEFAULTS, 'timeline')).toBe('?theme=dark&lang=de&limit=9&compact=1');
    expect(optionsQuery(o, DEFAULTS, 'status')).toBe('?theme=dark&lang=de&compact=1');
  });

  it('pick the widget language and the locale for dates', () => {
    expect(widgetLangOf('en-GB')).toBe('en');
    expect(widgetLangOf('fr-BE')).toBe('fr');
    expect(widgetLangOf('nl-BE')).toBeUndefined();
    expect(localeFor('en', 'en-GB')).toBe('en-GB');
    expect(localeFor('fr', 'en-GB')).toBe('fr');
    expect(localeFor('fr', 'fr-BE')).toBe('fr-BE');
  });
});

describe('widget addresses', () => {
  it('are the documented ones', () => {
    expect(widgetPath({ kind: 'countdown' })).toBe('/embed/countdown/next/');
    expect(
      widgetPath({ kind: 'countdown', instrument: 'dsa', milestone: 'general-application' }),
    ).toBe('/embed/countdown/dsa/general-application/');
    expect(widgetPath({ kind: 'status', instrument: 'csa-regulation' })).toBe(
      '/embed/status/csa-regulation/',
    );
    expect(widgetPath({ kind: 'timeline' })).toBe('/embed/timeline/');
    expect(widgetPath({ kind: 'timeline', instrument: 'dsa' })).toBe('/embed/timeline/dsa/');
    expect(widgetPath({ kind: 'timeline', tag: 'platforms' })).toBe(
      '/embed/timeline/tag/platforms/',
    );
    expect(widgetPath({ kind: 'chart' })).toBe('/embed/chart/');
    expect(widgetPath({ kind: 'chart', instrument: 'dsa' })).toBe('/embed/chart/dsa/');
    expect(widgetPath({ kind: 'chart', tag: 'platforms' })).toBe('/embed/chart/tag/platforms/');
  });

  it('of the lifespan chart in a language: a page of its own for each but the default', () => {
    expect(chartPathIn('/embed/chart/', 'fr', 'en')).toBe('/embed/fr/chart/');
    expect(chartPathIn('/embed/chart/tag/platforms/', 'de', 'en')).toBe(
      '/embed/de/chart/tag/platforms/',
    );
    expect(chartPathIn('/embed/fr/chart/dsa/', 'en', 'en')).toBe('/embed/chart/dsa/');
    expect(chartPathIn('/embed/fr/chart/dsa/', 'de', 'en')).toBe('/embed/de/chart/dsa/');
    // A French campaign: French at /embed/chart/, English on a page of its own.
    expect(chartPathIn('/embed/chart/', 'en', 'fr')).toBe('/embed/en/chart/');
    expect(widgetLangOfPath('/embed/fr/chart/dsa/')).toBe('fr');
    expect(widgetLangOfPath('/embed/chart/dsa/')).toBeUndefined();
    expect(widgetLangOfPath('/embed/it/chart/')).toBeUndefined();
    expect(widgetKind('/embed/fr/chart/dsa/')).toBe('chart');
    expect(widgetKind('/embed/chart/')).toBe('chart');
    expect(widgetKind('/embed/timeline/tag/x/')).toBe('timeline');
  });

  it('send an unknown kind, a missing or extra value, or an ambiguous choice to the "not found" widget', () => {
    expect(widgetPath({ kind: 'map' })).toBe(NOT_FOUND_PATH);
    expect(widgetPath({ kind: null })).toBe(NOT_FOUND_PATH);
    expect(widgetPath({ kind: 'status' })).toBe(NOT_FOUND_PATH);
    expect(widgetPath({ kind: 'status', instrument: 'dsa', tag: 'platforms' })).toBe(
      NOT_FOUND_PATH,
    );
    expect(widgetPath({ kind: 'countdown', instrument: 'dsa' })).toBe(NOT_FOUND_PATH);
    expect(widgetPath({ kind: 'countdown', milestone: 'proposal' })).toBe(NOT_FOUND_PATH);
    expect(widgetPath({ kind: 'timeline', instrument: 'dsa', tag: 'platforms' })).toBe(
      NOT_FOUND_PATH,
    );
    expect(widgetPath({ kind: 'timeline', milestone: 'proposal' })).toBe(NOT_FOUND_PATH);
    expect(widgetPath({ kind: 'chart', instrument: 'dsa', milestone: 'x' })).toBe(NOT_FOUND_PATH);
  });

  it('give a well-formed id the site may not publish its own address (the host answers it with the "not found" widget)', () => {
    expect(widgetPath({ kind: 'status', instrument: 'constructor' })).toBe(
      '/embed/status/constructor/',
    );
    expect(widgetPath({ kind: 'countdown', instrument: 'dsa', milestone: 'proposal' })).toBe(
      '/embed/countdown/dsa/proposal/',
    );
    expect(widgetPath({ kind: 'timeline', tag: 'nope' })).toBe('/embed/timeline/tag/nope/');
  });

  it('never carry a hostile value into a path', () => {
    for (const bad of HOSTILE.filter(Boolean)) {
      expect(widgetPath({ kind: 'status', instrument: bad })).toBe(NOT_FOUND_PATH);
      expect(widgetPath({ kind: 'timeline', tag: bad })).toBe(NOT_FOUND_PATH);
      expect(widgetPath({ kind: 'chart', instrument: bad })).toBe(NOT_FOUND_PATH);
      expect(widgetPath({ kind: 'countdown', instrument: 'dsa', milestone: bad })).toBe(
        NOT_FOUND_PATH,
      );
      expect(widgetPath({ kind: bad })).toBe(NOT_FOUND_PATH);
    }
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.constantFrom('countdown', 'status', 'timeline', 'chart'),
        (instrument, milestone, tag, kind) => {
          const path = widgetPath({ kind, instrument, milestone, tag });
          expect(path).toMatch(/^\/embed\/(?:[a-z0-9-]+\/)+$/);
        },
      ),
    );
  });

  it('accept ids exactly as the content schema does', () => {
    expect(isWidgetId('csa-regulation')).toBe(true);
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => isWidgetId(s) === ID_RE.test(s)));
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        (s) => isWidgetId(s) === s.length <= 100,
      ),
    );
  });
});

describe('heights a widget reports', () => {
  it('are clamped, and ignored when not a number', () => {
    expect(clampHeight(321.2)).toBe(322);
    expect(clampHeight(5)).toBe(60);
    expect(clampHeight(1e9)).toBe(2400);
    for (const bad of [
      Number.NaN,
      Infinity,
      -Infinity,
      '300',
      null,
      undefined,
      { valueOf: () => 300 },
    ])
      expect(clampHeight(bad)).toBeUndefined();
  });
});

describe('widget dates', () => {
  it('are formatted by the site’s one date formatter, in every widget language', () => {
    expect(formatPartialDate('2026-04-03', 'fr')).toBe('3 avril 2026');
    expect(formatPartialDate('2026-04-03', 'de')).toBe('3. April 2026');
    expect(formatPartialDate('2026-04', 'de', { style: 'short' })).toBe('Apr. 2026');
    expect(formatPartialDate('not a date', 'de')).toBe('not a date');
  });

  it('know a date’s precision from its shape', () => {
    expect(['2021', '2021-07', '2021-07-30', '30/07/2021'].map(precisionOfShape)).toEqual([
      'year',
      'month',
      'day',
      undefined,
    ]);
  });
});

describe('snippets', () => {
  const input: SnippetInput = {
    siteUrl: 'https://beacon.example.org',
    target: { kind: 'status', instrument: 'csa-regulation' },
    options: { ...DEFAULTS, lang: 'fr', compact: true },
    defaults: DEFAULTS,
    title: 'Project Beacon : où en est le dossier – CSA "Regulation" <b>',
    link: '/instruments/csa-regulation/',
    height: 412.4,
  };

  it('escape text for HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    // For XML (the feeds), the apostrophe as one of XML's own entities.
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('are valid HTML that says what it shows', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'no-inline-style': 'off', 'attribute-boolean-style': 'off', 'void-style': 'off' },
    });
    for (const snippet of [loaderSnippet(input), iframeSnippet(input)]) {
      const report = await validator.validateString(snippet);
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
        snippet,
      ).toEqual([]);
    }
  });

  it('carry the widget, its non-default options and a fallback link (loader form)', () => {
    const snippet = loaderSnippet(input);
    expect(snippet).toBe(
      '<div data-policy-timeline="status" data-instrument="csa-regulation" data-lang="fr" data-compact="1"><a href="https://beacon.example.org/instruments/csa-regulation/">Project Beacon : où en est le dossier – CSA &quot;Regulation&quot; &lt;b&gt;</a></div>\n' +
        '<script src="https://beacon.example.org/embed.js" async></script>',
    );
  });

  it('point a sandboxed, lazy, titled iframe at the widget, with a link after it (plain form)', () => {
    const snippet = iframeSnippet(input);
    expect(snippet).toContain(
      'src="https://beacon.example.org/embed/status/csa-regulation/?lang=fr&amp;compact=1"',
    );
    expect(snippet).toContain('height="412"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"',
    );
    expect(snippet).toMatch(
      /<\/iframe>\n<p><a href="https:\/\/beacon\.example\.org\/instruments\/csa-regulation\/">/,
    );
  });
});

describe('scopeTitle', () => {
  const words = {
    all: () => 'Timeline',
    instrument: (name: string) => `Timeline: ${name}`,
    tag: (name: string) => `Tagged “${name}”`,
  };
  it.each([
    [{ kind: 'all' } as const, 'Timeline'],
    [{ kind: 'instrument', name: 'DSA' } as const, 'Timeline: DSA'],
    [{ kind: 'tag', name: 'detection' } as const, 'Tagged “detection”'],
  ])('titles %o from the words for its kind, given its name', (scope, title) => {
    expect(scopeTitle(scope, words)).toBe(title);
  });
});
