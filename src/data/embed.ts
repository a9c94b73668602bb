/**
 * What the widgets need from the content: their words in every language they speak, the default
 * options, the deadlines a countdown may show, and the tags a timeline slice may show.
 */
import { common, countdown, notFound, status, timeline } from '../i18n/widgets.ts';
import {
  LIMIT_DEFAULT,
  localeFor,
  WIDGET_LANGS,
  widgetLangOf,
  type WidgetLang,
  type WidgetOptions,
} from '../lib/embed.ts';
import { countsForStatus } from '../lib/status.ts';
import type { Milestone, Site } from './content.ts';

/** The language widgets speak when the embed does not ask for one: the campaign's, if widgets speak it. */
export function defaultWidgetLang(site: Site): WidgetLang {
  return widgetLangOf(site.campaign.locale) ?? 'en';
}

export function defaultWidgetOptions(site: Site): WidgetOptions {
  return { theme: 'auto', lang: defaultWidgetLang(site), limit: LIMIT_DEFAULT, compact: false };
}

/** Every widget section in one language, keyed as the phrases name them ("status.since"). */
export function widgetWords(lang: WidgetLang) {
  return {
    common: common[lang],
    countdown: countdown[lang],
    notFound: notFound[lang],
    status: status[lang],
    timeline: timeline[lang],
  };
}

export type WidgetWords = ReturnType<typeof widgetWords>;

/**
 * A text of a widget in every language widgets speak: the default language's as the element's
 * text, each other one as a `data-l-<lang>` attribute, which the widget's script puts in place
 * when the embed asks for that language (src/embed/widget.ts). So the page carries only the
 * words it uses, and the browser formats nothing but what depends on its clock.
 */
export function inEveryLang(
  site: Site,
  say: (words: WidgetWords, locale: string, lang: WidgetLang) => string,
): { text: string; attrs: Record<string, string> } {
  const main = defaultWidgetLang(site);
  const attrs: Record<string, string> = {};
  for (const lang of WIDGET_LANGS)
    if (lang !== main)
      attrs[`data-l-${lang}`] = say(widgetWords(lang), localeFor(lang, site.campaign.locale), lang);
  return { text: say(widgetWords(main), localeFor(main, site.campaign.locale), main), attrs };
}

/**
 * Deadlines a countdown can show: every deadline that is not an unconfirmed report (those are
 * never a countdown headline), past ones included, so a published widget keeps working after
 * its date and says the deadline has passed.
 */
export function countdownDeadlines(site: Site): Milestone[] {
  return site.milestones.filter(
    (m) => m.deadline !== undefined && countsForStatus(m) && m.precision === 'day',
  );
}

/** Every tag used by an instrument or a milestone, sorted. */
export function allTags(site: Site): string[] {
  return [...new Set(site.milestones.flatMap((m) => m.allTags))].sort();
}
