/**
 * The formats set-up keeps on a table's sheet: each column's number format and dropdown (captions
 * in the workbook's language) on its data rows, and the header row frozen, bold and coloured over
 * Suki's columns. Setting them all costs a few calls per column, so they are set only when a cheap
 * check says they are not in place: what was set last time (a fingerprint of the columns, their
 * positions, formats and captions, with the sheet's row count then, in document property
 * `suki.formats.<table>`) still stands, and the sample rows (the header and row 2, where a paste or
 * a cleared dropdown shows first, and the sheet's last row when the sheet grew since, where rows a
 * growth added would lack them) read as they should, row 2's dropdowns listing the captions. Sheets changes none of these when a save interleaves, so this runs
 * outside the document lock.
 */
import type { Locale } from '../core/i18n/translate';
import { a1Notation } from '../core/tables/a1Notation';
import { choiceCaptions } from '../core/tables/choiceCaptions';
import { sheetFormatFor } from '../core/tables/columnFormats';
import { contiguousRuns } from '../core/tables/columnMatching';
import type { ColumnSpec, TableSpec } from '../core/tables/tableSpec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const HEADER_BACKGROUND = '#1f4e5f';
const HEADER_FONT_COLOR = '#ffffff';
/** Document property prefix: `suki.formats.<table>` is the fingerprint of the formats set-up last set. */
const FORMATS_PROPERTY_PREFIX = 'suki.formats.';

/** The dropdown a column's cells get, as a text (its captions), or null for a column with none. */
function ruleText(column: ColumnSpec, language: Locale): string | null {
  if (column.type === 'choice' && column.choices)
    return `choice\u0001${choiceCaptions(column, language).join('\u0001')}`;
  return column.type === 'date' ? 'date' : null;
}

