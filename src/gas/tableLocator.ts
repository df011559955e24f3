/**
 * Where a table is now: its sheet (see tableIdentity.ts) and the position of each of its columns,
 * remembered from an earlier execution (tablePlaceCache.ts) while the header row is unchanged, else
 * found by header text and checked against the columns' metadata in a few calls, else found by
 * reading every column's metadata.
 */
import { allTranslations } from '../core/i18n/translate';
import {
  type ColumnMap,
  headerNamesColumns,
  matchColumns,
  normalizeLabel,
  type TaggedColumn,
} from '../core/tables/columnMatching';
import type { TableSpec } from '../core/tables/tableSpec';
import { COLUMN_METADATA_KEY } from './metadataKeys';
import { readPlace, readWholePlace, type SheetPlace, trimmedTexts, withPlace } from './sheetPlace';
import { rememberTableSheet, resolveTableSheet } from './tableIdentity';
import {
  coversTable,
  headerTexts,
  type PlaceCache,
  PlaceMemory,
  type RememberedPlace,
} from './tablePlaceCache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A table's sheet as found now, with where its columns are. */
export interface LocatedTable {
  readonly sheet: Sheet;
  /** The sheet's ID (known to the locate without a call). */
  readonly sheetId: number;
  readonly columns: ColumnMap;
  /** The header row's values, as wide as the sheet's content. */
  readonly headerRow: readonly unknown[];
  readonly lastRow: number;
  readonly lastColumn: number;
  /** Row 1 holds the table's column names (people may insert rows above it; Suki needs it there). */
  readonly headerInPlace: boolean;
  /**
   * The rows below the header, as wide as the sheet's content, when the locate read the whole sheet
   * with its header (a small table: see locateTable's `whole`); read once, for the caller to use at once.
   */
  readonly block?: readonly (readonly unknown[])[];
}

/** More columns than this unfound by their header text, and every column's metadata is read instead. */
const MAX_LOOKUPS = 3;
/** More columns than this to check against their metadata, and every column's metadata is read instead. */
const MAX_CHECKS = 4;

/** The Suki columns tagged on a sheet, with their current positions: a few calls per column. */
function taggedColumns(sheet: Sheet): TaggedColumn[] {
  const found = sheet
    .createDeveloperMetadataFinder()
    .withKey(COLUMN_METADATA_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
    .find();
  const columns: TaggedColumn[] = [];
  for (const metadata of found) {
    const column = metadata.getLocation().getColumn();
    if (column) columns.push({ columnKey: metadata.getValue() ?? '', position: column.getColumn() });
  }
  return columns;
}

const sameHeader = (place: SheetPlace, remembered: RememberedPlace) =>
  JSON.stringify(trimmedTexts(place.headerRow)) === JSON.stringify(trimmedTexts(remembered.header));

/** 1 → 'A', 28 → 'AB'. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Whether column `position` carries exactly one `suki.column = key` tag: five calls. */
function columnCarries(sheet: Sheet, position: number, key: string): boolean {
  const letters = columnLetters(position);
  const tags = sheet
    .getRange(`${letters}:${letters}`)
    .createDeveloperMetadataFinder()
    .withKey(COLUMN_METADATA_KEY)
    .withValue(key)
    .find();
  return tags.length === 1;
}

/** Where `key`'s one column tag is: null when none, 'unclear' when several or not on a column. */
function taggedPosition(sheet: Sheet, key: string): number | null | 'unclear' {
  const tags = sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).withValue(key).find();
  if (tags.length === 0) return null;
  const column = tags.length === 1 ? tags[0]?.getLocation().getColumn() : null;
  return column ? column.getColumn() : 'unclear';
}

/** A column not found by one header text, and whether several header cells name it. */
interface Unfound {
  readonly key: string;
  readonly named: boolean;
}

/**
 * Each column's position by the one header cell that names it: its label in any language, or the
 * text its header had in `baseline` (a header a person renamed). A column named by no cell or by
 * several, or whose cell another column claims too, is left unfound.
 */
function positionsByText(table: TableSpec, headerRow: readonly unknown[], baseline: RememberedPlace | null) {
  const texts = headerRow.map(normalizeLabel);
  const was = new Map(baseline?.positions ?? []);
  const found = new Map<string, number>();
  const unfound: Unfound[] = [];
  for (const column of table.columns) {
    const names = new Set(allTranslations(column.label).map(normalizeLabel));
    const before = was.get(column.key);
    const oldText = before === undefined ? '' : normalizeLabel(baseline?.header[before - 1]);
    if (oldText !== '') names.add(oldText);
    const cells = texts.flatMap((text, i) => (text !== '' && names.has(text) ? [i + 1] : []));
    if (cells.length === 1) found.set(column.key, cells[0] as number);
    else unfound.push({ key: column.key, named: cells.length > 1 });
  }
  const claimants = new Map<number, string[]>();
  for (const [key, position] of found) claimants.set(position, [...(claimants.get(position) ?? []), key]);
  for (const keys of claimants.values()) {
    if (keys.length < 2) continue;
    for (const key of keys) {
      found.delete(key);
      unfound.push({ key, named: true });
    }
  }
  return { found, unfound };
}

