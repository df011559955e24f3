/**
 * What people do, as Sheets reports it to the script: a typed edit (validated, then onEdit), and
 * opening the document (onOpen). Simple triggers run as the person, in LIMITED mode when the add-on
 * is enabled in the document and in NONE when it is only installed (editor-auth-lifecycle guide);
 * installable ones in FULL mode as the trigger's creator. Trigger errors are recorded, never
 * thrown, like Sheets.
 *
 * Who the script sees in an installable trigger: Session.getEffectiveUser() is the creator ("If
 * the script runs under an installable trigger, this returns the account of the user who created
 * the trigger", Session reference); Session.getActiveUser() and e.user are the person who caused
 * the event only when that person is the creator, and otherwise a user whose e-mail is '' (the
 * email "is not available in any context that allows a script to run without that user's
 * authorization"). A trigger no person caused (fireTrigger, time-driven) sees '' too: the
 * stricter reading, since the reference does not say.
 */
import type { AuthModeName } from './auth';
import { type ParsedInput, parseForCell, storeParsed } from './cellParsing';
import type { EmulatorContext } from './context';
import { rejection } from './dataValidation';
import { AuthMode } from './enums';
import { rangeOf, spreadsheetOf } from './handles';
import { type Content, Formula, OUT_OF_BOUNDS, type Rect } from './model';
import { displayValue } from './numberFormat';
import { assertCanEdit } from './protection';
import { userOf } from './session';

function message(error: unknown): string {
  const m = (error as { message?: unknown } | null)?.message;
  return typeof m === 'string' ? m : String(error);
}

/**
 * Runs a script function by name, recording (not throwing) what it throws. `activeUser` is who
 * Session.getActiveUser() reveals; by default the person acting now.
 */
function runHandler(
  ctx: EmulatorContext,
  functionName: string,
  mode: AuthModeName,
  effectiveUser: string,
  event: Record<string, unknown>,
  activeUser: string = ctx.activeUser,
): void {
  const fn = ctx.script?.(functionName);
  if (!fn) return;
  try {
    ctx.runAs(mode, effectiveUser, () => fn(event), activeUser);
  } catch (error) {
    ctx.triggerErrors.push({ functionName, error: message(error) });
  }
}

/** e.value / e.oldValue: the cell's value as text; absent for an empty cell or a formula. */
function eventValue(ctx: EmulatorContext, content: Content | undefined): string | undefined {
  if (content === undefined || content instanceof Formula) return undefined;
  return typeof content === 'number' ? String(content) : displayValue(content, undefined, ctx.timeZone);
}

function person(ctx: EmulatorContext): string {
  return ctx.activeUser || ctx.effectiveUser;
}

/** The mode simple triggers run in: NONE until the add-on is enabled in this document. */
function simpleTriggerMode(ctx: EmulatorContext): 'NONE' | 'LIMITED' {
  return ctx.addOnState === 'installed' ? 'NONE' : 'LIMITED';
}

/** Who an installable trigger created by `owner` sees as active user when `cause` acted ('' = hidden). */
function visibleUser(owner: string, cause: string | undefined): string {
  return cause !== undefined && cause !== '' && cause === owner ? cause : '';
}

