/** Words every widget uses: what it is, the link back to the tracker, the "not found" widget. */
import type { WidgetLang } from '../../lib/embed.ts';

/** One value per widget language. */
export type ByLang<T> = Readonly<Record<WidgetLang, T>>;
/** A phrase around a calendar date: the date comes formatted, then its precision ("year", "month" or "day"). */
export type DatePhrase = (date: string, precision: string) => string;

export interface CommonWords {
  readonly kicker: { readonly countdown: string; readonly next: string; readonly status: string; readonly timeline: string };
  /** The link back to the tracker, opened in the top window. */
  readonly fullTimeline: (campaign: string) => string;
  readonly fullHistory: (campaign: string) => string;
  readonly details: (campaign: string) => string;
  readonly checkedUpTo: DatePhrase;
  readonly notFoundTitle: string;
  readonly notFoundBody: string;
  readonly openTracker: (campaign: string) => string;
}

export const common: ByLang<CommonWords> = {
  en: {
    kicker: { countdown: 'Deadline', next: 'Next deadline', status: 'Where it stands', timeline: 'Timeline' },
    fullTimeline: (c) => `Full timeline on ${c}`,
    fullHistory: (c) => `Full history on ${c}`,
    details: (c) => `Details and sources on ${c}`,
    checkedUpTo: (d) => `Checked up to ${d}`,
    notFoundTitle: 'Widget not found',
    notFoundBody: 'This widget’s address names something the tracker does not have, or is mistyped. Check the snippet on this page, or open the tracker.',
    openTracker: (c) => `Open ${c}`,
  },
  fr: {
    kicker: { countdown: 'Échéance', next: 'Prochaine échéance', status: 'Où en est le dossier', timeline: 'Chronologie' },
    fullTimeline: (c) => `Chronologie complète sur ${c}`,
    fullHistory: (c) => `Historique complet sur ${c}`,
    details: (c) => `Détails et sources sur ${c}`,
    checkedUpTo: (d, p) => (p === 'day' ? `Vérifié jusqu’au ${d}` : `Vérifié jusqu’à ${d}`),
    notFoundTitle: 'Widget introuvable',
    notFoundBody: 'L’adresse de ce widget désigne un élément que le suivi ne contient pas, ou elle est mal saisie. Vérifiez le code d’intégration de cette page, ou ouvrez le suivi.',
    openTracker: (c) => `Ouvrir ${c}`,
  },
  de: {
    kicker: { countdown: 'Frist', next: 'Nächste Frist', status: 'Stand des Verfahrens', timeline: 'Zeitleiste' },
    fullTimeline: (c) => `Vollständige Zeitleiste auf ${c}`,
    fullHistory: (c) => `Vollständiger Verlauf auf ${c}`,
    details: (c) => `Details und Quellen auf ${c}`,
    checkedUpTo: (d) => `Geprüft bis ${d}`,
    notFoundTitle: 'Widget nicht gefunden',
    notFoundBody: 'Die Adresse dieses Widgets verweist auf etwas, das es im Tracker nicht gibt, oder sie ist falsch geschrieben. Prüfen Sie den eingebetteten Code auf dieser Seite, oder öffnen Sie den Tracker.',
    openTracker: (c) => `${c} öffnen`,
  },
};

/**
 * The iframe's title on a partner's page, read by screen readers before they enter the frame:
 * "<campaign><sep><what>", and for a status card "… – <instrument>". Plain words, no functions:
 * the loader carries them, and it has to stay tiny.
 */
export interface FrameTitles {
  /** Between the campaign's name and the rest (French puts a space before the colon). */
  readonly sep: string;
  readonly countdown: string;
  readonly status: string;
  readonly timeline: string;
  readonly notFound: string;
}

export const frameTitles: ByLang<FrameTitles> = {
  en: { sep: ': ', countdown: 'deadline countdown', status: 'where it stands', timeline: 'timeline', notFound: 'widget not found' },
  fr: { sep: ' : ', countdown: 'compte à rebours de l’échéance', status: 'où en est le dossier', timeline: 'chronologie', notFound: 'widget introuvable' },
  de: { sep: ': ', countdown: 'Countdown zur Frist', status: 'Stand des Verfahrens', timeline: 'Zeitleiste', notFound: 'Widget nicht gefunden' },
};
