/**
 * Synthetic campaigns for the benchmark: real `campaign.yaml` and `instruments/<id>.mdx` files
 * in the real schema, with the variety of real content: partial dates, spans, deadlines with
 * times in other zones and outcomes (some superseded by a deadline of another instrument), every
 * confidence level (derived with a rule, disputed with alternative dates, unverified reports),
 * corrections, votes, references, related instruments, tags, notes with Markdown, and an MDX
 * explainer per instrument. About ten milestones per instrument, some fewer, some more.
 *
 * Deterministic: the same size and seed give the same files, so runs are comparable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  INSTRUMENT_KINDS,
  LEGISLATIVE_STAGES,
  NON_LEGISLATIVE_STAGES,
  RELATIONS,
  type Stage,
} from '../../src/lib/schema.ts';

/** The "now" synthetic campaigns are built for (POLICY_TIMELINE_NOW), so some milestones are past and some ahead. */
export const SYNTHETIC_NOW = '2026-11-29T12:00:00Z';

/** Words the generated titles, notes and explainers are made of; the benchmark searches for some. */
export const TOPICS = [
  'data retention',
  'encryption',
  'age verification',
  'platform liability',
  'child protection',
  'online grooming',
  'hotline reporting',
  'victim support',
  'content moderation',
  'cross-border evidence',
  'artificial intelligence',
  'cybersecurity',
  'consumer protection',
  'media freedom',
  'political advertising',
  'digital identity',
  'electronic communications',
  'data sharing',
  'cloud services',
  'interoperability',
  'end-to-end security',
  'law enforcement access',
  'risk assessment',
  'transparency reporting',
  'online marketplaces',
  'terrorist content',
  'trafficking in human beings',
  'sanctions',
  'whistleblowers',
  'accessibility',
] as const;
const TAGS = [
  'detection',
  'eprivacy',
  'platforms',
  'encryption',
  'children',
  'victims',
  'reporting',
  'ai',
  'security',
  'consumers',
  'media',
  'elections',
  'identity',
  'data',
  'cloud',
  'enforcement',
  'trafficking',
  'finance',
  'health',
  'education',
  'transport',
  'energy',
  'trade',
  'justice',
  'migration',
  'youth',
  'telecoms',
  'competition',
  'research',
  'culture',
];
/** The kinds of instrument, as often as they come: four regulations for three directives and one of each other kind. */
const KINDS = INSTRUMENT_KINDS.flatMap((kind) =>
  Array.from({ length: kind === 'regulation' ? 4 : kind === 'directive' ? 3 : 1 }, () => kind),
);
const JURISDICTIONS = ['EU', 'EU', 'EU', 'EU', 'EU', 'EU', 'BE', 'FR', 'CoE', 'UN'] as const;
const ZONES = [
  'Europe/Brussels',
  'America/New_York',
  'Asia/Tokyo',
  'Europe/London',
  'Australia/Sydney',
] as const;
const ACTOR_BY_STAGE: Partial<Record<Stage, string>> = {
  announced: 'commission',
  proposed: 'commission',
  committee: 'parliament',
  'ep-mandate': 'parliament',
  'council-mandate': 'council',
  trilogue: 'co-legislators',
  'provisional-agreement': 'co-legislators',
  'ep-first-reading': 'parliament',
  'council-first-reading': 'council',
  adopted: 'council',
  signed: 'co-legislators',
  published: 'other',
  'in-force': 'other',
  applies: 'member-states',
  'in-implementation': 'commission',
  reviewed: 'commission',
};
const OTHER_ACTORS = [
  'campaign',
  'civil-society',
  'industry',
  'presidency',
  'court',
  'agency',
  'government',
  'member-states',
];

/** A small seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticFile {
  /** Path inside the content folder: "campaign.yaml", "instruments/<id>.mdx". */
  readonly path: string;
  readonly text: string;
}

