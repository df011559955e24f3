import { useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { columnOf } from '../../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../../core/tables/workTables';
import { describeFieldError, validateRecord } from '../../core/validation/recordValidation';
import { serverClient } from '../client/serverClient';
import { ColumnField } from './ColumnField';
import { type BannerMessage, FormBanner } from './FormBanner';
import { channelWords, type DayEntry, dayLabel, type Logged } from './MyDayWords';

type Offer = Logged['next'];
type AskOffer = Extract<Offer, { kind: 'ask' }>;

const ASKED = ['plannedDate', 'channel', 'purpose'] as const;
type Asked = Record<(typeof ASKED)[number], string>;

/** Saves a contact through the contact form's own save (validated, rights, audited), as "Plan it" does. */
function usePlanContact(t: Translator) {
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [planned, setPlanned] = useState(false);
  const plan = async (record: Readonly<Record<string, unknown>>) => {
    const local = validateRecord(CONTACT_PLAN_TABLE, record, 'create');
    if (!local.ok) {
      const messages = local.errors.map((e) => [e.field, describeFieldError(t, CONTACT_PLAN_TABLE, e)]);
      setErrors(Object.fromEntries(messages));
      setBanner({ kind: 'error', text: t('form.fixErrors') });
      return;
    }
    setBusy(true);
    try {
      const saved = await serverClient.saveRecord(CONTACT_PLAN_TABLE.key, record);
      if (saved.ok) {
        setPlanned(true);
        setErrors({});
        setBanner({
          kind: 'ok',
          text: t('myDay.planned', { id: saved.id, date: String(record.plannedDate ?? '') }),
        });
      } else {
        setErrors(Object.fromEntries(saved.fieldErrors.map((e) => [e.field, e.message])));
        setBanner({ kind: 'error', text: saved.message });
      }
    } catch (error) {
      setBanner({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return { banner, errors, busy, planned, plan };
}

/** The question "what is the next step?": a small form of date, channel and purpose; Enter plans it. */
function AskForm({ t, entry, offer }: { t: Translator; entry: DayEntry; offer: AskOffer }) {
  const saving = usePlanContact(t);
  const [values, setValues] = useState<Asked>({ plannedDate: '', channel: offer.channel ?? '', purpose: '' });
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!saving.busy) void saving.plan({ clientId: offer.clientId, personId: offer.personId, ...values });
  };
  return (
    <form class="myday-form" noValidate onSubmit={submit} aria-busy={saving.busy}>
      <p>{t('myDay.next.ask')}</p>
      <FormBanner banner={saving.banner} />
      {saving.planned
        ? null
        : ASKED.map((key) => (
            <ColumnField
              key={key}
              idPrefix={`next-${entry.id}`}
              column={columnOf(CONTACT_PLAN_TABLE, key)}
              value={values[key]}
              error={saving.errors[key]}
              t={t}
              onInput={(field, value) => setValues((previous) => ({ ...previous, [field]: value }))}
            />
          ))}
      {saving.planned ? null : (
        <div class="myday-buttons">
          <button type="submit" class="primary" disabled={saving.busy}>
            {t('myDay.planNext')}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            {t('myDay.notNow')}
          </button>
        </div>
      )}
    </form>
  );
}

/**
 * The next step proposed after an outcome: the scheme's next row already planned, its next step to
 * plan with one click, or a question with a small form; nothing after a reschedule.
 */
export function MyDayNext({
  t,
  locale,
  entry,
  next,
}: {
  t: Translator;
  locale: string;
  entry: DayEntry;
  next: Offer;
}) {
  const saving = usePlanContact(t);
  if (next.kind === 'none') return null;
  if (next.kind === 'ask') return <AskForm t={t} entry={entry} offer={next} />;
  const date = next.plannedDate ? dayLabel(locale, next.plannedDate) : '—';
  const params = { step: next.step, channel: channelWords(t, next.channel), date };
  if (next.kind === 'planned') return <p class="myday-next">{t('myDay.next.planned', params)}</p>;
  return (
    <div class="myday-next">
      <span>{t('myDay.next.fromScheme', params)}</span>
      {next.purpose ? <span class="muted"> · {next.purpose}</span> : null}{' '}
      {saving.planned ? null : (
        <button
          type="button"
          class="primary"
          disabled={saving.busy}
          onClick={() => void saving.plan(next.record)}
        >
          {t('myDay.planIt')}
        </button>
      )}
      <FormBanner banner={saving.banner} />
    </div>
  );
}
