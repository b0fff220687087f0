/**
 * GitHub answers a query for something that no longer exists with whatever
 * data it has and errors of type NOT_FOUND; octokit throws that answer.
 */
export function isOnlyNotFound(error: unknown): boolean {
  const errors = (error as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 &&
    errors.every((entry) => (entry as { type?: unknown }).type === 'NOT_FOUND');
}
