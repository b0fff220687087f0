import { join, relative } from 'node:path';
import type { Problem } from '../content/problem.ts';
import { checkDiscussions } from './check-discussions.ts';
import { publishThreads, type HeldBack, type PublishedThread } from './publish.ts';
import { readDiscussions, type DiscussionSource } from './read-discussions.ts';

export interface LoadedDiscussions {
  source: DiscussionSource;
  published: PublishedThread[];
  heldBack: HeldBack[];
}

/**
 * Reads, checks and screens the Q&A content: what the site may publish, or
 * every problem. Shared by the loader and `npm run check`.
 */
export async function loadDiscussions(
  contentDir: string,
  root = process.cwd(),
): Promise<{ ok: true; discussions: LoadedDiscussions } | { ok: false; problems: Problem[] }> {
  const { source, problems } = await readDiscussions(contentDir, root);
  const shown = (path: string) => relative(root, path) || path;
  problems.push(...checkDiscussions(source, {
    people: shown(join(contentDir, 'people.yaml')),
    moderation: shown(join(contentDir, 'discussions', 'moderation.yaml')),
  }));
  if (problems.length > 0) return { ok: false, problems };
  const threads = source.threads.map((t) => t.data);
  return { ok: true, discussions: { source, ...publishThreads(threads, source.moderation) } };
}
