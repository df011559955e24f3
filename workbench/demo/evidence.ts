import { EVIDENCE_TABLE } from '../../src/core/tables/evidenceTable';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { CompanyNamer, type Segment } from './companyNames';
import { isoDate, workingDay } from './days';
import {
  bureauSource,
  type EvidenceKind,
  type EvidenceOutcome,
  evidenceDetails,
  referenceSource,
  registrySource,
} from './evidenceTexts';
import { pickPlace } from './places';
import type { ClientProfile } from './profiles';
import { type Rng, Weighted } from './random';
import { Drafts } from './records';

/** Share of clients checked before trading: prospects (the decision is still ahead) and the rest. */
const CHECKED_SHARE = { prospect: 0.4, other: 0.15 } as const;
const ROWS = new Weighted([
  [1, 55],
  [2, 30],
  [3, 15],
]);
const KIND = new Weighted<EvidenceKind>([
  ['tradeReference', 60],
  ['registration', 22],
  ['creditCheck', 18],
]);
/**
 * The chance a check comes back bad, as a base and a slope on the client's latent late chance: other
 * suppliers see much of the habit, bureaus some, a registry hardly any. So a trade reference on a good
 * payer is good ~85% of the time and on a habitual late payer bad ~60% of the time.
 */
const BAD_CHANCE: Record<EvidenceKind, readonly [number, number]> = {
  tradeReference: [0.12, 0.78],
  creditCheck: [0.08, 0.55],
  registration: [0.05, 0.12],
};
/** The segments a distributor's fellow suppliers come from (packaging, freight, ingredients, IT). */
const SUPPLIER_SEGMENTS: readonly Segment[] = [
  'Manufacturing',
  'Logistics',
  'Food & beverage',
  'IT services',
];

/**
 * Other Philippine suppliers that give trade references, a pool shared by the clients (the same big
 * suppliers are asked again and again), none named like a client.
 */
function supplierPool(rng: Rng, size: number, clientNames: ReadonlySet<string>): string[] {
  const namer = new CompanyNamer(rng);
  const pool: string[] = [];
  while (pool.length < size) {
    let place = pickPlace(rng);
    while (place.abroad) place = pickPlace(rng);
    const name = namer.name(rng.pick(SUPPLIER_SEGMENTS), place);
    if (!clientNames.has(name)) pool.push(name);
  }
  return pool;
}

/** The days a client's checks fall on: from its creation to a month later, before its first order. */
function checkWindow(profile: ClientProfile, asOfDay: number): readonly [number, number] {
  const start = profile.createdDay;
  let end = Math.min(start + 30, asOfDay - 1);
  if (profile.orderCount > 0) end = Math.min(end, profile.firstOrderDay - 1);
  return [start, Math.max(start, end)];
}

/** The kinds of a client's checks: a registry is looked up once at most. */
function kindsOf(rng: Rng): EvidenceKind[] {
  const kinds: EvidenceKind[] = [];
  for (let n = ROWS.pick(rng); n > 0; n--) {
    const kind = KIND.pick(rng);
    kinds.push(kind === 'registration' && kinds.includes(kind) ? 'tradeReference' : kind);
  }
  return kinds;
}

/**
 * The evidence table: credit checks of about 40% of prospects and 15% of the other clients, made
 * around when each became a client (before its first order), mostly trade references from other
 * suppliers, some registry lookups and credit bureau reports. Outcomes follow the client's latent
 * habit noisily (see BAD_CHANCE). `names` holds the clients' names by ID.
 */
export function buildEvidence(
  rng: Rng,
  profiles: readonly ClientProfile[],
  names: ReadonlyMap<string, string>,
  asOfDay: number,
): TableRecord[] {
  const suppliers = supplierPool(rng, Math.max(12, Math.ceil(profiles.length / 12)), new Set(names.values()));
  const drafts = new Drafts();
  for (const profile of profiles) {
    const share = profile.status === 'prospect' ? CHECKED_SHARE.prospect : CHECKED_SHARE.other;
    if (!rng.chance(share)) continue;
    const { place } = profile;
    const name = names.get(profile.id) ?? '';
    const [from, to] = checkWindow(profile, asOfDay);
    const day = rng.int(from, to);
    for (const kind of kindsOf(rng)) {
      const [base, slope] = BAD_CHANCE[kind];
      const outcome: EvidenceOutcome = rng.chance(base + slope * profile.payment.lateChance) ? 'bad' : 'good';
      const source =
        kind === 'tradeReference'
          ? referenceSource(rng, rng.pick(suppliers))
          : kind === 'registration'
            ? registrySource(rng, name, place)
            : bureauSource(rng, place);
      // Checks of one client take a few days; each is typed in on the day or soon after.
      const checked = workingDay(Math.min(day + rng.int(0, 4), to), from, to + 1);
      const created = Math.min(checked + (rng.chance(0.7) ? 0 : rng.int(1, 3)), asOfDay - 1);
      drafts.add(
        {
          id: '',
          clientId: profile.id,
          checkedDate: isoDate(checked),
          kind,
          outcome,
          source,
          details: evidenceDetails(rng, kind, outcome, place),
          owner: profile.owner,
          createdAt: '',
          createdBy: profile.owner,
          updatedAt: '',
          updatedBy: profile.owner,
          archivedAt: null,
        },
        created,
        created,
      );
    }
  }
  return drafts.finalize(EVIDENCE_TABLE, rng);
}
