/** Developer-metadata keys Suki tags its sheets and columns with. Visible to viewers: no secrets. */
export const TABLE_METADATA_KEY = 'suki.table';
export const COLUMN_METADATA_KEY = 'suki.column';
