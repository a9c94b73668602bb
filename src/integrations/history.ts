/**
 * Build hook: says once, before the build (and when the dev server starts), what the site will
 * know of the history of its record: read from git in full, incomplete (a shallow clone, with
 * the day it starts), or unavailable (no .git, no git) with the reason. The build goes on in
 * every case; the history itself is read by src/data/history.ts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { probeGitHistory } from '../data/git-history.ts';
import { isValidTimeZone } from '../lib/dates.ts';
import { describeStatus } from '../lib/history-log.ts';
import { contentDirectory } from './content-files.ts';

/** The campaign's time zone, for the day the history starts (the content check reports a bad file). */
function campaignZone(dir: string): string {
  try {
    const file = join(dir, 'campaign.yaml');
    const zone = existsSync(file)
      ? (load(readFileSync(file, 'utf8')) as { timeZone?: unknown } | null)?.timeZone
      : undefined;
    return typeof zone === 'string' && isValidTimeZone(zone) ? zone : 'Europe/Brussels';
  } catch {
    return 'Europe/Brussels';
  }
}

export function historyCheck(): AstroIntegration {
  return {
    name: 'policy-timeline:history',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const dir = contentDirectory(fileURLToPath(config.root));
        if (!existsSync(dir)) return; // the content check stops the build
        const { level, message } = describeStatus(probeGitHistory(dir), campaignZone(dir));
        logger[level](message);
      },
    },
  };
}
