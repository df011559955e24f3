import type { Translator } from '../core/i18n/translate';
import {
  assertImportSize,
  type ImportMapping,
  type ImportPlan,
  type ImportSource,
  parseCsv,
  planClientImport,
  suggestMapping,
} from '../core/import/clientImport';
import { type ImportReport, refusedImport } from '../core/import/importReport';
import { done, type PageResult, refused, refusedWith } from '../core/pageResult';
import { recordEntry } from '../core/tables/auditEntries';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { activeMember, emailKey } from '../core/team/members';
import { capacityNote, mayAssignTo, workCapacity } from '../core/team/workRights';
import { UserFacingError } from '../core/userError';
import { describeFieldError } from '../core/validation/recordValidation';
import { activeSpreadsheet, activeStore } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { withDocumentLock } from '../gas/documentLock';
import { readSheetAsText, sheetNames } from '../gas/sheetText';
import type { TableStore } from '../gas/tableStore';
import { showSidebarPage } from '../gas/ui';
import { callerStamp, currentCaller, currentTeamView } from './access';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

const MAX_LISTED = 200;

/** What the import page shows before and after importing: the preview, the counts, each refused row. */
type ImportFigures = Omit<ImportReport, 'ok' | 'message'>;

/**
 * What a preview or an import answers. A refusal carries empty figures too, so the page draws any
 * answer the same way.
 */
export type ImportAnswer = PageResult<ImportFigures, ImportFigures>;

/** A refused import: the message, and nothing read or written. */
function refusedImportAnswer(message: string): ImportAnswer {
  const { ok: _ok, message: _message, ...figures } = refusedImport(message);
  return refusedWith(figures, message);
}

/**
 * Where the rows come from: `{ csv }` pasted text, or `{ sheetName }` another sheet of this workbook.
 * Text over the import limit is refused whole by parseCsv (never cut), before anything is read.
 */
function sourceOf(request: unknown): ImportSource {
  if (typeof request === 'object' && request !== null) {
    const { csv, sheetName } = request as Record<string, unknown>;
    if (typeof csv === 'string') return parseCsv(csv);
    if (typeof sheetName === 'string') return readSheetAsText(activeSpreadsheet(), sheetName);
  }
  throw new UserFacingError('error.importNoSource');
}

function mappingOf(raw: unknown, source: ImportSource): ImportMapping {
  if (typeof raw !== 'object' || raw === null) return suggestMapping(source.headers);
  const mapping: Record<number, string> = {};
  for (const [index, key] of Object.entries(raw as Record<string, unknown>)) {
    if (/^\d+$/.test(index) && Number(index) < source.headers.length && typeof key === 'string')
      mapping[Number(index)] = key;
  }
  return mapping;
}

/**
 * Appends the ready rows in one block (owned by the importing person unless a row names its owner)
 * and one audit entry per record, as a form save writes. Returns how many were imported.
 */
function importReady(store: TableStore, ready: ImportPlan['ready']): number {
  if (ready.length === 0) return 0;
  const stamp = callerStamp();
  const records = ready.map(({ record }) => record);
  const written = store.appendMany(CLIENTS_TABLE, records, stamp);
  const caller = currentCaller();
  // A deputy importing for the manager they cover is on the record as such, row by row (the
  // caller learnt once: this runs for every row).
  const entries = written.map(({ id }, index) => {
    const record = records[index] ?? {};
    const as = capacityNote(caller, workCapacity(caller, [record.owner]));
    return recordEntry('import', CLIENTS_TABLE.key, id, record, { ...stamp, as });
  });
  appendAudit(store, entries, stamp);
  return written.length;
}

/**
 * Each ready row with its owner: the one it names, else the importing person. A row naming someone
 * not on the team, or (for a manager) anyone but themselves or a manager they cover, is refused
 * with the reason, like a row with a bad field.
 */
