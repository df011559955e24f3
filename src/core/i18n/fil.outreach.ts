import type { enOutreach } from './en.outreach';

/** Filipino messages of contact planning and outreach (the keys of en.outreach.ts). */
export const filOutreach: Record<keyof typeof enOutreach, string> = {
  'sheet.schemes': 'Mga iskema',
  'col.scheme.name': 'Iskema',
  'col.scheme.dayOffset': 'Araw (mula sa simula)',
  'col.scheme.stopWhen': 'Ihinto kapag',
  'col.contact.schemeStart': 'Simula ng iskema',
  'choice.schemeStop.reached': 'Nakausap ang kliyente',
  'choice.schemeStop.dealWon': 'May deal na napanalunan',
  'choice.schemeStop.dealLost': 'May deal na natalo',
  'choice.schemeStop.openClaim': 'May bukas na reklamo',
};
