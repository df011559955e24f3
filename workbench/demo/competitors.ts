import type { TableRecord } from '../../src/core/tables/tableSpec';
import { COMPETITORS_TABLE } from '../../src/core/tables/workTables';
import { isoDate } from './days';
import type { Rng } from './random';
import { Drafts } from './records';
import { words } from './words';

/** Why deals are lost, as the deals table's loss reason holds them. */
export const LOSS_REASONS = ['Price', 'Delivery time', 'Relationship', 'Product fit'] as const;

/** One of the loss reasons. */
type LossReason = (typeof LOSS_REASONS)[number];

/** A competitor as the demo uses it: its name, home regions and where it beats us most. */
export interface CompetitorProfile {
  readonly name: string;
  /** Regions where it is strong (empty: everywhere). */
  readonly homeRegions: readonly string[];
  readonly edge: LossReason;
}

const LUZON = ['NCR', 'CALABARZON', 'Central Luzon', 'Ilocos Region', 'Cagayan Valley', 'Bicol Region'];
const VISAYAS = ['Central Visayas', 'Western Visayas', 'Eastern Visayas', 'Negros Island Region'];
const MINDANAO = ['Davao Region', 'Northern Mindanao', 'SOCCSKSARGEN', 'Zamboanga Peninsula', 'Caraga'];

/** The hand-written competitors, in the order the table lists them; their policies follow the `|`. */
const KNOWN: readonly (readonly [string, readonly string[], LossReason, string])[] = [
  [
    'Luzon Supply Co.',
    LUZON,
    'Price',
    'List prices 5–8% below ours on commodity packaging | 3% prompt-payment discount; rebates above PHP 1M a quarter | 30 days; COD for new accounts | Next day in Metro Manila, 3–5 days elsewhere in Luzon | Account officer for the top 50 clients | Price; wide stock of boxes and film | Late deliveries outside NCR; slow claims handling',
  ],
  [
    'Visayas Distributors',
    VISAYAS,
    'Delivery time',
    'Matches Manila prices plus freight | Free delivery above PHP 50,000 | 30 days | Same day in Metro Cebu from two warehouses | Local sales team speaks Cebuano and Hiligaynon | Fast local delivery; long relationships | Narrow range; no national coverage',
  ],
  [
    'Global Trade Partners',
    [],
    'Product fit',
    'Premium imported lines, 10–20% above market | Volume tiers on annual contracts | 45 days for contracts, LC for imports | 2–4 weeks for indent items | Technical support and certifications | Quality certifications; brands clients ask for | Price; long lead times on indent orders',
  ],
  [
    'Mindanao Prime Trading',
    MINDANAO,
    'Relationship',
    'Negotiated per client; frequent one-off discounts | Year-end rebates paid in goods | 60 days for long-time clients | Twice a week to Davao, GenSan and CDO | Owner visits key clients personally | Owner relationships across Mindanao | Inconsistent pricing; little paperwork',
  ],
  [
    'Metro Pack Solutions',
    ['NCR', 'CALABARZON'],
    'Price',
    'Cheapest corrugated boxes in Metro Manila | Cash discount 5% | COD or 15 days | Next day in NCR only | None beyond the sales rep | Price on boxes and tape | Quality varies per lot; no PPE or hygiene lines',
  ],
  [
    'Asia Pacific Industrial Supply',
    [],
    'Product fit',
    'Catalogue prices, contract prices for key accounts | 2% for online orders | 30 days | 2–3 days nationwide through couriers | Online ordering portal; vendor-managed inventory | Range of 20,000 items; portal | Impersonal service; slow to quote special items',
  ],
  [
    'Bayside Office & Janitorial',
    ['NCR', 'Central Luzon'],
    'Relationship',
    'Bundles office and janitorial supplies at a flat monthly fee | Loyalty points | 30 days | Weekly fixed route | Free quarterly housekeeping audit | Bundled monthly fee; friendly reps | Small fleet; stock-outs in peak months',
  ],
  [
    'SafeWorks PPE Center',
    [],
    'Product fit',
    'Mid-range prices; certified PPE only | Free fit-testing with orders above PHP 100,000 | 30 days | 3–5 days | Safety training for client crews | Certified PPE; training | PPE only; higher prices on gloves',
  ],
  [
    'Northpoint Supply Hub',
    ['Ilocos Region', 'Cordillera Administrative Region', 'Cagayan Valley'],
    'Delivery time',
    'Manila prices plus 3% | Early-payment discount 2% | 30 days | Two trucks based in Baguio and Dagupan | Stock kept for key clients | Presence in North Luzon | Limited capital; short credit lines',
  ],
  [
    'Harbor Star Distribution',
    VISAYAS,
    'Price',
    'Undercuts on tenders | Tender discounts up to 12% | 45 days | Through third-party forwarders | None | Aggressive on tenders | Frequent delivery complaints',
  ],
  [
    'Pinnacle Source Inc.',
    [],
    'Relationship',
    'Premium prices, bundled service | Multi-year contract rebates | 60 days | Dedicated trucks for key accounts | Key-account teams; 24/7 hotline | Service; long contracts | Expensive; rigid contracts',
  ],
  [
    'Kalakal Trading Co.',
    MINDANAO,
    'Price',
    'Low prices on imported disposables | Cash discounts | COD | Pickup or third-party | None | Price on disposables | No credit terms; no after-sales',
  ],
];

