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
       * The attributes for an element holding a text written in `locale` (content is in the
       * campaign's language unless translated): none where that is the page's own language; else
       * its `lang`, and `data-pagefind-ignore` so that search leaves it out of this language's
       * index (the page in its own language indexes it). Widget pages switch language in the
       * browser, so there every content text carries its `lang`.
       * @example <a href={…} {...langAttrs(title.locale)}>{title.text}</a>
       */
      langAttrs: (locale: string) => { lang?: string; 'data-pagefind-ignore'?: '' };
      /**
       * `langAttrs` of the content's own language: for content text that has no translations
       * (sources, corrections, notes of alternatives). A function, like `langAttrs`, because Astro
       * adds scoped classes to the object it spreads: every element needs an object of its own.
       */
      contentAttrs: () => { lang?: string; 'data-pagefind-ignore'?: '' };
    }
  }
}
