/**
 * Suki's demo data: a whole workbook of believable, deterministic records for the local workbench,
 * tests and benchmarks. The same options always give the same records, byte for byte.
 */
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { DEFAULT_HISTORY_MONTHS, demoCalendar } from './calendar';
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
import { buildPeople, withPeople } from './people';
import { buildPlans } from './plans';
import { buildProfiles } from './profiles';
import { Rng } from './random';
import { buildSchemes } from './schemes';
import { buildTeam } from './team';

/** How big the demo is: a number of clients, and per-client averages for the tables around them. */
export interface DemoSize {
  clients: number;
  /**
   * Average orders per client over the whole history (default 8 per 13 months of it: 8 for the default
   * history, about 15.4 for 25 months).
   */
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
  /**
   * Calendar months of order history, asOf's month the last (default 13: the 12 months before asOf's
   * month and the month so far), from 13 to 48 (the team is not much older). Orders and the clients' lifecycle (when they were made,
   * joined, went dormant or were lost) spread over them; contacts, claims, deals, obligations and
   * campaigns keep their spans around asOf.
   */
  historyMonths?: number;
  /** Default { clients: 120 }. */
  size?: DemoSize;
}

/** A generated workbook: records of every Suki table, keyed by table key, as the table store reads them. */
export interface DemoWorkbook {
  asOf: string;
  tables: Record<string, TableRecord[]>;
}

/** The longest order history: the demo team was appointed a little over four years before asOf. */
const MAX_HISTORY_MONTHS = 48;

/** The defaults of generateDemoWorkbook. */
const DEMO_DEFAULTS = {
  seed: 20261126,
  asOf: '2026-11-26',
  historyMonths: DEFAULT_HISTORY_MONTHS,
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
 * Generates the demo workbook: a head and three managers, competitors, clients with a year (or
 * `historyMonths`) of orders
 * (Pareto-like revenue, steady and seasonal buyers, each client paying by a persistent habit with late
 * and unpaid invoices, credit notes), the people at each client, relationship plans for each
 * manager's best clients, credit evidence, contact plans, claims, deals, contractual obligations and
 * campaigns. Deterministic for given options.
 */
export function generateDemoWorkbook(options: DemoOptions = {}): DemoWorkbook {
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  if (!Number.isFinite(seed)) throw new RangeError(`Demo seed must be a finite number, not ${seed}`);
  const asOf = options.asOf ?? DEMO_DEFAULTS.asOf;
  const asOfDay = dayFromIso(asOf);
  const historyMonths = options.historyMonths ?? DEMO_DEFAULTS.historyMonths;
  if (
    !Number.isInteger(historyMonths) ||
    historyMonths < DEFAULT_HISTORY_MONTHS ||
    historyMonths > MAX_HISTORY_MONTHS
  )
    throw new RangeError(
      `Demo history must be a whole number of months from 13 to ${MAX_HISTORY_MONTHS}, not ${historyMonths}`,
    );
  const ordersPerClient = (DEMO_DEFAULTS.size.ordersPerClient * historyMonths) / DEFAULT_HISTORY_MONTHS;
  const size = { ...DEMO_DEFAULTS.size, ordersPerClient, ...options.size };
  const clients = count('clients', size.clients, true);
  const perClient = (name: keyof typeof DEMO_DEFAULTS.size, value: number) =>
    Math.round(clients * count(name, value, false));
  const part = (label: string) => Rng.forPart(Math.trunc(seed), label);

  const calendar = demoCalendar(asOfDay, historyMonths);
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
  const people = buildPeople(part('people'), clientRecords);
  return {
    asOf,
    tables: {
      clients: clientRecords,
      people,
      plans: buildPlans(part('plans'), profiles, people, asOfDay),
      schemes: buildSchemes(part('schemes'), asOfDay, team.head),
      contacts: withPeople(part('contact-people'), contacts.records, people),
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
      sendLog: [],
      invitees: [],
      // The dashboard's first refresh writes the first snapshot (test/browser/dashboard.test.ts adds a year).
      kpiHistory: [],
    },
  };
}
