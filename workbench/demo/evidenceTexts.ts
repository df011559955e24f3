import type { EVIDENCE_KINDS, EVIDENCE_OUTCOMES } from '../../src/core/tables/evidenceTable';
import type { Place } from './places';
import type { Rng } from './random';
import { words } from './words';

/** A kind of credit evidence. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
/** What a check found. */
export type EvidenceOutcome = (typeof EVIDENCE_OUTCOMES)[number];

/** Where a company's registration is looked up abroad. */
const FOREIGN_REGISTRIES: Record<string, string> = {
  SG: 'ACRA BizFile+',
  HK: 'Hong Kong Companies Registry (ICRIS)',
  JP: 'National Tax Agency corporate number search',
  DE: 'Handelsregister',
  US: 'Secretary of State business search',
  AU: 'ABN Lookup',
};
const PH_BUREAUS = words(
  'CIBI Information | CIBI Information | Credit Information Corporation | TransUnion Philippines',
);

const DETAILS: Record<EvidenceKind, Record<EvidenceOutcome, readonly string[]>> = {
  tradeReference: {
    good: words(`
      Pays within terms | Customer since 2019, no overdue balance | Pays on time, occasional 1–2 day delays
      Good account; would extend more credit | Settles by check on the due date
    `),
    bad: words(`
      Usually 30–60 days past due | Put on COD after two bounced checks | Has an overdue balance with them
      Pays only after several follow-ups | Asked twice this year for longer terms
    `),
  },
  registration: {
    good: words('Registered and active | Registered name matches the invoices | Registration valid'),
    bad: words(
      'Registered address could not be verified | Registered name differs from the invoices | Registration lapsed',
    ),
  },
  creditCheck: {
    good: words('No adverse records | Clean report, no past-due accounts | No court cases on file'),
    bad: words(`
      Past-due loans reported by two banks | Bounced-check cases on file | Collection case filed by a supplier
      Credit lines almost fully used
    `),
  },
};
/** Registration details only Philippine registries give (GIS: the SEC's General Information Sheet). */
const PH_REGISTRATION: Record<EvidenceOutcome, readonly string[]> = {
  good: words('GIS filed for the current year | TIN matches the registered name'),
  bad: words('GIS not filed for two years | Business name registration expired'),
};

/** True for a Philippine name that reads as a sole proprietorship (registered with the DTI, not the SEC). */
function soleProprietorship(name: string): boolean {
  return !/\b(Inc\.|Incorporated|Corp\.|Corporation|Co\.)/.test(name);
}

/** The registry a registration check of `name` in `place` consults. */
export function registrySource(rng: Rng, name: string, place: Place): string {
  const foreign = FOREIGN_REGISTRIES[place.country.code];
  if (foreign !== undefined) return foreign;
  if (rng.chance(0.3)) return 'BIR TIN verification';
  return soleProprietorship(name) ? 'DTI Business Name Registry' : 'SEC i-View';
}

/** The credit bureau a credit check of a client in `place` asks. */
export function bureauSource(rng: Rng, place: Place): string {
  return place.abroad ? 'Dun & Bradstreet' : rng.pick(PH_BUREAUS);
}

/** The source line of a trade reference from `supplier`. */
export function referenceSource(rng: Rng, supplier: string): string {
  return rng.chance(0.75)
    ? `Reference call with ${supplier} (supplier)`
    : `Trade reference letter from ${supplier}`;
}

/** A short note on what a check found, or null (often left blank). */
export function evidenceDetails(
  rng: Rng,
  kind: EvidenceKind,
  outcome: EvidenceOutcome,
  place: Place,
): string | null {
  if (rng.chance(0.3)) return null;
  const local = kind === 'registration' && !place.abroad && rng.chance(0.5);
  return rng.pick(local ? PH_REGISTRATION[outcome] : DETAILS[kind][outcome]);
}
