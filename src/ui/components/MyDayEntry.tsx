import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import type { FieldMessage } from '../../core/pageResult';
import { DATE_FORMAT } from '../../core/validation/typedValues';
import { serverClient } from '../client/serverClient';
import { type BannerMessage, FormBanner } from './FormBanner';
import { MyDayNext } from './MyDayNext';
import { channelWords, type DayEntry, type Logged } from './MyDayWords';

type Kind = Logged['kind'];
const KINDS: readonly { kind: Kind; label: 'myDay.done' | 'myDay.missed' | 'myDay.reschedule' }[] = [
  { kind: 'done', label: 'myDay.done' },
  { kind: 'missed', label: 'myDay.missed' },
  { kind: 'rescheduled', label: 'myDay.reschedule' },
];
const LOG_LABEL = {
  done: 'myDay.log.done',
  missed: 'myDay.log.missed',
  rescheduled: 'myDay.log.rescheduled',
} as const;

/** The entry's first line: client, channel, purpose, person. */
function entryLine(t: Translator, entry: DayEntry): string {
  const person = entry.person ? t('myDay.with', { person: entry.person }) : '';
  return [channelWords(t, entry.channel), entry.purpose, person].filter(Boolean).join(' · ');
}

/** The entry's second line: the scheme step, how late, the relationship plan. */
function EntryMeta({ t, entry }: { t: Translator; entry: DayEntry }) {
  const late = entry.daysLate === 1 ? t('myDay.dayLate') : t('myDay.daysLate', { days: entry.daysLate });
  const step =
    entry.scheme && entry.step !== null
      ? t(entry.steps ? 'myDay.step' : 'myDay.stepOnly', {
          scheme: entry.scheme,
          step: entry.step,
          steps: entry.steps ?? '',
        })
      : '';
  return (
    <div class="myday-entry__meta">
      {[entry.id, step, entry.daysLate > 0 ? late : ''].filter(Boolean).join(' · ')}
      {entry.planId ? <span class="myday-tag"> {t('myDay.activePlan')}</span> : null}
      {entry.forManager ? (
        <span class="myday-tag myday-tag--deputy">
          {' '}
          {t('myDay.forManager', { name: entry.forManager.name })}
        </span>
      ) : null}
    </div>
  );
}

/** The log form's values: nothing typed is lost when the server refuses. */
interface Typed {
  note: string;
  rescheduleTo: string;
  nextStep: string;
}

