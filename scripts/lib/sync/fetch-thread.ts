import type { ThreadEntry } from '../../../site/lib/schema/thread.ts';
import type { Logger } from '../logger.ts';
import type { SyncOctokit } from './client.ts';
import { isOnlyNotFound } from './not-found.ts';
import { toThread } from './normalise.ts';
import {
  commentPageQuery,
  maxLabels,
  replyPageQuery,
  type CommentAnswer,
  type CommentPageAnswer,
  type DiscussionAnswer,
  type PostAnswer,
  type RateLimitAnswer,
  type ReplyPageAnswer,
} from './queries.ts';

/** How many comments and replies each query asks for at a time. */
export interface PageSizes {
  /** Discussions per listing page (at most 100, GitHub's limit). */
  discussions: number;
  /** Comments that come with each discussion in the listing. */
  comments: number;
  /** Replies that come with each comment in the listing. */
  replies: number;
  /** Comments, or replies, per follow-up query for long threads. */
  more: number;
}

/**
 * A thread, or one of its comments, vanished between the listing and a
 * follow-up query: deleted on GitHub while the run read it.
 */
export class ThreadGoneError extends Error {
  readonly number: number;
  constructor(number: number) {
    super(`thread #${number} vanished from GitHub while it was being read`);
    this.name = 'ThreadGoneError';
    this.number = number;
  }
}

/** Adds up the API points of every answer. */
export interface Tally {
  points: number;
  remaining: number | null;
  resetAt: string | null;
}

export function newTally(): Tally {
  return { points: 0, remaining: null, resetAt: null };
}

export function count(tally: Tally, rateLimit: RateLimitAnswer | null | undefined): void {
  if (!rateLimit) return;
  tally.points += rateLimit.cost;
  tally.remaining = rateLimit.remaining;
  tally.resetAt = rateLimit.resetAt;
}

export interface FetchContext {
  octokit: SyncOctokit;
  sizes: PageSizes;
  tally: Tally;
  log: Logger;
}

/**
 * Completes a discussion from the listing: asks for the comments after the
 * first page, and for the replies after the first page of each comment,
 * then normalises the whole thread.
 */
export async function completeThread(
  context: FetchContext,
  discussion: DiscussionAnswer,
): Promise<ThreadEntry> {
  try {
    const comments = [...discussion.comments.nodes];
    if (discussion.comments.pageInfo.hasNextPage) {
      comments.push(...await moreComments(context, discussion));
    }
    const complete = [];
    for (const comment of comments) {
      const replies = [...comment.replies.nodes];
      if (comment.replies.pageInfo.hasNextPage) {
        replies.push(...await moreReplies(context, comment));
      }
      complete.push({ ...comment, allReplies: replies });
    }
    warnAboutLimits(context.log, discussion, complete);
    return toThread(discussion, complete);
  } catch (error) {
    // GitHub answers NOT_FOUND for a deleted node, or null, which leaves the
    // paginator without a pageInfo to follow.
    if (isOnlyNotFound(error) || (error as Error).name === 'MissingPageInfo') {
      throw new ThreadGoneError(discussion.number);
    }
    throw error;
  }
}

async function moreComments(
  context: FetchContext,
  discussion: DiscussionAnswer,
): Promise<CommentAnswer[]> {
  const found: CommentAnswer[] = [];
  const pages = context.octokit.graphql.paginate.iterator<CommentPageAnswer>(commentPageQuery, {
    id: discussion.id,
    pageSize: context.sizes.more,
    cursor: discussion.comments.pageInfo.endCursor,
    // Free: GitHub charges for the comment page, not the replies' size.
    replies: context.sizes.more,
  });
  for await (const page of pages) {
    count(context.tally, page.rateLimit);
    found.push(...page.node?.comments?.nodes ?? []);
  }
  return found;
}

async function moreReplies(context: FetchContext, comment: CommentAnswer): Promise<PostAnswer[]> {
  const found: PostAnswer[] = [];
  const pages = context.octokit.graphql.paginate.iterator<ReplyPageAnswer>(replyPageQuery, {
    id: comment.id,
    pageSize: context.sizes.more,
    cursor: comment.replies.pageInfo.endCursor,
  });
  for await (const page of pages) {
    count(context.tally, page.rateLimit);
    found.push(...page.node?.replies?.nodes ?? []);
  }
  return found;
}

function warnAboutLimits(
  log: Logger,
  discussion: DiscussionAnswer,
  comments: readonly (CommentAnswer & { allReplies: readonly PostAnswer[] })[],
): void {
  const labels = discussion.labels?.totalCount ?? 0;
  // TODO(labels): page through labels if threads ever carry more than 20.
  if (labels > maxLabels) {
    log.warn(`thread #${discussion.number} has ${labels} labels; the cache keeps the first ` +
      `${maxLabels}, which is enough to link it unless the link labels come later`);
  }
  const answerId = discussion.answer?.id;
  if (answerId && !comments.some((comment) => comment.id === answerId)) {
    // TODO(answer-reply): the cache marks answers on comments only; a reply
    // chosen as the answer needs an additive `is_answer` on replies.
    log.warn(`thread #${discussion.number}: its accepted answer is not a top-level comment, ` +
      'so the cache shows no accepted answer for it');
  }
}
