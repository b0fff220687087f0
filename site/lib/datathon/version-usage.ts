import type { Datathon, Project } from './model.ts';

/** How one datathon used a dataset version: pinned by the event, by projects, or both. */
export interface VersionUsage {
  datathon: Datathon;
  /** True when the event itself (its `datasets` or a challenge) names the version. */
  pinned: boolean;
  projects: Project[];
}

/**
 * The datathons and projects that used `dataset` at `version`, newest event
 * first, so a version page can point at work done on exactly that release.
 */
export function datathonsUsing(
  datathons: Datathon[],
  dataset: string,
  version: string,
): VersionUsage[] {
  const matches = (ref: { dataset: string; version: string }) =>
    ref.dataset === dataset && ref.version === version;
  return datathons
    .map((datathon) => ({
      datathon,
      pinned: datathon.entry.datasets.some(matches) || datathon.entry.challenges.some(matches),
      projects: datathon.projects.filter((p) => p.datasets.some(matches)),
    }))
    .filter((usage) => usage.pinned || usage.projects.length > 0)
    .sort((a, b) => b.datathon.start - a.datathon.start);
}
