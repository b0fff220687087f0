import type { SiteAddress } from '../lib/discussions/sanitize.ts';

/**
 * The site's public address and base path, so that post links to the site
 * become site links. `site` comes from ROUNDS_SITE or astro.config.mjs.
 */
export function siteAddress(site: URL | undefined): SiteAddress {
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  return { siteUrl: new URL(base, site ?? 'https://localhost').href, base };
}
