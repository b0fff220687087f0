/**
 * GitHub's slug for a discussion category: lower case, runs of other
 * characters as one hyphen. `Q&A` becomes `q-a`, as in GitHub's own links.
 */
export function categorySlug(category: string): string {
  return category.toLowerCase().replace(/[^a-z\d]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The address that opens a new discussion on GitHub with the category, a
 * title and a body filled in. Without a category GitHub asks for one.
 */
export function newDiscussionUrl(
  repository: string,
  fields: { category: string | undefined; title: string; body: string },
): string {
  const query = new URLSearchParams();
  if (fields.category) query.set('category', categorySlug(fields.category));
  query.set('title', fields.title);
  query.set('body', fields.body);
  return `https://github.com/${repository}/discussions/new?${query}`;
}
