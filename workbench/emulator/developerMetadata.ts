/**
 * Developer metadata on the spreadsheet, sheets, rows and columns, and the finder. Suki finds its
 * tables by this metadata, so row/column metadata moves with inserts and moves (structure.ts).
 */
import { asGas, type EmulatorContext } from './context';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName, isEnumValue } from './enums';
import { rangeOf, sheetOf, spreadsheetOf } from './handles';
import { contains, intersects, type MetadataRecord, metadataRect, type Rect, sheetById } from './model';
import { rectOf } from './rangeBase';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type Location = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** Adds a record for add*DeveloperMetadata(key), (key, value), (key, visibility), (key, value, visibility). */
export function addMetadata(
  ctx: EmulatorContext,
  location: Pick<MetadataRecord, 'type' | 'start' | 'count' | 'sheetId'>,
  key: string,
  valueOrVisibility?: unknown,
  visibility?: unknown,
): void {
  if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
  const secondIsVisibility = visibility === undefined && isEnumValue(valueOrVisibility);
  const record: MetadataRecord = {
    id: ctx.book.nextId++,
    key,
    value: valueOrVisibility === undefined || secondIsVisibility ? null : String(valueOrVisibility),
    visibility: enumName(secondIsVisibility ? valueOrVisibility : (visibility ?? 'DOCUMENT')),
    ...location,
  };
  ctx.book.metadata.push(record);
}

/**
 * Copies every metadata record on sheet `fromSheetId` (the sheet's own, its rows' and its columns')
 * onto `toSheetId`, with fresh IDs: what a duplicated sheet carries, on the stricter assumption
 * that Sheets copies developer metadata with the sheet (Google does not document it).
 */
export function copySheetMetadata(ctx: EmulatorContext, fromSheetId: number, toSheetId: number): void {
  const copies = ctx.book.metadata
    .filter((md) => md.sheetId === fromSheetId)
    .map((md) => ({ ...md, id: ctx.book.nextId++, sheetId: toSheetId }));
  ctx.book.metadata.push(...copies);
}

/** One metadata record, live: changes through it change the book. */
export class FakeMetadata
  implements
    Pick<
      DeveloperMetadata,
      | 'getId'
      | 'getKey'
      | 'getValue'
      | 'getVisibility'
      | 'getLocation'
      | 'setKey'
      | 'setValue'
      | 'setVisibility'
      | 'remove'
      | 'moveToColumn'
      | 'moveToRow'
      | 'moveToSheet'
      | 'moveToSpreadsheet'
    >
{
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly record: MetadataRecord,
  ) {}

  /** A counted DeveloperMetadata. */
  static of(ctx: EmulatorContext, record: MetadataRecord): DeveloperMetadata {
    return asGas(ctx.track(new FakeMetadata(ctx, record), 'DeveloperMetadata'));
  }
  private self(): DeveloperMetadata {
    return asGas(this);
  }
  getId(): number {
    return this.record.id;
  }
  getKey(): string {
    return this.record.key;
  }
  getValue(): string | null {
    return this.record.value;
  }
  getVisibility(): Visibility {
    return asGas(DeveloperMetadataVisibility[this.record.visibility as 'DOCUMENT' | 'PROJECT']);
  }
  getLocation(): Location {
    return asGas(this.ctx.track(new FakeLocation(this.ctx, this.record), 'DeveloperMetadataLocation'));
  }
  setKey(key: string): DeveloperMetadata {
    this.record.key = key;
    return this.self();
  }
  setValue(value: string): DeveloperMetadata {
    this.record.value = value;
    return this.self();
  }
  setVisibility(visibility: Visibility): DeveloperMetadata {
    this.record.visibility = enumName(visibility);
    return this.self();
  }
  remove(): void {
    this.ctx.book.metadata = this.ctx.book.metadata.filter((md) => md !== this.record);
  }
  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): DeveloperMetadata {
    const rect = rectOf(column);
    Object.assign(this.record, {
      type: 'COLUMN',
      sheetId: rect.sheetId,
      start: rect.column,
      count: rect.numColumns,
    });
    return this.self();
  }
  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): DeveloperMetadata {
    const rect = rectOf(row);
    Object.assign(this.record, { type: 'ROW', sheetId: rect.sheetId, start: rect.row, count: rect.numRows });
    return this.self();
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): DeveloperMetadata {
    Object.assign(this.record, { type: 'SHEET', sheetId: sheet.getSheetId(), start: 0, count: 0 });
    return this.self();
  }
  moveToSpreadsheet(): DeveloperMetadata {
    Object.assign(this.record, { type: 'SPREADSHEET', sheetId: undefined, start: 0, count: 0 });
    return this.self();
  }
}