function withOwners(
  t: Translator,
  planned: ImportPlan['ready'],
): { ready: ImportPlan['ready']; refusedOwners: { line: number; reasons: string[] }[] } {
  const caller = currentCaller();
  const { team } = currentTeamView();
  const field = t('col.owner');
  const ready: { line: number; record: ImportPlan['ready'][number]['record'] }[] = [];
  const refusedOwners: { line: number; reasons: string[] }[] = [];
  for (const { line, record } of planned) {
    const owner = emailKey(record.owner) || caller.email;
    if (!activeMember(team, owner)) {
      refusedOwners.push({ line, reasons: [t('access.ownerNotOnTeam', { field, email: owner })] });
    } else if (!mayAssignTo(caller, owner)) {
      refusedOwners.push({ line, reasons: [t('access.ownerNotAllowed', { field })] });
    } else {
      ready.push({ line, record: { ...record, owner } });
    }
  }
  return { ready, refusedOwners };
}

function report(
  t: Translator,
  source: ImportSource,
  mapping: ImportMapping,
  write: boolean,
  keepDuplicates: boolean,
): ImportAnswer {
  assertImportSize(source); // refused whole, before the lock and before any read of the table
  return withDocumentLock(() => {
    const store = activeStore();
    const existing = store.readColumns(CLIENTS_TABLE, ['id', 'name', 'email', 'taxNumber']);
    const planned = planClientImport(source, mapping, existing, keepDuplicates);
    const { ready, refusedOwners } = withOwners(t, planned.ready);
    const plan = { ...planned, ready };
    const imported = write ? importReady(store, plan.ready) : 0;
    const message = write
      ? t('import.done', {
          imported,
          rejected: plan.rejected.length + refusedOwners.length,
          duplicates: plan.duplicates.length,
        })
      : t('import.preview', {
          ready: plan.ready.length,
          rejected: plan.rejected.length + refusedOwners.length,
          duplicates: plan.duplicates.length,
        });
    return done(message, {
      headers: source.headers,
      mapping,
      preview: source.rows.slice(0, 5),
      readyCount: plan.ready.length,
      rejected: [
        ...plan.rejected.map(({ line, errors }) => ({
          line,
          reasons: errors.map((error) => describeFieldError(t, CLIENTS_TABLE, error)),
        })),
        ...refusedOwners,
      ]
        .sort((a, b) => a.line - b.line)
        .slice(0, MAX_LISTED),
      duplicates: plan.duplicates.slice(0, MAX_LISTED).map(({ line, matches }) => ({
        line,
        matches: matches.map((m) => `${m.id} ${m.name}`).join('; '),
      })),
      imported,
      sheets: [],
    });
  });
}

function failed(t: Translator, error: unknown): ImportAnswer {
  return refusedImportAnswer(describeFailure(t, error));
}

/** Menu: open the import page. */
export function showImportClients(): void {
  showSidebarPage('Import', currentTranslator()('import.title'));
}

/** The sheets a person may import from (every sheet that is not one of Suki's tables). */
export function listImportSheets(): PageResult<{ sheets: readonly string[] }> {
  try {
    return done('', { sheets: sheetNames(activeSpreadsheet()) });
  } catch (error) {
    return refused(describeFailure(currentTranslator(), error));
  }
}

/**
 * Reads the source and says what an import would do, writing nothing: the headers with a suggested
 * (or the given) mapping, a few rows, how many are ready, and each refused or duplicate row's reason.
 */
export function previewClientImport(request: unknown, mapping?: unknown): ImportAnswer {
  const t = currentTranslator();
  try {
    const source = sourceOf(request);
    return report(t, source, mappingOf(mapping, source), false, false);
  } catch (error) {
    return failed(t, error);
  }
}

/**
 * Imports the ready rows in one block, lists the refused ones with reasons, and audits the import.
 * A mapping the person chose was made for the headers they checked: `options.headers` must still be
 * the source's headers, or nothing is imported (the text was changed after the check).
 */
export function importClients(
  request: unknown,
  mapping: unknown,
  options?: { keepDuplicates?: boolean; headers?: unknown },
): ImportAnswer {
  const t = currentTranslator();
  try {
    const source = sourceOf(request);
    const chosen = typeof mapping === 'object' && mapping !== null;
    if (chosen && JSON.stringify(options?.headers) !== JSON.stringify(source.headers)) {
      throw new UserFacingError('error.importChanged');
    }
    return report(t, source, mappingOf(mapping, source), true, options?.keepDuplicates === true);
  } catch (error) {
    return failed(t, error);
  }
}