export interface SyntheticCampaign {
  readonly files: readonly SyntheticFile[];
  readonly instruments: number;
  readonly milestones: number;
  /** Ids of the instruments, in generation order. */
  readonly instrumentIds: readonly string[];
}

interface Draft {
  id: string;
  data: Record<string, unknown>;
  milestones: Record<string, unknown>[];
  body: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

/**
 * Generates a campaign with exactly `milestones` milestones over `instruments` instruments (about
 * milestones / 10 unless told).
 */
export function generateCampaign(
  milestones: number,
  seed = 7,
  instruments = Math.round(milestones / 10),
): SyntheticCampaign {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const chance = (p: number): boolean => rand() < p;
  const count = Math.max(1, instruments);

  // Milestones per instrument: ten on average, varied in pairs so the total stays exact.
  const perInstrument = Array.from(
    { length: count },
    (_, i) => Math.floor(milestones / count) + (i < milestones % count ? 1 : 0),
  );
  for (let i = 0; i + 1 < count; i += 2) {
    const shift = Math.floor(rand() * Math.min(6, (perInstrument[i + 1] ?? 0) - 2));
    perInstrument[i] = (perInstrument[i] ?? 0) + shift;
    perInstrument[i + 1] = (perInstrument[i + 1] ?? 0) - shift;
  }

  const nowMs = Date.parse(SYNTHETIC_NOW);
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const topic = pick(TOPICS);
    const kind = pick(KINDS);
    const n = i + 1;
    const id = `${topic.replace(/[^a-z]+/g, '-')}-${kind}-${n}`;
    const legislative = kind !== 'strategy';
    const track = legislative ? LEGISLATIVE_STAGES : NON_LEGISLATIVE_STAGES;
    const startYear = 2010 + Math.floor(rand() * 17); // 2010–2026
    const year = String(startYear);
    const title = `${kind === 'strategy' ? 'Communication on a strategy for' : `${kind[0]?.toUpperCase()}${kind.slice(1)} on`} ${topic} (synthetic ${n})`;
    const shortTitle = `${topic[0]?.toUpperCase()}${topic.slice(1)} ${kind} ${n}`.slice(0, 60);
    const references: Record<string, string> = {};
    if (legislative && kind !== 'other') {
      const num = pad(100 + (n % 900), 4);
      references['com'] = `COM(${year}) ${100 + (n % 800)} final`;
      references['procedure'] = `${year}/${num}(COD)`;
      if (chance(0.6)) {
        const letter = kind === 'directive' ? 'L' : kind === 'decision' ? 'D' : 'R';
        references['celex'] = `3${startYear + 1}${letter}${num}`;
        references['oj'] =
          `OJ L ${100 + (n % 300)}, ${1 + (n % 28)}.${1 + (n % 12)}.${startYear + 1}, p. 1–${10 + (n % 40)}`;
        references['eli'] = `http://data.europa.eu/eli/reg/${startYear + 1}/${n}/oj`;
      }
    }
    const related: Record<string, string>[] = [];
    if (i > 0 && chance(0.6)) {
      const links = chance(0.25) ? 2 : 1;
      const used = new Set<string>();
      for (let k = 0; k < links; k++) {
        const target = drafts[Math.max(0, i - 1 - Math.floor(rand() * Math.min(i, 20)))];
        if (!target || used.has(target.id)) continue;
        used.add(target.id);
        related.push({
          instrument: target.id,
          relation: pick(RELATIONS),
          ...(chance(0.5) ? { note: `Follows up the ${topic} work of the earlier file.` } : {}),
        });
      }
    }
    const tags = [...new Set([pick(TAGS), pick(TAGS), ...(chance(0.5) ? [pick(TAGS)] : [])])];

    // Milestones in date order; the first ones move the instrument along its track.
    const total = perInstrument[i] ?? 0;
    const reach = Math.min(track.length, Math.max(1, Math.round(total * (0.4 + rand() * 0.4))));
    const ends = chance(0.08);
    let cursor = Date.UTC(startYear, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28));
    let stageIndex = 0;
    const ms: Record<string, unknown>[] = [];
    for (let j = 0; j < total; j++) {
      cursor += (12 + Math.floor(rand() * 140)) * DAY;
      const r = rand();
      const confidence =
        r < 0.55
          ? 'official'
          : r < 0.75
            ? 'secondary'
            : r < 0.83
              ? 'derived'
              : r < 0.89
                ? 'disputed'
                : 'unverified';
      const isLast = j === total - 1;
      let stage: Stage | undefined;
      if (confidence !== 'unverified') {
        if (isLast && ends && stageIndex > 0)
          stage = legislative
            ? pick(['withdrawn', 'lapsed', 'rejected', 'repealed'] as const)
            : 'reviewed';
        else if (stageIndex < reach && (j === 0 || chance(0.75))) stage = track[stageIndex++];
      }
      const deadline = confidence !== 'unverified' && !stage && chance(0.35);
      const precisionRoll = rand();
      const day = isoDay(cursor);
      const date =
        deadline || precisionRoll < 0.8
          ? day
          : precisionRoll < 0.92
            ? day.slice(0, 7)
            : day.slice(0, 4);
      const topicWord = pick(TOPICS);
      const what = stage
        ? stage.replace(/-/g, ' ')
        : deadline
          ? 'deadline'
          : pick(['hearing', 'consultation', 'report', 'letter', 'study', 'debate', 'briefing']);
      const m: Record<string, unknown> = {
        id: `m${pad(j + 1, 3)}-${what.replace(/\s+/g, '-')}`,
        date,
        title: `${confidence === 'unverified' ? 'Reported: ' : ''}${what[0]?.toUpperCase()}${what.slice(1)} on ${topic}, with a view to ${topicWord}`,
      };
      if (!deadline && date.length === 10 && chance(0.03)) m['endDate'] = isoDay(cursor + 60 * DAY);
      if (deadline && chance(0.3)) {
        m['time'] = pick(['12:00', '17:00', '23:59', '09:30']);
        m['timeZone'] = pick(ZONES);
      }
      if (chance(0.5))
        m['note'] =
          `Discussed the **${topicWord}** angle; see [the public summary](https://example.org/${id}/${j + 1}) for details.`;
      const actor = stage ? ACTOR_BY_STAGE[stage] : chance(0.6) ? pick(OTHER_ACTORS) : undefined;
      if (actor) m['actor'] = actor;
      if (stage) m['stage'] = stage;
      if (deadline) m['deadline'] = {};
      const official = {
        url: `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=SYN:${n}-${j + 1}`,
        title: `Official record of the ${what} (${shortTitle})`,
        publisher: 'EUR-Lex',
        kind: 'official',
      };
      const secondary = {
        url: `https://news.example.org/${id}/${j + 1}`,
        title: `Report on the ${what} on ${topic}`,
        publisher: pick(['Agence Europe', 'Euractiv', 'Politico Europe', 'EDRi']),
        kind: 'secondary',
      };
      m['sources'] =
        confidence === 'official' || confidence === 'derived'
          ? [official, ...(chance(0.3) ? [secondary] : [])]
          : confidence === 'unverified'
            ? [
                {
                  title: `Unofficial notes on the ${what}`,
                  publisher: 'Benchmark newsletter',
                  kind: 'secondary',
                  note: 'Not linked; not confirmed in an official source.',
                },
              ]
            : [secondary];
      m['confidence'] = confidence;
      if (confidence === 'derived')
        m['rule'] = 'third day after publication in the Official Journal';
      if (confidence === 'disputed') {
        m['alternatives'] = [
          {
            date:
              date.length === 10
                ? isoDay(cursor - DAY)
                : `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`,
            sources: [{ ...secondary, url: `${secondary.url}/other` }],
            note: 'Negotiations ran past midnight.',
          },
        ];
      }
      if (stage === 'ep-first-reading' || stage === 'committee')
        m['votes'] = {
          for: 300 + Math.floor(rand() * 300),
          against: Math.floor(rand() * 200),
          ...(chance(0.7) ? { abstentions: Math.floor(rand() * 60) } : {}),
        };
      if (stage && chance(0.3))
        m['reference'] = `A9-${pad(n % 9999, 4)}/${new Date(cursor).getUTCFullYear()}`;
      if (chance(0.03)) {
        m['correction'] = {
          claim: `The ${what} took place a month later.`,
          source: {
            title: `Campaign article on ${topic}`,
            publisher: 'Benchmark campaign',
            kind: 'campaign',
            note: 'The article is no longer online.',
          },
          correct: `The ${what} took place on the date shown, as the official record says.`,
        };
      }
      if (chance(0.1)) m['tags'] = [pick(TAGS)];
      ms.push(m);
    }
    const body = [
      `This synthetic ${kind} on ${topic} exists to measure how the site grows with its content. It reads like a real explainer: what the file does, who negotiates it, and what the campaign wants from it.`,
      `It touches on ${pick(TOPICS)} and ${pick(TOPICS)}, and it is linked to earlier files where the two overlap. Each milestone has a source, and the ones below official are labelled.`,
      ...(chance(0.5)
        ? [
            `Advocates follow its deadlines closely, because the ${topic} rules change what platforms must do.`,
          ]
        : []),
    ].join('\n\n');
    drafts.push({
      id,
      data: {
        title,
        shortTitle,
        kind,
        ...(i % 17 === 3 ? { track: legislative ? 'legislative' : 'non-legislative' } : {}),
        jurisdiction: pick(JURISDICTIONS),
        summary: `A synthetic ${kind} that sets rules on ${topic} for the benchmark.`,
        references,
        related,
        tags,
      },
      milestones: ms,
      body,
    });
  }

  // Outcomes of past deadlines, some superseded by a later deadline (of this or a later instrument: never a circle).
  const deadlines = drafts.flatMap((d) =>
    d.milestones.filter((m) => m['deadline']).map((m) => ({ draft: d, m })),
  );
  deadlines.forEach(({ m }, index) => {
    const due = Date.parse(`${String(m['date'])}T23:59:59Z`);
    if (due >= nowMs) return;
    const later = deadlines.slice(index + 1, index + 30).filter((d) => d.m !== m);
    const successor = later.length && chance(0.35) ? pick(later) : undefined;
    m['deadline'] = successor
      ? {
          outcome: pick(['extended', 'superseded'] as const),
          supersededBy: `${successor.draft.id}#${String(successor.m['id'])}`,
        }
      : { outcome: pick(['met', 'met', 'missed', 'lapsed'] as const) };
  });

  const yaml = (value: unknown): string =>
    stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const files: SyntheticFile[] = [
    {
      path: 'campaign.yaml',
      text: yaml({
        name: 'Synthetic Campaign',
        organisation: 'Benchmark Organisation',
        description:
          'A synthetic campaign generated by npm run bench to measure build time, page weight and search speed at scale.',
        siteUrl: 'https://bench.example.org',
        timeZone: 'Europe/Brussels',
        locale: 'en-GB',
        reviewedAt: SYNTHETIC_NOW.slice(0, 10),
      }),
    },
    ...drafts.map((d) => ({
      path: `instruments/${d.id}.mdx`,
      text: `---\n${yaml({ ...d.data, milestones: d.milestones })}---\n\n${d.body}\n`,
    })),
  ];
  return {
    files,
    instruments: drafts.length,
    milestones: drafts.reduce((n, d) => n + d.milestones.length, 0),
    instrumentIds: drafts.map((d) => d.id),
  };
}

/** Writes a generated campaign into a content folder. */
export function writeCampaign(dir: string, campaign: SyntheticCampaign): void {
  mkdirSync(join(dir, 'instruments'), { recursive: true });
  for (const file of campaign.files) writeFileSync(join(dir, file.path), file.text);
}
