import type { ColumnSpec } from './tableSpec';

/**
 * The Sheets number format of a column's cells. Text columns are plain text ('@') so that a phone
 * number or tax ID typed by hand stays as typed instead of becoming a number.
 */
export function sheetFormatFor(column: ColumnSpec): string {
  switch (column.type) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm';
    case 'currency':
      return '#,##0.00';
    case 'integer':
      return '0';
    case 'number':
      return '0.##';
    default:
      return '@';
  }
}
