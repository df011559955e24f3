/**
 * The cells the spreadsheet uses, measured: every sheet's rows × columns (Sheets counts empty cells
 * against its 10 million), each sheet told apart as a table's, a report's or another by the sheet IDs
 * set-up and the reports remember. And Sheets' refusal to grow past the limit turned into Suki's,
 * which names the sheet that needed room and how full the spreadsheet is.
 */
import { CELL_LIMIT, isCellLimitError } from '../core/space/cellBudget';
import { cellsUsed, type SheetCells } from '../core/space/spaceUsed';
import { cellCount, sharePercent } from '../core/space/spaceWords';
import { UserFacingError } from '../core/userError';
import { REPORT_SHEET_PROPERTY_PREFIX, TABLE_SHEET_PROPERTY_PREFIX } from './metadataKeys';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What each remembered sheet ID is: a table's or a report's sheet, by their keys. */
function rememberedSheets(): Map<string, Pick<SheetCells, 'kind' | 'key'>> {
  const properties = PropertiesService.getDocumentProperties()?.getProperties() ?? {};
  const kinds = new Map<string, Pick<SheetCells, 'kind' | 'key'>>();
  for (const [name, value] of Object.entries(properties)) {
    if (name.startsWith(TABLE_SHEET_PROPERTY_PREFIX))
      kinds.set(value, { kind: 'table', key: name.slice(TABLE_SHEET_PROPERTY_PREFIX.length) });
    else if (name.startsWith(REPORT_SHEET_PROPERTY_PREFIX))
      kinds.set(value, { kind: 'report', key: name.slice(REPORT_SHEET_PROPERTY_PREFIX.length) });
  }
  return kinds;
}

/**
 * Every sheet's size and what it is. One read of the document properties, one list of the sheets,
 * then three calls a sheet (its ID, rows and columns): the same whatever the rows hold.
 */
export function measureSheets(spreadsheet: Spreadsheet): SheetCells[] {
  const kinds = rememberedSheets();
  return spreadsheet.getSheets().map((sheet) => {
    const kind = kinds.get(String(sheet.getSheetId())) ?? { kind: 'other' as const, key: '' };
    return { ...kind, rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
  });
}

/** The cells used now, or null when they cannot be measured (the execution is being cut off). */
function usedOrNull(spreadsheet: Spreadsheet): number | null {
  try {
    return cellsUsed(measureSheets(spreadsheet));
  } catch {
    return null;
  }
}

/** How full the spreadsheet is, as the refusals say it; null when it cannot be measured. */
export function fullness(spreadsheet: Spreadsheet): { used: string; limit: string; percent: string } | null {
  const used = usedOrNull(spreadsheet);
  if (used === null) return null;
  return { used: cellCount(used), limit: cellCount(CELL_LIMIT), percent: sharePercent(used / CELL_LIMIT) };
}

/** Where a growth happens, asked only when Sheets refused it (each is a call). */
interface GrowthPlace {
  readonly spreadsheet: () => Spreadsheet;
  readonly sheetName: () => string;
}

/** Suki's refusal for a growth of `needed` cells at `place` that would pass the limit. */
function cellLimitRefusal(place: GrowthPlace, needed: number): UserFacingError {
  let spreadsheet: Spreadsheet | null = null;
  let sheet = '';
  try {
    spreadsheet = place.spreadsheet();
    sheet = place.sheetName();
  } catch {
    // The place is a courtesy: the refusal stands without it.
  }
  const full = spreadsheet ? fullness(spreadsheet) : null;
  if (!full) return new UserFacingError('error.cellLimitUnmeasured', { limit: cellCount(CELL_LIMIT) });
  return new UserFacingError('error.cellLimit', { sheet, needed: cellCount(needed), ...full });
}

/**
 * Runs `grow` (an insert of rows, columns or a sheet that needs `needed` more cells at `place`);
 * Sheets' refusal to pass the cell limit becomes Suki's: the sheet, the cells it needed, and how
 * full the spreadsheet is. Sheets refuses before changing anything, so nothing is half-grown; a
 * locked write's journal undoes what the action wrote before (documentLock.ts).
 */
export function withCellRoom<T>(place: GrowthPlace, needed: number, grow: () => T): T {
  try {
    return grow();
  } catch (error) {
    if (!isCellLimitError(error)) throw error;
    throw cellLimitRefusal(place, needed);
  }
}

/** The place of a growth of `sheet`. */
export const placeOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet): GrowthPlace => ({
  spreadsheet: () => sheet.getParent(),
  sheetName: () => sheet.getName(),
});
