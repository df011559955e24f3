/**
 * The part of "Set up workbook" that holds the document lock (issue #15: a hand edit waits only a
 * few seconds for it): the workbook's language settled, and only the tables set-up must change in
 * structure (setup's survey says which) set up by ensureTable; then My day's highlight, the first
 * head, and the contact persons moved into People when some are waiting.
 */
import type { Locale, Translator } from '../core/i18n/translate';
import { headerNamesEveryColumn } from '../core/tables/columnMatching';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import type { TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE, TEAM_TABLE } from '../core/tables/teamTables';
import { activeStore } from '../gas/activeDocument';
import { headerRange } from '../gas/sheetPlace';
import { isAmbiguousTableError } from '../gas/tableIdentity';
import { locateTable } from '../gas/tableLocator';
import { ensureTable, type TableSetupResult } from '../gas/tableSetup';
import type { TableSurvey } from '../gas/tableSurvey';
import {
  markChoiceCellsRelabelled,
  readWorkbookLanguage,
  storeWorkbookLanguage,
} from '../gas/workbookLanguage';
import { callerStamp } from './access';
import { highlightOverdueContacts } from './myDayHighlight';
import { movePrimaryPeople, primaryPeopleWaiting } from './peopleSetup';
import { appointFirstHead } from './teamChanges';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What set-up found before the lock, and what the person asked. */
interface SetUpPlan {
  /** The language a head is switching the workbook to, else null. */
  readonly switchTo: Locale | null;
  /** The language the survey assumed. */
  readonly asked: Locale;
  /** Every table's survey, in ALL_TABLES' order. */
  readonly survey: readonly TableSurvey[];
  /** The sheet the person chose for each table several sheets claim. */
  readonly chosen: ReadonlyMap<string, number>;
  /** Whether contact persons may be waiting to move into People (true when it could not be told). */
  readonly peopleWaiting: boolean;
}

/** One table after the locked part: what set-up did, and whether ensureTable ran for it. */
interface TableDone {
  readonly table: TableSpec;
  readonly result: TableSetupResult;
  readonly ensured: boolean;
  /** The sheet's row count as the survey read it (null when ensured: it may have changed). */
  readonly maxRows: number | null;
}

/** What the locked part did. */
export interface LockedSetUp {
  readonly language: Locale;
  readonly tables: readonly TableDone[];
  readonly appointed: boolean;
  readonly peopleNotice: string | null;
}

/**
 * Whether contact persons may wait to move into People, read before the lock: only when both
 * tables are in place can it be told (else set-up makes them holding the lock and looks there).
 */
export function peopleMayWait(survey: readonly TableSurvey[]): boolean {
  const inPlace = (key: string) => survey.some((entry) => entry.table.key === key && !entry.needsLock);
  if (!inPlace('clients') || !inPlace('people')) return true;
  return primaryPeopleWaiting(activeStore());
}

/** The survey's table as it stands: nothing to change in its structure. */
function asSurveyed(survey: TableSurvey): TableDone | null {
  if (survey.needsLock || !survey.located) return null;
  const result = {
    outcome: 'unchanged',
    notices: [],
    sheet: survey.located.sheet,
    positions: survey.located.columns.positions,
  } as const;
  return { table: survey.table, result, ensured: false, maxRows: survey.maxRows };
}

/**
 * Runs inside the document lock: settles the language (a head may have switched it while this one
 * waited; stored through this action's write session, so its own writes use the captions too), sets
 * up the tables the survey found changes for (all of them when the language differs from what it
 * assumed, or choice cells are to be relabelled), and remembers their places again.
 */
export function setUpHoldingLock(spreadsheet: Spreadsheet, t: Translator, plan: SetUpPlan): LockedSetUp {
  const state = readWorkbookLanguage();
  const language = plan.switchTo ?? state.language ?? plan.asked;
  if (state.language !== language) storeWorkbookLanguage(language);
  const relabelChoices = state.choiceCells !== language;
  const redoAll = relabelChoices || language !== plan.asked;
  const tables = plan.survey.map(
    (survey): TableDone =>
      (!redoAll && asSurveyed(survey)) || {
        table: survey.table,
        result: ensureTable(spreadsheet, survey.table, t, {
          language,
          relabelChoices,
          chosenSheetId: plan.chosen.get(survey.table.key),
        }),
        ensured: true,
        maxRows: null,
      },
  );
  // Every choice cell is in the workbook's words once every table was set up.
  if (relabelChoices && tables.every(({ result }) => result.outcome !== 'notChosen'))
    markChoiceCellsRelabelled(language);
  // Remember the places set-up changed now, so the first save of the day does not pay for the search.
  for (const { table, ensured } of tables) if (ensured) rememberPlace(spreadsheet, table);
  // My day's overdue contacts stand out in the sheet; a moved column gets its rule written again.
  highlightOverdueContacts(spreadsheet);
  // The first person to set the workbook up is its first head.
  const appointed = appointFirstHead();
  const peopleNotice =
    plan.peopleWaiting && peopleReady(tables) ? movePrimaryPeople(activeStore(), callerStamp(), t) : null;
  // A table written here may have grown since the survey read its size.
  const grown = new Set([...(appointed ? [TEAM_TABLE.key, AUDIT_LOG_TABLE.key] : [])]);
  if (peopleNotice) grown.add(PEOPLE_TABLE.key).add(AUDIT_LOG_TABLE.key);
  const sized = tables.map((entry) => (grown.has(entry.table.key) ? { ...entry, maxRows: null } : entry));
  return { language, tables: sized, appointed, peopleNotice };
}

function rememberPlace(spreadsheet: Spreadsheet, table: TableSpec): void {
  try {
    locateTable(spreadsheet, table);
  } catch (error) {
    // A table still claimed by several sheets is refused by every save; set-up goes on.
    if (!isAmbiguousTableError(error)) throw error;
  }
}

/** Whether set-up settled the Clients and People tables (both are read to move contact persons). */
function peopleReady(tables: readonly TableDone[]): boolean {
  const outcomeOf = (key: string) => tables.find((entry) => entry.table.key === key)?.result.outcome;
  return outcomeOf('clients') !== 'notChosen' && outcomeOf('people') !== 'notChosen';
}

/**
 * After the lock, before formats and protections are placed by column: each table as its header
 * row reads now (one read of row 1). A table whose columns a person inserted, moved or renamed
 * meanwhile is located afresh; one that cannot be is left without them until the next set-up.
 */
export function placesAfterLock(done: LockedSetUp): LockedSetUp {
  const store = activeStore();
  const tables = done.tables.map((entry): TableDone => {
    const { sheet, positions } = entry.result;
    if (!sheet) return entry;
    const row = headerRange(sheet).getValues()[0] ?? [];
    if (headerNamesEveryColumn(entry.table, positions, row)) return entry;
    try {
      const located = store.locate(entry.table);
      const result = { ...entry.result, sheet: located.sheet, positions: located.columns.positions };
      return { ...entry, result, maxRows: null };
    } catch {
      return { ...entry, result: { ...entry.result, sheet: null } };
    }
  });
  return { ...done, tables };
}
