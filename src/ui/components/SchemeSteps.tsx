import type { Translator } from '../../core/i18n/format';
import { SCHEMES_TABLE } from '../../core/tables/schemeTable';
import { choiceLabelKey, columnOf } from '../../core/tables/tableSpec';

const CHANNEL = columnOf(SCHEMES_TABLE, 'channel');
const STOP = columnOf(SCHEMES_TABLE, 'stopWhen');

/** A step as the editor holds it: every field as typed, so nothing typed is lost on a refusal. */
export interface DraftStep {
  /** A key for the list, stable while the person edits. */
  readonly key: number;
  /** The row's ID (or stand-in) once saved; null for a step added here. */
  readonly id: string | null;
  readonly byHand: boolean;
  readonly step: string;
  readonly dayOffset: string;
  readonly channel: string;
  readonly purpose: string;
  readonly note: string;
  readonly stopWhen: string;
}

type StepField = 'step' | 'dayOffset' | 'channel' | 'purpose' | 'note' | 'stopWhen';

interface StepsProps {
  readonly t: Translator;
  readonly steps: readonly DraftStep[];
  /** Field errors by `steps.<index>.<field>`, as the server names them. */
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (index: number, field: StepField, value: string) => void;
  readonly onRemove: (index: number) => void;
}

/** One cell's control: labelled for screen readers by the step and the column, marked when refused. */
function Cell({
  t,
  index,
  field,
  step,
  error,
  onChange,
}: {
  t: Translator;
  index: number;
  field: StepField;
  step: DraftStep;
  error: string | undefined;
  onChange: StepsProps['onChange'];
}) {
  const id = `step-${index}-${field}`;
  const label = `${t('schemes.stepNumber')} ${step.step || index + 1}: ${t(columnOf(SCHEMES_TABLE, field).label)}`;
  const common = {
    id,
    name: field,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `steps-${index}-errors` : undefined,
    onInput: (event: Event) => onChange(index, field, (event.currentTarget as HTMLInputElement).value),
  };
  if (field === 'channel' || field === 'stopWhen') {
    const column = field === 'channel' ? CHANNEL : STOP;
    return (
      <select {...common} value={step[field]}>
        <option value="">{field === 'channel' ? t('form.choose') : '—'}</option>
        {(column.choices ?? []).map((choice) => (
          <option key={choice} value={choice}>
            {t(choiceLabelKey(column, choice))}
          </option>
        ))}
      </select>
    );
  }
  const numeric = field === 'step' || field === 'dayOffset';
  return (
    <input
      {...common}
      type="text"
      value={step[field]}
      inputMode={numeric ? 'numeric' : undefined}
      autoComplete="off"
      placeholder={numeric ? undefined : t(columnOf(SCHEMES_TABLE, field).label)}
    />
  );
}

/** One step's rows: number, day, channel, stop condition and remove; purpose and note; what is wrong. */
function StepRows({
  t,
  step,
  index,
  errors,
  onChange,
  onRemove,
}: Omit<StepsProps, 'steps'> & { step: DraftStep; index: number }) {
  const errorOf = (field: StepField) => errors[`steps.${index}.${field}`];
  const messages = (['step', 'dayOffset', 'channel', 'stopWhen', 'purpose', 'note'] as const)
    .map(errorOf)
    .filter((message): message is string => Boolean(message));
  const cell = (field: StepField) => (
    <Cell t={t} index={index} field={field} step={step} error={errorOf(field)} onChange={onChange} />
  );
  const remove = t('schemes.removeStep', { step: step.step || index + 1 });
  return (
    <tbody class={messages.length > 0 ? 'scheme-step scheme-step--invalid' : 'scheme-step'}>
      <tr>
        <td class="scheme-steps__number">{cell('step')}</td>
        <td class="scheme-steps__number">{cell('dayOffset')}</td>
        <td>{cell('channel')}</td>
        <td>{cell('stopWhen')}</td>
        <td>
          <button
            type="button"
            class="scheme-steps__remove"
            aria-label={remove}
            title={remove}
            onClick={() => onRemove(index)}
          >
            ×
          </button>
        </td>
      </tr>
      <tr>
        <td colSpan={3}>{cell('purpose')}</td>
        <td colSpan={2}>{cell('note')}</td>
      </tr>
      {messages.length > 0 || step.byHand ? (
        <tr>
          <td colSpan={5} id={`steps-${index}-errors`} class="field__error">
            {messages.join(' ')}
            {step.byHand ? (
              <span class="muted"> {t('schemes.byHand', { row: step.id?.replace('@row:', '') ?? '' })}</span>
            ) : null}
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

/**
 * The scheme's steps as an editable table: per step its number, day, channel and what stops it on
 * one line, its purpose and note under them, a button to remove it; each refused cell marked, the
 * reasons said under the step.
 */
export function SchemeSteps({ t, steps, errors, onChange, onRemove }: StepsProps) {
  const headers: StepField[] = ['step', 'dayOffset', 'channel', 'stopWhen'];
  return (
    <table class="scheme-steps">
      <thead>
        <tr>
          {headers.map((field) => (
            <th key={field} scope="col">
              {t(
                field === 'step'
                  ? 'schemes.stepNumber'
                  : field === 'dayOffset'
                    ? 'schemes.day'
                    : columnOf(SCHEMES_TABLE, field).label,
              )}
            </th>
          ))}
          <th scope="col">
            <span class="visually-hidden">{t('schemes.removeStep', { step: '' })}</span>
          </th>
        </tr>
      </thead>
      {steps.map((step, index) => (
        <StepRows
          key={step.key}
          t={t}
          step={step}
          index={index}
          errors={errors}
          onChange={onChange}
          onRemove={onRemove}
        />
      ))}
    </table>
  );
}
