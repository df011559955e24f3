import type { NameOrigin } from './names';
import { type Rng, Weighted } from './random';

/** A country a client can be in, with what its phone numbers, tax IDs and web addresses look like. */
interface Country {
  readonly code: 'PH' | 'SG' | 'HK' | 'JP' | 'DE' | 'US' | 'AU';
  readonly phonePrefix: string;
  readonly domains: readonly string[];
  readonly legalSuffixes: readonly string[];
  readonly nameOrigins: readonly NameOrigin[];
}

/** Where a client sits: the region as the clients table shows it, a city and its phone area code. */
export interface Place {
  readonly region: string;
  readonly city: string;
  readonly areaCode: string;
  readonly country: Country;
  readonly abroad: boolean;
}

const PHILIPPINES: Country = {
  code: 'PH',
  phonePrefix: '+63',
  domains: ['com.ph', 'com.ph', 'ph', 'com'],
  legalSuffixes: [],
  nameOrigins: ['ph'],
};

const ABROAD: Record<string, Country> = {
  Singapore: {
    code: 'SG',
    phonePrefix: '+65',
    domains: ['com.sg'],
    legalSuffixes: ['Pte. Ltd.'],
    nameOrigins: ['cn', 'en'],
  },
  'Hong Kong': {
    code: 'HK',
    phonePrefix: '+852',
    domains: ['com.hk'],
    legalSuffixes: ['Limited', 'Ltd.'],
    nameOrigins: ['cn', 'en'],
  },
  Japan: {
    code: 'JP',
    phonePrefix: '+81',
    domains: ['co.jp'],
    legalSuffixes: ['Co., Ltd.', 'K.K.'],
    nameOrigins: ['jp'],
  },
  Germany: {
    code: 'DE',
    phonePrefix: '+49',
    domains: ['de'],
    legalSuffixes: ['GmbH', 'AG', 'GmbH & Co. KG'],
    nameOrigins: ['de'],
  },
  'United States': {
    code: 'US',
    phonePrefix: '+1',
    domains: ['com'],
    legalSuffixes: ['Inc.', 'LLC'],
    nameOrigins: ['en'],
  },
  Australia: {
    code: 'AU',
    phonePrefix: '+61',
    domains: ['com.au'],
    legalSuffixes: ['Pty Ltd'],
    nameOrigins: ['en'],
  },
};

/** Regions with their weight among clients and 'City:area code' lists; the last six are abroad. */
const REGIONS: readonly (readonly [string, number, string])[] = [
  [
    'NCR',
    34,
    'Makati:2 | Quezon City:2 | Pasig:2 | Taguig:2 | Manila:2 | Mandaluyong:2 | Parañaque:2 | Valenzuela:2',
  ],
  [
    'CALABARZON',
    14,
    'Calamba:49 | Santa Rosa:49 | Batangas City:43 | Lipa:43 | Antipolo:2 | Dasmariñas:46 | Lucena:42',
  ],
  [
    'Central Luzon',
    11,
    'San Fernando:45 | Angeles:45 | Malolos:44 | Olongapo:47 | Tarlac City:45 | Cabanatuan:44',
  ],
  ['Central Visayas', 10, 'Cebu City:32 | Mandaue:32 | Lapu-Lapu:32 | Tagbilaran:38'],
  ['Davao Region', 7, 'Davao City:82 | Tagum:84 | Panabo:84'],
  ['Western Visayas', 4, 'Iloilo City:33 | Roxas:36'],
  ['Negros Island Region', 2, 'Bacolod:34 | Dumaguete:35'],
  ['Northern Mindanao', 4, 'Cagayan de Oro:88 | Iligan:63'],
  ['Ilocos Region', 2.5, 'Dagupan:75 | Laoag:77 | Vigan:77'],
  ['Bicol Region', 2.5, 'Naga:54 | Legazpi:52'],
  ['Eastern Visayas', 1.5, 'Tacloban:53 | Ormoc:53'],
  ['Zamboanga Peninsula', 1.5, 'Zamboanga City:62 | Dipolog:65'],
  ['SOCCSKSARGEN', 2, 'General Santos:83 | Koronadal:83'],
  ['Cordillera Administrative Region', 2, 'Baguio:74'],
  ['Cagayan Valley', 1.5, 'Tuguegarao:78 | Santiago:78'],
  ['MIMAROPA', 1.5, 'Puerto Princesa:48 | Calapan:43'],
  ['Caraga', 1, 'Butuan:85 | Surigao:86'],
  ['Singapore', 1.2, 'Singapore:6'],
  ['Hong Kong', 0.8, 'Hong Kong:2'],
  ['Japan', 0.8, 'Tokyo:3 | Osaka:6'],
  ['Germany', 0.6, 'Berlin:30 | Hamburg:40 | Munich:89'],
  ['United States', 0.8, 'San Francisco:415 | Los Angeles:213 | New York:212'],
  ['Australia', 0.6, 'Sydney:2 | Melbourne:3'],
];

