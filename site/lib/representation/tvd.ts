import { categoryKey } from './category-key.ts';
import type { Share } from './shares.ts';

/**
 * Total variation distance between two distributions of one attribute: half
 * the sum of the absolute differences in share, from 0 (the same mix) to 1
 * (no group in common). It is also the largest share of people who would
 * have to move group to turn one mix into the other.
 *
 * A group listed on only one side counts as 0 on the other. Callers decide
 * whether that is right (a group that appears in a later version) or
 * whether such groups should be left out first (see compare.ts).
 */
export function totalVariationDistance(p: readonly Share[], q: readonly Share[]): number {
  const differences = new Map<string, number>();
  for (const { category, share } of p) {
    const key = categoryKey(category);
    differences.set(key, (differences.get(key) ?? 0) + share);
  }
  for (const { category, share } of q) {
    const key = categoryKey(category);
    differences.set(key, (differences.get(key) ?? 0) - share);
  }
  let sum = 0;
  for (const difference of differences.values()) sum += Math.abs(difference);
  return sum / 2;
}
