import { useEffect, useState } from 'preact/hooks';
import { SETTING_GROUPS } from '../../core/forms/settingsFields';
import type { Translator } from '../../core/i18n/format';
import { closePage, serverClient } from '../client/serverClient';

type Banner = { kind: 'ok' | 'error'; text: string } | null;

/** The analysis settings: ABC/XYZ cut-offs, the reliability forecast's settings and thresholds, checked by field. */
export function SettingsPage({ t }: { readonly t: Translator }) {
  const [values, setValues] = useState<Record<string, string> | null>(null);
  const [defaults, setDefaults] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    serverClient.getAnalysisSettings().then(
      (loaded) => {
        if (!loaded.ok) {
          setBanner({ kind: 'error', text: loaded.message });
          return;
        }
        setValues(loaded.values);
        setDefaults(loaded.defaults);
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
          {group.fields.map((field) => {
            const id = `setting-${field.path.replace(/\./g, '-')}`;
            const error = errors[field.path];
            return (
              <div class={error ? 'field field--invalid' : 'field'} key={field.path}>
                <label for={id}>{t(field.label)}</label>
                <input
                  id={id}
                  name={field.path}
                  type="text"
                  inputMode="decimal"
                  value={values[field.path] ?? ''}
                  aria-invalid={error ? true : undefined}
                  onInput={(e) => setValues({ ...values, [field.path]: e.currentTarget.value })}
                />
                {error ? <div class="field__error">{error}</div> : null}
              </div>
            );
          })}
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
  );
}
