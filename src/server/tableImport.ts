/**
 * Import into any table a person fills, from pasted CSV or a sheet of this spreadsheet (where Sheets'
 * File › Import puts an .xlsx or .csv): the header row found wherever it is, columns mapped by their
 * headers (English, Filipino, synonyms) or values, values read as typed in the spreadsheet's locale,
 * and a preview of exactly what will happen before anything is written. Nothing outside Suki's
 * tables is written; an import can be undone as a whole.
 */
import type { Translator } from '../core/i18n/translate';
import { ClientRefs } from '../core/import/clientRefs';
import { importShapeKey, suggestImportMapping } from '../core/import/headerMapping';
import { DuplicateFinder } from '../core/import/importDuplicates';
import { gridFromCsv, type ImportGrid } from '../core/import/importGrid';
import type { ImportRecordOfRun } from '../core/import/importHistory';
import { planImport, type ReadyRow, usableMapping } from '../core/import/importPlan';
import { emptyImportFigures, type ImportFigures, type MappingHow } from '../core/import/importReport';
import { localeConventions } from '../core/import/localeValues';
import { type FoundTable, findTable } from '../core/import/tableFinder';
import { done, type PageResult, refusedWith } from '../core/pageResult';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { normalizeName } from '../core/tables/duplicates';
import { importableTable } from '../core/tables/registry';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import { emailKey } from '../core/team/members';
import { capacityNote } from '../core/team/workRights';
import { UserFacingError } from '../core/userError';
import { DEFAULT_CURRENCY } from '../core/validation/money';
import { activeSpreadsheet, activeStore } from '../gas/activeDocument';
import { withDocumentLock } from '../gas/documentLock';
import { noteImport, rememberedMapping, rememberMapping } from '../gas/importMemory';
import { readSheetForImport } from '../gas/sheetText';
import type { TableStore } from '../gas/tableStore';
import { callerStamp, currentCaller, currentTeamView } from './access';
import { describeFailure } from './failures';
import { figuresOf, messageOf } from './importAnswer';
import { afterCommit, writeImport } from './importWrite';
import { currentTranslator } from './locale';
import { movePrimaryPeopleIfAny } from './peopleSetup';
import { workbookCurrency } from './records';
import { type ClientOwners, checkNewRecord } from './workAccess';

/** What a preview or an import answers; a refusal carries empty figures, so the page draws any answer alike. */
export type ImportAnswer = PageResult<ImportFigures, ImportFigures>;

/** What the page sends: the table, the source, and the person's choices so far. */
interface ImportRequest {
  readonly table: TableSpec;
  readonly grid: ImportGrid;
  readonly sourceLabel: string;
  readonly mapping: unknown;
  readonly include: readonly number[];
  /** The line the person says the header is on (when Suki's guess was wrong), else null. */
  readonly headerLine: number | null;
  readonly keepDuplicates: boolean;
  readonly headers: unknown;
}

function requestOf(t: Translator, raw: unknown): ImportRequest {
  const request = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const table = importableTable(request.table);
  if (!table) throw new UserFacingError('error.importNoTable');
  const { csv, sheetName } = (
    typeof request.source === 'object' && request.source !== null ? request.source : {}
  ) as Record<string, unknown>;
  let grid: ImportGrid;
  let sourceLabel: string;
  if (typeof csv === 'string') {
    grid = gridFromCsv(csv);
    sourceLabel = t('import.pastedText');
  } else if (typeof sheetName === 'string' && sheetName !== '') {
    grid = readSheetForImport(activeSpreadsheet(), sheetName);
    sourceLabel = sheetName;
  } else {
    throw new UserFacingError('error.importNoSource');
  }
  const include = Array.isArray(request.include)
    ? request.include.filter((line): line is number => Number.isInteger(line)).slice(0, 10_000)
    : [];
  return {
    table,
    grid,
    sourceLabel,
    mapping: request.mapping,
    include,
    keepDuplicates: request.keepDuplicates === true,
    headerLine: Number.isInteger(request.headerLine) ? (request.headerLine as number) : null,
    headers: request.headers,
  };
}

/** The mapping to use: the person's, else the one used last for this shape of source, else a guess. */
function chosenMapping(request: ImportRequest, found: FoundTable) {
  const { table } = request;
  const given = typeof request.mapping === 'object' && request.mapping !== null;
  const all = (raw: unknown, how: MappingHow) => {
    const mapping = usableMapping(table, raw);
    const hows: Record<number, MappingHow> = {};
    for (const index of Object.keys(mapping)) hows[Number(index)] = how;
    return { mapping, how: hows };
  };
  if (given) return all(request.mapping, 'chosen');
  const remembered = rememberedMapping(table.key, importShapeKey(found.headers));
  if (remembered) return all(remembered, 'remembered');
  const sample = found.recordIndexes.slice(0, 50).map((index) => request.grid.texts[index] ?? []);
  return suggestImportMapping(table, found.headers, sample);
}

/** The clients a table's rows may point to, and their owners, from one read of the Clients table. */
function clientsFor(store: TableStore, table: TableSpec): { refs: ClientRefs | null; owners: ClientOwners } {
  const pointsToClients = table !== CLIENTS_TABLE && table.columns.some((c) => c.key === 'clientId');
  if (!pointsToClients) return { refs: null, owners: () => new Map() };
  const clients = store.readColumns(CLIENTS_TABLE, ['id', 'name', 'taxNumber', 'owner', 'archivedAt']);
  const owners = new Map(clients.map((c) => [String(c.id ?? '').trim(), emailKey(c.owner)]));
  return { refs: new ClientRefs(clients), owners: () => owners };
}

