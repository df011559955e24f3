/** English messages of contact planning and outreach (schemes, My day), spread into en.ts. */
export const enOutreach = {
  'sheet.schemes': 'Schemes',
  'col.scheme.name': 'Scheme',
  'col.scheme.dayOffset': 'Day (from the start)',
  'col.scheme.stopWhen': 'Stop when',
  'col.contact.schemeStart': 'Scheme started',
  'choice.schemeStop.reached': 'The client was reached',
  'choice.schemeStop.dealWon': 'A deal was won',
  'choice.schemeStop.dealLost': 'A deal was lost',
  'choice.schemeStop.openClaim': 'A claim is open',
} as const;
