/**
 * What people do, as Sheets reports it to the script: a typed edit (validated, then onEdit), and
 * opening the document (onOpen). Simple triggers run in LIMITED mode as the person; installable
 * ones in FULL mode as the trigger's owner. Trigger errors are recorded, never thrown, like Sheets.
 */
import type { AuthModeName } from './auth';
import { parseTyped } from './cellParsing';
import type { EmulatorContext } from './context';
import { rejection } from './dataValidation';
import { AuthMode } from './enums';
import { type Content, Formula, OUT_OF_BOUNDS, type Rect } from './model';
import { displayValue } from './numberFormat';
import { assertCanEdit } from './protection';
import { rangeOf } from './range';
import { userOf } from './session';
import { spreadsheetOf } from './spreadsheet';

function message(error: unknown): string {
  const m = (error as { message?: unknown } | null)?.message;
  return typeof m === 'string' ? m : String(error);
}

/** Runs a script function by name, recording (not throwing) what it throws. */
export function runHandler(
  ctx: EmulatorContext,
  functionName: string,
  mode: AuthModeName,
  effectiveUser: string,
  event: Record<string, unknown>,
): void {
  const fn = ctx.script?.(functionName);
  if (!fn) return;
  try {
    ctx.runAs(mode, effectiveUser, () => fn(event));
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
  let parsed: ReturnType<typeof parseTyped>;
  try {
    assertCanEdit(ctx, rect, who);
    parsed = parseTyped(value, ctx.timeZone);
  } catch (error) {
    return { accepted: false, reason: message(error) };
  }
  const rule = sheet.validations.get(row, column);
  const reason = rule && rejection(ctx, rule, parsed.content);
  if (reason) return { accepted: false, reason };
  const old = sheet.content.get(row, column);
  sheet.content.set(row, column, parsed.content);
  if (parsed.autoFormat && !sheet.formats.get(row, column)) sheet.formats.set(row, column, parsed.autoFormat);

  const event = (mode: 'LIMITED' | 'FULL'): Record<string, unknown> => {
    const e: Record<string, unknown> = {
      authMode: AuthMode[mode],
      range: rangeOf(ctx, rect),
      source: spreadsheetOf(ctx),
      user: userOf(ctx, ctx.activeUser),
    };
    const newValue = eventValue(ctx, parsed.content);
    const oldValue = eventValue(ctx, old);
    if (newValue !== undefined) e.value = newValue;
    if (oldValue !== undefined) e.oldValue = oldValue;
    return e;
  };
  runHandler(ctx, 'onEdit', 'LIMITED', who, event('LIMITED'));
  for (const t of ctx.triggers.filter((x) => x.eventType === 'ON_EDIT' && x.sourceId === ctx.book.id)) {
    runHandler(ctx, t.functionName, 'FULL', t.owner, { ...event('FULL'), triggerUid: t.uniqueId });
  }
  return { accepted: true };
}

/** A person opens the document: onOpen(e) in `mode`, then installable onOpen triggers. */
export function personOpen(ctx: EmulatorContext, mode: AuthModeName = 'LIMITED'): void {
  const e = (m: AuthModeName): Record<string, unknown> => {
    const base: Record<string, unknown> = { authMode: AuthMode[m], user: userOf(ctx, ctx.activeUser) };
    // In NONE the event carries no document: the add-on may not touch it.
    if (m !== 'NONE') base.source = spreadsheetOf(ctx);
    return base;
  };
  runHandler(ctx, 'onOpen', mode, person(ctx), e(mode));
  for (const t of ctx.triggers.filter((x) => x.eventType === 'ON_OPEN' && x.sourceId === ctx.book.id)) {
    runHandler(ctx, t.functionName, 'FULL', t.owner, { ...e('FULL'), triggerUid: t.uniqueId });
  }
}

/** Fires one installable trigger now, as its owner in FULL mode. */
export function fireTrigger(ctx: EmulatorContext, uniqueId: string): void {
  const t = ctx.triggers.find((x) => x.uniqueId === uniqueId);
  if (!t) throw new Error(`No trigger with id ${uniqueId}.`);
  const e: Record<string, unknown> = { authMode: AuthMode.FULL, triggerUid: t.uniqueId };
  if (t.source === 'SPREADSHEETS') e.source = spreadsheetOf(ctx);
  runHandler(ctx, t.functionName, 'FULL', t.owner, e);
}
