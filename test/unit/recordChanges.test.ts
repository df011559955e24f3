import { describe, expect, it } from 'vitest';
import { findDuplicateClients, normalizeName } from '../../src/core/tables/duplicates';
import { auditRows, changedKeys, findEditConflicts } from '../../src/core/tables/recordChanges';

describe('findEditConflicts', () => {
  it('flags only fields someone else changed to something other than what I typed', () => {
    const shown = { phone: '111', email: 'a@x.ph', notes: null };
    const now = { phone: '222', email: 'b@x.ph', notes: 'hello' };
    const mine = { phone: '333', email: 'b@x.ph', notes: 'mine' };
    expect(findEditConflicts(shown, now, mine)).toEqual([
      { field: 'phone', current: '222' },
      { field: 'notes', current: 'hello' },
    ]);
  });

  it('treats numbers and their text as the same value, and blank as null', () => {
    expect(findEditConflicts({ creditLimit: '1000' }, { creditLimit: 1000 }, { creditLimit: 2000 })).toEqual(
      [],
    );
    expect(findEditConflicts({ fax: '' }, { fax: null }, { fax: '123' })).toEqual([]);
  });
});

describe('changedKeys and auditRows', () => {
  it('lists only real changes, one audit row per field', () => {
    const before = { id: 'C-000001', name: 'Ana', phone: '1', creditLimit: 5 };
    const after = { name: 'Ana', phone: '2', creditLimit: '5', notes: 'new' };
    expect(changedKeys(before, after)).toEqual(['phone', 'notes']);
    const rows = auditRows(
      { action: 'update', table: 'clients', recordId: 'C-000001' },
      { by: 'm@x', at: 'T', as: 'deputy for r@x' },
      before,
      after,
    );
    expect(rows).toEqual([
      {
        at: 'T',
        who: 'm@x',
        capacity: 'deputy for r@x',
        action: 'update',
        table: 'clients',
        recordId: 'C-000001',
        field: 'phone',
        before: '1',
        after: '2',
      },
      {
        at: 'T',
        who: 'm@x',
        capacity: 'deputy for r@x',
        action: 'update',
        table: 'clients',
        recordId: 'C-000001',
        field: 'notes',
        before: null,
        after: 'new',
      },
    ]);
  });
});

describe('duplicates', () => {
  it('normalises names for comparison', () => {
    expect(normalizeName('Dela Cruz Trading, Inc.')).toBe('dela cruz');
    expect(normalizeName('  DÉLA  CRUZ  ')).toBe('dela cruz');
    expect(normalizeName('Ayala & Sons Co.')).toBe('ayala and sons');
  });

  it('finds matches by e-mail, tax number or name, and not the record itself', () => {
    const existing = [
      { id: 'C-000001', name: 'Dela Cruz Trading Inc.', email: 'sales@dc.ph', taxNumber: '123-456-789-000' },
      { id: 'C-000002', name: 'Bayanihan Foods', email: 'hi@bf.ph', taxNumber: null },
      { id: 'C-000003', name: 'Mabuhay Logistics', email: null, taxNumber: '999' },
    ];
    expect(findDuplicateClients({ name: 'dela cruz trading', email: null }, existing)).toEqual([
      { id: 'C-000001', name: 'Dela Cruz Trading Inc.', reason: 'name' },
    ]);
    expect(findDuplicateClients({ name: 'Other', email: 'HI@bf.ph' }, existing).map((m) => m.reason)).toEqual(
      ['email'],
    );
    expect(
      findDuplicateClients({ name: 'Other', taxNumber: '123456789000' }, existing).map((m) => m.id),
    ).toEqual(['C-000001']);
    expect(findDuplicateClients({ id: 'C-000003', name: 'Mabuhay Logistics' }, existing)).toEqual([]);
    expect(findDuplicateClients({ name: 'Nobody', email: null, taxNumber: null }, existing)).toEqual([]);
  });
});
