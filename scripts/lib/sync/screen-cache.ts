import { formatProblem } from '../../../site/lib/import/import-error.ts';
import { formatProblems } from '../../../site/lib/content/problem.ts';
import { readDiscussions } from '../../../site/lib/discussions/read-discussions.ts';
import { screenThread, type ScreenResult } from '../../../site/lib/discussions/screen.ts';
import type { Moderation } from '../../../site/lib/schema/people.ts';
import type { ThreadEntry } from '../../../site/lib/schema/thread.ts';

export interface ScreenedThread {
  thread: ThreadEntry;
  result: ScreenResult;
}

export interface ScreenedCache {
  /** Flagged by the screen and not cleared: kept in the cache, not published. */
  held: ScreenedThread[];
  /** Flagged, then cleared by a moderator in moderation.yaml. */
  cleared: ScreenedThread[];
  /** Off the site by a moderator's decision: a takedown or the asker's opt-out. */
  removedByModerators: ScreenedThread[];
  moderation: Moderation;
  /** Cache files that cannot be read, one line each. */
  unreadable: string[];
}

/**
 * Runs the privacy screen over every thread in the cache, reading it as the
 * site does (site/lib/discussions/read-discussions.ts) and screening with the
 * same function the site builds with. A moderation.yaml with problems stops
 * it: without the moderators' decisions, the count and report would mislead.
 */
export async function screenCache(contentDir: string): Promise<ScreenedCache> {
  const { source, problems } = await readDiscussions(contentDir);
  const moderationProblems = problems.filter((p) => p.file.endsWith('moderation.yaml'));
  if (moderationProblems.length > 0) throw new Error(formatProblems(moderationProblems));
  const screened: ScreenedCache = {
    held: [],
    cleared: [],
    removedByModerators: [],
    moderation: source.moderation,
    unreadable: problems.filter((p) => !p.file.endsWith('moderation.yaml')).map(formatProblem),
  };
  for (const { data: thread } of source.threads) {
    const result = screenThread(thread, source.moderation);
    const entry = { thread, result };
    if (result.takenDown || result.authorOptedOut) screened.removedByModerators.push(entry);
    else if (result.findings.length > 0) {
      (result.cleared ? screened.cleared : screened.held).push(entry);
    }
  }
  return screened;
}
