/**
 * The history of the record from git's own account of it: the output of one `git log` pass,
 * parsed, and every instrument file's versions turned into recorded changes.
 *
 * Pure: the caller runs git (src/data/git-history.ts) and hands over its text and the blobs;
 * everything that can go wrong in the logic (renames, merges, shallow clones, broken versions)
 * is decided here, where it can be tested without a repository.
 *
 * - **Which commits**: the first-parent line of HEAD (`--first-parent`), each compared with its
 *   first parent. A merged branch is one change to the record, dated when it was merged: that is
 *   when the published record changed. The commits inside a merged branch are not listed.
 * - **When**: the committer date, the moment the commit entered this line of history; an author
 *   date can be much older (a branch written last week and merged today, a rebase, a
 *   cherry-pick). The author date is kept beside it.
 * - **Renames** (`-M`): the history of `instruments/old.mdx` continues under the new id, with an
 *   "address changed" change. A file moved from or to a template name (`_draft.mdx`) is added or
 *   removed.
 * - **Shallow clones**: the oldest commit git has is a graft. git shows it as adding every file,
 *   which is not true: it is the baseline, its files are where the known history starts, and it
 *   gives no change at all.
 * - **Broken versions**: a version whose frontmatter does not parse never built. It is skipped,
 *   and the next good version is compared with the last good one.
 * - Several files in one commit give one record per file.
 */
import { calendarDateIn } from './dates.ts';
import { ID_RE } from './schema.ts';
import { diffVersions, parseVersion, tagsOf, type Change, type Version } from './history.ts';

/**
 * The `git log` format the parser reads, with `-z`: a record separator, then the commit hash,
 * parents, author and committer dates (seconds) and the `Change-Note` trailers (unfolded, joined
 * by the unit separator), each ended by NUL; the raw diff entries follow.
 */
export const LOG_FORMAT =
  '%x1e%H%x00%P%x00%at%x00%ct%x00%(trailers:key=Change-Note,valueonly,unfold,separator=%x1f)%x00';

/** The arguments of the one `git log` pass, before the pathspec. */
export const LOG_ARGS = [
  'log',
  '--first-parent',
  // Merges compared with their first parent: implied by --first-parent since git 2.31, spelt
  // out for older gits (which would otherwise show a merge with no change at all).
  '-m',
  '--raw',
  '--no-abbrev',
  '-z',
  '-M',
  '--no-color',
  '--no-ext-diff',
  `--format=${LOG_FORMAT}`,
] as const;

const ZERO = /^0+$/;

/** One file in a commit's raw diff (`git log --raw`). */
export interface LogEntry {
  /** A (added), M (modified), D (deleted), R (renamed), T (type changed), … */
  readonly status: string;
  readonly oldMode: string;
  readonly newMode: string;
  /** The blob before, or `undefined` for an added file. */
  readonly oldBlob?: string;
  /** The blob after, or `undefined` for a deleted file. */
  readonly newBlob?: string;
  /** The path before, for a rename. */
  readonly oldPath?: string;
  /** The path after (relative to the repository's top). */
  readonly path: string;
}

export interface LogCommit {
  readonly hash: string;
  readonly parents: readonly string[];
  /** Epoch ms. */
  readonly authoredAt: number;
  /** Epoch ms. */
  readonly committedAt: number;
  /** The `Change-Note:` trailers of the message. */
  readonly notes: readonly string[];
  readonly entries: readonly LogEntry[];
}

