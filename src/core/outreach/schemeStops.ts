/**
 * When a scheme ends for a client, and which of its rows that cancels. A step's stop condition, once
 * it holds, ends the scheme from that step on: the step's planned row and every later planned row
 * are cancelled, while done, missed and earlier rows stay as they are (the history is kept).
 */
import type { Day } from '../analysis/days';
import type { SchemeContact } from './schemeEnrolment';
import { type Scheme, type SchemeStop, schemeKey } from './schemes';

/** What the stop conditions read about one client. */
export interface ClientStopFacts {
  readonly clientId: string;
  /** Days of the client's deals won and lost (their last change), for "since the scheme started". */
  readonly dealsWonOn: readonly Day[];
  readonly dealsLostOn: readonly Day[];
  readonly openClaims: number;
}

/** The rows a stop cancels, and the step and condition that stopped the scheme. */
export interface SchemeStopping {
  readonly clientId: string;
  readonly step: number;
  readonly reason: SchemeStop;
  readonly cancel: readonly string[];
}

/** The client's rows of the scheme, and the day its run started (the earliest written, else the first planned). */
function runOf(scheme: Scheme, clientId: string, contacts: readonly SchemeContact[]) {
  const rows = contacts.filter((c) => c.clientId === clientId && schemeKey(c.scheme) === scheme.key);
  let start: Day | null = null;
  for (const row of rows) {
    const day = row.schemeStartDay ?? row.plannedDay;
    if (day !== null && (start === null || day < start)) start = day;
  }
  return { rows, start };
}

function holds(stop: SchemeStop, facts: ClientStopFacts, rows: readonly SchemeContact[], start: Day | null) {
  const since = (days: readonly Day[]) => days.some((day) => start === null || day >= start);
  if (stop === 'reached') return rows.some((row) => row.status === 'done');
  if (stop === 'dealWon') return since(facts.dealsWonOn);
  if (stop === 'dealLost') return since(facts.dealsLostOn);
  return facts.openClaims > 0;
}

/**
 * Whether the scheme stops for this client now: the first step, in step order, that still has a
 * planned row and whose condition holds; null when none does (or nothing is planned any more).
 */
export function schemeStopFor(
  scheme: Scheme,
  facts: ClientStopFacts,
  contacts: readonly SchemeContact[],
): SchemeStopping | null {
  const { rows, start } = runOf(scheme, facts.clientId, contacts);
  const planned = rows.filter((row) => row.status === 'planned' && row.step !== null);
  if (planned.length === 0) return null;
  const firstPlanned = Math.min(...planned.map((row) => row.step as number));
  for (const step of scheme.steps) {
    if (step.step < firstPlanned || step.stopWhen === null) continue;
    if (!holds(step.stopWhen, facts, rows, start)) continue;
    const cancel = planned.filter((row) => (row.step as number) >= step.step).map((row) => row.id);
    if (cancel.length > 0)
      return { clientId: facts.clientId, step: step.step, reason: step.stopWhen, cancel };
  }
  return null;
}

/**
 * Stopping the scheme for a client by hand: every planned row of it is cancelled, from today on and
 * overdue alike; done and missed rows stay.
 */
export function rowsToCancelOnStop(
  scheme: Scheme,
  clientId: string,
  contacts: readonly SchemeContact[],
): string[] {
  return runOf(scheme, clientId, contacts)
    .rows.filter((row) => row.status === 'planned')
    .map((row) => row.id);
}
