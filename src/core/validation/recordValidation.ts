import * as v from 'valibot';
import type { Translator } from '../i18n/translate';
import { choiceLabelKey, personColumns, type TableRecord, type TableSpec } from '../tables/tableSpec';
import {
  columnSchema,
  type FieldErrorCode,
  maxLengthOf,
  type NumberReading,
  numberBoundsOf,
} from './columnSchema';
import { DEFAULT_CURRENCY, type MoneyCurrency } from './money';
import { readableNumber } from './numbers';
import { DATE_FORMAT, DOT_NUMBERS, type TypedNumbers } from './typedValues';

/** One field that failed, by column key; `field` is '' when the payload as a whole is unreadable. */
export interface FieldError {
  readonly field: string;
  readonly code: FieldErrorCode | 'notAnObject';
  /** With 'currency': the workbook's currency the amount was not in ('' for none; ₱ when not said). */
  readonly currency?: string;
}

/** What validation needs to know of the workbook besides the table. */
export interface ValidationContext {
  /**
   * The workbook's currency sign (the setting `reports.currencySymbol`; '' for none), which money
   * is read in; null where it is not known (see MoneyCurrency). Left out: ₱, DEFAULT_CURRENCY.
   */
  readonly currency?: MoneyCurrency;
  /**
   * How the spreadsheet's locale writes numbers (localeConventions: its decimal mark, and its
   * country, which says what `$` stands for), which typed numbers are read in, as the import reads
   * them; null where not known (see TypedNumbers). Left out: a decimal dot, DOT_NUMBERS.
   */
  readonly numbers?: TypedNumbers;
}

/**
 * A payload checked against a table: the typed record, or every field that failed.
 * @forTests The bad-value tests narrow on it.
 */
export type ValidationResult = { ok: true; record: TableRecord } | { ok: false; errors: FieldError[] };

/** Whether the payload is a whole new record or only the fields being changed. */
type ValidationMode = 'create' | 'update';

type TableSchemas = Record<ValidationMode, v.GenericSchema<unknown, TableRecord>>;

// Per table, per way of reading numbers (a workbook has one; a test or a page not told another).
const schemaCache = new WeakMap<TableSpec, Map<string, TableSchemas>>();

function schemasFor(table: TableSpec, reading: NumberReading): TableSchemas {
  const byReading = schemaCache.get(table) ?? new Map<string, TableSchemas>();
  schemaCache.set(table, byReading);
  const { currency, numbers } = reading;
  const key = JSON.stringify([currency, numbers && [numbers.decimal, numbers.country ?? '']]);
  const cached = byReading.get(key);
  if (cached) return cached;
  const entries: Record<string, v.GenericSchema<unknown, TableRecord[string]>> = {};
  const optionalEntries: Record<string, v.GenericSchema<unknown, TableRecord[string] | undefined>> = {};
  for (const column of personColumns(table)) {
    entries[column.key] = v.optional(columnSchema(column, reading), null);
    optionalEntries[column.key] = v.optional(columnSchema(column, reading));
  }
  const schemas = {
    create: v.strictObject(entries, 'unknownField') as v.GenericSchema<unknown, TableRecord>,
    update: v.strictObject(optionalEntries, 'unknownField') as v.GenericSchema<unknown, TableRecord>,
  };
  byReading.set(key, schemas);
  return schemas;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Any realm's Object.prototype (its own prototype is null), so class instances are refused.
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/**
 * Checks a payload from a form (or from anyone calling the server) against a table's person-entered
 * columns. The same function runs in the sidebar and again on the server. Unknown keys, including
 * `__proto__`, and columns only Suki writes are refused by name. Money is read in the workbook's
 * currency, `context.currency` (an amount in another is refused, never converted), and every typed
 * number in the spreadsheet locale's conventions, `context.numbers`.
 */
export function validateRecord(
  table: TableSpec,
  input: unknown,
  mode: ValidationMode = 'create',
  context: ValidationContext = {},
): ValidationResult {
  const currency = context.currency === undefined ? DEFAULT_CURRENCY : context.currency;
  if (!isPlainObject(input)) return { ok: false, errors: [{ field: '', code: 'notAnObject' }] };
  const errors: FieldError[] = [];
  const personKeys = new Set(personColumns(table).map((c) => c.key));
  for (const key of Object.keys(input)) {
    if (personKeys.has(key)) continue;
    const known = table.columns.some((c) => c.key === key);
    errors.push({ field: key, code: known ? 'readOnly' : 'unknownField' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const numbers = context.numbers === undefined ? DOT_NUMBERS : context.numbers;
  const result = v.safeParse(schemasFor(table, { currency, numbers })[mode], input);
  if (!result.success) {
    for (const issue of result.issues) {
      const field = String(issue.path?.[0]?.key ?? '');
      const code = issue.message as FieldErrorCode;
      if (errors.some((e) => e.field === field)) continue;
      errors.push(code === 'currency' && currency !== null ? { field, code, currency } : { field, code });
    }
    return { ok: false, errors };
  }
  const record: TableRecord = { ...result.output };
  if (mode === 'create') {
    for (const column of personColumns(table)) {
      if (record[column.key] === null && column.defaultValue !== undefined)
        record[column.key] = column.defaultValue;
    }
  }
  return { ok: true, record };
}

/**
 * A record ID or reference ID as Suki stores, looks up and logs it: trimmed at both ends (spaces,
 * tabs, line breaks a paste brings along), nothing inside collapsed or changed. Null for anything
 * that is not text, or is blank. Reference columns get the same through `validateRecord`.
 */
export function normalizeId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The message a person sees for one field error, naming the field in their language. */
export function describeFieldError(t: Translator, table: TableSpec, error: FieldError): string {
  if (error.code === 'notAnObject') return t('error.notAnObject');
  const column = table.columns.find((c) => c.key === error.field);
  const field = column ? t(column.label) : error.field.slice(0, 60);
  if (!column) return t('error.unknownField', { field });
  switch (error.code) {
    case 'tooLong':
      return t('error.tooLong', { field, max: maxLengthOf(column) });
    case 'min':
      return t('error.min', { field, min: readableNumber(numberBoundsOf(column).min) });
    case 'max':
      return t('error.max', { field, max: readableNumber(numberBoundsOf(column).max) });
    case 'type':
      return t('error.type', { field, expected: t('expected.text') });
    case 'date':
    case 'ambiguousDate':
      return t(`error.${error.code}`, { field, format: DATE_FORMAT.pattern, example: DATE_FORMAT.example });
    case 'currency':
      return moneyMessage(t, field, error.currency ?? DEFAULT_CURRENCY);
    case 'percent':
      return t('error.notPercent', { field });
    case 'choice': {
      const choices = (column.choices ?? []).map((choice) => t(choiceLabelKey(column, choice))).join(', ');
      return t('error.choice', { field, choices });
    }
    default:
      return t(`error.${error.code}`, { field });
  }
}

/** Why an amount in another currency is refused: the field and the workbook's currency (or its having none). */
function moneyMessage(t: Translator, field: string, currency: string): string {
  return currency === '' ? t('error.currencyNone', { field }) : t('error.otherCurrency', { field, currency });
}
