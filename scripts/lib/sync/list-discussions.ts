import { count, type FetchContext } from './fetch-thread.ts';
import type { Progress } from './progress.ts';
import {
  discussionPageQuery,
  type DiscussionAnswer,
  type DiscussionPageAnswer,
} from './queries.ts';

/** The repository named in a query was not there: GitHub answered null without an error. */
export class MissingRepositoryError extends Error {
  readonly errors = [{ type: 'NOT_FOUND', message: 'repository not found' }];
  constructor(repository: string) {
    super(`GitHub has no repository ${repository}`);
    this.name = 'MissingRepositoryError';
  }
}

/**
 * The repository's discussions, most recently updated first, one listing page
 * at a time. With `stop`, the listing ends at the first discussion updated
 * before it: everything after it in this order is older still.
 */
export async function* listDiscussions(
  context: FetchContext,
  repository: string,
  stop: Date | null,
  progress: Progress,
): AsyncGenerator<DiscussionAnswer> {
  const [owner, name] = repository.split('/');
  const pages = context.octokit.graphql.paginate.iterator<DiscussionPageAnswer>(
    discussionPageQuery,
    {
      owner,
      name,
      pageSize: context.sizes.discussions,
      comments: context.sizes.comments,
      replies: context.sizes.replies,
    },
  );
  let read = 0;
  for await (const page of pages) {
    count(context.tally, page.rateLimit);
    const connection = page.repository?.discussions;
    if (!connection) throw new MissingRepositoryError(repository);
    for (const discussion of connection.nodes) {
      // TODO(comment-edits): this trusts that a new or edited comment moves
      // its discussion's updatedAt, which GitHub does not document; until it
      // is checked on a real repository, the weekly --full run in sync.yml
      // catches edits that do not.
      if (stop && Date.parse(discussion.updatedAt) < stop.getTime()) {
        progress.listed(read, undefined);
        return;
      }
      read += 1;
      yield discussion;
    }
    progress.listed(read, stop ? undefined : connection.totalCount);
  }
}
