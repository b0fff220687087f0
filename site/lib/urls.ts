/**
 * Site paths, one place for the URL scheme. Every path ends with `/` and is
 * relative to the site root; `withBase` prefixes the deployment base path.
 * These are permalinks: change them only with redirects from the old ones.
 */
export const paths = {
  home: () => '/',
  search: () => '/search/',
  dataset: (d: string) => `/datasets/${d}/`,
  version: (d: string, v: string) => `/datasets/${d}/${v}/`,
  // The hyphen keeps it apart from table pages: table names cannot contain one.
  card: (d: string, v: string) => `/datasets/${d}/${v}/dataset-card/`,
  table: (d: string, v: string, t: string) => `/datasets/${d}/${v}/${t}/`,
  column: (d: string, v: string, t: string, c: string) => `/datasets/${d}/${v}/${t}/#${c}`,
  guide: (d: string, g: string) => `/datasets/${d}/guides/${g}/`,
  download: (d: string, v: string, file: DownloadFile) => `/datasets/${d}/${v}/${file}`,
  /** Every comparison, with the from/to picker. */
  changes: (d: string) => `/datasets/${d}/changes/`,
  /** A version's release notes beside its computed changes. */
  whatsNew: (d: string, v: string) => `/datasets/${d}/changes/${v}/`,
  compare: (d: string, from: string, to: string) =>
    `/datasets/${d}/changes/${from}${pairSeparator}${to}/`,
  changesFeed: (d: string) => `/datasets/${d}/changes.atom`,
  changesJson: (d: string) => `/datasets/${d}/changes.json`,
};

/** Between the two versions of a compare address, as in `1.0...2.0`. */
export const pairSeparator = '...';

export type DownloadFile =
  | 'dictionary.json'
  | 'dictionary.csv'
  | 'datapackage.json'
  | 'croissant.json'
  | 'CITATION.cff'
  | 'citation.bib'
  | 'citation.ris';

/** Version ids that would clash with other pages under a dataset. */
export const reservedVersionIds = ['latest', 'guides', 'changes'];

/** Prefixes a site path with the base path (`/` or `/rounds/`). */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** The GitHub page that edits a content file. */
export function editUrl(repository: string, branch: string, file: string): string {
  return `https://github.com/${repository}/edit/${branch}/${file}`;
}
