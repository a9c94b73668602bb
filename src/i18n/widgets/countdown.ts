/** Words of the countdown widgets (and of the countdowns inside a status card). */
import type { Outcome } from '../../lib/schema.ts';
import type { ByLang } from './common.ts';

export interface CountdownWords {
  /** Within 48 hours, the hours and minutes: `{duration}` is "30 hours, 12 minutes" (Intl.DurationFormat). */
  readonly exactFuture: string;
  readonly exactPast: string;
  readonly due: string;
  readonly fellDue: string;
  /** When it falls due: the date (formatted), its precision, its time ("14:00") or "", and the zone's name at that instant. */
  readonly dueAt: (date: string, precision: string, time: string, zone: string) => string;
  readonly yourTime: string;
  /** "Days left as of <date>.": the words before and after the date the countdown's element fills in. */
  readonly asOfBefore: string;
  readonly asOfAfter: string;
  readonly outcome: string;
  readonly outcomes: Readonly<Record<Outcome, string>>;
  readonly replacedBy: string;
  readonly none: string;
  readonly latestWas: string;
}

export const countdown: ByLang<CountdownWords> = {
  en: {
    exactFuture: 'in {duration}',
    exactPast: '{duration} ago',
    due: 'Due:',
    fellDue: 'Fell due:',
    dueAt: (d, _p, time, zone) => (time ? `${d}, ${time} (${zone})` : `${d}, end of day (${zone})`),
    yourTime: 'Your time:',
    asOfBefore: 'Days left as of ',
    asOfAfter: '.',
    outcome: 'Outcome:',
    outcomes: {
      met: 'Met',
      missed: 'Missed',
      extended: 'Extended',
      lapsed: 'Lapsed',
      superseded: 'Superseded',
    },
    replacedBy: 'Replaced by',
    none: 'No confirmed deadline is coming up.',
    latestWas: 'The latest one was:',
  },
  fr: {
    exactFuture: 'dans {duration}',
    exactPast: 'il y a {duration}',
    due: 'Échéance :',
    fellDue: 'Échue le :',
    dueAt: (d, _p, time, zone) =>
      time ? `${d} à ${time} (${zone})` : `${d}, en fin de journée (${zone})`,
    yourTime: 'Chez vous :',
    asOfBefore: 'Jours restants au ',
    asOfAfter: '.',
    outcome: 'Résultat :',
    outcomes: {
      met: 'Respectée',
      missed: 'Manquée',
      extended: 'Prolongée',
      lapsed: 'Caduque',
      superseded: 'Remplacée',
    },
    replacedBy: 'Remplacée par',
    none: 'Aucune échéance confirmée à venir.',
    latestWas: 'La dernière était :',
  },
  de: {
    exactFuture: 'in {duration}',
    exactPast: 'vor {duration}',
    due: 'Fällig:',
    fellDue: 'Fällig war:',
    dueAt: (d, _p, time, zone) =>
      time ? `${d}, ${time} Uhr (${zone})` : `${d}, Ende des Tages (${zone})`,
    yourTime: 'Ihre Ortszeit:',
    asOfBefore: 'Verbleibende Tage, Stand ',
    asOfAfter: '.',
    outcome: 'Ergebnis:',
    outcomes: {
      met: 'Eingehalten',
      missed: 'Versäumt',
      extended: 'Verlängert',
      lapsed: 'Ausgelaufen',
      superseded: 'Ersetzt',
    },
    replacedBy: 'Ersetzt durch',
    none: 'Keine bestätigte Frist steht bevor.',
    latestWas: 'Die letzte war:',
  },
};
