import { defaultSmallCellThreshold, type SiteEntry } from '../schema/site.ts';

/** The site's small-cell threshold: site.yaml's, or the documented default. */
export function smallCellThreshold(site: SiteEntry): number {
  return site.small_cell_threshold ?? defaultSmallCellThreshold;
}
