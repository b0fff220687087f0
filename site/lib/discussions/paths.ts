/**
 * Site paths of the Q&A pages, relative to the site root; `href()` adds the
 * base path. Permalinks: change them only with redirects from the old ones.
 */
export const questionPaths = {
  list: () => '/questions/',
  unanswered: () => '/questions/unanswered/',
  thread: (number: number) => `/questions/${number}/`,
  /** The list, filtered by its script; without JavaScript it shows every question. */
  about: (dataset: string, table?: string, column?: string) => {
    const query = new URLSearchParams({ dataset });
    if (table) query.set('table', table);
    if (column) query.set('column', column);
    return `/questions/?${query}`;
  },
};
