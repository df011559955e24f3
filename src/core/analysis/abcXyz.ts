/**
 * The ABC-XYZ matrix: how many clients, and how much revenue, fall in each of the nine cells (AX: big
 * and steady … CZ: small and erratic). Clients without an XYZ class are counted per ABC class apart,
 * so every client appears exactly once and the totals reconcile with ABC.
 */
import type { AbcClass, AbcResult } from './abc';
import type { XyzClass, XyzResult } from './xyz';

interface MatrixCell {
  readonly abcClass: AbcClass;
  /** null: the row of clients with no XYZ class. */
  readonly xyzClass: XyzClass | null;
  readonly count: number;
  readonly revenue: number;
}

export interface AbcXyzMatrix {
  /** The nine classified cells, AX, AY, AZ, BX … CZ in that order. */
  readonly cells: readonly MatrixCell[];
  /** Per ABC class, the clients with no XYZ class. */
  readonly unclassified: readonly MatrixCell[];
}

const ABC: readonly AbcClass[] = ['A', 'B', 'C'];
const XYZ: readonly XyzClass[] = ['X', 'Y', 'Z'];

/** Crosses the ABC and XYZ results of the same clients into the matrix (counts and revenue per cell). */
export function abcXyzMatrix(abc: AbcResult, xyz: XyzResult): AbcXyzMatrix {
  const xyzOf = new Map<string, XyzClass | null>();
  for (const entry of xyz.clients) xyzOf.set(entry.clientId, entry.xyzClass);
  const key = (a: AbcClass, x: XyzClass | null) => `${a}${x ?? '-'}`;
  const totals = new Map<string, { count: number; revenue: number }>();
  for (const a of ABC) for (const x of [...XYZ, null]) totals.set(key(a, x), { count: 0, revenue: 0 });
  for (const entry of abc.clients) {
    const cell = totals.get(key(entry.abcClass, xyzOf.get(entry.clientId) ?? null));
    if (!cell) continue;
    cell.count++;
    cell.revenue += entry.revenue;
  }
  const read = (a: AbcClass, x: XyzClass | null): MatrixCell => ({
    abcClass: a,
    xyzClass: x,
    ...(totals.get(key(a, x)) ?? { count: 0, revenue: 0 }),
  });
  return {
    cells: ABC.flatMap((a) => XYZ.map((x) => read(a, x))),
    unclassified: ABC.map((a) => read(a, null)),
  };
}
