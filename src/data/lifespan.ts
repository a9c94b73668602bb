/**
 * The lifespan chart's layouts for the pages that show it (src/lib/lifespan.ts does the work):
 * the whole overview, its pages at scale, an instrument's one-row track, a chain and a tag for
 * the widgets. Worked out once per build and language (titles are the reader's language), and
 * each smaller chart from the instruments of its chains only: a chain holds everything its
 * rows' ends and gaps depend on, so a track or a chain widget says exactly what the overview
 * says, at a fraction of the cost (at 500 instruments, 1,500 instrument pages each lay out a
 * few rows, not 500).
 */
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';
import {
  OVERVIEW_PAGE_ROWS,
  layoutLifespan,
  pageLifespan,
  sliceLifespan,
  type LifespanInstrumentInput,
  type LifespanLayout,
} from '../lib/lifespan.ts';
import { WIDGET_LANGS } from '../lib/embed.ts';
import { getSite, type Site } from './content.ts';
import { defaultWidgetLang } from './embed.ts';

/** The page of the overview (1 is /overview/ itself), in English: pass it through `href()`. */
export const overviewPagePath = (page: number): string =>
  page === 1 ? '/overview/' : `/overview/${page}/`;

/**
 * The self-contained download in a language: `/overview.svg` in English, `/fr/overview.svg` in
 * French (it carries words, so it exists in every language, like the pages).
 */
export const overviewSvgPath = (lang: Lang): string =>
  lang === DEFAULT_LANG ? '/overview.svg' : `/${lang}/overview.svg`;

/** The chart's input in a language: short titles and milestone titles as the reader reads them. */
function inputsIn(site: Site, lang: Lang): LifespanInstrumentInput[] {
  return site.instruments.map((i) => ({
    id: i.id,
    shortTitle: i.local[lang].shortTitle.text,
    kind: i.kind,
    track: i.track,
    related: i.related,
    tags: i.tags,
    milestones: i.milestones.map((m) => ({
      id: m.id,
      date: m.date,
      endDate: m.endDate,
      time: m.time,
      timeZone: m.timeZone,
      title: m.local[lang].title.text,
      stage: m.stage,
      deadline: m.deadline,
      confidence: m.confidence,
    })),
  }));
}

interface Charts {
  readonly site: Site;
  readonly inputs: readonly LifespanInstrumentInput[];
  readonly byId: ReadonlyMap<string, LifespanInstrumentInput>;
  /** The whole overview, one layout. */
  readonly overview: LifespanLayout;
  /** Each instrument's chain, by instrument id: the ids of its rows, in order. */
  readonly chainOf: ReadonlyMap<string, readonly string[]>;
  /** The layout of each chain, made once for all its instruments' widgets ({@link chainLayout}). */
  readonly chainLayouts: Map<readonly string[], LifespanLayout>;
}

const cache = new Map<Lang, Promise<Charts>>();

function charts(lang: Lang): Promise<Charts> {
  let found = cache.get(lang);
  if (!found) {
    found = getSite().then((site) => {
      const inputs = inputsIn(site, lang);
      const overview = layoutLifespan(inputs, {
        now: site.builtAt,
        zone: site.campaign.timeZone,
      });
      const chainOf = new Map<string, readonly string[]>();
      for (const chain of overview.chains) for (const id of chain.rows) chainOf.set(id, chain.rows);
      return {
        site,
        inputs,
        byId: new Map(inputs.map((i) => [i.id, i])),
        overview,
        chainOf,
        chainLayouts: new Map(),
      };
    });
    cache.set(lang, found);
  }
  return found;
}

/** A layout of some instruments' rows, on their own time axis, from their chains only. */
function layoutOf(c: Charts, ids: readonly string[]): LifespanLayout {
  const members = [...new Set(ids.flatMap((id) => c.chainOf.get(id) ?? [id]))];
  return layoutLifespan(
    members.flatMap((id) => c.byId.get(id) ?? []),
    { now: c.site.builtAt, zone: c.site.campaign.timeZone, only: ids },
  );
}

/** The pages of the overview: every one's instrument ids, whole chains, at most {@link OVERVIEW_PAGE_ROWS} rows (one page for Project Beacon). */
export async function overviewPages(): Promise<string[][]> {
  const c = await charts('en');
  return pageLifespan(c.overview, OVERVIEW_PAGE_ROWS);
}

/** The overview in a language: the whole chart, or one page of it on the same time axis. */
export async function overviewLayout(
  lang: Lang,
  page?: readonly string[],
): Promise<LifespanLayout> {
  const c = await charts(lang);
  return page ? sliceLifespan(c.overview, page) : c.overview;
}

/** An instrument's one-row track: its phases, deadlines and the gaps it opens, on its own time axis. */
export async function trackLayout(lang: Lang, instrumentId: string): Promise<LifespanLayout> {
  return layoutOf(await charts(lang), [instrumentId]);
}

/** The chain an instrument belongs to, every row of it (a chain of one for an instrument on its own). */
export async function chainLayout(lang: Lang, instrumentId: string): Promise<LifespanLayout> {
  const c = await charts(lang);
  const rows = c.chainOf.get(instrumentId);
  if (!rows) return layoutOf(c, [instrumentId]);
  // Every instrument of a chain has the same chart: one layout (and one drawing) for them all.
  let layout = c.chainLayouts.get(rows);
  if (!layout) c.chainLayouts.set(rows, (layout = layoutOf(c, rows)));
  return layout;
}

interface Drawings {
  readonly wide: string;
  readonly narrow: string;
}

const drawings = new WeakMap<LifespanLayout, Map<string, Drawings>>();

/**
 * The drawings of a layout (LifespanChart: the wide and the phone SVG) for `key` (what else they
 * depend on: language, ids, legend, target), made once: the widgets of a chain's instruments
 * share one layout, so they share its drawings too (500 widgets drew 325 charts at 500
 * instruments).
 */
export function drawingsOf(layout: LifespanLayout, key: string, draw: () => Drawings): Drawings {
  let byKey = drawings.get(layout);
  if (!byKey) drawings.set(layout, (byKey = new Map<string, Drawings>()));
  let made = byKey.get(key);
  if (!made) byKey.set(key, (made = draw()));
  return made;
}

/** The instruments with a tag (their own, or one of their milestones'), each in its chain's order. */
export async function tagLayout(lang: Lang, tag: string): Promise<LifespanLayout> {
  const c = await charts(lang);
  const tagged = new Set(
    c.site.instruments
      .filter((i) => i.tags.includes(tag) || i.milestones.some((m) => m.allTags.includes(tag)))
      .map((i) => i.id),
  );
  return layoutOf(
    c,
    c.overview.rows.filter((r) => tagged.has(r.id)).map((r) => r.id),
  );
}

/**
 * `getStaticPaths` for the chart widget's pages in every widget language: the default language
 * at `/embed/chart/…` (the `lang` parameter undefined), each other at `/embed/<lang>/chart/…`
 * (src/lib/embed-paths.ts, `chartPathIn`).
 */
export async function chartWidgetPaths<P extends Record<string, string>, Props>(
  paths: readonly { params: P; props: Props }[],
): Promise<{ params: P & { lang: string | undefined }; props: Props }[]> {
  const { campaign } = await getSite();
  const fallback = defaultWidgetLang(campaign);
  const langs = [undefined, ...WIDGET_LANGS.filter((l) => l !== fallback)];
  return langs.flatMap((lang) =>
    paths.map((p) => ({ params: { ...p.params, lang }, props: p.props })),
  );
}
