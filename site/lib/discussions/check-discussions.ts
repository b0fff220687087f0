import type { Problem } from '../content/problem.ts';
import type { DiscussionSource } from './read-discussions.ts';

// GitHub logins: letters, digits and single hyphens, at most 39 characters.
const login = /^[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}$/;

function loginProblem(value: string, file: string, path: string): Problem | undefined {
  if (login.test(value)) return undefined;
  const bare = value.replace(/^@/, '');
  return {
    file,
    path,
    message: `\`${value}\` is not a GitHub login`,
    hint: login.test(bare)
      ? `write the login without \`@\`: \`${bare}\``
      : 'copy the login from the person\'s GitHub profile address, github.com/<login>',
  };
}

/**
 * Rules across the Q&A files. Deliberately lenient about moderation: a
 * duplicate entry or a decision about a thread no longer in the cache must
 * never stop the build that carries a takedown.
 */
export function checkDiscussions(
  source: DiscussionSource,
  files: { people: string; moderation: string },
): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(source.people)) {
    const problem = loginProblem(key, files.people, key);
    if (problem) problems.push(problem);
  }
  source.moderation.opt_outs.forEach((entry, i) => {
    const problem = loginProblem(entry.login, files.moderation, `opt_outs[${i}].login`);
    if (problem) problems.push(problem);
  });
  source.moderation.cleared.forEach((entry, i) => {
    const problem = loginProblem(entry.by, files.moderation, `cleared[${i}].by`);
    if (problem) problems.push(problem);
  });
  return problems;
}
