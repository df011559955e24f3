import type { Rng } from './random';
import { words } from './words';

/** Where a person's name comes from: the Philippines, or a few trading partners. */
export type NameOrigin = 'ph' | 'cn' | 'en' | 'de' | 'jp';

/** A generated person: the name as written and the local part of their e-mail address. */
interface PersonName {
  readonly name: string;
  readonly emailLocal: string;
}

/** Lower-case ASCII letters and digits only: 'Peñaflor' → 'penaflor', 'Dela Cruz' → 'delacruz'. */
export function slugOf(text: string): string {
  // Only text with letters beyond ASCII needs the (slower) decomposition.
  const ascii = /^[\x20-\x7e]*$/.test(text);
  return (ascii ? text : text.normalize('NFD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Filipino family names, including the Chinese-Filipino ones common in business. */
export const FILIPINO_SURNAMES: readonly string[] = words(`
  Santos | Reyes | Cruz | Bautista | Ocampo | Garcia | Mendoza | Torres | Tomas | Andrada | Castillo
  Flores | Villanueva | Ramos | Castro | Rivera | Aquino | Navarro | Salazar | Mercado | Dela Cruz
  De Leon | De Guzman | Del Rosario | Gonzales | Lopez | Hernandez | Perez | Aguilar | Soriano | Pascual
  Dizon | Manalo | Marquez | Valdez | Santiago | Fernandez | Domingo | Lim | Tan | Sy | Go | Ong | Chua
  Uy | Yap | Gatchalian | Lacson | Tolentino | Pangilinan | Panganiban | Sison | Ilagan | Manalastas
  Dimaculangan | Maglaya | Bernardo | Evangelista | Francisco | Gutierrez | Jimenez | Lazaro | Morales
  Natividad | Quiambao | Samonte | Tiongson | Umali | Velasco | Yulo | Zamora | Abad | Cabrera | Enriquez
  Galang | Hidalgo | Javier | Katigbak | Legaspi | Mangubat | Peñaflor | Nuñez | Macaraeg | Buenaventura
  Concepcion | Dalisay | Espiritu | Ferrer | Ignacio | Mallari | Ventura | Robles | Alcantara | Sarmiento
  Agbayani | Alvarez | Angeles | Aragon | Arellano | Baluyot | Bañaga | Bello | Cajucom | Calderon
  Cayabyab | Cuenca | David | Deocampo | Diaz | Dumlao | Estrada | Fajardo | Gomez | Guevarra | Ilustre
  Jacinto | Lagman | Laurel | Lualhati | Mabini | Madlangbayan | Malonzo | Manansala | Medina | Miranda
  Montemayor | Nepomuceno | Obispo | Ocampo-Lim | Olivares | Ordoñez | Padilla | Palma | Pineda | Quizon
  Regalado | Rivas | Roque | Sabado | Salonga | Sevilla | Silang | Sumulong | Tamayo | Tuazon | Vergara
`);

/** Filipino given names. */
const FILIPINO_GIVEN_NAMES: readonly string[] = words(`
  Jose | Juan | Maria | Ana | Ligaya | Rosario | Carmela | Rafael | Paolo | Miguel | Antonio | Ramon
  Eduardo | Roberto | Danilo | Rodel | Jericho | Mark | John Paul | Christian | Kristine | Angelica
  Jasmine | Maricel | Rowena | Marites | Luzviminda | Imelda | Corazon | Teresita | Gloria | Liza | Joy
  Grace | Mary Ann | Jennifer | Michelle | Carlo | Enrique | Fernando | Gilbert | Noel | Ronaldo
  Wilfredo | Amihan | Tala | Mayumi | Bituin | Lakan | Marikit | Dakila | Niño | Patricia | Camille | Bea
  Kevin | Arnel | Rommel | Jocelyn | Analyn | Ma. Cristina | Francis | Alvin | Sheila | Lorna | Edgardo
`);

const OTHER_NAMES: Record<Exclude<NameOrigin, 'ph'>, readonly [string, string]> = {
  cn: [
    'Wei Ling | Jun Hao | Mei | Kevin | Michelle | Li Na | Jia Hui | Wen Jie | Vincent | Cheryl',
    'Tan | Lim | Lee | Wong | Chan | Ng | Ong | Goh | Chen | Ho',
  ],
  en: [
    'James | Emily | Michael | Sarah | David | Jessica | Daniel | Olivia | Matthew | Chloe',
    "Smith | Johnson | Brown | Carter | Brooks | Walker | Mitchell | Campbell | O'Brien | Kelly",
  ],
  de: [
    'Lukas | Anna | Jonas | Lea | Felix | Sophie | Maximilian | Katharina | Stefan | Jürgen',
    'Müller | Schmidt | Schneider | Fischer | Weber | Meyer | Wagner | Becker | Hoffmann | Koch',
  ],
  jp: [
    'Haruto | Yui | Sota | Hina | Kenji | Akiko | Takashi | Yuko | Hiroshi | Naoko',
    'Sato | Suzuki | Takahashi | Tanaka | Watanabe | Ito | Yamamoto | Nakamura | Kobayashi | Kato',
  ],
};

interface NamePart {
  readonly text: string;
  readonly slug: string;
}

const toParts = (list: readonly string[]): NamePart[] => list.map((text) => ({ text, slug: slugOf(text) }));

const PARTS: Record<NameOrigin, readonly [NamePart[], NamePart[]]> = {
  ph: [toParts(FILIPINO_GIVEN_NAMES), toParts(FILIPINO_SURNAMES)],
  cn: [toParts(words(OTHER_NAMES.cn[0])), toParts(words(OTHER_NAMES.cn[1]))],
  en: [toParts(words(OTHER_NAMES.en[0])), toParts(words(OTHER_NAMES.en[1]))],
  de: [toParts(words(OTHER_NAMES.de[0])), toParts(words(OTHER_NAMES.de[1]))],
  jp: [toParts(words(OTHER_NAMES.jp[0])), toParts(words(OTHER_NAMES.jp[1]))],
};

const INITIALS = 'ABCDEFGLMNPRSTV'.split('');

/** A person's name from `origin`, with an e-mail local part made from it ('ana.reyes', 'jdelacruz'). */
export function personName(rng: Rng, origin: NameOrigin): PersonName {
  const [givenList, familyList] = PARTS[origin];
  const given = rng.pick(givenList);
  const family = rng.pick(familyList);
  const middle = origin === 'ph' && rng.chance(0.3) ? ` ${rng.pick(INITIALS)}.` : '';
  const name =
    origin === 'cn' && rng.chance(0.3)
      ? `${family.text} ${given.text}`
      : `${given.text}${middle} ${family.text}`;
  const style = rng.next();
  const emailLocal =
    style < 0.6
      ? `${given.slug}.${family.slug}`
      : style < 0.85
        ? `${given.slug.charAt(0)}${family.slug}`
        : `${given.slug}${family.slug.charAt(0)}`;
  return { name, emailLocal };
}