/** FNV-1a over `text`, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What set-up sets on the table's columns at `positions`, as a short text that changes with any of it. */
function fingerprintOf(table: TableSpec, positions: ReadonlyMap<string, number>, language: Locale): string {
  const parts = table.columns.map((column) => [
    column.key,
    positions.get(column.key) ?? 0,
    sheetFormatFor(column),
    ruleText(column, language),
  ]);
  const text = JSON.stringify([1, parts]);
  return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x9e3779b9)}`;
}

/**
 * Keeps the formats of every table set-up goes through, with one read of the document properties
 * and at most one write of them (save), and each dropdown rule built once.
 */
export class TableFormats {
  private stored: Record<string, string> | null = null;
  private readonly changed: Record<string, string> = {};
  private readonly rules = new Map<string, DataValidation>();

  /** `properties`: the document properties when the caller has just read them (else read on first use). */
  constructor(properties?: Record<string, string>) {
    if (properties) this.stored = properties;
  }

  /**
   * Sets the table's formats, dropdowns and header style unless they are in place (see the module
   * comment); `force` sets them whatever the check says (set-up just changed the sheet). `maxRows`
   * is the sheet's row count when the caller knows it. True when it set them.
   */
  keep(
    sheet: Sheet,
    table: TableSpec,
    positions: ReadonlyMap<string, number>,
    language: Locale,
    options: { readonly force: boolean; readonly maxRows?: number },
  ): boolean {
    if (positions.size === 0) return false;
    const key = `${FORMATS_PROPERTY_PREFIX}${table.key}`;
    const maxRows = options.maxRows ?? sheet.getMaxRows();
    // The fingerprint, and the row count the formats were last known to reach.
    const wanted = `${fingerprintOf(table, positions, language)} ${maxRows}`;
    const [fingerprint, rowsBefore] = (this.properties()[key] ?? '').split(' ');
    const same = fingerprint === wanted.split(' ')[0];
    const applied =
      options.force ||
      !same ||
      !inPlace(sheet, { table, positions, language, maxRows, lastRowToo: rowsBefore !== String(maxRows) });
    if (applied) {
      this.dropdowns(sheet, table, positions, language, maxRows);
      styleHeader(sheet, positions);
    }
    // Number formats every time, whatever the check saw: a paste with formatting in a middle row
    // (which no sample row shows) would make a phone typed there lose its leading zero. A call or
    // two per distinct format, whatever the rows.
    numberFormats(sheet, table, positions, maxRows);
    if (this.properties()[key] !== wanted) this.changed[key] = wanted;
    return applied;
  }

  /** Writes the fingerprints of the formats set since, in one call (none when nothing changed). */
  save(): void {
    if (Object.keys(this.changed).length === 0) return;
    PropertiesService.getDocumentProperties().setProperties(this.changed);
    Object.assign(this.properties(), this.changed);
  }

  private properties(): Record<string, string> {
    if (!this.stored) this.stored = { ...PropertiesService.getDocumentProperties().getProperties() };
    return this.stored;
  }

  /** The dropdown rule of `column` in `language`, built once per set-up. */
  private ruleFor(column: ColumnSpec, language: Locale): DataValidation | null {
    const text = ruleText(column, language);
    if (text === null) return null;
    let rule = this.rules.get(text);
    if (!rule) {
      rule =
        column.type === 'date'
          ? SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).build()
          : SpreadsheetApp.newDataValidation()
              .requireValueInList(choiceCaptions(column, language), true)
              .setAllowInvalid(false)
              .build();
      this.rules.set(text, rule);
    }
    return rule;
  }

  /** The dropdowns of the table's columns over their data cells (rows 2 to the sheet's end), a call each. */
  private dropdowns(
    sheet: Sheet,
    table: TableSpec,
    positions: ReadonlyMap<string, number>,
    language: Locale,
    maxRows: number,
  ): void {
    const rows = maxRows - 1;
    if (rows < 1) return;
    for (const column of table.columns) {
      const position = positions.get(column.key);
      if (position === undefined) continue;
      const rule = this.ruleFor(column, language);
      if (rule) sheet.getRange(2, position, rows, 1).setDataValidation(rule);
    }
  }
}

/** Number formats for the data cells of the table's columns: columns of one format in one call (a RangeList). */
function numberFormats(
  sheet: Sheet,
  table: TableSpec,
  positions: ReadonlyMap<string, number>,
  maxRows: number,
): void {
  const rows = maxRows - 1;
  if (rows < 1) return;
  const byFormat = new Map<string, string[]>();
  for (const column of table.columns) {
    const position = positions.get(column.key);
    if (position === undefined) continue;
    const format = sheetFormatFor(column);
    byFormat.set(format, [...(byFormat.get(format) ?? []), a1Notation(2, position, rows, 1)]);
  }
  for (const [format, notations] of byFormat) sheet.getRangeList(notations).setNumberFormat(format);
}

/** What inPlace checks: the table's columns where they are, and which sample rows to read. */
interface Expected {
  readonly table: TableSpec;
  readonly positions: ReadonlyMap<string, number>;
  readonly language: Locale;
  readonly maxRows: number;
  /** Whether to read the sheet's last row too (it changed since the formats were last known there). */
  readonly lastRowToo: boolean;
}

/**
 * Whether the sample rows read as set-up leaves them: row 1 frozen with the header colour over
 * every Suki column; in row 2 (and the sheet's last row, when the sheet grew or shrank since the
 * formats were last known to reach it), each column's number format, and a dropdown on each column
 * that has one, row 2's listing the column's captions. A few calls, whatever the sheet's size.
 */
function inPlace(sheet: Sheet, expected: Expected): boolean {
  const { table, positions, language, maxRows } = expected;
  if (sheet.getFrozenRows() !== 1) return false;
  const width = Math.max(...positions.values());
  const top = sheet.getRange(1, 1, Math.min(maxRows, 2), width);
  const backgrounds = top.getBackgrounds()[0] ?? [];
  if ([...positions.values()].some((position) => backgrounds[position - 1] !== HEADER_BACKGROUND))
    return false;
  if (maxRows < 2) return true;
  const samples = [{ formats: top.getNumberFormats()[1], rules: top.getDataValidations()[1] }];
  if (maxRows > 2 && expected.lastRowToo) {
    const last = sheet.getRange(maxRows, 1, 1, width);
    samples.push({ formats: last.getNumberFormats()[0], rules: last.getDataValidations()[0] });
  }
  const present = samples.every(({ formats = [], rules = [] }) =>
    table.columns.every((column) => {
      const position = positions.get(column.key);
      if (position === undefined) return true;
      if (formats[position - 1] !== sheetFormatFor(column)) return false;
      return ruleText(column, language) === null || (rules[position - 1] ?? null) !== null;
    }),
  );
  return present && rowTwoListsRight(table, positions, language, samples[0]?.rules ?? []);
}

/** Whether each dropdown of row 2 lists the column's captions in `language` (one call per dropdown). */
function rowTwoListsRight(
  table: TableSpec,
  positions: ReadonlyMap<string, number>,
  language: Locale,
  rules: readonly (DataValidation | null)[],
): boolean {
  return table.columns.every((column) => {
    const position = positions.get(column.key);
    if (position === undefined || column.type !== 'choice' || !column.choices) return true;
    const listed = rules[position - 1]?.getCriteriaValues()[0];
    return JSON.stringify(listed) === JSON.stringify(choiceCaptions(column, language));
  });
}

/** Row 1 frozen; bold, coloured header cells over Suki's own columns only, one range per run. */
function styleHeader(sheet: Sheet, positions: ReadonlyMap<string, number>): void {
  sheet.setFrozenRows(1);
  // The emulator's RangeList (workbench/emulator/rangeList.ts) has no font or background setters yet.
  for (const run of contiguousRuns(positions)) {
    sheet
      .getRange(1, run.start, 1, run.keys.length)
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND)
      .setFontColor(HEADER_FONT_COLOR);
  }
}
