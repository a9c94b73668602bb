/**
 * `npm run review`: what an author should check in content/ (or POLICY_TIMELINE_CONTENT, or the
 * folder given) on a day, by default today in the campaign's time zone:
 *
 *   npm run review                       today
 *   npm run review -- --date 2027-01-15  another day
 *   npm run review -- --json             the same list as JSON, for tools
 *
 * It informs and never blocks: it exits 0 whatever it finds (2 only for a bad option). The clock
 * is read here (src/data/now.ts: POLICY_TIMELINE_NOW pins it, as for the build), never in
 * src/lib. Runs on Node's own TypeScript support.
 */
import { existsSync } from 'node:fs';
import { contentDirectory, readContentFiles } from '../src/integrations/content-files.ts';
import { formatReview, reviewJson } from '../src/integrations/review-report.ts';
import { calendarDateIn, explainInvalidDate, precisionOf } from '../src/lib/dates.ts';
import { BUILD_NOW } from '../src/data/now.ts';
import { reviewContent } from '../src/lib/review.ts';
import { validateContent } from '../src/lib/validate.ts';

function usage(message: string): never {
  console.error(
    `${message}\nUsage: npm run review -- [--date YYYY-MM-DD] [--json] [content folder]`,
  );
  process.exit(2);
}

let date: string | undefined;
let json = false;
let folder: string | undefined;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--json') json = true;
  else if (arg === '--date' || arg.startsWith('--date=')) {
    date = arg === '--date' ? args[++i] : arg.slice('--date='.length);
    if (
      !date ||
      !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
      explainInvalidDate(date) ||
      precisionOf(date) !== 'day'
    )
      usage(`--date needs a real day as YYYY-MM-DD, got "${date ?? ''}".`);
  } else if (arg.startsWith('-')) usage(`Unknown option "${arg}".`);
  else folder = arg;
}

const dir = folder ?? contentDirectory();
if (!existsSync(dir)) usage(`No content folder at ${dir}.`);
const { files, contentDir } = readContentFiles(dir);
const result = validateContent(files, contentDir);
const zone = result.campaign?.timeZone ?? 'Europe/Brussels';
// Today: the clock, or POLICY_TIMELINE_NOW when it pins the build's "now" (the build prints the same queue).
const day = date ?? calendarDateIn(BUILD_NOW, zone);
const report = reviewContent(result, files, day);

if (json) console.log(JSON.stringify(reviewJson(report, contentDir), null, 2));
else console.log(formatReview(report, contentDir));
if (result.problems.length)
  console.error(
    `Note: ${result.problems.length} file problem(s) kept some entries out of this queue; run npm run validate.`,
  );
