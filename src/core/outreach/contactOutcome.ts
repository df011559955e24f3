/**
 * Logging the outcome of a planned contact, as My day does in one action: what the contact-plan row
 * becomes, the client's next contact date afterwards, and the next step to propose.
 */
import { type Day, dayToIso } from '../analysis/days';
import type { RecordValue } from '../tables/tableSpec';
import type { SchemeContact } from './schemeEnrolment';
import { type Scheme, type SchemeStep, schemeKey } from './schemes';

/** What happened: the contact took place, it did not, or it moved to another day. */
export type OutcomeKind = 'done' | 'missed' | 'rescheduled';
export const OUTCOME_KINDS: readonly OutcomeKind[] = ['done', 'missed', 'rescheduled'];

/** A logged outcome: its kind, the note, and for a reschedule the new day. */
export interface ContactOutcome {
  readonly kind: OutcomeKind;
  readonly note: string;
  readonly rescheduleTo: Day | null;
}

/** Why an outcome cannot be logged, by field. */
export type OutcomeRefusal = { readonly field: 'kind' | 'rescheduleTo' | 'status'; readonly reason: string };

/**
 * The row's Outcome text with `added` after what it already says (on a line of its own): what a
 * person typed there before the contact, or an earlier reschedule's note, is never lost. Null when
 * both are empty.
 */
function outcomeText(existing: string | null | undefined, added: string): string | null {
  const parts = [(existing ?? '').trim(), added.trim()].filter((part) => part !== '');
  return parts.length > 0 ? parts.join('\n') : null;
}

/**
 * The fields the contact-plan row takes for `outcome`, logged on `today`; `rescheduledNote` is the
 * note a reschedule writes (in the reader's language, naming the old day), so the row shows it was
 * moved by a person (schemeUpdates.ts leaves such a row's day alone). The note is added after the
 * row's own Outcome text (`row.outcome`), which is kept. Only a planned row takes one.
 */
export function outcomeFields(
  row: { readonly status: string; readonly plannedDay: Day | null; readonly outcome?: string | null },
  outcome: ContactOutcome,
  today: Day,
  rescheduledNote: string,
): { ok: true; fields: Record<string, RecordValue> } | { ok: false; refusal: OutcomeRefusal } {
  if (row.status !== 'planned') return { ok: false, refusal: { field: 'status', reason: 'notPlanned' } };
  const note = outcome.note.trim();
  const kept = (added: string) => outcomeText(row.outcome, added);
  if (outcome.kind === 'done')
    return { ok: true, fields: { status: 'done', doneDate: dayToIso(today), outcome: kept(note) } };
  if (outcome.kind === 'missed') return { ok: true, fields: { status: 'missed', outcome: kept(note) } };
  if (outcome.kind !== 'rescheduled') return { ok: false, refusal: { field: 'kind', reason: 'unknown' } };
  if (outcome.rescheduleTo === null)
    return { ok: false, refusal: { field: 'rescheduleTo', reason: 'missing' } };
  if (outcome.rescheduleTo < today) return { ok: false, refusal: { field: 'rescheduleTo', reason: 'past' } };
  return {
    ok: true,
    fields: {
      plannedDate: dayToIso(outcome.rescheduleTo),
      outcome: kept(note ? `${rescheduledNote} ${note}` : rescheduledNote),
    },
  };
}

/** The client's next contact day: its earliest planned row from `today` on, or null. */
export function nextContactDay(
  rows: readonly { readonly status: string; readonly plannedDay: Day | null }[],
  today: Day,
): Day | null {
  let next: Day | null = null;
  for (const row of rows)
    if (row.status === 'planned' && row.plannedDay !== null && row.plannedDay >= today)
      if (next === null || row.plannedDay < next) next = row.plannedDay;
  return next;
}

/** What My day proposes after an outcome: the scheme's next planned row, its next step not planned, or nothing. */
type NextStepProposal =
  | {
      readonly kind: 'planned';
      readonly contactId: string;
      readonly plannedDay: Day | null;
      readonly step: number;
    }
  | { readonly kind: 'fromScheme'; readonly step: SchemeStep }
  | { readonly kind: 'ask' };

/**
 * The next step after the row `done` of a scheme: the client's next planned row of the same scheme
 * (a later step), else the scheme's next step when it has no row (an edited scheme), else ask the
 * person for one. A row of no scheme, or of a scheme no longer in the sheet, asks.
 */
export function proposeNextStep(
  done: Pick<SchemeContact, 'id' | 'clientId' | 'scheme' | 'step'>,
  scheme: Scheme | null,
  contacts: readonly SchemeContact[],
): NextStepProposal {
  if (!done.scheme || done.step === null || !scheme || scheme.key !== schemeKey(done.scheme))
    return { kind: 'ask' };
  const doneStep = done.step;
  const ofRun = contacts.filter(
    (c) => c.clientId === done.clientId && c.id !== done.id && schemeKey(c.scheme) === scheme.key,
  );
  const planned = ofRun
    .filter((c) => c.status === 'planned' && c.step !== null && c.step > doneStep)
    .sort((a, b) => (a.step as number) - (b.step as number))[0];
  if (planned)
    return {
      kind: 'planned',
      contactId: planned.id,
      plannedDay: planned.plannedDay,
      step: planned.step as number,
    };
  if (ofRun.some((c) => c.status === 'cancelled')) return { kind: 'ask' };
  const step = scheme.steps.find((s) => s.step > doneStep && !ofRun.some((c) => c.step === s.step));
  return step ? { kind: 'fromScheme', step } : { kind: 'ask' };
}
