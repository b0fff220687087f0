import type { ComparableVersion } from '../diff/comparable.ts';
import { diffVersions } from '../diff/diff-versions.ts';
import { diffToJson, type VersionDiffJson } from '../diff/to-json.ts';
import type { VersionDiff } from '../diff/version-diff.ts';

/** The diff of each version from the one before it: `[v0→v1, v1→v2, ...]`. */
export function consecutiveDiffs(versions: readonly ComparableVersion[]): VersionDiff[] {
  return versions.slice(1).map((version, i) => diffVersions(versions[i]!, version));
}

/**
 * The file `/datasets/<d>/changes.json`: every consecutive diff in the
 * `changelog --json` shape, oldest first, so a script can replay a dataset's
 * history without running the engine.
 */
export function changesJson(diffs: readonly VersionDiff[]): VersionDiffJson[] {
  return diffs.map(diffToJson);
}

/**
 * Every ordered pair of versions, older first, for the compare pages. The
 * reverse direction is left out: it lists the same changes read backwards.
 */
export function orderedPairs<V>(versions: readonly V[]): { from: V; to: V }[] {
  return versions.flatMap((from, i) => versions.slice(i + 1).map((to) => ({ from, to })));
}
