/**
 * Analysis settings: every cut-off, weight and threshold the analyses use, their defaults, and a
 * validator that merges a person's partial settings over the defaults and names each bad field.
 */

/** Weights of the reliability factors. They need not sum to 1: the score divides by their sum. */
export interface ReliabilityWeights {
  readonly paymentTimeliness: number;
  readonly yearsInBusiness: number;
  readonly claimsRate: number;
  readonly obligationsKept: number;
  readonly orderRegularity: number;
  readonly creditUse: number;
}

export interface AbcSettings {
  /** Cumulative revenue share that closes class A (fraction, default 0.8). */
  readonly aMax: number;
  /** Cumulative revenue share that closes class B (fraction, default 0.95). */
  readonly bMax: number;
}

export interface XyzSettings {
  /** Complete calendar months before asOf's month whose revenue is compared (default 12). */
  readonly months: number;
  /** Highest coefficient of variation still X (fraction, default 0.10). */
  readonly xMax: number;
  /** Highest coefficient of variation still Y (fraction, default 0.25). */
  readonly yMax: number;
}

export interface ReliabilitySettings {
  readonly weights: ReliabilityWeights;
  /** Fewer orders than this, and no claims or assessed obligations, gives a prior instead of a score. */
  readonly minOrders: number;
  /** The prior's score (0-100). */
  readonly priorScore: number;
  /** Amount-weighted days late at which payment timeliness scores 0 (linear from 1 at 0 days). */
  readonly lateDaysForZero: number;
  /** Years in business that score 1 (linear from 0 at 0 years). */
  readonly yearsForFull: number;
  /** Claims per order at which the claims factor scores 0 (linear from 1 at no claims). */
  readonly claimsPerOrderForZero: number;
}

export interface ClaimsSettings {
  /** Claims in the window that make a client a repeat claimant (default 2). */
  readonly repeatMinClaims: number;
  readonly repeatMonths: number;
}

export interface RecommendationSettings {
  /** An A client with no done contact for this many days or more is dormant (default 45). */
  readonly dormantDays: number;
  /** A pending obligation due within this many days gets an action (default 3). */
  readonly obligationDueDays: number;
  /** A reliability fall of at least this many points gets an action (default 10). */
  readonly reliabilityDropPoints: number;
}

export interface AnalysisSettings {
  /** Months of the revenue window ending on asOf (ABC, audience, RFM frequency and monetary, sources). */
  readonly revenueMonths: number;
  readonly abc: AbcSettings;
  readonly xyz: XyzSettings;
  readonly reliability: ReliabilitySettings;
  readonly claims: ClaimsSettings;
  readonly obligations: { readonly dueSoonDays: number };
  readonly freshness: { readonly staleDays: number };
  /** A client is a campaign's lead when created up to this many days after the campaign (default 90). */
  readonly campaigns: { readonly attributionDays: number };
  readonly recommendations: RecommendationSettings;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  revenueMonths: 12,
  abc: { aMax: 0.8, bMax: 0.95 },
  xyz: { months: 12, xMax: 0.1, yMax: 0.25 },
  reliability: {
    weights: {
      paymentTimeliness: 0.3,
      yearsInBusiness: 0.1,
      claimsRate: 0.15,
      obligationsKept: 0.15,
      orderRegularity: 0.15,
      creditUse: 0.15,
    },
    minOrders: 3,
    priorScore: 50,
    lateDaysForZero: 60,
    yearsForFull: 10,
    claimsPerOrderForZero: 0.2,
  },
  claims: { repeatMinClaims: 2, repeatMonths: 12 },
  obligations: { dueSoonDays: 7 },
  freshness: { staleDays: 90 },
  campaigns: { attributionDays: 90 },
  recommendations: { dormantDays: 45, obligationDueDays: 3, reliabilityDropPoints: 10 },
};

type SettingsErrorCode =
  | 'notObject'
  | 'unknownField'
  | 'notNumber'
  | 'notInteger'
  | 'outOfRange'
  | 'notIncreasing'
  | 'weightsZero';

/** A bad setting: the dotted field path and a code the UI translates (with the allowed range). */
export interface SettingsError {
  readonly field: string;
  readonly code: SettingsErrorCode;
  readonly min?: number;
  readonly max?: number;
}

type SettingsResult =
  | { readonly ok: true; readonly settings: AnalysisSettings }
  | { readonly ok: false; readonly errors: readonly SettingsError[] };

interface Bound {
  readonly integer?: boolean;
  readonly min: number;
  readonly max: number;
  /** The minimum itself is not allowed (a share of 0, a divisor of 0). */
  readonly above?: boolean;
  readonly below?: boolean;
}

