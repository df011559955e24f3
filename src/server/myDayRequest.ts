/**
 * The outcome My day asks to log, checked before anything is read or written (the kind, the note,
 * the new date, the next step, the values the page showed), and the contact-plan fields it writes on
 * the row as it is inside the lock, each refusal on the page's own field.
 */

import { type Day, dayToIso, parseIsoDay } from '../core/analysis/days';
import type { Translator } from '../core/i18n/translate';
import {
  type ContactOutcome,
  OUTCOME_KINDS,
  type OutcomeRefusal,
  outcomeFields,
} from '../core/outreach/contactOutcome';
import { type FieldMessage, type Refusal, refused } from '../core/pageResult';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { readShownValues } from '../core/tables/recordChanges';
import { choiceLabelKey, columnOf, type TableRecord } from '../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { maxLengthOf } from '../core/validation/columnSchema';
import { describeFieldError, normalizeId, validateRecord } from '../core/validation/recordValidation';
import { readTypedDate } from '../core/validation/typedValues';
import { statusOf, textOf } from './myDay';
import { dayOfValue } from './schemesData';

/** An outcome as asked for, checked before the lock. */
export interface OutcomeRequest {
  readonly id: string;
  readonly outcome: ContactOutcome;
  readonly nextStep: string | null;
  readonly shown: TableRecord;
}

const CONTACT = CONTACT_PLAN_TABLE;
const NOTE_MAX = maxLengthOf(columnOf(CONTACT, 'outcome'));
const NEXT_STEP_MAX = Math.min(
  maxLengthOf(columnOf(CONTACT, 'nextStep')),
  maxLengthOf(columnOf(CLIENTS_TABLE, 'nextStep')),
);
/** The page's field for each contact-plan column an outcome writes. */
const PAGE_FIELD: Readonly<Record<string, string>> = {
  outcome: 'note',
  plannedDate: 'rescheduleTo',
  doneDate: 'kind',
  status: 'kind',
  nextStep: 'nextStep',
};

const fieldRefusal = (field: string, message: string): Refusal => refused(message, [{ field, message }]);

/** Optional text from the page: '' when missing; a refusal naming the field when it is not text or too long. */
function textInput(t: Translator, value: unknown, field: string, max: number): string | Refusal {
  if (value === undefined || value === null) return '';
  const label = t(field === 'note' ? 'myDay.note' : 'myDay.nextStep');
  if (typeof value !== 'string') return fieldRefusal(field, t('myDay.error.notText', { field: label }));
  if (value.trim().length <= max) return value.trim();
  const key = field === 'note' ? 'myDay.error.noteTooLong' : 'myDay.error.nextStepTooLong';
  return fieldRefusal(field, t(key, { max, length: value.trim().length }));
}

/** The outcome the page asks for, checked field by field (nothing is read or written yet). */
export function readRequest(
  t: Translator,
  input: {
    id: unknown;
    kind: unknown;
    note: unknown;
    rescheduleTo: unknown;
    nextStep: unknown;
    shown: unknown;
  },
): OutcomeRequest | Refusal {
  const id = normalizeId(input.id);
  if (id === null || id.length > 40)
    return refused(t('error.recordMissing', { id: String(input.id ?? '').slice(0, 40) }));
  const kind = OUTCOME_KINDS.find((k) => k === input.kind);
  if (!kind) return fieldRefusal('kind', t('myDay.error.kind'));
  const note = textInput(t, input.note, 'note', NOTE_MAX);
  if (typeof note !== 'string') return note;
  const nextStep = textInput(t, input.nextStep, 'nextStep', NEXT_STEP_MAX);
  if (typeof nextStep !== 'string') return nextStep;
  let rescheduleTo: Day | null = null;
  if (kind === 'rescheduled' && input.rescheduleTo !== null && input.rescheduleTo !== undefined) {
    const text = typeof input.rescheduleTo === 'string' ? input.rescheduleTo.trim() : '';
    // Read as the forms read a typed date: ISO, or any form two day-month orders agree on.
    const typed = text === '' ? null : readTypedDate(text);
    rescheduleTo = typed?.ok ? parseIsoDay(typed.value) : null;
    if (text !== '' && rescheduleTo === null)
      return fieldRefusal(
        'rescheduleTo',
        t('myDay.error.rescheduleInvalid', { value: String(input.rescheduleTo).slice(0, 20) }),
      );
  }
  const shown = readShownValues(CONTACT, input.shown);
  if (!shown) return refused(t('error.notAnObject'));
  return { id, outcome: { kind, note, rescheduleTo }, nextStep: nextStep || null, shown };
}

/** core's refusal of an outcome, in the person's words, on the page's field. */
function outcomeRefusal(t: Translator, refusal: OutcomeRefusal, row: TableRecord, today: Day): Refusal {
  if (refusal.field === 'kind') return fieldRefusal('kind', t('myDay.error.kind'));
  if (refusal.field === 'status') return notPlanned(t, row);
  if (refusal.reason === 'missing') return fieldRefusal('rescheduleTo', t('myDay.error.rescheduleMissing'));
  return fieldRefusal('rescheduleTo', t('myDay.error.reschedulePast', { date: dayToIso(today) }));
}

/** The row is no longer planned: someone logged, cancelled or changed it meanwhile. */
function notPlanned(t: Translator, row: TableRecord): Refusal {
  const status = t(choiceLabelKey(columnOf(CONTACT, 'status'), statusOf(row)));
  return refused(t('myDay.error.notPlanned', { id: String(row.id ?? ''), status }));
}

/** A refusal of the edit path, its fields renamed to the page's (the note, the new date). */
export function onPageFields(refusal: Refusal): Refusal {
  const fieldErrors: FieldMessage[] = refusal.fieldErrors.map((error) => ({
    field: PAGE_FIELD[error.field] ?? error.field,
    message: error.message,
  }));
  return { ...refusal, fieldErrors };
}

/** The contact-plan fields the outcome writes, checked by the contact form's own validation. */
export function outcomeChanges(
  t: Translator,
  request: OutcomeRequest,
  row: TableRecord,
  today: Day,
): { ok: true; changes: TableRecord } | Refusal {
  const old = textOf(row.plannedDate) ?? '—';
  const rowDay = {
    status: statusOf(row),
    plannedDay: dayOfValue(row.plannedDate),
    outcome: textOf(row.outcome),
  };
  const fields = outcomeFields(rowDay, request.outcome, today, t('myDay.rescheduledNote', { date: old }));
  if (!fields.ok) return outcomeRefusal(t, fields.refusal, row, today);
  const wanted = { ...fields.fields, ...(request.nextStep ? { nextStep: request.nextStep } : {}) };
  const checked = validateRecord(CONTACT, wanted, 'update');
  if (checked.ok) return { ok: true, changes: checked.record };
  const errors = checked.errors.map((e) => ({ field: e.field, message: describeFieldError(t, CONTACT, e) }));
  return onPageFields(refused(errors[0]?.message ?? t('form.fixErrors'), errors));
}

/** Refuses a row that is no longer planned when it is read for the write (the guard of the edit). */
export const stillPlanned =
  (t: Translator) =>
  (current: TableRecord): Refusal | null =>
    statusOf(current) === 'planned' ? null : notPlanned(t, current);
