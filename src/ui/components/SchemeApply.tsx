import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/en';
import type { Translator } from '../../core/i18n/format';
import { CLIENTS_TABLE } from '../../core/tables/clientsTable';
import { choiceLabelKey, columnOf } from '../../core/tables/tableSpec';
import { type ServerClient, serverClient } from '../client/serverClient';
import { ClientPicker } from './ClientPicker';
import { type BannerMessage, FormBanner } from './FormBanner';

type SchemesAnswer = Extract<Awaited<ReturnType<ServerClient['getSchemes']>>, { ok: true }>;
type Choices = SchemesAnswer['choices'];
type Summary = Extract<Awaited<ReturnType<ServerClient['previewApplyScheme']>>, { ok: true }>['summary'];

/** The filter's lists, each with the Clients column it filters and the choices the page offers. */
const FILTERS = [
  { key: 'segments', column: 'segment', choices: 'segments' },
  { key: 'tiers', column: 'tier', choices: 'tiers' },
  { key: 'abcClasses', column: 'abcClass', choices: 'abcClasses' },
  { key: 'statuses', column: 'status', choices: 'statuses' },
  { key: 'owners', column: 'owner', choices: 'owners' },
  { key: 'bands', column: 'reliabilityBand', choices: 'bands' },
] as const;

type FilterKey = (typeof FILTERS)[number]['key'];
type Filter = Record<FilterKey, readonly string[]>;

const NO_FILTER: Filter = { segments: [], tiers: [], abcClasses: [], statuses: [], owners: [], bands: [] };

/** A choice as the person reads it: a choice column's label, else the value itself. */
function choiceText(t: Translator, columnKey: string, value: string): string {
  const column = columnOf(CLIENTS_TABLE, columnKey);
  return column.choices?.includes(value) ? t(choiceLabelKey(column, value)) : value;
}

