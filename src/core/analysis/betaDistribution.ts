/**
 * The Beta distribution's cumulative distribution and quantiles: what turns a forecast's Beta(α, β)
 * into its 80% interval. Written out here because Apps Script has no statistics library; accurate to
 * about 1e-10, which is far below the whole percents an interval is shown in.
 */

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7). */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = 0.9999999999998099;
  for (let i = 0; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i + 1);
  const t = z + LANCZOS.length - 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The continued fraction of the incomplete beta function (modified Lentz), for x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + even / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + odd / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-13) break;
  }
  return h;
}

/**
 * I_x(a, b) for 0 < x < 1, from ln x, ln(1 − x) and ln B(a, b) given, so a quantile search computes
 * the log-gammas once and each step's logarithms once (its Newton step needs them too).
 */
function incompleteBetaFromLogs(
  x: number,
  a: number,
  b: number,
  logX: number,
  log1mX: number,
  logBeta: number,
): number {
  const front = Math.exp(a * logX + b * log1mX - logBeta);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** I_x(a, b) with ln B(a, b) given. */
function incompleteBeta(x: number, a: number, b: number, logBeta: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return incompleteBetaFromLogs(x, a, b, Math.log(x), Math.log(1 - x), logBeta);
}

const logBetaOf = (a: number, b: number) => logGamma(a) + logGamma(b) - logGamma(a + b);

/**
 * P(X ≤ x) for X ~ Beta(a, b), a > 0, b > 0: the regularized incomplete beta function I_x(a, b).
 * @forTests The forecast's tests check its intervals against it.
 */
export function betaCdf(x: number, a: number, b: number): number {
  return incompleteBeta(x, a, b, logBetaOf(a, b));
}

/** The normal quantile, to about 5e-4 (Abramowitz and Stegun 26.2.23): good enough to start from. */
function roughNormalQuantile(q: number): number {
  const p = Math.min(q, 1 - q);
  const t = Math.sqrt(-2 * Math.log(p));
  const z =
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t ** 3);
  return q < 0.5 ? -z : z;
}

/**
 * Where the search for the q-quantile starts: the normal approximation when both shapes are above 1
 * (the Beta is then bell-shaped enough), else the mean; the search itself never depends on it.
 */
function startingPoint(q: number, a: number, b: number): number {
  const mean = a / (a + b);
  if (a <= 1 || b <= 1) return mean;
  const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
  return Math.min(1 - 1e-9, Math.max(1e-9, mean + roughNormalQuantile(q) * sd));
}

/**
 * The q-quantile of Beta(a, b) (0 < q < 1): bisection, kept because it cannot miss, sped up by a
 * Newton step inside the bracket, to 1e-10: far below the whole percents an interval is shown in.
 */
export function betaQuantile(q: number, a: number, b: number): number {
  const logBeta = logBetaOf(a, b);
  let lo = 0;
  let hi = 1;
  let x = startingPoint(q, a, b);
  for (let i = 0; i < 100; i++) {
    // x lies inside (0, 1), as the start and every step (strictly inside the bracket) do; even at 0
    // or 1 these logarithms give incompleteBeta's 0 or 1.
    const logX = Math.log(x);
    const log1mX = Math.log(1 - x);
    const f = incompleteBetaFromLogs(x, a, b, logX, log1mX, logBeta) - q;
    if (Math.abs(f) < 1e-10) return x;
    if (f < 0) lo = x;
    else hi = x;
    if (hi - lo < 1e-10) break;
    // The density at x, for a Newton step; when the step leaves the bracket, bisect instead.
    const logDensity = (a - 1) * logX + (b - 1) * log1mX - logBeta;
    const next = x - f / Math.exp(logDensity);
    x = Number.isFinite(next) && next > lo && next < hi ? next : (lo + hi) / 2;
  }
  return x;
}
