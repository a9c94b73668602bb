/**
 * What the widgets need from the content: their default options, the deadlines a countdown may
 * show, and the tags a timeline slice may show. Their words are the site's catalogue (src/i18n/);
 * widget pages carry every widget language at once (src/middleware.ts).
 */
import { LIMIT_DEFAULT, widgetLangOf, type WidgetLang, type WidgetOptions } from '../lib/embed.ts';
import type { Campaign } from '../lib/schema.ts';
import { countsForStatus } from '../lib/status.ts';
import type { Milestone, Site } from './content.ts';

/** The language widgets speak when the embed does not ask for one: the campaign's, if widgets speak it. */
export function defaultWidgetLang(campaign: Pick<Campaign, 'locale'>): WidgetLang {
  return widgetLangOf(campaign.locale) ?? 'en';
}

export function defaultWidgetOptions(site: Site): WidgetOptions {
  return {
    theme: 'auto',
    lang: defaultWidgetLang(site.campaign),
    limit: LIMIT_DEFAULT,
    compact: false,
  };
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
