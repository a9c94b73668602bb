/** Words every widget uses: what it is, and the link back to the tracker. */
import type { WidgetLang } from '../../lib/embed.ts';

/** One value per widget language. */
export type ByLang<T> = Readonly<Record<WidgetLang, T>>;
/** A phrase around a calendar date: the date comes formatted, then its precision ("year", "month" or "day"). */
export type DatePhrase = (date: string, precision: string) => string;

export interface CommonWords {
  readonly kicker: {
    readonly countdown: string;
    readonly next: string;
    readonly status: string;
    readonly timeline: string;
  };
  /** The link back to the tracker, opened in the top window. */
  readonly fullTimeline: (campaign: string) => string;
  readonly fullHistory: (campaign: string) => string;
  readonly details: (campaign: string) => string;
  readonly allDeadlines: (campaign: string) => string;
  readonly checkedUpTo: DatePhrase;
}

export const common: ByLang<CommonWords> = {
  en: {
    kicker: {
      countdown: 'Deadline',
      next: 'Next deadline',
      status: 'Where it stands',
      timeline: 'Timeline',
    },
    fullTimeline: (c) => `Full timeline on ${c}`,
    fullHistory: (c) => `Full history on ${c}`,
    details: (c) => `Details and sources on ${c}`,
    allDeadlines: (c) => `All deadlines on ${c}`,
    checkedUpTo: (d) => `Checked up to ${d}`,
  },
  fr: {
    kicker: {
      countdown: 'Échéance',
      next: 'Prochaine échéance',
      status: 'Où en est le dossier',
      timeline: 'Chronologie',
    },
    fullTimeline: (c) => `Chronologie complète sur ${c}`,
    fullHistory: (c) => `Historique complet sur ${c}`,
    details: (c) => `Détails et sources sur ${c}`,
    allDeadlines: (c) => `Toutes les échéances sur ${c}`,
    checkedUpTo: (d, p) => (p === 'day' ? `Vérifié jusqu’au ${d}` : `Vérifié jusqu’à ${d}`),
  },
  de: {
    kicker: {
      countdown: 'Frist',
      next: 'Nächste Frist',
      status: 'Stand des Verfahrens',
      timeline: 'Zeitleiste',
    },
    fullTimeline: (c) => `Vollständige Zeitleiste auf ${c}`,
    fullHistory: (c) => `Vollständiger Verlauf auf ${c}`,
    details: (c) => `Details und Quellen auf ${c}`,
    allDeadlines: (c) => `Alle Fristen auf ${c}`,
    checkedUpTo: (d) => `Geprüft bis ${d}`,
  },
};
