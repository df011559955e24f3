import { useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/en';
import type { Translator } from '../../core/i18n/translate';
import type { FieldMessage, SaveResult } from '../../core/saveResult';
import { columnOf, type TableSpec } from '../../core/tables/tableSpec';
import { describeFieldError, validateRecord } from '../../core/validation/recordValidation';
import { closePage } from '../client/serverClient';
import { ColumnField } from './ColumnField';

/** A titled group of a form's fields. */
export interface FormSection {
  readonly title: MessageKey;
  readonly columns: readonly string[];
}

interface RecordFormProps {
  readonly table: TableSpec;
  readonly title: MessageKey;
  readonly sections: readonly FormSection[];
  readonly t: Translator;
  readonly save: (payload: Record<string, string>) => Promise<SaveResult>;
}

type Banner = { kind: 'ok' | 'error'; text: string } | null;

function initialValues(table: TableSpec, sections: readonly FormSection[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of sections.flatMap((s) => s.columns)) values[key] = columnOf(table, key).defaultValue ?? '';
  return values;
}

/**
 * A sidebar form over a table's columns. It validates with the schema the server uses before it
 * calls the server, keeps what was typed when the server refuses, and clears only after a save.
 * Enter saves (Ctrl+Enter inside a text area); Esc closes.
 */
export function RecordForm({ table, title, sections, t, save }: RecordFormProps) {
  const [values, setValues] = useState(() => initialValues(table, sections));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const onInput = (key: string, value: string) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const showErrors = (fieldErrors: readonly FieldMessage[], message: string) => {
    setErrors(Object.fromEntries(fieldErrors.map((e) => [e.field, e.message])));
    setBanner({ kind: 'error', text: message });
    const first = fieldErrors[0];
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first.field}"]`)?.focus();
  };

  const submit = async (event?: Event) => {
    event?.preventDefault();
    if (saving) return;
    const local = validateRecord(table, values, 'create');
    if (!local.ok) {
      const messages = local.errors.map((e) => ({
        field: e.field,
        message: describeFieldError(t, table, e),
      }));
      showErrors(messages, t('form.fixErrors'));
      return;
    }
    setSaving(true);
    setBanner(null);
    try {
      const result = await save(values);
      if (result.ok) {
        setValues(initialValues(table, sections));
        setErrors({});
        setBanner({ kind: 'ok', text: result.message });
        formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
      } else {
        showErrors(result.fieldErrors, result.message);
      }
    } catch (error) {
      setBanner({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closePage();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-busy={saving}>
      <h1>{t(title)}</h1>
      {banner ? (
        <div class={`banner banner--${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'}>
          {banner.text}
        </div>
      ) : null}
      {sections.map((section) => (
        <fieldset key={section.title}>
          <legend>{t(section.title)}</legend>
          {section.columns.map((key) => (
            <ColumnField
              key={key}
              column={columnOf(table, key)}
              value={values[key] ?? ''}
              error={errors[key]}
              t={t}
              onInput={onInput}
            />
          ))}
        </fieldset>
      ))}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" onClick={closePage}>
          {t('form.cancel')}
        </button>
        <span class="hint">{t('form.shortcuts')}</span>
      </div>
    </form>
  );
}
