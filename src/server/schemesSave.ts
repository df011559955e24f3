/**
 * Saving a scheme from the sidebar: its name and steps checked by the Schemes table's own validation
 * (refusals by step and field), then, inside the document lock and against the sheet as it is now,
 * new steps appended, changed ones updated, removed ones archived (never deleted) and, for a rename,
 * every row of the scheme renamed, the contact plan's rows of it too (so the clients on it stay on
 * it). The Schemes rows are journalled (one undo for the whole save) and audited in one write; the
 * contact rows are many and written last, given back their old name if the save fails after them
 * (schemesRename.ts).
 */
import type { Translator } from '../core/i18n/translate';
import { schemeKey } from '../core/outreach/schemes';
import { done, type FieldMessage, type PageResult, type Refusal, refused } from '../core/pageResult';
import { type AuditEntry, fieldEntry, recordEntry } from '../core/tables/auditEntries';
import { isArchived } from '../core/tables/clientsTable';
import { auditRows } from '../core/tables/recordChanges';
import { SCHEMES_TABLE } from '../core/tables/schemeTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { describeFieldError, validateRecord } from '../core/validation/recordValidation';
import { activeStore } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { withDocumentLock } from '../gas/documentLock';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { callerStamp, currentCaller, currentTeamView } from './access';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import { readSchemeBook, realId, rowOf, rowsOfScheme, type SchemeBook, schemeNamed } from './schemesData';
import { type RenamedContacts, renameContacts, renameRefusal, restoreContacts } from './schemesRename';

/** The fields of a step as the page sends and shows them. */
const STEP_FIELDS = ['step', 'dayOffset', 'channel', 'purpose', 'note', 'stopWhen'] as const;
const MAX_STEPS = 100;

/** A step of the save: its row's ID (or stand-in), null for a new one, and its checked values. */
interface StepToSave {
  readonly id: string | null;
  readonly record: TableRecord;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 40) : null;

/** One step of the payload checked, or its field errors (named `steps.<index>.<field>`). */
function readStep(t: Translator, name: string, input: unknown, index: number): StepToSave | FieldMessage[] {
  const field = (key: string) => `steps.${index}.${key}`;
  if (!isPlainObject(input)) return [{ field: `steps.${index}`, message: t('error.notAnObject') }];
  // `byHand` is what the page was shown of the row; it is Suki's to know, not the person's to set.
  const unknown = Object.keys(input).filter(
    (key) => key !== 'id' && key !== 'byHand' && !(STEP_FIELDS as readonly string[]).includes(key),
  );
  if (unknown.length > 0)
    return unknown.map((key) => ({
      field: field(key.slice(0, 40)),
      message: t('error.unknownField', { field: key.slice(0, 40) }),
    }));
  const values = Object.fromEntries(STEP_FIELDS.map((key) => [key, input[key] ?? null]));
  const checked = validateRecord(SCHEMES_TABLE, { ...values, scheme: name }, 'create');
  if (!checked.ok)
    return checked.errors.map((error) => ({
      field: error.field === 'scheme' ? 'name' : field(error.field),
      message: describeFieldError(t, SCHEMES_TABLE, error),
    }));
  return { id: idOf(input.id), record: checked.record };
}

/** The name and steps the page sent, checked; a refusal names every step and field that is wrong. */
function readScheme(
  t: Translator,
  nameInput: unknown,
  stepsInput: unknown,
): { name: string; steps: StepToSave[] } | Refusal {
  const name = typeof nameInput === 'string' ? nameInput.trim().replace(/\s+/g, ' ') : '';
  const errors: FieldMessage[] = [];
  if (name === '') errors.push({ field: 'name', message: t('schemes.nameRequired') });
  if (!Array.isArray(stepsInput) || stepsInput.length === 0 || stepsInput.length > MAX_STEPS)
    errors.push({ field: 'steps', message: t('schemes.stepsRequired', { max: MAX_STEPS }) });
  const steps: StepToSave[] = [];
  const numbers = new Set<number>();
  (Array.isArray(stepsInput) ? stepsInput.slice(0, MAX_STEPS) : []).forEach((input, index) => {
    const step = readStep(t, name || '-', input, index);
    if (Array.isArray(step)) errors.push(...step.filter((e) => e.field !== 'name' || name !== ''));
    const number = isPlainObject(input) ? Number(String(input.step ?? '').trim()) : Number.NaN;
    if (Number.isInteger(number) && numbers.has(number))
      errors.push({ field: `steps.${index}.step`, message: t('schemes.stepTwice', { step: number }) });
    else if (!Array.isArray(step)) steps.push(step);
    if (Number.isInteger(number)) numbers.add(number);
  });
  const unique = errors.filter((error, i) => errors.findIndex((e) => e.field === error.field) === i);
  return unique.length > 0 ? refused(unique[0]?.message ?? t('form.fixErrors'), unique) : { name, steps };
}

