/**
 * /calendar.ics, /fr/calendar.ics, /de/calendar.ics: every deadline and scheduled step of the
 * campaign, to subscribe to, in each language of the site (rules in src/lib/calendar.ts).
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { getHistory } from '../../data/history.ts';
import { revisionOf } from '../../data/history-outputs.ts';
import { siteCalendar } from '../../data/outputs.ts';
import { langPaths } from '../../i18n/routing.ts';

export const getStaticPaths = () => langPaths();

export const GET: APIRoute = async ({ locals }) =>
  new Response(siteCalendar(await getSite(), locals.lang, revisionOf(await getHistory())), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
