import { FILIPINO_SURNAMES, slugOf } from './names';
import { ALL_PLACES, type Place } from './places';
import { type Rng, Weighted } from './random';
import { words } from './words';

/** The market segments of the demo, as the clients table's free-text segment holds them. */
export const SEGMENTS = [
  'Food & beverage',
  'Retail',
  'Logistics',
  'Manufacturing',
  'Healthcare',
  'Construction',
  'IT services',
  'Hospitality',
] as const;

/** One of the demo's segments. */
export type Segment = (typeof SEGMENTS)[number];

const SEGMENT_NOUNS: Record<Segment, string[]> = {
  'Food & beverage': words(
    'Foods | Food Products | Beverages | Bakery | Coffee Roasters | Dairy | Meat Products | Snack Foods | Seafoods',
  ),
  Retail: words('Mart | Stores | Retail | Marketplace | Grocery | Supermarket | Shoppe | Department Store'),
  Logistics: words(
    'Logistics | Freight | Express | Cargo | Forwarders | Movers | Shipping | Transport | Haulers',
  ),
  Manufacturing: words(
    'Industries | Manufacturing | Plastics | Metalworks | Packaging | Textiles | Paper Products | Garments | Chemicals',
  ),
  Healthcare: words(
    'Medical Supply | Pharma | Diagnostics | Health Care | Medical Center | Drugstore | Laboratories',
  ),
  Construction: words(
    'Builders | Construction | Steel | Concrete Products | Development | Aggregates | Engineering',
  ),
  'IT services': words(
    'Tech | Systems | Digital | Data Solutions | IT Solutions | Software | Networks | Cloud',
  ),
  Hospitality: words('Hotel | Resort | Suites | Catering | Restaurants | Inn | Events | Food Services'),
};

const GENERIC_NOUNS = words(
  'Trading | Enterprises | General Merchandise | Marketing | Commercial | Ventures | Supply | Distribution',
);

const SMALL_BUSINESSES: Partial<Record<Segment, string[]>> = {
  'Food & beverage': words('Bakeshop | Carinderia | Lechon House | Kakanin | Coffee Shop'),
  Retail: words('Sari-Sari Store | Mini Mart | Hardware | Variety Store'),
  Hospitality: words('Eatery | Kainan | Catering | Lodge'),
};

const ALING = words('Nena | Rosing | Tess | Cora | Linda | Baby | Luz | Didang');
const MANG = words('Tomas | Ben | Pedro | Kanor | Jun | Boy | Caloy | Pilo');
const INITIAL_LETTERS = 'ABCDEFGHJKLMNOPRSTVW'.split('');

const FILIPINO_WORDS = words(`
  Bayanihan | Mabuhay | Kalayaan | Masagana | Maharlika | Bagong Araw | Tanglaw | Pag-asa | Liwanag
  Sampaguita | Narra | Malaya | Dalisay | Bituin | Silangan | Kabayan | Tagumpay | Hiyas | Likha | Tahanan
  Luntian | Alon | Habagat | Amihan | Banahaw | Makiling | Mayon | Taal | Kanlaon | Apo | Sierra Madre
  Visayan | Mindanao | Luzon | Cordillera | Manila Bay | Sinag | Diwa | Ginhawa | Kasama | Katipunan
  Balangay | Perlas | Ginto | Pilak | Anahaw | Molave | Kamagong | Lakbay | Sulong | Tibay | Bagwis
  Bagong Buhay | Bukang Liwayway | Dangal | Galing | Kalinaw | Karagatan | Kislap | Lahi | Lakas | Mahalina
  Maligaya | Masigla | Matatag | Pagkakaisa | Palay | Parola | Sagana | Sikat | Sinagtala | Tanglaw Bayan
  Tinig | Ugnayan | Yakal | Banaue | Boracay | Bohol | Camiguin | Siargao | Pampanga | Batangas | Ilocos
`);

