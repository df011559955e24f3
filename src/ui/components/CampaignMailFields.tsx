import type { Translator } from '../../core/i18n/format';
import type { ServerClient } from '../client/serverClient';

type PageData = Extract<Awaited<ReturnType<ServerClient['getCampaignMailPage']>>, { ok: true }>;
type Filter = Record<string, string[]>;

/** The audience filter: each field's values as tick boxes (none ticked: everyone). */
export function FilterFields(props: {
  t: Translator;
  data: PageData;
  filter: Filter;
  onChange: (filter: Filter) => void;
}) {
  const toggle = (field: string, value: string, on: boolean) => {
    const values = (props.filter[field] ?? []).filter((v) => v !== value);
    props.onChange({ ...props.filter, [field]: on ? [...values, value] : values });
  };
  return (
    <fieldset>
      <legend>{props.t('mail.audience')}</legend>
      <p class="hint">{props.t('mail.audienceHint')}</p>
      {props.data.filters
        .filter((choice) => choice.values.length > 0)
        .map((choice) => (
          <details key={choice.field}>
            <summary>
              {choice.label}: {(props.filter[choice.field] ?? []).join(', ') || props.t('mail.anyValue')}
            </summary>
            {choice.values.map((option) => (
              <label key={option.value} class="field">
                <input
                  type="checkbox"
                  checked={(props.filter[choice.field] ?? []).includes(option.value)}
                  onChange={(e) => toggle(choice.field, option.value, e.currentTarget.checked)}
                />{' '}
                {option.label}
              </label>
            ))}
          </details>
        ))}
    </fieldset>
  );
}

/** The template: subject and text with the merge fields a click adds. */
export function TemplateFields(props: {
  t: Translator;
  fields: readonly string[];
  subject: string;
  body: string;
  onSubject: (text: string) => void;
  onBody: (text: string) => void;
}) {
  const { t } = props;
  return (
    <fieldset>
      <legend>{t('mail.template')}</legend>
      <label class="field">
        {t('col.campaign.mailSubject')}
        <input
          maxLength={250}
          value={props.subject}
          onInput={(e) => props.onSubject(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        {t('col.campaign.mailBody')}
        <textarea
          rows={10}
          maxLength={20000}
          value={props.body}
          onInput={(e) => props.onBody(e.currentTarget.value)}
        />
      </label>
      <p class="hint">{t('mail.fieldsHint')}</p>
      <fieldset class="actions">
        <legend>{t('mail.fields')}</legend>
        {props.fields.map((field) => (
          <button
            key={field}
            type="button"
            title={t('mail.insertField', { field })}
            onClick={() => props.onBody(`${props.body}{{${field}}}`)}
          >{`{{${field}}}`}</button>
        ))}
      </fieldset>
    </fieldset>
  );
}
