/**
 * Each client's owner, as one action's reference and rights checks ask for it: looked up client by
 * client (a TextFinder search of the Clients ID column and the row found), never by reading the
 * Clients table's columns, unless a caller walks over every client.
 */
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { emailKey } from '../core/team/members';
import type { TableStore } from '../gas/tableStore';

/**
 * Each client's owner by client ID. Asked for one client (`get`, `has`), that client is looked up
 * by ID (a TextFinder search and the row found: the calls do not grow with the clients) and
 * remembered; only a walk over every client (`keys`, `size`, iteration) reads the two columns whole.
 */
export type ClientOwners = () => ReadonlyMap<string, string>;

/** The client owners of one action, looked up client by client (see ClientOwners). */
class OwnerLookup implements ReadonlyMap<string, string> {
  private readonly found = new Map<string, string | null>();
  private whole: Map<string, string> | null = null;

  constructor(private readonly store: TableStore) {}

  get(id: string): string | undefined {
    const key = id.trim();
    if (this.whole) return this.whole.get(key);
    if (!this.found.has(key)) {
      // The last row holding the ID, as the whole read's map kept (a copied ID is a duplicate either way).
      const rows = key === '' ? [] : this.store.recordsHolding(CLIENTS_TABLE, 'id', key);
      const last = rows[rows.length - 1];
      this.found.set(key, last ? emailKey(last.owner) : null);
    }
    return this.found.get(key) ?? undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  private all(): Map<string, string> {
    if (!this.whole) {
      this.whole = new Map();
      for (const record of this.store.readColumns(CLIENTS_TABLE, ['id', 'owner'])) {
        this.whole.set(String(record.id ?? '').trim(), emailKey(record.owner));
      }
    }
    return this.whole;
  }

  get size(): number {
    return this.all().size;
  }

  forEach(each: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [key, value] of this.all()) each(value, key, this);
  }

  entries(): MapIterator<[string, string]> {
    return this.all().entries();
  }

  keys(): MapIterator<string> {
    return this.all().keys();
  }

  values(): MapIterator<string> {
    return this.all().values();
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.all()[Symbol.iterator]();
  }
}

/**
 * The client owners of one action, for its reference check and its rights check alike, so each
 * client is looked up once.
 */
export function clientOwnersOf(store: TableStore): ClientOwners {
  const owners = new OwnerLookup(store);
  return () => owners;
}
