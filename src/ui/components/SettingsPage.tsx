import { useEffect, useState } from 'preact/hooks';
import { SETTING_GROUPS } from '../../core/forms/settingsFields';
import type { Translator } from '../../core/i18n/format';
import type { SpaceView } from '../../server/settings';
import { closePage, serverClient } from '../client/serverClient';
import { SpaceUsed } from './SpaceUsed';

type Banner = { kind: 'ok' | 'error'; text: string } | null;

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
/** A day's tick box and name on one line, several to a line (page.css styles a field's inputs full width). */
const DAY_LABEL = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: '4px',
  margin: '2px 12px 2px 0',
  fontWeight: 400,
};

/** The weekend days as seven tick boxes, Monday first; the form's text holds the ticked days (`0,6`). */
function Weekdays(props: {
  t: Translator;
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const ticked = props.value.split(',').map((day) => day.trim());
  const toggle = (day: number, on: boolean) => {
    const days = WEEKDAYS.filter((d) => (d === day ? on : ticked.includes(String(d))));
    props.onChange([...days].sort((a, b) => a - b).join(','));
  };
  return (
    <fieldset id={props.id} class="weekdays" style={{ border: 0, margin: 0, padding: 0 }}>
      <legend style={{ color: 'inherit', fontWeight: 500, padding: 0 }}>{props.label}</legend>
      {WEEKDAYS.map((day) => (
        <label key={day} style={DAY_LABEL}>
          <input
            style={{ width: 'auto', margin: 0 }}
            type="checkbox"
            name={`${props.id}-${day}`}
            checked={ticked.includes(String(day))}
            onChange={(e) => toggle(day, e.currentTarget.checked)}
          />{' '}
          {props.t(`settings.weekday.${day}`)}
        </label>
      ))}
    </fieldset>
  );
}

type Field = (typeof SETTING_GROUPS)[number]['fields'][number];

/** One setting: a number typed as text, the weekend days ticked, or the holidays one a line. */
function SettingInput(props: {
  t: Translator;
  field: Field;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t, field, value, error, onChange } = props;
  const id = `setting-${field.path.replace(/\./g, '-')}`;
  const common = {
    id,
    name: field.path,
    value,
    'aria-invalid': error ? true : undefined,
    onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      {field.list === 'weekdays' ? (
        <Weekdays t={t} id={id} label={t(field.label)} value={value} onChange={onChange} />
      ) : (
        <label for={id}>{t(field.label)}</label>
      )}
      {field.list === 'dates' ? <textarea {...common} rows={4} /> : null}
      {field.list ? null : (
        // The fax gateway is an address; other text (the currency sign) is plain text; the rest numbers.
        <input
          {...common}
          type="text"
          inputMode={field.text ? (field.path.endsWith('Gateway') ? 'email' : 'text') : 'decimal'}
        />
      )}
      {error ? <div class="field__error">{error}</div> : null}
    </div>
  );
}

/** The analysis settings: ABC/XYZ cut-offs, the reliability forecast's settings and thresholds, checked by field. */
export function SettingsPage({ t }: { readonly t: Translator }) {
  const [values, setValues] = useState<Record<string, string> | null>(null);
  const [defaults, setDefaults] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner>(null);
  const [saving, setSaving] = useState(false);
  const [space, setSpace] = useState<SpaceView | null>(null);
  useEffect(() => {
    serverClient.getAnalysisSettings().then(
      (loaded) => {
        if (!loaded.ok) {
          setBanner({ kind: 'error', text: loaded.message });
          return;
        }
        setValues(loaded.values);
        setDefaults(loaded.defaults);
        setSpace(loaded.space);
      },
      (error: Error) => setBanner({ kind: 'error', text: error.message }),
    );
  }, []);
  if (!values)
    return banner ? <div class="banner banner--error">{banner.text}</div> : <p aria-busy="true">…</p>;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await serverClient.saveAnalysisSettings(values);
      setErrors(result.ok ? {} : Object.fromEntries(result.fieldErrors.map((e) => [e.field, e.message])));
      setBanner({ kind: result.ok ? 'ok' : 'error', text: result.message });
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <form noValidate onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && closePage()}>
        <h1>{t('settings.title')}</h1>
        {banner ? (
          <div class={`banner banner--${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'}>
            {banner.text}
          </div>
        ) : null}
        {SETTING_GROUPS.map((group) => (
          <fieldset key={group.title}>
            <legend>{t(group.title)}</legend>
            {group.fields.map((field) => (
              <SettingInput
                key={field.path}
                t={t}
                field={field}
                value={values[field.path] ?? ''}
                error={errors[field.path]}
                onChange={(value) => setValues({ ...values, [field.path]: value })}
              />
            ))}
          </fieldset>
        ))}
        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>
            {saving ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" onClick={() => setValues({ ...defaults })}>
            {t('settings.reset')}
          </button>
          <button type="button" onClick={closePage}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
      {space ? <SpaceUsed t={t} space={space} /> : null}
    </>
  );
}
