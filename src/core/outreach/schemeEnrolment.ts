/**
 * Applying a scheme to clients: the contact-plan rows it writes. Rows are keyed by client, scheme
 * (its key) and step, so applying again finds them and writes nothing twice; a client with any row of
 * the scheme (planned, done, missed or cancelled) is already on it and gets nothing new here (a
 * scheme's later edits reach them through schemeUpdates.ts, a stopped scheme stays stopped).
 */
import { type Day, dayToIso } from '../analysis/days';
import type { TableRecord } from '../tables/tableSpec';
import type { ContactChannel, Scheme } from './schemes';
import { schemeKey } from './schemes';
import { nextWorkingDay, type WorkCalendar } from './workCalendar';

/** A contact-plan row of a scheme, as read from the contact plan. */
export interface SchemeContact {
  readonly id: string;
  readonly clientId: string;
  /** The Scheme column as typed. */
  readonly scheme: string;
  readonly step: number | null;
  readonly plannedDay: Day | null;
  readonly status: 'planned' | 'done' | 'missed' | 'cancelled';
  /** The day the scheme started for the client (written with the row), null when typed by hand. */
  readonly schemeStartDay: Day | null;
  readonly channel: string | null;
  readonly purpose: string | null;
  /** Non-blank once a person logged something on the row (a reschedule, a note). */
  readonly outcome: string | null;
}

/** A client a scheme may be applied to. */
export interface SchemeClient {
  readonly id: string;
  /** The client's owner, who owns its planned contacts (a deputy works them during an absence). */
  readonly owner: string | null;
}

/** A contact-plan row to write for a step of a scheme. */
export interface PlannedStep {
  readonly clientId: string;
  readonly scheme: string;
  readonly step: number;
  readonly plannedDay: Day;
  readonly schemeStartDay: Day;
  readonly channel: ContactChannel;
  readonly purpose: string;
  readonly owner: string | null;
}

/** What applying a scheme does: the rows to write, and the clients already on it (left as they are). */
interface Enrolment {
  readonly rows: readonly PlannedStep[];
  readonly enrolled: readonly string[];
  readonly alreadyOn: readonly string[];
}

/** The day a step falls on for a client whose scheme starts on `startDay`: off weekends and holidays. */
export function stepDay(startDay: Day, dayOffset: number, calendar: WorkCalendar): Day {
  return nextWorkingDay(startDay + dayOffset, calendar);
}

/** The clients with at least one contact-plan row of the scheme. */
export function clientsOnScheme(scheme: Scheme, contacts: readonly SchemeContact[]): Set<string> {
  const on = new Set<string>();
  for (const contact of contacts) if (schemeKey(contact.scheme) === scheme.key) on.add(contact.clientId);
  return on;
}

/**
 * The rows that apply `scheme` to `clients` from `startDay`: one per step per client not on the
 * scheme yet, in client then step order. A client listed twice is enrolled once.
 */
export function enrolClients(
  scheme: Scheme,
  clients: readonly SchemeClient[],
  contacts: readonly SchemeContact[],
  startDay: Day,
  calendar: WorkCalendar,
): Enrolment {
  const on = clientsOnScheme(scheme, contacts);
  const rows: PlannedStep[] = [];
  const enrolled: string[] = [];
  const alreadyOn: string[] = [];
  const seen = new Set<string>();
  for (const client of clients) {
    if (seen.has(client.id)) continue;
    seen.add(client.id);
    if (on.has(client.id)) {
      alreadyOn.push(client.id);
      continue;
    }
    if (scheme.steps.length === 0) continue;
    enrolled.push(client.id);
    for (const step of scheme.steps)
      rows.push({
        clientId: client.id,
        scheme: scheme.name,
        step: step.step,
        plannedDay: stepDay(startDay, step.dayOffset, calendar),
        schemeStartDay: startDay,
        channel: step.channel,
        purpose: step.purpose,
        owner: client.owner,
      });
  }
  return { rows, enrolled, alreadyOn };
}

const CONTACT_STATUSES: readonly SchemeContact['status'][] = ['planned', 'done', 'missed', 'cancelled'];
const textOrNull = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The contact-plan records (as the table store reads them) that belong to a scheme, as the scheme
 * logic reads them: a row needs an ID, a client and a Scheme; a blank or unknown status reads as
 * planned (the column's default), an unreadable step or date as blank. Archived rows are the caller's
 * to leave out.
 */
export function schemeContactsOf(
  records: readonly TableRecord[],
  dayOf: (value: unknown) => Day | null,
): SchemeContact[] {
  const rows: SchemeContact[] = [];
  for (const record of records) {
    const id = textOrNull(record.id);
    const clientId = textOrNull(record.clientId);
    const scheme = textOrNull(record.scheme);
    if (!id || !clientId || !scheme) continue;
    const status = CONTACT_STATUSES.find((s) => s === record.status) ?? 'planned';
    const step = typeof record.step === 'number' && Number.isInteger(record.step) ? record.step : null;
    rows.push({
      id,
      clientId,
      scheme,
      step,
      plannedDay: dayOf(record.plannedDate),
      status,
      schemeStartDay: dayOf(record.schemeStart),
      channel: textOrNull(record.channel),
      purpose: textOrNull(record.purpose),
      outcome: textOrNull(record.outcome),
    });
  }
  return rows;
}

/** The contact-plan record (as the table store writes it) of a planned step: owned, planned, dated. */
export function plannedStepRecord(row: PlannedStep): TableRecord {
  return {
    clientId: row.clientId,
    plannedDate: dayToIso(row.plannedDay),
    channel: row.channel,
    purpose: row.purpose || null,
    scheme: row.scheme,
    step: row.step,
    schemeStart: dayToIso(row.schemeStartDay),
    owner: row.owner,
    status: 'planned',
  };
}