/** Team members by normalised name, for owner columns that name people rather than e-mails. */
function peopleByName(): Map<string, string> {
  const people = new Map<string, string>();
  for (const member of currentTeamView().team) {
    if (member.active && member.name) people.set(normalizeName(member.name), member.email);
  }
  return people;
}

/** The plan's ready rows the caller may write (owner filled in), the others refused with why. */
function withRights(t: Translator, table: TableSpec, owners: ClientOwners, ready: readonly ReadyRow[]) {
  const allowed: TableRecord[] = [];
  const notes = new Set<string>();
  const refused: { line: number; reasons: string[] }[] = [];
  const caller = currentCaller();
  for (const { line, record } of ready) {
    const verdict = checkNewRecord(t, owners, table, record);
    if (verdict.ok) {
      allowed.push(verdict.record);
      const note = capacityNote(caller, verdict.capacity);
      if (note) notes.add(note);
    } else {
      refused.push({ line, reasons: [verdict.message] });
    }
  }
  return { allowed, refused, capacity: [...notes].join('; ') };
}

function answer(t: Translator, raw: unknown, write: boolean): ImportAnswer {
  const request = requestOf(t, raw);
  const { grid } = request;
  const chosenHeader = request.headerLine === null ? undefined : request.headerLine - grid.firstLine;
  const found = findTable(request.table, grid.texts, chosenHeader);
  const mapping = chosenMapping(request, found);
  if (write && JSON.stringify(request.headers) !== JSON.stringify(found.headers)) {
    throw new UserFacingError('error.importChanged');
  }
  let written: ImportRecordOfRun | null = null;
  const answered = withDocumentLock(() => {
    const store = activeStore();
    const { table } = request;
    const existing = store.readColumns(table, DuplicateFinder.columnsFor(table));
    const clients = clientsFor(store, table);
    // Amounts are read in the workbook's currency: one settings read, whatever the rows (none for a
    // table without money, whose numbers take no currency at all).
    const currency = table.columns.some((c) => c.type === 'currency') ? workbookCurrency() : DEFAULT_CURRENCY;
    const plan = planImport({
      table,
      grid: request.grid,
      found,
      mapping: mapping.mapping,
      conventions: { ...localeConventions(activeSpreadsheet().getSpreadsheetLocale()), currency },
      existing,
      clients: clients.refs,
      people: peopleByName(),
      keepDuplicates: request.keepDuplicates,
      include: request.include,
    });
    const rights = withRights(t, table, clients.owners, plan.ready);
    let figures = figuresOf(t, { ...request, currency }, found, mapping, plan, rights.refused);
    const nothing = plan.unmappedRequired.length > 0 || figures.readyCount === 0;
    if (write && !nothing) {
      const stamp = { ...callerStamp(), as: rights.capacity };
      const { run, ids } = writeImport(store, table, rights.allowed, stamp, {
        source: request.sourceLabel,
        imported: rights.allowed.length,
        refused: figures.rejectedCount,
        duplicates: figures.duplicateCount,
        leftOut: plan.leftOut.length,
      });
      written = run;
      // Imported clients' contact persons become their primary people, as a saved client's do.
      if (table === CLIENTS_TABLE) {
        const clients = rights.allowed.map((record, index) => ({ ...record, id: ids[index] ?? null }));
        movePrimaryPeopleIfAny(store, stamp, t, clients);
      }
      figures = { ...figures, imported: run.count, importId: run.id };
    }
    const message = messageOf(t, request.table, plan, figures);
    return nothing ? refusedWith(figures, message) : done(message, figures);
  });
  // Noted once the lock has committed the rows: an import rolled back is never listed or remembered.
  if (written) {
    const run: ImportRecordOfRun = written;
    afterCommit(() => {
      noteImport(run);
      rememberMapping(request.table.key, importShapeKey(found.headers), mapping.mapping);
    });
  }
  return answered;
}

function failed(t: Translator, error: unknown, raw: unknown): ImportAnswer {
  const table =
    typeof raw === 'object' && raw !== null ? String((raw as { table?: unknown }).table ?? '') : '';
  return refusedWith(emptyImportFigures(importableTable(table)?.key ?? ''), describeFailure(t, error));
}

/**
 * Reads the source and says exactly what an import would do, writing nothing: the header row found
 * and its line, the mapping (the person's, the one used last for this shape, or a guess) with how
 * each column was mapped, the first rows, and every ready, refused, duplicate and left-out row.
 */
export function previewImport(request: unknown): ImportAnswer {
  const t = currentTranslator();
  try {
    return answer(t, request, false);
  } catch (error) {
    return failed(t, error, request);
  }
}

/**
 * Imports the ready rows of the source into the table, in blocks inside the lock (all or nothing),
 * audited once, remembered for undoing; the mapping is remembered for the next source of this
 * shape. `request.headers` must still be the source's header row (else the source changed after the
 * person checked it, and nothing is written).
 */
export function runImport(request: unknown): ImportAnswer {
  const t = currentTranslator();
  try {
    return answer(t, request, true);
  } catch (error) {
    return failed(t, error, request);
  }
}
