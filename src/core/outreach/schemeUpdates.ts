/**
 * What an edited scheme offers the clients already on it. Only a client still in the scheme (with a
 * planned row of it) is offered anything, and only rows planned from today on change:
 * - a step whose channel or purpose changed: the row takes the new ones;
 * - a step whose day changed (its offset, or the company's holidays): the row moves, unless a person
 *   logged something on it (a reschedule, a note), which is theirs to keep;
 * - a step removed from the scheme: its row is cancelled;
 * - a step added: a row is planned for it when its day is today or later, unless the client's run
 *   was stopped before it (see stoppedAt).
 * Done, missed, cancelled and overdue rows are history and never change.
 */
import type { Day } from '../analysis/days';
import { type PlannedStep, type SchemeClient, type SchemeContact, stepDay } from './schemeEnrolment';
import { type ContactChannel, type Scheme, schemeKey } from './schemes';
import type { WorkCalendar } from './workCalendar';

/** A change to one planned row. */
export interface RowChange {
  readonly id: string;
  readonly clientId: string;
  readonly step: number;
  readonly plannedDay?: Day;
  readonly channel?: ContactChannel;
  readonly purpose?: string;
}

/** Everything an edit of the scheme would change, for the person to confirm. */
export interface SchemeUpdate {
  readonly change: readonly RowChange[];
  readonly cancel: readonly { readonly id: string; readonly clientId: string; readonly step: number }[];
  readonly add: readonly PlannedStep[];
  /** The clients in the scheme that the update touches. */
  readonly clients: readonly string[];
}

/** The day the client's run of the scheme started: as written on its rows, else its first planned step's. */
function startOf(rows: readonly SchemeContact[], scheme: Scheme): Day | null {
  const written = rows.map((r) => r.schemeStartDay).filter((d): d is Day => d !== null);
  if (written.length > 0) return Math.min(...written);
  const first = [...rows].sort((a, b) => (a.step ?? 0) - (b.step ?? 0))[0];
  const step = scheme.steps.find((s) => s.step === first?.step);
  return first?.plannedDay != null && step ? first.plannedDay - step.dayOffset : null;
}

/**
 * The step from which the client's run of the scheme was stopped: the lowest step of a cancelled
 * row that the scheme still has (a stop condition, or a person, cancelled it; a row cancelled
 * because its step was removed names a step the scheme no longer has). Null when none.
 */
function stoppedAt(rows: readonly SchemeContact[], scheme: Scheme): number | null {
  const steps = rows
    .filter((r) => r.status === 'cancelled' && r.step !== null)
    .map((r) => r.step as number)
    .filter((step) => scheme.steps.some((s) => s.step === step));
  return steps.length > 0 ? Math.min(...steps) : null;
}

/** One row's change, or null when it already matches its step. */
function rowChange(
  row: SchemeContact,
  scheme: Scheme,
  start: Day,
  calendar: WorkCalendar,
): RowChange | 'cancel' | null {
  const step = scheme.steps.find((s) => s.step === row.step);
  if (!step) return 'cancel';
  const day = stepDay(start, step.dayOffset, calendar);
  const touched = (row.outcome ?? '').trim() !== '';
  const fields = {
    ...(day !== row.plannedDay && !touched ? { plannedDay: day } : {}),
    ...(step.channel !== row.channel ? { channel: step.channel } : {}),
    ...(step.purpose !== (row.purpose ?? '') ? { purpose: step.purpose } : {}),
  };
  if (Object.keys(fields).length === 0) return null;
  return { id: row.id, clientId: row.clientId, step: step.step, ...fields };
}

/** The changes an edited scheme offers, as of `today`, to the clients still in it. */
export function schemeUpdate(
  scheme: Scheme,
  clients: readonly SchemeClient[],
  contacts: readonly SchemeContact[],
  today: Day,
  calendar: WorkCalendar,
): SchemeUpdate {
  const change: RowChange[] = [];
  const cancel: { id: string; clientId: string; step: number }[] = [];
  const add: PlannedStep[] = [];
  const touched = new Set<string>();
  const rowsByClient = new Map<string, SchemeContact[]>();
  for (const row of contacts) {
    if (schemeKey(row.scheme) !== scheme.key) continue;
    const list = rowsByClient.get(row.clientId) ?? [];
    list.push(row);
    rowsByClient.set(row.clientId, list);
  }
  const owners = new Map(clients.map((c) => [c.id, c.owner]));
  for (const [clientId, rows] of rowsByClient) {
    const start = startOf(rows, scheme);
    if (start === null || !rows.some((r) => r.status === 'planned')) continue;
    for (const row of rows) {
      if (row.status !== 'planned' || row.step === null || row.plannedDay === null || row.plannedDay < today)
        continue;
      const found = rowChange(row, scheme, start, calendar);
      if (found === 'cancel') cancel.push({ id: row.id, clientId, step: row.step ?? 0 });
      else if (found) change.push(found);
      if (found) touched.add(clientId);
    }
    const stop = stoppedAt(rows, scheme);
    for (const step of scheme.steps) {
      const day = stepDay(start, step.dayOffset, calendar);
      if (rows.some((r) => r.step === step.step) || day < today) continue;
      if (stop !== null && step.step > stop) continue;
      const owner = owners.get(clientId) ?? null;
      add.push({
        clientId,
        scheme: scheme.name,
        step: step.step,
        plannedDay: day,
        schemeStartDay: start,
        channel: step.channel,
        purpose: step.purpose,
        owner,
      });
      touched.add(clientId);
    }
  }
  return { change, cancel, add, clients: [...touched] };
}
