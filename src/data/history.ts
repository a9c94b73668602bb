/**
 * The history of the record, computed once per build (like getSite()): per instrument and per
 * milestone, newest first, from the content folder's git history (src/data/git-history.ts reads
 * it, src/lib/history-log.ts and src/lib/history.ts make sense of it).
 *
 * When the history is missing or incomplete the build goes on and says so ONCE in the build
 * log; the data says `available: false`, or `complete: false` with the date it starts. No date
 * is ever made up: without history, nothing is dated by it.
 */
import {
  buildHistory,
  describeStatus,
  type History,
  type HistoryRecord,
  type MilestoneChanges,
  type Revision,
} from '../lib/history-log.ts';
import { contentDirectory } from '../integrations/content-files.ts';
import { readGitHistory } from './git-history.ts';
import { getSite } from './content.ts';

export type { History, HistoryRecord, MilestoneChanges, Revision };

let cached: Promise<History> | undefined;

/** The history of the record, read and computed once per build; the build log says what it holds, once. */
export function getHistory(): Promise<History> {
  cached ??= (async () => {
    const site = await getSite();
    const zone = site.campaign.timeZone;
    const read = readGitHistory(contentDirectory());
    const started = performance.now();
    const history = buildHistory(read, zone);
    const { level, message } = describeStatus(history, zone);
    const timing = read.available
      ? ` (git ${Math.round(read.ms)} ms, diff ${Math.round(performance.now() - started)} ms)`
      : '';
    (level === 'warn' ? console.warn : console.info)(`[history] ${message}${timing}`);
    return history;
  })();
  return cached;
}
