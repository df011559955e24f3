/** Developer-metadata keys Suki tags its sheets and columns with. Visible to viewers: no secrets. */
export const TABLE_METADATA_KEY = 'suki.table';
export const COLUMN_METADATA_KEY = 'suki.column';
/** A report's sheet, valued with the report's key (src/gas/reportWriter.ts). */
export const REPORT_METADATA_KEY = 'suki.report';

/**
 * Document property prefix: `suki.sheetId.<table>` holds the ID of the sheet set-up made or chose
 * for the table, so a duplicated sheet (which may carry the table's metadata) is told apart.
 */
export const TABLE_SHEET_PROPERTY_PREFIX = 'suki.sheetId.';
/** Document property prefix: `suki.reportSheetId.<report>` holds the ID of the sheet a report made. */
export const REPORT_SHEET_PROPERTY_PREFIX = 'suki.reportSheetId.';
/**
 * Document property (and document cache) prefix: `suki.place.<table>` holds where the table's
 * columns were last found, with the header row they were found under (src/gas/tablePlaceCache.ts).
 */
export const PLACE_PROPERTY_PREFIX = 'suki.place.';
