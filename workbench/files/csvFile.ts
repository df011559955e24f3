/**
 * A CSV (or tab- or semicolon-separated .txt) file as File › Import in Sheets reads it with "Convert
 * text to numbers, dates and formulas" unticked: bytes decoded (UTF-8 or UTF-16 by their BOM, UTF-8
 * when the bytes are valid UTF-8, else Windows-1252, as Excel's "CSV" on Windows writes), the
 * delimiter detected, quotes and CRLF handled by Papa Parse, and every cell kept as the text the file
 * holds: `=HYPERLINK(...)` stays text, `007` keeps its zeros.
 */
import Papa from 'papaparse';
import type { Emulator } from '../emulator';
import { decodeWindows1252 } from './windows1252';

/** The encodings a CSV is read in. */
type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded, split CSV. */
interface CsvTable {
  /** Rows of cells as the file holds them, all as long as the longest; trailing blank rows dropped. */
  rows: string[][];
  delimiter: string;
  encoding: TextEncoding;
}

/** Delimiters tried, in order of preference when two fit equally well. */
const DELIMITERS = [',', ';', '\t'] as const;
/** Rows looked at to detect the delimiter. */
const SAMPLE_ROWS = 50;
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** Text from bytes: a BOM decides (and is dropped); else UTF-8 if valid, else Windows-1252. */
function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const [a, b] = [bytes[0], bytes[1]];
  const bom: TextEncoding | undefined =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : undefined;
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * The delimiter that splits the most sample rows into the same number (more than one) of fields;
 * quotes are honoured, blank rows ignored. A file no delimiter splits is one column (comma).
 */
function detectDelimiter(text: string): string {
  let best: { delimiter: string; rows: number } = { delimiter: ',', rows: 0 };
  for (const delimiter of DELIMITERS) {
    const sample = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS, skipEmptyLines: 'greedy' });
    const counts = new Map<number, number>();
    for (const row of sample.data) {
      if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    const rows = Math.max(0, ...counts.values());
    if (rows > best.rows) best = { delimiter, rows };
  }
  return best.delimiter;
}

/** Decodes and splits a CSV file's bytes. */
export function readCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell === '')) rows.pop();
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const padded = rows.map((row) =>
    row.length < width ? [...row, ...new Array<string>(width - row.length).fill('')] : row,
  );
  return { rows: padded, delimiter, encoding };
}

/**
 * Inserts a sheet named `name` after the others holding `rows` as text (uncounted), at least
 * 1000 × 26 as a new sheet in Sheets is. Returns its name.
 */
export function insertTextSheet(emulator: Emulator, name: string, rows: readonly string[][]): string {
  return emulator.uncounted(() => {
    const spreadsheet = emulator.spreadsheet;
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    const width = rows[0]?.length ?? 0;
    const maxRows = Math.max(DEFAULT_ROWS, rows.length);
    const maxColumns = Math.max(DEFAULT_COLUMNS, width);
    if (maxRows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), maxRows - sheet.getMaxRows());
    if (maxColumns > sheet.getMaxColumns()) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), maxColumns - sheet.getMaxColumns());
    }
    if (rows.length > 0 && width > 0) {
      // A leading apostrophe makes the cell hold the rest as text, whatever it looks like.
      const values = rows.map((row) => row.map((cell) => (cell === '' ? '' : `'${cell}`)));
      sheet.getRange(1, 1, rows.length, width).setValues(values);
    }
    return sheet.getName();
  });
}
