import type { ThreadEntry } from '../../../site/lib/schema/thread.ts';
import { completeThread, count, type FetchContext } from './fetch-thread.ts';
import { isOnlyNotFound } from './not-found.ts';
import { discussionByNumberQuery, type DiscussionByNumberAnswer } from './queries.ts';
import { sameRepository } from './sync-state.ts';

/**
 * Looks one discussion up by number. Returns null when GitHub no longer has
 * it in this repository: deleted (GitHub keeps no tombstone) or transferred
 * to another repository, where it has a new number.
 */
export async function findThread(
  context: FetchContext,
  repository: string,
  number: number,
): Promise<ThreadEntry | null> {
  const [owner, name] = repository.split('/');
  let answer: DiscussionByNumberAnswer;
  try {
    answer = await context.octokit.graphql<DiscussionByNumberAnswer>(discussionByNumberQuery, {
      owner,
      name,
      number,
      comments: context.sizes.comments,
      replies: context.sizes.replies,
    });
  } catch (error) {
    if (!isOnlyNotFound(error)) throw error;
    // The answer still carries data, and its rateLimit counts like any other.
    count(context.tally, (error as { data?: DiscussionByNumberAnswer }).data?.rateLimit);
    return null;
  }
  count(context.tally, answer.rateLimit);
  const discussion = answer.repository?.discussion;
  if (!discussion || !sameRepository(discussion.repository.nameWithOwner, repository)) {
    return null;
  }
  return completeThread(context, discussion);
}
