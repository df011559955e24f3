/**
 * English messages of the reliability forecast, the credit checks and account health, spread into
 * en.ts. Explanations are said from the forecast's parts (src/core/reports/forecastWords.ts).
 */
export const enForecast = {
  'col.client.lateChance': 'Late-payment chance (%)',
  'col.client.reliabilityBand': 'Late-payment band',
  'choice.reliabilityBand.low': 'Low',
  'choice.reliabilityBand.medium': 'Medium',
  'choice.reliabilityBand.high': 'High',

  'sheet.evidence': 'Credit checks',
  'menu.evidenceForm': 'Record a credit check…',
  'col.evidence.checkedDate': 'Checked on',
  'col.evidence.kind': 'Evidence',
  'col.evidence.outcome': 'Outcome',
  'col.evidence.source': 'Source',
  'col.evidence.details': 'Details',
  'choice.evidenceKind.tradeReference': 'Trade reference',
  'choice.evidenceKind.registration': 'Registration / tax number check',
  'choice.evidenceKind.creditCheck': 'Credit report',
  'choice.evidenceOutcome.good': 'Good (paid on time; registered; sound)',
  'choice.evidenceOutcome.bad': 'Bad (paid late; not found; weak)',

  'report.reliability.sheet': 'Reliability',
  'report.reliability.title': 'Reliability forecast: how likely each client is to pay its next invoice late',
  'report.reliability.clients': 'Clients, most likely to pay late first',
  'report.reliability.noteEmpty':
    'No payment has been judged yet, so every client gets the flat prior: 50%, range 10–90%. Record orders with their due and paid dates, or credit checks. Late means paid, or still unpaid, more than {days} days after the due date.',
  'report.reliability.note':
    'The chance comes from the book’s own payments (the average client paid {bookLate}% of invoices late; {clients} clients, {invoices} invoices) and each client’s invoices and credit checks, recent ones counting more. The chance lies inside the range 8 times in 10. Late means paid, or still unpaid, more than {days} days after the due date.',
  'report.reliability.chance': 'Late chance (%)',
  'report.reliability.low': 'Range from (%)',
  'report.reliability.high': 'Range to (%)',
  'report.reliability.evidence': 'Invoices and checks behind it',
  'report.reliability.why': 'Why',
  'report.health.title': 'Account health (not counted in the forecast)',
  'report.health.note':
    'Claims and obligations measure our own service, order months the client’s rhythm, credit use its exposure: none of them says whether the buyer pays on time.',
  'report.health.claims': 'Claims per order',
  'report.health.obligations': 'Obligations kept (%)',
  'report.health.months': 'Months with orders',
  'report.health.xyz': 'XYZ class',
  'report.health.credit': 'Credit-limit use (%)',

  'explain.history.late': 'paid {late} of {invoices} invoices late, {days} days on average',
  'explain.history.oneLate': 'paid its one invoice late, {days} days',
  'explain.history.onTime': 'paid all {invoices} invoices on time',
  'explain.history.oneOnTime': 'paid its one invoice on time',
  'explain.history.lateUnpaid':
    '{late} of {invoices} invoices late, {days} days on average, {count} of them still unpaid',
  'explain.noPayments': 'no payments yet',
  'explain.forecast': '{chance}% likely to pay the next one late (80% range {low}–{high}%)',
  'explain.prior': 'no history yet: the book’s prior for {groups}: {chance}% (range {low}–{high}%)',
  'explain.priorBook': 'no history yet: the book’s prior: {chance}% (range {low}–{high}%)',
  'explain.evidence': '{kind} {outcome} ×{count}',
  'explain.evidence.good': 'good',
  'explain.evidence.bad': 'bad',
  'explain.hint': 'add a trade reference to narrow it',
  'explain.turn':
    'lately {recentLate} of the last {recentInvoices} late, after {earlierLate} of {earlierInvoices} before',
  'explain.age.young': 'under 3 years in business',
  'explain.age.established': '3–10 years in business',
  'explain.age.old': 'over 10 years in business',

  'card.reliability': 'Reliability forecast',
  'card.health': 'Account health',
  'card.health.claims': 'Claims per order: {rate} ({claims} claims, {orders} orders)',
  'card.health.obligations': 'Obligations kept on time: {share}% ({kept} of {assessed})',
  'card.health.months': 'Ordered in {months} of the last {of} months (XYZ {xyz})',
  'card.health.credit': 'Credit-limit use: {share}% ({outstanding} unpaid of {limit})',
  'card.health.none': 'Nothing to measure yet.',

  'ruleName.riskyCreditTerms': 'New buyer on credit, likely to pay late',
  'rule.riskyCreditTerms':
    '{client} is new ({invoices} invoices so far) and buys on credit, but is {chance}% likely to pay its next invoice late (80% range {low}–{high}%): check a trade reference or ask for a deposit first.',
  'ruleName.paymentsTurnedLate': 'Good payer turned late',
  'rule.paymentsTurnedLate':
    '{client} paid {earlierLate} of {earlierInvoices} invoices late before, but {recentLate} of the last {recentInvoices}: ask what changed before the next delivery on credit ({chance}% likely to pay late now).',

  'setup.retiredHeader': '{label} (no longer updated)',
  'setup.retiredColumn':
    'The {table} column “{label}” is no longer updated (the reliability forecast replaced it); its values were left as they were.',
  'settings.group.reliability': 'Reliability forecast',
  'settings.reliability.lateAfterDays': 'Late when paid more than (days after due)',
  'settings.reliability.halfLifeDays': 'A payment counts half after (days)',
  'settings.reliability.mediumFrom': 'Medium band from (% chance)',
  'settings.reliability.highFrom': 'High band from (% chance)',
  'settings.recommendations.newClientInvoices': 'A client is new with fewer invoices than',
} as const;