function placesOf(region: string, cities: string): Place[] {
  const country = ABROAD[region] ?? PHILIPPINES;
  return cities.split('|').map((entry) => {
    const [city = '', areaCode = ''] = entry.trim().split(':');
    return { region, city, areaCode, country, abroad: country !== PHILIPPINES };
  });
}

const PLACES_BY_REGION = REGIONS.map(
  ([region, weight, cities]) => [placesOf(region, cities), weight] as const,
);
const REGION_CHOICE = new Weighted(PLACES_BY_REGION);

/** Every place a client can be in. */
export const ALL_PLACES: readonly Place[] = PLACES_BY_REGION.flatMap(([places]) => places);

/** A place, weighted like a Philippine distributor's client base (a third in Metro Manila, ~5% abroad). */
export function pickPlace(rng: Rng): Place {
  return rng.pick(REGION_CHOICE.pick(rng));
}

/** `count` random decimal digits as text (leading zeros kept). */
function digits(rng: Rng, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String.fromCharCode(48 + Math.floor(rng.next() * 10));
  return text;
}

const PH_MOBILE_PREFIXES = [
  '917',
  '918',
  '919',
  '920',
  '927',
  '928',
  '945',
  '955',
  '966',
  '977',
  '995',
  '998',
];

/** A phone number as people write it in `place`: '+63 2 8123 4567', '+63 917 555 0101', '+65 6123 4567'. */
export function phoneNumber(rng: Rng, place: Place, mobile: boolean): string {
  const { country, areaCode } = place;
  const prefix = country.phonePrefix;
  switch (country.code) {
    case 'PH':
      if (mobile) return `${prefix} ${rng.pick(PH_MOBILE_PREFIXES)} ${digits(rng, 3)} ${digits(rng, 4)}`;
      return areaCode === '2'
        ? `${prefix} 2 8${digits(rng, 3)} ${digits(rng, 4)}`
        : `${prefix} ${areaCode} ${rng.int(2, 9)}${digits(rng, 2)} ${digits(rng, 4)}`;
    case 'SG':
      return `${prefix} ${mobile ? '9' : '6'}${digits(rng, 3)} ${digits(rng, 4)}`;
    case 'HK':
      return `${prefix} ${mobile ? '9' : '2'}${digits(rng, 3)} ${digits(rng, 4)}`;
    case 'JP':
      return mobile
        ? `${prefix} 90 ${digits(rng, 4)} ${digits(rng, 4)}`
        : `${prefix} ${areaCode} ${rng.int(2, 9)}${digits(rng, 3)} ${digits(rng, 4)}`;
    case 'DE':
      return mobile
        ? `${prefix} 151 ${digits(rng, 8)}`
        : `${prefix} ${areaCode} ${rng.int(2, 9)}${digits(rng, 6)}`;
    case 'US':
      // 555-0100 to 555-0199 are reserved for fiction.
      return `${prefix} ${areaCode} 555 01${digits(rng, 2)}`;
    case 'AU':
      return mobile
        ? `${prefix} 4${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 3)}`
        : `${prefix} ${areaCode} 9${digits(rng, 3)} ${digits(rng, 4)}`;
  }
}

/** A tax number in the country's usual shape; Philippine TINs end in the branch code ('…-000'). */
export function taxNumber(rng: Rng, place: Place, branch: boolean): string {
  switch (place.country.code) {
    case 'PH':
      return `${rng.int(100, 799)}-${digits(rng, 3)}-${digits(rng, 3)}-${branch ? `00${rng.int(1, 5)}` : '000'}`;
    case 'SG':
      return `${rng.int(1995, 2022)}${digits(rng, 5)}${rng.pick(['C', 'D', 'E', 'K', 'M', 'N', 'R', 'W'])}`;
    case 'HK':
      return digits(rng, 8);
    case 'JP':
      return `${rng.int(1, 9)}${digits(rng, 12)}`;
    case 'DE':
      return `DE${rng.int(1, 9)}${digits(rng, 8)}`;
    case 'US':
      return `${rng.int(10, 99)}-${digits(rng, 7)}`;
    case 'AU':
      return `${rng.int(10, 99)} ${digits(rng, 3)} ${digits(rng, 3)} ${digits(rng, 3)}`;
  }
}
