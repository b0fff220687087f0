import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeRepository } from '../../test/support/fake-discussions.ts';
import { startGitHubServer } from '../../test/support/github-graphql-server.ts';
import { createGitHubClient } from './sync/client.ts';
import { syncDiscussions } from './sync/sync-discussions.ts';
import type { Logger } from './logger.ts';

/** Requests and API points of the sync, as the benchmark reports them. */
export interface SyncFigures {
  syncFull2000Requests: number;
  syncFull2000Points: number;
  syncEditRequests: number;
  syncEditPoints: number;
}

/**
 * Mixes thread lengths as a busy Q&A does: most threads have a handful of
 * comments, one in 40 runs past the listing's 10 comments, and one in 100
 * has a comment with more replies than the listing's 100.
 */
function shape(index: number) {
  if (index % 100 === 99) return { comments: 1, replies: 150 };
  if (index % 40 === 39) return { comments: 45, replies: 1 };
  return { comments: index % 6, replies: index % 3 };
}

/**
 * Syncs 2,000 threads from the test GitHub server (test/support), which
 * charges points by GitHub's published rule, then edits one thread and syncs
 * again. Counts are what matter here, so the client does not pause between
 * requests.
 */
export async function benchSync(log: Logger): Promise<SyncFigures> {
  const token = 'bench-token-not-a-secret';
  const repository = new FakeRepository('rounds-health/rounds').seed(2000, shape);
  const server = await startGitHubServer({ token, repositories: [repository] });
  const contentDir = await mkdtemp(join(tmpdir(), 'rounds-bench-sync-'));
  const quiet: Logger = { ...log, info: () => {} };
  try {
    const run = () => syncDiscussions({
      client: createGitHubClient({ token, baseUrl: server.baseUrl, log: quiet,
        waits: { minimumGapMs: 0 } }),
      repository: repository.nameWithOwner,
      contentDir,
      full: false,
      log: quiet,
    });
    const full = await run();
    repository.edit(1234, 'Edited once, for the benchmark.');
    const edit = await run();
    return {
      syncFull2000Requests: full.requests,
      syncFull2000Points: full.points,
      syncEditRequests: edit.requests,
      syncEditPoints: edit.points,
    };
  } finally {
    await server.close();
    await rm(contentDir, { recursive: true, force: true });
  }
}
