/** Words of the "not found" widget. */
import type { ByLang } from './common.ts';

export interface NotFoundWords {
  readonly title: string;
  readonly body: string;
  readonly openTracker: (campaign: string) => string;
}

export const notFound: ByLang<NotFoundWords> = {
  en: {
    title: 'Widget not found',
    body: 'This widget’s address names something the tracker does not have, or is mistyped. Check the snippet on this page, or open the tracker.',
    openTracker: (c) => `Open ${c}`,
  },
  fr: {
    title: 'Widget introuvable',
    body: 'L’adresse de ce widget désigne un élément que le suivi ne contient pas, ou elle est mal saisie. Vérifiez le code d’intégration de cette page, ou ouvrez le suivi.',
    openTracker: (c) => `Ouvrir ${c}`,
  },
  de: {
    title: 'Widget nicht gefunden',
    body: 'Die Adresse dieses Widgets verweist auf etwas, das es im Tracker nicht gibt, oder sie ist falsch geschrieben. Prüfen Sie den eingebetteten Code auf dieser Seite, oder öffnen Sie den Tracker.',
    openTracker: (c) => `${c} öffnen`,
  },
};
