/**
 * Issue #15's benchmark: the demo at 1,000, 10,000 and 50,000 clients with 12 months of history,
 * seeded through the built bundle; every action of the Targets table warm and cold (scaleRun.ts);
 * the cells each sheet takes; whether the seed fits; the .xlsx save and open at 10,000 clients. A size
 * whose demo does not fit in Sheets' 10,000,000 cells is measured in an emulator with its limit
 * lifted (scaleWorkbook.ts, seedAt), and each of its figures is labelled so.
 * Asserts nothing about speed; returns Markdown sections of docs/PERFORMANCE.md (scaleTables.ts).
 */
import { formatNumber, type Sections } from './docSections';
import { floorsAt, type TableRows } from './floors';
import { runActions, type SizeRun } from './scaleRun';
import { scaleSections } from './scaleTables';
import { demoAt, type SheetCells, seedAt } from './scaleWorkbook';
import { timeXlsx, type XlsxTimes } from './xlsxBench';

const SIZES = [1_000, 10_000, 50_000] as const;
/** The size whose workbook is saved to .xlsx and opened again (issue #15: 10,000 clients). */
const XLSX_SIZE = 10_000;

/** What one size gave: the seed, the demo's rows, the measured actions (none when the seed failed). */
export interface SizeResult {
  readonly clients: number;
  readonly rows: TableRows;
  /** Generating the demo's records (workbench/demo), then seeding them (set-up and the writes). */
  readonly generateSeconds: number;
  readonly seedSeconds: number;
  /** Why the seed failed with Sheets' cell limit on (then, if `limitLifted`, measured without it). */
  readonly seedFailure: string | null;
  /**
   * The demo did not fit in Sheets' 10,000,000 cells and was measured with the emulator's limit
   * lifted: every figure of this size is labelled so (scaleTables.ts, workbookTables.ts).
   */
  readonly limitLifted: boolean;
  /** After the warm pass (every report sheet present); for a failed seed, what it would have needed. */
  readonly cells: readonly SheetCells[];
  readonly run: SizeRun | null;
  readonly floors: ReturnType<typeof floorsAt>;
  readonly xlsx: XlsxTimes | null;
}

const progress = (line: string) => console.error(`[scale] ${line}`);

/** Seeds the demo at `clients`; the demo's records are dropped once written (a smaller heap to measure in). */
function seedSize(clients: number): {
  rows: TableRows;
  generateSeconds: number;
  seeded: ReturnType<typeof seedAt>;
} {
  const started = performance.now();
  const demo = demoAt(clients);
  const generateSeconds = (performance.now() - started) / 1000;
  const rows = Object.fromEntries(Object.entries(demo.tables).map(([key, records]) => [key, records.length]));
  return { rows, generateSeconds, seeded: seedAt(demo) };
}

async function measureSize(clients: number): Promise<SizeResult> {
  const { rows, generateSeconds, seeded } = seedSize(clients);
  const floors = floorsAt(rows);
  if (seeded.ok && seeded.refused)
    progress(
      `${formatNumber(clients)} clients: refused in ${formatNumber(seeded.refused.seconds, 1)} s with Sheets' cell limit (${seeded.refused.reason}); seeding with the emulator's limit lifted`,
    );
  progress(
    `${formatNumber(clients)} clients: seeded in ${formatNumber(seeded.seconds, 1)} s${seeded.ok ? (seeded.refused ? ' (limit lifted)' : '') : ` — failed: ${seeded.reason}`}`,
  );
  if (!seeded.ok)
    return {
      clients,
      rows,
      generateSeconds,
      seedSeconds: seeded.seconds,
      seedFailure: seeded.reason,
      limitLifted: false,
      cells: seeded.needed,
      run: null,
      floors,
      xlsx: null,
    };
  const started = performance.now();
  const run = runActions(seeded.emulator, seeded.runtime, (line) =>
    progress(`${formatNumber(clients)} clients: ${line}`),
  );
  progress(
    `${formatNumber(clients)} clients: actions in ${formatNumber((performance.now() - started) / 1000)} s`,
  );
  const xlsx = clients === XLSX_SIZE ? await timeXlsx(seeded.emulator) : null;
  return {
    clients,
    rows,
    generateSeconds,
    seedSeconds: seeded.seconds,
    seedFailure: seeded.refused?.reason ?? null,
    limitLifted: seeded.refused !== null,
    cells: run.cells,
    run,
    floors,
    xlsx,
  };
}

/** The sizes to run: all three, or `--sizes=1000,10000` while working on the bench (doc not written). */
export function scaleSizes(argv: readonly string[]): readonly number[] {
  const given = argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length);
  if (!given) return SIZES;
  const sizes = given.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes: whole numbers, not ${given}`);
  return sizes;
}

/** Runs the scale benchmark at `sizes`; its sections are listed in scaleTables.ts (scaleSections). */
export async function runScaleBench(sizes: readonly number[] = SIZES): Promise<Sections> {
  const started = performance.now();
  const results: SizeResult[] = [];
  // One size at a time: each workbook is dropped before the next is seeded.
  for (const clients of sizes) results.push(await measureSize(clients));
  return scaleSections(results, (performance.now() - started) / 1000);
}