/** A value the page says it showed, as text or a number (anything else as blank). */
function shownValue(value: unknown): string | number | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** The scheme as the page showed it (its name and steps with their IDs), or null for a new one. */
function readShown(shown: unknown): { name: string; steps: StepToSave[] } | null | 'bad' {
  if (shown === null || shown === undefined) return null;
  if (!isPlainObject(shown) || typeof shown.name !== 'string' || !Array.isArray(shown.steps)) return 'bad';
  const steps = shown.steps.filter(isPlainObject).map((step) => ({
    id: idOf(step.id),
    record: Object.fromEntries(STEP_FIELDS.map((key) => [key, shownValue(step[key])])),
  }));
  return { name: shown.name, steps };
}

const same = (a: unknown, b: unknown) => String(a ?? '').trim() === String(b ?? '').trim();

/** The steps someone changed in the sheet since the page showed the scheme, in words; none when it is as shown. */
function conflictsOf(
  t: Translator,
  book: SchemeBook,
  shown: { name: string; steps: StepToSave[] },
): string[] {
  const current = schemeNamed(book, shown.name)?.steps ?? [];
  const conflicts: string[] = [];
  for (const step of current) {
    const seen = shown.steps.find((s) => s.id === step.id);
    const changed = seen ? STEP_FIELDS.some((key) => !same(seen.record[key], step[key])) : true;
    if (changed)
      conflicts.push(t(seen ? 'schemes.conflict.changed' : 'schemes.conflict.added', { step: step.step }));
  }
  for (const seen of shown.steps)
    if (!current.some((step) => step.id === seen.id))
      conflicts.push(t('schemes.conflict.removed', { step: Number(seen.record.step) }));
  return conflicts;
}

/** What the save writes to the Schemes sheet. */
interface SavePlan {
  readonly append: TableRecord[];
  readonly update: { id: string; changes: TableRecord }[];
  readonly archive: string[];
  /** Rows typed by hand without an ID that the save would have to change: it is refused. */
  readonly handRows: number[];
}

/** The writes that make the sheet's rows of the scheme what the person saved. */
function planSave(
  book: SchemeBook,
  originalKey: string | null,
  name: string,
  steps: readonly StepToSave[],
): SavePlan {
  const plan: SavePlan = { append: [], update: [], archive: [], handRows: [] };
  const rows = originalKey === null ? [] : rowsOfScheme(book, originalKey);
  const current = originalKey === null ? [] : (book.schemes.find((s) => s.key === originalKey)?.steps ?? []);
  const change = (id: string | null, changes: TableRecord) => {
    if (Object.keys(changes).length === 0) return;
    const real = realId(id);
    if (real) plan.update.push({ id: real, changes });
    else plan.handRows.push(rowOf(book, id) ?? 0);
  };
  for (const { id, record } of steps) {
    const existing = current.find((step) => step.id === id);
    if (!existing) {
      plan.append.push({ ...record, scheme: name });
      continue;
    }
    const changes: TableRecord = {};
    for (const key of STEP_FIELDS) if (!same(record[key], existing[key])) changes[key] = record[key] ?? null;
    change(id, changes);
  }
  const kept = new Set(steps.map((step) => step.id));
  for (const step of current) {
    if (kept.has(step.id)) continue;
    const real = realId(step.id);
    if (real) plan.archive.push(real);
    else plan.handRows.push(rowOf(book, step.id) ?? 0);
  }
  // A rename reaches every row of the scheme, those that cannot be used too. A row typed by hand
  // without an ID that differs only in case or spaces still names the scheme, and is left as typed.
  const renamed = originalKey !== null && schemeKey(name) !== originalKey;
  for (const row of rows) {
    if (row.record.scheme === name || (row.id !== null && plan.archive.includes(row.id))) continue;
    if (row.id === null) {
      if (renamed) plan.handRows.push(row.row);
      continue;
    }
    const pending = plan.update.find((u) => u.id === row.id);
    if (pending) pending.changes.scheme = name;
    else change(row.id, { scheme: name });
  }
  return plan;
}

