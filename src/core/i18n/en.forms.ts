/** English messages of the forms (issue #14: dates, amounts, long text, the card), spread into en.ts. */
export const enForms = {
  // Sidebar titles: the words of the menu item that opens the form, without its "…".
  'form.contact.title': 'Plan or log a contact',
  'form.claim.title': 'Register a claim',
  'form.deal.title': 'Deal',
  'form.order.title': 'Order',
  'form.obligation.title': 'Obligation',
  'form.creditCheck.title': 'Record a credit check',
  'form.competitor.title': 'Competitor observation',
  'form.campaign.title': 'Campaign',
  'form.teamMember.title': 'Appoint a team member',
  'form.absenceRecord.title': 'Record an absence',

  // Section headings, each naming what its fields hold.
  'form.section.person': 'Person and role',
  'form.section.ownerNotes': 'Owner and notes',
  'form.section.objective': 'Client and objective',
  'form.section.review': 'Review and owner',
  'form.section.planned': 'Planned contact',
  'form.section.claim': 'The claim',
  'form.section.claimHandling': 'Amount and handling',
  'form.section.resolution': 'Resolution',
  'form.section.deal': 'The deal',
  'form.section.dealCompetition': 'Competition and next step',
  'form.section.order': 'Order and invoice',
  'form.section.obligation': 'The obligation',
  'form.section.creditCheck': 'The credit check',
  'form.section.competitor': 'The competitor',
  'form.section.competitorOffer': 'Prices and terms they offer',
  'form.section.competitorStrengths': 'Strengths and weaknesses',
  'form.section.member': 'Team member',

  // Fields.
  'form.dateHint': 'Type the date as {format}, e.g. {example}.',
  'form.counter': '{count} of {max} characters',
  'form.counterOver': '{count} of {max} characters: {over} too many',
  'error.ambiguousDate':
    '{field}: this date can be read as two different days; type it as {format}, e.g. {example}.',
  'error.otherCurrency':
    '{field}: this workbook’s amounts are in {currency}; convert it and type the amount in {currency}.',
  'error.currencyNone':
    '{field}: this workbook’s amounts have no currency sign; type the amount as a number, without one.',
  'error.notPercent': '{field}: type an amount, not a percentage.',
  'error.decimalPoint':
    '{field}: this spreadsheet writes numbers with a decimal comma; use a comma for decimals (12,50), and a dot only between groups of three digits (1.250,50).',
  'error.ambiguousNumber':
    '{field}: this number can be read two ways (a dot or a comma may mark the decimals); type it without a thousands separator, e.g. 1250.',

  // The client card.
  'card.contact': 'Contact',
  'card.contactPerson': 'Contact person: {name}',
  'card.contactPhone': 'Phone: {phone}',
  'card.contactEmail': 'E-mail: {email}',
  'card.nextStep': 'Next step: {step}',
  'card.nextContactDate': 'Next contact: {date}',
  'card.clientNextContact': 'Next contact date on the client',
  'card.overdue': 'overdue',
} as const;
