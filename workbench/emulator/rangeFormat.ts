/**
 * The formatting half of Range: number formats, styles, data validation, developer metadata,
 * protection and sorting, over RangeBase's state (rangeBase.ts). FakeRange (range.ts) extends this
 * with values and geometry. Nothing this file imports imports range.ts, so it loads in any order.
 */
import { FakeDataValidation, recordOf } from './dataValidation';
import { addMetadata, FakeFinder, FakeMetadata } from './developerMetadata';
import type { MetadataRecord, SheetModel, Style } from './model';
import { assertCanEdit, FakeProtection, newProtection } from './protection';
import { assertShape, RangeBase } from './rangeBase';
import { type SortKey, sortRows } from './structure';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** The formatting methods of a range. */
export abstract class FormattedRange
  extends RangeBase
  implements
    Pick<
      Range,
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'clearDataValidations'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'setBackground'
      | 'setBackgrounds'
      | 'getBackground'
      | 'getBackgrounds'
      | 'setFontColor'
      | 'setFontColors'
      | 'getFontColor'
      | 'setHorizontalAlignment'
      | 'getHorizontalAlignment'
      | 'setWrap'
      | 'getWrap'
      | 'setFontSize'
      | 'getFontSize'
      | 'clearFormat'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'protect'
      | 'sort'
    >
{
  /** The sheet, after checking the running user may write to this range. */
  protected writable(): SheetModel {
    const sheet = this.sheet();
    assertCanEdit(this.ctx, this.rect);
    return sheet;
  }
  private setStyles<K extends keyof Style>(key: K, values: (Style[K] | null)[][], method: string): Range {
    assertShape(values, this.rect.numRows, this.rect.numColumns, method);
    const sheet = this.writable();
    this.each((r, c, i, j) => {
      const value = values[i]?.[j];
      const style = { ...sheet.styles.get(r, c) };
      if (value === null || value === undefined) delete style[key];
      else style[key] = value;
      sheet.styles.set(r, c, Object.keys(style).length ? style : undefined);
    });
    return this.self();
  }
  private getStyles<K extends keyof Style>(
    key: K,
    fallback: NonNullable<Style[K]>,
  ): NonNullable<Style[K]>[][] {
    const sheet = this.sheet();
    return this.each((r, c) => sheet.styles.get(r, c)?.[key] ?? fallback);
  }
  private fill<T>(value: T): T[][] {
    return this.each(() => value);
  }

  setNumberFormat(format: string): Range {
    return this.setNumberFormats(this.fill(format));
  }
  setNumberFormats(formats: string[][]): Range {
    assertShape(formats, this.rect.numRows, this.rect.numColumns, 'setNumberFormats');
    const sheet = this.writable();
    this.each((r, c, i, j) => sheet.formats.set(r, c, formats[i]?.[j] || undefined));
    return this.self();
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]?.[0] ?? 'General';
  }
  getNumberFormats(): string[][] {
    const sheet = this.sheet();
    return this.each((r, c) => sheet.formats.get(r, c) ?? 'General');
  }

  setDataValidation(rule: DataValidation | null): Range {
    return this.setDataValidations(this.fill(rule));
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    assertShape(rules, this.rect.numRows, this.rect.numColumns, 'setDataValidations');
    const sheet = this.writable();
    this.each((r, c, i, j) => {
      const rule = rules[i]?.[j];
      sheet.validations.set(r, c, rule ? recordOf(rule) : undefined);
    });
    return this.self();
  }
  getDataValidation(): DataValidation | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    const sheet = this.sheet();
    return this.each((r, c) => {
      const record = sheet.validations.get(r, c);
      return record ? FakeDataValidation.of(this.ctx, record) : null;
    });
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }

  setFontWeight(weight: FontWeight | null): Range {
    return this.setStyles('fontWeight', this.fill(weight), 'setFontWeight');
  }
  setFontWeights(weights: (FontWeight | null)[][]): Range {
    return this.setStyles('fontWeight', weights, 'setFontWeights');
  }
  getFontWeight(): FontWeight {
    return this.getFontWeights()[0]?.[0] ?? 'normal';
  }
  getFontWeights(): FontWeight[][] {
    return this.getStyles('fontWeight', 'normal') as FontWeight[][];
  }
  setBackground(color: string | null): Range {
    return this.setStyles('background', this.fill(color), 'setBackground');
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    return this.setStyles('background', colors, 'setBackgrounds');
  }
  getBackground(): string {
    return this.getBackgrounds()[0]?.[0] ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.getStyles('background', '#ffffff');
  }
  setFontColor(color: string | null): Range {
    return this.setStyles('fontColor', this.fill(color), 'setFontColor');
  }
  setFontColors(colors: (string | null)[][]): Range {
    return this.setStyles('fontColor', colors, 'setFontColors');
  }
  getFontColor(): string {
    return this.getStyles('fontColor', '#000000')[0]?.[0] ?? '#000000';
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.setStyles('horizontalAlignment', this.fill(alignment), 'setHorizontalAlignment');
  }
  getHorizontalAlignment(): string {
    return this.getStyles('horizontalAlignment', 'general')[0]?.[0] ?? 'general';
  }
  setWrap(wrap: boolean): Range {
    return this.setStyles('wrap', this.fill(wrap), 'setWrap');
  }
  getWrap(): boolean {
    return this.getStyles('wrap', true)[0]?.[0] ?? true;
  }
  setFontSize(size: number): Range {
    return this.setStyles('fontSize', this.fill(size), 'setFontSize');
  }
  getFontSize(): number {
    return this.getStyles('fontSize', 10)[0]?.[0] ?? 10;
  }
  clearFormat(): Range {
    const sheet = this.writable();
    const { row, column, numRows, numColumns } = this.rect;
    sheet.formats.clear(row, column, numRows, numColumns);
    sheet.styles.clear(row, column, numRows, numColumns);
    return this.self();
  }

  /** Which whole rows or columns this range is, if any (metadata may only sit on those). */
  private dimensionLocation(): Pick<MetadataRecord, 'type' | 'start' | 'count'> | undefined {
    const sheet = this.sheet();
    const { row, column, numRows, numColumns } = this.rect;
    const wholeColumns = row === 1 && numRows === sheet.maxRows;
    const wholeRows = column === 1 && numColumns === sheet.maxColumns;
    if (wholeColumns && this.shape !== 'rows') return { type: 'COLUMN', start: column, count: numColumns };
    if (wholeRows) return { type: 'ROW', start: row, count: numRows };
    return undefined;
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: string | Visibility, visibility?: Visibility): Range {
    const location = this.dimensionLocation();
    if (!location) {
      throw new Error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to top-level spreadsheets, sheets, and entire rows and columns.',
      );
    }
    addMetadata(this.ctx, { ...location, sheetId: this.rect.sheetId }, key, valueOrVisibility, visibility);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const location = this.dimensionLocation();
    if (!location) return [];
    return this.ctx.book.metadata
      .filter(
        (md) =>
          md.sheetId === this.rect.sheetId &&
          md.type === location.type &&
          md.start === location.start &&
          md.count === location.count,
      )
      .map((md) => FakeMetadata.of(this.ctx, md));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return FakeFinder.of(this.ctx, { range: { ...this.rect } });
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return FakeProtection.of(this.ctx, newProtection(this.ctx, 'RANGE', { ...this.rect }));
  }
  /** sort(2), sort({column: 2, ascending: false}) or an array of those; columns are sheet columns. */
  sort(spec: unknown): Range {
    const specs = Array.isArray(spec) ? spec : [spec];
    const keys: SortKey[] = specs.map((s) =>
      typeof s === 'number'
        ? { column: s, ascending: true }
        : {
            column: Number((s as { column: unknown }).column),
            ascending: (s as { ascending?: boolean }).ascending !== false,
          },
    );
    const { column, numColumns } = this.rect;
    for (const k of keys) {
      if (!(k.column >= column && k.column < column + numColumns)) {
        throw new Error(`The column ${k.column} is out of range.`);
      }
    }
    sortRows(this.writable(), this.rect, keys);
    return this.self();
  }
}