const EXTRA_FIRST = words(
  'Prime | Metro | Golden | United | First | Island | Pacific | Royal | Star | Eastern | Western',
);
const EXTRA_SECOND = words(
  'Supply | Trading | Distributors | Industrial | Sourcing | Merchandising | Resources',
);
const SOURCES = words('Client feedback | Trade show | Sales team | Published price list | Lost-deal debrief');

/** The competitor profiles of the demo: the known ones first, then made-up names when more are asked for. */
export function competitorProfiles(rng: Rng, count: number): CompetitorProfile[] {
  const profiles: CompetitorProfile[] = KNOWN.slice(0, count).map(([name, homeRegions, edge]) => ({
    name,
    homeRegions,
    edge,
  }));
  const used = new Set(profiles.map((p) => p.name));
  while (profiles.length < count) {
    let name = `${rng.pick(EXTRA_FIRST)} ${rng.pick(EXTRA_SECOND)} ${rng.pick(['Inc.', 'Corp.', 'Co.'])}`;
    if (used.has(name)) name = `${name.replace(/ (Inc\.|Corp\.|Co\.)$/, '')} ${profiles.length + 1} Inc.`;
    used.add(name);
    profiles.push({
      name,
      homeRegions: rng.pick([LUZON, VISAYAS, MINDANAO, []]),
      edge: rng.pick(LOSS_REASONS),
    });
  }
  return profiles;
}

const GENERIC_POLICY = KNOWN[5]?.[3] ?? '';

/** The competitors table: policies side by side, some reviewed long ago. */
export function competitorRecords(
  rng: Rng,
  profiles: readonly CompetitorProfile[],
  asOfDay: number,
  team: { head: string; managers: readonly string[] },
): TableRecord[] {
  const drafts = new Drafts();
  profiles.forEach((profile, index) => {
    const known = KNOWN[index];
    const [pricing, discounts, payment, delivery, service, strengths, weaknesses] = (
      known?.[3] ?? GENERIC_POLICY
    )
      .split('|')
      .map((part) => part.trim());
    // Known competitors first: each was entered some days after the one before.
    const createdDay = asOfDay - 900 + Math.floor((index * 600) / profiles.length) + rng.int(0, 2);
    const reviewedDay = Math.max(
      createdDay,
      asOfDay - (rng.chance(0.25) ? rng.int(200, 420) : rng.int(3, 120)),
    );
    const by = rng.chance(0.4) ? team.head : rng.pick(team.managers);
    drafts.add(
      {
        id: '',
        name: profile.name,
        pricingPolicy: pricing ?? null,
        discounts: discounts ?? null,
        paymentTerms: payment ?? null,
        deliveryTerms: delivery ?? null,
        servicePrograms: service ?? null,
        strengths: strengths ?? null,
        weaknesses: weaknesses ?? null,
        lastReviewed: isoDate(reviewedDay),
        source: rng.pick(SOURCES),
        createdAt: '',
        createdBy: by,
        updatedAt: '',
        updatedBy: rng.chance(0.5) ? by : rng.pick(team.managers),
        archivedAt: null,
      },
      createdDay,
      reviewedDay,
    );
  });
  return drafts.finalize(COMPETITORS_TABLE, rng);
}
