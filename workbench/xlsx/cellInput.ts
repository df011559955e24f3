/**
 * What the emulator is handed for one .xlsx cell value: text forced to text (a leading apostrophe,
 * as a person types it), numbers, booleans, errors as their text, and a number in a date-formatted
 * cell as the instant its wall-clock reading means in the spreadsheet's zone.
 */
import { fromWallMs } from './wallClock';
import type { CellLook, XlsxBook } from './xlsxBook';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const DAYS_1904 = 1462;

/** The setValues input of a value of xlsx type `type` (a formula's cached result too). */
export function cellInput(
  book: XlsxBook,
  timeZone: string,
  type: string | undefined,
  value: string | undefined,
  look: CellLook | null,
): unknown {
  if (value === undefined) return '';
  switch (type) {
    case 's': {
      const text = book.sharedStrings[Number(value)] ?? '';
      return text === '' ? '' : `'${text}`;
    }
    case 'str':
    case 'inlineStr':
      return value === '' ? '' : `'${value}`;
    case 'b':
      return Number(value) !== 0;
    case 'e':
      return `'${value}`;
    case 'd': {
      // An ISO 8601 date and time (rare; Excel itself writes serial numbers): read as a wall clock.
      const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?)?/.exec(value);
      if (!m) return `'${value}`;
      const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0));
      const fraction = Math.round(Number(m[7] ?? 0) * 1000);
      const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second) + fraction;
      return fromWallMs(wall, timeZone);
    }
    default: {
      const number = Number.parseFloat(value);
      if (Number.isNaN(number)) return '';
      if (!look?.isDate) return number;
      const days = number + (book.date1904 ? DAYS_1904 : 0);
      return fromWallMs(EXCEL_EPOCH_MS + Math.round(days * DAY_MS), timeZone);
    }
  }
}
