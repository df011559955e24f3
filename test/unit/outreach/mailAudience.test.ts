/**
 * Who a campaign's e-mail goes to (core/outreach/mailAudience.ts), worked by hand: the filter
 * checked by field, rights before the filter, one message per address, and every skip with its
 * reason; an address opted out anywhere in the workbook is never mailed.
 */
import { describe, expect, it } from 'vitest';
import {
  type AudienceInputs,
  mailAudience,
  readMailFilter,
  skipCounts,
} from '../../../src/core/outreach/mailAudience';
import type { TableRecord } from '../../../src/core/tables/tableSpec';

const MARIO = 'mario@suki.test';
const LIZA = 'liza@suki.test';

const clients: TableRecord[] = [
  {
    id: 'C-000001',
    name: 'Alpha',
    owner: MARIO,
    segment: 'Food',
    tier: 'key',
    abcClass: 'A',
    status: 'active',
    reliabilityBand: 'low',
  },
  {
    id: 'C-000002',
    name: 'Bravo',
    owner: LIZA,
    segment: 'food',
    tier: 'small',
    abcClass: 'C',
    status: 'active',
    reliabilityBand: 'high',
  },
  {
    id: 'C-000003',
    name: 'Charlie',
    owner: MARIO,
    segment: 'Hardware',
    tier: 'small',
    abcClass: 'B',
    status: 'prospect',
    reliabilityBand: 'medium',
  },
  { id: 'C-000004', name: 'Delta', owner: MARIO, segment: 'Food', archivedAt: '2026-01-01T00:00:00.000Z' },
];
const person = (id: number, clientId: string, email: string, extra: TableRecord = {}): TableRecord => ({
  id: `N-${String(id).padStart(6, '0')}`,
  clientId,
  name: `Person ${id}`,
  email,
  buyingRole: 'other',
  optedOut: 'no',
  status: 'active',
  ...extra,
});
// Listed out of ID order on purpose: the audience follows the IDs.
const people: TableRecord[] = [
  person(8, 'C-000001', 'dup@alpha.test'),
  person(1, 'C-000001', 'ana@alpha.test', { buyingRole: 'decisionMaker' }),
  person(2, 'C-000001', 'out@alpha.test', { optedOut: 'yes' }),
  person(3, 'C-000001', 'gone@alpha.test', { status: 'left' }),
  person(4, 'C-000001', ''),
  person(5, 'C-000001', 'not-an-address'),
  person(6, 'C-000001', 'DUP@alpha.test'),
  person(7, 'C-000003', 'also-out@charlie.test'),
  // The same address at Liza's client, opted out there: opted out for everyone.
  person(9, 'C-000002', 'Also-Out@Charlie.test', { optedOut: 'yes' }),
  person(10, 'C-000002', 'ben@bravo.test'),
  person(11, 'C-000004', 'archived-client@delta.test'),
  person(12, 'C-000001', 'archived@alpha.test', { archivedAt: '2026-01-01T00:00:00.000Z' }),
];
const inputs = (mayMail: (owner: string) => boolean, alreadyMailed: string[] = []): AudienceInputs => ({
  people,
  clients,
  mayMail,
  alreadyMailed: new Set(alreadyMailed),
});
const marioOnly = (owner: string) => owner === MARIO;
const anyone = () => true;

describe('the filter', () => {
  it('takes lists of values per field and reads owners case-blind', () => {
    expect(readMailFilter({ tier: ['key'], owner: [' Mario@Suki.test '], segment: [] })).toEqual({
      ok: true,
      filter: { tier: ['key'], owner: [MARIO] },
    });
    expect(readMailFilter(undefined)).toEqual({ ok: true, filter: {} });
  });

  it('refuses an unknown field, a value not among the choices, an owner that is no address, a non-list', () => {
    expect(readMailFilter({ region: ['NCR'] })).toMatchObject({
      ok: false,
      field: 'region',
      kind: 'unknownField',
    });
    expect(readMailFilter({ tier: ['huge'] })).toMatchObject({
      ok: false,
      field: 'tier',
      value: 'huge',
      kind: 'badValue',
    });
    expect(readMailFilter({ owner: ['mario'] })).toMatchObject({
      ok: false,
      field: 'owner',
      kind: 'badValue',
    });
    expect(readMailFilter({ status: 'active' })).toMatchObject({
      ok: false,
      field: 'status',
      kind: 'notAList',
    });
    expect(readMailFilter({ __proto__: ['x'] })).toMatchObject({ ok: true });
    expect(readMailFilter([])).toMatchObject({ ok: false, field: 'filter' });
  });
});

