/**
 * Suki's demo data: a whole workbook of believable, deterministic records for the local workbench,
 * tests and benchmarks. The same options always give the same records, byte for byte.
 */
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { demoCalendar } from './calendar';
import { buildCampaigns } from './campaigns';
import { buildClaims } from './claims';
import { buildClients } from './clients';
import { competitorProfiles, competitorRecords } from './competitors';
import { buildContacts } from './contacts';
import { civilOf, dayFromIso } from './days';
import { buildDeals } from './deals';
import { buildEvidence } from './evidence';
import { buildObligations } from './obligations';
import { buildOrders } from './orders';
import { assignPayers } from './payers';
import { buildProfiles } from './profiles';
import { Rng } from './random';
import { buildTeam } from './team';

/** How big the demo is: a number of clients, and per-client averages for the tables around them. */
export interface DemoSize {
  clients: number;
  /** Average orders per client (default 8). */
  ordersPerClient?: number;
  /** Average contact plan rows per client (default 6). */
  contactsPerClient?: number;
  /** Average claims per client (default 0.4). */
  claimsPerClient?: number;
  /** Average deals per client (default 0.6). */
  dealsPerClient?: number;
  /** Average contractual obligations per client (default 0.8). */
  obligationsPerClient?: number;
  /** Competitors (default 8). */
  competitors?: number;
  /** Campaigns (default 12). */
  campaigns?: number;
}

/** What to generate. */
export interface DemoOptions {
  /** Seed of the generator (default 20261126); its integer part modulo 2^32 counts. */
  seed?: number;
  /** The demo's 'today', YYYY-MM-DD (default '2026-11-26'): stamps fall before it, plans after. */
  asOf?: string;
  /** Default { clients: 120 }. */
  size?: DemoSize;
}

/** A generated workbook: records of every Suki table, keyed by table key, as the table store reads them. */
export interface DemoWorkbook {
  asOf: string;
  tables: Record<string, TableRecord[]>;
}

/** The defaults of generateDemoWorkbook. */
const DEMO_DEFAULTS = {
  seed: 20261126,
  asOf: '2026-11-26',
  size: {
    clients: 120,
    ordersPerClient: 8,
    contactsPerClient: 6,
    claimsPerClient: 0.4,
    dealsPerClient: 0.6,
    obligationsPerClient: 0.8,
    competitors: 8,
    campaigns: 12,
  },
} as const;

function count(name: string, value: number, integer: boolean): number {
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value)))
    throw new RangeError(`Demo size ${name} must be a ${integer ? 'whole ' : ''}number ≥ 0, not ${value}`);
  return value;
}

/**
 * Generates the demo workbook: a head and three managers, competitors, clients with a year of orders
 * (Pareto-like revenue, steady and seasonal buyers, each client paying by a persistent habit with late
 * and unpaid invoices, credit notes), credit evidence, contact plans, claims, deals, contractual
 * obligations and campaigns. Deterministic for given options.
 */
export function generateDemoWorkbook(options: DemoOptions = {}): DemoWorkbook {
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  if (!Number.isFinite(seed)) throw new RangeError(`Demo seed must be a finite number, not ${seed}`);
  const asOf = options.asOf ?? DEMO_DEFAULTS.asOf;
  const asOfDay = dayFromIso(asOf);
  const size = { ...DEMO_DEFAULTS.size, ...options.size };
  const clients = count('clients', size.clients, true);
  const perClient = (name: keyof typeof DEMO_DEFAULTS.size, value: number) =>
    Math.round(clients * count(name, value, false));
  const part = (label: string) => Rng.forPart(Math.trunc(seed), label);

  const calendar = demoCalendar(asOfDay);
  const team = buildTeam(part('team'), asOfDay);
  const rivals = competitorProfiles(part('competitor-names'), count('competitors', size.competitors, true));
  const profiles = buildProfiles(part('profiles'), clients, calendar, team.managers, rivals);
  assignPayers(part('payers'), profiles, asOfDay, civilOf(asOfDay)[0]);
  const orders = buildOrders(
    part('orders'),
    part('payments'),
    profiles,
    calendar,
    perClient('ordersPerClient', size.ordersPerClient),
  );
  const contacts = buildContacts(
    part('contacts'),
    profiles,
    calendar,
    perClient('contactsPerClient', size.contactsPerClient),
  );
  const clientRecords = buildClients(part('clients'), profiles, rivals, contacts.next, asOfDay, team);
  const names = new Map(clientRecords.map((c) => [c.id as string, c.name as string]));
  return {
    asOf,
    tables: {
      clients: clientRecords,
      contacts: contacts.records,
      claims: buildClaims(
        part('claims'),
        profiles,
        calendar,
        perClient('claimsPerClient', size.claimsPerClient),
      ),
      deals: buildDeals(
        part('deals'),
        profiles,
        rivals,
        calendar,
        perClient('dealsPerClient', size.dealsPerClient),
      ),
      orders,
      obligations: buildObligations(
        part('obligations'),
        profiles,
        calendar,
        perClient('obligationsPerClient', size.obligationsPerClient),
      ),
      evidence: buildEvidence(part('evidence'), profiles, names, asOfDay),
      competitors: competitorRecords(part('competitors'), rivals, asOfDay, team),
      campaigns: buildCampaigns(part('campaigns'), count('campaigns', size.campaigns, true), asOfDay, team),
      team: team.records,
      // Nobody is away in the demo: cover is shown by recording an absence in the workbench.
      absences: [],
      audit: [],
    },
  };
}
