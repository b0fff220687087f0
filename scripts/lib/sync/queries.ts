/**
 * Every GraphQL query the sync sends to GitHub, with the shapes of their
 * answers. test/unit/sync-queries.test.ts validates each one against GitHub's
 * published schema, so a misspelt field fails a test rather than a sync.
 *
 * Each query asks for `rateLimit` so that the run can report the points it
 * used. The cursor variable is `$cursor` because octokit's GraphQL paginator
 * fills in that name.
 */

/** The fields kept of every comment and reply. */
const postFields = `
fragment RoundsPost on DiscussionComment {
  id
  author { login }
  authorAssociation
  createdAt
  updatedAt
  body
  bodyHTML
  upvoteCount
  isMinimized
  deletedAt
}`;

const commentFields = `
fragment RoundsComment on DiscussionComment {
  ...RoundsPost
  replies(first: $replies) {
    pageInfo { hasNextPage endCursor }
    nodes { ...RoundsPost }
  }
}
${postFields}`;

/**
 * A discussion with the first page of its comments. Labels stop at
 * `maxLabels`; a thread with more is reported, not silently cut.
 */
const threadFields = `
fragment RoundsThread on Discussion {
  id
  number
  title
  url
  category { name }
  labels(first: 20) { totalCount nodes { name } }
  author { login }
  authorAssociation
  createdAt
  updatedAt
  answerChosenAt
  closed
  locked
  stateReason
  upvoteCount
  body
  bodyHTML
  answer { id }
  comments(first: $comments) {
    pageInfo { hasNextPage endCursor }
    nodes { ...RoundsComment }
  }
}
${commentFields}`;

/** How many labels the thread query asks for (`labels(first: 20)`). */
export const maxLabels = 20;

const rateLimit = 'rateLimit { cost remaining resetAt }';

/** One page of discussions, most recently updated first. */
export const discussionPageQuery = `
query RoundsDiscussionPage($owner: String!, $name: String!, $pageSize: Int!,
    $cursor: String, $comments: Int!, $replies: Int!) {
  ${rateLimit}
  repository(owner: $owner, name: $name) {
    discussions(first: $pageSize, after: $cursor,
        orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...RoundsThread }
    }
  }
}
${threadFields}`;

/** The comments of one discussion after a cursor. */
export const commentPageQuery = `
query RoundsCommentPage($id: ID!, $pageSize: Int!, $cursor: String, $replies: Int!) {
  ${rateLimit}
  node(id: $id) {
    ... on Discussion {
      comments(first: $pageSize, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { ...RoundsComment }
      }
    }
  }
}
${commentFields}`;

/** The replies to one comment after a cursor. */
export const replyPageQuery = `
query RoundsReplyPage($id: ID!, $pageSize: Int!, $cursor: String) {
  ${rateLimit}
  node(id: $id) {
    ... on DiscussionComment {
      replies(first: $pageSize, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { ...RoundsPost }
      }
    }
  }
}
${postFields}`;

/**
 * One discussion by number: `--full` asks for each cached thread the listing
 * did not return, to tell a deleted or moved thread from one that moved
 * within the listing while it was being read.
 */
export const discussionByNumberQuery = `
query RoundsDiscussionByNumber($owner: String!, $name: String!, $number: Int!,
    $comments: Int!, $replies: Int!) {
  ${rateLimit}
  repository(owner: $owner, name: $name) {
    discussion(number: $number) {
      repository { nameWithOwner }
      ...RoundsThread
    }
  }
}
${threadFields}`;

/** Every query, by name, for the schema test. */
export const allQueries = {
  discussionPageQuery,
  commentPageQuery,
  replyPageQuery,
  discussionByNumberQuery,
} as const;

export interface RateLimitAnswer {
  cost: number;
  remaining: number;
  resetAt: string;
}

export interface PageInfoAnswer {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  pageInfo: PageInfoAnswer;
  nodes: T[];
}

export interface PostAnswer {
  id: string;
  author: { login: string } | null;
  authorAssociation: string;
  createdAt: string;
  updatedAt: string;
  body: string;
  bodyHTML: string;
  upvoteCount: number;
  isMinimized: boolean;
  deletedAt: string | null;
}

export interface CommentAnswer extends PostAnswer {
  replies: Connection<PostAnswer>;
}

export interface DiscussionAnswer {
  id: string;
  number: number;
  title: string;
  url: string;
  category: { name: string };
  labels: { totalCount: number; nodes: { name: string }[] } | null;
  author: { login: string } | null;
  authorAssociation: string;
  createdAt: string;
  updatedAt: string;
  answerChosenAt: string | null;
  closed: boolean;
  locked: boolean;
  stateReason: string | null;
  upvoteCount: number;
  body: string;
  bodyHTML: string;
  answer: { id: string } | null;
  comments: Connection<CommentAnswer>;
}

export interface DiscussionPageAnswer {
  rateLimit: RateLimitAnswer | null;
  repository: {
    discussions: Connection<DiscussionAnswer> & { totalCount: number };
  } | null;
}

export interface CommentPageAnswer {
  rateLimit: RateLimitAnswer | null;
  node: { comments?: Connection<CommentAnswer> } | null;
}

export interface ReplyPageAnswer {
  rateLimit: RateLimitAnswer | null;
  node: { replies?: Connection<PostAnswer> } | null;
}

export interface DiscussionByNumberAnswer {
  rateLimit: RateLimitAnswer | null;
  repository: {
    discussion: (DiscussionAnswer & { repository: { nameWithOwner: string } }) | null;
  } | null;
}