describe('the audience', () => {
  it('of a manager: their clients only, in ID order, one per address, each skip with its reason', () => {
    const audience = mailAudience({}, inputs(marioOnly));
    expect(audience.recipients.map((r) => [r.personId, r.key])).toEqual([
      ['N-000001', 'ana@alpha.test'],
      ['N-000006', 'dup@alpha.test'],
    ]);
    expect(audience.skipped.map((s) => [s.personId, s.reason])).toEqual([
      ['N-000002', 'optedOut'],
      ['N-000003', 'left'],
      ['N-000004', 'noEmail'],
      ['N-000005', 'invalidEmail'],
      ['N-000007', 'optedOut'],
      ['N-000008', 'sameAddress'],
    ]);
    // Bravo's two people are Liza's: left out, counted.
    expect(audience.notYours).toBe(2);
    expect(skipCounts(audience.skipped)).toEqual({
      optedOut: 2,
      left: 1,
      noEmail: 1,
      invalidEmail: 1,
      sameAddress: 1,
    });
  });

  it('never widened by a filter: owner = Liza gives a manager nobody', () => {
    const audience = mailAudience({ owner: [LIZA] }, inputs(marioOnly));
    expect(audience.recipients).toEqual([]);
    expect(audience.notYours).toBe(2);
  });

  it('of a head: everyone’s, and the opted-out address stays skipped at every client', () => {
    const audience = mailAudience({}, inputs(anyone));
    expect(audience.recipients.map((r) => r.key)).toEqual([
      'ana@alpha.test',
      'dup@alpha.test',
      'ben@bravo.test',
    ]);
    expect(audience.skipped.filter((s) => s.reason === 'optedOut').map((s) => s.personId)).toEqual([
      'N-000002',
      'N-000007',
      'N-000009',
    ]);
  });

  it('narrowed by client fields (case-blind segment) and by the person’s buying role', () => {
    const food = mailAudience({ segment: ['FOOD'] }, inputs(anyone));
    expect(food.recipients.map((r) => r.clientId)).toEqual(['C-000001', 'C-000001', 'C-000002']);
    const deciders = mailAudience({ buyingRole: ['decisionMaker'] }, inputs(anyone));
    expect(deciders.recipients.map((r) => r.personId)).toEqual(['N-000001']);
    const band = mailAudience(
      { reliabilityBand: ['high'], tier: ['small'], abcClass: ['C'], status: ['active'] },
      inputs(anyone),
    );
    expect(band.recipients.map((r) => r.personId)).toEqual(['N-000010']);
    // Whatever the filter, the opted-out are never among the recipients.
    for (const filter of [
      {},
      { segment: ['Hardware'] },
      { buyingRole: ['other'] },
      { status: ['prospect'] },
    ]) {
      const keys = mailAudience(filter, inputs(anyone)).recipients.map((r) => r.key);
      expect(keys).not.toContain('out@alpha.test');
      expect(keys).not.toContain('also-out@charlie.test');
    }
  });

  it('skips an address an earlier sending of the campaign mailed', () => {
    const audience = mailAudience({}, inputs(marioOnly, ['ana@alpha.test']));
    expect(audience.recipients.map((r) => r.key)).toEqual(['dup@alpha.test']);
    expect(audience.skipped.find((s) => s.personId === 'N-000001')?.reason).toBe('alreadySent');
  });
});
