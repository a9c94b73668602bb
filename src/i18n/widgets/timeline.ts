/** Words of the timeline slice widget. */
import type { Confidence } from '../../lib/schema.ts';
import type { ByLang } from './common.ts';

export interface TimelineWords {
  readonly all: string;
  /** Before the instrument's name in the heading ("Timeline:"). */
  readonly instrument: string;
  /** Before the tag in the heading ("Timeline, topic:"). */
  readonly tag: string;
  readonly newestFirst: string;
  readonly scheduled: string;
  readonly deadline: string;
  readonly empty: string;
  readonly campaignWords: string;
  readonly confidence: Readonly<Record<Exclude<Confidence, 'official'>, string>>;
}

export const timeline: ByLang<TimelineWords> = {
  en: {
    all: 'Timeline',
    instrument: 'Timeline:',
    tag: 'Timeline, topic:',
    newestFirst: 'Latest milestones, newest first',
    scheduled: 'Scheduled',
    deadline: 'Deadline',
    empty: 'No milestones yet.',
    campaignWords: "The campaign's own words",
    confidence: {
      secondary: 'Secondary source',
      derived: 'Derived',
      disputed: 'Disputed',
      unverified: 'Unconfirmed report',
    },
  },
  fr: {
    all: 'Chronologie',
    instrument: 'Chronologie :',
    tag: 'Chronologie, thème :',
    newestFirst: 'Dernières étapes, de la plus récente à la plus ancienne',
    scheduled: 'Prévu',
    deadline: 'Échéance',
    empty: 'Aucune étape pour l’instant.',
    campaignWords: 'Propos de la campagne',
    confidence: {
      secondary: 'Source secondaire',
      derived: 'Déduit',
      disputed: 'Contesté',
      unverified: 'Information non confirmée',
    },
  },
  de: {
    all: 'Zeitleiste',
    instrument: 'Zeitleiste:',
    tag: 'Zeitleiste, Thema:',
    newestFirst: 'Neueste Meilensteine zuerst',
    scheduled: 'Geplant',
    deadline: 'Frist',
    empty: 'Noch keine Meilensteine.',
    campaignWords: 'Angabe der Kampagne',
    confidence: {
      secondary: 'Sekundärquelle',
      derived: 'Abgeleitet',
      disputed: 'Umstritten',
      unverified: 'Unbestätigte Meldung',
    },
  },
};
