/** A1 references in an .xlsx sheet: a cell's column and row, and a shared formula moved to another cell. */

/** 'AB12' → column 28 (0 when the reference has no letters). */
export function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) column = column * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) column = column * 26 + ch - 96;
    else if (ch !== 36) break;
  }
  return column;
}

export function rowOf(ref: string): number {
  return Number(ref.replace(/^[$A-Za-z]+\$?/, ''));
}

/** A1 references of a formula moved by (rows, columns), absolute parts kept; text in quotes untouched. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]*)(?![0-9A-Za-z_(!])/g,
            (_all, colAbs: string, letters: string, rowAbs: string, digits: string) => {
              const column = colAbs ? columnOf(letters) : columnOf(letters) + columns;
              const row = rowAbs ? Number(digits) : Number(digits) + rows;
              if (column < 1 || row < 1) return '#REF!';
              let name = '';
              for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
                name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
              return `${colAbs}${name}${rowAbs}${row}`;
            },
          ),
    )
    .join('');
}
