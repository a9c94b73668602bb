/**
 * Static paths shared by routes: one page per instrument (`params.id`, `props.instrument`), in
 * every language of the site.
 * @example export const getStaticPaths = instrumentPaths; // in src/pages/[...lang]/…/[id]
 */
import { langPaths } from '../i18n/routing.ts';
import { getSite } from './content.ts';

export async function instrumentPaths() {
  const site = await getSite();
  return langPaths(
    site.instruments.map((instrument) => ({
      params: { id: instrument.id },
      props: { instrument },
    })),
  );
}
