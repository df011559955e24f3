import { useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { CLIENTS_TABLE } from '../../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../../core/tables/peopleTable';
import { columnOf, type TableSpec } from '../../core/tables/tableSpec';
import { serverClient } from '../client/serverClient';
import { ColumnField } from './ColumnField';
import { type BannerMessage, FormBanner } from './FormBanner';

/** The fields of the company and of the person met, as their own forms name them. */
const CLIENT_KEYS = [
  'name',
  'segment',
  'industry',
  'region',
  'email',
  'phone',
  'fax',
  'owner',
  'needs',
] as const;
const PERSON_KEYS = ['name', 'position', 'buyingRole', 'email', 'phone', 'language'] as const;

type Values = Record<string, string>;

/** What the server gets: the typed fields, blanks left out. */
const filled = (values: Values) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));

const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One part of the form: a table's columns as fields, their errors under `prefix.<key>`. */
function Fields(props: {
  t: Translator;
  table: TableSpec;
  keys: readonly string[];
  prefix: string;
  values: Values;
  errors: Values;
  onInput: (key: string, value: string) => void;
}) {
  return (
    <>
      {props.keys.map((key) => (
        <ColumnField
          key={key}
          column={columnOf(props.table, key)}
          value={props.values[key] ?? ''}
          error={props.errors[`${props.prefix}.${key}`]}
          t={props.t}
          idPrefix={`lead-${props.prefix}`}
          onInput={props.onInput}
        />
      ))}
    </>
  );
}

/**
 * "Add a lead met there": the company and the person met. Saved as a client whose source is the
 * campaign, with its person and an attended invitee; a likely duplicate is shown with "Save anyway".
 * What was typed stays until it is saved.
 */
export function EventLeadForm(props: { t: Translator; campaignId: string; onAdded: () => void }) {
  const { t, campaignId, onAdded } = props;
  const [client, setClient] = useState<Values>({});
  const [person, setPerson] = useState<Values>({});
  const [errors, setErrors] = useState<Values>({});
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [duplicate, setDuplicate] = useState(false);
  const [savedClient, setSavedClient] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async (allowDuplicate: boolean) => {
    setBusy(true);
    try {
      const options = { allowDuplicate, clientId: savedClient || undefined };
      const answer = await serverClient.addLeadFromEvent(campaignId, filled(client), filled(person), options);
      setBanner({ kind: answer.ok ? 'ok' : 'error', text: answer.message });
      setErrors(answer.ok ? {} : Object.fromEntries(answer.fieldErrors.map((e) => [e.field, e.message])));
      setDuplicate(!answer.ok && (answer.duplicates?.length ?? 0) > 0);
      if (!answer.ok && answer.clientId) setSavedClient(answer.clientId);
      if (answer.ok) {
        setClient({});
        setPerson({});
        setSavedClient('');
        onAdded();
      }
    } catch (error) {
      setBanner({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="event-lead">
      <summary>{t('events.lead.title')}</summary>
      <fieldset disabled={savedClient !== ''}>
        <legend>{t('events.lead.client')}</legend>
        <Fields
          t={t}
          table={CLIENTS_TABLE}
          keys={CLIENT_KEYS}
          prefix="client"
          values={client}
          errors={errors}
          onInput={(key, value) => setClient({ ...client, [key]: value })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('events.lead.person')}</legend>
        <Fields
          t={t}
          table={PEOPLE_TABLE}
          keys={PERSON_KEYS}
          prefix="person"
          values={person}
          errors={errors}
          onInput={(key, value) => setPerson({ ...person, [key]: value })}
        />
      </fieldset>
      <FormBanner banner={banner}>
        {duplicate ? (
          <button type="button" disabled={busy} onClick={() => void save(true)}>
            {t('events.lead.saveAnyway')}
          </button>
        ) : null}
      </FormBanner>
      <button type="button" class="primary" disabled={busy} onClick={() => void save(false)}>
        {t('events.lead.save')}
      </button>
    </details>
  );
}
