/** A release whose notes refer to a thread. */
export interface Release {
  dataset: string;
  version: string;
}

/**
 * The thread numbers a release note refers to: `#12`, or the address of a
 * discussion in the site's repository. Issues, pull requests and discussions
 * share one sequence of numbers on GitHub, so the caller keeps only numbers
 * that are threads in the cache.
 */
export function threadReferences(notes: string, repository: string): number[] {
  const numbers = new Set<number>();
  // Not `&#12;` (an HTML entity), not `owner/repo#12` of another repository,
  // and not the hex of a colour.
  for (const [, digits] of notes.matchAll(/(?<![\w&/#])#(\d{1,7})(?![\w-])/g)) {
    numbers.add(Number(digits));
  }
  const escaped = repository.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(String.raw`github\.com/${escaped}/discussions/(\d+)\b`, 'gi');
  for (const [, digits] of notes.matchAll(link)) numbers.add(Number(digits));
  return [...numbers].sort((a, b) => a - b);
}

/** For each thread number, the releases whose notes refer to it, in the order given. */
export function addressedIn(
  notes: readonly (Release & { text: string })[],
  repository: string,
  known: ReadonlySet<number>,
): Map<number, Release[]> {
  const releases = new Map<number, Release[]>();
  for (const { dataset, version, text } of notes) {
    for (const number of threadReferences(text, repository)) {
      if (!known.has(number)) continue;
      releases.set(number, [...(releases.get(number) ?? []), { dataset, version }]);
    }
  }
  return releases;
}
