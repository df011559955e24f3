/** A1 notation: column letters, parsing of 'Sheet'!A1:B2 forms, and formatting back. */

/** 1 → 'A', 27 → 'AA'. */
function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 'A' → 1, 'aa' → 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed reference; an undefined bound means "to the edge of the sheet" (e.g. 'B:B', '2:2'). */
interface A1Ref {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

function parsePart(part: string): { row?: number; column?: number } | undefined {
  const m = PART.exec(part.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  const out: { row?: number; column?: number } = {};
  if (m[1]) out.column = columnNumber(m[1]);
  if (m[2]) out.row = Number(m[2]);
  if (out.row === 0) return undefined;
  return out;
}

/** Parses 'A1', 'A1:B2', 'B:D', '2:5', 'A2:C', "'My sheet'!A1"; undefined when malformed. */
export function parseA1(notation: string): A1Ref | undefined {
  let ref = notation.trim();
  const out: A1Ref = {};
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    let name = ref.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    out.sheetName = name;
    ref = ref.slice(bang + 1);
  }
  const [a, b, extra] = ref.split(':');
  if (a === undefined || extra !== undefined) return undefined;
  const start = parsePart(a);
  const end = b === undefined ? start : parsePart(b);
  if (!start || !end) return undefined;
  if (start.row === undefined) {
    // 'B:D': whole columns.
    if (b === undefined || end.row !== undefined || end.column === undefined) return undefined;
    return { ...out, startColumn: start.column, endColumn: end.column };
  }
  if (start.column === undefined) {
    // '2:5': whole rows.
    if (b === undefined || end.column !== undefined || end.row === undefined) return undefined;
    return { ...out, startRow: start.row, endRow: end.row };
  }
  // 'A1', 'A1:B2', or open-ended 'A2:C'.
  return { ...out, startRow: start.row, startColumn: start.column, endRow: end.row, endColumn: end.column };
}

/** Formats a rectangle; `shape` keeps 'B:D' and '2:5' forms for whole columns and rows. */
export function formatA1(
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  shape?: 'columns' | 'rows',
): string {
  const endRow = row + numRows - 1;
  const endColumn = column + numColumns - 1;
  if (shape === 'columns') return `${columnLetters(column)}:${columnLetters(endColumn)}`;
  if (shape === 'rows') return `${row}:${endRow}`;
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(endColumn)}${endRow}`;
}
