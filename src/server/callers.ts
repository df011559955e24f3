import { isoDateInZone } from '../core/dates';
import type { TableSpec } from '../core/tables/tableSpec';
import { ABSENCES_TABLE, TEAM_TABLE } from '../core/tables/teamTables';
import { type Caller, type Identity, resolveCaller } from '../core/team/caller';
import { type Absence, absencesOf } from '../core/team/cover';
import { type TeamMember, teamMembers } from '../core/team/members';
import { isTableMissingError } from '../core/userError';
import { activeStore } from '../gas/activeDocument';
import { activeUserEmail, effectiveUserEmail } from '../gas/identity';
import type { TableStore } from '../gas/tableStore';
import { readTeamVersion } from '../gas/teamVersion';
import { readDeclaredEmail } from '../gas/userSettings';

/** The team as one call sees it: members, absences, and today in the spreadsheet's time zone. */
export interface TeamView {
  readonly team: readonly TeamMember[];
  readonly absences: readonly Absence[];
  readonly today: string;
  /** The team's change mark when it was read (src/gas/teamVersion.ts). */
  readonly version: string;
}

/** How the person running this execution is known: as a person at the spreadsheet, or as a trigger's creator. */
export type RunAs = 'person' | 'trigger';

/**
 * Who runs Suki: Google's active user; where Google hides it, the e-mail the person gave (marked
 * unverified); in an installable trigger, its creator.
 */
export function identify(runAs: RunAs): Identity {
  if (runAs === 'trigger') return { email: effectiveUserEmail(), source: 'trigger' };
  const email = activeUserEmail();
  if (email !== '') return { email, source: 'google' };
  return { email: readDeclaredEmail(), source: 'declared' };
}

/**
 * A team table's records (read with its header in one call: these tables are small), or none when
 * the table is not there yet (before the first set-up).
 */
function recordsOrNone(store: TableStore, table: TableSpec) {
  try {
    return store.readWhole(table).map(({ record }) => record);
  } catch (error) {
    if (isTableMissingError(error)) return [];
    throw error;
  }
}

/** The team, its absences and today, read now (two table reads and the time zone). */
export function readTeamView(): TeamView {
  // Read before the tables: a change in between makes the mark older, never newer, than the read.
  const version = readTeamVersion();
  const store = activeStore();
  const today = isoDateInZone(new Date(), store.timeZone);
  return {
    version,
    team: teamMembers(recordsOrNone(store, TEAM_TABLE)),
    absences: absencesOf(recordsOrNone(store, ABSENCES_TABLE)),
    today,
  };
}

/** The caller of this execution with their role and cover today, and the team view it came from. */
export function identifyCaller(runAs: RunAs): { readonly caller: Caller; readonly view: TeamView } {
  const identity = identify(runAs);
  const view = readTeamView();
  return { caller: resolveCaller(identity, view.team, view.absences, view.today), view };
}
