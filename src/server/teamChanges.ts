import { recordEntry } from '../core/tables/auditEntries';
import type { TableSpec } from '../core/tables/tableSpec';
import { ABSENCES_TABLE, TEAM_TABLE } from '../core/tables/teamTables';
import { activeHeads } from '../core/team/members';
import { activeStore } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { protectForTeam, protectTeamSheets } from '../gas/teamProtections';
import { markTeamChanged } from '../gas/teamVersion';
import { currentWriteSession } from '../gas/writeSession';
import { callerStamp, currentCaller } from './access';
import { readTeamView } from './callers';

/**
 * After a write to `table`: a change of the team or its absences is marked (calls waiting for the
 * lock learn their caller again), and after a change of the team the protections follow its heads.
 */
export function afterTeamChange(table: TableSpec): void {
  if (table !== TEAM_TABLE && table !== ABSENCES_TABLE) return;
  markTeamChanged();
  if (table !== TEAM_TABLE) return;
  try {
    protectTeamSheets(activeStore(), headEmails());
  } catch (error) {
    // The change stands (the rights are Suki's to check, every call); the next set-up protects again.
    console.warn('Suki could not bring the Team protections in line with the heads', error);
  }
}

/** Set-up: every protection of Suki's in line with the heads now on the team. */
export function protectAfterSetUp(): void {
  protectForTeam(activeStore(), headEmails());
}

function headEmails(): string[] {
  return activeHeads(readTeamView().team).map((head) => head.email);
}

/**
 * The first set-up of a workbook whose team is empty: the verified person running it becomes the
 * head (audited). Inside the set-up's lock, on the team read afresh. Returns whether a head was
 * appointed.
 */
export function appointFirstHead(): boolean {
  const caller = currentCaller();
  if (!caller.teamEmpty || caller.source !== 'google' || caller.email === '') return false;
  if (readTeamView().team.some((member) => member.active)) return false;
  // A Team sheet deleted and made again is not an empty team: IDs were handed out before.
  if (currentWriteSession().highestIssued(TEAM_TABLE.key) !== null) return false;
  const store = activeStore();
  const stamp = callerStamp();
  const record = {
    email: caller.email,
    name: caller.email.slice(0, caller.email.indexOf('@')),
    role: 'head',
    status: 'active',
    appointedBy: caller.email,
    appointedAt: stamp.at,
  };
  const written = store.append(TEAM_TABLE, record, stamp);
  appendAudit(store, [recordEntry('create', TEAM_TABLE.key, written.id, record, stamp)], stamp);
  return true;
}
