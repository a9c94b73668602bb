/**
 * The one catalogue (src/i18n/) and its translator (src/lib/shared/i18n.ts): French and German
 * are complete and use the same placeholders as English, nothing is left in English without a
 * reason, plurals and variants resolve through Intl, a partial language falls back key by key,
 * and addresses move between languages.
 */
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { CATALOGUES, getT, LANGS, languageName } from '../../src/i18n/index.ts';
import { dueText, zoneLabel } from '../../src/i18n/phrases.ts';
import { langFromPath, pathInLang, stripLang } from '../../src/i18n/routing.ts';
import { createTranslator, interpolate } from '../../src/lib/shared/i18n.ts';

const ENGLISH: Readonly<Record<string, string>> = en;
const COMPLETE = { fr, de } as const;

/**
 * Words that are rightly the same as in English, with the reason. Keep it short: anything not
 * listed here that reads exactly like the English is taken for a word left untranslated.
 */
const SAME_AS_ENGLISH: Readonly<Record<'fr' | 'de', Readonly<Record<string, string>>>> = {
  fr: {
    'instrument.sourcesCount': 'the same word in French',
    'cite.source': 'the same word in French',
    'deadlines.source': 'the same word in French',
    'milestonePage.date': 'the same word in French',
    'data.column.format': 'the same word in French',
    'data.column.type': 'the same word in French',
    'embed.optionsLegend': 'the same word in French',
    'embed.optionNames': 'the same word in French',
    'kind.directive': 'the same word in French (the EU’s own term)',
    'chart.phase.application': 'the same word in French (the EU’s own term)',
    'chart.table.phase': 'the same word in French',
  },
  de: {
    'embed.widget.countdown': 'German uses the English word',
    'countdown.exactFuture': '"in" is the same word in German',
    'chart.table.phase': 'the same word in German',
  },
};
/** Formats and standards have the same names in every language. */
const NAMES = ['data.format.'];
/** Keys whose words may use any of several values the code gives (each language picks what reads best). */
const CHOICE_OF: Readonly<Record<string, readonly string[]>> = { 'zone.label': ['city', 'name'] };

/** `{name}` placeholders of a message. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
/** The key a plural form or precision variant belongs to ("timeline.count_one" → "timeline.count"). */
const baseKey = (key: string): string =>
  key.replace(/_(zero|one|two|few|many|other|day|month|year)$/, '');
/** Text with no words: only placeholders, punctuation and spaces. */
const wordless = (text: string): boolean => !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

