import type { Caller } from './caller';
import { emailKey } from './members';

/** In what right a caller works on a record: as its owner, as a deputy for its owner, or as a head. */
export type WorkCapacity =
  | { readonly kind: 'own' }
  | { readonly kind: 'deputy'; readonly forManager: string }
  | { readonly kind: 'head' };

/**
 * Whether `caller` may work on a record whose people are `owners` (the record's own owner and its
 * client's owner; blanks ignored), and in what right. A manager works on what they own and on what
 * the managers they cover own; a record owned by nobody is a head's to give. Null: refused.
 */
export function workCapacity(caller: Caller, owners: readonly unknown[]): WorkCapacity | null {
  if (caller.role === 'head') return { kind: 'head' };
  if (caller.role !== 'manager') return null;
  const keys = owners.map(emailKey).filter((key) => key !== '');
  if (keys.includes(caller.email)) return { kind: 'own' };
  const covered = keys.find((key) => caller.covers.includes(key));
  return covered ? { kind: 'deputy', forManager: covered } : null;
}

/**
 * Whether `caller` may give a record to `owner`: a head to anyone on the team (checked elsewhere), a
 * manager to themselves or to a manager they cover (so the deputy's new work stays the absent
 * manager's).
 */
export function mayAssignTo(caller: Caller, owner: unknown): boolean {
  if (caller.role === 'head') return true;
  if (caller.role !== 'manager') return false;
  const key = emailKey(owner);
  return key === caller.email || caller.covers.includes(key);
}

/**
 * What the audit log's "As" column says of a write: blank when a verified person acts for
 * themselves; "unverified" for an e-mail the person gave; "trigger" for an installable trigger's
 * run; "deputy for …" when working an absent manager's record. Parts are joined with "; ".
 */
export function capacityNote(caller: Pick<Caller, 'source'>, capacity?: WorkCapacity | null): string {
  const parts: string[] = [];
  if (caller.source === 'declared') parts.push('unverified');
  if (caller.source === 'trigger') parts.push('trigger');
  if (capacity?.kind === 'deputy') parts.push(`deputy for ${capacity.forManager}`);
  return parts.join('; ');
}
