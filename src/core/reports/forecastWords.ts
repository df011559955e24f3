/**
 * The reliability forecast and account health in words, in the reader's language: the report's
 * "Why" column and the client card both say them from here, so they always agree.
 */
import type { AccountHealth } from '../analysis/accountHealth';
import type { PriorGroup } from '../analysis/bookPrior';
import type { ReliabilityForecast } from '../analysis/reliability';
import { wholePercent } from '../analysis/stats';
import type { Translator } from '../i18n/format';
import { CLIENTS_TABLE } from '../tables/clientsTable';
import { EVIDENCE_TABLE } from '../tables/evidenceTable';
import { choiceLabelKey, columnOf } from '../tables/tableSpec';

/** A group as the explanation names it: "Retail", "NCR", "Key account", "under 3 years in business". */
function groupText(t: Translator, group: PriorGroup): string {
  if (group.dimension === 'age') return t(`explain.age.${group.value}` as 'explain.age.young');
  if (group.dimension === 'tier') {
    const column = columnOf(CLIENTS_TABLE, 'tier');
    if (column.choices?.includes(group.value)) return t(choiceLabelKey(column, group.value));
  }
  return group.value;
}

/** "paid 8 of 8 invoices late, 21 days on average" (and how many are still unpaid), or null without history. */
function historyText(t: Translator, f: ReliabilityForecast): string | null {
  const { invoices, late, unpaidLate, averageDaysLate } = f.history;
  if (invoices === 0) return null;
  const days = Math.round(averageDaysLate ?? 0);
  if (late === 0)
    return invoices === 1 ? t('explain.history.oneOnTime') : t('explain.history.onTime', { invoices });
  // "Paid late" would be false of an invoice still unpaid.
  if (unpaidLate > 0) return t('explain.history.lateUnpaid', { late, invoices, days, count: unpaidLate });
  return invoices === 1
    ? t('explain.history.oneLate', { days })
    : t('explain.history.late', { late, invoices, days });
}

/** "trade reference good ×2, credit report bad ×1", or null without evidence. */
function evidenceText(t: Translator, f: ReliabilityForecast): string | null {
  if (f.credit.length === 0) return null;
  const kind = columnOf(EVIDENCE_TABLE, 'kind');
  return f.credit
    .map((c) =>
      t('explain.evidence', {
        kind: t(choiceLabelKey(kind, c.kind)),
        outcome: t(`explain.evidence.${c.outcome}`),
        count: c.count,
      }),
    )
    .join(', ');
}

/**
 * The forecast in a sentence: "paid 8 of 8 invoices late, 21 days on average; 91% likely to pay the
 * next one late (80% range 79–99%)", or for a prospect "no history yet: the book's prior for Retail,
 * NCR: 40% (range 1–93%); add a trade reference to narrow it".
 */
export function explainForecast(t: Translator, f: ReliabilityForecast): string {
  const parts: string[] = [];
  const history = historyText(t, f);
  if (history) parts.push(history);
  if (f.turn) parts.push(t('explain.turn', { ...f.turn }));
  const evidence = evidenceText(t, f);
  if (evidence) parts.push(evidence);
  const range = { chance: wholePercent(f.probability), low: wholePercent(f.low), high: wholePercent(f.high) };
  if (f.evidence === 0) {
    const groups = f.prior.groups.map((g) => groupText(t, g)).join(', ');
    parts.push(groups ? t('explain.prior', { groups, ...range }) : t('explain.priorBook', range));
  } else {
    if (!history) parts.push(t('explain.noPayments'));
    parts.push(t('explain.forecast', range));
  }
  if (f.hint) parts.push(t('explain.hint'));
  return parts.join('; ');
}

const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

/** The client's account health, one line per indicator that could be measured (none: one line saying so). */
export function healthLines(t: Translator, h: AccountHealth): string[] {
  const lines: string[] = [];
  if (h.claimsPerOrder)
    lines.push(
      t('card.health.claims', {
        rate: (Math.round(h.claimsPerOrder.rate * 100) / 100).toFixed(2),
        claims: h.claimsPerOrder.claims,
        orders: h.claimsPerOrder.orders,
      }),
    );
  if (h.obligationsKept)
    lines.push(
      t('card.health.obligations', {
        share: wholePercent(h.obligationsKept.share),
        kept: h.obligationsKept.kept,
        assessed: h.obligationsKept.assessed,
      }),
    );
  if (h.orderingMonths)
    lines.push(
      t('card.health.months', {
        months: h.orderingMonths.months,
        of: h.orderingMonths.of,
        xyz: h.orderingMonths.xyzClass ?? '—',
      }),
    );
  if (h.creditUse)
    lines.push(
      t('card.health.credit', {
        share: wholePercent(h.creditUse.share),
        outstanding: money(h.creditUse.outstanding),
        limit: money(h.creditUse.limit),
      }),
    );
  return lines.length > 0 ? lines : [t('card.health.none')];
}