/**
 * Which positions found by text to check against metadata: none where a column is where
 * `baseline` had it; of the others, grouped into runs that moved together (adjacent now and
 * adjacent before, or next to each other in the table's own order when there is no baseline), the
 * first of each run. A column insert or delete moves one run, a column moved elsewhere two; labels
 * swapped between columns (their data left in place) break runs, so each is checked and caught.
 */
function checksFor(
  table: TableSpec,
  found: ReadonlyMap<string, number>,
  baseline: RememberedPlace | null,
): [string, number][] {
  const was = new Map(baseline?.positions ?? []);
  const order = new Map(table.columns.map((column, index) => [column.key, index]));
  const moved = [...found].filter(([key, position]) => was.get(key) !== position).sort((a, b) => a[1] - b[1]);
  const follows = ([a, at]: [string, number], [b, bt]: [string, number]) => {
    if (bt !== at + 1) return false;
    const [wasA, wasB] = [was.get(a), was.get(b)];
    if (wasA !== undefined && wasB !== undefined) return wasB === wasA + 1;
    return order.get(b) === (order.get(a) ?? -2) + 1;
  };
  return moved.filter((entry, index) => {
    const previous = moved[index - 1];
    return !previous || !follows(previous, entry);
  });
}

/**
 * The columns found by header text, each position checked against metadata where it moved (see
 * checksFor) and each column no single header names looked up by its own metadata: a number of
 * calls that does not grow with the columns. Null when that cannot settle it (many columns unfound
 * or moved, a check failed, two tags): then every column's metadata decides.
 */
function columnsByText(
  sheet: Sheet,
  table: TableSpec,
  headerRow: readonly unknown[],
  baseline: RememberedPlace | null,
): ColumnMap | null {
  const { found, unfound } = positionsByText(table, headerRow, baseline);
  const checks = checksFor(table, found, baseline);
  if (unfound.length > MAX_LOOKUPS || checks.length > MAX_CHECKS) return null;
  const positions = new Map(found);
  const claimed = new Set(found.values());
  const missing = new Set<string>();
  for (const { key, named } of unfound) {
    const position = taggedPosition(sheet, key);
    if (position === null && !named) {
      missing.add(key);
      continue;
    }
    if (typeof position !== 'number' || claimed.has(position)) return null;
    positions.set(key, position);
    claimed.add(position);
  }
  if (!checks.every(([key, position]) => columnCarries(sheet, position, key))) return null;
  return { positions, missing: table.columns.map((column) => column.key).filter((key) => missing.has(key)) };
}

/**
 * Searches a sheet for the table's columns (by text, checked; else by every column's metadata, then
 * header text) and remembers the place found. A place that cannot be remembered forgets the old
 * one, which may be another sheet's.
 */
function searchTableOnSheet(
  sheet: Sheet,
  sheetId: number,
  table: TableSpec,
  memory: PlaceMemory,
  place: SheetPlace,
  baseline: RememberedPlace | null,
): LocatedTable {
  const columns =
    columnsByText(sheet, table, place.headerRow, baseline) ??
    matchColumns(table, taggedColumns(sheet), place.headerRow);
  const headerInPlace = headerNamesColumns(table, columns.positions, place.headerRow);
  // Two equal header texts would let a swap of those columns pass unseen: such a sheet is not remembered.
  if (columns.missing.length === 0 && headerInPlace && !hasRepeatedText(place.headerRow)) {
    memory.remember({
      sheetId,
      header: trimmedTexts(place.headerRow),
      positions: [...columns.positions],
    });
  } else {
    memory.forget();
  }
  return withPlace(place, { sheet, sheetId, columns, headerInPlace });
}

/** The sheets and header rows a locate has read, so none is read twice. */
class SheetReads {
  private readonly sheets = new Map<number, Sheet | null>();
  private readonly places = new Map<number, SheetPlace>();

  constructor(
    private readonly spreadsheet: Spreadsheet | null,
    private readonly whole = false,
  ) {}

  sheet(id: number): Sheet | null {
    if (!this.sheets.has(id)) this.sheets.set(id, this.spreadsheet?.getSheetById(id) ?? null);
    return this.sheets.get(id) ?? null;
  }

