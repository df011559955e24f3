import type { Translator } from '../../core/i18n/format';
import { closePage, type ServerClient } from '../client/serverClient';
import { type BannerMessage, FormBanner } from './FormBanner';
import { type DraftStep, SchemeSteps } from './SchemeSteps';

type SchemesAnswer = Extract<Awaited<ReturnType<ServerClient['getSchemes']>>, { ok: true }>;
type SchemeView = SchemesAnswer['schemes'][number];

/** The scheme being edited: its name and steps as typed. */
export interface Draft {
  readonly name: string;
  readonly steps: readonly DraftStep[];
}

let nextKey = 1;
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function blankStep(step: number, dayOffset: number, channel: string): DraftStep {
  const key = nextKey++;
  const values = { step: String(step), dayOffset: String(dayOffset), channel };
  return { key, id: null, byHand: false, ...values, purpose: '', note: '', stopWhen: '' };
}

/** The editor's draft of a saved scheme, or of a new one (a single call on the start day). */
export function draftOf(scheme: SchemeView | undefined): Draft {
  if (!scheme) return { name: '', steps: [blankStep(1, 0, 'call')] };
  return {
    name: scheme.name,
    steps: scheme.steps.map((step) => ({
      key: nextKey++,
      id: step.id,
      byHand: step.byHand,
      step: text(step.step),
      dayOffset: text(step.dayOffset),
      channel: step.channel,
      purpose: step.purpose,
      note: step.note,
      stopWhen: text(step.stopWhen),
    })),
  };
}

/** A step as the server takes it (the ID only for a saved one). */
export function payloadOf(step: DraftStep) {
  const { key: _key, byHand: _byHand, id, stopWhen, ...values } = step;
  return { ...values, stopWhen: stopWhen || null, ...(id ? { id } : {}) };
}

/** Whether two drafts hold the same name and steps. */
export const sameDraft = (a: Draft, b: Draft) =>
  JSON.stringify([a.name, a.steps.map(payloadOf)]) === JSON.stringify([b.name, b.steps.map(payloadOf)]);

/** The next step a person adds: one number on, a week after the last, on the last step's channel. */
function addedStep(steps: readonly DraftStep[]): DraftStep {
  const last = steps[steps.length - 1];
  const numbers = steps.map((s) => Number(s.step)).filter(Number.isFinite);
  const step = (numbers.length > 0 ? Math.max(...numbers) : 0) + 1;
  const day = last && Number.isFinite(Number(last.dayOffset)) ? Number(last.dayOffset) + 7 : 0;
  return blankStep(step, day, last?.channel ?? 'call');
}

interface EditorProps {
  readonly t: Translator;
  readonly schemes: readonly SchemeView[];
  readonly selected: string;
  readonly onSelect: (name: string) => void;
  readonly draft: Draft;
  readonly onEdit: (draft: Draft) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly banner: BannerMessage;
  readonly saving: boolean;
  readonly onSave: () => void;
  /** Offered when clients are on the saved scheme: asks what an update would change for them. */
  readonly onOffer: (() => void) | null;
}

/** The name field, its refusal under it. */
function NameField({
  t,
  draft,
  error,
  onEdit,
}: {
  t: Translator;
  draft: Draft;
  error?: string;
  onEdit: (d: Draft) => void;
}) {
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for="scheme-name">{t('schemes.name')}</label>
      <input
        id="scheme-name"
        type="text"
        maxLength={100}
        value={draft.name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'scheme-name-error' : undefined}
        onInput={(e) => onEdit({ ...draft, name: e.currentTarget.value })}
      />
      {error ? (
        <div class="field__error" id="scheme-name-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The scheme's form: which scheme (or a new one), how many clients are on it, its name and steps,
 * Save (Enter), and the offer to update the clients on it. Esc closes the sidebar.
 */
export function SchemeEditor(props: EditorProps) {
  const { t, schemes, selected, draft, onEdit, errors } = props;
  const scheme = schemes.find((s) => s.name === selected);
  const changeStep = (index: number, field: keyof DraftStep, value: string) =>
    onEdit({ ...draft, steps: draft.steps.map((s, i) => (i === index ? { ...s, [field]: value } : s)) });
  const addStep = () => {
    onEdit({ ...draft, steps: [...draft.steps, addedStep(draft.steps)] });
    setTimeout(() => document.getElementById(`step-${draft.steps.length}-dayOffset`)?.focus(), 0);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    props.onSave();
  };
  return (
    <form noValidate onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && closePage()}>
      <h1>{t('schemes.title')}</h1>
      <FormBanner banner={props.banner} />
      <div class="field">
        <label for="scheme-pick">{t('schemes.pick')}</label>
        <select id="scheme-pick" value={selected} onInput={(e) => props.onSelect(e.currentTarget.value)}>
          {schemes.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
          <option value="">{t('schemes.new')}</option>
        </select>
      </div>
      {scheme ? (
        <p class="muted">
          {t('schemes.onIt', { clients: scheme.clients, active: scheme.active })}
          {scheme.unusable > 0 ? ` ${t('schemes.unusableOfScheme', { count: scheme.unusable })}` : ''}
        </p>
      ) : schemes.length === 0 ? (
        <p class="muted">{t('schemes.empty')}</p>
      ) : null}
      <NameField t={t} draft={draft} error={errors.name} onEdit={onEdit} />
      <fieldset>
        <legend>{t('schemes.steps')}</legend>
        <SchemeSteps
          t={t}
          steps={draft.steps}
          errors={errors}
          onChange={changeStep}
          onRemove={(index) => onEdit({ ...draft, steps: draft.steps.filter((_, i) => i !== index) })}
        />
        {errors.steps ? <div class="field__error">{errors.steps}</div> : null}
        <button type="button" onClick={addStep}>
          {t('schemes.addStep')}
        </button>
      </fieldset>
      <div class="scheme-actions">
        <button type="submit" class="primary" disabled={props.saving}>
          {props.saving ? t('form.saving') : t('form.save')}
        </button>
        {props.onOffer ? (
          <button type="button" onClick={props.onOffer}>
            {t('schemes.update.offer')}
          </button>
        ) : null}
        <button type="button" onClick={closePage}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
