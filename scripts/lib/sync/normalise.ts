import { threadSchema, type ThreadEntry } from '../../../site/lib/schema/thread.ts';
import { formatPath } from '../../../site/lib/content/problem.ts';
import type { CommentAnswer, DiscussionAnswer, PostAnswer } from './queries.ts';

/** GitHub shows a deleted account as this login; the cache does the same. */
export const ghostLogin = 'ghost';

/** A GitHub answer that does not fit the cache format: a bug to report, not a fault to retry. */
export class ThreadShapeError extends Error {
  readonly number: number;
  constructor(number: number, problems: string[]) {
    super(`thread #${number} from GitHub does not fit the cache format ` +
      `(${problems.join('; ')})`);
    this.name = 'ThreadShapeError';
    this.number = number;
  }
}

function post(answer: PostAnswer) {
  const deleted = answer.deletedAt !== null;
  return {
    id: answer.id,
    author: {
      login: answer.author?.login ?? ghostLogin,
      association: answer.authorAssociation,
    },
    created_at: answer.createdAt,
    updated_at: answer.updatedAt,
    // A deleted post keeps its place in the thread but never its words.
    body: deleted ? '' : answer.body,
    body_html: deleted ? '' : answer.bodyHTML,
    upvotes: answer.upvoteCount,
    minimized: answer.isMinimized,
    deleted,
  };
}

/**
 * Turns a discussion, with every page of its comments and replies already
 * gathered, into the cache's thread format, and validates it. Keys come out
 * in the schema's order, which keeps the files' git diffs small.
 */
export function toThread(
  discussion: DiscussionAnswer,
  comments: readonly (CommentAnswer & { allReplies: readonly PostAnswer[] })[],
): ThreadEntry {
  const answerId = discussion.answer?.id ?? null;
  const raw = {
    number: discussion.number,
    id: discussion.id,
    title: discussion.title,
    url: discussion.url,
    category: discussion.category.name,
    labels: (discussion.labels?.nodes ?? []).map((label) => label.name),
    author: {
      login: discussion.author?.login ?? ghostLogin,
      association: discussion.authorAssociation,
    },
    created_at: discussion.createdAt,
    updated_at: discussion.updatedAt,
    answer_chosen_at: discussion.answerChosenAt,
    closed: discussion.closed,
    locked: discussion.locked,
    state_reason: discussion.stateReason,
    upvotes: discussion.upvoteCount,
    body: discussion.body,
    body_html: discussion.bodyHTML,
    comments: comments.map((comment) => ({
      ...post(comment),
      is_answer: answerId !== null && comment.id === answerId,
      replies: comment.allReplies.map(post),
    })),
  };
  const parsed = threadSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ThreadShapeError(discussion.number, parsed.error.issues.map((issue) =>
    `${formatPath(issue.path) || 'thread'}: ${issue.message}`));
}

/** The cache file's text: two-space JSON with a final newline. */
export function serialiseThread(thread: ThreadEntry): string {
  return `${JSON.stringify(thread, null, 2)}\n`;
}
