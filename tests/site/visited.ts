/**
 * The pages the browser checks visit (sweep.ts, keyboard.test.ts): every template of the real
 * site in every language (scripts/quality/templates.ts), with up to two representatives in the
 * campaign's language, where content varies most, and one, the page with the most kinds of
 * element, in each other language, whose pages are the same templates with other words.
 */
import { join } from 'node:path';
import { findTemplates } from '../../scripts/quality/templates.ts';
import { languagesOf } from './languages.ts';
import { builtSite, ROOT } from './sites.ts';

const main = builtSite('main');
const campaignLang = languagesOf(main.content)[0]?.lang;

export const visitedTemplates = findTemplates(main.dist, join(ROOT, 'src', 'pages'), {
  max: (lang) => (lang === campaignLang ? 2 : 1),
});
