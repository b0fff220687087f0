/** A group and its share, from 0 to 1. */
export interface Share {
  category: string;
  share: number;
  /** True when the share rests on a hidden small count (see published.ts). */
  estimated?: boolean;
}

/** A group and how many were in it. */
export interface Count {
  category: string;
  count: number;
  estimated?: boolean;
}

/**
 * Shares of a total. With a total of zero every share is 0, so that an
 * empty attribute compares as "no one" rather than as missing data.
 */
export function sharesOf(counts: readonly Count[]): Share[] {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return counts.map((c) => ({
    category: c.category,
    share: total > 0 ? c.count / total : 0,
    ...(c.estimated ? { estimated: true } : {}),
  }));
}

/**
 * Percentages rescaled to add up to exactly 1. Published tables rarely add up
 * to 100 after rounding, and readers' own figures may cover only some groups:
 * either way the groups listed are taken as the whole population.
 */
export function sharesFromPercentages(
  percentages: readonly { category: string; percent: number }[],
): Share[] {
  return sharesOf(percentages.map((p) => ({ category: p.category, count: p.percent })));
}