/** Parses the output of `git log` run with {@link LOG_ARGS}. Newest first, as git gives it. */
export function parseLog(output: string): LogCommit[] {
  const commits: LogCommit[] = [];
  for (const chunk of output.split('\x1e')) {
    if (chunk === '') continue;
    const fields = chunk.split('\0');
    const [hash = '', parents = '', at = '', ct = '', trailers = ''] = fields;
    if (!/^[0-9a-f]{40,64}$/.test(hash))
      throw new Error(`Unexpected git log output: "${chunk.slice(0, 80)}"`);
    const entries: LogEntry[] = [];
    for (let i = 5; i < fields.length; i++) {
      const header = (fields[i] ?? '').replace(/^\n+/, '');
      if (!header.startsWith(':')) continue;
      const [oldMode = '', newMode = '', oldBlob = '', newBlob = '', status = ''] = header
        .slice(1)
        .split(' ');
      const letter = status.charAt(0);
      const first = fields[++i] ?? '';
      const second = letter === 'R' || letter === 'C' ? (fields[++i] ?? '') : undefined;
      entries.push({
        status: letter,
        oldMode,
        newMode,
        ...(ZERO.test(oldBlob) ? {} : { oldBlob }),
        ...(ZERO.test(newBlob) ? {} : { newBlob }),
        ...(second === undefined ? { path: first } : { oldPath: first, path: second }),
      });
    }
    commits.push({
      hash,
      parents: parents.split(' ').filter(Boolean),
      authoredAt: Number(at) * 1000,
      committedAt: Number(ct) * 1000,
      notes: trailers
        .split('\x1f')
        .map((n) => n.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
      entries,
    });
  }
  return commits;
}

/** The committer date in a raw commit object (`git cat-file`), epoch ms. */
export function committerDate(commitObject: string): number | undefined {
  const match = /^committer .* (\d+) [+-]\d{4}$/m.exec(commitObject);
  return match ? Number(match[1]) * 1000 : undefined;
}

/** Where instrument files are, relative to the repository's top: "content/" gives content/instruments/<id>.mdx. */
export function instrumentIdOf(path: string, prefix: string): string | undefined {
  if (!path.startsWith(`${prefix}instruments/`)) return undefined;
  const name = path.slice(prefix.length + 'instruments/'.length);
  if (!name.endsWith('.mdx') || name.includes('/')) return undefined;
  const id = name.slice(0, -'.mdx'.length);
  return ID_RE.test(id) ? id : undefined; // "_template" and misnamed files are never published
}

/** Regular files only: a symlink or a submodule is not a version of an instrument. */
const isFile = (mode: string): boolean => mode === '100644' || mode === '100755';

/** The blobs {@link assembleHistory} will read: every version of every instrument file. */
export function blobsToRead(commits: readonly LogCommit[], prefix: string): Set<string> {
  const out = new Set<string>();
  for (const c of commits)
    for (const e of c.entries) {
      if (
        e.oldBlob &&
        isFile(e.oldMode) &&
        instrumentIdOf(e.oldPath ?? e.path, prefix) !== undefined
      )
        out.add(e.oldBlob);
      if (e.newBlob && isFile(e.newMode) && instrumentIdOf(e.path, prefix) !== undefined)
        out.add(e.newBlob);
    }
  return out;
}

/**
 * One commit's changes to one instrument file, with the commit's author date and its
 * `Change-Note:` trailers (the human summary).
 */
export interface HistoryRecord extends Pick<LogCommit, 'authoredAt' | 'notes'> {
  readonly commit: string;
  /** The first parent, when there is one. */
  readonly parent?: string;
  /** When it was recorded: the committer date, epoch ms. */
  readonly recordedAt: number;
  /** The instrument's id now (after any later rename), or its last id if it was removed. */
  readonly instrumentId: string;
  /** Its id in this commit. */
  readonly idThen: string;
  readonly changes: readonly Change[];
  /** The instrument's tags at this commit (after, or before for a removal). */
  readonly instrumentTags: readonly string[];
  /** The own tags of each milestone this record changes, at this commit. */
  readonly milestoneTags: Readonly<Record<string, readonly string[]>>;
  /** Its place in the first-parent line: 0 is the oldest commit. */
  readonly position: number;
}

export interface AssembledHistory {
  /** Newest first; formatting-only commits give none. */
  readonly records: readonly HistoryRecord[];
  /** The graft commits of a shallow clone that the log reached: the history starts there. */
  readonly baseline: readonly { readonly commit: string; readonly at: number }[];
  /** The committer date of the oldest commit read (the start of the known history), epoch ms. */
  readonly since?: number;
}

export interface AssembleOptions {
  /** The content folder relative to the repository's top, with a final slash ("" at the top). */
  readonly prefix: string;
  /** A blob's text; `undefined` when it could not be read. */
  readonly blob: (sha: string) => string | undefined;
  /** The graft commits of a shallow clone (their parents are not in the clone). */
  readonly shallow: ReadonlySet<string>;
  readonly campaignZone: string;
}

interface FileState {
  /** Shared by every path the file has had: its id is settled once every rename is known. */
  readonly identity: { id: string };
  /** The last version that parsed. */
  last: Version | undefined;
}

/**
 * Turns the first-parent log (newest first, as git gives it) into records, newest first.
 * Versions are read oldest first so each is compared with the last good one before it.
 */
export function assembleHistory(
  commits: readonly LogCommit[],
  options: AssembleOptions,
): AssembledHistory {
  // Each version is parsed when its commit is read, and kept only as the file's last version:
  // a long history never holds every parsed version at once.
  const version = (sha: string | undefined): Version | undefined => {
    const text = sha === undefined ? undefined : options.blob(sha);
    return text === undefined ? undefined : parseVersion(text);
  };
  const files = new Map<string, FileState>();
  const pending: (Omit<HistoryRecord, 'instrumentId'> & { identity: { id: string } })[] = [];
  const baseline: { commit: string; at: number }[] = [];
  const chain = [...commits].reverse();

  chain.forEach((commit, position) => {
    const isBaseline = commit.parents.length === 0 && options.shallow.has(commit.hash);
    if (isBaseline) baseline.push({ commit: commit.hash, at: commit.committedAt });
    const at = new Date(commit.committedAt);
    const record = (
      state: FileState,
      idThen: string,
      before: Version | undefined,
      after: Version | undefined,
      extra: Change[] = [],
    ): void => {
      if (isBaseline) return;
      const changes = [
        ...extra,
        ...diffVersions(before, after, { at, campaignZone: options.campaignZone }),
      ];
      if (!changes.length) return;
      const tags = tagsOf(after ?? before);
      const milestoneTags: Record<string, readonly string[]> = {};
      for (const c of changes)
        if (c.milestone !== undefined) {
          const own =
            tags.milestones.get(c.milestone) ?? tagsOf(before).milestones.get(c.milestone);
          if (own?.length) milestoneTags[c.milestone] = own;
        }
      pending.push({
        commit: commit.hash,
        ...(commit.parents[0] ? { parent: commit.parents[0] } : {}),
        recordedAt: commit.committedAt,
        authoredAt: commit.authoredAt,
        notes: commit.notes,
        identity: state.identity,
        idThen,
        changes,
        instrumentTags: tags.instrument,
        milestoneTags,
        position,
      });
    };
    const add = (path: string, id: string, blob: string | undefined): void => {
      const state: FileState = { identity: { id }, last: undefined };
      files.set(path, state);
      const next = version(blob);
      if (!next) return; // not parseable: the next good version counts as the addition
      record(state, id, undefined, next);
      state.last = next;
    };
    /** A file changed in place (or renamed, with the change that says so), now at `e.path`. */
    const modify = (e: LogEntry, id: string, extra: Change[] = []): void => {
      let state = files.get(e.path);
      if (!state) {
        state = { identity: { id }, last: version(e.oldBlob) };
        files.set(e.path, state);
      }
      const next = version(e.newBlob);
      if (!next) {
        if (extra.length) record(state, id, state.last, state.last, extra);
        return;
      }
      record(state, id, state.last, next, extra);
      state.last = next;
    };
    const remove = (path: string, id: string, oldBlob: string | undefined): void => {
      const state = files.get(path) ?? { identity: { id }, last: undefined };
      files.delete(path);
      const before = state.last ?? version(oldBlob);
      if (before) record(state, id, before, undefined);
    };

    for (const e of commit.entries) {
      const newId = isFile(e.newMode) ? instrumentIdOf(e.path, options.prefix) : undefined;
      const oldPath = e.oldPath ?? e.path;
      const oldId = isFile(e.oldMode) ? instrumentIdOf(oldPath, options.prefix) : undefined;
      if (e.status === 'A') {
        if (newId !== undefined) add(e.path, newId, e.newBlob);
      } else if (e.status === 'D') {
        if (oldId !== undefined) remove(oldPath, oldId, e.oldBlob);
      } else if (e.status === 'R') {
        if (oldId !== undefined && newId !== undefined) {
          const state = files.get(oldPath) ?? { identity: { id: oldId }, last: version(e.oldBlob) };
          files.delete(oldPath);
          files.set(e.path, state);
          state.identity.id = newId;
          const renamed: Change = { kind: 'instrument-renamed', from: oldId, to: newId };
          modify(e, newId, [renamed]);
        } else if (newId !== undefined) add(e.path, newId, e.newBlob);
        else if (oldId !== undefined) remove(oldPath, oldId, e.oldBlob);
      } else if (newId !== undefined || oldId !== undefined) {
        // M, T (and anything else git may add): one path, changed in place.
        if (newId !== undefined && oldId !== undefined) modify(e, newId);
        else if (newId !== undefined) add(e.path, newId, e.newBlob);
        else if (oldId !== undefined) remove(oldPath, oldId, e.oldBlob);
      }
    }
  });

  const records = pending
    .map(({ identity, ...rest }) => ({ ...rest, instrumentId: identity.id }))
    // Newest commit first; within a commit, files in git's order (a stable sort).
    .sort((a, b) => b.position - a.position);
  const oldest = chain[0];
  return { records, baseline, ...(oldest ? { since: oldest.committedAt } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The history of a build

/** What the reader of git found (src/data/git-history.ts gives it). */
export interface GitHistoryInput {
  readonly available: boolean;
  readonly reason?: string;
  readonly shallow: boolean;
  /** The graft commits of a shallow clone. */
  readonly grafts: ReadonlySet<string>;
  /** Their committer dates, epoch ms. */
  readonly graftDates: readonly number[];
  /** The content folder relative to the repository's top, with a final slash ("" at the top). */
  readonly prefix: string;
  /** Newest first. */
  readonly commits: readonly LogCommit[];
  readonly blobs: ReadonlyMap<string, string>;
}

export interface HistoryStatus {
  /** Whether the build could read any history at all. */
  readonly available: boolean;
  /** Whether it is the whole history (not a shallow clone). */
  readonly complete: boolean;
  /**
   * Where the known history starts, epoch ms: the oldest commit of the content folder, or, in a
   * shallow clone, the graft commit (history before it is unknown).
   */
  readonly since?: number;
  /** Why there is no history. */
  readonly reason?: string;
  /** How many commits of the first-parent line touched the content folder. */
  readonly commits: number;
}

/** One milestone's part of a record. */
export interface MilestoneChanges {
  readonly record: HistoryRecord;
  readonly changes: readonly Change[];
}

/** How often a milestone was revised, for calendar apps (RFC 5545 SEQUENCE and LAST-MODIFIED). */
export interface Revision {
  /** Recorded changes after the milestone was added, one per commit. */
  readonly sequence: number;
  /** When the last of them was recorded, epoch ms. */
  readonly lastModified: number;
}

export interface History {
  readonly status: HistoryStatus;
  /** Every record, newest first: one commit's changes to one instrument file. */
  readonly records: readonly HistoryRecord[];
  /** By instrument id (the id now), newest first. */
  readonly byInstrument: ReadonlyMap<string, readonly HistoryRecord[]>;
  /** By milestone key "<instrument>#<milestone>", newest first. */
  readonly byMilestone: ReadonlyMap<string, readonly MilestoneChanges[]>;
  /** By milestone key, for milestones changed since they were added; only with the whole history. */
  readonly revisions: ReadonlyMap<string, Revision>;
}

const NO_HISTORY: Omit<History, 'status'> = {
  records: [],
  byInstrument: new Map(),
  byMilestone: new Map(),
  revisions: new Map(),
};

/** Builds the history from what git gave (src/data/history.ts calls it once per build). */
export function buildHistory(read: GitHistoryInput, campaignZone: string): History {
  if (!read.available)
    return {
      status: { available: false, complete: false, reason: read.reason ?? 'unknown', commits: 0 },
      ...NO_HISTORY,
    };
  const assembled = assembleHistory(read.commits, {
    prefix: read.prefix,
    blob: (sha) => read.blobs.get(sha),
    shallow: read.grafts,
    campaignZone,
  });
  const starts = read.shallow
    ? Math.min(...read.graftDates, ...assembled.baseline.map((b) => b.at))
    : assembled.since;
  const status: HistoryStatus = {
    available: true,
    complete: !read.shallow,
    ...(starts !== undefined && Number.isFinite(starts) ? { since: starts } : {}),
    commits: read.commits.length,
  };

  // A copy: the values of the records were read out of every version of every file, and each
  // such string keeps the whole text it was cut from alive (V8's sliced strings). At 20,000
  // milestones that held about 110 MB of old file versions for the whole build, for 10 MB of
  // records.
  const records = structuredClone(assembled.records);
  const byInstrument = new Map<string, HistoryRecord[]>();
  const byMilestone = new Map<string, MilestoneChanges[]>();
  for (const record of records) {
    const list = byInstrument.get(record.instrumentId) ?? [];
    list.push(record);
    byInstrument.set(record.instrumentId, list);
    const own = new Map<string, Change[]>();
    for (const c of record.changes)
      if (c.milestone !== undefined) {
        const changes = own.get(c.milestone);
        if (changes) changes.push(c);
        else own.set(c.milestone, [c]);
      }
    for (const [id, changes] of own) {
      const key = `${record.instrumentId}#${id}`;
      const list = byMilestone.get(key);
      if (list) list.push({ record, changes });
      else byMilestone.set(key, [{ record, changes }]);
    }
  }

  // Calendar revisions need the whole history: a count from a partial one could be lower than
  // one already published, and calendar apps ignore an update with a lower SEQUENCE.
  const revisions = new Map<string, Revision>();
  if (status.complete)
    for (const [key, list] of byMilestone) {
      const oldest = list.at(-1);
      const added = oldest?.changes.some((c) => c.kind === 'milestone-added') ?? false;
      const sequence = list.length - (added ? 1 : 0);
      const newest = list[0];
      if (sequence > 0 && newest)
        revisions.set(key, { sequence, lastModified: newest.record.recordedAt });
    }
  return { status, records, byInstrument, byMilestone, revisions };
}

/** The build-log line for what a build knows of its history (said once per build). */
export function describeStatus(
  status: Pick<HistoryStatus, 'available' | 'complete' | 'since' | 'reason'>,
  campaignZone: string,
): { level: 'info' | 'warn'; message: string } {
  if (!status.available)
    return {
      level: 'warn',
      message: `History of the record unavailable: ${status.reason ?? 'unknown reason'}. The site is built without it: no change is listed or dated, and calendars carry no revisions. Build from a git clone with its full history to show it.`,
    };
  if (!status.complete)
    return {
      level: 'warn',
      message: `History of the record incomplete: this is a shallow clone, so it starts on ${status.since === undefined ? 'an unknown date' : calendarDateIn(status.since, campaignZone)}; earlier changes are not shown, and calendars carry no revisions. Fetch the full history (git fetch --unshallow; fetch-depth: 0 on GitHub Actions) to show all of it.`,
    };
  return { level: 'info', message: 'History of the record: read from git (full history).' };
}