/** Writes the plan to the Schemes sheet and its audit entries (one audit write). */
function writeSave(store: TableStore, plan: SavePlan, stamp: WriteStamp): void {
  const entries: AuditEntry[] = [];
  for (const { id, changes } of plan.update) {
    const before = store.update(SCHEMES_TABLE, id, () => changes, stamp);
    entries.push(
      ...auditRows(
        { action: 'update', table: SCHEMES_TABLE.key, recordId: id },
        stamp,
        before.record,
        changes,
      ),
    );
  }
  for (const id of plan.archive) {
    store.update(
      SCHEMES_TABLE,
      id,
      (current): TableRecord => (isArchived(current) ? {} : { archivedAt: stamp.at }),
      stamp,
    );
    entries.push(
      fieldEntry('archive', SCHEMES_TABLE.key, id, 'archivedAt', { before: null, after: stamp.at }, stamp),
    );
  }
  const written = store.appendMany(SCHEMES_TABLE, plan.append, stamp);
  written.forEach(({ id }, index) => {
    entries.push(recordEntry('create', SCHEMES_TABLE.key, id, plan.append[index] ?? {}, stamp));
  });
  if (entries.length > 0) appendAudit(store, entries, stamp);
}

/**
 * Saves the scheme `name` with `steps` (each `{ id?, step, dayOffset, channel, purpose, note,
 * stopWhen }`); `shown` is the scheme as the page showed it (`{ name, steps }`), null for a new one.
 * Refused, with nothing written, for a bad field (named by step), a name another scheme has, a step
 * someone changed in the sheet since it was shown, or a row typed by hand without an ID that the
 * save would have to change.
 */
export function saveScheme(
  nameInput: unknown,
  stepsInput: unknown,
  shownInput: unknown,
): PageResult<{ name: string }> {
  const t = currentTranslator();
  const checked = readScheme(t, nameInput, stepsInput);
  if ('ok' in checked) return checked;
  const shown = readShown(shownInput);
  if (shown === 'bad') return refused(t('error.notAnObject'));
  const { name, steps } = checked;
  // The contact rows a rename wrote, to give back their old name if the save fails after them.
  const renamed: { contacts: RenamedContacts | null } = { contacts: null };
  try {
    return withDocumentLock(() => saveInLock(t, { name, steps }, shown, renamed));
  } catch (error) {
    if (renamed.contacts) restoreContacts(activeStore(), renamed.contacts, callerStamp());
    return refused(describeFailure(t, error));
  }
}

/** The locked part of saveScheme: checks against the sheet as it is now, then the writes. */
function saveInLock(
  t: Translator,
  { name, steps }: { name: string; steps: StepToSave[] },
  shown: { name: string; steps: StepToSave[] } | null,
  renamed: { contacts: RenamedContacts | null },
): PageResult<{ name: string }> {
  const store = activeStore();
  const book = readSchemeBook(store);
  const originalKey = shown ? schemeKey(shown.name) : null;
  if (shown && !schemeNamed(book, shown.name))
    return refused(t('schemes.gone', { name: shown.name.slice(0, 100) }));
  const newName = schemeKey(name) !== originalKey;
  const renaming = originalKey !== null && newName;
  if (newName && rowsOfScheme(book, schemeKey(name)).length > 0)
    return refused(t('schemes.nameTaken', { name }), [
      { field: 'name', message: t('schemes.nameTaken', { name }) },
    ]);
  const conflicts = shown ? conflictsOf(t, book, shown) : [];
  if (conflicts.length > 0) return refused(`${t('schemes.conflict')} ${conflicts.join(' ')}`);
  const plan = planSave(book, originalKey, name, steps);
  if (plan.handRows.length > 0) return refused(t('schemes.handRows', { rows: plan.handRows.join(', ') }));
  const notYours = renaming
    ? renameRefusal(t, store, currentCaller(), currentTeamView().team, originalKey)
    : null;
  if (notYours) return refused(notYours, [{ field: 'name', message: notYours }]);
  const stamp = callerStamp();
  writeSave(store, plan, stamp);
  if (renaming) renameContacts(store, originalKey, name, stamp, renamed);
  const nothing = plan.append.length + plan.update.length + plan.archive.length === 0;
  return done(t(nothing ? 'schemes.savedNoChange' : 'schemes.saved', { name }), { name });
}
