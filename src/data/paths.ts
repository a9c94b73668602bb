/**
 * Static paths shared by routes: one page per instrument (its id in a route parameter,
 * `props.instrument`), in every language of the site or once.
 * @example export const getStaticPaths = instrumentPaths; // in src/pages/[...lang]/…/[id]
 */
import { langPaths } from '../i18n/routing.ts';
import { getSite, type Instrument } from './content.ts';

/** One path per instrument, its id in the route parameter `param`: for routes without languages. */
export async function eachInstrument<P extends string>(
  param: P,
): Promise<{ params: Record<P, string>; props: { instrument: Instrument } }[]> {
  const site = await getSite();
  return site.instruments.map((instrument) => ({
    params: { [param]: instrument.id } as Record<P, string>,
    props: { instrument },
  }));
}

/** One path per instrument (`params.id`) in every language of the site. */
export async function instrumentPaths() {
  return langPaths(await eachInstrument('id'));
}
