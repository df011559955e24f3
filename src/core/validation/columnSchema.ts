import * as v from 'valibot';
import type { ColumnSpec, RecordValue } from '../tables/tableSpec';
import type { MoneyCurrency } from './money';
import { MAX_ABS_AMOUNT } from './numbers';
import { readTypedAmount, readTypedDate, readTypedNumber, type TypedNumbers } from './typedValues';

/**
 * Error codes a field can fail with. Each is also the valibot message of the check that raises it,
 * so an issue carries its code, and the catalog key is `error.<code>`.
 */
export type FieldErrorCode =
  | 'required'
  | 'type'
  | 'tooLong'
  | 'email'
  | 'phone'
  | 'url'
  | 'number'
  | 'decimalComma'
  | 'decimalPoint'
  | 'ambiguousNumber'
  | 'integer'
  | 'min'
  | 'max'
  | 'date'
  | 'ambiguousDate'
  | 'currency'
  | 'percent'
  | 'choice'
  | 'unknownField'
  | 'readOnly';

const DEFAULT_MAX_LENGTH = { text: 500, longText: 5000, ref: 40 } as const;
// An extension as offices write it: "ext. 12", "x12", and in the Philippines "loc. 12" / "local 12".
const PHONE_PATTERN = /^\+?[0-9 ()\-./]{3,40}(?:\s*(?:ext\.?|x|loc\.?|local)\s*[0-9]{1,6})?$/i;
const WEB_ADDRESS_PATTERN = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:[0-9]{1,5})?(\/[^\s]*)?$/i;

/** The longest text a column accepts (a cell holds 50,000 characters; forms need far less). */
export function maxLengthOf(column: ColumnSpec): number {
  if (column.maxLength !== undefined) return column.maxLength;
  if (column.type === 'longText') return DEFAULT_MAX_LENGTH.longText;
  return column.type === 'ref' ? DEFAULT_MAX_LENGTH.ref : DEFAULT_MAX_LENGTH.text;
}

/** Blank input (missing, null, whitespace) becomes null; strings are trimmed (IDs included: ` C-000001 `). */
function normalizeBlank(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  return value;
}

/**
 * The range a number column accepts: its own `min`/`max`, each side defaulting to ±MAX_ABS_AMOUNT
 * (one trillion), so no amount of any size can put Infinity in a sheet or a report.
 */
export function numberBoundsOf(column: ColumnSpec): { readonly min: number; readonly max: number } {
  return { min: column.min ?? -MAX_ABS_AMOUNT, max: column.max ?? MAX_ABS_AMOUNT };
}

/** A typed date as ISO text (see typedValues.ts: the format forms state, and unambiguous others). */
function dateSchema() {
  return v.pipe(
    v.string('date'),
    v.rawTransform(({ dataset, addIssue, NEVER }): string => {
      const read = readTypedDate(dataset.value);
      if (read.ok) return read.value;
      addIssue({ message: read.problem });
      return NEVER;
    }),
  );
}

function textSchema(column: ColumnSpec) {
  return v.pipe(v.string('type'), v.maxLength(maxLengthOf(column), 'tooLong'));
}

/** How typed numbers are read: the workbook's currency and the spreadsheet locale's conventions. */
export interface NumberReading {
  readonly currency: MoneyCurrency;
  readonly numbers: TypedNumbers;
}

function numberSchema(column: ColumnSpec, { currency, numbers }: NumberReading) {
  const { min, max } = numberBoundsOf(column);
  return v.pipe(
    v.union([v.number(), v.string()], 'number'),
    v.rawTransform(({ dataset, addIssue, NEVER }): number => {
      const value = dataset.value;
      if (typeof value === 'number') return value === 0 ? 0 : value; // -0 is stored as 0
      // Money as people type it in the workbook's currency (₱45,000, $45), other numbers without
      // one; both in the locale's conventions (1.000 is a thousand in de_DE), as the import reads them.
      const read =
        column.type === 'currency'
          ? readTypedAmount(value, currency, numbers)
          : readTypedNumber(value, currency, numbers);
      if (read.ok) return read.value;
      addIssue({ message: read.problem });
      return NEVER;
    }),
    v.number('number'),
    v.finite('number'),
    v.check((n) => column.type !== 'integer' || Number.isInteger(n), 'integer'),
    v.check((n) => n >= min, 'min'),
    v.check((n) => n <= max, 'max'),
    v.check((n) => column.type !== 'integer' || Number.isSafeInteger(n), 'integer'),
  );
}

function typedSchema(column: ColumnSpec, reading: NumberReading): v.GenericSchema<unknown, RecordValue> {
  switch (column.type) {
    case 'text':
    case 'longText':
    case 'id':
    case 'ref':
      return textSchema(column);
    case 'email':
      return v.pipe(textSchema(column), v.email('email'));
    case 'phone':
      return v.pipe(textSchema(column), v.regex(PHONE_PATTERN, 'phone'));
    case 'url':
      return v.pipe(textSchema(column), v.regex(WEB_ADDRESS_PATTERN, 'url'));
    case 'integer':
    case 'number':
    case 'currency':
      return numberSchema(column, reading);
    case 'date':
      return dateSchema();
    case 'datetime':
      return v.pipe(v.string('date'), v.isoDateTime('date'));
    case 'choice':
      return v.picklist(column.choices ?? [], 'choice');
  }
}

/**
 * The schema one column's form value must pass; blank is null, and null fails only when required.
 * Numbers are read as `reading` says: money in the workbook's currency (see MoneyCurrency in
 * money.ts), digits in the spreadsheet locale's conventions (see TypedNumbers in typedValues.ts).
 */
export function columnSchema(
  column: ColumnSpec,
  reading: NumberReading,
): v.GenericSchema<unknown, RecordValue> {
  const typed = typedSchema(column, reading);
  return v.pipe(
    v.unknown(),
    v.transform(normalizeBlank),
    column.required ? v.nonNullable(typed, 'required') : v.nullable(typed),
  );
}

/** Whether `text` is an e-mail address, by the same rule as every e-mail column. */
export function isEmailAddress(text: string): boolean {
  return v.safeParse(v.pipe(v.string(), v.trim(), v.email()), text).success;
}
