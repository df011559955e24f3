/**
 * What Suki's words mean, once, for the analyses, the reports, the dashboard and the client card: an
 * open claim, a pending and an overdue obligation, an overdue and an upcoming contact, an open deal
 * and the open pipeline. (An archived record, which every analysis leaves out, is `isArchived` in
 * src/core/tables/clientsTable.ts: it is a property of the stored record, not of a typed row.)
 */
import type { Day } from './days';
import type { ClaimRow, ContactRow, DealRow, DealStage, ObligationRow } from './rows';

/**
 * Whether a claim is closed as of asOf: a resolved date on or before asOf, or a resolved or rejected
 * status.
 */
export function isClaimClosed(claim: ClaimRow, asOfDay: Day): boolean {
  return (
    (claim.resolvedDay !== null && claim.resolvedDay <= asOfDay) ||
    claim.status === 'resolved' ||
    claim.status === 'rejected'
  );
}

/** An open claim: received on or before asOf and not closed (a blank status is open). */
export function isClaimOpen(claim: ClaimRow, asOfDay: Day): boolean {
  return claim.receivedDay <= asOfDay && !isClaimClosed(claim, asOfDay);
}

/** A pending obligation: neither done nor waived (a blank status reads as pending). */
export function isObligationPending(obligation: ObligationRow): boolean {
  return obligation.status === 'pending';
}

/** An overdue obligation: pending, and due before asOf. */
export function isObligationOverdue(obligation: ObligationRow, asOfDay: Day): boolean {
  return isObligationPending(obligation) && obligation.dueDay < asOfDay;
}

/** An overdue contact: still planned, on a day before asOf (it happened unlogged, or was missed). */
export function isContactOverdue(
  contact: ContactRow,
  asOfDay: Day,
): contact is ContactRow & { readonly plannedDay: Day } {
  return contact.status === 'planned' && contact.plannedDay !== null && contact.plannedDay < asOfDay;
}

/** An upcoming contact: planned for asOf or later. */
export function isContactUpcoming(contact: ContactRow, asOfDay: Day): boolean {
  return contact.status === 'planned' && contact.plannedDay !== null && contact.plannedDay >= asOfDay;
}

/** An open deal (or stage of the funnel): neither won nor lost (a blank or unknown stage reads as a lead). */
export function isDealOpen(deal: { readonly stage: DealStage }): boolean {
  return deal.stage !== 'won' && deal.stage !== 'lost';
}

/** What a deal adds to a pipeline: its value, 0 when blank or unreadable. */
export function pipelineValue(deal: DealRow): number {
  return deal.value ?? 0;
}
