/**
 * The history of the record, computed once per build (like getSite()): per instrument and per
 * milestone, newest first, from the content folder's git history (src/data/git-history.ts reads
 * it, src/lib/history-log.ts and src/lib/history.ts make sense of it).
 *
 * When the history is missing or incomplete the build goes on; the data says `available: false`,
 * or `complete: false` with the date it starts, and the build log says so once, before the
 * build (src/integrations/history.ts). No date is ever made up: without history, nothing is
 * dated by it.
 */
import {
  buildHistory,
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

/** The history of the record, read and computed once per build. */
export function getHistory(): Promise<History> {
  cached ??= (async () => {
    const site = await getSite();
    return buildHistory(readGitHistory(contentDirectory()), site.campaign.timeZone);
  })();
  return cached;
}
