/**
 * Writes a synthetic campaign (a content/ folder) of a given size, for measuring how the site
 * scales: `node scripts/synthetic-content.ts <dir> [milestones=5000] [instruments]` (about ten
 * milestones an instrument unless told). Then build it with
 * `POLICY_TIMELINE_CONTENT=<dir> npm run build`.
 *
 * The content is the benchmark's (scripts/quality/synthetic-content.ts): fake but valid and
 * realistic in shape, and seeded, so the same arguments always give the same files.
 */
import { resolve } from 'node:path';
import { generateCampaign, writeCampaign } from './quality/synthetic-content.ts';

const [dirArg, milestonesArg = '5000', instrumentsArg] = process.argv.slice(2);
if (!dirArg) {
  console.error('usage: node scripts/synthetic-content.ts <dir> [milestones=5000] [instruments]');
  process.exit(2);
}
const dir = resolve(dirArg);
const campaign = generateCampaign(
  Number(milestonesArg),
  undefined,
  instrumentsArg === undefined ? undefined : Number(instrumentsArg),
);
writeCampaign(dir, campaign);
console.log(`${dir}: ${campaign.instruments} instruments, ${campaign.milestones} milestones.`);
