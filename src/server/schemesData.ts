/**
 * What the interaction-scheme actions read, each table once and in a fixed number of service calls
 * whatever its rows: the Schemes sheet (its usable schemes and the rows that are not), the clients
 * with the fields a scheme is applied by, the contact plan's scheme rows, and the company's working
 * calendar from the settings.
 */
import { type Day, dayToIso, parseIsoDay } from '../core/analysis/days';
import type { Translator } from '../core/i18n/translate';
import { type SchemeContact, schemeContactsOf } from '../core/outreach/schemeEnrolment';
import { type Scheme, type SchemeProblem, schemeKey, schemesOf } from '../core/outreach/schemes';
import { type WorkCalendar, workCalendar } from '../core/outreach/workCalendar';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import { SCHEMES_TABLE } from '../core/tables/schemeTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { describeFieldError } from '../core/validation/recordValidation';
import { readAnalysisSettings } from '../gas/analysisSettings';
import type { TableReader } from '../gas/tableReader';

/** The stand-in ID of a Schemes row typed by hand without one: `@row:7` (no real ID starts with @). */
const ROW_MARK = '@row:';

/** A Schemes row as read: its record (a hand-typed row without an ID marked by its row) and its row. */
interface SchemeRow {
  readonly row: number;
  readonly id: string | null;
  readonly record: TableRecord;
}

/** The Schemes sheet as the actions use it. */
export interface SchemeBook {
  readonly schemes: readonly Scheme[];
  readonly problems: readonly SchemeProblem[];
  /** Every row not archived, in sheet order. */
  readonly rows: readonly SchemeRow[];
}

/** The real ID of a step or problem (null for a row typed by hand without one). */
export function realId(id: string | null): string | null {
  return id !== null && !id.startsWith(ROW_MARK) ? id : null;
}

/** The sheet row a step or problem came from (its stand-in ID, or the row holding its ID). */
export function rowOf(book: SchemeBook, id: string | null): number | null {
  if (id === null) return null;
  if (id.startsWith(ROW_MARK)) return Number(id.slice(ROW_MARK.length));
  return book.rows.find((row) => row.id === id)?.row ?? null;
}

/**
 * The Schemes sheet read once (archived rows left out): its schemes, checked by the forms' own
 * validation, and the rows that cannot be used. A row typed by hand without an ID keeps its place
 * by a stand-in ID, so it can be named by its row.
 */
export function readSchemeBook(store: TableReader): SchemeBook {
  const rows: SchemeRow[] = [];
  const records: TableRecord[] = [];
  for (const { row, record } of store.readAll(SCHEMES_TABLE)) {
    if (isArchived(record)) continue;
    const id = typeof record.id === 'string' && record.id.trim() !== '' ? record.id.trim() : null;
    rows.push({ row, id, record });
    records.push({ ...record, id: id ?? `${ROW_MARK}${row}` });
  }
  const { schemes, problems } = schemesOf(records);
  return { schemes, problems, rows };
}

/** The scheme named `name` (matched by its key), or undefined. */
export function schemeNamed(book: SchemeBook, name: string): Scheme | undefined {
  const key = schemeKey(name);
  return book.schemes.find((scheme) => scheme.key === key);
}

/** The rows of the Schemes sheet (usable or not) whose Scheme column names `key`. */
export function rowsOfScheme(book: SchemeBook, key: string): SchemeRow[] {
  return book.rows.filter(
    (row) => typeof row.record.scheme === 'string' && schemeKey(row.record.scheme) === key,
  );
}

/** Each unusable row of the Schemes sheet in words: its row, and each field wrong with why. */
export function problemTexts(t: Translator, book: SchemeBook): string[] {
  return book.problems.map((problem) => {
    const row = rowOf(book, problem.id) ?? '?';
    if (problem.kind === 'sameStepTwice')
      return t('schemes.problem.sameStep', { row, scheme: problem.scheme, step: problem.step });
    const reasons = problem.errors.map((error) => describeFieldError(t, SCHEMES_TABLE, error)).join(' ');
    return t('schemes.problem.invalid', { row, reasons });
  });
}

/** How many rows of the sheet that cannot be used name the scheme `key`. */
export function problemsOfScheme(book: SchemeBook, key: string): number {
  const ids = new Set(book.problems.map((problem) => problem.id));
  return book.rows.filter((row) => {
    const id = row.id ?? `${ROW_MARK}${row.row}`;
    return ids.has(id) && typeof row.record.scheme === 'string' && schemeKey(row.record.scheme) === key;
  }).length;
}

/** A client as applying a scheme filters it. */
export interface SchemeClientRow {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly status: string;
  readonly segment: string;
  readonly tier: string;
  readonly abcClass: string;
  readonly band: string;
}

const CLIENT_KEYS = ['id', 'name', 'owner', 'status', 'segment', 'tier', 'abcClass', 'reliabilityBand'];
const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

/**
 * The clients not archived, with the fields a scheme is applied by (the classes the last analysis
 * wrote into the Clients sheet: no analysis runs here). One read per column.
 */
export function readSchemeClients(store: TableReader): SchemeClientRow[] {
  const clients: SchemeClientRow[] = [];
  for (const record of store.readColumns(CLIENTS_TABLE, [...CLIENT_KEYS, 'archivedAt'])) {
    const id = text(record.id);
    if (id === '' || isArchived(record)) continue;
    clients.push({
      id,
      name: text(record.name),
      owner: text(record.owner).toLowerCase(),
      status: text(record.status),
      segment: text(record.segment).replace(/\s+/g, ' '),
      tier: text(record.tier),
      abcClass: text(record.abcClass).toUpperCase(),
      band: text(record.reliabilityBand),
    });
  }
  return clients;
}

/** A date cell's value as a day number, or null. */
export function dayOfValue(value: unknown): Day | null {
  return typeof value === 'string' ? parseIsoDay(value.trim()) : null;
}

/**
 * The contact plan's rows that carry a scheme, archived ones left out: one read of the whole block
 * (most of its columns are needed, so one call beats one per column).
 */
export function readSchemeContacts(store: TableReader): SchemeContact[] {
  const records = store
    .readAll(CONTACT_PLAN_TABLE)
    .map(({ record }) => record)
    .filter((record) => !isArchived(record));
  return schemeContactsOf(records, dayOfValue);
}

/** The company's working calendar, from the workbook's settings (one property read). */
export function companyCalendar(): WorkCalendar {
  const { outreach } = readAnalysisSettings();
  const holidays = outreach.holidays.map((iso) => parseIsoDay(iso)).filter((day): day is Day => day !== null);
  return workCalendar(outreach.weekendDays, holidays);
}

/** A day in words for a message: `7 Dec 2026` (the month's short name in the person's language). */
export function dayInWords(t: Translator, day: Day): string {
  const [year, month, date] = dayToIso(day).split('-');
  const months = t('schemes.months').split(' ');
  return `${Number(date)} ${months[Number(month) - 1] ?? month} ${year}`;
}
