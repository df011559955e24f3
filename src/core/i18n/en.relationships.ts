/**
 * English messages of relationship health and the suggestions that use established relationships,
 * and of the relationship plan's sidebar, to be spread into en.ts. Sentences are said from the
 * analyses' parts (src/core/reports/relationshipWords.ts, src/server/relationshipPlan.ts).
 */
export const enRelationships = {
  'relationship.card.title': 'Relationships',
  'relationship.card.suggestions': 'Using the relationships',
  'relationship.kind.referral': 'Referral',
  'relationship.kind.crossSell': 'Cross-sell',
  'relationship.kind.revive': 'Revive',
  'relationship.flag.stale': 'Decision makers not contacted',
  'relationship.flag.single': 'Single point of contact',
  'relationship.flag.keyPersonLeft': 'Key person left',
  'relationship.flag.noDecisionMaker': 'No decision maker',
  'relationship.flag.noPeople': 'No people recorded',

  'relationship.role.decisionMaker': 'decision maker',
  'relationship.role.influencer': 'influencer',
  'relationship.role.user': 'user',
  'relationship.role.gatekeeper': 'gatekeeper',
  'relationship.personRole': '{name} ({role})',

  'relationship.health.lastContact': '{person}: last contacted {date}, {days} days ago',
  'relationship.health.neverContacted': '{person}: never contacted',
  'relationship.health.stale':
    '{person} not contacted for {days} days ({threshold} or more): plan a contact.',
  'relationship.health.staleNever': '{person} has never been contacted: plan a contact.',
  'relationship.health.single': 'No one at {client} but {person}: a single point of contact.',
  'relationship.health.keyPersonLeft':
    '{person} left {client}, and no one there decides now: find out who took over.',
  'relationship.health.noDecisionMaker': 'No decision maker known at {client}: ask who decides.',
  'relationship.health.noPeople':
    'No one recorded at {client}: add who decides, who influences and who uses.',
  'relationship.health.ok': 'Every decision maker at {client} contacted in the last {days} days.',

  'relationship.referral':
    'Ask {person} at {client} for a referral or a trade reference: an {abc}-client for {years} years, pays on time ({late}% late chance), no open claims.',
  'relationship.crossSell':
    'Offer {category} to {client}: {buyers} of {peers} similar clients ({share}%, same {basis} “{group}”) buy it, {client} not yet.',
  'relationship.basis.segment': 'segment',
  'relationship.basis.industry': 'industry',
  'relationship.through': 'Talk to {person}.',
  'relationship.revive': 'Revive the relationship: {reason}; {via}.',
  'relationship.revive.dormant': '{client} is marked dormant',
  'relationship.revive.noOrders': '{client} has not ordered for {days} days',
  'relationship.revive.lastOrder': 'last order on {date}',
  'relationship.revive.viaResponder':
    'reach it through {person}, who last responded on {date} ({days} days ago)',
  'relationship.revive.viaPrimary': 'reach it through {person}, its primary person',
  'relationship.revive.viaDecisionMaker': 'reach it through {person}, who decides there',
  'relationship.revive.viaNone': 'no one who still works there is recorded: find out whom to talk to',
  'relationship.callInstead': '{name} opted out of mail: call instead.',

  'relationship.purpose.referral': 'Ask for a referral or a trade reference',
  'relationship.purpose.crossSell': 'Offer {category}',
  'relationship.purpose.revive': 'Revive the relationship',

  'plan.pickClient': 'Pick a client, or select a row of a client before opening its relationship plan.',
  'plan.open': 'Open the relationship plan',
  'plan.new': 'No active plan yet: write the objective and save to start one.',
  'plan.editing': 'Plan {id}',
  'plan.people': 'People it depends on',
  'plan.people.none': 'No one is recorded at this client yet: add people with “Person at a client…”.',
  'plan.people.elsewhere': '{id} (not at this client)',
  'plan.opportunities': 'Opportunities (open deals)',
  'plan.deal.nextStep': 'next: {step}',
  'plan.risks': 'Risks',
  'plan.risk.claim': 'Open claim {id}: {category}, received {date}.',
  'plan.risk.claimDue': 'Open claim {id}: {category}, received {date}, to be settled by {due}.',
  'plan.risk.obligation': 'Overdue obligation {id}: {obligation}, due {date} ({days} days ago).',
  'plan.risk.lateLikely':
    'Likely to pay late: a {chance}% chance its next invoice is paid late (80% range {low}–{high}%).',
  'plan.risk.turnedLate':
    'Payments turned late: {recentLate} of the last {recentInvoices} invoices were late, after {earlierLate} of {earlierInvoices} before.',
  'plan.actions': 'Planned actions',
  'plan.action.overdue': 'overdue',
  'plan.action.more': '… and {count} more in the Contact plan.',
  'plan.action.add': 'Add an action',
  'plan.action.person': 'With',
  'plan.action.nobody': '— no one in particular —',
  'plan.action.save': 'Add the action',
} as const;
