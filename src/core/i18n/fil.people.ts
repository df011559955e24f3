import type { enPeople } from './en.people';

/** Filipino messages of the people at each client (the keys of en.people.ts). */
export const filPeople: Record<keyof typeof enPeople, string> = {
  'sheet.people': 'Mga tao',
  'menu.personForm': 'Tao sa isang kliyente…',
  'form.person.title': 'Tao sa isang kliyente',
  'col.person.name': 'Tao',
  'col.person.position': 'Posisyon',
  'col.person.buyingRole': 'Papel sa pagpapasya',
  'col.person.preferredChannel': 'Gustong paraan ng kontak',
  'col.person.language': 'Wika',
  'col.person.optedOut': 'Ayaw padalhan ng mail',
  'col.person.primary': 'Pangunahing tao',
  'col.contact.person': 'Kausap (ID ng tao)',
  'choice.buyingRole.decisionMaker': 'Nagpapasya',
  'choice.buyingRole.influencer': 'Nakaiimpluwensiya',
  'choice.buyingRole.user': 'Gumagamit',
  'choice.buyingRole.gatekeeper': 'Tagabantay',
  'choice.buyingRole.other': 'Iba pa',
  'choice.personLanguage.en': 'Ingles',
  'choice.personLanguage.fil': 'Filipino',
  'choice.yesNo.yes': 'Oo',
  'choice.yesNo.no': 'Hindi',
  'choice.personStatus.active': 'Nagtatrabaho roon',
  'choice.personStatus.left': 'Umalis na',
  'card.people': 'Mga tao',
  'card.lastContacted': 'huling nakausap {date}',
  'card.neverContacted': 'hindi pa nakakausap',
  'card.personLeft': 'umalis na sa kumpanya',
  'card.optedOut': 'ayaw padalhan ng mail',
  'people.stayOptedOut':
    '{field}: ayaw nang padalhan ng mail ng taong ito, at mananatili itong ganoon; magtala lamang ng pagpayag kung hilingin niya muli nang nakasulat.',
  'setup.peopleMoved':
    'Inilipat sa talaan ng Mga tao ang mga taong kontak ng {count} kliyente (walang inalis sa Mga Kliyente).',
};
