import { LANGUAGE_NAMES, LOCALES, type Locale, type Translator } from '../core/i18n/translate';
import { ALL_TABLES } from '../core/tables/registry';
import { sheetNameLanguage } from '../core/tables/tableLanguage';
import type { TableSpec } from '../core/tables/tableSpec';
import { activeSpreadsheet } from '../gas/activeDocument';
import { withDocumentLock } from '../gas/documentLock';
import { recordTextWriteMode, textWriteModeRecorded } from '../gas/selfCheck/results';
import { probeTextWriteMode } from '../gas/selfCheck/runProbes';
import { askForNumberedChoice } from '../gas/sheetChoice';
import { TableFormats } from '../gas/tableFormats';
import { everyTableClaims, findTableSheet, type SurveyedClaims } from '../gas/tableIdentity';
import { documentPropertiesNow, surveyTables } from '../gas/tableSurvey';
import { withKnownPlaces } from '../gas/teamProtections';
import { alertMessage, toast } from '../gas/ui';
import { readWorkbookLanguage } from '../gas/workbookLanguage';
import { currentCaller } from './access';
import { describeFailure } from './failures';
import { currentLocale, currentTranslator } from './locale';
import { type LockedSetUp, peopleMayWait, placesAfterLock, setUpHoldingLock } from './setupLocked';
import { protectAfterSetUp } from './teamChanges';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * For every table that several sheets claim (a duplicated sheet may carry the table's metadata)
 * with none remembered as the table, asks the person which sheet is the table. Table key → the
 * chosen sheet's ID; a table they did not choose for is left out.
 */
function chooseClaimedSheets(
  claims: ReadonlyMap<string, SurveyedClaims>,
  t: Translator,
): Map<string, number> {
  const chosen = new Map<string, number>();
  for (const table of ALL_TABLES) {
    const { claimants, settled } = claims.get(table.key) ?? { claimants: [], settled: null };
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
function settleWorkbookLanguage(
  spreadsheet: Spreadsheet,
  claims: ReadonlyMap<string, SurveyedClaims>,
  t: Translator,
): Locale {
  const votes = new Map<Locale, number>();
  for (const table of ALL_TABLES) {
    const language = sheetNameLanguage(table, tableSheetName(spreadsheet, claims, table) ?? '');
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
function tableSheetName(
  spreadsheet: Spreadsheet,
  claims: ReadonlyMap<string, SurveyedClaims>,
  table: TableSpec,
): string | null {
  const claim = claims.get(table.key);
  const sheet = claim?.settled ?? claim?.claimants[0] ?? findTableSheet(spreadsheet, table);
  return sheet?.getName() ?? null;
}

/**
 * Brings the protections in line with the heads, on the tables where set-up found them; the notice
 * to show when Sheets refused, else null.
 */
function protectOrSay(t: Translator, done: LockedSetUp): string | null {
  const places = new Map(
    done.tables.flatMap(({ table, result }) =>
      result.sheet
        ? [[table.key, { sheet: result.sheet, columns: { positions: result.positions } }] as const]
        : [],
    ),
  );
  try {
    withKnownPlaces(places, protectAfterSetUp);
    return null;
  } catch (error) {
    return t('setup.protectionsFailed', { detail: describeFailure(t, error) });
  }
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
 * still reads as it did, and the next set-up finishes the relabelling. Only the tables whose
 * structure it must change are set up holding the document lock (setupLocked.ts; the survey before
 * it, tableSurvey.ts, finds which by reads alone); formats, dropdowns and protections follow after
 * it, so a cut-off there leaves them to the next set-up, which finds them not in place.
 */
export function runSetUp(switchTo: Locale | null): boolean {
  const t = currentTranslator();
  try {
    const spreadsheet = activeSpreadsheet();
    // Asked and looked at before the lock is taken: a person may think for a while, and saves must
    // not wait while set-up reads what is already in place.
    const claims = everyTableClaims(spreadsheet);
    const chosen = chooseClaimedSheets(claims, t);
    const properties = documentPropertiesNow();
    const stored = readWorkbookLanguage(properties);
    const asked = switchTo ?? stored.language ?? settleWorkbookLanguage(spreadsheet, claims, t);
    const relabelChoices = stored.choiceCells !== asked;
    const survey = surveyTables(spreadsheet, claims, { language: asked, relabelChoices, properties });
    const plan = { switchTo, asked, survey, chosen, peopleWaiting: peopleMayWait(survey) };
    const done = placesAfterLock(withDocumentLock(() => setUpHoldingLock(spreadsheet, t, plan)));
    // Formats, dropdowns and protections do not interleave with a save: kept after the lock.
    keepFormats(done, properties);
    const protectedNotice = protectOrSay(t, done);
    learnTextWriteMode(spreadsheet);
    const results = done.tables.map((entry) => entry.result);
    const created = results.filter((r) => r.outcome === 'created').length;
    const repaired = results.filter((r) => r.outcome === 'repaired').length;
    const summary = t('toast.setUpDone', { created, repaired });
    const firstHead = done.appointed ? ` ${t('team.firstHead', { email: currentCaller().email })}` : '';
    toast(`${summary}${firstHead}`, t('app.name'));
    const notices = results.flatMap((r) => r.notices);
    if (protectedNotice) notices.push(protectedNotice);
    if (done.peopleNotice) notices.push(done.peopleNotice);
    if (notices.length > 0) alertMessage(notices.join('\n\n'));
    return true;
  } catch (error) {
    alertMessage(describeFailure(t, error));
    return false;
  }
}

/**
 * Each table's formats, dropdowns and header style, set where the cheap check finds them not in
 * place (always on a table set-up just made or repaired).
 */
function keepFormats(done: LockedSetUp, properties: Record<string, string>): void {
  const formats = new TableFormats(properties);
  for (const { table, result, ensured, maxRows } of done.tables) {
    if (!result.sheet) continue;
    formats.keep(result.sheet, table, result.positions, done.language, {
      force: result.outcome !== 'unchanged',
      ...(ensured || maxRows === null ? {} : { maxRows }),
    });
  }
  formats.save();
}
