/**
 * Where a campaign's sending stands (core/outreach/mailProgress.ts), worked by hand: each
 * recipient's latest log row, and the rule for a block an execution was cut off in — what the run
 * recorded is logged, the message that was going out is `unknown` (never sent again by itself),
 * and the rest of the block stays queued.
 */
import { describe, expect, it } from 'vitest';
import {
  type InFlight,
  isQuotaFailure,
  type MailRun,
  mailedBefore,
  mailedInLeftBlock,
  parseMailRun,
  reconcileInFlight,
  runStanding,
} from '../../../src/core/outreach/mailProgress';
import type { TableRecord } from '../../../src/core/tables/tableSpec';

let next = 0;
const row = (email: string, status: string, extra: TableRecord = {}): TableRecord => ({
  id: `Q-${String(++next).padStart(6, '0')}`,
  campaignId: 'M-000001',
  runId: 'R1',
  batch: 'start',
  email,
  name: email.split('@')[0] ?? '',
  personId: `N-${email.length}`,
  clientId: 'C-000001',
  status,
  ...extra,
});

describe('a run’s standing', () => {
  next = 0;
  const log = [
    row('a@x.test', 'queued'),
    row('b@x.test', 'queued'),
    row('c@x.test', 'queued'),
    row('d@x.test', 'queued'),
    row('e@x.test', 'queued'),
    row('f@x.test', 'skipped', { reason: 'optedOut' }),
    row('a@x.test', 'sent', { batch: 'b1' }),
    row('b@x.test', 'failed', { batch: 'b1', reason: 'sendError' }),
    row('c@x.test', 'unknown', { batch: 'b1', reason: 'interrupted' }),
    row('b@x.test', 'requeued'),
    row('z@x.test', 'queued', { runId: 'R0' }),
  ];

  it('takes each address’s latest row: requeued and queued ones are pending, in queue order', () => {
    const standing = runStanding(log, 'R1');
    expect(standing.pending.map((r) => r.email)).toEqual(['b@x.test', 'd@x.test', 'e@x.test']);
    expect(standing.counts).toEqual({ queued: 5, sent: 1, failed: 0, skipped: 1, unknown: 1, pending: 3 });
    expect(standing.unknown).toEqual(['c@x.test']);
  });

  it('reads the order from the IDs, not from where rows stand after someone sorted the sheet', () => {
    expect(runStanding([...log].reverse(), 'R1')).toEqual(runStanding(log, 'R1'));
  });

  it('knows whom any run of the campaign mailed or may have: never mailed again by a new start', () => {
    expect([...mailedBefore(log, 'M-000001')].sort()).toEqual(['a@x.test', 'c@x.test']);
    expect(mailedBefore(log, 'M-000002').size).toBe(0);
  });
});

describe('a block left by a cut-off execution', () => {
  next = 0;
  const queued = ['a@x.test', 'b@x.test', 'c@x.test', 'd@x.test'].map((email) => row(email, 'queued'));
  const queuedOf = (key: string) => queued.find((r) => r.email === key);
  const block = (nextIndex: number, outcomes: InFlight['outcomes']): InFlight => ({
    batch: 'R1/abc-1',
    keys: queued.map((r) => String(r.email)),
    next: nextIndex,
    outcomes,
  });

  it('cut off while message 3 of 4 was going out: two outcomes logged, the third unknown, the fourth still queued', () => {
    const rows = reconcileInFlight(
      block(2, [{ status: 'sent' }, { status: 'failed', reason: 'sendError', detail: 'Invalid email' }]),
      queued,
      queuedOf,
    );
    expect(rows.map((r) => [r.email, r.status, r.reason, r.batch])).toEqual([
      ['a@x.test', 'sent', null, 'R1/abc-1'],
      ['b@x.test', 'failed', 'sendError', 'R1/abc-1'],
      ['c@x.test', 'unknown', 'interrupted', 'R1/abc-1'],
    ]);
    expect(
      runStanding([...queued, ...rows.map((r, i) => ({ ...r, id: `Q-00010${i}` }))], 'R1').pending.map(
        (r) => r.email,
      ),
    ).toEqual(['d@x.test']);
  });

  it('cut off after the block was written down in the run: every outcome logged, nobody unknown', () => {
    const all = [
      { status: 'sent' },
      { status: 'sent' },
      { status: 'skipped', reason: 'optedOut' },
      { status: 'sent' },
    ] as const;
    const rows = reconcileInFlight(block(4, all), queued, queuedOf);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'skipped', 'sent']);
  });

  it('cut off after the block’s rows were logged: nothing is added', () => {
    const logged = [...queued, row('a@x.test', 'sent', { batch: 'R1/abc-1' })];
    expect(reconcileInFlight(block(1, [{ status: 'sent' }]), logged, queuedOf)).toEqual([]);
  });

  it('counts as mailed for a new start: the messages that went and the one that was next, not a failed one', () => {
    const run = (inFlight: InFlight | null) => ({ runId: 'R1', campaignId: 'M-1', inFlight }) as MailRun;
    const left = block(2, [{ status: 'sent' }, { status: 'failed', reason: 'sendError' }]);
    expect(mailedInLeftBlock(run(left))).toEqual(['a@x.test', 'c@x.test']);
    expect(mailedInLeftBlock(run(null))).toEqual([]);
    expect(mailedInLeftBlock(null)).toEqual([]);
  });
});

describe('small parts', () => {
  it('tells the quota error from other MailApp failures', () => {
    expect(isQuotaFailure('Service invoked too many times for one day: email.')).toBe(true);
    expect(isQuotaFailure('Invalid email: x')).toBe(false);
  });

  it('reads a stored run back, and nothing from a damaged one', () => {
    expect(parseMailRun(null)).toBeNull();
    expect(parseMailRun('{not json')).toBeNull();
    expect(parseMailRun(JSON.stringify({ runId: 'R1', campaignId: 'M-1', state: 'flying' }))).toBeNull();
    expect(parseMailRun(JSON.stringify({ runId: 'R1', campaignId: 'M-1', state: 'paused' }))).toMatchObject({
      runId: 'R1',
    });
  });
});