describe('the catalogue', () => {
  for (const [lang, messages] of Object.entries(COMPLETE)) {
    const own: Readonly<Record<string, string>> = messages;

    it(`${lang}: has every English key, none empty`, () => {
      const missing = Object.keys(ENGLISH).filter((key) => !own[key]?.trim());
      expect(missing, `keys without ${lang} words`).toEqual([]);
    });

    it(`${lang}: has no key English does not have, other than plural forms and date variants`, () => {
      const extra = Object.keys(own).filter(
        (key) =>
          !(key in ENGLISH) && !(baseKey(key) in ENGLISH || `${baseKey(key)}_other` in ENGLISH),
      );
      expect(extra).toEqual([]);
    });

    it(`${lang}: uses exactly the placeholders of the English message`, () => {
      for (const [key, text] of Object.entries(own)) {
        const choice = CHOICE_OF[key];
        if (choice) {
          expect(choice, `${lang} ${key}`).toEqual(expect.arrayContaining(placeholders(text)));
          continue;
        }
        const source = ENGLISH[key] ?? ENGLISH[baseKey(key)] ?? ENGLISH[`${baseKey(key)}_other`];
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(source ?? ''));
      }
    });

    it(`${lang}: says nothing in English, except the words listed with a reason`, () => {
      const allowed = SAME_AS_ENGLISH[lang as 'fr' | 'de'];
      const same = Object.keys(ENGLISH).filter(
        (key) =>
          own[key] === ENGLISH[key] &&
          !wordless(ENGLISH[key] ?? '') &&
          !NAMES.some((prefix) => key.startsWith(prefix)),
      );
      expect(same.filter((key) => !(key in allowed))).toEqual([]);
      // The list stays true: every word on it is still the same as the English.
      expect(Object.keys(allowed).filter((key) => !same.includes(key))).toEqual([]);
    });
  }

  it('every language of the site has a catalogue and a name of its own, English first', () => {
    expect(LANGS[0]).toBe('en');
    expect(LANGS).toEqual(expect.arrayContaining(['en', 'fr', 'de']));
    expect(['en', 'fr', 'de'].map(languageName)).toEqual(['English', 'Français', 'Deutsch']);
    for (const lang of LANGS) expect(Object.keys(CATALOGUES[lang]).length).toBeGreaterThan(0);
  });

  it('puts a no-break space before French colons, as French typography does', () => {
    for (const [key, text] of Object.entries(fr))
      expect(text, key).not.toMatch(/[^\u00a0 ]:( |$)| [;?!]|« | »/u);
  });

  it('uses the EU’s own terms for the procedure', () => {
    expect(fr['stage.council-mandate']).toBe('Orientation générale du Conseil');
    expect(de['stage.council-mandate']).toBe('Allgemeine Ausrichtung des Rates');
    expect(fr['stage.trilogue']).toBe('En trilogue');
    expect(de['stage.trilogue']).toBe('Im Trilog');
    expect(fr['stage.ep-first-reading']).toBe('Position du Parlement en première lecture');
    expect(de['stage.ep-first-reading']).toBe('Standpunkt des Parlaments in erster Lesung');
    expect(fr['stage.in-force.help']).toContain('entrée en vigueur');
    expect(de['stage.in-force.help']).toContain('Inkrafttretens');
  });
});

describe('the translator', () => {
  it('fills placeholders, and leaves the ones it is not given for a client script', () => {
    expect(getT('en')('instrument.since', { date: '9 December 2025' })).toBe(
      'since 9 December 2025',
    );
    expect(getT('en')('timeline.showing', { shown: 3 })).toBe('Showing 3 of {total} milestones.');
    expect(interpolate('{a} and {a}', { a: 'x' })).toBe('x and x');
  });

  it('chooses plural forms with Intl.PluralRules, in each language’s own rules', () => {
    const en = getT('en');
    expect(en('timeline.count', { count: 1 })).toBe('1 milestone.');
    expect(en('timeline.count', { count: 0 })).toBe('0 milestones.');
    expect(en('timeline.count', { count: 1234 })).toBe('1,234 milestones.');
    const fr = getT('fr');
    // French counts 0 as singular, and has a form for millions.
    expect(fr('timeline.count', { count: 0 })).toBe('0 étape.');
    expect(fr('search.results', { count: 1_000_000 })).toBe('1\u202f000\u202f000 de résultats.');
    expect(fr('search.results', { count: 2 })).toBe('2 résultats.');
    expect(getT('de')('instrument.milestones', { count: 1 })).toBe('1 Meilenstein');
  });

  it('chooses a date’s words by its precision where a language needs to', () => {
    const fr = getT('fr');
    expect(fr('instrument.since', { date: '9 décembre 2025', context: 'day' })).toBe(
      'depuis le 9 décembre 2025',
    );
    expect(fr('instrument.since', { date: 'décembre 2025', context: 'month' })).toBe(
      'depuis décembre 2025',
    );
    expect(getT('en')('instrument.since', { date: 'x', context: 'day' })).toBe('since x');
  });

  it('writes dates in the campaign’s own variant of a language', () => {
    expect(getT('en', 'en-GB').locale).toBe('en-GB');
    expect(getT('en', 'en-US').locale).toBe('en-US');
    expect(getT('fr', 'en-GB').locale).toBe('fr');
    expect(getT('fr', 'fr-BE').locale).toBe('fr-BE');
  });

  it('lets a new language be partial: what it lacks falls back to English, key by key', () => {
    const it4 = createTranslator('it', [
      { locale: 'it', messages: { 'nav.home': 'Home', 'timeline.count_one': '{count} tappa.' } },
      { locale: 'en-GB', messages: en },
    ]);
    expect(it4('timeline.count', { count: 1 })).toBe('1 tappa.');
    // No Italian plural "other": the English one, with the English plural rules.
    expect(it4('timeline.count', { count: 2 })).toBe('2 milestones.');
    expect(it4('nav.search')).toBe('Search');
    expect(it4.has('nav.home')).toBe(true);
    expect(it4.has('nav.search')).toBe(false);
  });

  it('refuses an unknown key, naming it', () => {
    expect(() => createTranslator('en', [{ locale: 'en', messages: en }])('no.such.key')).toThrow(
      /no\.such\.key/,
    );
  });

  it('hands client scripts the raw messages, plural forms included', () => {
    expect(getT('fr').pick(['search.results', 'search.prompt'])).toEqual({
      'search.results_one': '{count} résultat.',
      'search.results_many': '{count} de résultats.',
      'search.results_other': '{count} résultats.',
      'search.prompt': fr['search.prompt'],
    });
  });
});

