/**
 * The recommendations' rules on the reliability forecast: riskyCreditTerms and paymentsTurnedLate
 * (see recommendations.ts for every rule).
 */
import type { RuleRun } from './recommendations';
import { wholePercent } from './stats';

/** riskyCreditTerms and paymentsTurnedLate, from the reliability forecast. */
export function paymentRules({ inputs, settings, add }: RuleRun): void {
  for (const c of inputs.clients) {
    const f = inputs.reliability.get(c.id);
    if (!f) continue;
    const base = { clientId: c.id, owner: c.owner };
    const asksCredit = (c.paymentTermsDays ?? 0) > 0 || (c.creditLimit ?? 0) > 0;
    // Only what the client's own record shows: a book that is mostly late would otherwise flag
    // every prospect on its prior alone.
    if (
      f.band === 'high' &&
      f.probability > f.prior.probability &&
      f.history.invoices < settings.newClientInvoices &&
      asksCredit &&
      c.status !== 'lost'
    )
      add('clients', c.id, {
        rule: 'riskyCreditTerms',
        ...base,
        chance: wholePercent(f.probability),
        low: wholePercent(f.low),
        high: wholePercent(f.high),
        invoices: f.history.invoices,
        termsDays: c.paymentTermsDays,
        creditLimit: c.creditLimit,
      });
    if (f.turn && c.status !== 'lost')
      add('clients', c.id, {
        rule: 'paymentsTurnedLate',
        ...base,
        ...f.turn,
        chance: wholePercent(f.probability),
      });
  }
}