const WORLD_WORDS = words(`
  Pacific Rim | Golden Harvest | Blue Harbor | Silver Oak | Orient Star | Asia Pacific | Evergreen | Meridian
  Northstar | Summit | Harborline | Crescent | Lotus | Sakura | Coral Bay | Southern Cross | Eastwind
  Jade Dragon | Greenfield | Highland | Riverside | Sunrise | Bright Horizon | Oceanic | Continental | Apex
  Vertex | Zenith | Pioneer | Heritage | Keystone | Cornerstone | Trident | Polaris | Atlas | Unity | Premier
  Royal Palm | Imperial | Fortune | Lucky Star | Seven Seas | Red Lantern | First Light | Great Eastern
  Silverline | Goldcrest | Bluewater | Clearwater | Westbridge | Eastgate | Northgate | Southbay | Ironwood
  Oakridge | Pinecrest | Maplewood | Stonebridge | Skyline | Starlight | Suncoast | Tradewinds | Wellspring
  Harmony | Liberty | Victory | Paramount | Sovereign | Regal | Dynasty | Legacy | Frontier | Horizon Bay
`);

const GERMAN_WORDS = words(
  'Nordlicht | Alpenblick | Rheinland | Hanse | Bergmann | Sonnenfeld | Elbtal | Lindenhof | Weserland | Brückner',
);

const PH_LEGAL = new Weighted<string>([
  ['', 35],
  ['Inc.', 25],
  ['Corp.', 20],
  ['Corporation', 8],
  ['Co.', 7],
  ['Company', 5],
]);

type Pattern = 'surname' | 'filipino' | 'world' | 'initials' | 'partners' | 'city' | 'neighbourhood';

const PATTERNS = new Weighted<Pattern>([
  ['surname', 20],
  ['filipino', 18],
  ['world', 12],
  ['initials', 18],
  ['partners', 14],
  ['city', 8],
  ['neighbourhood', 5],
]);

const FAMILY = new Weighted<string>([
  ['', 70],
  [' Brothers', 12],
  [' & Sons', 10],
  [' Family', 8],
]);
const PH_CITIES = ALL_PLACES.filter((p) => !p.abroad).map((p) => p.city);

/** Legal forms a name can end with, longest first so 'Co., Ltd.' wins over 'Ltd.'. */
const LEGAL_FORMS = words(`
  GmbH & Co. KG | Co., Ltd. | Pte. Ltd. | Incorporated | Corporation | Pty Ltd | Company | Limited | GmbH
  Corp. | Inc. | Ltd. | LLC | K.K. | Corp | Inc | Co. | AG
`).map((form) => ` ${form}`);

/** `name` without the legal form it ends with. */
function withoutLegalForm(name: string): string {
  for (const form of LEGAL_FORMS) if (name.endsWith(form)) return name.slice(0, -form.length);
  return name;
}

const withLegal = (core: string, legal: string) => (legal === '' ? core : `${core} ${legal}`);

/** What makes two client names the same company: the core, without legal form, 'Philippines' or case. */
function companyKey(name: string): string {
  const open = name.endsWith(')') ? name.lastIndexOf(' (') : -1;
  const body = open > 0 ? name.slice(0, open) : name;
  let core = withoutLegalForm(body);
  if (core.endsWith(' Philippines,')) core = core.slice(0, -' Philippines,'.length);
  return open > 0 ? `${slugOf(core)}@${slugOf(name.slice(open + 2, -1))}` : slugOf(core);
}

/**
 * Names clients like a real Philippine client list: 'Dela Cruz Trading', 'Bayanihan Foods Corp.',
 * 'JRM Hardware Inc.', 'Nordlicht GmbH'. Names stay distinct even ignoring their legal form: a core
 * already taken is drawn again a few times, then gets a branch city ('Mabuhay Logistics (Cebu City)').
 */
export class CompanyNamer {
  private readonly names = new Set<string>();
  private readonly keys = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** A fresh name for a client of `segment` in `place`, unlike every name given so far. */
  name(segment: Segment, place: Place): string {
    for (let attempt = 0; attempt < 6; attempt++) {
      const candidate = this.draw(segment, place);
      if (!this.keys.has(companyKey(candidate))) return this.take(candidate);
    }
    const base = this.draw(segment, place);
    for (let attempt = 0; attempt < 8; attempt++) {
      const city = attempt === 0 ? place.city : this.rng.pick(ALL_PLACES).city;
      const candidate = `${base} (${city})`;
      if (!this.keys.has(companyKey(candidate))) return this.take(candidate);
    }
    for (let n = 2; ; n++) {
      const candidate = `${base} (${place.city} ${n})`;
      if (!this.keys.has(companyKey(candidate))) return this.take(candidate);
    }
  }