/** Where a metadata record sits. */
class FakeLocation
  implements Pick<Location, 'getLocationType' | 'getSpreadsheet' | 'getSheet' | 'getRow' | 'getColumn'>
{
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly record: MetadataRecord,
  ) {}
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return asGas(DeveloperMetadataLocationType[this.record.type]);
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.record.type === 'SPREADSHEET' ? spreadsheetOf(this.ctx) : null;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    const id = this.record.sheetId;
    return id === undefined ? null : sheetOf(this.ctx, sheetById(this.ctx.book, id));
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    const rect = metadataRect(this.ctx.book, this.record);
    return this.record.type === 'ROW' && rect ? rangeOf(this.ctx, rect, 'rows') : null;
  }
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    const rect = metadataRect(this.ctx.book, this.record);
    return this.record.type === 'COLUMN' && rect ? rangeOf(this.ctx, rect, 'columns') : null;
  }
}

/** What a finder searches: the whole book, one sheet (its own, row and column metadata), or a range. */
type FinderScope = { book: true } | { sheetId: number } | { range: Rect };

/** DeveloperMetadataFinder with Apps Script's filters. */
export class FakeFinder
  implements
    Pick<
      Finder,
      | 'find'
      | 'withKey'
      | 'withValue'
      | 'withId'
      | 'withLocationType'
      | 'withVisibility'
      | 'onIntersectingLocations'
    >
{
  private readonly filters: ((md: MetadataRecord) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly scope: FinderScope,
  ) {}

  /** A counted finder. */
  static of(ctx: EmulatorContext, scope: FinderScope): Finder {
    return asGas(ctx.track(new FakeFinder(ctx, scope), 'DeveloperMetadataFinder'));
  }
  private where(filter: (md: MetadataRecord) => boolean): Finder {
    this.filters.push(filter);
    return asGas(this);
  }
  withKey(key: string): Finder {
    return this.where((md) => md.key === key);
  }
  withValue(value: string): Finder {
    return this.where((md) => md.value === value);
  }
  withId(id: number): Finder {
    return this.where((md) => md.id === id);
  }
  withLocationType(type: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): Finder {
    return this.where((md) => md.type === enumName(type));
  }
  withVisibility(visibility: Visibility): Finder {
    return this.where((md) => md.visibility === enumName(visibility));
  }
  /** Range finders match metadata wholly inside the range unless this is called. */
  onIntersectingLocations(): Finder {
    this.intersecting = true;
    return asGas(this);
  }
  private inScope(md: MetadataRecord): boolean {
    const scope = this.scope;
    if ('book' in scope) return true;
    if ('sheetId' in scope) return md.sheetId === scope.sheetId;
    if (md.type !== 'ROW' && md.type !== 'COLUMN') return false;
    const rect = metadataRect(this.ctx.book, md);
    if (!rect) return false;
    return this.intersecting ? intersects(scope.range, rect) : contains(scope.range, rect);
  }
  find(): DeveloperMetadata[] {
    return this.ctx.book.metadata
      .filter((md) => this.inScope(md) && this.filters.every((f) => f(md)))
      .map((md) => FakeMetadata.of(this.ctx, md));
  }
}
