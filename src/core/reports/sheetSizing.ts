/**
 * How wide a report column must be, and where a count axis puts its gridlines, worked out before
 * anything is written: Sheets has no "fit to content" an add-on can rely on (autoResizeColumns
 * measures only what has rendered), so Suki sizes columns from the text it writes. The figures are
 * for Sheets' default font (Arial 10) at 100% zoom; the tests measure widths with the same figure.
 * The text measured is the text as shown, so the number formats of report columns (and the
 * workbook's currency sign, a setting whose default follows the spreadsheet's locale) live here too.
 */
import { localeCountry } from '../import/localeValues';

/**
 * Average pixels per character of Arial 10, generous for digits and capitals.
 * @forTests The stated figure the tests measure widths with.
 */
export const PX_PER_CHAR = 7;

/** The cell's padding, left and right together, in pixels. */
const CELL_PADDING_PX = 14;

/**
 * The narrowest a report column is made (a short code still reads), in pixels.
 * @forTests The sizing tests assert against it.
 */
export const MIN_COLUMN_PX = 56;

/**
 * The widest a report column is made, in pixels: longer text wraps inside it (the column is set to
 * wrap) instead of pushing every other column off a laptop screen.
 */
export const MAX_COLUMN_PX = 320;

/** Pixels `text` takes in one line of a cell, padding included. */
export function textWidthPx(text: string): number {
  return Array.from(text).length * PX_PER_CHAR + CELL_PADDING_PX;
}

/**
 * The width of a column holding `texts` (its header among them, as shown), within the bounds, and
 * whether its cells must wrap because the longest is wider than the widest column allowed.
 */
export function columnWidthFor(texts: readonly string[]): { readonly width: number; readonly wrap: boolean } {
  const widest = texts.reduce((most, text) => Math.max(most, textWidthPx(text)), 0);
  return {
    width: Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, widest)),
    wrap: widest > MAX_COLUMN_PX,
  };
}

/** Whole-number steps for an axis of counts: 1, 2 or 5 times a power of ten. */
const NICE_STEPS = [1, 2, 5];

/**
 * A count axis from 0 that steps in whole numbers (never 17.3 / 34.5): the step, the top of the
 * axis (a multiple of the step at or above `largest`) and the number of gridlines (steps + 1),
 * with at most `maxSteps` steps.
 * @forTests Its steps are checked over many sizes; charts take it through axisOptions.
 */
export function wholeNumberAxis(
  largest: number,
  maxSteps = 5,
): { readonly step: number; readonly max: number; readonly gridlines: number } {
  const top = Number.isFinite(largest) && largest > 0 ? Math.ceil(largest) : 1;
  for (let power = 1; ; power *= 10) {
    for (const nice of NICE_STEPS) {
      const step = nice * power;
      const steps = Math.max(1, Math.ceil(top / step));
      if (steps <= maxSteps) return { step, max: steps * step, gridlines: steps + 1 };
    }
  }
}

/** How a report column's numbers are shown. */
export type ReportFormat = 'text' | 'integer' | 'number' | 'currency' | 'percent' | 'date';

/**
 * Sheets' number format of counts: whole numbers with thousands separators.
 * @forTests The sheet checks (test/support/reportSheetChecks.ts) know counts by it.
 */
export const INTEGER_FORMAT = '#,##0';

/** The Sheets number format of a report format; money carries the workbook's currency sign. */
export function numberFormatFor(format: ReportFormat, currencySymbol: string): string {
  switch (format) {
    case 'text':
      return '@';
    case 'integer':
      return INTEGER_FORMAT;
    case 'number':
      return '#,##0.0';
    case 'currency':
      // [$₱] is Sheets' own way to write a currency sign that is not the locale's.
      return currencySymbol === '' ? '#,##0.00' : `[$${currencySymbol}]#,##0.00`;
    case 'percent':
      return '0.0%';
    case 'date':
      return 'yyyy-mm-dd';
  }
}

/** `n` with `decimals` places and commas between thousands, as '#,##0.00' shows it (no sign). */
function grouped(n: number, decimals: number): string {
  const [whole = '0', fraction] = Math.abs(n).toFixed(decimals).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** A number in the General format, as Sheets shows one typed into a cell. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(10)));
}

/** The minus a shown number gets: none when it rounds to zero ("0.0", never "-0.0"). */
function minus(n: number, shown: string): string {
  return n < 0 && /[1-9]/.test(shown) ? '-' : '';
}

/**
 * The text Sheets shows for a report cell under `format` (numberFormatFor's): what a column must
 * be wide enough for. Text is shown as written; dates are written as ISO text.
 */
export function shownText(
  value: string | number | null,
  format: ReportFormat,
  currencySymbol: string,
): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  const shown = (digits: string, before = '', after = '') =>
    `${minus(value, digits)}${before}${digits}${after}`;
  switch (format) {
    case 'integer':
      return shown(grouped(value, 0));
    case 'number':
      return shown(grouped(value, 1));
    case 'currency':
      return shown(grouped(value, 2), currencySymbol);
    case 'percent':
      return shown(Math.abs(value * 100).toFixed(1), '', '%');
    default:
      return general(value);
  }
}

