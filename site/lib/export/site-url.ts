/**
 * An absolute address on the site: `baseUrl` is the site's address with its
 * base path, such as `https://example.org/rounds/`, and `path` a site path
 * from site/lib/urls.ts.
 */
export function siteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
