/**
 * Wiring only: which files make which collection. The schemas live in src/lib/schema.ts, and
 * every file is validated as a whole (all problems at once) by the content-check integration
 * before Astro loads anything.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { load as loadYaml } from 'js-yaml';
import { CampaignSchema, InstrumentSchema } from './lib/schema.ts';

const contentDir = process.env['POLICY_TIMELINE_CONTENT'] ?? './content';

/** One entry, id "campaign": the campaign file is a single object, not a list of entries. */
const campaign = defineCollection({
  loader: file(`${contentDir}/campaign.yaml`, {
    parser: (text) => [{ id: 'campaign', ...(loadYaml(text) as Record<string, unknown>) }],
  }),
  // The file loader keeps the entry id in the data; the campaign schema itself is strict.
  schema: CampaignSchema.extend({ id: z.literal('campaign') }),
});

/** content/instruments/<id>.mdx; files starting with "_" are templates and are skipped. */
const instruments = defineCollection({
  loader: glob({ base: `${contentDir}/instruments`, pattern: '[^_]*.mdx' }),
  schema: InstrumentSchema,
});

export const collections = { campaign, instruments };
