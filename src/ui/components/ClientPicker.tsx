import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { normalizeName } from '../../core/tables/duplicates';
import { type ServerClient, serverClient } from '../client/serverClient';

type ClientList = Extract<Awaited<ReturnType<ServerClient['listClients']>>, { ok: true }>['clients'];
type ClientChoice = ClientList[number];

const MAX_SHOWN = 8;
let clientsOnce: Promise<ClientChoice[]> | null = null;

/** The client list, fetched once per page and then searched locally: no server call per key. */
function loadClients(): Promise<ClientChoice[]> {
  clientsOnce ??= serverClient.listClients().then((answer) => (answer.ok ? [...answer.clients] : []));
  return clientsOnce;
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

/**
 * A combobox over the clients the person can work on (a deputy's borrowed ones marked): type part of a name or an ID, pick with the arrow keys and Enter
 * (or a click). It stores the client's ID; matching thousands of names takes one pass per key.
 */
export function ClientPicker({ id, name, value, invalid, describedBy, t, onChange }: ClientPickerProps) {
  const [clients, setClients] = useState<ClientChoice[]>([]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    loadClients()
      .then(setClients)
      .catch(() => setClients([]));
  }, []);
  const indexed = useMemo(
    () =>
      clients.map((client) => ({ client, key: `${client.id.toLowerCase()} ${normalizeName(client.name)}` })),
    [clients],
  );
  const selected = clients.find((client) => client.id === value);
  const matches = useMemo(() => {
    const words = normalizeName(query).split(' ').filter(Boolean);
    const idQuery = query.trim().toLowerCase();
    const found: ClientChoice[] = [];
    for (const { client, key } of indexed) {
      if (found.length >= MAX_SHOWN) break;
      if ((idQuery && key.startsWith(idQuery)) || (words.length > 0 && words.every((w) => key.includes(w)))) {
        found.push(client);
      }
    }
    return found;
  }, [indexed, query]);

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
          {matches.length === 0 ? <div class="picker__empty">{t('form.noMatches')}</div> : null}
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
