/** Spreadsheet: sheets, selection, locale and zone, metadata, named ranges, sharing, toasts. */
import { parseA1 } from './a1';
import { asGas, type EmulatorContext } from './context';
import { addMetadata, FakeFinder, FakeMetadata } from './developerMetadata';
import { enumName } from './enums';
import { rangeOf, sheetOf } from './handles';
import { assertCellBudget, newSheetModel, type SheetModel } from './model';
import { FakeNamedRange } from './namedRange';
import { assertCanEdit, FakeProtection } from './protection';
import { rectOf } from './rangeBase';
import { userOf } from './session';
import { rangeFromA1 } from './sheet';
import { copySheet } from './sheetCopy';
import { FakeTextFinder } from './textFinder';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type User = GoogleAppsScript.Base.User;

const cache = new WeakMap<EmulatorContext, Spreadsheet>();

/**
 * Makes (once per emulator) the counted Spreadsheet. Other modules call spreadsheetOf (handles.ts),
 * which reaches this through the context.
 */
export function makeSpreadsheet(ctx: EmulatorContext): Spreadsheet {
  let ss = cache.get(ctx);
  if (!ss) {
    ss = asGas<Spreadsheet>(ctx.track(new FakeSpreadsheet(ctx), 'Spreadsheet'));
    cache.set(ctx, ss);
  }
  return ss;
}

function sheetIdOf(sheet: Sheet): number {
  return sheet.getSheetId();
}

