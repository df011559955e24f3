/**
 * What renaming a scheme does beyond the Schemes sheet: its clients' contact-plan rows take the new
 * name, so the clients stay on it. Those rows are many, so they go in one write per column
 * (TableStore.updateWhere), which the write journal does not cover: the save writes them last, after
 * every journalled write, and when the save fails after they were written (the journal undoes the
 * Schemes rows) they are given their old name back, so the scheme and its clients keep one name.
 * A manager renames only a scheme whose clients are all theirs to work on: the rows of the others'
 * clients are not theirs to change, and left behind they would fall off the scheme.
 */
import type { Translator } from '../core/i18n/translate';
import type { SchemeContact } from '../core/outreach/schemeEnrolment';
import { schemeKey } from '../core/outreach/schemes';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import type { Caller } from '../core/team/caller';
import { emailKey, type TeamMember } from '../core/team/members';
import { workCapacity } from '../core/team/workRights';
import { withDocumentLock } from '../gas/documentLock';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { auditAhead } from './importWrite';
import { rowsOfScheme, type SchemeBook } from './schemesData';

/** The contact-plan rows a rename gave the new name, with the name each had (to give it back). */
export interface RenamedContacts {
  readonly name: string;
  readonly oldNames: ReadonlyMap<string, string>;
}

const textOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
const ofScheme = (key: string) => (record: { scheme?: unknown }) =>
  typeof record.scheme === 'string' && schemeKey(record.scheme) === key;

/**
 * Why `caller` may not rename the scheme `key`, in words, or null when they may: a head may; a
 * manager may while every client with a contact-plan row of it is theirs (or a covered manager's)
 * to work on. The refusal says how many clients are not, and whose they are. Two column reads.
 */
export function renameRefusal(
  t: Translator,
  store: TableStore,
  caller: Caller,
  team: readonly TeamMember[],
  key: string,
): string | null {
  if (caller.role === 'head') return null;
  const clientOwners = new Map(
    store.readColumns(CLIENTS_TABLE, ['id', 'owner']).map((c) => [textOf(c.id), emailKey(c.owner)]),
  );
  const others = new Map<string, string>();
  for (const row of store.readColumns(CONTACT_PLAN_TABLE, ['id', 'clientId', 'owner', 'scheme'])) {
    if (!ofScheme(key)(row)) continue;
    const clientId = textOf(row.clientId);
    const owner = clientOwners.get(clientId) || emailKey(row.owner);
    if (!workCapacity(caller, [row.owner, clientOwners.get(clientId)])) others.set(clientId, owner);
  }
  if (others.size === 0) return null;
  const nameOf = (email: string) =>
    email === '' ? t('schemes.renameNobody') : team.find((m) => emailKey(m.email) === email)?.name || email;
  const whose = [...new Set(others.values())].map(nameOf).sort((a, b) => a.localeCompare(b));
  return t('schemes.renameNotYours', { count: others.size, owners: whose.join(', ') });
}

/**
 * Gives the contact-plan rows of the scheme `oldKey` the new `name`, in one write per column,
 * audited ahead (the audit entry stands even if the save is cut off). `renamed` learns the rows and
 * their old names before they are written, for restoreContacts.
 */
export function renameContacts(
  store: TableStore,
  oldKey: string,
  name: string,
  stamp: WriteStamp,
  renamed: { contacts: RenamedContacts | null },
): void {
  // The stamps first and the name last (the store writes the columns in this order), so that once
  // the name is written nothing of the rename is left to write.
  const values = { updatedAt: stamp.at, updatedBy: stamp.by, scheme: name };
  store.updateWhere(CONTACT_PLAN_TABLE, ofScheme(oldKey), values, stamp, (picked) => {
    const oldNames = new Map(picked.map(({ record }) => [textOf(record.id), String(record.scheme)]));
    const ids = [...oldNames.keys()];
    auditAhead(store, stamp, {
      action: 'renameScheme',
      table: CONTACT_PLAN_TABLE.key,
      ids,
      after: { scheme: name, from: [...new Set(oldNames.values())][0] ?? '', rows: ids.length },
    });
    renamed.contacts = { name, oldNames };
  });
}

/**
 * After a failed save: the rows renameContacts wrote that still carry the new name take their old
 * one back (one write per column per old spelling, normally one), in an action of its own, audited.
 * A failure here is logged; it leaves the rows as the rename left them.
 */
