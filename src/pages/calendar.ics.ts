/** /calendar.ics: every deadline and scheduled step of the campaign, to subscribe to (rules in src/lib/calendar.ts). */
import { DEFAULT_LANG } from '../i18n/index.ts';
import type { APIRoute } from 'astro';
import { getSite } from '../data/content.ts';
import { getHistory } from '../data/history.ts';
import { revisionOf } from '../data/history-outputs.ts';
import { siteCalendar } from '../data/outputs.ts';

export const GET: APIRoute = async () =>
  new Response(siteCalendar(await getSite(), DEFAULT_LANG, revisionOf(await getHistory())), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
