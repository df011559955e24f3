/** Small statistics helpers shared by the analyses. */

/**
 * The p-quantile (0 ≤ p ≤ 1) of `sorted` (ascending) by linear interpolation between closest ranks
 * (the "type 7" rule of R, numpy's default and Sheets' PERCENTILE): position p × (n − 1), interpolated
 * between the values either side. The median of [1, 2, 3, 10] is 2.5; its 90th percentile is
 * 3 + 0.7 × (10 − 3) = 7.9. Null for no values.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const position = p * (n - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

/** Compares nullable keys: by text, the null key last. */
export function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** A share (0-1) in whole percent, as every forecast figure is shown and written. */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}
