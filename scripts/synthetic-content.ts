/**
 * Writes a synthetic campaign (a content/ folder) of a given size, for measuring how the site
 * scales: `node scripts/synthetic-content.ts <dir> [milestones=5000] [instruments=100]`.
 * Then build it with `POLICY_TIMELINE_CONTENT=<dir> npm run build`.
 *
 * The content is fake but valid and realistic in shape: legislative files that move along the
 * track, partial dates, deadlines, every confidence level, notes and sources. It is seeded, so
 * the same arguments always give the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { LEGISLATIVE_STAGES } from '../src/lib/schema.ts';

const [dirArg, milestonesArg = '5000', instrumentsArg = '100'] = process.argv.slice(2);
if (!dirArg) {
  console.error(
    'usage: node scripts/synthetic-content.ts <dir> [milestones=5000] [instruments=100]',
  );
  process.exit(2);
}
const dir = resolve(dirArg);
const total = Number(milestonesArg);
const count = Number(instrumentsArg);

let seed = 42;
const random = (): number => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const pad = (n: number): string => String(n).padStart(2, '0');
const WORDS =
  'detection reporting removal encryption platforms hotline trilogue mandate amendment derogation transparency audit risk assessment centre coordination victims prevention grooming material providers interpersonal communications'.split(
    ' ',
  );
const sentence = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const ACTORS = [
  'commission',
  'parliament',
  'council',
  'co-legislators',
  'presidency',
  'member-states',
] as const;
const TAGS = [
  'detection',
  'eprivacy',
  'platforms',
  'eu-centre',
  'criminal-law',
  'encryption',
  'age-verification',
  'hotlines',
];

mkdirSync(join(dir, 'instruments'), { recursive: true });
writeFileSync(
  join(dir, 'campaign.yaml'),
  dump({
    name: 'Synthetic Campaign',
    organisation: 'Benchmark Organisation',
    description: 'A synthetic campaign to measure how the site scales.',
    siteUrl: 'https://synthetic.example.org',
    reviewedAt: '2026-11-29',
  }),
);

for (let i = 0; i < count; i++) {
  const id = `instrument-${String(i + 1).padStart(3, '0')}`;
  const n = Math.floor(total / count) + (i < total % count ? 1 : 0);
  let year = 2000 + Math.floor(random() * 20);
  let month = 1 + Math.floor(random() * 12);
  let stageIndex = 0;
  const milestones = Array.from({ length: n }, (_, k) => {
    // Move forward 0–3 months each time.
    month += Math.floor(random() * 4);
    while (month > 12) {
      month -= 12;
      year++;
    }
    const day = 1 + Math.floor(random() * 28);
    const r = random();
    const date =
      r < 0.05
        ? String(year)
        : r < 0.15
          ? `${year}-${pad(month)}`
          : `${year}-${pad(month)}-${pad(day)}`;
    const confidence = pick([
      'official',
      'official',
      'official',
      'secondary',
      'secondary',
      'derived',
      'unverified',
    ] as const);
    const stage =
      random() < 0.3 && stageIndex < LEGISLATIVE_STAGES.length
        ? LEGISLATIVE_STAGES[stageIndex++]
        : undefined;
    const deadline = date.length === 10 && random() < 0.1;
    return {
      id: `m-${k + 1}`,
      date,
      title: `${sentence(3)} ${sentence(4)}`.replace(/^./, (c) => c.toUpperCase()),
      note: `${sentence(12)}.`,
      actor: pick(ACTORS),
      ...(stage ? { stage } : {}),
      ...(deadline ? { deadline: {} } : {}),
      sources: [
        {
          url: `https://example.org/${id}/${k + 1}`,
          title: `Source for ${sentence(3)}`,
          publisher: 'Example Publisher',
          kind: confidence === 'official' ? 'official' : 'secondary',
        },
      ],
      confidence,
      ...(confidence === 'derived' ? { rule: 'third day after publication' } : {}),
      ...(random() < 0.1 ? { tags: [pick(TAGS)] } : {}),
    };
  });
  const frontmatter = {
    title: `Synthetic regulation number ${i + 1} on ${sentence(4)}`,
    shortTitle: `Synthetic ${i + 1}`,
    kind: 'regulation',
    summary: `A synthetic instrument about ${sentence(6)}.`,
    references: { com: `COM(${2000 + (i % 25)}) ${100 + i} final` },
    tags: [pick(TAGS), pick(TAGS)].filter((t, j, all) => all.indexOf(t) === j),
    milestones,
  };
  writeFileSync(
    join(dir, 'instruments', `${id}.mdx`),
    `---\n${dump(frontmatter, { lineWidth: 200 })}---\n\n${sentence(40)}.\n`,
  );
}
console.log(`${dir}: ${count} instruments, ${total} milestones.`);