describe('sentences made from data', () => {
  const brussels = {
    date: '2027-02-01',
    precision: 'day',
    zone: 'Europe/Brussels',
    instant: Date.parse('2027-02-01T22:59:59.999Z'),
  };
  const newYork = {
    date: '2027-06-30',
    precision: 'day',
    time: '17:00',
    zone: 'America/New_York',
    instant: Date.parse('2027-06-30T21:00:00Z'),
  };

  it('say when a deadline falls due, in its zone, in each language', () => {
    expect(dueText(getT('en'), brussels)).toBe('1 February 2027, end of day, Brussels time');
    expect(dueText(getT('en'), newYork)).toBe('30 June 2027, 17:00, New York time');
    expect(dueText(getT('fr'), brussels)).toBe(
      '1 février 2027, en fin de journée, heure normale d’Europe centrale',
    );
    expect(dueText(getT('de'), newYork)).toBe(
      '30. Juni 2027, 17:00 Uhr, Nordamerikanische Ostküsten-Sommerzeit',
    );
    expect(dueText(getT('de'), { ...brussels, date: '2027-02', precision: 'month' })).toBe(
      'Februar 2027',
    );
  });

  it('name a zone as the language does', () => {
    expect(zoneLabel(getT('en'), 'Europe/Brussels', brussels.instant)).toBe('Brussels time');
    expect(zoneLabel(getT('de'), 'Europe/Brussels', brussels.instant)).toBe(
      'Mitteleuropäische Normalzeit',
    );
  });
});

describe('addresses in every language', () => {
  it('keep English at the root and the others under their prefix', () => {
    expect(pathInLang('/timeline/', 'fr')).toBe('/fr/timeline/');
    expect(pathInLang('/fr/timeline/', 'de')).toBe('/de/timeline/');
    expect(pathInLang('/de/timeline/', 'en')).toBe('/timeline/');
    expect(pathInLang('/', 'de')).toBe('/de/');
    expect(pathInLang('/fr/', 'en')).toBe('/');
    expect(pathInLang('/instruments/dsa/#signed', 'fr')).toBe('/fr/instruments/dsa/#signed');
    expect(pathInLang('/search/?q=dsa', 'de')).toBe('/de/search/?q=dsa');
  });

  it('leave files, widgets and other sites as they are', () => {
    for (const path of [
      '/data/milestones.json',
      '/embed/status/dsa/',
      '/embed.js',
      'https://eur-lex.europa.eu/',
      '//cdn.example.org/x/',
      'mailto:x@example.org',
    ])
      expect(pathInLang(path, 'fr')).toBe(path);
    expect(pathInLang('/embed/', 'fr')).toBe('/fr/embed/');
  });

  it('read the language from an address', () => {
    expect(langFromPath('/fr/timeline/')).toBe('fr');
    expect(langFromPath('/de/')).toBe('de');
    expect(langFromPath('/timeline/')).toBe('en');
    expect(langFromPath('/en/timeline/')).toBe('en');
    expect(langFromPath('/french/')).toBe('en');
    expect(stripLang('/de/instruments/dsa/')).toBe('/instruments/dsa/');
    expect(stripLang('/fr/')).toBe('/');
  });
});