const INT = (min: number, max: number): Bound => ({ integer: true, min, max });
const WEIGHT: Bound = { min: 0, max: 1000 };

const BOUNDS: Record<string, Bound> = {
  revenueMonths: INT(1, 60),
  'abc.aMax': { min: 0, max: 1, above: true, below: true },
  'abc.bMax': { min: 0, max: 1, above: true },
  'xyz.months': INT(2, 60),
  'xyz.xMax': { min: 0, max: 10, above: true },
  'xyz.yMax': { min: 0, max: 10, above: true },
  'reliability.weights.paymentTimeliness': WEIGHT,
  'reliability.weights.yearsInBusiness': WEIGHT,
  'reliability.weights.claimsRate': WEIGHT,
  'reliability.weights.obligationsKept': WEIGHT,
  'reliability.weights.orderRegularity': WEIGHT,
  'reliability.weights.creditUse': WEIGHT,
  'reliability.minOrders': INT(0, 1000),
  'reliability.priorScore': { min: 0, max: 100 },
  'reliability.lateDaysForZero': { min: 0, max: 3650, above: true },
  'reliability.yearsForFull': { min: 0, max: 200, above: true },
  'reliability.claimsPerOrderForZero': { min: 0, max: 100, above: true },
  'claims.repeatMinClaims': INT(2, 1000),
  'claims.repeatMonths': INT(1, 60),
  'obligations.dueSoonDays': INT(0, 365),
  'freshness.staleDays': INT(1, 3650),
  'campaigns.attributionDays': INT(0, 3650),
  'recommendations.dormantDays': INT(1, 3650),
  'recommendations.obligationDueDays': INT(0, 365),
  'recommendations.reliabilityDropPoints': { min: 0, max: 100, above: true },
};

type Tree = { [key: string]: number | Tree };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkNumber(field: string, value: unknown, errors: SettingsError[]): number | null {
  const bound = BOUNDS[field];
  if (!bound) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ field, code: 'notNumber' });
    return null;
  }
  if (bound.integer && !Number.isInteger(value)) {
    errors.push({ field, code: 'notInteger' });
    return null;
  }
  const low = bound.above ? value <= bound.min : value < bound.min;
  const high = bound.below ? value >= bound.max : value > bound.max;
  if (low || high) {
    errors.push({ field, code: 'outOfRange', min: bound.min, max: bound.max });
    return null;
  }
  return value;
}

/** `defaults` with every field of `input` that is valid laid over it; bad fields are reported. */
function merge(defaults: Tree, input: unknown, path: string, errors: SettingsError[]): Tree {
  const out: Tree = { ...defaults };
  if (input === undefined) return out;
  if (!isPlainObject(input)) {
    errors.push({ field: path || '(settings)', code: 'notObject' });
    return out;
  }
  for (const [key, value] of Object.entries(input)) {
    const field = path ? `${path}.${key}` : key;
    const base = defaults[key];
    if (base === undefined) errors.push({ field, code: 'unknownField' });
    else if (typeof base === 'number') {
      const checked = checkNumber(field, value, errors);
      if (checked !== null) out[key] = checked;
    } else out[key] = merge(base, value, field, errors);
  }
  return out;
}

/**
 * Merges partial settings (as saved by a person, so of unknown shape) over the defaults and validates
 * them: each number within its range, ABC and XYZ cut-offs increasing, reliability weights not
 * negative and not all zero. Any error rejects the whole input, each error naming its field.
 */
export function resolveSettings(input: unknown): SettingsResult {
  const errors: SettingsError[] = [];
  const merged = merge(DEFAULT_SETTINGS as unknown as Tree, input, '', errors) as unknown as AnalysisSettings;
  const valid = (field: string) => !errors.some((e) => e.field === field);
  if (valid('abc.aMax') && valid('abc.bMax') && merged.abc.aMax >= merged.abc.bMax)
    errors.push({ field: 'abc.bMax', code: 'notIncreasing' });
  if (valid('xyz.xMax') && valid('xyz.yMax') && merged.xyz.xMax >= merged.xyz.yMax)
    errors.push({ field: 'xyz.yMax', code: 'notIncreasing' });
  const weights = Object.values(merged.reliability.weights);
  if (
    !errors.some((e) => e.field.startsWith('reliability.weights')) &&
    weights.reduce((a, b) => a + b, 0) <= 0
  )
    errors.push({ field: 'reliability.weights', code: 'weightsZero' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: merged };
}
