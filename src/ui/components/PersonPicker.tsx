import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { PEOPLE_TABLE } from '../../core/tables/peopleTable';
import { choiceLabelKey, columnOf } from '../../core/tables/tableSpec';
import { type ServerClient, serverClient } from '../client/serverClient';

type PeopleList = Extract<Awaited<ReturnType<ServerClient['listPeople']>>, { ok: true }>['people'];

const ROLE = columnOf(PEOPLE_TABLE, 'buyingRole');

/** A person's role in words, or '' for a blank or unknown one (typed by hand). */
function roleText(t: Translator, role: string): string {
  return ROLE.choices?.includes(role) ? t(choiceLabelKey(ROLE, role)) : '';
}

const peopleOnce = new Map<string, Promise<PeopleList>>();

/** The people of one client, fetched once per client per page. */
function loadPeople(clientId: string): Promise<PeopleList> {
  let found = peopleOnce.get(clientId);
  if (!found) {
    found = serverClient.listPeople(clientId).then((answer) => (answer.ok ? answer.people : []));
    peopleOnce.set(clientId, found);
  }
  return found;
}

interface PersonPickerProps {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  /** The client the form names; no client, no people to pick from. */
  readonly clientId: string;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly t: Translator;
  readonly onChange: (personId: string) => void;
}

/**
 * A select of the people at the form's client (whom a contact is with), by name, role and position;
 * a person who left is marked. An ID the list does not hold (typed by hand, another client's) stays
 * shown as it is, so opening a row never changes it silently.
 */
export function PersonPicker({
  id,
  name,
  value,
  clientId,
  invalid,
  describedBy,
  t,
  onChange,
}: PersonPickerProps) {
  const [people, setPeople] = useState<PeopleList>([]);
  useEffect(() => {
    if (!clientId) {
      setPeople([]);
      return;
    }
    let current = true;
    loadPeople(clientId)
      .then((list) => current && setPeople(list))
      .catch(() => current && setPeople([]));
    return () => {
      current = false;
    };
  }, [clientId]);
  const known = value === '' || people.some((person) => person.id === value);
  return (
    <select
      id={id}
      name={name}
      value={value}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      <option value="">{clientId ? t('picker.person.anyone') : t('picker.person.pickClient')}</option>
      {known ? null : <option value={value}>{value}</option>}
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {[person.name, roleText(t, person.buyingRole), person.position].filter(Boolean).join(' · ')}
          {person.status === 'left' ? ` (${t('choice.personStatus.left')})` : ''}
        </option>
      ))}
    </select>
  );
}
