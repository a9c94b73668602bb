/**
 * `npm run validate`: checks every file in content/ (or POLICY_TIMELINE_CONTENT) and prints
 * every problem at once. Exits 1 when there is any. Runs on Node's own TypeScript support.
 */
import { existsSync } from 'node:fs';
import { contentDirectory, readContentFiles } from '../src/integrations/content-files.ts';
import { formatProblems, validateContent } from '../src/lib/validate.ts';

const dir = process.argv[2] ? process.argv[2] : contentDirectory();
if (!existsSync(dir)) {
  console.error(`No content folder at ${dir}.`);
  process.exit(1);
}
const started = performance.now();
const { files, contentDir } = readContentFiles(dir);
const result = validateContent(files, contentDir);
const ms = Math.round(performance.now() - started);
if (result.problems.length) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const milestones = result.instruments.reduce((n, i) => n + i.data.milestones.length, 0);
console.log(
  `${contentDir}: valid. ${result.instruments.length} instruments, ${milestones} milestones${result.templates.length ? `; ${result.templates.length} template(s) skipped: ${result.templates.join(', ')}` : ''} (${ms} ms).`,
);
