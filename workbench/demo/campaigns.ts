import type { TableRecord } from '../../src/core/tables/tableSpec';
import { type CAMPAIGN_CHANNELS, CAMPAIGNS_TABLE } from '../../src/core/tables/workTables';
import { civilOf, isoDate } from './days';
import { type Rng, Weighted } from './random';
import { Drafts } from './records';
import { words } from './words';

type Channel = (typeof CAMPAIGN_CHANNELS)[number];

const ORDER: readonly Channel[] = ['email', 'presentation', 'exhibition', 'fax', 'show'];
const CHANNEL = new Weighted<Channel>([
  ['email', 35],
  ['presentation', 20],
  ['exhibition', 15],
  ['show', 15],
  ['fax', 15],
]);
const NAMES: Record<Channel, string[]> = {
  email: words(
    'Holiday price promo | New PPE catalogue | Payday restock reminder | Rainy-season delivery advisory | Year-end rebate news',
  ),
  fax: words(
    'Fax blast: new price list | Fax: holiday delivery schedule | Fax: order form for provincial clients',
  ),
  presentation: words(
    'Product presentation | Lunch-and-learn: food-safe packaging | Hygiene line presentation',
  ),
  show: words('Provincial roadshow | Suki appreciation day | Safety week show'),
  exhibition: words(
    'IFEX Philippines booth | WOFEX booth | PhilConstruct booth | Manila FAME booth | Industrial expo booth',
  ),
};
const PLACES = words(
  'Makati | Quezon City | Cebu City | Davao City | Iloilo City | Cagayan de Oro | Clark | Pasay',
);
const AUDIENCES = words(`
  All active clients | Food & beverage clients in NCR | Prospects from the website | Key and large accounts
  Construction clients in Central Luzon | Hospitality clients in the Visayas | Dormant clients | Healthcare buyers
`);
const COSTS: Record<Channel, [number, number]> = {
  email: [3_000, 15_000],
  fax: [2_000, 8_000],
  presentation: [20_000, 80_000],
  show: [50_000, 200_000],
  exhibition: [150_000, 600_000],
};
const MONTHS = words('Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec');

/**
 * The campaigns table: `count` campaigns spread from eleven months before asOf to two months after,
 * over every channel (e-mail, fax, presentation, show, exhibition), with costs that fit the channel;
 * past ones are done (a few cancelled), current ones running, later ones planned.
 */
export function buildCampaigns(
  rng: Rng,
  count: number,
  asOfDay: number,
  team: { head: string; managers: readonly string[] },
): TableRecord[] {
  const drafts = new Drafts();
  const span = 390;
  for (let k = 0; k < count; k++) {
    const channel = k < ORDER.length ? (ORDER[k] as Channel) : CHANNEL.pick(rng);
    const day = asOfDay - 330 + Math.floor(((k + rng.next()) * span) / Math.max(count, 1));
    const [year, month] = civilOf(day);
    const where = channel === 'presentation' || channel === 'show' ? ` (${rng.pick(PLACES)})` : '';
    const name = `${rng.pick(NAMES[channel])}${where}, ${MONTHS[month - 1]} ${year}`;
    let status: 'planned' | 'running' | 'done' | 'cancelled';
    if (day < asOfDay - 3) status = rng.chance(0.1) ? 'cancelled' : 'done';
    else if (day <= asOfDay + 3) status = 'running';
    else status = rng.chance(0.05) ? 'cancelled' : 'planned';
    const [low, high] = COSTS[channel];
    const owner =
      channel === 'exhibition' && rng.chance(0.5)
        ? team.head
        : (team.managers[k % team.managers.length] ?? team.head);
    const created = Math.min(asOfDay - 1, day - rng.int(14, 60));
    const updated =
      status === 'done'
        ? Math.min(asOfDay - 1, day + rng.int(1, 7))
        : created + Math.floor(rng.next() * (asOfDay - created));
    drafts.add(
      {
        id: '',
        name,
        channel,
        date: isoDate(day),
        audience: rng.pick(AUDIENCES),
        cost:
          status === 'cancelled' && rng.chance(0.5) ? null : Math.round(rng.between(low, high) / 100) * 100,
        status,
        owner,
        createdAt: '',
        createdBy: owner,
        updatedAt: '',
        updatedBy: owner,
        archivedAt: null,
      },
      created,
      updated,
    );
  }
  return drafts.finalize(CAMPAIGNS_TABLE, rng);
}
