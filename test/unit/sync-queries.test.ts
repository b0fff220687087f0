import { validate } from '@octokit/graphql-schema';
import { parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { allQueries } from '../../scripts/lib/sync/queries.ts';

describe('the sync\'s GraphQL queries', () => {
  for (const [name, query] of Object.entries(allQueries)) {
    it(`${name} is valid against GitHub's published schema`, () => {
      expect(validate(query).map((error) => error.message)).toEqual([]);
    });

    it(`${name} asks for the rate limit's cost, remaining points and reset`, () => {
      expect(query).toMatch(/rateLimit \{ cost remaining resetAt \}/);
    });
  }

  it('fails validation when a field is misspelt', () => {
    // Misspelt in the operation, not a fragment: graphql-tag warns when a
    // fragment's name is reused with other text.
    const misspelt = allQueries.discussionPageQuery.replace('totalCount', 'totalCont');
    expect(validate(misspelt).map((error) => error.message)).toEqual([
      expect.stringContaining('Cannot query field "totalCont"'),
    ]);
  });

  it('pages every connection it follows with a $cursor variable', () => {
    for (const query of [allQueries.discussionPageQuery, allQueries.commentPageQuery,
      allQueries.replyPageQuery]) {
      const after: string[] = [];
      visit(parse(query), {
        Argument(node) {
          if (node.name.value === 'after' && node.value.kind === 'Variable') {
            after.push(node.value.name.value);
          }
        },
      });
      expect(after).toEqual(['cursor']);
    }
  });

  it('lists discussions most recently updated first', () => {
    expect(allQueries.discussionPageQuery.replace(/\s+/g, ' '))
      .toContain('orderBy: { field: UPDATED_AT, direction: DESC }');
  });
});
