import type { TableRecord } from '../../src/core/tables/tableSpec';
import { OBLIGATIONS_TABLE } from '../../src/core/tables/workTables';
import type { DemoCalendar } from './calendar';
import { isoDate } from './days';
import type { ClientProfile } from './profiles';
import { type Rng, weightedIndex } from './random';
import { Drafts } from './records';
import { words } from './words';

/** What the demo company promises under its supply contracts. */
const OBLIGATIONS = words(`
  Quarterly business review | Monthly stock and consumption report | Annual price review
  Volume rebate payout (2% of annual purchases) | Replace defective items within 7 days
  On-site product training for staff | Certificates of analysis with each lot | Keep 2 weeks of buffer stock
  Deliver within 48 hours of PO | Semi-annual quality audit
`);
const TIER_WEIGHT = { key: 3, large: 2, medium: 1, small: 0.7 } as const;

type Status = 'pending' | 'done' | 'waived';

/**
 * The obligations table: about `target` promises under the contracts of clients that have one. Past
 * ones were mostly kept on time, some late, some are still pending (overdue) or waived; upcoming ones
 * are pending, a few due within the next 7 days, a few already done early.
 */
export function buildObligations(
  rng: Rng,
  profiles: readonly ClientProfile[],
  calendar: DemoCalendar,
  target: number,
): TableRecord[] {
  const { asOfDay } = calendar;
  const holders = profiles.filter((p) => p.contractRef !== null);
  if (holders.length === 0 || target <= 0) return [];
  const cumulative = new Float64Array(holders.length);
  let sum = 0;
  holders.forEach((p, i) => {
    sum += TIER_WEIGHT[p.tier ?? 'small'];
    cumulative[i] = sum;
  });

  const drafts = new Drafts();
  // Every contract gets one obligation first, then the rest go by weight.
  for (let n = 0; n < target; n++) {
    const profile = (
      n < holders.length ? holders[n] : holders[weightedIndex(cumulative, rng.next() * sum)]
    ) as ClientProfile;
    const start = profile.contractStartDay;
    const r = rng.next();
    let due: number;
    if (r < 0.08) due = asOfDay + rng.int(0, 7);
    else if (r < 0.25 || start + 7 >= asOfDay) due = asOfDay + rng.int(8, 90);
    else due = Math.max(start + 7, asOfDay - rng.int(1, 330));

    let status: Status = 'pending';
    let doneDay: number | null = null;
    const s = rng.next();
    if (due < asOfDay) {
      if (s < 0.7) [status, doneDay] = ['done', Math.max(start, due - rng.int(0, 10))];
      else if (s < 0.84) [status, doneDay] = ['done', due + rng.int(1, 30)];
      else if (s < 0.95) status = 'pending';
      else status = 'waived';
      if (doneDay !== null && doneDay >= asOfDay) [status, doneDay] = ['pending', null];
    } else if (s < 0.12) {
      [status, doneDay] = ['done', Math.max(start, asOfDay - rng.int(1, 10))];
    }
    const created = Math.min(asOfDay - 1, Math.max(start, due - rng.int(30, 180)));
    const updated = doneDay ?? (status === 'waived' ? Math.min(asOfDay - 1, due + rng.int(0, 10)) : created);
    drafts.add(
      {
        id: '',
        clientId: profile.id,
        contractRef: profile.contractRef,
        obligation: rng.pick(OBLIGATIONS),
        dueDate: isoDate(due),
        status,
        doneDate: doneDay === null ? null : isoDate(doneDay),
        owner: profile.owner,
        createdAt: '',
        createdBy: profile.owner,
        updatedAt: '',
        updatedBy: profile.owner,
        archivedAt: null,
      },
      created,
      updated,
    );
  }
  return drafts.finalize(OBLIGATIONS_TABLE, rng);
}