/** One filter as a list of tick boxes under a summary of what is ticked ("any" when nothing is). */
function FilterList({
  t,
  filter,
  values,
  picked,
  onChange,
}: {
  t: Translator;
  filter: (typeof FILTERS)[number];
  values: readonly string[];
  picked: readonly string[];
  onChange: (values: readonly string[]) => void;
}) {
  const label = t(columnOf(CLIENTS_TABLE, filter.column).label as MessageKey);
  const shown =
    picked.length === 0
      ? t('schemes.filter.any')
      : picked.map((v) => choiceText(t, filter.column, v)).join(', ');
  return (
    <details class="scheme-filter">
      <summary>
        {label}: <span class="muted">{shown}</span>
      </summary>
      <fieldset>
        <legend class="visually-hidden">{label}</legend>
        {values.map((value) => (
          <label key={value} class="scheme-filter__choice">
            <input
              type="checkbox"
              name={filter.key}
              value={value}
              checked={picked.includes(value)}
              onChange={(event) =>
                onChange(event.currentTarget.checked ? [...picked, value] : picked.filter((v) => v !== value))
              }
            />{' '}
            {choiceText(t, filter.column, value)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

interface ApplyProps {
  readonly t: Translator;
  /** The saved scheme to apply; null while the scheme on the page is not saved. */
  readonly scheme: string | null;
  readonly choices: Choices;
  readonly today: string;
  readonly client: SchemesAnswer['client'];
  /** Told after rows were written or cancelled, to read the counts again. */
  readonly onApplied: () => void;
}

/** What the page sends to preview or apply: the scheme, the filter (or the one client), the start. */
type Request = readonly [string, Filter & { clientIds: readonly string[] }, string];

/** The preview of `request`, asked again (after a pause while the person picks) whenever it changes. */
function usePreview(request: Request, version: number) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [problem, setProblem] = useState('');
  const [checking, setChecking] = useState(false);
  const key = JSON.stringify(request);
  useEffect(() => {
    if (!request[0]) return;
    let current = true;
    setChecking(true);
    const timer = setTimeout(() => {
      serverClient
        .previewApplyScheme(...request)
        .then((answer) => {
          if (!current) return;
          setSummary(answer.ok ? answer.summary : null);
          setProblem(answer.ok ? '' : answer.message);
        })
        .catch(
          (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
        )
        .finally(() => current && setChecking(false));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, version]);
  return { summary, problem, checking };
}

interface FiltersProps {
  readonly t: Translator;
  readonly choices: Choices;
  readonly filter: Filter;
  readonly onFilter: (filter: Filter) => void;
  readonly clientId: string;
  readonly onClient: (clientId: string) => void;
}

/** Whom to apply to: one client picked by name or ID, or the filters' lists. */
function ClientFilters({ t, choices, filter, onFilter, clientId, onClient }: FiltersProps) {
  return (
    <>
      <div class="field">
        <label for="apply-client">{t('schemes.filter.client')}</label>
        <ClientPicker
          id="apply-client"
          name="clientId"
          value={clientId}
          invalid={false}
          describedBy={undefined}
          t={t}
          onChange={onClient}
        />
        {clientId ? (
          <button type="button" class="link" onClick={() => onClient('')}>
            {t('schemes.filter.clearClient')}
          </button>
        ) : null}
      </div>
      {clientId
        ? null
        : FILTERS.map((f) => (
            <FilterList
              key={f.key}
              t={t}
              filter={f}
              values={choices[f.choices]}
              picked={filter[f.key]}
              onChange={(values) => onFilter({ ...filter, [f.key]: values })}
            />
          ))}
      <p class="muted">{t('schemes.apply.hint')}</p>
    </>
  );
}

const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Applying the scheme: to one client, or to the clients the filters pick (segment, tier, ABC class,
 * status, owner, reliability band), from a start date. A preview line says what would be written
 * before anything is; Apply writes it and says what it did. For one client already on the scheme,
 * stopping it is offered.
 */
export function SchemeApply({ t, scheme, choices, today, client, onApplied }: ApplyProps) {
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [clientId, setClientId] = useState(client?.id ?? '');
  const [start, setStart] = useState(today);
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const request: Request = [scheme ?? '', { ...filter, clientIds: clientId ? [clientId] : [] }, start];
  const { summary, problem, checking } = usePreview(request, version);
  if (!scheme) return null;

  /** Runs a write, says what it did, and has the preview and the counts read again. */
  const write = async (call: () => Promise<{ ok: boolean; message: string }>) => {
    setBusy(true);
    setBanner({ kind: 'ok', text: t('schemes.applying') });
    try {
      const answer = await call();
      setBanner({ kind: answer.ok ? 'ok' : 'error', text: answer.message });
      if (answer.ok) onApplied();
    } catch (error) {
      setBanner({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(false);
      setVersion((v) => v + 1);
    }
  };
  const oneClientOn = clientId !== '' && summary?.alreadyOn === 1;
  return (
    <fieldset class="scheme-apply">
      <legend>{t('schemes.apply.title')}</legend>
      <ClientFilters
        t={t}
        choices={choices}
        filter={filter}
        onFilter={setFilter}
        clientId={clientId}
        onClient={setClientId}
      />
      <div class="field">
        <label for="apply-start">{t('schemes.start')}</label>
        <input id="apply-start" type="date" value={start} onInput={(e) => setStart(e.currentTarget.value)} />
      </div>
      <p class={problem ? 'scheme-preview field__error' : 'scheme-preview'} role="status" aria-live="polite">
        {checking ? t('schemes.preview.checking') : problem || (summary?.line ?? '')}
      </p>
      <FormBanner banner={banner} />
      <div class="scheme-actions">
        <button
          type="button"
          class="primary"
          disabled={busy || checking || !summary || summary.rows === 0}
          onClick={() => void write(() => serverClient.applyScheme(...request))}
        >
          {busy ? t('schemes.applying') : t('schemes.apply')}
        </button>
        {oneClientOn ? (
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() => void write(() => serverClient.stopScheme(clientId, scheme))}
          >
            {t('schemes.stop', { name: clientId })}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
