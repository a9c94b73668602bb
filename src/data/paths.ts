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

/**
 * `getStaticPaths` of a route whose one segment (`slug`) is an instrument id or a period: a year
 * of /timeline/<slug>/, a month of /changes/<slug>/. Each instrument (`props.instrument`) and
 * each period (its own props), in every language. An instrument id that is also one of the
 * periods stops the build, naming the file.
 */
export function instrumentOrPeriodPaths<Period extends object>(
  instruments: readonly Instrument[],
  periods: readonly { readonly slug: string; readonly props: Period }[],
  route: string,
  period: 'year' | 'month',
) {
  const clash = instruments.find((i) => periods.some((p) => p.slug === i.id));
  if (clash)
    throw new Error(
      `content/instruments/${clash.id}.mdx: the id "${clash.id}" is also a ${period}, and ${route}${clash.id}/ is that ${period}'s page. Rename the file (e.g. "regulation-${clash.id}.mdx").`,
    );
  return langPaths<{ slug: string }, { instrument: Instrument } | Period>([
    ...instruments.map((instrument) => ({
      params: { slug: instrument.id },
      props: { instrument },
    })),
    ...periods.map((p) => ({ params: { slug: p.slug }, props: p.props })),
  ]);
}
