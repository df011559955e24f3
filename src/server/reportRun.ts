import { asOfDay as dayOfAsOf } from '../core/analysis/days';
import { type ReportEntry, type ReportKey, reportEntry } from '../core/reports/reportCatalog';
import type { ReportContext } from '../core/reports/reportContext';
import type { ReportSheetModel } from '../core/reports/reportModel';
import { fieldEntry } from '../core/tables/auditEntries';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { isTableMissingError } from '../core/userError';
import { activeSpreadsheet } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { withDocumentLock } from '../gas/documentLock';
import { writeReportSheet } from '../gas/reportWriter';
import type { TableStore } from '../gas/tableStore';
import { alertMessage, toast } from '../gas/ui';
import { withoutJournal } from '../gas/writeSession';
import { callerStamp, menuEntry } from './access';
import {
  analyseWorkbook,
  CLIENT_COMPUTED_COLUMNS,
  computedClientColumns,
  computedPeopleColumns,
} from './analysisRun';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/**
 * Holding the document lock: writes the report's sheet, then the Clients table's computed columns
 * (matched by ID at write time) after one `computed` audit entry. Returns the sheet's real name (a
 * numbered one when a table or a person's sheet had the report's) and the rows written.
 */
function writeReport(
  model: ReportSheetModel,
  ctx: ReportContext,
  store: TableStore,
  people: ReadonlyMap<string, TableRecord>,
): { name: string; rows: number } {
  return withDocumentLock(() => {
    const sheet = writeReportSheet(activeSpreadsheet(), model);
    const values = computedClientColumns(ctx.analysis);
    const stamp = callerStamp();
    // Derived columns are not a person's data and are too large to journal: they stand even if
    // the run is cut off, and so the audit entry saying they were recomputed is written first.
    withoutJournal(() => {
      const change = { before: null, after: values.size };
      const entry = fieldEntry(
        'computed',
        CLIENTS_TABLE.key,
        null,
        CLIENT_COMPUTED_COLUMNS.join(', '),
        change,
        stamp,
      );
      appendAudit(store, [entry], stamp);
      store.writeComputed(CLIENTS_TABLE, CLIENT_COMPUTED_COLUMNS, values);
      writePeopleColumns(store, people);
    });
    return { name: sheet.getName(), rows: model.blocks.reduce((sum, block) => sum + block.rows.length, 0) };
  });
}

/** Writes the People table's last-contacted column; a workbook set up before People has none yet. */
function writePeopleColumns(store: TableStore, people: ReadonlyMap<string, TableRecord>): void {
  try {
    store.writeComputed(PEOPLE_TABLE, ['lastContacted'], people);
  } catch (error) {
    if (!isTableMissingError(error)) throw error;
  }
}

/**
 * Regenerates one report sheet (and the Clients table's computed columns) from a fresh analysis,
 * then says what it did; true when it did. The tables are read and analysed without the document
 * lock (each table is one read, and a long analysis must not make everyone's saves "busy"); only
 * the writes hold it. The audit entry names the caller (a trigger's creator, in a trigger).
 */
export function runReport(entry: ReportEntry): boolean {
  const t = currentTranslator();
  try {
    toast(t('report.working', { report: t(entry.menuLabel) }), t('app.name'));
    const { ctx, data, store } = analyseWorkbook(t);
    const people = computedPeopleColumns(data, dayOfAsOf(ctx.analysis.asOf));
    const written = writeReport(entry.build(ctx), ctx, store, people);
    toast(t('report.done', { report: written.name, rows: written.rows }), t('app.name'));
    return true;
  } catch (error) {
    alertMessage(describeFailure(t, error));
    return false;
  }
}

/**
 * The Reports menu's function of the catalog's report `key`, for any member of the team (the
 * generated reportCommands.ts makes one per report).
 */
export function reportCommand(key: ReportKey): () => void {
  return menuEntry('member', () => {
    runReport(reportEntry(key));
  });
}
