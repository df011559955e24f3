/**
 * The people the workbench can act as: the Team table's active members read as core reads them,
 * and the acting-user switch built from them (heads, managers and their deputies' cover, a
 * stranger, a hidden e-mail, another address).
 */
import { isoDateInZone } from '../../src/core/dates';
import { fromCell } from '../../src/core/tables/cellCodec';
import { columnOf, type TableRecord, type TableSpec } from '../../src/core/tables/tableSpec';
import { ABSENCES_TABLE, TEAM_TABLE } from '../../src/core/tables/teamTables';
import { absencesOf, coveredBy } from '../../src/core/team/cover';
import { emailKey, teamMembers } from '../../src/core/team/members';
import type { Emulator } from '../emulator';
import { locateTableIn } from '../seed';
import type { ActingChoice, ActingChoices } from './viewTypes';

/** A person the page can act as. */
export interface TeamPerson {
  email: string;
  name: string;
  role: string;
}

/** The e-mail the acting-user switch's stranger acts as: on no team. */
export const STRANGER_EMAIL = 'stranger@example.com';
/** Values of the switch's entries that are not an e-mail (so they have no '@'). */
const HIDDEN_CHOICE = 'hidden';
const OTHER_CHOICE = 'other';

/** The active people in the Team table, as core reads them (e-mails in lower case), heads first. */
export function activeTeam(emulator: Emulator): TeamPerson[] {
  const members = teamMembers(records(emulator, TEAM_TABLE))
    .filter((member) => member.active)
    .map(({ email, name, role }) => ({ email, name, role }));
  return members.sort((a, b) => Number(b.role === 'head') - Number(a.role === 'head'));
}

/**
 * What the acting-user switch offers, so that every access case can be tried by hand: each active
 * head and manager of the Team table ("Name · head", "Name · manager", and for a manager holding
 * absent colleagues' rights today "· deputy for <their names>", as core's cover rules say), a
 * stranger, someone whose e-mail Google hides, and "Other e-mail…". Whoever is acting now has an
 * entry and is `current`: an address on none of them gets its own entry first. People's entries
 * have their e-mail as value. Without an Absences table nobody is a deputy. `user` is who acts now.
 */
export function actingChoicesFor(emulator: Emulator, user: string): ActingChoices {
  const team = teamMembers(records(emulator, TEAM_TABLE));
  const absences = absencesOf(records(emulator, ABSENCES_TABLE));
  const today = isoDateInZone(new Date(emulator.now()), timeZoneOf(emulator));
  const nameOf = (email: string) => team.find((member) => member.email === email)?.name || email;
  const active = team.filter((member) => member.active);
  const people = [...active.filter((m) => m.role === 'head'), ...active.filter((m) => m.role !== 'head')];
  const choices: ActingChoice[] = people.map((member) => {
    const covered = member.role === 'manager' ? coveredBy(team, absences, member.email, today) : [];
    const deputy = covered.length > 0 ? ` · deputy for ${covered.map(nameOf).join(', ')}` : '';
    return {
      value: member.email,
      label: `${member.name || member.email} · ${member.role}${deputy}`,
      request: { email: member.email },
    };
  });
  choices.push(
    { value: STRANGER_EMAIL, label: 'A stranger (not on the team)', request: { email: STRANGER_EMAIL } },
    { value: HIDDEN_CHOICE, label: 'E-mail hidden by Google', request: { hidden: true } },
    { value: OTHER_CHOICE, label: 'Other e-mail…' },
  );
  if (user === '') return { choices, current: HIDDEN_CHOICE };
  const key = emailKey(user);
  const listed = choices.find(
    (choice) => choice.request && 'email' in choice.request && choice.value === key,
  );
  if (listed) return { choices, current: listed.value };
  const former = team.find((member) => member.email === key);
  const label = former ? `${former.name || user} · dismissed` : user;
  return { choices: [{ value: user, label, request: { email: user } }, ...choices], current: user };
}

/** The spreadsheet's time zone. */
function timeZoneOf(emulator: Emulator): string {
  return emulator.uncounted(() => emulator.spreadsheet.getSpreadsheetTimeZone());
}

/**
 * The non-blank rows of `table` below its header as records, each cell read by core's cell codec
 * (dates as YYYY-MM-DD in the spreadsheet's zone), uncounted; none when no sheet holds the table.
 */
function records(emulator: Emulator, table: TableSpec): TableRecord[] {
  const location = locateTableIn(emulator, table);
  if (!location) return [];
  const timeZone = timeZoneOf(emulator);
  const positions = [...location.columns.positions];
  return emulator
    .sheetValues(location.sheetName)
    .slice(1)
    .filter((row) => row.some((cell) => cell !== '' && cell !== null))
    .map((row) =>
      Object.fromEntries(
        positions.map(([key, position]) => [
          key,
          fromCell(columnOf(table, key), row[position - 1], timeZone),
        ]),
      ),
    );
}
