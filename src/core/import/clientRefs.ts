/**
 * Which client an imported row means. People's lists name the client ("Dela Cruz Trading, Inc."),
 * rarely Suki's ID, so a reference is found by ID, else by tax number, else by name as duplicates
 * are matched (case, accents, punctuation and legal suffixes never tell two names apart). A name
 * two clients share is refused rather than guessed.
 */

import { isArchived } from '../tables/clientsTable';
import { normalizeName } from '../tables/duplicates';
import type { TableRecord } from '../tables/tableSpec';

/** A client reference read: the client's ID, or why none. */
type ClientRefReading =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly problem: 'unknownClient' | 'ambiguousClient' };

const idKey = (value: unknown) =>
  String(value ?? '')
    .trim()
    .toUpperCase();
const taxKey = (value: unknown) =>
  String(value ?? '')
    .replace(/[^0-9a-z]/gi, '')
    .toLowerCase();

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  if (!key) return;
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

/** The clients an import may point to, indexed once (a few map look-ups a row). */
export class ClientRefs {
  private readonly byId = new Map<string, string>();
  private readonly byTax = new Map<string, string[]>();
  private readonly byName = new Map<string, string[]>();

  /** `clients`: records with at least `id`, `name`, `taxNumber`, `archivedAt`; archived ones are left out. */
  constructor(clients: readonly TableRecord[]) {
    for (const client of clients) {
      const id = String(client.id ?? '').trim();
      if (!id || isArchived(client)) continue;
      this.byId.set(idKey(id), id);
      addTo(this.byTax, taxKey(client.taxNumber), id);
      addTo(this.byName, normalizeName(String(client.name ?? '')), id);
    }
  }

  /** The client `text` names: by ID, else tax number, else name; refused when none or several match. */
  resolve(text: string): ClientRefReading {
    const byId = this.byId.get(idKey(text));
    if (byId) return { ok: true, id: byId };
    // Only text with a run of digits can be a tax number (a TIN has nine or more).
    const tax = /\d{6,}/.test(text) ? this.byTax.get(taxKey(text)) : undefined;
    for (const ids of [tax, this.byName.get(normalizeName(text))]) {
      if (!ids || ids.length === 0) continue;
      if (ids.length > 1) return { ok: false, problem: 'ambiguousClient' };
      return { ok: true, id: ids[0] as string };
    }
    return { ok: false, problem: 'unknownClient' };
  }
}
