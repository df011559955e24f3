/**
 * Two reference figures beside what Suki measures for the single-record actions, both priced with
 * the emulator's own latency model (LATENCY_MODEL, workbench/emulator/callCounter.ts), so they are
 * comparable with the measured modelled time:
 *
 * - the careful minimum one can argue for: learn the caller from a cached team (4 calls), the
 *   document lock (3), one read of the document properties (journal, ID counters, write mode: 2),
 *   the remembered places of the tables touched in one cache read (3) and per table its sheet and
 *   header row (3: checking the place), then per lookup one TextFinder over one column (4:
 *   getRange, createTextFinder, matchEntireCell, findAll) and per record found one row read (2),
 *   the journal and ID counter in one property write (1), per record written one block write
 *   (getLastRow, getRange, setNumberFormats, setValues: 4) and the audit row likewise, then flush
 *   and the journal's deletion (2). For the card, the forecast and classes are read from the
 *   client's own computed columns (written by the last report run) instead of a whole analysis.
 * - the naive per-row figure: the same action where each table touched is read whole (one
 *   getValues of every row and column) instead of each TextFinder and row read.
 *
 * Formula (modelled ms): Σ over the steps of count × (the kind's latency + 0.01 ms × cells for
 * getValues/setValues). The steps are listed in the doc from the same data (floorFormulas).
 */
import { ALL_TABLES } from '../src/core/tables/registry';
import { LATENCY_MODEL } from '../workbench/emulator/callCounter';

/** One kind of call made `count` times, each over `cells` cells. */
interface Step {
  readonly what: string;
  readonly calls: readonly (readonly [kind: string, count: number, cells?: number])[];
}

/** Rows per table key at one size (the demo's counts). */
export type TableRows = Readonly<Record<string, number>>;

function columnsOf(table: string): number {
  const spec = ALL_TABLES.find((t) => t.key === table);
  if (!spec) throw new Error(`No table ${table}.`);
  return spec.columns.length;
}

function callMs(kind: string, cells = 0): number {
  const base = LATENCY_MODEL.perKind[kind] ?? LATENCY_MODEL.otherMs;
  const perCell = (LATENCY_MODEL.perCellKinds as readonly string[]).includes(kind)
    ? LATENCY_MODEL.perCellMs
    : 0;
  return base + perCell * cells;
}

const stepMs = (step: Step) => step.calls.reduce((ms, [kind, n, cells]) => ms + n * callMs(kind, cells), 0);

const caller: Step = {
  what: 'the caller, from a cached team',
  calls: [
    ['Session.getActiveUser', 1],
    ['User.getEmail', 1],
    ['CacheService.getDocumentCache', 1],
    ['Cache.get', 1],
  ],
};
const lock: Step = {
  what: 'the document lock',
  calls: [
    ['LockService.getDocumentLock', 1],
    ['Lock.tryLock', 1],
    ['Lock.releaseLock', 1],
  ],
};
const session: Step = {
  what: 'document properties read once',
  calls: [
    ['PropertiesService.getDocumentProperties', 1],
    ['Properties.getProperties', 1],
  ],
};
const commit: Step = {
  what: 'journal and ID counter written, flush, journal deleted',
  calls: [
    ['Properties.setProperties', 1],
    ['SpreadsheetApp.flush', 1],
    ['Properties.deleteProperty', 1],
  ],
};

function places(tables: readonly string[]): Step {
  const header = tables.reduce((cells, t) => cells + columnsOf(t), 0) / tables.length;
  return {
    what: `remembered places of ${tables.join(', ')} (one cache read; per table its sheet and header row)`,
    calls: [
      ['CacheService.getDocumentCache', 1],
      ['Cache.getAll', 1],
      ['SpreadsheetApp.getActiveSpreadsheet', 1],
      ['Spreadsheet.getSheetById', tables.length],
      ['Sheet.getRange', tables.length],
      ['Range.getValues', tables.length, header],
    ],
  };
}

function finds(table: string, lookups: number, rowsFound: number): Step {
  return {
    what: `${lookups} TextFinder lookup(s) in ${table}, ${rowsFound} row(s) read`,
    calls: [
      ['Sheet.getRange', lookups + rowsFound],
      ['Range.createTextFinder', lookups],
      ['TextFinder.matchEntireCell', lookups],
      ['TextFinder.findAll', lookups],
      ['Range.getValues', rowsFound, columnsOf(table)],
    ],
  };
}

