import { useRef, useState } from 'preact/hooks';
import type { FormLayout } from '../../core/forms/formLayouts';
import type { Translator } from '../../core/i18n/format';
import type { NumberConventions } from '../../core/import/localeValues';
import type { FieldMessage, SaveResult } from '../../core/saveResult';
import { sameValue } from '../../core/tables/recordChanges';
import { columnOf, type TableRecord } from '../../core/tables/tableSpec';
import { describeFieldError, type FieldError, validateRecord } from '../../core/validation/recordValidation';
import { closePage, serverClient } from '../client/serverClient';
import { ColumnField } from './ColumnField';

/** A record opened for editing: its ID and the values the form showed when it opened. */
interface EditTarget {
  readonly id: string;
  readonly record: TableRecord;
}

interface RecordFormProps {
  readonly form: FormLayout;
  readonly t: Translator;
  readonly initialEdit: EditTarget | null;
  /**
   * The workbook's currency sign, which amounts are read in (the page context's, once the server
   * gives it); left out, the form reads an amount in any one currency and the server judges it.
   */
  readonly currency?: string;
  /**
   * How the spreadsheet's locale writes numbers (the page context's `numbers`), which the form reads
   * them in as the server does; left out, a number two decimal marks read differently (`1.500`) is
   * left to the server, and an edit shows back what the server saved.
   */
  readonly numbers?: NumberConventions;
}

type Banner = { kind: 'ok' | 'error'; text: string; canSaveAnyway?: boolean; canReload?: boolean } | null;

const formKeys = (form: FormLayout) => form.sections.flatMap((section) => section.columns);

/** Whether an error is one the page cannot judge (a number it was not told how to read): the server decides. */
const leftToServer = (error: FieldError) => error.code === 'ambiguousNumber';

function valuesFor(form: FormLayout, record: TableRecord | null): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of formKeys(form)) {
    const value = record ? record[key] : columnOf(form.table, key).defaultValue;
    values[key] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/**
 * A sidebar form over a table: a new record, or the record opened by "Edit selected row". It checks
 * with the schema the server uses before calling the server, keeps what was typed when the server
 * refuses, and clears only after a save. Enter saves (Ctrl+Enter in a text area); Esc closes.
 */
export function RecordForm({ form, t, initialEdit, currency, numbers }: RecordFormProps) {
  const { table } = form;
  const [edit, setEdit] = useState<EditTarget | null>(initialEdit);
  const [values, setValues] = useState(() => valuesFor(form, initialEdit?.record ?? null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const onInput = (key: string, value: string) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const focusField = (field: string | undefined) => {
    const selector = field ? `[name="${field}"]` : 'input, select, textarea';
    formRef.current?.querySelector<HTMLElement>(selector)?.focus();
  };

  const showRefusal = (fieldErrors: readonly FieldMessage[], message: string, canSaveAnyway = false) => {
    setErrors(Object.fromEntries(fieldErrors.map((e) => [e.field, e.message])));
    setBanner({ kind: 'error', text: message, canSaveAnyway });
    focusField(fieldErrors[0]?.field);
  };

  /** The fields the person changed against what the form showed (all of them for a new record). */
  const payloadOf = (target: EditTarget | null): Record<string, string> => {
    if (!target) return values;
    return Object.fromEntries(
      Object.entries(values).filter(([key, value]) => !sameValue(target.record[key], value)),
    );
  };

  const send = async (allowDuplicate: boolean) => {
    const payload = payloadOf(edit);
    const local = validateRecord(table, payload, edit ? 'update' : 'create', {
      currency: currency ?? null,
      numbers: numbers ?? null,
    });
    const refusals = local.ok ? [] : local.errors.filter((e) => !leftToServer(e));
    if (refusals.length > 0) {
      const messages = refusals.map((e) => ({
        field: e.field,
        message: describeFieldError(t, table, e),
      }));
      showRefusal(messages, t('form.fixErrors'));
      return;
    }
    setSaving(true);
    setBanner(null);
    try {
      let result: SaveResult;
      if (edit) {
        const shown = Object.fromEntries(Object.keys(payload).map((key) => [key, edit.record[key] ?? null]));
        result = await serverClient.updateRecord(table.key, edit.id, payload, shown);
      } else {
        result = await serverClient.saveRecord(table.key, payload, { allowDuplicate });
      }
      if (!result.ok) {
        showRefusal(result.fieldErrors, result.message, Boolean(result.duplicates?.length));
        if (edit && result.fieldErrors.length > 0) setBanner((b) => (b ? { ...b, canReload: true } : b));
        return;
      }
      setErrors({});
      setBanner({ kind: 'ok', text: result.message });
      if (edit) {
        // Shown back as saved: a date typed 31/12/2026 reads 2026-12-31, as the sheet shows it; a
        // number only the server could read, as the server saved it.
        const saved = local.ok ? { ...edit.record, ...local.record } : await savedRecord(edit.id);
        if (saved) {
          setEdit({ id: edit.id, record: saved });
          setValues(valuesFor(form, saved));
        }
      } else {
        setValues(valuesFor(form, null));
        focusField(undefined);
      }
    } catch (error) {
      setBanner({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  /** The record as the server holds it after a save; null (the form keeps what was typed) when unreadable. */
  const savedRecord = async (id: string): Promise<TableRecord | null> => {
    const fresh = await serverClient.getRecord(table.key, id);
    return fresh.ok ? fresh.record : null;
  };

  const submit = (event?: Event) => {
    event?.preventDefault();
    if (!saving) void send(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closePage();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
  };

  /**
   * After an edit conflict: take the record as the sheet holds it now. Fields the person changed and
   * nobody else touched keep what they typed; the others show the sheet's current values.
   */
  const reload = async () => {
    if (!edit) return;
    const fresh = await serverClient.getRecord(table.key, edit.id);
    if (!fresh.ok) {
      setBanner({ kind: 'error', text: fresh.message });
      return;
    }
    const next = valuesFor(form, fresh.record);
    for (const [key, typed] of Object.entries(values)) {
      const untouchedByOthers = sameValue(fresh.record[key], edit.record[key]);
      if (untouchedByOthers && !sameValue(edit.record[key], typed)) next[key] = typed;
    }
    setEdit({ id: edit.id, record: fresh.record });
    setValues(next);
    setErrors({});
    setBanner(null);
  };

  const startNew = () => {
    setEdit(null);
    setValues(valuesFor(form, null));
    setErrors({});
    setBanner(null);
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-busy={saving}>
      <h1>{edit ? t('form.edit', { id: edit.id }) : t(form.title)}</h1>
      {banner ? (
        <div class={`banner banner--${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'}>
          {banner.text}
          {banner.canReload ? (
            <div>
              <button type="button" disabled={saving} onClick={() => void reload()}>
                {t('form.reload')}
              </button>
            </div>
          ) : null}
          {banner.canSaveAnyway ? (
            <div>
              <button type="button" disabled={saving} onClick={() => void send(true)}>
                {t('form.saveAnyway')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {form.sections.map((section) => (
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
              clientId={values.clientId ?? ''}
              currency={currency}
            />
          ))}
        </fieldset>
      ))}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
        {edit ? (
          <button type="button" onClick={startNew}>
            {t('form.newRecord')}
          </button>
        ) : null}
        <button type="button" onClick={closePage}>
          {t('form.cancel')}
        </button>
        <span class="hint">{t('form.shortcuts')}</span>
      </div>
    </form>
  );
}
