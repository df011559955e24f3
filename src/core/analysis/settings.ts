/**
 * Analysis settings: every cut-off, weight and threshold the analyses use, their defaults, and a
 * validator that merges a person's partial settings over the defaults and names each bad field.
 * The company's working calendar (weekend days, holidays) for planning contacts lives here too.
 */
import { isFaxGatewayPattern } from '../outreach/eventFax';
import { currencySymbolForLocale, isCurrencySymbol } from '../reports/sheetSizing';
import { parseIsoDay } from './days';

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

/** The reliability forecast's settings (see src/core/analysis/reliability.ts). */
export interface ReliabilitySettings {
  /** An invoice is late when paid (or still unpaid) more than this many days after it fell due (default 0). */
  readonly lateAfterDays: number;
  /** A payment experience counts half as much after this many days (default 365). */
  readonly halfLifeDays: number;
  /** The chance of a late payment from which a client is in the medium band (default 0.2)… */
  readonly mediumFrom: number;
  /** … and the high band (default 0.5). */
  readonly highFrom: number;
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
  /** A client with fewer judged invoices than this is new: a high late chance with credit terms gets an action (default 3). */
  readonly newClientInvoices: number;
}

/** The company's working calendar: interaction schemes plan no contact on these days. */
interface OutreachSettings {
  /** Weekdays no one is contacted, 0 Sunday … 6 Saturday, in order (default Saturday and Sunday). */
  readonly weekendDays: readonly number[];
  /** The company's holidays as ISO dates (YYYY-MM-DD), in order, each once. */
  readonly holidays: readonly string[];
  /** An e-mail-to-fax gateway's address pattern, `{fax}` standing for the number's digits; '' for none. */
  readonly faxGateway: string;
}

/** How report sheets show what they hold. */
interface ReportSettings {
  /** The sign money is shown with (₱, $, €); '' for none. Its default follows the spreadsheet's locale. */
  readonly currencySymbol: string;
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
  readonly outreach: OutreachSettings;
  readonly reports: ReportSettings;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  revenueMonths: 12,
  abc: { aMax: 0.8, bMax: 0.95 },
  xyz: { months: 12, xMax: 0.1, yMax: 0.25 },
  reliability: { lateAfterDays: 0, halfLifeDays: 365, mediumFrom: 0.2, highFrom: 0.5 },
  claims: { repeatMinClaims: 2, repeatMonths: 12 },
  obligations: { dueSoonDays: 7 },
  freshness: { staleDays: 90 },
  campaigns: { attributionDays: 90 },
  recommendations: { dormantDays: 45, obligationDueDays: 3, newClientInvoices: 3 },
  outreach: { weekendDays: [0, 6], holidays: [], faxGateway: '' },
  // No sign until the spreadsheet's locale is known: see defaultSettingsFor.
  reports: { currencySymbol: '' },
};

/**
 * The defaults of a spreadsheet whose locale is `locale` (Sheets' code: en_PH, fil_PH): money in
 * its country's currency (₱ for the Philippines), no sign for a locale not known.
 */
export function defaultSettingsFor(locale: string): AnalysisSettings {
  return { ...DEFAULT_SETTINGS, reports: { currencySymbol: currencySymbolForLocale(locale) } };
}

/** The most holidays the settings keep (a few years of them). */
const MAX_HOLIDAYS = 500;

type SettingsErrorCode =
  | 'notObject'
  | 'unknownField'
  | 'notNumber'
  | 'notInteger'
  | 'outOfRange'
  | 'notIncreasing'
  | 'notList'
  | 'notWeekday'
  | 'allWeekend'
  | 'notDates'
  | 'tooMany'
  | 'notFaxGateway'
  | 'notCurrency';

