/**
 * The import page's other calls: opening it, what it can import from and into, and undoing an
 * import as a whole.
 */
import type { ImportRecordOfRun } from '../core/import/importHistory';
import { done, type PageResult, refused } from '../core/pageResult';
import { IMPORTABLE_TABLES, importableTable } from '../core/tables/registry';
import type { TableRecord } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { activeSpreadsheet, activeStore } from '../gas/activeDocument';
import { withDocumentLock } from '../gas/documentLock';
import { noteImport, recentImports } from '../gas/importMemory';
import { importSheetNames } from '../gas/sheetText';
import { showSidebarPage } from '../gas/ui';
import { callerStamp, currentCaller } from './access';
import { describeFailure } from './failures';
import { afterCommit, undoImportRun } from './importWrite';
import { currentTranslator } from './locale';
import { checkChange, clientOwnersOf } from './workAccess';

/** An import as the page lists it. */
export interface ListedImport {
  readonly id: string;
  readonly table: string;
  readonly tableLabel: string;
  readonly source: string;
  readonly at: string;
  readonly by: string;
  readonly count: number;
  readonly undone: boolean;
  /** Whether the caller may undo it: the person who imported, or a head. */
  readonly mayUndo: boolean;
}

/** What the import page offers: the tables, the sheets to import from, and the recent imports. */
interface ImportSources {
  readonly tables: readonly { readonly key: string; readonly label: string }[];
  readonly sheets: readonly string[];
  readonly imports: readonly ListedImport[];
}

const mayUndo = (run: ImportRecordOfRun) => {
  const caller = currentCaller();
  return caller.role === 'head' || caller.email === run.by.trim().toLowerCase();
};

/** Menu: open the import page. */
export function showImport(): void {
  showSidebarPage('Import', currentTranslator()('import.title'));
}

/** The tables a person may import into, the sheets they may import from, and the recent imports. */
export function listImportSources(): PageResult<ImportSources> {
  const t = currentTranslator();
  try {
    const imports = recentImports().map((run) => ({
      id: run.id,
      table: run.table,
      tableLabel: t(importableTable(run.table)?.sheetLabel ?? 'sheet.clients'),
      source: run.source,
      at: run.at,
      by: run.by,
      count: run.count,
      undone: run.undoneAt !== null,
      mayUndo: run.undoneAt === null && mayUndo(run),
    }));
    return done('', {
      tables: IMPORTABLE_TABLES.map((table) => ({ key: table.key, label: t(table.sheetLabel) })),
      sheets: importSheetNames(activeSpreadsheet()),
      imports,
    });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/**
 * Undoes an import as a whole: every record it made that is not archived yet is archived (nothing
 * is deleted; a record someone worked on since is archived too), except one the caller may no
 * longer archive (handed to another manager since), which is kept and counted. Only the person who
 * imported, or a head, may undo it; audited once.
 */
export function undoImport(importId: unknown): PageResult<{ archived: number; kept: number }> {
  const t = currentTranslator();
  try {
    const undone = withDocumentLock(() => {
      const run = recentImports().find((entry) => entry.id === importId);
      const table = importableTable(run?.table);
      if (!run || !table) throw new UserFacingError('error.importUnknown');
      if (run.undoneAt !== null) throw new UserFacingError('error.importUndoneAlready');
      if (!mayUndo(run)) throw new UserFacingError('error.importNotYours', { by: run.by });
      const store = activeStore();
      const stamp = callerStamp();
      const owners = clientOwnersOf(store);
      const mayArchive = (record: TableRecord) =>
        checkChange(t, owners, table, record, { archivedAt: stamp.at }).ok;
      const counts = undoImportRun(store, table, run, stamp, mayArchive);
      return { run, table, stamp, counts };
    });
    // Noted once the archive has committed: a rolled-back undo leaves the import undoable.
    afterCommit(() => noteImport({ ...undone.run, undoneAt: undone.stamp.at }));
    const { archived, kept } = undone.counts;
    const table = t(undone.table.sheetLabel);
    const message =
      kept > 0 ? t('import.undoneKept', { archived, kept, table }) : t('import.undone', { archived, table });
    return done(message, { archived, kept });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
