import type { MessageKey } from '../i18n/en';
import { type Absence, coveredBy } from './cover';
import { activeMember, emailKey, type Role, type TeamMember } from './members';

/**
 * Where the e-mail of the person running Suki came from: Google (the active user), the person
 * themselves when Google hid it (unverified), or an installable trigger (its creator).
 */
type IdentitySource = 'google' | 'declared' | 'trigger';

/** Who is running Suki, before the team is consulted. `email` is '' when nobody could tell. */
export interface Identity {
  readonly email: string;
  readonly source: IdentitySource;
}

/** The person running Suki, with their role on the team and whom they cover today. */
export interface Caller extends Identity {
  /** null for someone not on the team (and for an unverified identity a head's e-mail names). */
  readonly role: Role | null;
  /** The absent managers whose work this person holds today. */
  readonly covers: readonly string[];
  /**
   * The team has nobody on it yet: the first verified person to set up the workbook becomes its
   * head. A team that has members but lost its last head is not taken over this way: someone who
   * can edit the Team sheet (its owner) types a head back in.
   */
  readonly teamEmpty: boolean;
  /** The e-mail is a head's, but Google did not confirm it. */
  readonly unverifiedHead: boolean;
}

/** What an entry point asks of its caller. */
export type Requirement = 'anyone' | 'member' | 'head';

/** Why a caller is refused: a catalog key and its parameters. */
export interface AccessRefusal {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The caller as the team sees them on `today` (YYYY-MM-DD in the spreadsheet's zone). An
 * unverified identity is never a head: naming a head's e-mail gives no role at all.
 */
export function resolveCaller(
  identity: Identity,
  team: readonly TeamMember[],
  absences: readonly Absence[],
  today: string,
): Caller {
  const email = emailKey(identity.email);
  const member = activeMember(team, email);
  const unverifiedHead = identity.source === 'declared' && member?.role === 'head';
  const role = unverifiedHead ? null : (member?.role ?? null);
  return {
    email,
    source: identity.source,
    role,
    covers: role ? coveredBy(team, absences, email, today) : [],
    teamEmpty: !team.some((member) => member.active),
    unverifiedHead,
  };
}

/** Why `caller` may not do what `need` asks, or null when they may. */
export function refusalFor(caller: Caller, need: Requirement): AccessRefusal | null {
  if (need === 'anyone') return null;
  if (caller.email === '') return { key: 'access.hiddenEmail', params: {} };
  if (caller.unverifiedHead) return { key: 'access.unverifiedHead', params: { email: caller.email } };
  if (caller.role === null) return { key: 'access.notOnTeam', params: { email: caller.email } };
  if (need === 'head' && caller.role !== 'head')
    return { key: 'access.headOnly', params: { email: caller.email } };
  return null;
}

/** Whether `caller` may set up the workbook: a head, or the first verified person of an empty team. */
export function maySetUp(caller: Caller): boolean {
  if (caller.role === 'head') return true;
  return caller.teamEmpty && caller.source === 'google' && caller.email !== '';
}
