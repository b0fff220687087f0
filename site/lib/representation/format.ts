/**
 * How shares, ratios and gaps read on the page and in the comparison tool,
 * one place so that the built pages and the browser agree to the digit.
 */

/** A share from 0 to 1 as a percentage with one decimal: `43.1%`. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.0005) return '<0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

/** A representation ratio with two decimals: `0.82`. */
export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined ? 'no ratio' : ratio.toFixed(2);
}

/** A gap in percentage points, signed: `+3.1` or `−2.0` (a true minus sign). */
export function formatGap(gap: number): string {
  const points = (gap * 100).toFixed(1);
  if (Number(points) === 0) return '0.0';
  return gap > 0 ? `+${points}` : `\u2212${points.slice(1)}`;
}

/** A total variation distance as a share of people: `0.12` reads as "12%". */
export function formatDistance(tvd: number | undefined): string {
  return tvd === undefined ? 'not comparable' : formatShare(tvd);
}

/** A published count: the number, `<10` when small, `hidden` when complementary. */
export function formatCount(
  cell: { count?: number | undefined; hidden?: 'small' | 'complementary' | undefined },
  threshold: number,
): string {
  if (cell.hidden === 'small') return `<${threshold}`;
  if (cell.hidden === 'complementary') return 'hidden';
  return new Intl.NumberFormat('en').format(cell.count ?? 0);
}
