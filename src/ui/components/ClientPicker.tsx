import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import type { PageResult } from '../../core/pageResult';
import { clientQuery, clientSearchKey, matchesClientQuery } from '../../core/tables/clientSearch';
import type { ClientChoice } from '../../server/clientChoices';
import { serverClient } from '../client/serverClient';

/** The server's answer: clients, and `complete` false when it sent only some of them. */
type ChoicesAnswer = PageResult<{ readonly clients: readonly ClientChoice[]; readonly complete?: boolean }>;
/** The clients the page knows, and whether they are all there are (else the server is asked per search). */
interface Known {
  readonly clients: readonly ClientChoice[];
  readonly complete: boolean;
}

/** The picker's server call: without a query its first answer, with one the clients matching it. */
const askServer: (query?: string) => Promise<ChoicesAnswer> = serverClient.listClients;
const MAX_SHOWN = 8;
/** How long typing must pause before the server is asked (a search per key would queue up). */
const SEARCH_DELAY_MS = 250;
const NOTHING: Known = { clients: [], complete: true };
let firstAnswer: Promise<Known> | null = null;
/** Clients the server found for any picker of this page, by ID: a chosen one keeps its name. */
const foundById = new Map<string, ClientChoice>();

/** The first answer, fetched once per page: every client (then searched here, no call per key) or none. */
function loadClients(): Promise<Known> {
  firstAnswer ??= askServer().then(
    (answer) => (answer.ok ? { clients: answer.clients, complete: answer.complete !== false } : NOTHING),
    () => NOTHING,
  );
  return firstAnswer;
}

/** The clients the server finds for `typed`, remembered by ID; none when it refuses or fails. */
function searchServer(typed: string): Promise<readonly ClientChoice[]> {
  return askServer(typed).then(
    (answer) => {
      if (!answer.ok) return [];
      for (const client of answer.clients) foundById.set(client.id, client);
      return answer.clients;
    },
    () => [],
  );
}

/** The first clients of `clients` that match `typed`, at most MAX_SHOWN, each once. */
function matchesOf(clients: readonly ClientChoice[], typed: string): ClientChoice[] {
  const query = clientQuery(typed);
  const found: ClientChoice[] = [];
  for (const client of clients) {
    if (found.length >= MAX_SHOWN) break;
    if (found.some((f) => f.id === client.id)) continue;
    if (matchesClientQuery(clientSearchKey(client.id, client.name), query)) found.push(client);
  }
  return found;
}

interface ClientPickerProps {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly t: Translator;
  readonly onChange: (clientId: string) => void;
}

/** What the server found for the latest text typed (while the page does not hold every client). */
function useServerSearch(known: Known, query: string, value: string) {
  const [found, setFound] = useState<{ query: string; clients: readonly ClientChoice[] } | null>(null);
  // Bumped when a chosen client's name arrives, so the picker shows it.
  const [, setNamed] = useState(0);
  useEffect(() => {
    const typed = query.trim();
    if (known.complete || typed === '') return;
    const timer = setTimeout(() => {
      void searchServer(typed).then((clients) => setFound({ query: typed, clients }));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [known, query]);
  // A chosen client the page was not sent: ask for it by ID, to show its name.
  useEffect(() => {
    if (known.complete || value === '' || foundById.has(value) || known.clients.some((c) => c.id === value))
      return;
    void searchServer(value).then(() => setNamed((n) => n + 1));
  }, [known, value]);
  return found;
}

/**
 * A combobox over the clients the person can work on (a deputy's borrowed ones marked): type part
 * of a name or an ID, pick with the arrow keys and Enter (or a click). It stores the client's ID.
 * The page holds every client when there are few and matches them as the person types; with many,
 * it asks the server for the matches of what was typed (the server searches the sheet).
 */
export function ClientPicker({ id, name, value, invalid, describedBy, t, onChange }: ClientPickerProps) {
  const [known, setKnown] = useState<Known>({ clients: [], complete: true });
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    void loadClients().then(setKnown);
  }, []);
  const found = useServerSearch(known, query, value);
  const selected = known.clients.find((client) => client.id === value) ?? foundById.get(value);
  const waiting = !known.complete && query.trim() !== '' && found?.query !== query.trim();
  const matches = useMemo(
    () => matchesOf(known.complete ? known.clients : [...(found?.clients ?? []), ...known.clients], query),
    [known, found, query],
  );

  const choose = (client: ClientChoice) => {
    onChange(client.id);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && matches[active]) choose(matches[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const listId = `${id}-list`;
  const shown = open ? query : selected ? `${selected.id} · ${selected.name}` : value;
  return (
    <div class="picker">
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder={t('form.searchClient')}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={shown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {open && query.trim() !== '' ? (
        <div class="picker__list" id={listId} role="listbox">
          {matches.length === 0 ? (
            <div class="picker__empty">{waiting ? t('form.loading') : t('form.noMatches')}</div>
          ) : null}
          {matches.map((client, index) => (
            <div
              key={client.id}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              class={index === active ? 'picker__option picker__option--active' : 'picker__option'}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(client);
              }}
            >
              <span class="picker__id">{client.id}</span> {client.name}
              {client.coveringFor ? (
                <span class="picker__note"> · {t('picker.covering', { owner: client.coveringFor })}</span>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
