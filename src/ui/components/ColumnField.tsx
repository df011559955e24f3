import type { PartialInputHTMLAttributes } from 'preact';
import type { Translator } from '../../core/i18n/format';
import { type ColumnSpec, choiceLabelKey } from '../../core/tables/tableSpec';
import { maxLengthOf } from '../../core/validation/columnSchema';
import { DATE_FORMAT } from '../../core/validation/typedValues';
import { ClientPicker } from './ClientPicker';
import { PersonPicker } from './PersonPicker';

interface ColumnFieldProps {
  readonly column: ColumnSpec;
  readonly value: string;
  readonly error: string | undefined;
  readonly t: Translator;
  readonly onInput: (key: string, value: string) => void;
  /** Starts the control's id, so two forms of one page can show columns of the same key. */
  readonly idPrefix?: string;
  /** The client the form names, for a column that picks one of its people. */
  readonly clientId?: string;
  /** The workbook's currency sign, shown before an amount field ('' or left out: none shown). */
  readonly currency?: string;
}

// The sign sits before the amount, on its line (page.css lays a field's parts out in a column).
const MONEY_ROW = { display: 'flex', alignItems: 'center', gap: '4px' };
const MONEY_SIGN = { flex: 'none', color: 'var(--muted)' };

/**
 * One labelled form field for a table column, with its error beneath it. A date field states the
 * one format it shows and the sheet shows (a text input: the browser's own date input shows the
 * browser's order, which the person then types in); a long text counts its characters against the
 * column's limit; an amount shows the workbook's currency sign before it. No input cuts what is
 * typed or pasted: text over the limit is refused on save, by name, with the limit.
 */
export function ColumnField({
  column,
  value,
  error,
  t,
  onInput,
  idPrefix = 'field',
  clientId = '',
  currency = '',
}: ColumnFieldProps) {
  const id = `${idPrefix}-${column.key}`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const signId = `${id}-currency`;
  const sign = column.type === 'currency' ? currency : '';
  const note = fieldNote(column, value, t);
  const describedBy =
    [sign ? signId : '', error ? errorId : '', note ? noteId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: column.key,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': column.required ? true : undefined,
    onInput: (event: Event) => onInput(column.key, (event.currentTarget as HTMLInputElement).value),
  };
  let control: preact.JSX.Element;
  if (column.type === 'ref' && (column.refTable ?? 'clients') === 'clients') {
    control = (
      <ClientPicker
        id={id}
        name={column.key}
        value={value}
        invalid={Boolean(error)}
        describedBy={error ? errorId : undefined}
        t={t}
        onChange={(clientId) => onInput(column.key, clientId)}
      />
    );
  } else if (column.type === 'ref' && column.refTable === 'people') {
    control = (
      <PersonPicker
        id={id}
        name={column.key}
        value={value}
        clientId={clientId}
        invalid={Boolean(error)}
        describedBy={error ? errorId : undefined}
        t={t}
        onChange={(personId) => onInput(column.key, personId)}
      />
    );
  } else if (column.type === 'choice') {
    control = (
      <select {...common}>
        <option value="">{t('form.choose')}</option>
        {(column.choices ?? []).map((choice) => (
          <option key={choice} value={choice}>
            {t(choiceLabelKey(column, choice))}
          </option>
        ))}
      </select>
    );
  } else if (column.type === 'longText') {
    control = <textarea {...common} rows={3} />;
  } else if (column.type === 'integer' || column.type === 'number' || column.type === 'currency') {
    control = numberInput(common, sign, signId);
  } else if (column.type === 'date') {
    control = (
      <input
        {...common}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={DATE_FORMAT.pattern}
      />
    );
  } else {
    control = textInput(column, common);
  }
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>
        {t(column.label)}
        {column.required ? <span class="field__required"> ({t('form.required')})</span> : null}
      </label>
      {control}
      {note ? (
        <div class={note.over ? 'field__note field__note--over' : 'field__note'} id={noteId}>
          {note.text}
        </div>
      ) : null}
      {error ? (
        <div class="field__error" id={errorId}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** What a field says beneath itself: a date's format, a long text's count against its limit. */
function fieldNote(
  column: ColumnSpec,
  value: string,
  t: Translator,
): { readonly text: string; readonly over: boolean } | null {
  if (column.type === 'date') {
    return {
      text: t('form.dateHint', { format: DATE_FORMAT.pattern, example: DATE_FORMAT.example }),
      over: false,
    };
  }
  if (column.type !== 'longText') return null;
  // Counted as the validation counts (valibot's maxLength: UTF-16 units), trimmed as it is saved.
  const count = value.trim().length;
  const max = maxLengthOf(column);
  if (count <= max) return { text: t('form.counter', { count, max }), over: false };
  return { text: t('form.counterOver', { count, max, over: count - max }), over: true };
}

type CommonProps = Omit<PartialInputHTMLAttributes<HTMLInputElement>, 'type' | 'role'>;

/** A number's input; an amount's with the workbook's currency `sign` before it (none when ''). */
function numberInput(common: CommonProps, sign: string, signId: string): preact.JSX.Element {
  const input = <input {...common} type="text" inputMode="decimal" autoComplete="off" />;
  if (!sign) return input;
  return (
    <div class="field__money" style={MONEY_ROW}>
      <span class="field__currency" id={signId} style={MONEY_SIGN}>
        {sign}
      </span>
      {input}
    </div>
  );
}

/** The text-like input for a column; Preact types `type` per element, hence one tag per kind. */
function textInput(column: ColumnSpec, common: CommonProps): preact.JSX.Element {
  if (column.type === 'email') return <input {...common} type="email" />;
  if (column.type === 'phone') return <input {...common} type="tel" />;
  if (column.type === 'url') return <input {...common} type="url" />;
  return <input {...common} type="text" />;
}