/** A person types `value` into one cell. See Emulator.personEdit. */
export function personEdit(
  ctx: EmulatorContext,
  sheetName: string,
  row: number,
  column: number,
  value: string,
): { accepted: boolean; reason?: string } {
  const sheet = ctx.book.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet named ${sheetName}.`);
  if (row < 1 || column < 1 || row > sheet.maxRows || column > sheet.maxColumns)
    throw new Error(OUT_OF_BOUNDS);
  const rect: Rect = { sheetId: sheet.id, row, column, numRows: 1, numColumns: 1 };
  const who = person(ctx);
  let parsed: ParsedInput;
  try {
    assertCanEdit(ctx, rect, who);
    // What a person types obeys the cell's format like a script's write: verbatim in a '@' cell.
    parsed = parseForCell(value, sheet.formats.get(row, column), ctx.timeZone);
  } catch (error) {
    return { accepted: false, reason: message(error) };
  }
  const rule = sheet.validations.get(row, column);
  const reason = rule && rejection(ctx, rule, parsed.content);
  if (reason) return { accepted: false, reason };
  const old = sheet.content.get(row, column);
  storeParsed(sheet, row, column, parsed);

  const event = (mode: AuthModeName, user: string): Record<string, unknown> => {
    const e: Record<string, unknown> = { authMode: AuthMode[mode], user: userOf(ctx, user) };
    // In NONE the event carries no document (as onOpen's): the add-on may not touch it.
    if (mode !== 'NONE') {
      e.range = rangeOf(ctx, rect);
      e.source = spreadsheetOf(ctx);
    }
    const newValue = eventValue(ctx, parsed.content);
    const oldValue = eventValue(ctx, old);
    if (newValue !== undefined) e.value = newValue;
    if (oldValue !== undefined) e.oldValue = oldValue;
    return e;
  };
  const simple = simpleTriggerMode(ctx);
  runHandler(ctx, 'onEdit', simple, who, event(simple, ctx.activeUser));
  for (const t of ctx.triggers.filter((x) => x.eventType === 'ON_EDIT' && x.sourceId === ctx.book.id)) {
    const seen = visibleUser(t.owner, ctx.activeUser);
    runHandler(
      ctx,
      t.functionName,
      'FULL',
      t.owner,
      { ...event('FULL', seen), triggerUid: t.uniqueId },
      seen,
    );
  }
  return { accepted: true };
}

/**
 * A person opens the document: onOpen(e) in `mode` (default: NONE when the add-on is only
 * installed, LIMITED when enabled), then installable onOpen triggers.
 */
export function personOpen(ctx: EmulatorContext, mode: AuthModeName = simpleTriggerMode(ctx)): void {
  const e = (m: AuthModeName, user: string): Record<string, unknown> => {
    const base: Record<string, unknown> = { authMode: AuthMode[m], user: userOf(ctx, user) };
    // In NONE the event carries no document: the add-on may not touch it.
    if (m !== 'NONE') base.source = spreadsheetOf(ctx);
    return base;
  };
  runHandler(ctx, 'onOpen', mode, person(ctx), e(mode, ctx.activeUser));
  for (const t of ctx.triggers.filter((x) => x.eventType === 'ON_OPEN' && x.sourceId === ctx.book.id)) {
    const seen = visibleUser(t.owner, ctx.activeUser);
    runHandler(ctx, t.functionName, 'FULL', t.owner, { ...e('FULL', seen), triggerUid: t.uniqueId }, seen);
  }
}

/**
 * Fires one installable trigger now, as its creator in FULL mode. No person caused it, so the
 * active user's e-mail is hidden ('').
 *
 * A time-driven trigger's execution has no container: SpreadsheetApp.getActive() and
 * getActiveSpreadsheet() are null (getActiveSheet and getActiveRange fail on it), getUi() is
 * refused, and there are no document properties, cache or lock, as in a script bound to nothing.
 * An add-on reaches a spreadsheet there only by opening it by ID, which needs the full
 * `spreadsheets` scope. Google does not say whether the document's properties, cache and lock are
 * reachable in such an execution; having none is the stricter reading. A spreadsheet's installable
 * triggers (on open, on edit) keep their document.
 */
export function fireTrigger(ctx: EmulatorContext, uniqueId: string): void {
  const t = ctx.triggers.find((x) => x.uniqueId === uniqueId);
  if (!t) throw new Error(`No trigger with id ${uniqueId}.`);
  const e: Record<string, unknown> = { authMode: AuthMode.FULL, triggerUid: t.uniqueId };
  if (t.source === 'SPREADSHEETS') e.source = spreadsheetOf(ctx);
  const run = () => runHandler(ctx, t.functionName, 'FULL', t.owner, e, '');
  if (t.eventType === 'CLOCK') ctx.withoutContainer(run);
  else run();
}
