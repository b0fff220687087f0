/** A possible pairing of an older and a newer item, scored in [0, 1]. */
export interface Candidate {
  before: number;
  after: number;
  score: number;
  reason: string;
}

/**
 * Picks the best non-conflicting pairs at or above `threshold`, highest
 * score first. Greedy is not always the optimal assignment, but renames in
 * one release are few and rarely compete, and its choices are easy to
 * explain: each pair was the best left when it was taken. Ties go to the
 * earlier items so that the result never depends on input order.
 */
// TODO(renames): an optimal assignment (Hungarian method) would settle the
// rare case where two renames compete for one column; greedy picks the
// single best pair first, which can strand a slightly weaker but correct one.
export function assignBest(candidates: readonly Candidate[], threshold: number): Candidate[] {
  const ranked = candidates
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score || a.before - b.before || a.after - b.after);
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (usedBefore.has(candidate.before) || usedAfter.has(candidate.after)) continue;
    usedBefore.add(candidate.before);
    usedAfter.add(candidate.after);
    chosen.push(candidate);
  }
  return chosen;
}

// Beyond this many pairs, only pairs sharing a key are scored.
// TODO(renames): a respelling that shares no three-letter word start with its
// old name (`xcharttime` for `charttime`) is missed above this limit.
const exhaustiveLimit = 40_000;

/**
 * The pairs worth scoring. Small sets are compared exhaustively; large ones
 * (a release that drops and adds hundreds of tables) only where the two
 * share a blocking key, such as a name token or a column name, which keeps
 * the work near linear. The keys are chosen so that a pair able to pass the
 * threshold almost always shares one; see docs/renames.md for the gap.
 */
export function candidatePairs(
  before: readonly number[],
  after: readonly number[],
  keys: (side: 'before' | 'after', index: number) => Iterable<string>,
): [number, number][] {
  if (before.length * after.length <= exhaustiveLimit) {
    return before.flatMap((i) => after.map((j): [number, number] => [i, j]));
  }
  const byKey = new Map<string, number[]>();
  for (const j of after) {
    for (const key of new Set(keys('after', j))) {
      const list = byKey.get(key);
      if (list) list.push(j);
      else byKey.set(key, [j]);
    }
  }
  const pairs: [number, number][] = [];
  for (const i of before) {
    const seen = new Set<number>();
    for (const key of new Set(keys('before', i))) {
      for (const j of byKey.get(key) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}
