/**
 * /overview.svg (and /fr/overview.svg, /de/overview.svg): the whole lifespan chart as one
 * self-contained SVG file for journalists: its own styles in plain colours, a heading, the
 * legend, a caption (campaign, organisation, as of when) and the source line with the
 * overview's permanent address and the data licence. Every bar links to its milestone's page at
 * its full address, so the file works wherever it is opened. It carries words, so it exists in
 * every language of the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/content.ts';
import { overviewLayout } from '../../data/lifespan.ts';
import { chartWords } from '../../i18n/chart-words.ts';
import { DEFAULT_LANG, getT, isLang } from '../../i18n/index.ts';
import { langPaths, pathInLang } from '../../i18n/routing.ts';
import { renderLifespanSvg } from '../../lib/lifespan-svg.ts';
import { formatPartialDate } from '../../lib/shared/format.ts';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = isLang(params['lang']) ? params['lang'] : DEFAULT_LANG;
  const { campaign } = await getSite();
  const t = getT(lang, campaign.locale);
  const layout = await overviewLayout(lang);
  const at = (path: string): string => new URL(pathInLang(path, lang), campaign.siteUrl).href;
  const permalink = at('/overview/');
  const svg = renderLifespanSvg(layout, {
    ...chartWords(t),
    href: (instrument, milestone) => at(`/instruments/${instrument}/${milestone}/`),
    selfContained: {
      caption: t('chart.caption', {
        campaign: campaign.name,
        organisation: campaign.organisation,
        date: formatPartialDate(layout.today.date, t.locale),
      }),
      source: t('chart.source', { url: permalink, license: campaign.license.name }),
      permalink,
    },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