/** The one spreadsheet the script is bound to. @forTests Tests patch its prototype to inject faults. */
export class FakeSpreadsheet
  implements
    Pick<
      Spreadsheet,
      | 'getId'
      | 'getName'
      | 'rename'
      | 'getUrl'
      | 'getSheets'
      | 'getNumSheets'
      | 'getSheetByName'
      | 'getSheetById'
      | 'insertSheet'
      | 'duplicateActiveSheet'
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'getActiveRange'
      | 'getActiveCell'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale'
      | 'toast'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'setNamedRange'
      | 'getRangeByName'
      | 'getNamedRanges'
      | 'removeNamedRange'
      | 'getRange'
      | 'getOwner'
      | 'getEditors'
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'getProtections'
      | 'createTextFinder'
    >
{
  constructor(private readonly ctx: EmulatorContext) {}

  private get book() {
    return this.ctx.book;
  }
  private self(): Spreadsheet {
    return asGas(this);
  }
  private activeModel(): SheetModel {
    return (
      this.book.sheets.find((s) => s.id === this.book.activeSheetId) ?? (this.book.sheets[0] as SheetModel)
    );
  }

  getId(): string {
    return this.book.id;
  }
  getName(): string {
    return this.book.name;
  }
  rename(name: string): void {
    this.book.name = name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }
  getSheets(): Sheet[] {
    return this.book.sheets.map((s) => sheetOf(this.ctx, s));
  }
  getNumSheets(): number {
    return this.book.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const lower = name.toLowerCase();
    const model = this.book.sheets.find((s) => s.name.toLowerCase() === lower);
    return model ? sheetOf(this.ctx, model) : null;
  }
  getSheetById(id: number): Sheet | null {
    const model = this.book.sheets.find((s) => s.id === id);
    return model ? sheetOf(this.ctx, model) : null;
  }
  /** insertSheet(), (name), (name, index), (index); index is 0-based. The new sheet becomes active. */
  insertSheet(a?: unknown, b?: unknown): Sheet {
    const names = new Set(this.book.sheets.map((s) => s.name.toLowerCase()));
    let name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.book.sheets.length;
    if (name !== undefined && names.has(name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    for (let n = this.book.sheets.length + 1; name === undefined; n++) {
      if (!names.has(`sheet${n}`)) name = `Sheet${n}`;
    }
    if (index < 0 || index > this.book.sheets.length) throw new Error('Invalid argument: sheetIndex');
    assertCellBudget(this.book, 1000 * 26);
    const model = newSheetModel(this.book.nextId++, name);
    this.book.sheets.splice(index, 0, model);
    this.book.activeSheetId = model.id;
    this.book.selection = undefined;
    return sheetOf(this.ctx, model);
  }
  /** Copies the active sheet (with its metadata; see copySheet) right after it, and activates the copy. */
  duplicateActiveSheet(): Sheet {
    const active = this.activeModel();
    const model = copySheet(this.ctx, active, this.book.sheets.indexOf(active) + 1);
    this.book.activeSheetId = model.id;
    this.book.selection = undefined;
    return sheetOf(this.ctx, model);
  }
  deleteSheet(sheet: Sheet): void {
    const id = sheetIdOf(sheet);
    const model = this.book.sheets.find((s) => s.id === id);
    if (!model) throw new Error('The sheet has been deleted.');
    if (this.book.sheets.filter((s) => !s.hidden && s !== model).length === 0) {
      throw new Error('Sorry, it is not possible to delete all non-hidden sheets.');
    }
    assertCanEdit(this.ctx, {
      sheetId: id,
      row: 1,
      column: 1,
      numRows: model.maxRows,
      numColumns: model.maxColumns,
    });
    model.deleted = true;
    this.book.sheets = this.book.sheets.filter((s) => s !== model);
    this.book.metadata = this.book.metadata.filter((md) => md.sheetId !== id);
    this.book.protections = this.book.protections.filter((p) => p.rect.sheetId !== id);
    for (const [n, rect] of this.book.namedRanges) if (rect.sheetId === id) this.book.namedRanges.delete(n);
    if (this.book.activeSheetId === id) this.book.activeSheetId = (this.book.sheets[0] as SheetModel).id;
    if (this.book.selection?.sheetId === id) this.book.selection = undefined;
  }
  getActiveSheet(): Sheet {
    return sheetOf(this.ctx, this.activeModel());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return sheet.activate();
  }
  getActiveRange(): Range | null {
    const sel = this.book.selection;
    if (sel && this.book.sheets.some((s) => s.id === sel.sheetId)) return rangeOf(this.ctx, sel);
    return rangeOf(this.ctx, {
      sheetId: this.activeModel().id,
      row: 1,
      column: 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  getActiveCell(): Range {
    return (this.getActiveRange() as Range).getCell(1, 1);
  }
  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.book.timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.book.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.book.locale = locale;
  }
  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.ui.toasts.push({
      message: String(message),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Spreadsheet {
    addMetadata(this.ctx, { type: 'SPREADSHEET', start: 0, count: 0 }, key, valueOrVisibility, visibility);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.book.metadata
      .filter((md) => md.type === 'SPREADSHEET')
      .map((md) => FakeMetadata.of(this.ctx, md));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return FakeFinder.of(this.ctx, { book: true });
  }
  /** A finder over every sheet, in tab order. */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return FakeTextFinder.of(this.ctx, { book: true }, findText, 'Spreadsheet');
  }
  setNamedRange(name: string, range: Range): void {
    if (
      !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(true|false)$/i.test(name)
    ) {
      throw new Error(`Invalid name: ${name}`);
    }
    this.book.namedRanges.set(name, rectOf(range));
  }
  getRangeByName(name: string): Range | null {
    const rect = this.book.namedRanges.get(name);
    return rect ? rangeOf(this.ctx, rect) : null;
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return [...this.book.namedRanges.keys()].map((n) => FakeNamedRange.of(this.ctx, n));
  }
  removeNamedRange(name: string): void {
    this.book.namedRanges.delete(name);
  }
  /** getRange('Sheet!A1:B2'); without a sheet name, the active sheet. */
  getRange(a1Notation: string): Range {
    const ref = parseA1(a1Notation);
    if (!ref) throw new Error('Range not found');
    const model =
      ref.sheetName === undefined
        ? this.activeModel()
        : this.book.sheets.find((s) => s.name === ref.sheetName);
    if (!model) throw new Error('Range not found');
    return rangeFromA1(this.ctx, model, a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }
  getOwner(): User {
    return userOf(this.ctx, this.book.owner);
  }
  getEditors(): User[] {
    return [...new Set([this.book.owner, ...this.book.editors])].map((e) => userOf(this.ctx, e));
  }
  addEditor(user: string | User): Spreadsheet {
    return this.addEditors([typeof user === 'string' ? user : user.getEmail()]);
  }
  addEditors(emails: string[]): Spreadsheet {
    for (const e of emails) if (!this.book.editors.includes(e)) this.book.editors.push(e);
    return this.self();
  }
  removeEditor(user: string | User): Spreadsheet {
    const email = typeof user === 'string' ? user : user.getEmail();
    this.book.editors = this.book.editors.filter((e) => e !== email);
    return this.self();
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.book.protections
      .filter((p) => p.type === enumName(type))
      .map((p) => FakeProtection.of(this.ctx, p));
  }
}
