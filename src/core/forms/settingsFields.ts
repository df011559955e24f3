import type { AnalysisSettings, SettingsError } from '../analysis/settings';
import type { MessageKey } from '../i18n/en';
import type { Translator } from '../i18n/format';
import { hasOwn } from '../objects';
import { parseNumberText } from '../validation/numbers';

/** One analysis setting on the settings page: its dotted path, label, and how it is typed. */
interface SettingField {
  readonly path: string;
  readonly label: MessageKey;
  /** Shares are typed as percentages (80) and stored as fractions (0.8). */
  readonly percent?: boolean;
  /**
   * A list rather than a number: `weekdays` ticked on the page (the form's text is `0,6`), `dates`
   * typed one a line or comma-separated (ISO dates).
   */
  readonly list?: 'weekdays' | 'dates';
  /** Text as typed (the fax gateway's pattern, the currency sign), not a number. */
  readonly text?: boolean;
}

/** The settings a head can change, grouped as the page shows them. */
export const SETTING_GROUPS: readonly {
  readonly title: MessageKey;
  readonly fields: readonly SettingField[];
}[] = [
  {
    title: 'settings.group.abcXyz',
    fields: [
      { path: 'abc.aMax', label: 'settings.abc.aMax', percent: true },
      { path: 'abc.bMax', label: 'settings.abc.bMax', percent: true },
      { path: 'xyz.months', label: 'settings.xyz.months' },
      { path: 'xyz.xMax', label: 'settings.xyz.xMax', percent: true },
      { path: 'xyz.yMax', label: 'settings.xyz.yMax', percent: true },
    ],
  },
  {
    title: 'settings.group.reliability',
    fields: [
      { path: 'reliability.lateAfterDays', label: 'settings.reliability.lateAfterDays' },
      { path: 'reliability.halfLifeDays', label: 'settings.reliability.halfLifeDays' },
      { path: 'reliability.mediumFrom', label: 'settings.reliability.mediumFrom', percent: true },
      { path: 'reliability.highFrom', label: 'settings.reliability.highFrom', percent: true },
    ],
  },
  {
    title: 'settings.group.thresholds',
    fields: [
      { path: 'freshness.staleDays', label: 'settings.freshness.staleDays' },
      { path: 'obligations.dueSoonDays', label: 'settings.obligations.dueSoonDays' },
      { path: 'recommendations.dormantDays', label: 'settings.recommendations.dormantDays' },
      { path: 'recommendations.obligationDueDays', label: 'settings.recommendations.obligationDueDays' },
      { path: 'recommendations.newClientInvoices', label: 'settings.recommendations.newClientInvoices' },
    ],
  },
  {
    title: 'settings.group.outreach',
    fields: [
      { path: 'outreach.weekendDays', label: 'settings.outreach.weekendDays', list: 'weekdays' },
      { path: 'outreach.holidays', label: 'settings.outreach.holidays', list: 'dates' },
      { path: 'outreach.faxGateway', label: 'settings.outreach.faxGateway', text: true },
    ],
  },
  {
    title: 'settings.group.reports',
    fields: [{ path: 'reports.currencySymbol', label: 'settings.reports.currencySymbol', text: true }],
  },
];

const ALL_FIELDS = SETTING_GROUPS.flatMap((group) => group.fields);
const round = (n: number) => Math.round(n * 1e6) / 1e6;

function read(settings: AnalysisSettings, path: string): unknown {
  let node: unknown = settings;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node;
}

/** A field's value as the page's text shows it: a share as a percentage, a list joined. */
function fieldText(field: SettingField, value: unknown): string {
  if (field.list) return (Array.isArray(value) ? value : []).join(field.list === 'dates' ? '\n' : ',');
  if (field.text) return typeof value === 'string' ? value : '';
  return String(round((value as number) * (field.percent ? 100 : 1)));
}

/** The settings as the page's text fields show them (shares as percentages, lists as text). */
export function settingsToForm(settings: AnalysisSettings): Record<string, string> {
  return Object.fromEntries(ALL_FIELDS.map((f) => [f.path, fieldText(f, read(settings, f.path))]));
}

/**
 * A list field's text as the settings' list: weekdays `0,6` as numbers, dates one a line or
 * separated by commas or semicolons; an entry that is not a number stays text, to be refused by name.
 */
function listValue(field: SettingField, raw: string): (number | string)[] {
  const entries = raw
    .split(field.list === 'dates' ? /[\n\r,;]+/ : /[\s,;]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return field.list === 'dates'
    ? entries
    : entries.map((entry) => (/^\d$/.test(entry) ? Number(entry) : entry));
}

/** The value of one page field for resolveSettings. */
function inputValue(field: SettingField, raw: string): unknown {
  if (field.list) return listValue(field, raw);
  if (field.text) return raw.trim();
  // Commas only between groups of three digits: `12,50` is refused, never read as 1250.
  const parsed = parseNumberText(raw.trim());
  return parsed.ok ? round(field.percent ? parsed.value / 100 : parsed.value) : raw.trim();
}

/**
 * The page's text fields as a partial settings object for resolveSettings: numbers parsed, shares
 * turned back into fractions, text that is not a number passed on as text so it is refused by name.
 * Keys the page does not know are dropped.
 */
export function formToSettingsInput(values: unknown): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const source = typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : {};
  for (const field of ALL_FIELDS) {
    if (!hasOwn(source, field.path)) continue;
    const value = inputValue(field, String(source[field.path] ?? ''));
    const keys = field.path.split('.');
    let node = input;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1] as string] = value;
  }
  return input;
}

/** A settings error as the person reads it, naming the field (ranges shown as typed). */
export function describeSettingsError(
  t: Translator,
  error: SettingsError,
): { field: string; message: string } {
  const field = ALL_FIELDS.find((f) => f.path === error.field);
  const label = field ? t(field.label) : t('settings.group.reliability');
  const scale = field?.percent ? 100 : 1;
  const params = { field: label, min: round((error.min ?? 0) * scale), max: round((error.max ?? 0) * scale) };
  if (error.code === 'notFaxGateway' || error.code === 'notCurrency')
    return { field: error.field, message: t(`settings.error.${error.code}`, params) };
  const listCodes = ['notWeekday', 'allWeekend', 'notDates', 'tooMany', 'notList'] as const;
  const listCode = listCodes.find((code) => code === error.code);
  if (listCode) {
    const values = (error.values ?? []).map((value) => `“${value}”`).join(', ');
    return { field: error.field, message: t(`settings.error.${listCode}`, { ...params, values }) };
  }
  const key: MessageKey =
    error.code === 'outOfRange' || error.code === 'notInteger' || error.code === 'notIncreasing'
      ? `settings.error.${error.code}`
      : 'settings.error.notNumber';
  return { field: error.field, message: t(key, params) };
}