function wholeRead(table: string, rows: TableRows): Step {
  const n = rows[table] ?? 0;
  return {
    what: `${table} read whole (${n} rows × ${columnsOf(table)} columns)`,
    calls: [
      ['Sheet.getRange', 1],
      ['Range.getValues', 1, n * columnsOf(table)],
    ],
  };
}

function writes(table: string, runs: number): Step {
  return {
    what: `${table}: ${runs} block write(s)`,
    calls: [
      ['Sheet.getLastRow', 1],
      ['Sheet.getRange', runs],
      ['Range.setNumberFormats', runs],
      ['Range.setValues', runs, columnsOf(table) / runs],
    ],
  };
}

/** The tables a card shows, each looked up by the client's ID. */
const CARD_TABLES = ['people', 'plans', 'contacts', 'claims', 'deals', 'orders', 'obligations'] as const;

/** A single-record action's careful minimum and naive figure, as steps per size. */
interface Floor {
  readonly label: string;
  readonly minimum: (rows: TableRows) => Step[];
  readonly naive: (rows: TableRows) => Step[];
}

/** Mean rows per client in a table (the card reads one client's). */
const perClient = (rows: TableRows, table: string) =>
  Math.max(1, Math.round((rows[table] ?? 0) / Math.max(1, rows.clients ?? 1)));

const FLOORS: readonly Floor[] = [
  {
    label: 'save a new client',
    // Duplicate check: name, e-mail, tax number, each one TextFinder; the ID from the counter.
    minimum: () => [
      caller,
      lock,
      session,
      places(['clients', 'audit']),
      finds('clients', 3, 0),
      commit,
      writes('clients', 1),
      writes('audit', 1),
    ],
    naive: (rows) => [
      caller,
      lock,
      session,
      places(['clients', 'audit']),
      wholeRead('clients', rows),
      commit,
      writes('clients', 1),
      writes('audit', 1),
    ],
  },
  {
    label: 'save a new claim',
    // The client referred to (exists, its owner for the rights): one TextFinder and its row.
    minimum: () => [
      caller,
      lock,
      session,
      places(['claims', 'clients', 'audit']),
      finds('clients', 1, 1),
      commit,
      writes('claims', 1),
      writes('audit', 1),
    ],
    naive: (rows) => [
      caller,
      lock,
      session,
      places(['claims', 'clients', 'audit']),
      wholeRead('clients', rows),
      wholeRead('claims', rows),
      commit,
      writes('claims', 1),
      writes('audit', 1),
    ],
  },
  {
    label: 'update a client',
    // The row by its ID just before writing; the changed field and the stamps (two runs).
    minimum: () => [
      caller,
      lock,
      session,
      places(['clients', 'audit']),
      finds('clients', 1, 1),
      commit,
      writes('clients', 2),
      writes('audit', 1),
    ],
    naive: (rows) => [
      caller,
      lock,
      session,
      places(['clients', 'audit']),
      wholeRead('clients', rows),
      commit,
      writes('clients', 2),
      writes('audit', 1),
    ],
  },
  {
    label: 'the client card',
    minimum: (rows) => [
      caller,
      places(['clients', ...CARD_TABLES]),
      finds('clients', 1, 1),
      ...CARD_TABLES.map((t) => finds(t, 1, perClient(rows, t))),
    ],
    naive: (rows) => [
      caller,
      places(['clients', ...CARD_TABLES]),
      wholeRead('clients', rows),
      ...CARD_TABLES.map((t) => wholeRead(t, rows)),
    ],
  },
];

/** Modelled ms of each floor at one size: label → { minimum, naive }. */
export function floorsAt(rows: TableRows): { label: string; minimumMs: number; naiveMs: number }[] {
  const sum = (steps: Step[]) => steps.reduce((ms, step) => ms + stepMs(step), 0);
  return FLOORS.map((f) => ({
    label: f.label,
    minimumMs: sum(f.minimum(rows)),
    naiveMs: sum(f.naive(rows)),
  }));
}

/** The floors' steps in words, for the doc: what each careful minimum is made of (at `rows`). */
export function floorFormulas(rows: TableRows): string[] {
  const calls = (step: Step) => step.calls.reduce((n, [, count]) => n + count, 0);
  return FLOORS.map((f) => {
    const steps = f.minimum(rows);
    const parts = steps.map((s) => `${s.what} (${calls(s)} calls, ${Math.round(stepMs(s))} ms)`);
    const total = steps.reduce((n, s) => n + calls(s), 0);
    return `- **${f.label}**, ${total} calls: ${parts.join(' + ')}.`;
  });
}
