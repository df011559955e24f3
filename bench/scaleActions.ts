/**
 * The actions of issue #15's Targets table, each as a person or Sheets starts it in the built
 * bundle (a page's google.script.run, a menu item, a hand edit firing onEdit), with the target it
 * must meet at 50,000 clients and the tables whose sheets a person changes before its cold run.
 */

import { translatorFor } from '../src/core/i18n/translate';
import { REPORTS } from '../src/core/reports/reportCatalog';
import { CLIENTS_TABLE } from '../src/core/tables/clientsTable';
import type { TableSpec } from '../src/core/tables/tableSpec';
import { CLAIMS_TABLE, ORDERS_TABLE } from '../src/core/tables/workTables';
import type { Emulator } from '../workbench/emulator';
import type { ScriptRuntime } from '../workbench/runtime/scriptRuntime';
import { locateTableIn } from '../workbench/seed';

/** What an action's run tells the bench besides its calls: a failure, the size of its answer. */
export interface Outcome {
  readonly failure?: string;
  /** Bytes of the JSON answer a page receives. */
  readonly bytes?: number;
}

/** The workbook an action runs in, and a number that differs on every run (for new records' names). */
export interface ActionContext {
  readonly emulator: Emulator;
  readonly runtime: ScriptRuntime;
  /** A client in the middle of the Clients table (neither the first rows nor the last). */
  readonly clientId: string;
  /** Another client, a third of the way down, whose row a person edits (no other action writes it). */
  readonly editedClientId: string;
  readonly run: number;
}

/** How a target is judged: modelled seconds at most, and for the picker a JSON size too. */
export interface Target {
  readonly text: string;
  readonly maxSeconds: number;
  readonly maxKb?: number;
}

/** One row of the Targets table. */
export interface ScaleAction {
  readonly label: string;
  readonly target: Target;
  /** The tables whose sheets get a person's new column before the cold run. */
  readonly touches: readonly TableSpec[];
  readonly run: (ctx: ActionContext) => Outcome;
}

/** The number of clients the targets are set at. */
export const TARGET_SIZE = 50_000;

/** The lock wait for a hand edit's stamp (src/server/handEdits.ts, HAND_EDIT_LOCK_WAIT_MS). */
export const HAND_EDIT_LOCK_WAIT_SECONDS = 3;

const SINGLE: Target = { text: '≤ 1.5 s', maxSeconds: 1.5 };

/** A page's call (JSON in and out, as google.script.run); a `{ ok: false }` answer is a failure. */
function pageCall(ctx: ActionContext, name: string, args: readonly unknown[]): Outcome {
  const answer = ctx.runtime.call(name, args, 'page');
  const bytes = Buffer.byteLength(JSON.stringify(answer ?? null), 'utf8');
  if (answer && typeof answer === 'object' && 'ok' in answer && answer.ok === false) {
    const message = 'message' in answer ? String(answer.message) : JSON.stringify(answer).slice(0, 200);
    return { failure: message, bytes };
  }
  return { bytes };
}

/** A menu item; an alert it shows is its failure (reports and set-up say success in a toast). */
function menuCall(ctx: ActionContext, name: string): Outcome {
  const alerts = ctx.emulator.ui.alerts.length;
  ctx.runtime.call(name);
  const alert = ctx.emulator.ui.alerts[alerts];
  return alert ? { failure: alert.prompt } : {};
}

