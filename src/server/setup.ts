import { LANGUAGE_NAMES, LOCALES, type Locale, type Translator } from '../core/i18n/translate';
import { ALL_TABLES } from '../core/tables/registry';
import { sheetNameLanguage } from '../core/tables/tableLanguage';
import type { TableSpec } from '../core/tables/tableSpec';
import { activeSpreadsheet, activeStore } from '../gas/activeDocument';
import { withDocumentLock } from '../gas/documentLock';
import { recordTextWriteMode, textWriteModeRecorded } from '../gas/selfCheck/results';
import { probeTextWriteMode } from '../gas/selfCheck/runProbes';
import { askForNumberedChoice } from '../gas/sheetChoice';
import { findTableSheet, isAmbiguousTableError, tableClaims } from '../gas/tableIdentity';
import { locateTable } from '../gas/tableLocator';
import { ensureTable } from '../gas/tableSetup';
import { alertMessage, toast } from '../gas/ui';
import {
  markChoiceCellsRelabelled,
  readWorkbookLanguage,
  storeWorkbookLanguage,
} from '../gas/workbookLanguage';
import { callerStamp, currentCaller } from './access';
import { describeFailure } from './failures';
import { currentLocale, currentTranslator } from './locale';
import { highlightOverdueContacts } from './myDayHighlight';
import { movePrimaryPeople } from './peopleSetup';
import { appointFirstHead, protectAfterSetUp } from './teamChanges';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * For every table that several sheets claim (a duplicated sheet may carry the table's metadata)
 * with none remembered as the table, asks the person which sheet is the table. Table key → the
 * chosen sheet's ID; a table they did not choose for is left out.
 */
function chooseClaimedSheets(spreadsheet: Spreadsheet, t: Translator): Map<string, number> {
  const chosen = new Map<string, number>();
  for (const table of ALL_TABLES) {
    const { claimants, settled } = tableClaims(spreadsheet, table);
    if (claimants.length < 2 || settled) continue;
    const choices = claimants.map((sheet, i) => `${i + 1}. "${sheet.getName()}"`).join(', ');
    const index = askForNumberedChoice(
      t('setup.chooseTitle', { table: t(table.sheetLabel) }),
      t('setup.choosePrompt', { table: t(table.sheetLabel), choices }),
      claimants.length,
    );
    const sheet = index === null ? undefined : claimants[index];
    if (sheet) chosen.set(table.key, sheet.getSheetId());
  }
  return chosen;
}

/**
 * The first set-up of a spreadsheet finds out, in a temporary sheet, how text must be written here
 * to be kept exactly as typed, so Suki is right from the first save whichever way Sheets behaves
 * (Help › Check this spreadsheet tells the person more). Later set-ups keep what was found.
 */
function learnTextWriteMode(spreadsheet: Spreadsheet): void {
  if (textWriteModeRecorded()) return;
  const mode = probeTextWriteMode(spreadsheet);
  if (mode) recordTextWriteMode(mode);
}

/**
 * The language of a workbook set-up has not settled one for: the one most of its table sheets are
 * named in (a workbook set up before languages were chosen); else, for a new workbook or one whose
 * sheets all carry names of their own, the one the person chooses now, their own when they cancel.
 */
function settleWorkbookLanguage(spreadsheet: Spreadsheet, t: Translator): Locale {
  const votes = new Map<Locale, number>();
  for (const table of ALL_TABLES) {
    const language = sheetNameLanguage(table, tableSheetName(spreadsheet, table) ?? '');
    if (language) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  const [named] = [...votes].sort((a, b) => b[1] - a[1]);
  if (named) return named[0];
  const own = currentLocale();
  const choices = LOCALES.map((locale, i) => `${i + 1}. ${LANGUAGE_NAMES[locale]}`).join('\n');
  const index = askForNumberedChoice(
    t('setup.languageTitle'),
    t('setup.languagePrompt', { choices, own: LANGUAGE_NAMES[own] }),
    LOCALES.length,
  );
  return (index === null ? undefined : LOCALES[index]) ?? own;
}

/** The name of the table's sheet, or null when it has none (copies claiming it: the first one's). */
function tableSheetName(spreadsheet: Spreadsheet, table: TableSpec): string | null {
  try {
    return findTableSheet(spreadsheet, table)?.getName() ?? null;
  } catch (error) {
    if (!isAmbiguousTableError(error)) throw error;
    return tableClaims(spreadsheet, table).claimants[0]?.getName() ?? null;
  }
}

/** Brings the protections in line with the heads; the notice to show when Sheets refused, else null. */
function protectOrSay(t: Translator): string | null {
  try {
    protectAfterSetUp();
    return null;
  } catch (error) {
    return t('setup.protectionsFailed', { detail: describeFailure(t, error) });
  }
}

/** Whether set-up settled the Clients and People tables (both are read to move contact persons). */
function peopleReady(results: readonly { outcome: string }[]): boolean {
  const outcomeOf = (key: string) => results[ALL_TABLES.findIndex((table) => table.key === key)]?.outcome;
  return outcomeOf('clients') !== 'notChosen' && outcomeOf('people') !== 'notChosen';
}

/**
 * Menu: create every Suki table, or repair the ones people changed. Never changes what a data row
 * says, and never takes a report or a person's sheet that merely has a table's name: the table gets
 * a free name instead, and the person is told. The first set-up asks the person running it the
 * workbook's language and makes them the team's head; every set-up brings the sheets' names,
 * headers and dropdowns in line with that language, and the protections in line with the heads.
 */
export function setUpWorkbook(): void {
  runSetUp(null);
}

/**
 * Set-up in the workbook's language: `switchTo` when a head is switching it, else the one stored
 * (asked or inferred when there is none, see settleWorkbookLanguage). True when it ran; false when
 * it failed (the person was told why): refused before the lock (the document busy), the workbook's
 * language is as it was; cut off part-way through a switch, the new language stands, every cell
 * still reads as it did, and the next set-up finishes the relabelling.
 */
export function runSetUp(switchTo: Locale | null): boolean {
  const t = currentTranslator();
  try {
    const spreadsheet = activeSpreadsheet();
    // Asked before the lock is taken: a person may think for a while, and saves must not wait.
    const chosen = chooseClaimedSheets(spreadsheet, t);
    const asked = switchTo ?? readWorkbookLanguage().language ?? settleWorkbookLanguage(spreadsheet, t);
    const { results, appointed, protectedNotice, peopleNotice } = withDocumentLock(() => {
      // Settled holding the lock (a head may have switched it while this one waited), and stored
      // through this action's write session, so its own writes use the captions too.
      const state = readWorkbookLanguage();
      const language = switchTo ?? state.language ?? asked;
      if (state.language !== language) storeWorkbookLanguage(language);
      const relabelChoices = state.choiceCells !== language;
      const results = ALL_TABLES.map((table) =>
        ensureTable(spreadsheet, table, t, {
          language,
          relabelChoices,
          chosenSheetId: chosen.get(table.key),
        }),
      );
      // Every choice cell is in the workbook's words once every table was set up.
      if (relabelChoices && results.every((result) => result.outcome !== 'notChosen'))
        markChoiceCellsRelabelled(language);
      // Remember each table's place now, so the first save of the day does not pay for the search.
      for (const table of ALL_TABLES) {
        try {
          locateTable(spreadsheet, table);
        } catch (error) {
          // A table still claimed by several sheets is refused by every save; set-up goes on.
          if (!isAmbiguousTableError(error)) throw error;
        }
      }
      // My day's overdue contacts stand out in the sheet; a moved column gets its rule written again.
      highlightOverdueContacts(spreadsheet);
      // The first person to set the workbook up is its first head; protections follow the heads.
      const appointed = appointFirstHead();
      const peopleNotice = peopleReady(results) ? movePrimaryPeople(activeStore(), callerStamp(), t) : null;
      // Protections are Sheets' help, not the data's safety: one that cannot be set is reported.
      const protectedNotice = protectOrSay(t);
      return { results, appointed, protectedNotice, peopleNotice };
    });
    learnTextWriteMode(spreadsheet);
    const created = results.filter((r) => r.outcome === 'created').length;
    const repaired = results.filter((r) => r.outcome === 'repaired').length;
    const summary = t('toast.setUpDone', { created, repaired });
    const firstHead = appointed ? ` ${t('team.firstHead', { email: currentCaller().email })}` : '';
    toast(`${summary}${firstHead}`, t('app.name'));
    const notices = results.flatMap((r) => r.notices);
    if (protectedNotice) notices.push(protectedNotice);
    if (peopleNotice) notices.push(peopleNotice);
    if (notices.length > 0) alertMessage(notices.join('\n\n'));
    return true;
  } catch (error) {
    alertMessage(describeFailure(t, error));
    return false;
  }
}
