/**
 * Sparse cell layers and index maps. Every structural change (insert, delete, move, sort) is
 * expressed as a map from old 1-based index to new index, so values, formats, notes, validations
 * and metadata all move by the same rule and cannot drift apart.
 */

/** Old 1-based index → new index, or 0 when the index was deleted. */
export type IndexMap = (index: number) => number;

/** Inserting `count` lines before `at`. */
export function insertMap(at: number, count: number): IndexMap {
  return (i) => (i < at ? i : i + count);
}

/** Deleting `count` lines starting at `at`. */
export function deleteMap(at: number, count: number): IndexMap {
  return (i) => (i < at ? i : i < at + count ? 0 : i - count);
}

/** Moving lines [start, start+count) before old index `dest` (Sheet.moveRows/moveColumns semantics). */
export function moveMap(start: number, count: number, dest: number): IndexMap {
  const end = start + count;
  if (dest >= start && dest <= end) return (i) => i;
  if (dest > end)
    return (i) => (i >= start && i < end ? i + (dest - end) : i >= end && i < dest ? i - count : i);
  return (i) => (i >= start && i < end ? i - (start - dest) : i >= dest && i < start ? i + count : i);
}

/** Applies a map to a 1-based inclusive span; the span covers the surviving lines, or undefined. */
export function mapSpan(
  start: number,
  count: number,
  map: IndexMap,
): { start: number; count: number } | undefined {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = start; i < start + count; i++) {
    const j = map(i);
    if (j > 0) {
      min = Math.min(min, j);
      max = Math.max(max, j);
    }
  }
  return max === 0 ? undefined : { start: min, count: max - min + 1 };
}

/** Moves the entries of a sparse 1-based array by a map. */
export function remapArray<T>(items: (T | undefined)[], map: IndexMap): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    const j = map(i + 1);
    if (j > 0) out[j - 1] = item;
  }
  return out;
}

/** One sparse layer of a sheet (values, formats, notes...), stored row-major. */
export class Grid<T> {
  rows: (T | undefined)[][] = [];

  /** The entry at 1-based (row, column). */
  get(row: number, column: number): T | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** Sets or (with undefined) clears one entry. */
  set(row: number, column: number, value: T | undefined): void {
    let line = this.rows[row - 1];
    if (!line) {
      if (value === undefined) return;
      line = [];
      this.rows[row - 1] = line;
    }
    line[column - 1] = value;
  }

  /** Clears a rectangle. */
  clear(row: number, column: number, numRows: number, numColumns: number): void {
    for (let r = row; r < row + numRows; r++) {
      const line = this.rows[r - 1];
      if (!line) continue;
      for (let c = column; c < column + numColumns && c <= line.length; c++) line[c - 1] = undefined;
    }
  }

  /** Moves whole rows by a map. */
  remapRows(map: IndexMap): void {
    this.rows = remapArray(this.rows, map) as (T | undefined)[][];
  }

  /** Moves whole columns by a map. */
  remapColumns(map: IndexMap): void {
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (line) this.rows[r] = remapArray(line, map);
    }
  }

  /** Reorders rows startRow.. within columns [column, column+numColumns): new row k holds old order[k]. */
  permuteRows(startRow: number, order: number[], column: number, numColumns: number): void {
    const block = order.map((oldRow) => {
      const line = this.rows[oldRow - 1];
      return line ? line.slice(column - 1, column - 1 + numColumns) : [];
    });
    block.forEach((cells, k) => {
      for (let j = 0; j < numColumns; j++) this.set(startRow + k, column + j, cells[j]);
    });
  }

  /** Last row holding an entry accepted by `filled`, or 0. */
  lastRow(filled: (value: T) => boolean = () => true): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const line = this.rows[r];
      if (line?.some((v) => v !== undefined && filled(v))) return r + 1;
    }
    return 0;
  }

  /** Last column holding an entry accepted by `filled`, or 0. */
  lastColumn(filled: (value: T) => boolean = () => true): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length - 1; c >= last; c--) {
        const v = line[c];
        if (v !== undefined && filled(v)) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
}
