/**
 * The widgets' dictionaries: every language has every phrase, phrases use the values they are
 * given, and the English words are the site's own.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import {
  common,
  countdown,
  frameTitles,
  notFound,
  status,
  timeline,
} from '../../src/i18n/widgets.ts';
import { WIDGET_LANGS } from '../../src/lib/embed.ts';
import { STAGES, INSTRUMENT_KINDS } from '../../src/lib/schema.ts';

const sections = { common, countdown, frameTitles, notFound, status, timeline };
/** Phrases whose first value is a date and second its precision, which only some languages use. */
const DATE_PHRASES = new Set(['since', 'checkedUpTo', 'dueAt']);

/** Every leaf of a dictionary as "a.b.c" → value. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  } else out.set(prefix, value);
  return out;
}

describe('widget words', () => {
  for (const [name, section] of Object.entries(sections)) {
    it(`${name}: every language has the same phrases, none empty`, () => {
      const keys = [...leaves(section.en).keys()].sort();
      expect(keys.length).toBeGreaterThan(0);
      for (const lang of WIDGET_LANGS) {
        const words = leaves(section[lang]);
        expect([...words.keys()].sort(), lang).toEqual(keys);
        for (const [key, value] of words) {
          if (typeof value === 'string') {
            expect(value.trim(), `${lang} ${name}.${key}`).not.toBe('');
          } else {
            expect(typeof value, `${lang} ${name}.${key}`).toBe('function');
            const fn = value as (...a: string[]) => string;
            // Every value given reaches the words: a date (then its precision), or plain values.
            const text = fn('«A»', 'day');
            expect(text, `${lang} ${name}.${key}`).toContain('«A»');
            if (fn.length >= 2 && !DATE_PHRASES.has(key)) expect(fn('«A»', '«B»')).toContain('«B»');
          }
        }
      }
    });
  }

  it('name every stage and kind, in every language', () => {
    for (const lang of WIDGET_LANGS) {
      expect(Object.keys(status[lang].stageLabels).sort()).toEqual([...STAGES].sort());
      expect(Object.keys(status[lang].stageHelp).sort()).toEqual([...STAGES].sort());
      expect(Object.keys(status[lang].kinds).sort()).toEqual([...INSTRUMENT_KINDS].sort());
    }
  });

  it('say in English what the site says', () => {
    for (const stage of STAGES) {
      expect(status.en.stageLabels[stage]).toBe(en.stages[stage].label);
      expect(status.en.stageHelp[stage]).toBe(en.stages[stage].description);
    }
    for (const kind of INSTRUMENT_KINDS) expect(status.en.kinds[kind]).toBe(en.kinds[kind]);
    expect(status.en.stalled).toBe(en.instrument.stalled);
    expect(status.en.noStage).toBe(en.instrument.noStage);
    expect(timeline.en.confidence.unverified).toBe(en.instrument.unverifiedReport);
    expect(timeline.en.confidence.secondary).toBe(en.confidence.secondary.label);
    expect(timeline.en.confidence.derived).toBe(en.confidence.derived.label);
    expect(timeline.en.confidence.disputed).toBe(en.confidence.disputed.label);
    expect(timeline.en.campaignWords).toBe(en.instrument.campaignWords);
  });

  it('say when a deadline falls due, with its time or at the end of its day, and its zone', () => {
    for (const lang of WIDGET_LANGS) {
      const timed = countdown[lang].dueAt('«D»', 'day', '17:00', '«Z»');
      const allDay = countdown[lang].dueAt('«D»', 'day', '', '«Z»');
      for (const text of [timed, allDay]) {
        expect(text, lang).toContain('«D»');
        expect(text, lang).toContain('«Z»');
      }
      expect(timed, lang).toContain('17:00');
      expect(allDay, lang).not.toBe(timed);
      expect(countdown[lang].exactFuture, lang).toContain('{duration}');
      expect(countdown[lang].exactPast, lang).toContain('{duration}');
    }
    expect(countdown.en.exactFuture).toBe(en.countdown.exactFuture);
    expect(countdown.en.exactPast).toBe(en.countdown.exactPast);
    expect(countdown.en.yourTime).toBe(en.countdown.yourTime);
    expect(countdown.en.none).toBe(en.deadlines.noneUpcoming);
    expect(countdown.en.latestWas).toBe(en.deadlines.latestWas);
    expect(countdown.en.outcomes).toEqual(en.outcomes);
  });

  it('tell a day from a month where a language needs to', () => {
    expect(status.fr.since('9 décembre 2025', 'day')).toBe('depuis le 9 décembre 2025');
    expect(status.fr.since('décembre 2025', 'month')).toBe('depuis décembre 2025');
    expect(status.de.since('9. Dezember 2025', 'day')).toBe('seit dem 9. Dezember 2025');
    expect(status.de.since('Dezember 2025', 'month')).toBe('seit Dezember 2025');
  });
});
