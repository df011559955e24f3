/**
 * The demo's People table: each client's contact person as its primary person (as set-up moves it),
 * and for some clients one or two more people with their part in the buying decision; then each
 * contact of the contact plan is given one of its client's people.
 */
import { PEOPLE_TABLE } from '../../src/core/tables/peopleTable';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { personName } from './names';
import type { Rng } from './random';
import { recordId } from './records';

const POSITIONS = {
  decisionMaker: ['Owner', 'General Manager', 'President', 'Purchasing Director'],
  influencer: ['Operations Manager', 'Finance Manager', 'Plant Manager'],
  user: ['Store Supervisor', 'Warehouse Head', 'Chef de Cuisine', 'Production Lead'],
  gatekeeper: ['Executive Assistant', 'Purchasing Clerk', 'Receptionist'],
} as const;
type Role = keyof typeof POSITIONS;
const EXTRA_ROLES: readonly Role[] = ['decisionMaker', 'influencer', 'user', 'gatekeeper'];

function person(
  n: number,
  client: TableRecord,
  fields: {
    name: string;
    position: string;
    role: Role | 'other';
    email: unknown;
    phone: unknown;
    primary: boolean;
  },
  rng: Rng,
): TableRecord {
  const at = String(client.createdAt ?? '');
  return {
    id: recordId(PEOPLE_TABLE, n),
    clientId: client.id ?? null,
    name: fields.name,
    position: fields.position,
    buyingRole: fields.role,
    email: (fields.email as string | null) ?? null,
    phone: (fields.phone as string | null) ?? null,
    preferredChannel: rng.pick(['email', 'call', 'call', 'meeting']),
    language: rng.chance(0.7) ? 'en' : 'fil',
    optedOut: rng.chance(0.03) ? 'yes' : 'no',
    primary: fields.primary ? 'yes' : 'no',
    status: !fields.primary && rng.chance(0.06) ? 'left' : 'active',
    // Kept by Suki from the contact plan at the first report run.
    lastContacted: null,
    owner: client.owner ?? null,
    notes: null,
    createdAt: at,
    createdBy: client.owner ?? null,
    updatedAt: at,
    updatedBy: client.owner ?? null,
    archivedAt: null,
  };
}

/** The people at the demo's clients, in client order. */
export function buildPeople(rng: Rng, clients: readonly TableRecord[]): TableRecord[] {
  const people: TableRecord[] = [];
  for (const client of clients) {
    if (typeof client.contactPerson === 'string' && client.contactPerson !== '') {
      const role: Role = rng.chance(0.6) ? 'decisionMaker' : 'influencer';
      people.push(
        person(
          people.length + 1,
          client,
          {
            name: client.contactPerson,
            position: rng.pick(POSITIONS[role]),
            role,
            email: client.email,
            phone: client.phone,
            primary: true,
          },
          rng,
        ),
      );
    }
    const extra = rng.chance(0.45) ? (rng.chance(0.4) ? 2 : 1) : 0;
    for (let i = 0; i < extra; i++) {
      const role = rng.pick(EXTRA_ROLES);
      const named = personName(rng, 'ph');
      const domain = typeof client.email === 'string' ? client.email.split('@')[1] : undefined;
      people.push(
        person(
          people.length + 1,
          client,
          {
            name: named.name,
            position: rng.pick(POSITIONS[role]),
            role,
            email: domain && rng.chance(0.7) ? `${named.emailLocal}@${domain}` : null,
            phone: null,
            primary: false,
          },
          rng,
        ),
      );
    }
  }
  return people;
}

/** The contact plan with each contact given one of its client's people (the primary one mostly). */
export function withPeople(
  rng: Rng,
  contacts: readonly TableRecord[],
  people: readonly TableRecord[],
): TableRecord[] {
  const byClient = new Map<string, TableRecord[]>();
  for (const one of people) {
    const list = byClient.get(String(one.clientId)) ?? [];
    list.push(one);
    byClient.set(String(one.clientId), list);
  }
  return contacts.map((contact) => {
    const atClient = byClient.get(String(contact.clientId)) ?? [];
    if (atClient.length === 0 || rng.chance(0.1)) return contact;
    const primary = atClient.find((one) => one.primary === 'yes');
    const chosen = primary && rng.chance(0.65) ? primary : rng.pick(atClient);
    return { ...contact, personId: chosen.id ?? null };
  });
}
