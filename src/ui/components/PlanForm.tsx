import { useRef, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import type { FieldMessage, SaveResult } from '../../core/saveResult';
import { PLANS_TABLE } from '../../core/tables/planTable';
import { sameValue } from '../../core/tables/recordChanges';
import { columnOf, type TableRecord } from '../../core/tables/tableSpec';
import { describeFieldError, validateRecord } from '../../core/validation/recordValidation';
import { type ServerClient, serverClient } from '../client/serverClient';
import { ColumnField } from './ColumnField';
import { type BannerMessage, FormBanner } from './FormBanner';
import { PeopleChecklist } from './PeopleChecklist';

/** What the sidebar knows of the client's plan (the server's relationship-plan answer). */
export type PlanView = Extract<Awaited<ReturnType<ServerClient['getRelationshipPlan']>>, { ok: true }>;

/** The plan's fields the form edits beside its people, in this order. */
const FIELDS = ['objective', 'periodEnd', 'reviewDate', 'status', 'owner', 'notes'] as const;

/** A plan opened for editing: its ID and the values the form showed (what the conflict check compares). */
interface EditTarget {
  readonly id: string;
  readonly record: TableRecord;
}

type Values = Record<string, string>;
/** The form's banner; after an edit conflict it offers to reload the plan. */
type PlanBanner = (NonNullable<BannerMessage> & { readonly canReload?: boolean }) | null;

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The form's values for `record`, or a new plan's defaults (the client's owner as its owner). */
function valuesFor(record: TableRecord | null, owner: string | null): Values {
  const values: Values = {};
  for (const key of FIELDS)
    values[key] = text(record ? record[key] : columnOf(PLANS_TABLE, key).defaultValue);
  if (!record) values.owner = owner ?? '';
  return values;
}

/** What a save sends: every field and the client for a new plan, else the fields changed since shown. */
function planPayload(values: Values, chosen: readonly string[], clientId: string, edit: EditTarget | null) {
  const all: Values = { ...values, peopleIds: chosen.join(', ') };
  if (!edit) return { clientId, ...all };
  return Object.fromEntries(
    Object.entries(all).filter(([key, value]) => !sameValue(edit.record[key], value)),
  );
}

/** A new plan through saveRecord; an edit through updateRecord with the values the form showed. */
function savePlan(edit: EditTarget | null, payload: Values): Promise<SaveResult> {
  if (!edit) return serverClient.saveRecord(PLANS_TABLE.key, payload);
  const shown = Object.fromEntries(Object.keys(payload).map((key) => [key, edit.record[key] ?? null]));
  return serverClient.updateRecord(PLANS_TABLE.key, edit.id, payload, shown);
}

/** After a conflict: the sheet's values, except the fields only this person changed keep what they typed. */
function keepTyped(typed: Values, shown: TableRecord, fresh: TableRecord, owner: string | null): Values {
  const next = valuesFor(fresh, owner);
  for (const [key, value] of Object.entries(typed)) {
    if (sameValue(fresh[key], shown[key]) && !sameValue(shown[key], value)) next[key] = value;
  }
  return next;
}

/** The plan form's state and its save, as RecordForm keeps them. */
function usePlanForm(t: Translator, view: PlanView, onSaved: (planId: string) => void) {
  const { client } = view;
  const [edit, setEdit] = useState<EditTarget | null>(view.plan);
  const [values, setValues] = useState(() => valuesFor(view.plan?.record ?? null, client.owner));
  const [chosen, setChosen] = useState<string[]>(() => [...(view.plan?.peopleIds ?? [])]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<PlanBanner>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const clearError = (key: string) => setErrors(({ [key]: _gone, ...rest }) => rest);
  const refuse = (fieldErrors: readonly FieldMessage[], message: string, canReload = false) => {
    setErrors(Object.fromEntries(fieldErrors.map((e) => [e.field, e.message])));
    setBanner({ kind: 'error', text: message, canReload });
    const first = fieldErrors[0]?.field;
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };
  const send = async () => {
    const payload = planPayload(values, chosen, client.id, edit);
    const local = validateRecord(PLANS_TABLE, payload, edit ? 'update' : 'create');
    if (!local.ok) {
      const messages = local.errors.map((e) => ({
        field: e.field,
        message: describeFieldError(t, PLANS_TABLE, e),
      }));
      return refuse(messages, t('form.fixErrors'));
    }
    setSaving(true);
    setBanner(null);
    try {
      const result = await savePlan(edit, payload);
      if (!result.ok)
        return refuse(result.fieldErrors, result.message, edit !== null && result.fieldErrors.length > 0);
      setErrors({});
      setBanner({ kind: 'ok', text: result.message });
      setEdit({ id: result.id, record: { ...(edit?.record ?? {}), ...local.record } });
      onSaved(result.id);
    } catch (error) {
      setBanner({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };
  const reload = async () => {
    if (!edit) return;
    const fresh = await serverClient.getRelationshipPlan(client.id, edit.id);
    const plan = fresh.ok && fresh.plan?.id === edit.id ? fresh.plan : null;
    if (!plan)
      return setBanner({
        kind: 'error',
        text: fresh.ok ? t('error.recordMissing', { id: edit.id }) : fresh.message,
      });
    if (!sameValue(plan.record.peopleIds, edit.record.peopleIds)) setChosen([...plan.peopleIds]);
    setValues(keepTyped(values, edit.record, plan.record, client.owner));
    setEdit({ id: edit.id, record: plan.record });
    setErrors({});
    setBanner(null);
  };
  const onInput = (key: string, value: string) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    if (errors[key]) clearError(key);
  };
  const choose = (next: string[]) => {
    setChosen(next);
    if (errors.peopleIds) clearError('peopleIds');
  };
  return { edit, values, chosen, errors, banner, saving, formRef, send, reload, onInput, choose };
}

interface PlanFormProps {
  readonly t: Translator;
  readonly view: PlanView;
  /** After a save: the plan's ID, so the page reads the plan again. */
  readonly onSaved: (planId: string) => void;
}

/**
 * The client's plan: objective, period end, review date, status, owner and notes, and the people it
 * depends on as ticks. A new plan is saved with saveRecord, an existing one with updateRecord and the
 * values the form showed, exactly as RecordForm does: checked with the server's schema first,
 * refusals shown by field, what was typed kept. Enter saves (Ctrl+Enter in a text area).
 */
export function PlanForm({ t, view, onSaved }: PlanFormProps) {
  const form = usePlanForm(t, view, onSaved);
  const { edit, banner, saving } = form;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!saving) void form.send();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
  };
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-busy={saving}>
      <h2>{edit ? t('plan.editing', { id: edit.id }) : t('form.plan.title')}</h2>
      {edit ? null : <p class="muted">{t('plan.new')}</p>}
      <FormBanner banner={banner}>
        {banner?.canReload ? (
          <div>
            <button type="button" disabled={saving} onClick={() => void form.reload()}>
              {t('form.reload')}
            </button>
          </div>
        ) : null}
      </FormBanner>
      {FIELDS.map((key) => (
        <ColumnField
          key={key}
          idPrefix="plan"
          column={columnOf(PLANS_TABLE, key)}
          value={form.values[key] ?? ''}
          error={form.errors[key]}
          t={t}
          onInput={form.onInput}
        />
      ))}
      <PeopleChecklist
        t={t}
        people={view.people}
        chosen={form.chosen}
        error={form.errors.peopleIds ?? form.errors.clientId}
        onChange={form.choose}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
        <span class="hint">{t('form.shortcuts')}</span>
      </div>
    </form>
  );
}
