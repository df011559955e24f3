/**
 * An import's findings in the person's language: each refused field with the value they had there,
 * each likely duplicate with the rule it matched, each left-out row with why.
 */
import type { MessageKey } from '../i18n/en';
import type { Translator } from '../i18n/translate';
import { columnOf, type TableSpec } from '../tables/tableSpec';
import { describeFieldError } from '../validation/recordValidation';
import type { ImportDuplicate } from './importDuplicates';
import type { ImportFieldError } from './importPlan';
import { readLocaleDate } from './localeValues';
import type { LeftOutReason } from './tableFinder';

/** A value as quoted in a message: trimmed, at most 60 characters. */
function quotedValue(value: string): string {
  const text = value.trim();
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

/**
 * One refused field, naming the field and the value the person had there; an amount in another
 * currency names the workbook's `currency`, which amounts were read in ('' for none).
 */
export function describeImportError(
  t: Translator,
  table: TableSpec,
  error: ImportFieldError,
  currency: string,
): string {
  const column = table.columns.find((c) => c.key === error.field);
  const field = column ? t(column.label) : error.field;
  const value = quotedValue(error.value);
  switch (error.code) {
    case 'ambiguousDate': {
      const dayFirst = readLocaleDate(error.value, 'DMY');
      const monthFirst = readLocaleDate(error.value, 'MDY');
      return t('import.error.ambiguousDate', {
        field,
        value,
        dayFirst: dayFirst.ok ? dayFirst.value : '',
        monthFirst: monthFirst.ok ? monthFirst.value : '',
      });
    }
    case 'currency':
      return currency === ''
        ? t('import.error.currencyNone', { field, value })
        : t('import.error.otherCurrency', { field, value, currency });
    case 'unknownClient':
      return error.near
        ? t('import.error.nearClient', { field, value, near: error.near })
        : t('import.error.unknownClient', { field, value });
    case 'ambiguousClient':
      return t('import.error.ambiguousClient', { field, value });
    default: {
      const message = describeFieldError(t, table, { field: error.field, code: error.code });
      return error.value.trim() === '' ? message : `${message} (${value})`;
    }
  }
}

/** Which rule a likely duplicate matched, and the record it matched. */
export function describeDuplicate(t: Translator, table: TableSpec, match: ImportDuplicate): string {
  const rule = match.rule.map((key) => t(columnOf(table, key).label)).join(' + ');
  const record = match.id.startsWith('#')
    ? t('import.line', { line: match.id.slice(1) })
    : `${match.id}${match.name ? ` ${match.name}` : ''}`;
  return t('import.duplicateOf', { record, rule });
}

const LEFT_OUT_KEYS: Record<LeftOutReason, MessageKey> = {
  total: 'import.leftOut.total',
  repeatedHeader: 'import.leftOut.repeatedHeader',
  note: 'import.leftOut.note',
  afterEnd: 'import.leftOut.afterEnd',
};

/** Why a row was left out, in words. */
export function describeLeftOut(t: Translator, reason: LeftOutReason): string {
  return t(LEFT_OUT_KEYS[reason]);
}
