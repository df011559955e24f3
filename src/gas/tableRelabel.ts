/**
 * Puts a table's sheet in the workbook's language (issue #14): its name, the headers of Suki's
 * columns and the captions in its choice cells. Values keep their meaning: a choice cell reads as
 * the same choice in any language (core/tables/choiceCaptions.ts), so a relabelling cut off half-way
 * loses nothing and the next set-up finishes it.
 */
import type { Locale } from '../core/i18n/translate';
import { contiguousRuns } from '../core/tables/columnMatching';
import {
  captionReplacements,
  headersToRelabel,
  sukiSheetName,
  tableSheetNameIn,
} from '../core/tables/tableLanguage';
import type { TableSpec } from '../core/tables/tableSpec';
import type { LocatedTable } from './tableLocator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** `wanted` when no sheet has it, else "<wanted> (Suki)", "<wanted> (Suki 2)"…: never a person's sheet. */
export function freeSheetName(spreadsheet: Spreadsheet, wanted: string): string {
  let name = wanted;
  for (let n = 1; spreadsheet.getSheetByName(name); n++) name = sukiSheetName(wanted, n);
  return name;
}

/** Renames the sheet to the table's name in `language` when Suki named it in another; true when it did. */
export function renameTableSheet(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  table: TableSpec,
  language: Locale,
): boolean {
  const wanted = tableSheetNameIn(table, sheet.getName(), language);
  if (wanted === null) return false;
  sheet.setName(freeSheetName(spreadsheet, wanted));
  return true;
}

/**
 * Rewrites in `language` the headers of Suki's columns that carry their name in another language,
 * one write per run of adjacent headers; true when it changed any.
 */
export function relabelHeaders(
  sheet: Sheet,
  table: TableSpec,
  located: LocatedTable,
  language: Locale,
): boolean {
  const changes = headersToRelabel(table, located.columns.positions, located.headerRow, language);
  if (changes.size === 0) return false;
  const runs = contiguousRuns(new Map([...changes.keys()].map((position) => [String(position), position])));
  for (const run of runs) {
    // An apostrophe keeps a header text even where it looks like a number or a formula.
    const labels = run.keys.map((key) => `'${changes.get(Number(key)) ?? ''}`);
    sheet.getRange(1, run.start, 1, labels.length).setValues([labels]);
  }
  return true;
}

/**
 * Rewrites every choice cell of the table's data rows into `language`'s captions: Sheets replaces
 * each key or other-language caption, as a whole cell and whatever its case, in one call per form (no cell is read or
 * written back, so an edit a person makes meanwhile is never overwritten). The cells replaced.
 */
export function relabelChoiceCells(
  sheet: Sheet,
  table: TableSpec,
  positions: ReadonlyMap<string, number>,
  language: Locale,
): number {
  const rows = sheet.getLastRow() - 1;
  if (rows < 1) return 0;
  let replaced = 0;
  for (const column of table.columns) {
    const position = positions.get(column.key);
    if (column.type !== 'choice' || position === undefined) continue;
    const cells = sheet.getRange(2, position, rows, 1);
    for (const { from, to } of captionReplacements(column, language)) {
      // Case-blind, as choices are read: "ACTIVE" pasted long ago is relabelled too. No two forms of
      // different choices differ only in case (test/unit/workbookLanguage.test.ts).
      replaced += cells.createTextFinder(from).matchEntireCell(true).replaceAllWith(to);
    }
  }
  return replaced;
}
