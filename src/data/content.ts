/**
 * The data layer: the only code that reads the content collections. It derives everything once
 * per build (order, statuses, relations both ways, permalinks) and hands pages typed values.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citedSource } from '../lib/citation.ts';
import { comparePartialDates, precisionOf, type Precision } from '../lib/dates.ts';
import {
  countsForStatus,
  deriveStatus,
  hasHappened,
  isReport,
  milestoneInstantMs,
  statusDependencies,
  type InstrumentStatus,
} from '../lib/status.ts';
import {
  trackOf,
  type Campaign,
  type InstrumentData,
  type MilestoneData,
  type RelationKind,
  type Source,
  type Track,
} from '../lib/schema.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { localText, type LocalText } from '../lib/local-text.ts';
import { BUILD_NOW } from './now.ts';

export type { LocalText };

/** A milestone's texts in one language (src/lib/local-text.ts): translated, or the original marked as such. */
export interface MilestoneTexts {
  readonly title: LocalText;
  readonly note?: LocalText | undefined;
  readonly instrumentShortTitle: LocalText;
}

/** An instrument's texts in one language. */
export interface InstrumentTexts {
  readonly title: LocalText;
  readonly shortTitle: LocalText;
  readonly summary: LocalText;
  /** The explainer written in this language (paragraphs of Markdown), if any: else the page shows the body of the file, in its own language. */
  readonly explainer?: LocalText | undefined;
}

export interface Milestone extends MilestoneData {
  /** "<instrument id>#<milestone id>": unique across the site. */
  readonly key: string;
  readonly instrumentId: string;
  readonly instrumentShortTitle: string;
  readonly precision: Precision;
  /** The time zone the date is read in. */
  readonly zone: string;
  /** When it happens (a deadline: when it falls due), as epoch milliseconds. */
  readonly instant: number;
  /** Whether it had happened when the site was built. */
  readonly happenedAtBuild: boolean;
  /** The instrument's tags and the milestone's own. */
  readonly allTags: readonly string[];
  /** The milestone's own page, its permanent address: /instruments/<id>/<milestone id>/ (the instrument page keeps an anchor #<milestone id> too). */
  readonly permalink: string;
  /** Every source is the campaign's own: the milestone reports "the campaign's own words". */
  readonly campaignWords: boolean;
  /** An unconfirmed report (and not the campaign's own words): labelled as a report wherever it is shown. */
  readonly report: boolean;
  /**
   * Its `stage` is only what an unconfirmed milestone would mean ("reported: adopted"), never a
   * stage reached: shown as such, and filtered apart from the stage (`stageFilterValue`).
   */
  readonly stageReported: boolean;
  /** The source a citation names (see `citedSource`). */
  readonly citedSource: Source | undefined;
  /** Its texts in each language of the site: `m.local[Astro.locals.lang].title.text`. */
  readonly local: Readonly<Record<Lang, MilestoneTexts>>;
}

export interface RelatedLink {
  readonly instrumentId: string;
  readonly shortTitle: string;
  /** The other instrument's short title in each language. */
  readonly local: Readonly<Record<Lang, LocalText>>;
  readonly relation: RelationKind;
  /** true when the other instrument names this one (shown as "Amended by" and so on). */
  readonly inverse: boolean;
  readonly note?: string;
}

export interface Instrument extends Omit<InstrumentData, 'milestones'> {
  readonly id: string;
  readonly track: Track;
  /** Oldest first. */
  readonly milestones: readonly Milestone[];
  readonly status: InstrumentStatus<Milestone>;
  readonly relatedLinks: readonly RelatedLink[];
  readonly url: string;
  readonly entry: CollectionEntry<'instruments'>;
  /** Its texts in each language of the site: `instrument.local[Astro.locals.lang].shortTitle.text`. */
  readonly local: Readonly<Record<Lang, InstrumentTexts>>;
}

export interface Site {
  readonly campaign: Campaign;
  /** Ordered by their first milestone, then by short title. */
  readonly instruments: readonly Instrument[];
  /** Every milestone of every instrument, oldest first. */
  readonly milestones: readonly Milestone[];
  readonly builtAt: Date;
}

let cached: Promise<Site> | undefined;

/** Everything the pages need, computed once per build. */
export function getSite(): Promise<Site> {
  cached ??= loadSite();
  return cached;
}

export const instrumentUrl = (id: string): string => `/instruments/${id}/`;
/** A milestone's permanent address. It depends only on the two ids, so edits to any other content never move it. */
export const milestoneUrl = (instrumentId: string, milestoneId: string): string =>
  `${instrumentUrl(instrumentId)}${milestoneId}/`;
/** The milestone's place in its instrument's history, on the instrument page. */
export const milestoneAnchorUrl = (instrumentId: string, milestoneId: string): string =>
  `${instrumentUrl(instrumentId)}#${milestoneId}`;

/** Orders milestones by date, then by instant (a time), then by id for a stable order. */
export function compareMilestones(a: Milestone, b: Milestone): number {
  return comparePartialDates(a.date, b.date) || a.instant - b.instant || a.key.localeCompare(b.key);
}