  place(id: number, sheet: Sheet): SheetPlace {
    let place = this.places.get(id);
    if (!place) {
      place = this.whole ? readWholePlace(sheet) : readPlace(sheet);
      this.places.set(id, place);
    }
    return place;
  }

  known(id: number, sheet: Sheet): void {
    this.sheets.set(id, sheet);
  }
}

/**
 * The first remembered place (of `onSheet` only, when given) whose sheet's header row is exactly
 * as it was, as located; it is remembered again where a store lacked it. Also the first remembered
 * place of each sheet, as the baseline of a search there.
 */
function warmPlace(
  table: TableSpec,
  memory: PlaceMemory,
  reads: SheetReads,
  onSheet?: number,
): { located: LocatedTable | null; baselines: Map<number, RememberedPlace> } {
  const baselines = new Map<number, RememberedPlace>();
  for (const remembered of memory.candidates()) {
    if (onSheet !== undefined && remembered.sheetId !== onSheet) continue;
    const sheet = reads.sheet(remembered.sheetId);
    if (!sheet) continue;
    if (!baselines.has(remembered.sheetId)) baselines.set(remembered.sheetId, remembered);
    if (!coversTable(remembered, table)) continue;
    const place = reads.place(remembered.sheetId, sheet);
    if (!sameHeader(place, remembered)) continue;
    memory.remember(remembered);
    const columns = { positions: new Map(remembered.positions), missing: [] };
    const sheetId = remembered.sheetId;
    return { located: withPlace(place, { sheet, sheetId, columns, headerInPlace: true }), baselines };
  }
  return { located: null, baselines };
}

/**
 * The table's columns on `sheet`, which the caller (set-up) has decided is the table's: the
 * remembered place when it is this sheet's and its header row is unchanged, else a fresh search,
 * remembered in place of whatever was remembered before.
 */
export function locateTableOnSheet(sheet: Sheet, table: TableSpec): LocatedTable {
  const memory = new PlaceMemory(table);
  const id = sheet.getSheetId();
  const reads = new SheetReads(null);
  reads.known(id, sheet);
  const { located, baselines } = warmPlace(table, memory, reads, id);
  return (
    located ?? searchTableOnSheet(sheet, id, table, memory, reads.place(id, sheet), baselines.get(id) ?? null)
  );
}

/**
 * Finds a table's sheet and columns. Metadata is the truth, but reading every column's costs a few
 * calls per column, so the positions found are remembered (in document properties, and in the
 * document cache for reads outside the lock) with the header row they were found under. A later
 * call that reads the very same header row in the same sheet reuses them; any move, insert or
 * delete of a column changes the header row and so forces a search, which finds the columns by
 * header text and checks the ones that moved against their metadata. Either way the cost does not
 * depend on the number of rows, nor, but for a header row people changed beyond recognition, on
 * the number of columns. The remembered place also keeps the table's identity: a copy of its sheet
 * made since (which may carry its metadata) is ignored. Throws when several sheets claim the table
 * and none is remembered (see findTableSheet). `shared`: the execution's one read of the document
 * cache. `whole`: for a small table, the sheet's content is read whole with its header row, one
 * call (the rows below the header come back as `block`).
 */
export function locateTable(
  spreadsheet: Spreadsheet,
  table: TableSpec,
  shared?: PlaceCache,
  whole = false,
): LocatedTable | null {
  const memory = new PlaceMemory(table, shared);
  const reads = new SheetReads(spreadsheet, whole);
  const { located, baselines } = warmPlace(table, memory, reads);
  if (located) return located;
  // The sheet set-up remembers as the table's is still it when only its header changed.
  for (const [id, baseline] of baselines) {
    const sheet = reads.sheet(id);
    if (sheet && memory.isTableSheet(id))
      return searchTableOnSheet(sheet, id, table, memory, reads.place(id, sheet), baseline);
  }
  const found = resolveTableSheet(spreadsheet, table);
  if (!found) return null;
  const id = found.sheet.getSheetId();
  // The only tagged sheet is the table: remember it, so a copy made later is told apart even after
  // the cached place expires.
  if (found.tagged) {
    rememberTableSheet(table, id);
    memory.noteTableSheet(id);
  }
  const place = reads.place(id, found.sheet);
  return searchTableOnSheet(found.sheet, id, table, memory, place, baselines.get(id) ?? null);
}

function hasRepeatedText(headerRow: readonly unknown[]): boolean {
  const texts = headerTexts(headerRow).filter((text) => text.trim() !== '');
  return new Set(texts.map((text) => text.trim().toLowerCase())).size !== texts.length;
}
