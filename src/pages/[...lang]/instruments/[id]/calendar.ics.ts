/** /instruments/<id>/calendar.ics (and under /fr/, /de/): the deadlines and scheduled steps of one instrument. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Instrument } from '../../../../data/content.ts';
import { instrumentPaths } from '../../../../data/paths.ts';
import { getHistory } from '../../../../data/history.ts';
import { revisionOf } from '../../../../data/history-outputs.ts';
import { instrumentCalendar } from '../../../../data/outputs.ts';

export const getStaticPaths = instrumentPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ instrument: Instrument }> = async ({ props, locals }) =>
  new Response(
    instrumentCalendar(
      await getSite(),
      props.instrument,
      locals.lang,
      revisionOf(await getHistory()),
    ),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