async function loadSite(): Promise<Site> {
  const campaignEntries = await getCollection('campaign');
  const campaign = campaignEntries[0]?.data;
  if (!campaign)
    throw new Error('content/campaign.yaml did not load: the campaign collection is empty.');
  const entries = await getCollection('instruments');
  const byId = new Map(entries.map((e) => [e.id, e]));

  /** One text in every language. */
  const everyLang = <V>(make: (lang: Lang) => V): Record<Lang, V> =>
    Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, V>;
  const inLang = (original: string, translation: string | undefined, lang: Lang): LocalText =>
    localText(original, translation, lang, campaign.locale);
  const instrumentTexts = (data: InstrumentData): Record<Lang, InstrumentTexts> =>
    everyLang((lang) => {
      const tr = data.translations?.[lang];
      const explainer = tr?.explainer ? inLang('', tr.explainer, lang) : undefined;
      return {
        title: inLang(data.title, tr?.title, lang),
        shortTitle: inLang(data.shortTitle, tr?.shortTitle, lang),
        summary: inLang(data.summary, tr?.summary, lang),
        ...(explainer?.translated && explainer.text ? { explainer } : {}),
      };
    });

  const built = entries.map((entry): Omit<Instrument, 'status'> => {
    const { milestones: raw, ...data } = entry.data;
    const texts = instrumentTexts(entry.data);
    const milestones = raw
      .map((m): Milestone => {
        const zone = m.timeZone ?? campaign.timeZone;
        const campaignWords = m.sources.every((s) => s.kind === 'campaign');
        return {
          ...m,
          key: `${entry.id}#${m.id}`,
          instrumentId: entry.id,
          instrumentShortTitle: data.shortTitle,
          precision: precisionOf(m.date),
          zone,
          instant: milestoneInstantMs(m, campaign.timeZone),
          happenedAtBuild: hasHappened(m, BUILD_NOW, campaign.timeZone),
          allTags: [...new Set([...data.tags, ...(m.tags ?? [])])],
          permalink: milestoneUrl(entry.id, m.id),
          campaignWords,
          report: isReport(m),
          stageReported: m.stage !== undefined && !countsForStatus(m),
          citedSource: citedSource(m.sources),
          local: everyLang((lang) => {
            const tr = m.translations?.[lang];
            return {
              title: inLang(m.title, tr?.title, lang),
              ...(m.note ? { note: inLang(m.note, tr?.note, lang) } : {}),
              instrumentShortTitle: texts[lang].shortTitle,
            };
          }),
        };
      })
      .sort(compareMilestones);
    const track = trackOf(data);
    return {
      ...data,
      id: entry.id,
      track,
      milestones,
      relatedLinks: [],
      url: instrumentUrl(entry.id),
      entry,
      local: texts,
    };
  });
  // A status may depend on another instrument's: an act that amends or extends one that has
  // ended has no effect left, whatever its own last stage says (src/lib/status.ts).
  const builtById = new Map(built.map((i) => [i.id, i]));
  const instruments = built.map((i): Instrument => ({
    ...i,
    status: deriveStatus(i.milestones, i.track, BUILD_NOW, campaign.timeZone, {
      dependsOn: statusDependencies(i.related, builtById),
    }),
  }));

  // Relations both ways: "amends X" on one page is "amended by Y" on the other.
  const links = new Map<string, RelatedLink[]>(instruments.map((i) => [i.id, []]));
  for (const instrument of instruments) {
    for (const r of instrument.related) {
      const target = byId.get(r.instrument);
      if (!target)
        throw new Error(
          `content/instruments/${instrument.id}.mdx: related instrument "${r.instrument}" does not exist.`,
        );
      links.get(instrument.id)?.push({
        instrumentId: r.instrument,
        shortTitle: target.data.shortTitle,
        local: everyLang((lang) => instrumentTexts(target.data)[lang].shortTitle),
        relation: r.relation,
        inverse: false,
        ...(r.note ? { note: r.note } : {}),
      });
      links.get(r.instrument)?.push({
        instrumentId: instrument.id,
        shortTitle: instrument.shortTitle,
        local: everyLang((lang) => instrument.local[lang].shortTitle),
        relation: r.relation,
        inverse: true,
        ...(r.note ? { note: r.note } : {}),
      });
    }
  }
  const withLinks = instruments.map((i) => ({ ...i, relatedLinks: links.get(i.id) ?? [] }));

  withLinks.sort((a, b) => {
    const fa = a.milestones[0];
    const fb = b.milestones[0];
    if (fa && fb) return compareMilestones(fa, fb) || a.shortTitle.localeCompare(b.shortTitle);
    return fa ? -1 : fb ? 1 : a.shortTitle.localeCompare(b.shortTitle);
  });
  const milestones = withLinks.flatMap((i) => i.milestones).sort(compareMilestones);
  return { campaign, instruments: withLinks, milestones, builtAt: BUILD_NOW };
}

/** Every milestone of a site by its key, made on the first look-up (pages and calendars look up thousands). */
const milestonesByKey = new WeakMap<Site, ReadonlyMap<string, Milestone>>();

/** Finds a milestone by its key "<instrument>#<milestone>" (validated at build, so it exists). */
export function findMilestone(site: Site, key: string): Milestone | undefined {
  let byKey = milestonesByKey.get(site);
  if (!byKey) milestonesByKey.set(site, (byKey = new Map(site.milestones.map((m) => [m.key, m]))));
  return byKey.get(key);
}
