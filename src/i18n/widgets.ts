/**
 * The words of the embeddable widgets in every language they speak (English, French, German).
 * The site's own dictionary (en.ts) stays separate. Widgets ship their words to the browser, so
 * each widget's words are a module of their own under widgets/, and a widget page's script
 * imports only the modules it uses; pages and the build import them all from here.
 *
 * Phrases with a date receive it already formatted for the language, followed by its precision
 * ("year", "month" or "day"), so a language can say "depuis le 9 décembre" but "depuis juillet".
 * The English words match the site's (a unit test keeps stage labels in step with en.ts).
 *
 * Imported by browser code: keep these files free of run-time imports.
 */
export { common, type ByLang, type CommonWords, type DatePhrase } from './widgets/common.ts';
export { countdown, type CountdownWords } from './widgets/countdown.ts';
export { frameTitles, type FrameTitles } from './widgets/frame-titles.ts';
export { notFound, type NotFoundWords } from './widgets/not-found.ts';
export { status, type StatusWords } from './widgets/status.ts';
export { timeline, type TimelineWords } from './widgets/timeline.ts';