/** A bad setting: the dotted field path and a code the UI translates (with the allowed range). */
export interface SettingsError {
  readonly field: string;
  readonly code: SettingsErrorCode;
  readonly min?: number;
  readonly max?: number;
  /** The values refused (`notDates`: the entries that are not dates, as typed). */
  readonly values?: readonly string[];
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

const BOUNDS: Record<string, Bound> = {
  revenueMonths: INT(1, 60),
  'abc.aMax': { min: 0, max: 1, above: true, below: true },
  'abc.bMax': { min: 0, max: 1, above: true },
  'xyz.months': INT(2, 60),
  'xyz.xMax': { min: 0, max: 10, above: true },
  'xyz.yMax': { min: 0, max: 10, above: true },
  'reliability.lateAfterDays': INT(0, 365),
  'reliability.halfLifeDays': { min: 1, max: 3650 },
  'reliability.mediumFrom': { min: 0, max: 1, above: true, below: true },
  'reliability.highFrom': { min: 0, max: 1, above: true, below: true },
  'claims.repeatMinClaims': INT(2, 1000),
  'claims.repeatMonths': INT(1, 60),
  'obligations.dueSoonDays': INT(0, 365),
  'freshness.staleDays': INT(1, 3650),
  'campaigns.attributionDays': INT(0, 3650),
  'recommendations.dormantDays': INT(1, 3650),
  'recommendations.obligationDueDays': INT(0, 365),
  'recommendations.newClientInvoices': INT(1, 100),
};

/** The text settings: what each accepts, and the code of a refusal. */
const TEXT_RULES: Record<
  string,
  { readonly accepts: (text: string) => boolean; readonly code: SettingsErrorCode }
> = {
  // The fax gateway's pattern (core/outreach/eventFax.ts).
  'outreach.faxGateway': {
    accepts: (text) => text.length <= 200 && isFaxGatewayPattern(text),
    code: 'notFaxGateway',
  },
  'reports.currencySymbol': { accepts: isCurrencySymbol, code: 'notCurrency' },
};

type Tree = { [key: string]: number | string | readonly (number | string)[] | Tree };

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

/** Weekend days: whole numbers 0 to 6, each once and in order; not every day of the week. */
function checkWeekdays(field: string, value: readonly unknown[], errors: SettingsError[]): number[] | null {
  if (!value.every((day) => typeof day === 'number' && Number.isInteger(day) && day >= 0 && day <= 6)) {
    errors.push({ field, code: 'notWeekday' });
    return null;
  }
  const days = [...new Set(value as number[])].sort((a, b) => a - b);
  if (days.length === 7) {
    errors.push({ field, code: 'allWeekend' });
    return null;
  }
  return days;
}

/** Holidays: ISO dates, each once and in order; the entries that are not dates are named. */
function checkDates(field: string, value: readonly unknown[], errors: SettingsError[]): string[] | null {
  const bad = value
    .filter((date) => typeof date !== 'string' || parseIsoDay(date.trim()) === null)
    .map((date) => String(date).slice(0, 40));
  if (bad.length > 0) {
    errors.push({ field, code: 'notDates', values: bad.slice(0, 10) });
    return null;
  }
  const dates = [...new Set((value as string[]).map((date) => date.trim()))].sort();
  if (dates.length > MAX_HOLIDAYS) {
    errors.push({ field, code: 'tooMany', max: MAX_HOLIDAYS });
    return null;
  }
  return dates;
}

/** A list setting (weekend days, holidays) checked by its field, or null when refused. */
function checkList(field: string, value: unknown, errors: SettingsError[]): (number | string)[] | null {
  if (!Array.isArray(value)) {
    errors.push({ field, code: 'notList' });
    return null;
  }
  return field === 'outreach.weekendDays'
    ? checkWeekdays(field, value, errors)
    : checkDates(field, value, errors);
}

/** Settings fields earlier versions saved that mean nothing now (the weighted score's). */
const RETIRED: Readonly<Record<string, readonly string[]>> = {
  reliability: [
    'weights',
    'minOrders',
    'priorScore',
    'lateDaysForZero',
    'yearsForFull',
    'claimsPerOrderForZero',
  ],
  recommendations: ['reliabilityDropPoints'],
};

/** `input` without the retired fields (a copy; anything not an object is returned as it is). */
function withoutRetired(input: unknown): unknown {
  if (!isPlainObject(input)) return input;
  const copy: Record<string, unknown> = { ...input };
  for (const [group, fields] of Object.entries(RETIRED)) {
    const value = copy[group];
    if (!isPlainObject(value)) continue;
    const kept: Record<string, unknown> = { ...value };
    for (const field of fields) delete kept[field];
    copy[group] = kept;
  }
  return copy;
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
    else if (Array.isArray(base)) {
      const checked = checkList(field, value, errors);
      if (checked !== null) out[key] = checked;
    } else if (typeof base === 'string') {
      const rule = TEXT_RULES[field];
      if (rule && typeof value === 'string' && rule.accepts(value.trim())) out[key] = value.trim();
      else errors.push({ field, code: rule?.code ?? 'unknownField' });
    } else if (typeof base === 'number') {
      const checked = checkNumber(field, value, errors);
      if (checked !== null) out[key] = checked;
    } else out[key] = merge(base as Tree, value, field, errors);
  }
  return out;
}

/**
 * Merges partial settings (as saved by a person, so of unknown shape) over the defaults and validates
 * them: each number within its range, ABC, XYZ and band cut-offs increasing, weekend days 0 to 6 (not
 * all seven), holidays real ISO dates (the ones that are not named), the currency sign one a number
 * format can hold. Any error rejects the
 * whole input, each error naming its field. `defaults` fill what the input leaves out (the
 * spreadsheet's: defaultSettingsFor). Fields of earlier versions (the old reliability score's
 * weights) are left out without complaint, so settings saved then keep their other values.
 */
export function resolveSettings(
  input: unknown,
  defaults: AnalysisSettings = DEFAULT_SETTINGS,
): SettingsResult {
  const errors: SettingsError[] = [];
  const merged = merge(
    defaults as unknown as Tree,
    withoutRetired(input),
    '',
    errors,
  ) as unknown as AnalysisSettings;
  const valid = (field: string) => !errors.some((e) => e.field === field);
  if (valid('abc.aMax') && valid('abc.bMax') && merged.abc.aMax >= merged.abc.bMax)
    errors.push({ field: 'abc.bMax', code: 'notIncreasing' });
  if (valid('xyz.xMax') && valid('xyz.yMax') && merged.xyz.xMax >= merged.xyz.yMax)
    errors.push({ field: 'xyz.yMax', code: 'notIncreasing' });
  if (
    valid('reliability.mediumFrom') &&
    valid('reliability.highFrom') &&
    merged.reliability.mediumFrom >= merged.reliability.highFrom
  )
    errors.push({ field: 'reliability.highFrom', code: 'notIncreasing' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: merged };
}
