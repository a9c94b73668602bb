/** What src/middleware.ts gives every page, component and endpoint in `Astro.locals`. */
import type { Lang, T } from './i18n/index.ts';

declare global {
  namespace App {
    interface Locals {
      /** The translator of the page's language: `t('nav.home')`; its locale is `t.locale`. */
      t: T;
      /** The page's language: "en" at the root, "fr" under /fr/, "de" under /de/. */
      lang: Lang;
      /**
       * The other languages a page carries, for text that the browser switches (widget pages: every
       * other widget language; site pages: none). Components that widgets share render their words
       * through `<Msg>` and `<Localized>`, which read this.
       */
      alsoIn: readonly T[];
      /** A site path in the page's language: `href('/timeline/')` is "/fr/timeline/" on a French page. */
      href: (path: string) => string;
      /**
       * The `lang` attribute for a text written in `locale` (content is in the campaign's language):
       * undefined where that is the page's own language, so only text in another language is marked.
       * Widget pages switch language in the browser, so there every content text is marked.
       */
      langAttr: (locale: string) => string | undefined;
      /** `langAttr` of the content's own language: for content text that has no translations (sources, corrections, notes of alternatives). */
      contentLang: string | undefined;
    }
  }
}
