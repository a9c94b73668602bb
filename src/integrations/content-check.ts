/**
 * Build hook: validates the whole content folder before Astro loads it, so `astro build`,
 * `astro dev`, `astro check` and `astro sync` stop on the same full list of problems that
 * `npm run validate` prints. It then prints the review queue's one-line summary for the day of
 * the build (`npm run review` lists it). After a build, it checks that every instrument and
 * milestone made it into the output, and says how many were published.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILD_NOW } from '../data/now.ts';
import { calendarDateIn } from '../lib/dates.ts';
import { reviewContent } from '../lib/review.ts';
import { formatProblems, validateContent, type ValidationResult } from '../lib/validate.ts';
import { contentDirectory, readContentFiles } from './content-files.ts';
import { reviewSummaryLine } from './review-report.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentCheck(): AstroIntegration {
  let result: ValidationResult | undefined;
  return {
    name: 'policy-timeline:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return; // serves dist/ as built; the content is not read
        const root = fileURLToPath(config.root);
        const dir = contentDirectory(root);
        if (!existsSync(dir))
          throw new ContentError(
            `No content folder at ${dir}. Create content/campaign.yaml and content/instruments/ (see README.md).`,
          );
        const { files, contentDir } = readContentFiles(dir, root);
        result = validateContent(files, contentDir);
        if (result.problems.length) {
          throw new ContentError(
            `The content has problems; nothing was built.\n\n${formatProblems(result.problems)}`,
          );
        }
        const milestones = result.instruments.reduce((n, i) => n + i.data.milestones.length, 0);
        logger.info(
          `${contentDir}: ${result.instruments.length} instruments and ${milestones} milestones are valid${result.templates.length ? `; templates skipped: ${result.templates.join(', ')}` : ''}.`,
        );
        // The day of the build in the campaign's zone: the clock, or POLICY_TIMELINE_NOW.
        const zone = result.campaign?.timeZone ?? 'Europe/Brussels';
        logger.info(
          reviewSummaryLine(reviewContent(result, files, calendarDateIn(BUILD_NOW, zone))),
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!result) return;
        const missing: string[] = [];
        let published = 0;
        for (const instrument of result.instruments) {
          const page = new URL(`instruments/${instrument.id}/index.html`, dir);
          const html = existsSync(page) ? readFileSync(page, 'utf8') : '';
          if (!html) {
            missing.push(`${instrument.id} (no page)`);
            continue;
          }
          for (const m of instrument.data.milestones) {
            if (html.includes(`id="${m.id}"`)) published++;
            else missing.push(`${instrument.id}#${m.id}`);
            // Its own page, the milestone's permalink.
            if (!existsSync(new URL(`instruments/${instrument.id}/${m.id}/index.html`, dir)))
              missing.push(`${instrument.id}/${m.id}/ (no page)`);
          }
        }
        if (missing.length)
          throw new ContentError(
            `These entries are missing from the built site: ${missing.join(', ')}`,
          );
        logger.info(
          `Published ${result.instruments.length} instruments and ${published} milestones.`,
        );
      },
    },
  };
}
