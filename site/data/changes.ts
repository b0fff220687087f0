import { getEntry } from 'astro:content';
import { consecutiveDiffs } from '../lib/changelog/consecutive.ts';
import { tableHistory, type TableHistory } from '../lib/changelog/column-history.ts';
import type { Dataset, Table, Version } from '../lib/dictionary/model.ts';
import { diffVersions } from '../lib/diff/diff-versions.ts';
import type { VersionDiff } from '../lib/diff/version-diff.ts';

// Every table page of a version reads the same diffs: compute each once per build.
const consecutive = new WeakMap<Dataset, VersionDiff[]>();

/** `[v0→v1, v1→v2, ...]` for the dataset's versions, oldest first. */
export function versionDiffs(dataset: Dataset): VersionDiff[] {
  let diffs = consecutive.get(dataset);
  if (!diffs) {
    diffs = consecutiveDiffs(dataset.versions);
    consecutive.set(dataset, diffs);
  }
  return diffs;
}

/**
 * The diff from one version to another. Consecutive ones come from the cache;
 * any other pair has one page, so it is computed once and not kept.
 */
export function pairDiff(dataset: Dataset, from: Version, to: Version): VersionDiff {
  if (to.position === from.position + 1) return versionDiffs(dataset)[from.position]!;
  return diffVersions(from, to);
}

/** The diff that led to a version; undefined for the first. */
export function diffInto(dataset: Dataset, version: Version): VersionDiff | undefined {
  return version.position === 0 ? undefined : versionDiffs(dataset)[version.position - 1];
}

export function historyOf(dataset: Dataset, version: Version, table: Table): TableHistory {
  return tableHistory(dataset.versions, versionDiffs(dataset), version.position, table);
}

/** The authored release notes of a version, when it has them. */
export function releaseNotesOf(dataset: Dataset, version: Version) {
  return getEntry('releaseNotes', `datasets/${dataset.id}/versions/${version.id}/release-notes`);
}
