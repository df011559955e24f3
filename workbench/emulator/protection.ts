/**
 * Protected sheets and ranges, and the check every write goes through. Scripts run as their user,
 * so a manager running Suki cannot write where a head's protection forbids it.
 */
import { asGas, type EmulatorContext } from './context';
import { ProtectionType } from './enums';
import { rangeOf } from './handles';
import { contains, intersects, type ProtectionRecord, type Rect } from './model';
import { rectOf } from './rangeBase';
import { userOf } from './session';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

/** Sheets' message when a write hits a protection. */
const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function domain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Whether `user` may edit under protection `p` (the owner always may). */
function canEditProtection(ctx: EmulatorContext, p: ProtectionRecord, user: string): boolean {
  const owner = ctx.book.owner;
  if (p.mirrorsSpreadsheet || user === owner || p.editors.has(user)) return true;
  return p.domainEdit && user !== '' && domain(user) === domain(owner);
}

/**
 * Throws Sheets' protection error unless `user` may write to `rect`. `sheetOnly` limits the check to
 * sheet protections, for changes such as inserting rows that only a sheet protection forbids.
 */
export function assertCanEdit(
  ctx: EmulatorContext,
  rect: Rect,
  user = ctx.effectiveUser,
  sheetOnly = false,
): void {
  for (const p of ctx.book.protections) {
    if (sheetOnly && p.type !== 'SHEET') continue;
    if (p.warningOnly || !intersects(p.rect, rect) || canEditProtection(ctx, p, user)) continue;
    if (p.type === 'SHEET' && p.unprotected.some((u) => contains(u, rect))) continue;
    throw new Error(PROTECTED_MESSAGE);
  }
}

function emailOf(user: string | User): string {
  return typeof user === 'string' ? user : user.getEmail();
}

/** A new protection whose editors mirror the spreadsheet's until the script changes them. */
export function newProtection(ctx: EmulatorContext, type: 'RANGE' | 'SHEET', rect: Rect): ProtectionRecord {
  const record: ProtectionRecord = {
    id: ctx.book.nextId++,
    type,
    rect,
    description: '',
    editors: new Set(),
    domainEdit: false,
    warningOnly: false,
    unprotected: [],
    mirrorsSpreadsheet: true,
  };
  ctx.book.protections.push(record);
  return record;
}

/** Protection over a record in the book. */
export class FakeProtection
  implements
    Pick<
      Protection,
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'removeEditors'
      | 'getEditors'
      | 'canEdit'
      | 'canDomainEdit'
      | 'setDomainEdit'
      | 'getDescription'
      | 'setDescription'
      | 'isWarningOnly'
      | 'setWarningOnly'
      | 'getProtectionType'
      | 'getRange'
      | 'setRange'
      | 'getUnprotectedRanges'
      | 'setUnprotectedRanges'
      | 'remove'
    >
{
  constructor(
    private readonly ctx: EmulatorContext,
    readonly record: ProtectionRecord,
  ) {}

  /** A counted Protection for a record. */
  static of(ctx: EmulatorContext, record: ProtectionRecord): Protection {
    return asGas(ctx.track(new FakeProtection(ctx, record), 'Protection'));
  }

  private self(): Protection {
    return asGas(this);
  }

  /** Changing a protection needs edit rights on it; the first change ends mirroring. */
  private change(): void {
    const p = this.record;
    if (!canEditProtection(this.ctx, p, this.ctx.effectiveUser)) {
      throw new Error(PROTECTED_MESSAGE);
    }
    if (p.mirrorsSpreadsheet) {
      p.mirrorsSpreadsheet = false;
      for (const e of this.ctx.book.editors) p.editors.add(e);
    }
  }

  addEditor(user: string | User): Protection {
    this.change();
    this.record.editors.add(emailOf(user));
    return this.self();
  }
  addEditors(emails: string[]): Protection {
    this.change();
    for (const e of emails) this.record.editors.add(e);
    return this.self();
  }
  removeEditor(user: string | User): Protection {
    return this.removeEditors([emailOf(user)]);
  }
  removeEditors(users: (string | User)[]): Protection {
    this.change();
    for (const u of users) this.record.editors.delete(emailOf(u));
    return this.self();
  }
  getEditors(): User[] {
    const emails = new Set([this.ctx.book.owner, ...this.record.editors]);
    if (this.record.mirrorsSpreadsheet) for (const e of this.ctx.book.editors) emails.add(e);
    return [...emails].map((e) => userOf(this.ctx, e));
  }
  canEdit(): boolean {
    return canEditProtection(this.ctx, this.record, this.ctx.effectiveUser);
  }
  canDomainEdit(): boolean {
    return this.record.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this.change();
    this.record.domainEdit = editable;
    return this.self();
  }
  getDescription(): string {
    return this.record.description;
  }
  setDescription(description: string): Protection {
    this.record.description = description;
    return this.self();
  }
  isWarningOnly(): boolean {
    return this.record.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.change();
    this.record.warningOnly = warningOnly;
    return this.self();
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return asGas(ProtectionType[this.record.type]);
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return rangeOf(this.ctx, this.record.rect);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): Protection {
    this.change();
    this.record.rect = rectOf(range);
    return this.self();
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.record.unprotected.map((r) => rangeOf(this.ctx, r));
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Protection {
    this.change();
    this.record.unprotected = ranges.map(rectOf);
    return this.self();
  }
  remove(): void {
    if (!this.canEdit()) throw new Error(PROTECTED_MESSAGE);
    this.ctx.book.protections = this.ctx.book.protections.filter((p) => p !== this.record);
  }
}