  /** An unused name that a person would take for `original`: another suffix, other case or spacing. */
  nearDuplicate(original: string): string {
    const core = withoutLegalForm(original);
    const variants = [
      core === original ? `${original} Inc.` : core,
      original.toUpperCase(),
      original.replace(/ Corp\.$/, ' Corporation').replace(/ Inc\.$/, ' Incorporated'),
      original.replace(/^(Dela|De|Del) /, '$1').replace(' & ', ' and '),
      original.replace(/\.$/, ''),
      `${core} Co.`,
    ];
    const start = this.rng.int(0, variants.length - 1);
    for (let i = 0; i < variants.length; i++) {
      const candidate = variants[(start + i) % variants.length] as string;
      if (candidate !== original && !this.names.has(candidate)) return this.take(candidate);
    }
    return this.take(`${core} Trading`);
  }

  private take(name: string): string {
    this.names.add(name);
    this.keys.add(companyKey(name));
    return name;
  }

  private draw(segment: Segment, place: Place): string {
    const rng = this.rng;
    const noun = rng.chance(0.5) ? rng.pick(GENERIC_NOUNS) : rng.pick(SEGMENT_NOUNS[segment]);
    if (place.abroad) {
      const legal = rng.pick(place.country.legalSuffixes);
      if (place.country.code === 'DE' && rng.chance(0.6)) {
        return withLegal(
          rng.chance(0.5) ? rng.pick(GERMAN_WORDS) : `${rng.pick(GERMAN_WORDS)} ${noun}`,
          legal,
        );
      }
      return withLegal(`${rng.pick(WORLD_WORDS)} ${rng.pick(SEGMENT_NOUNS[segment])}`, legal);
    }
    const legal = PH_LEGAL.pick(rng);
    switch (PATTERNS.pick(rng)) {
      case 'surname':
        return withLegal(`${rng.pick(FILIPINO_SURNAMES)}${FAMILY.pick(rng)} ${noun}`, legal);
      case 'filipino':
        return withLegal(`${rng.pick(FILIPINO_WORDS)} ${noun}`, legal);
      case 'city':
        return withLegal(`${rng.pick(PH_CITIES)} ${noun}`, legal);
      case 'world': {
        const philippines = rng.chance(0.3) ? ' Philippines,' : '';
        const core = `${rng.pick(WORLD_WORDS)} ${noun}${philippines}`;
        return philippines ? `${core} Inc.` : withLegal(core, legal);
      }
      case 'initials': {
        const a = rng.pick(INITIAL_LETTERS);
        const b = rng.pick(INITIAL_LETTERS);
        const initials = rng.chance(0.3) ? `${a}&${b}` : `${a}${b}${rng.pick(INITIAL_LETTERS)}`;
        return withLegal(`${initials} ${noun}`, legal);
      }
      case 'partners':
        return withLegal(
          `${rng.pick(FILIPINO_SURNAMES)} & ${rng.pick(FILIPINO_SURNAMES)} ${rng.pick(GENERIC_NOUNS)}`,
          legal,
        );
      case 'neighbourhood': {
        const shops = SMALL_BUSINESSES[segment];
        if (!shops) return withLegal(`${rng.pick(FILIPINO_SURNAMES)} ${noun}`, legal);
        const owner = rng.chance(0.5) ? `Aling ${rng.pick(ALING)}` : `Mang ${rng.pick(MANG)}`;
        return `${owner}'s ${rng.pick(shops)}`;
      }
    }
  }
}

/** A web domain for a company: 'Bayanihan Foods Corp.' in the Philippines → 'bayanihanfoods.com.ph'. */
export function domainOf(rng: Rng, companyName: string, place: Place): string {
  const slug = companyKey(companyName).split('@')[0]?.slice(0, 28) || 'company';
  return `${slug}.${rng.pick(place.country.domains)}`;
}