export function restoreContacts(store: TableStore, renamed: RenamedContacts, stamp: WriteStamp): void {
  try {
    withDocumentLock(() => {
      for (const oldName of new Set(renamed.oldNames.values())) {
        const ids = new Set([...renamed.oldNames].filter(([, n]) => n === oldName).map(([id]) => id));
        const pick = (record: { id?: unknown; scheme?: unknown }) =>
          ids.has(textOf(record.id)) && textOf(record.scheme) === renamed.name;
        store.updateWhere(CONTACT_PLAN_TABLE, pick, { scheme: oldName }, stamp, (picked) => {
          const back = picked.map(({ record }) => textOf(record.id));
          auditAhead(store, stamp, {
            action: 'renameScheme',
            table: CONTACT_PLAN_TABLE.key,
            ids: back,
            after: { scheme: oldName, from: renamed.name, rows: back.length },
          });
        });
      }
    });
  } catch (error) {
    console.error('Suki could not give the contact rows their scheme’s old name back', error);
  }
}

/** The latest rename of contact rows to `to` the audit log holds: its old name and when. */
function lastRenameTo(store: TableStore, to: string): { from: string; at: number } | null {
  let found: { from: string; at: number } | null = null;
  for (const entry of store.readColumns(AUDIT_LOG_TABLE, ['at', 'action', 'table', 'after'])) {
    if (entry.action !== 'renameScheme' || entry.table !== CONTACT_PLAN_TABLE.key) continue;
    let after: { scheme?: unknown; from?: unknown } = {};
    try {
      after = JSON.parse(String(entry.after ?? '')) as typeof after;
    } catch {
      continue;
    }
    const at = Date.parse(String(entry.at ?? ''));
    if (typeof after.scheme !== 'string' || schemeKey(after.scheme) !== schemeKey(to)) continue;
    if (typeof after.from === 'string' && !Number.isNaN(at) && (!found || at >= found.at))
      found = { from: after.from, at };
  }
  return found;
}

/**
 * Finishes a rename that was cut off after the contact rows took the new name: the write journal
 * gave the Schemes rows their old name back, and the contact rows (not journalled) kept the new
 * one, so the clients were off the scheme. Such rows name a scheme the sheet does not have; when
 * the audit log's last rename to that name came from a scheme the sheet still has, whose rows are
 * older than that rename (so it is the scheme that was being renamed, not one made since), the rows
 * the rename wrote and nobody touched since take the old name back, in one write per column,
 * audited. Returns whether it wrote. Costs nothing while every contact row names a scheme of the
 * sheet (then the audit log is read: four columns).
 */
export function settleCutOffRename(
  store: TableStore,
  book: SchemeBook,
  contacts: readonly SchemeContact[],
  stamp: () => WriteStamp,
): boolean {
  const known = new Set(book.rows.map((row) => schemeKey(String(row.record.scheme ?? ''))));
  const orphans = [...new Set(contacts.map((c) => c.scheme))].filter((name) => !known.has(schemeKey(name)));
  let settled = false;
  for (const orphan of orphans) {
    const rename = lastRenameTo(store, orphan);
    if (!rename) continue;
    const older = rowsOfScheme(book, schemeKey(rename.from));
    const created = (record: { createdAt?: unknown }) => Date.parse(String(record.createdAt ?? ''));
    if (older.length === 0 || older.some((row) => !(created(row.record) < rename.at))) continue;
    const untouched = (record: { scheme?: unknown; updatedAt?: unknown }) =>
      textOf(record.scheme) !== '' &&
      schemeKey(String(record.scheme)) === schemeKey(orphan) &&
      Math.abs(Date.parse(String(record.updatedAt ?? '')) - rename.at) < 1000;
    const at = stamp();
    try {
      withDocumentLock(() => {
        store.updateWhere(CONTACT_PLAN_TABLE, untouched, { scheme: rename.from }, at, (picked) => {
          const ids = picked.map(({ record }) => textOf(record.id));
          auditAhead(store, at, {
            action: 'renameScheme',
            table: CONTACT_PLAN_TABLE.key,
            ids,
            after: { scheme: rename.from, from: orphan, rows: ids.length },
          });
        });
      });
      settled = true;
    } catch (error) {
      // Busy, or failing now: the rows stay as they are until the next read settles them.
      console.error('Suki could not finish an interrupted scheme rename now', error);
    }
  }
  return settled;
}
