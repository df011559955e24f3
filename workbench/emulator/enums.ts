/**
 * Apps Script enums. Real enum values are objects whose toString() is their name, so `===` against
 * the enum works, `==` against the name works, and they are never confused with a plain string
 * argument (addDeveloperMetadata(key, value) vs (key, visibility)). These match that behaviour.
 */

/** One enum value. */
export class EnumValue {
  constructor(
    private readonly label: string,
    private readonly index: number,
  ) {}
  /** The value's name, e.g. 'FULL'. */
  name(): string {
    return this.label;
  }
  /** Position within its enum. */
  ordinal(): number {
    return this.index;
  }
  toString(): string {
    return this.label;
  }
  toJSON(): string {
    return this.label;
  }
}

/** Builds an enum object from its value names. */
function makeEnum<K extends string>(...names: K[]): Readonly<Record<K, EnumValue>> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    out[n] = new EnumValue(n, i);
  });
  return Object.freeze(out);
}

/** The name of an enum argument, accepting our values, real-looking ones and plain strings. */
export function enumName(value: unknown): string {
  return String(value);
}

/** True for an enum value (not a plain string). */
export function isEnumValue(value: unknown): value is EnumValue {
  return value instanceof EnumValue;
}

export const AuthMode = makeEnum('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const AuthorizationStatus = makeEnum('REQUIRED', 'NOT_REQUIRED');
export const EventType = makeEnum(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
);
export const TriggerSource = makeEnum('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const WeekDay = makeEnum('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');
export const DeveloperMetadataVisibility = makeEnum('DOCUMENT', 'PROJECT');
export const DeveloperMetadataLocationType = makeEnum('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN', 'OBJECT');
export const ProtectionType = makeEnum('RANGE', 'SHEET');
export const Dimension = makeEnum('COLUMNS', 'ROWS');
export const DataValidationCriteria = makeEnum(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);
export const BooleanCriteria = makeEnum(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
);
export const ChartType = makeEnum(
  'AREA',
  'BAR',
  'BUBBLE',
  'COLUMN',
  'COMBO',
  'LINE',
  'PIE',
  'SCATTER',
  'TABLE',
);
export const Button = makeEnum('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = makeEnum('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
export const XFrameOptionsMode = makeEnum('ALLOWALL', 'DEFAULT');
export const SandboxMode = makeEnum('EMULATED', 'IFRAME', 'NATIVE');
export const Charset = makeEnum('US_ASCII', 'UTF_8');
