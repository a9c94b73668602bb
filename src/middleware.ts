/**
 * Gives every page its language before it renders (pages are prerendered, so this runs at build
 * time, once per page): `Astro.locals.lang` from the address (src/i18n/routing.ts), the
 * translator `Astro.locals.t`, and `Astro.locals.href` for links in that language. Components
 * read these instead of taking words or a locale as props.
 *
 * Widget pages (/embed/<widget>/…) speak every widget language from one address: they render in
 * the campaign's language and carry the others for the browser (`Astro.locals.alsoIn`).
 */
import { defineMiddleware } from 'astro:middleware';
import { getSite } from './data/content.ts';
import { defaultWidgetLang } from './data/embed.ts';
import { getT } from './i18n/index.ts';
import { isWidgetPath, langFromPath, pathInLang } from './i18n/routing.ts';
import { WIDGET_LANGS } from './lib/embed.ts';
import { widgetLangOfPath } from './lib/embed-paths.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const { campaign } = await getSite();
  const { pathname } = context.url;
  const widget = isWidgetPath(pathname);
  // The lifespan chart widget has a page per language (/embed/fr/chart/…, src/lib/embed-paths.ts).
  const lang = widget
    ? (widgetLangOfPath(pathname) ?? defaultWidgetLang(campaign))
    : langFromPath(pathname);
  context.locals.lang = lang;
  context.locals.t = getT(lang, campaign.locale);
  context.locals.alsoIn = widget
    ? WIDGET_LANGS.filter((l) => l !== lang).map((l) => getT(l, campaign.locale))
    : [];
  context.locals.href = widget ? (path) => path : (path) => pathInLang(path, lang);
  const pageLocale = context.locals.t.locale;
  context.locals.langAttrs = (locale) =>
    widget
      ? { lang: locale }
      : locale === pageLocale
        ? {}
        : { lang: locale, 'data-pagefind-ignore': '' };
  context.locals.contentAttrs = () => context.locals.langAttrs(campaign.locale);
  return next();
});
