/**
 * The rule a person's record keeps whatever is edited: someone who opted out of mail stays opted
 * out. Pure: the server checks it on the record as it is now, inside the lock.
 */
import { isOptedOut } from '../outreach/optOut';
import type { TableRecord } from '../tables/tableSpec';

/**
 * The field a change to a person would break, or null: a person opted out (`before.optedOut` says so:
 * isOptedOut) cannot be made to receive mail again by an edit, a form or an import.
 */
export function optOutBroken(before: TableRecord | null, candidate: TableRecord): string | null {
  if (!isOptedOut(before?.optedOut)) return null;
  return isOptedOut(candidate.optedOut) ? null : 'optedOut';
}
