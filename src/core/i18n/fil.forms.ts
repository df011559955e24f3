import type { enForms } from './en.forms';

/** Filipino messages of the forms (issue #14: dates, amounts, long text, the card) (the keys of en.forms.ts). */
export const filForms: Record<keyof typeof enForms, string> = {
  'form.contact.title': 'Magplano o magtala ng kontak',
  'form.claim.title': 'Magtala ng reklamo',
  'form.deal.title': 'Deal',
  'form.order.title': 'Order',
  'form.obligation.title': 'Obligasyon',
  'form.creditCheck.title': 'Magtala ng pagsusuri sa kredito',
  'form.competitor.title': 'Obserbasyon sa kakumpitensiya',
  'form.campaign.title': 'Kampanya',
  'form.teamMember.title': 'Magtalaga ng kasapi',
  'form.absenceRecord.title': 'Magtala ng pagliban',

  'form.section.person': 'Tao at papel',
  'form.section.ownerNotes': 'May-ari at mga tala',
  'form.section.objective': 'Kliyente at layunin',
  'form.section.review': 'Pagsusuri at may-ari',
  'form.section.planned': 'Planong kontak',
  'form.section.claim': 'Ang reklamo',
  'form.section.claimHandling': 'Halaga at pag-aasikaso',
  'form.section.resolution': 'Solusyon',
  'form.section.deal': 'Ang deal',
  'form.section.dealCompetition': 'Kakumpitensiya at susunod na hakbang',
  'form.section.order': 'Order at invoice',
  'form.section.obligation': 'Ang obligasyon',
  'form.section.creditCheck': 'Ang pagsusuri sa kredito',
  'form.section.competitor': 'Ang kakumpitensiya',
  'form.section.competitorOffer': 'Mga presyo at kondisyong inaalok nila',
  'form.section.competitorStrengths': 'Mga kalakasan at kahinaan',
  'form.section.member': 'Kasapi ng koponan',

  'form.dateHint': 'I-type ang petsa bilang {format}, hal. {example}.',
  'form.counter': '{count} sa {max} na titik',
  'form.counterOver': '{count} sa {max} na titik: sobra nang {over}',
  'error.ambiguousDate':
    '{field}: dalawang magkaibang araw ang mababasa sa petsang ito; i-type ito bilang {format}, hal. {example}.',
  'error.otherCurrency':
    '{field}: nasa {currency} ang mga halaga sa workbook na ito; i-convert ito at i-type ang halaga sa {currency}.',
  'error.currencyNone':
    '{field}: walang simbolo ng salapi ang mga halaga sa workbook na ito; i-type ang halaga bilang numero, nang walang simbolo.',
  'error.notPercent': '{field}: i-type ang halaga, hindi porsiyento.',
  'error.decimalPoint':
    '{field}: kuwit ang decimal sa spreadsheet na ito; gumamit ng kuwit para sa decimal (12,50), at ng tuldok lamang sa pagitan ng bawat tatlong digit (1.250,50).',
  'error.ambiguousNumber':
    '{field}: mababasa ang numerong ito sa dalawang paraan (tuldok o kuwit ang maaaring decimal); i-type ito nang walang panghiwalay ng libo, hal. 1250.',

  'card.contact': 'Kontak',
  'card.contactPerson': 'Kontak na tao: {name}',
  'card.contactPhone': 'Telepono: {phone}',
  'card.contactEmail': 'E-mail: {email}',
  'card.nextStep': 'Susunod na hakbang: {step}',
  'card.nextContactDate': 'Susunod na kontak: {date}',
  'card.clientNextContact': 'Petsa ng susunod na kontak sa kliyente',
  'card.overdue': 'lampas na',
};