/** The entry's outcome form and its call to logContactOutcome. */
function useOutcome(entry: DayEntry) {
  const [kind, setKind] = useState<Kind | null>(null);
  const [typed, setTyped] = useState<Typed>({ note: '', rescheduleTo: '', nextStep: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [busy, setBusy] = useState(false);
  const [logged, setLogged] = useState<Logged | null>(null);
  const type = (key: keyof Typed, value: string) => {
    setTyped((previous) => ({ ...previous, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const refuse = (message: string, fieldErrors: readonly FieldMessage[]) => {
    setErrors(Object.fromEntries(fieldErrors.map((e) => [e.field, e.message])));
    setBanner({ kind: 'error', text: message });
  };
  const log = async () => {
    if (!kind || busy) return;
    setBusy(true);
    setBanner(null);
    try {
      const moveTo = kind === 'rescheduled' ? typed.rescheduleTo : null;
      const answer = await serverClient.logContactOutcome(
        entry.id,
        kind,
        typed.note,
        moveTo,
        entry.shown,
        typed.nextStep,
      );
      if (answer.ok) setLogged(answer);
      else refuse(answer.message, answer.fieldErrors);
    } catch (error) {
      refuse(error instanceof Error ? error.message : String(error), []);
    } finally {
      setBusy(false);
    }
  };
  const choose = (next: Kind | null) => {
    setKind(next);
    setBanner(null);
    setErrors({});
  };
  return { kind, typed, errors, banner, busy, logged, type, log, choose };
}

/** A labelled text input of the log form, with its error under it. */
function Input(props: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  type?: 'text' | 'date';
  onInput: (value: string) => void;
  inputRef?: preact.Ref<HTMLInputElement>;
}) {
  const { id, label, value, error, type = 'text', onInput, inputRef } = props;
  const common = {
    id,
    ref: inputRef,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      {type === 'date' ? (
        // The format the field states (and the sheet shows); the browser's date input shows its own order.
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={DATE_FORMAT.pattern}
          {...common}
        />
      ) : (
        <input type="text" {...common} />
      )}
      {error ? (
        <div class="field__error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** The form of the chosen outcome: note, new date (reschedule), next step; Enter logs, Esc cancels. */
function OutcomeForm({
  t,
  entry,
  form,
}: {
  t: Translator;
  entry: DayEntry;
  form: ReturnType<typeof useOutcome>;
}) {
  const first = useRef<HTMLInputElement>(null);
  const kind = form.kind;
  useEffect(() => first.current?.focus(), [kind]);
  if (!kind) return null;
  const id = (key: string) => `myday-${entry.id}-${key}`;
  const submit = (event: Event) => {
    event.preventDefault();
    void form.log();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      form.choose(null);
    }
  };
  return (
    <form class="myday-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-busy={form.busy}>
      <FormBanner banner={form.banner} />
      {kind === 'rescheduled' ? (
        <Input
          id={id('rescheduleTo')}
          label={t('myDay.rescheduleTo')}
          type="date"
          value={form.typed.rescheduleTo}
          error={form.errors.rescheduleTo}
          onInput={(v) => form.type('rescheduleTo', v)}
          inputRef={first}
        />
      ) : null}
      <Input
        id={id('note')}
        label={t('myDay.note')}
        value={form.typed.note}
        error={form.errors.note}
        onInput={(v) => form.type('note', v)}
        inputRef={kind === 'rescheduled' ? undefined : first}
      />
      {kind !== 'rescheduled' ? (
        <Input
          id={id('nextStep')}
          label={t('myDay.nextStep')}
          value={form.typed.nextStep}
          error={form.errors.nextStep}
          onInput={(v) => form.type('nextStep', v)}
        />
      ) : null}
      <div class="myday-buttons">
        <button type="submit" class="primary" disabled={form.busy}>
          {form.busy ? t('myDay.logging') : t(LOG_LABEL[kind])}
        </button>
        <button type="button" onClick={() => form.choose(null)} disabled={form.busy}>
          {t('myDay.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * One planned contact: what it is, whose (a deputy's for an absent manager marked), and Done /
 * Missed / Reschedule, each opening its small form; once logged, the answer and the proposed next
 * step in its place.
 */
export function MyDayEntry({ t, locale, entry }: { t: Translator; locale: string; entry: DayEntry }) {
  const form = useOutcome(entry);
  const deputy = entry.forManager !== null;
  return (
    <li class={deputy ? 'myday-entry myday-entry--deputy' : 'myday-entry'}>
      <div class="myday-entry__client" id={`myday-${entry.id}-client`}>
        {entry.clientName}
      </div>
      <div>{entryLine(t, entry)}</div>
      <EntryMeta t={t} entry={entry} />
      {form.logged ? (
        <div>
          <p class="banner banner--ok" role="status">
            {form.logged.message}
          </p>
          <MyDayNext t={t} locale={locale} entry={entry} next={form.logged.next} />
        </div>
      ) : (
        <>
          <div class="myday-buttons">
            {KINDS.map(({ kind, label }) => (
              <button
                key={kind}
                type="button"
                aria-describedby={`myday-${entry.id}-client`}
                aria-pressed={form.kind === kind}
                onClick={() => form.choose(kind)}
              >
                {t(label)}
              </button>
            ))}
          </div>
          <OutcomeForm t={t} entry={entry} form={form} />
        </>
      )}
    </li>
  );
}
