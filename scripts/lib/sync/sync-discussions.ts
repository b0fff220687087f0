import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ThreadEntry } from '../../../site/lib/schema/thread.ts';
import type { Logger } from '../logger.ts';
import {
  cachedThreadNumbers,
  cachedUpdatedAt,
  readThreadText,
  removeLeftovers,
  removeThread,
  writeThread,
} from './cache.ts';
import type { GitHubClient } from './client.ts';
import { SyncFailure } from './failure.ts';
import {
  completeThread,
  newTally,
  ThreadGoneError,
  type FetchContext,
  type PageSizes,
} from './fetch-thread.ts';
import { findThread } from './find-thread.ts';
import { screenCache } from './screen-cache.ts';
import { listDiscussions } from './list-discussions.ts';
import { silentProgress, type Progress } from './progress.ts';
import {
  earlier,
  later,
  readSyncState,
  sameRepository,
  stopBefore,
  writeSyncState,
} from './sync-state.ts';

export interface SyncOptions {
  client: GitHubClient;
  /** `owner/name`. */
  repository: string;
  /** The content folder; threads live in its `discussions/`. */
  contentDir: string;
  /** List every discussion, rewrite every thread, remove those gone upstream. */
  full: boolean;
  log: Logger;
  progress?: Progress;
  now?: () => Date;
  sizes?: Partial<PageSizes>;
}

export interface SyncSummary {
  repository: string;
  /** `full` with --full, `first` without a usable watermark, else `incremental`. */
  mode: 'full' | 'first' | 'incremental';
  new: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Threads in the cache the privacy screen keeps off the site; null if unknown. */
  heldBack: number | null;
  points: number;
  requests: number;
  seconds: number;
  watermark: string | null;
}

/**
 * GitHub charges a point per 100 connections a query might open, whatever
 * their size: 100 discussions with 10 comments each open 1,201 (the list,
 * labels and comments of each, the replies of each comment), 12 points, and
 * 50 comments would cost 52. So the listing takes few comments and as many
 * replies as a page holds, which costs nothing more and stays far below the
 * limit of 500,000 nodes a query. Longer threads get follow-up queries of
 * 100 at a time. An incremental run usually needs only the newest few
 * threads, so it reads 25 a page (3 points).
 */
const defaultSizes = { comments: 10, replies: 100, more: 100 };

/**
 * Brings `content/discussions/` up to date with the repository's discussions.
 * Thread files are written one by one, each atomically; the watermark moves
 * only once the whole run has succeeded. On failure it throws SyncFailure,
 * whose message says how far it got.
 */
export async function syncDiscussions(options: SyncOptions): Promise<SyncSummary> {
  const { client, repository, full, log } = options;
  const now = options.now ?? (() => new Date());
  const progress = options.progress ?? silentProgress;
  const started = now().getTime();
  const requestsBefore = client.requests;
  const dir = join(options.contentDir, 'discussions');
  const counts = { new: 0, updated: 0, unchanged: 0, removed: 0 };
  const tally = newTally();
  try {
    await mkdir(dir, { recursive: true });
    const leftovers = await removeLeftovers(dir);
    if (leftovers > 0) log.info(`removed ${leftovers} temporary files an interrupted run left`);
    const state = await readSyncState(dir);
    if (state && !sameRepository(state.repository, repository)) {
      log.warn(`the cache was synced from ${state.repository}, not ${repository}: listing ` +
        'everything; run with --full to also remove the other repository\'s threads');
    }
    const stop = full ? null : stopBefore(state, repository);
    const mode = full ? 'full' : stop ? 'incremental' : 'first';
    const sizes: PageSizes = {
      discussions: stop ? 25 : 100, ...defaultSizes, ...options.sizes,
    };
    const context: FetchContext = { octokit: client.octokit, sizes, tally, log };
    log.info(stop
      ? `syncing ${repository}: threads updated since ${stop.toISOString()} ` +
        '(the watermark less 10 minutes)'
      : `syncing ${repository}: listing every thread`);

    const save = async (thread: ThreadEntry, before?: string) => {
      const outcome = await writeThread(dir, thread, before);
      counts[outcome] += 1;
      log.debug(`#${thread.number} ${outcome}`);
    };
    const seen = new Set<number>();
    let newest: string | null = null;
    // The earliest updatedAt of a thread skipped because it vanished mid-read:
    // the watermark stays at or below it, so the next run lists it again.
    let ceiling: string | null = null;
    const listing = listDiscussions(context, repository, stop, progress);
    for await (const discussion of listing) {
      seen.add(discussion.number);
      newest = later(newest, discussion.updatedAt);
      const before = await readThreadText(dir, discussion.number);
      if (!full && cachedUpdatedAt(before) === discussion.updatedAt) {
        counts.unchanged += 1;
        continue;
      }
      try {
        await save(await completeThread(context, discussion), before);
      } catch (error) {
        if (!(error instanceof ThreadGoneError)) throw error;
        log.info(`skipped #${discussion.number}: it vanished while it was read; ` +
          'a full run removes it if it is gone');
        ceiling = earlier(ceiling, discussion.updatedAt);
      }
    }
    progress.finish();

    if (full) {
      for (const number of await cachedThreadNumbers(dir)) {
        if (seen.has(number)) continue;
        const thread = await findThread(context, repository, number).catch((error: unknown) => {
          if (error instanceof ThreadGoneError) return null;
          throw error;
        });
        if (thread) {
          // It was updated while the listing ran and slipped past the cursor.
          newest = later(newest, thread.updated_at);
          await save(thread);
        } else {
          await removeThread(dir, number);
          counts.removed += 1;
          log.info(`removed #${number}: deleted on GitHub or moved to another repository`);
        }
      }
    }

    const heldBack = await countHeldBack(options.contentDir, log);
    const kept = state && sameRepository(state.repository, repository) ? state.watermark : null;
    const watermark = earlier(later(kept, newest), ceiling);
    await writeSyncState(dir, { repository, watermark, completed_at: now().toISOString() });
    return {
      repository,
      mode,
      ...counts,
      heldBack,
      points: tally.points,
      requests: client.requests - requestsBefore,
      seconds: (now().getTime() - started) / 1000,
      watermark,
    };
  } catch (error) {
    progress.finish();
    throw new SyncFailure(error, {
      written: counts.new + counts.updated,
      removed: counts.removed,
    }, repository);
  }
}

/** A broken moderation.yaml must not stop the sync; the count is then unknown. */
async function countHeldBack(contentDir: string, log: Logger): Promise<number | null> {
  try {
    return (await screenCache(contentDir)).held.length;
  } catch (error) {
    log.warn(`cannot count the threads the privacy screen holds back: ${(error as Error).message}`);
    return null;
  }
}

/** The summary as one line, for the log and the pull request. */
export function formatSummary(summary: SyncSummary): string {
  const seconds = summary.seconds < 10 ? summary.seconds.toFixed(1) : summary.seconds.toFixed(0);
  const heldBack = summary.heldBack ?? 'unknown';
  return `synced ${summary.repository} (${summary.mode}): ${summary.new} new, ` +
    `${summary.updated} updated, ${summary.removed} removed, ${heldBack} held back; ` +
    `${summary.points} API points in ${summary.requests} ` +
    `${summary.requests === 1 ? 'request' : 'requests'}; ${seconds} s`;
}