/** A person types a new phone number into a client's row; onEdit must stamp the row. */
function handEdit(ctx: ActionContext): Outcome {
  const place = locateTableIn(ctx.emulator, CLIENTS_TABLE);
  if (!place) return { failure: 'No Clients sheet.' };
  const column = (key: string) => place.columns.positions.get(key);
  const phone = column('phone');
  const updatedAt = column('updatedAt');
  if (phone === undefined || updatedAt === undefined) return { failure: 'No phone or updatedAt column.' };
  const row = ctx.emulator.uncounted(() => {
    const found = place.sheet.getRange(1, column('id') ?? 1, place.sheet.getLastRow(), 1).getValues();
    return found.findIndex((cells) => cells[0] === ctx.editedClientId) + 1;
  });
  if (row < 2) return { failure: `No row for ${ctx.editedClientId}.` };
  const stampOf = () => ctx.emulator.uncounted(() => String(place.sheet.getRange(row, updatedAt).getValue()));
  const before = stampOf();
  const errors = ctx.emulator.triggerErrors.length;
  const typed = `+63 2 8${String(ctx.run).padStart(3, '0')} ${String(1000 + ctx.run).slice(-4)}`;
  const edit = ctx.emulator.personEdit(place.sheetName, row, phone, typed);
  if (!edit.accepted) return { failure: `The edit was refused: ${edit.reason ?? ''}` };
  const error = ctx.emulator.triggerErrors[errors];
  if (error) return { failure: `onEdit failed: ${error.error}` };
  return stampOf() === before ? { failure: 'onEdit did not stamp the row.' } : {};
}

const en = translatorFor('en');

/** Issue #15's Targets, in its order; the reports as the Reports menu lists them. */
export const SCALE_ACTIONS: readonly ScaleAction[] = [
  {
    label: 'save a new client (the form: duplicate check, append, audit)',
    target: SINGLE,
    touches: [CLIENTS_TABLE],
    run: (ctx) =>
      pageCall(ctx, 'saveRecord', [
        'clients',
        { name: `Bench Trading ${ctx.run}`, email: `bench${ctx.run}@example.ph` },
      ]),
  },
  {
    label: 'save a new claim',
    target: SINGLE,
    touches: [CLAIMS_TABLE],
    run: (ctx) =>
      pageCall(ctx, 'saveRecord', [
        'claims',
        {
          clientId: ctx.clientId,
          receivedDate: '2026-11-20',
          category: 'billing',
          description: `Invoice billed twice (${ctx.run})`,
        },
      ]),
  },
  {
    label: 'update a client (conflict check, write, audit)',
    target: SINGLE,
    touches: [CLIENTS_TABLE],
    run: (ctx) =>
      pageCall(ctx, 'updateRecord', ['clients', ctx.clientId, { notes: `Called back (${ctx.run})` }, {}]),
  },
  {
    label: 'open a form (getPageContext)',
    target: SINGLE,
    touches: [CLIENTS_TABLE],
    run: (ctx) => pageCall(ctx, 'getPageContext', ['clients']),
  },
  {
    label: "the picker's first answer (listClients)",
    target: { text: '≤ 1.5 s, < 500 KB', maxSeconds: 1.5, maxKb: 500 },
    touches: [CLIENTS_TABLE],
    run: (ctx) => pageCall(ctx, 'listClients', []),
  },
  {
    label: 'the client card',
    target: { text: '≤ 3 s', maxSeconds: 3 },
    touches: [CLIENTS_TABLE],
    run: (ctx) => pageCall(ctx, 'getClientCard', [ctx.clientId]),
  },
  {
    label: 'onEdit stamp of a hand edit',
    target: { text: `≤ 1 s (lock wait ${HAND_EDIT_LOCK_WAIT_SECONDS} s)`, maxSeconds: 1 },
    touches: [CLIENTS_TABLE],
    run: handEdit,
  },
  ...REPORTS.map(
    (report): ScaleAction => ({
      label: `report: ${en(report.menuLabel)}`,
      target: { text: '≤ 20 s', maxSeconds: 20 },
      touches: [CLIENTS_TABLE, ORDERS_TABLE],
      run: (ctx) => menuCall(ctx, report.functionName),
    }),
  ),
  {
    label: 'the dashboard',
    target: { text: '≤ 25 s', maxSeconds: 25 },
    touches: [CLIENTS_TABLE, ORDERS_TABLE],
    run: (ctx) => menuCall(ctx, 'refreshDashboard'),
  },
  {
    label: 'set-up of an existing workbook',
    target: { text: '≤ 15 s', maxSeconds: 15 },
    touches: [CLIENTS_TABLE],
    run: (ctx) => menuCall(ctx, 'setUpWorkbook'),
  },
];

/** The target for the longest time any action holds the document lock. */
export const LOCK_TARGET: Target = { text: '≤ 2 s', maxSeconds: 2 };
