import { useRef, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import type { FieldMessage } from '../../core/pageResult';
import { choiceLabelKey, columnOf } from '../../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../../core/tables/workTables';
import { describeFieldError, validateRecord } from '../../core/validation/recordValidation';
import { serverClient } from '../client/serverClient';
import { ColumnField } from './ColumnField';
import { type BannerMessage, FormBanner } from './FormBanner';
import type { PlanView } from './PlanForm';

/** The contact-plan fields the "Add an action" row fills before and after the person. */
const BEFORE = ['plannedDate', 'channel'] as const;
const AFTER = ['purpose', 'owner'] as const;
const CHANNEL = columnOf(CONTACT_PLAN_TABLE, 'channel');

type Field = (typeof BEFORE)[number] | (typeof AFTER)[number];
type Values = Record<Field | 'personId', string>;

const emptyAction = (owner: string | null): Values => ({
  plannedDate: '',
  channel: '',
  purpose: '',
  personId: '',
  owner: owner ?? '',
});

/** One planned action as a line: date, channel, person, purpose, owner; an overdue one marked. */
function actionLine(t: Translator, action: PlanView['actions'][number]): string {
  const channel = action.channel ? t(choiceLabelKey(CHANNEL, action.channel)) : '';
  return [action.plannedDate, channel, action.person, action.purpose, action.owner]
    .filter((part) => part !== null && part !== '')
    .join(' · ');
}

/** The people of the client as choices of whom an action is with (one may leave it blank). */
function PersonSelect({
  t,
  view,
  value,
  error,
  onInput,
}: {
  t: Translator;
  view: PlanView;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for="action-personId">{t('plan.action.person')}</label>
      <select
        id="action-personId"
        name="personId"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'action-personId-error' : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      >
        <option value="">{t('plan.action.nobody')}</option>
        {view.people.map((person) => (
          <option key={String(person.id)} value={String(person.id ?? '')}>
            {String(person.name ?? person.id ?? '')}
          </option>
        ))}
      </select>
      {error ? (
        <div class="field__error" id="action-personId-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** The "Add an action" row's state and its save, through the contact plan's own saveRecord. */
function useActionForm(t: Translator, view: PlanView, onAdded: () => void) {
  const [values, setValues] = useState<Values>(() => emptyAction(view.client.owner));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const onInput = (key: string, value: string) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const refuse = (fieldErrors: readonly FieldMessage[], message: string) => {
    setErrors(Object.fromEntries(fieldErrors.map((e) => [e.field, e.message])));
    setBanner({ kind: 'error', text: message });
    const first = fieldErrors[0]?.field;
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };
  const add = async () => {
    const payload = { clientId: view.client.id, ...values };
    const local = validateRecord(CONTACT_PLAN_TABLE, payload, 'create');
    if (!local.ok) {
      const messages = local.errors.map((e) => ({
        field: e.field,
        message: describeFieldError(t, CONTACT_PLAN_TABLE, e),
      }));
      return refuse(messages, t('form.fixErrors'));
    }
    setSaving(true);
    setBanner(null);
    try {
      const saved = await serverClient.saveRecord(CONTACT_PLAN_TABLE.key, payload);
      if (!saved.ok) return refuse(saved.fieldErrors, saved.message);
      setErrors({});
      setBanner({ kind: 'ok', text: saved.message });
      // The next action is likely the same person's work: the owner stays, the rest clears.
      setValues((previous) => ({ ...emptyAction(view.client.owner), owner: previous.owner }));
      onAdded();
    } catch (error) {
      setBanner({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };
  return { values, errors, banner, saving, formRef, onInput, add };
}

interface PlanActionsProps {
  readonly t: Translator;
  readonly view: PlanView;
  /** After an action was saved: the page reads the plan again. */
  readonly onAdded: () => void;
}

/**
 * The plan's actions: the client's planned contacts (overdue ones marked), and an "Add an action" row
 * saved through the contact form's own save (validated, checked for rights, audited). Enter adds.
 */
export function PlanActions({ t, view, onAdded }: PlanActionsProps) {
  const form = useActionForm(t, view, onAdded);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!form.saving) void form.add();
  };
  const field = (key: Field) => (
    <ColumnField
      key={key}
      idPrefix="action"
      column={columnOf(CONTACT_PLAN_TABLE, key)}
      value={form.values[key]}
      error={form.errors[key]}
      t={t}
      onInput={form.onInput}
    />
  );
  return (
    <section>
      <h2>{t('plan.actions')}</h2>
      {view.actions.length === 0 ? <p class="muted">{t('card.none')}</p> : null}
      <ul>
        {view.actions.map((action) => (
          <li key={String(action.id)}>
            {actionLine(t, action)}
            {action.overdue ? <strong> ({t('plan.action.overdue')})</strong> : null}
          </li>
        ))}
      </ul>
      {view.moreActions > 0 ? (
        <p class="muted">{t('plan.action.more', { count: view.moreActions })}</p>
      ) : null}
      <form ref={form.formRef} noValidate onSubmit={submit} aria-busy={form.saving}>
        <fieldset>
          <legend>{t('plan.action.add')}</legend>
          <FormBanner banner={form.banner} />
          {BEFORE.map(field)}
          <PersonSelect
            t={t}
            view={view}
            value={form.values.personId}
            error={form.errors.personId}
            onInput={(value) => form.onInput('personId', value)}
          />
          {AFTER.map(field)}
          <button type="submit" disabled={form.saving}>
            {form.saving ? t('form.saving') : t('plan.action.save')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
