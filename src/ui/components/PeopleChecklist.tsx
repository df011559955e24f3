import type { Translator } from '../../core/i18n/format';
import { PEOPLE_TABLE } from '../../core/tables/peopleTable';
import { choiceLabelKey, columnOf, type RecordValue } from '../../core/tables/tableSpec';

/** A person as the plan's answer lists them (the client card's fields). */
interface ListedPerson {
  readonly [field: string]: RecordValue;
}

interface PeopleChecklistProps {
  readonly t: Translator;
  /** The client's people, primary first. */
  readonly people: readonly ListedPerson[];
  /** The IDs ticked now, in their stored order (an ID of no person here stays listed, to untick). */
  readonly chosen: readonly string[];
  readonly error: string | undefined;
  readonly onChange: (chosen: string[]) => void;
}

const ROLE = columnOf(PEOPLE_TABLE, 'buyingRole');

/** What the list says of a person: name, role in the decision, when last contacted, left or opted out. */
function describe(t: Translator, person: ListedPerson): string {
  const role = typeof person.buyingRole === 'string' ? t(choiceLabelKey(ROLE, person.buyingRole)) : '';
  const contacted = person.lastContacted
    ? t('card.lastContacted', { date: String(person.lastContacted) })
    : t('card.neverContacted');
  const notes = [
    person.status === 'left' ? t('card.personLeft') : '',
    person.optedOut === 'yes' ? t('card.optedOut') : '',
  ];
  return [String(person.name ?? ''), role, person.position, contacted, ...notes]
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join(' · ');
}

/**
 * The people a plan depends on, as a checkbox per person at the client (one labelled control each,
 * Space ticks). The plan stores the ticked IDs as text ("N-000001, N-000004").
 */
export function PeopleChecklist({ t, people, chosen, error, onChange }: PeopleChecklistProps) {
  const known = new Set(people.map((person) => String(person.id ?? '')));
  const elsewhere = chosen.filter((id) => !known.has(id));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
  const box = (id: string, text: string) => (
    <li key={id}>
      <label>
        <input
          type="checkbox"
          name="peopleIds"
          value={id}
          checked={chosen.includes(id)}
          onChange={(event) => toggle(id, event.currentTarget.checked)}
        />{' '}
        {text}
      </label>
    </li>
  );
  return (
    <fieldset aria-describedby={error ? 'plan-people-error' : undefined}>
      <legend>{t('plan.people')}</legend>
      {people.length === 0 ? <p class="muted">{t('plan.people.none')}</p> : null}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {people.map((person) => box(String(person.id ?? ''), describe(t, person)))}
        {elsewhere.map((id) => box(id, t('plan.people.elsewhere', { id })))}
      </ul>
      {error ? (
        <div class="field__error" id="plan-people-error">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
