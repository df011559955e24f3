/**
 * Runs issue #15's actions on one seeded workbook, warm and then cold, measuring each: service
 * calls and modelled Apps Script time (the emulator's latency model), the longest document-lock
 * hold (modelled), the emulator's wall clock (Suki's own work, which Apps Script runs too) and the
 * size of a page's answer.
 *
 * Warm: the places and caches as a day's work leaves them (set-up, then a few saves). Every report
 * runs first in the warm pass, which makes its sheet, so the cells are counted with every report
 * sheet present; the cold pass runs each action again after the caches expired (the emulated clock
 * moved past CacheService's six-hour maximum) and after a person inserted a column into the sheet of
 * each table it touches (removed again afterwards, so cold runs do not add up).
 */
import { CLIENTS_TABLE } from '../src/core/tables/clientsTable';
import type { TableSpec } from '../src/core/tables/tableSpec';
import type { Emulator } from '../workbench/emulator';
import type { ScriptRuntime } from '../workbench/runtime/scriptRuntime';
import { locateTableIn } from '../workbench/seed';
import { LockHold } from './lockHold';
import { type ActionContext, type Outcome, SCALE_ACTIONS } from './scaleActions';
import { type SheetCells, tableCells } from './scaleWorkbook';

/** CacheService keeps nothing longer than six hours (Apps Script's Cache reference). */
const CACHE_MAX_MS = 6 * 60 * 60 * 1000;
/** The header of the column a person inserts before a cold run. */
const PERSON_COLUMN = 'My notes';

/** One action, measured once. */
export interface Measured {
  readonly calls: number;
  readonly ms: number;
  readonly wallMs: number;
  readonly lockMs: number;
  readonly byKind: Record<string, number>;
  readonly failure?: string;
  readonly bytes?: number;
}

/** Every action warm and cold at one size, and the cells after the warm pass. */
export interface SizeRun {
  readonly warm: Measured[];
  readonly cold: Measured[];
  readonly cells: SheetCells[];
}

let runs = 0;

function measure(emulator: Emulator, hold: LockHold, action: () => Outcome): Measured {
  emulator.calls.reset();
  hold.begin();
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = action();
  } catch (error) {
    outcome = { failure: error instanceof Error ? error.message : String(error) };
  }
  const wallMs = performance.now() - started;
  return {
    calls: emulator.calls.count(),
    ms: emulator.calls.modelledMs(),
    wallMs,
    lockMs: hold.end(),
    byKind: emulator.calls.byKind(),
    ...outcome,
  };
}

/** A person inserts a labelled column after the table's second column; returns how to remove it. */
function personInsertsColumn(emulator: Emulator, table: TableSpec): () => void {
  const place = locateTableIn(emulator, table);
  if (!place) return () => undefined;
  emulator.uncounted(() => {
    place.sheet.insertColumnAfter(2);
    place.sheet.getRange(1, 3).setValue(PERSON_COLUMN);
  });
  return () =>
    emulator.uncounted(() => {
      const sheet = place.sheet;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      const at = header.indexOf(PERSON_COLUMN);
      if (at >= 0) sheet.deleteColumn(at + 1);
    });
}

/** The ID of the client `share` of the way down the Clients table. */
function clientAt(emulator: Emulator, share: number): string {
  const place = locateTableIn(emulator, CLIENTS_TABLE);
  const idColumn = place?.columns.positions.get('id');
  if (!place || idColumn === undefined) throw new Error('The seeded workbook has no Clients ID column.');
  return emulator.uncounted(() => {
    const row = Math.max(2, Math.floor(place.sheet.getLastRow() * share));
    return String(place.sheet.getRange(row, idColumn).getValue());
  });
}

/** Measures every action of SCALE_ACTIONS warm, then cold, on a seeded workbook. */
export function runActions(
  emulator: Emulator,
  runtime: ScriptRuntime,
  progress: (line: string) => void = () => undefined,
): SizeRun {
  const hold = new LockHold(emulator.calls);
  const clientId = clientAt(emulator, 1 / 2);
  const editedClientId = clientAt(emulator, 1 / 3);
  const context = (): ActionContext => ({ emulator, runtime, clientId, editedClientId, run: ++runs });
  try {
    // A day's work before: the saves and the picker (the places set-up remembered are used, and
    // the caches these fill are warm).
    for (const action of SCALE_ACTIONS.slice(0, 5)) action.run(context());
    let started = performance.now();
    const warm = SCALE_ACTIONS.map((action) => measure(emulator, hold, () => action.run(context())));
    progress(`warm pass in ${Math.round((performance.now() - started) / 1000)} s`);
    const cells = tableCells(emulator);
    started = performance.now();
    const cold = SCALE_ACTIONS.map((action) => {
      emulator.advanceClock(CACHE_MAX_MS + 60_000);
      const removals = action.touches.map((table) => personInsertsColumn(emulator, table));
      try {
        return measure(emulator, hold, () => action.run(context()));
      } finally {
        for (const remove of removals) remove();
      }
    });
    progress(`cold pass in ${Math.round((performance.now() - started) / 1000)} s`);
    return { warm, cold, cells };
  } finally {
    hold.dispose();
  }
}
