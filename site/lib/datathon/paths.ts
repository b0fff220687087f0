/**
 * Site paths of the datathon pages, relative to the site root; `href()` adds
 * the base path. Permalinks: change them only with redirects from the old ones.
 */
export const datathonPaths = {
  list: () => '/datathons/',
  event: (slug: string) => `/datathons/${slug}/`,
  calendar: (slug: string) => `/datathons/${slug}/calendar.ics`,
  // Anchors carry a hyphen, like every id the site makes (see ARCHITECTURE.md).
  challenge: (slug: string, id: string) => `/datathons/${slug}/#challenge-${id}`,
  project: (slug: string, id: string) => `/datathons/${slug}/#project-${id}`,
};