/** The sign of each country's currency, by its ISO 3166 code (the second part of Sheets' locale). */
const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  PH: '₱',
  US: '$',
  CA: '$',
  AU: '$',
  NZ: '$',
  MX: '$',
  SG: 'S$',
  HK: 'HK$',
  TW: 'NT$',
  BR: 'R$',
  GB: '£',
  CH: 'CHF',
  JP: '¥',
  CN: '¥',
  KR: '₩',
  IN: '₹',
  ID: 'Rp',
  MY: 'RM',
  TH: '฿',
  VN: '₫',
  RU: '₽',
  TR: '₺',
  IL: '₪',
  NG: '₦',
  ZA: 'R',
  PL: 'zł',
  SE: 'kr',
  NO: 'kr',
  DK: 'kr',
  ...Object.fromEntries(
    [
      'AT',
      'BE',
      'CY',
      'DE',
      'EE',
      'ES',
      'FI',
      'FR',
      'GR',
      'HR',
      'IE',
      'IT',
      'LT',
      'LU',
      'LV',
      'MT',
      'NL',
      'PT',
      'SI',
      'SK',
    ].map((country) => [country, '€']),
  ),
};

/**
 * The currency sign for a spreadsheet locale as Sheets names it (en_PH, fil_PH, fil, de_DE): the
 * sign of the locale's country (localeCountry); '' (no sign) for a locale not known here. Dollar
 * countries get `$`, as Sheets' own currency format shows it in their locales (en_AU: `$1,000.00`);
 * money.ts reads that `$` as the country's dollar (AUD in en_AU), not as US dollars.
 */
export function currencySymbolForLocale(locale: string): string {
  return CURRENCY_BY_COUNTRY[localeCountry(locale)] ?? '';
}

/**
 * Whether `symbol` can be a currency sign in a Sheets number format ([$…]): at most five characters,
 * none of them a digit, a space or one of the format's own signs; '' means no sign.
 */
export function isCurrencySymbol(symbol: string): boolean {
  return Array.from(symbol).length <= 5 && !/[\d\s[\]"'\\;#?@%*_,.+-]/.test(symbol);
}

/** Pixels of a Sheets row at the default font: charts are sized in rows of it. */
export const ROW_PX = 21;

/** What a chart's value axis measures, from its series' report format. */
type AxisMeasure = 'count' | 'money' | 'share' | 'other';

/** The value axis's measure: counts when every series counts, money or shares likewise. */
export function axisMeasure(formats: readonly ReportFormat[]): AxisMeasure {
  if (formats.length > 0 && formats.every((f) => f === 'integer')) return 'count';
  if (formats.length > 0 && formats.every((f) => f === 'currency')) return 'money';
  if (formats.length > 0 && formats.every((f) => f === 'percent')) return 'share';
  return 'other';
}

/** Labels longer than this, or more of them than LABELS_UPRIGHT, are slanted under a column chart. */
const LABEL_CHARS_UPRIGHT = 12;
const LABELS_UPRIGHT = 6;

/**
 * A chart's options for its axes, as Apps Script's dotted option names: a count axis from 0 in
 * whole-number steps (wholeNumberAxis: its top and gridlines, '#,##0'), money with the currency sign,
 * shares as whole percentages; the value axis is the vertical one except in a bar chart. Labels
 * under a column or line chart are slanted when long or many, so they never run into each other.
 */
export function axisOptions(
  kind: 'column' | 'bar' | 'line' | 'pie',
  measure: AxisMeasure,
  largest: number,
  labels: readonly string[],
  currencySymbol: string,
): Record<string, string | number | boolean> {
  if (kind === 'pie') return {};
  const axis = kind === 'bar' ? 'hAxis' : 'vAxis';
  const options: Record<string, string | number | boolean> = {};
  if (measure === 'count') {
    const { max, gridlines } = wholeNumberAxis(largest);
    options[`${axis}.viewWindow.min`] = 0;
    options[`${axis}.viewWindow.max`] = max;
    options[`${axis}.gridlines.count`] = gridlines;
    options[`${axis}.format`] = INTEGER_FORMAT;
  } else if (measure === 'money') {
    options[`${axis}.viewWindow.min`] = 0;
    // A chart's format is ICU's, where a sign outside quotes is literal text.
    options[`${axis}.format`] = currencySymbol === '' ? '#,##0' : `'${currencySymbol}'#,##0`;
  } else if (measure === 'share') {
    options[`${axis}.viewWindow.min`] = 0;
    options[`${axis}.format`] = '0%';
  }
  const long = labels.some((label) => Array.from(label).length > LABEL_CHARS_UPRIGHT);
  if (kind !== 'bar' && (long || labels.length > LABELS_UPRIGHT)) {
    options['hAxis.slantedText'] = true;
    options['hAxis.slantedTextAngle'] = 45;
  }
  return options;
}
