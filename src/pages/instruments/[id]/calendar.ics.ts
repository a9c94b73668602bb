/** /instruments/<id>/calendar.ics: the deadlines and scheduled steps of one instrument. */
import { DEFAULT_LANG } from '../../../i18n/index.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Instrument } from '../../../data/content.ts';
import { getHistory } from '../../../data/history.ts';
import { revisionOf } from '../../../data/history-outputs.ts';
import { instrumentCalendar } from '../../../data/outputs.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.instruments.map((instrument) => ({
    params: { id: instrument.id },
    props: { instrument },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ instrument: Instrument }> = async ({ props }) =>
  new Response(
    instrumentCalendar(
      await getSite(),
      props.instrument,
      DEFAULT_LANG,
      revisionOf(await getHistory()),
    ),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
