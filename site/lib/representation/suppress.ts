/**
 * Why a published count is hidden: `small` counts are below the threshold;
 * a `complementary` count is hidden only so that a small one cannot be
 * worked out by subtracting the others from the total.
 */
export type HiddenReason = 'small' | 'complementary';

/** A count as the site publishes it: the number, or why it is hidden. */
export type PublishedCount =
  | { count: number; hidden?: undefined }
  | { count?: undefined; hidden: HiddenReason };

/**
 * Small-cell suppression over the counts of one attribute, unknown included,
 * whose total is published.
 *
 * - A count from 1 to `threshold - 1` is hidden (`small`). Zero is shown: it
 *   says that no one is in a group, which points at no one.
 * - When exactly one count is hidden, the total would give it away, so the
 *   smallest other non-zero count is hidden too (`complementary`).
 * - When no such count exists, the hidden count could still be worked out
 *   from the total; `totalHidden` says the total must not be published.
 *
 * A threshold of 1 hides nothing.
 */
export function suppressSmallCells(
  counts: readonly number[],
  threshold: number,
): { counts: PublishedCount[]; totalHidden: boolean } {
  const published: PublishedCount[] = counts.map((count) =>
    count > 0 && count < threshold ? { hidden: 'small' } : { count });
  const hidden = published.filter((p) => p.hidden).length;
  if (hidden !== 1) return { counts: published, totalHidden: false };
  let partner = -1;
  counts.forEach((count, i) => {
    if (published[i]!.hidden || count === 0) return;
    if (partner < 0 || count < counts[partner]!) partner = i;
  });
  if (partner < 0) return { counts: published, totalHidden: true };
  published[partner] = { hidden: 'complementary' };
  return { counts: published, totalHidden: false };
}
