/** The words naming a widget on a partner's page (the builder's snippets; not shipped to widgets). */
import type { ByLang } from './common.ts';

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
  en: {
    sep: ': ',
    countdown: 'deadline countdown',
    status: 'where it stands',
    timeline: 'timeline',
    notFound: 'widget not found',
  },
  fr: {
    sep: ' : ',
    countdown: 'compte à rebours de l’échéance',
    status: 'où en est le dossier',
    timeline: 'chronologie',
    notFound: 'widget introuvable',
  },
  de: {
    sep: ': ',
    countdown: 'Countdown zur Frist',
    status: 'Stand des Verfahrens',
    timeline: 'Zeitleiste',
    notFound: 'Widget nicht gefunden',
  },
};
