/**
 * The objects a sheet carries (developer metadata, protections, conditional formats, charts) and
 * its column and tab settings. FakeSheet (sheet.ts) extends this with naming, ranges and structure.
 * Nothing this file imports imports sheet.ts, so it loads in any order (see handles.ts).
 */
import { FakeChart, FakeChartBuilder } from './charts';
import { conditionalRecordOf, FakeConditionalRule } from './conditionalFormat';
import { asGas, type EmulatorContext } from './context';
import { addMetadata, FakeFinder, FakeMetadata } from './developerMetadata';
import { enumName } from './enums';
import { type Rect, type SheetModel, sheetById } from './model';
import { FakeProtection, newProtection } from './protection';
import { FakeTextFinder } from './textFinder';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Shared state and the object-related methods of a sheet. */
export abstract class SheetObjects
  implements
    Pick<
      Sheet,
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'protect'
      | 'getProtections'
      | 'setConditionalFormatRules'
      | 'getConditionalFormatRules'
      | 'newChart'
      | 'insertChart'
      | 'getCharts'
      | 'removeChart'
      | 'updateChart'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'setTabColor'
      | 'hideColumns'
      | 'showColumns'
      | 'isColumnHiddenByUser'
      | 'createTextFinder'
    >
{
  constructor(
    protected readonly ctx: EmulatorContext,
    readonly sheetId: number,
  ) {}

  protected get model(): SheetModel {
    return sheetById(this.ctx.book, this.sheetId);
  }
  protected self(): Sheet {
    return asGas(this);
  }
  protected whole(): Rect {
    const m = this.model;
    return { sheetId: m.id, row: 1, column: 1, numRows: m.maxRows, numColumns: m.maxColumns };
  }
  /** A finder over every cell of this sheet. */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return FakeTextFinder.of(this.ctx, { sheetId: this.sheetId }, findText, 'Sheet');
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Sheet {
    addMetadata(
      this.ctx,
      { type: 'SHEET', sheetId: this.sheetId, start: 0, count: 0 },
      key,
      valueOrVisibility,
      visibility,
    );
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.ctx.book.metadata
      .filter((md) => md.type === 'SHEET' && md.sheetId === this.sheetId)
      .map((md) => FakeMetadata.of(this.ctx, md));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return FakeFinder.of(this.ctx, { sheetId: this.sheetId });
  }
  /** The sheet's protection, created on first call. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this.ctx.book.protections.find(
      (p) => p.type === 'SHEET' && p.rect.sheetId === this.sheetId,
    );
    return FakeProtection.of(this.ctx, existing ?? newProtection(this.ctx, 'SHEET', this.whole()));
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.ctx.book.protections
      .filter((p) => p.type === enumName(type) && p.rect.sheetId === this.sheetId)
      .map((p) => FakeProtection.of(this.ctx, p));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.model.conditional = rules.map(conditionalRecordOf);
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.model.conditional.map((r) => FakeConditionalRule.of(this.ctx, r));
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return FakeChartBuilder.of(this.ctx);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const record = FakeChart.recordOf(chart);
    record.id = this.ctx.book.nextId++;
    this.model.charts.push(record);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.model.charts.map((c) => FakeChart.of(this.ctx, c));
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = FakeChart.recordOf(chart).id;
    this.model.charts = this.model.charts.filter((c) => c.id !== id);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const record = FakeChart.recordOf(chart);
    const index = this.model.charts.findIndex((c) => c.id === record.id);
    if (index < 0) throw new Error('The chart does not exist on this sheet.');
    this.model.charts[index] = record;
  }
  setColumnWidth(column: number, width: number): Sheet {
    return this.setColumnWidths(column, 1, width);
  }
  setColumnWidths(start: number, count: number, width: number): Sheet {
    for (let c = start; c < start + count; c++) this.model.columnWidths[c - 1] = width;
    return this.self();
  }
  getColumnWidth(column: number): number {
    return this.model.columnWidths[column - 1] ?? 100;
  }
  hideSheet(): Sheet {
    this.model.hidden = true;
    return this.self();
  }
  showSheet(): Sheet {
    this.model.hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  setTabColor(color: string | null): Sheet {
    this.model.tabColor = color;
    return this.self();
  }
  hideColumns(column: number, count = 1): void {
    for (let c = column; c < column + count; c++) this.model.hiddenColumns[c - 1] = true;
  }
  showColumns(column: number, count = 1): void {
    for (let c = column; c < column + count; c++) this.model.hiddenColumns[c - 1] = undefined;
  }
  isColumnHiddenByUser(column: number): boolean {
    return this.model.hiddenColumns[column - 1] === true;
  }
}
