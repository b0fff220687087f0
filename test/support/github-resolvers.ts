import { GraphQLError } from 'graphql';
import type { FakeComment, FakeDiscussion, FakePost, FakeRepository } from './fake-discussions.ts';

/**
 * Root values that answer GitHub's schema from fake repositories. graphql-js
 * calls a function-valued field with its arguments and reads any other field
 * as it is; `__typename` tells it which type an interface (Node, Actor) holds.
 * Connections enforce GitHub's rules: `first` or `last` is required and at
 * most 100; cursors are opaque.
 */

export interface RateLimitView {
  cost: number;
  limit: number;
  nodeCount: number;
  remaining: number;
  resetAt: string;
  used: number;
}

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** An error as GitHub sends it: a `type` beside the message. */
export function githubError(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

export function rootValue(repositories: readonly FakeRepository[], rateLimit: RateLimitView) {
  return {
    rateLimit: () => rateLimit,
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const wanted = `${owner}/${name}`.toLowerCase();
      const repository = repositories.find((r) => r.nameWithOwner.toLowerCase() === wanted);
      if (!repository) {
        throw githubError('NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      }
      return repositoryView(repository);
    },
    node: ({ id }: { id: string }) => findNode(repositories, id),
  };
}

function repositoryView(repository: FakeRepository) {
  return {
    __typename: 'Repository',
    name: repository.name,
    nameWithOwner: repository.nameWithOwner,
    discussions: (args: PageArgs & { orderBy?: { field: string; direction: string } }) => {
      const field = args.orderBy?.field === 'CREATED_AT' ? 'createdAt' : 'updatedAt';
      const sign = args.orderBy?.direction === 'ASC' ? 1 : -1;
      const sorted = [...repository.discussions.values()].sort((a, b) =>
        sign * (a[field].localeCompare(b[field]) || a.number - b.number));
      return connection(sorted.map((d) => discussionView(repository, d)), args, 'discussions');
    },
    discussion: ({ number }: { number: number }) => {
      const discussion = repository.discussions.get(number);
      if (!discussion) {
        throw githubError('NOT_FOUND',
          `Could not resolve to a Discussion with the number of ${number}.`);
      }
      return discussionView(repository, discussion);
    },
  };
}

function discussionView(repository: FakeRepository, discussion: FakeDiscussion) {
  const path = `/${repository.nameWithOwner}/discussions/${discussion.number}`;
  const comments = () => discussion.comments.map((c) => commentView(discussion, c));
  return {
    __typename: 'Discussion',
    id: discussion.id,
    number: discussion.number,
    title: discussion.title,
    url: `https://github.com${path}`,
    resourcePath: path,
    category: { __typename: 'DiscussionCategory', name: discussion.category },
    labels: (args: PageArgs) => connection(
      discussion.labels.map((name) => ({ __typename: 'Label', name })), args, 'labels'),
    author: actor(discussion.author),
    authorAssociation: discussion.association,
    createdAt: discussion.createdAt,
    updatedAt: discussion.updatedAt,
    answerChosenAt: discussion.answerChosenAt,
    closed: discussion.closed,
    locked: discussion.locked,
    stateReason: discussion.stateReason,
    upvoteCount: discussion.upvotes,
    body: discussion.body,
    bodyHTML: html(discussion.body),
    bodyText: discussion.body,
    answer: () => comments().find((c) => c.id === discussion.answerId) ?? null,
    comments: (args: PageArgs) => connection(comments(), args, 'comments'),
    repository: () => repositoryView(repository),
  };
}

function commentView(discussion: FakeDiscussion, comment: FakeComment) {
  return {
    ...postView(comment),
    isAnswer: comment.id === discussion.answerId,
    replies: (args: PageArgs) => connection(comment.replies.map(postView), args, 'replies'),
  };
}

function postView(post: FakePost) {
  return {
    __typename: 'DiscussionComment',
    id: post.id,
    author: actor(post.author),
    authorAssociation: post.association,
    createdAt: post.createdAt,
    updatedAt: post.updatedAt,
    body: post.deletedAt ? '' : post.body,
    bodyHTML: post.deletedAt ? '' : html(post.body),
    bodyText: post.body,
    upvoteCount: post.upvotes,
    isAnswer: false,
    isMinimized: post.minimized,
    deletedAt: post.deletedAt,
    replies: (args: PageArgs) => connection([], args, 'replies'),
  };
}

function findNode(repositories: readonly FakeRepository[], id: string) {
  for (const repository of repositories) {
    for (const discussion of repository.discussions.values()) {
      if (discussion.id === id) return discussionView(repository, discussion);
      for (const comment of discussion.comments) {
        if (comment.id === id) return commentView(discussion, comment);
        const reply = comment.replies.find((r) => r.id === id);
        if (reply) return postView(reply);
      }
    }
  }
  throw githubError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
}

function actor(login: string | null) {
  return login === null ? null : { __typename: 'User', login };
}

function html(markdown: string): string {
  const escaped = markdown.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
  return `<p dir="auto">${escaped}</p>`;
}

function connection<T>(items: readonly T[], args: PageArgs, name: string) {
  const { first, last } = args;
  if (first == null && last == null) {
    throw githubError('MISSING_PAGINATION_BOUNDARIES', 'You must provide a `first` or `last` ' +
      `value to properly paginate the \`${name}\` connection.`);
  }
  for (const [word, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 0 || value > 100)) {
      throw githubError('EXCESSIVE_PAGINATION', `Requesting ${value} records on the ` +
        `\`${name}\` connection exceeds the \`${word}\` limit of 100 records.`);
    }
  }
  let start = args.after ? decode(args.after) + 1 : 0;
  let end = args.before ? decode(args.before) : items.length;
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const nodes = items.slice(start, end);
  const cursors = nodes.map((_, i) => encode(start + i));
  return {
    totalCount: items.length,
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: cursors[i] })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: cursors[0] ?? null,
      endCursor: cursors.at(-1) ?? null,
    },
  };
}

function encode(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64');
}

function decode(cursor: string): number {
  const index = Number(Buffer.from(cursor, 'base64').toString().split(':')[2]);
  if (!Number.isInteger(index)) throw githubError('INVALID_CURSOR_ARGUMENTS', 'invalid cursor');
  return index;
}
