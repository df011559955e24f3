/**
 * Which client an imported row means. People's lists name the client ("Dela Cruz Trading, Inc."),
 * rarely Suki's ID, so a reference is found by ID, else by tax number, else by name: case, accents,
 * punctuation and a missing legal form never tell two names apart ("DELA CRUZ TRADING INC", "Dela
 * Cruz Trading"), but two different legal forms do ("ABC Inc." is not "ABC Corp."). A name two
 * clients share is refused rather than guessed; a name only like one client's is refused naming it.
 */
import { isArchived } from '../tables/clientsTable';
import { normalizeName } from '../tables/duplicates';
import type { TableRecord } from '../tables/tableSpec';

/** A client reference read: the client's ID, or why none (with the nearest client, when one is near). */
type ClientRefReading =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly problem: 'unknownClient' | 'ambiguousClient'; readonly near?: string };

/** Legal forms, each written one way: a name's form tells companies apart, its spelling does not. */
const LEGAL_FORMS: Readonly<Record<string, string>> = {
  inc: 'inc',
  incorporated: 'inc',
  corp: 'corp',
  corporation: 'corp',
  co: 'co',
  company: 'co',
  ltd: 'ltd',
  limited: 'ltd',
  llc: 'llc',
  opc: 'opc',
  pte: 'pte',
  plc: 'plc',
  gmbh: 'gmbh',
};

/** A name's words (lower case, accents and punctuation gone), split into its legal forms and the rest. */
function nameParts(name: string): { bare: string; forms: string } {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  const forms = words.map((word) => LEGAL_FORMS[word]).filter((form): form is string => form !== undefined);
  const bare = words.filter((word) => LEGAL_FORMS[word] === undefined).join(' ');
  return { bare, forms: [...new Set(forms)].sort().join(' ') };
}

const idKey = (value: unknown) =>
  String(value ?? '')
    .trim()
    .toUpperCase();
const taxKey = (value: unknown) =>
  String(value ?? '')
    .replace(/[^0-9a-z]/gi, '')
    .toLowerCase();

interface Named {
  readonly id: string;
  readonly name: string;
  readonly forms: string;
}

function addTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  if (!key) return;
  const items = map.get(key);
  if (items) items.push(item);
  else map.set(key, [item]);
}

/** The clients an import may point to, indexed once (a few map look-ups a row). */
export class ClientRefs {
  private readonly byId = new Map<string, string>();
  private readonly byTax = new Map<string, string[]>();
  private readonly byBareName = new Map<string, Named[]>();
  private readonly byLooseName = new Map<string, Named[]>();

  /** `clients`: records with at least `id`, `name`, `taxNumber`, `archivedAt`; archived ones are left out. */
  constructor(clients: readonly TableRecord[]) {
    for (const client of clients) {
      const id = String(client.id ?? '').trim();
      if (!id || isArchived(client)) continue;
      const name = String(client.name ?? '');
      this.byId.set(idKey(id), id);
      addTo(this.byTax, taxKey(client.taxNumber), id);
      const { bare, forms } = nameParts(name);
      addTo(this.byBareName, bare, { id, name, forms });
      addTo(this.byLooseName, normalizeName(name), { id, name, forms });
    }
  }

  /** The client `text` names: by ID, else tax number, else name; refused when none or several match. */
  resolve(text: string): ClientRefReading {
    const byId = this.byId.get(idKey(text));
    if (byId) return { ok: true, id: byId };
    // Only text with a run of digits can be a tax number (a TIN has nine or more).
    const taxed = /\d{6,}/.test(text) ? this.byTax.get(taxKey(text)) : undefined;
    if (taxed && taxed.length === 1) return { ok: true, id: taxed[0] as string };
    if (taxed && taxed.length > 1) return { ok: false, problem: 'ambiguousClient' };
    const { bare, forms } = nameParts(text);
    const sameName = this.byBareName.get(bare) ?? [];
    // The same words: the same company unless both names carry a legal form and the forms differ.
    const matching = sameName.filter((client) => !forms || !client.forms || client.forms === forms);
    if (matching.length === 1) return { ok: true, id: (matching[0] as Named).id };
    if (matching.length > 1) return { ok: false, problem: 'ambiguousClient' };
    const near = sameName[0] ?? (this.byLooseName.get(normalizeName(text)) ?? [])[0];
    return near
      ? { ok: false, problem: 'unknownClient', near: `“${near.name}” (${near.id})` }
      : { ok: false, problem: 'unknownClient' };
  }
}
