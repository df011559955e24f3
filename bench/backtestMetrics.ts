/**
 * The backtest's scores, pure and small enough to check by hand (test/bench/backtestMetrics.test.ts).
 *
 * Scores are *risks*: higher means more likely to pay late. A figure that cannot be computed (no
 * positive or no negative case for AUC, a constant series for Spearman, nothing to score) is NaN, and
 * the report prints it as a dash.
 */

/** One scored client at one cut-off: its forecast late chance and what its later invoices did. */
export interface InvoiceOutcome {
  /** The forecast probability that an invoice is paid late (0..1). */
  readonly p: number;
  /** Judged later invoices. */
  readonly n: number;
  /** Of those, paid late (or still unpaid past due). */
  readonly k: number;
}

/** Calibration of one band of p: [low, high) (the last band includes 1). */
interface CalibrationBand {
  readonly low: number;
  readonly high: number;
  readonly invoices: number;
  /** Invoice-weighted mean forecast p in the band (NaN when empty). */
  readonly meanP: number;
  /** Share of the band's invoices that were late (NaN when empty). */
  readonly observed: number;
}

/** The five fixed bands, and the mean over the non-empty ones of |mean p − observed|. */
interface Calibration {
  readonly bands: readonly CalibrationBand[];
  readonly error: number;
}

/** Ranks 1..n of `values`, ties given the average of the ranks they span. */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let m = i; m <= j; m++) ranks[order[m] as number] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Area under the ROC curve by Mann-Whitney: the chance that a random positive has a higher risk than
 * a random negative, ties counting half. NaN without both a positive and a negative.
 */
export function auc(risks: readonly number[], positives: readonly boolean[]): number {
  const ranks = averageRanks(risks);
  let positiveCount = 0;
  let rankSum = 0;
  positives.forEach((positive, i) => {
    if (!positive) return;
    positiveCount++;
    rankSum += ranks[i] as number;
  });
  const negativeCount = positives.length - positiveCount;
  if (positiveCount === 0 || negativeCount === 0) return Number.NaN;
  return (rankSum - (positiveCount * (positiveCount + 1)) / 2) / (positiveCount * negativeCount);
}

/** Spearman's rank correlation: Pearson's correlation of the average ranks. NaN when either is constant. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const n = rx.length;
  if (n < 2) return Number.NaN;
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] as number) - mean;
    const dy = (ry[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Brier score at invoice level: each judged invoice scores (p − late)², pooled over all invoices. */
export function brier(outcomes: readonly InvoiceOutcome[]): number {
  let sum = 0;
  let invoices = 0;
  for (const { p, n, k } of outcomes) {
    sum += k * (1 - p) ** 2 + (n - k) * p ** 2;
    invoices += n;
  }
  return invoices > 0 ? sum / invoices : Number.NaN;
}

const BAND_COUNT = 5;

/** Calibration over the bands 0-20, 20-40, 40-60, 60-80 and 80-100% of p, counted by invoice. */
export function calibration(outcomes: readonly InvoiceOutcome[]): Calibration {
  const sums = Array.from({ length: BAND_COUNT }, () => ({ invoices: 0, p: 0, late: 0 }));
  for (const { p, n, k } of outcomes) {
    const band = sums[Math.min(BAND_COUNT - 1, Math.max(0, Math.floor(p * BAND_COUNT)))];
    if (!band) continue;
    band.invoices += n;
    band.p += n * p;
    band.late += k;
  }
  let errorSum = 0;
  let filled = 0;
  const bands = sums.map((s, i) => {
    const meanP = s.invoices > 0 ? s.p / s.invoices : Number.NaN;
    const observed = s.invoices > 0 ? s.late / s.invoices : Number.NaN;
    if (s.invoices > 0) {
      errorSum += Math.abs(meanP - observed);
      filled++;
    }
    return { low: i / BAND_COUNT, high: (i + 1) / BAND_COUNT, invoices: s.invoices, meanP, observed };
  });
  return { bands, error: filled > 0 ? errorSum / filled : Number.NaN };
}

/**
 * The beta-binomial(n, alpha, beta) probabilities of 0..n late invoices: what a Beta(alpha, beta)
 * belief about the late chance predicts for n invoices. Computed in logs, by the ratio of successive
 * terms, so a large n neither overflows nor underflows.
 */
function betaBinomialPmf(n: number, alpha: number, beta: number): number[] {
  let log = 0;
  for (let i = 0; i < n; i++) log += Math.log((beta + i) / (alpha + beta + i));
  const logs = [log];
  for (let k = 0; k < n; k++) {
    log += Math.log(((n - k) / (k + 1)) * ((k + alpha) / (n - k - 1 + beta)));
    logs.push(log);
  }
  return logs.map(Math.exp);
}

/** F(k) = P(K ≤ k) under beta-binomial(n, alpha, beta); 0 below 0, 1 from n on. */
export function betaBinomialCdf(k: number, n: number, alpha: number, beta: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let sum = 0;
  const pmf = betaBinomialPmf(n, alpha, beta);
  for (let i = 0; i <= k; i++) sum += pmf[i] as number;
  return Math.min(1, sum);
}

const INTERVAL_LOW = 0.1;
const INTERVAL_HIGH = 0.9;

/**
 * How far the central 80% predictive interval covers an outcome of k late of n, for a forecast
 * Beta(alpha, beta). With discrete outcomes an 80% interval of k rarely exists, so this uses the
 * randomized PIT: the outcome's PIT is uniform on [F(k−1), F(k)], and the credit is the share of that
 * interval lying inside [0.1, 0.9]. For a calibrated forecast the PIT is uniform on [0, 1], so the
 * credits average 80% in expectation, however few the invoices.
 */
export function pitCoverageCredit(k: number, n: number, alpha: number, beta: number): number {
  const below = betaBinomialCdf(k - 1, n, alpha, beta);
  const upTo = betaBinomialCdf(k, n, alpha, beta);
  const width = upTo - below;
  if (width <= 0) return upTo >= INTERVAL_LOW && upTo <= INTERVAL_HIGH ? 1 : 0;
  const inside = Math.min(upTo, INTERVAL_HIGH) - Math.max(below, INTERVAL_LOW);
  return Math.max(0, inside) / width;
}

/** The mean of `values`, NaN when there are none. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : Number.NaN;
}
