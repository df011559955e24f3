import { isArchived } from '../tables/clientsTable';
import type { TableRecord } from '../tables/tableSpec';

/** A role on the team. */
export type Role = 'head' | 'manager';

/** One person on the team, as the Team sheet holds them. */
export interface TeamMember {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
}

/** An e-mail as Suki compares it: trimmed, lower case (Google's addresses are case-insensitive). */
export function emailKey(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/**
 * The team from the Team sheet's records. A row someone typed by hand with an unknown role counts
 * as a manager (never as a head: rights are not given by accident); rows without an e-mail, and
 * archived rows, are nobody.
 */
export function teamMembers(records: readonly TableRecord[]): TeamMember[] {
  return records
    .filter((record) => emailKey(record.email) !== '' && !isArchived(record))
    .map((record) => ({
      id: String(record.id ?? ''),
      email: emailKey(record.email),
      name: String(record.name ?? '').trim(),
      role: record.role === 'head' ? 'head' : 'manager',
      active: record.status !== 'dismissed',
    }));
}

/** The active member with `email`, if any. */
export function activeMember(team: readonly TeamMember[], email: string): TeamMember | undefined {
  const key = emailKey(email);
  return key === '' ? undefined : team.find((member) => member.active && member.email === key);
}

/** The active heads, in the sheet's order. */
export function activeHeads(team: readonly TeamMember[]): TeamMember[] {
  return team.filter((member) => member.active && member.role === 'head');
}
