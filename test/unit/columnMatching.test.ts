import { describe, expect, it } from 'vitest';
import { contiguousRuns, matchColumns } from '../../src/core/tables/columnMatching';
import { recordIdAllocator } from '../../src/core/tables/recordIds';

const nextRecordId = (prefix: string, ids: readonly unknown[]) => recordIdAllocator(prefix, ids)();

import type { TableSpec } from '../../src/core/tables/tableSpec';

const table: TableSpec = {
  key: 't',
  sheetLabel: 'sheet.clients',
  idPrefix: 'C',
  columns: [
    { key: 'id', type: 'id', label: 'col.id' },
    { key: 'name', type: 'text', label: 'col.client.name' },
    { key: 'email', type: 'email', label: 'col.client.email' },
    { key: 'notes', type: 'longText', label: 'col.notes' },
  ],
};

describe('matchColumns', () => {
  it('trusts metadata over header text', () => {
    const map = matchColumns(
      table,
      [
        { columnKey: 'name', position: 3 },
        { columnKey: 'id', position: 1 },
        { columnKey: 'email', position: 2 },
        { columnKey: 'notes', position: 4 },
      ],
      ['ID', 'Name', 'E-mail', 'Notes'],
    );
    expect(Object.fromEntries(map.positions)).toEqual({ id: 1, email: 2, name: 3, notes: 4 });
    expect(map.missing).toEqual([]);
  });

  it('falls back to header text in either language, claiming each position once', () => {
    const map = matchColumns(
      table,
      [{ columnKey: 'id', position: 2 }],
      ['Pangalan', ' id ', 'mga tala', 'My own'],
    );
    expect(Object.fromEntries(map.positions)).toEqual({ id: 2, name: 1, notes: 3 });
    expect(map.missing).toEqual(['email']);
  });

  it('ignores metadata for columns the spec does not know and duplicate tags', () => {
    const map = matchColumns(
      table,
      [
        { columnKey: 'ghost', position: 5 },
        { columnKey: 'id', position: 1 },
        { columnKey: 'id', position: 6 },
      ],
      ['ID', 'Name', 'E-mail', 'Notes', 'x', 'y'],
    );
    expect(map.positions.get('id')).toBe(1);
    expect(map.missing).toEqual([]);
  });
});

describe('contiguousRuns', () => {
  it('groups adjacent positions left to right', () => {
    const runs = contiguousRuns(
      new Map([
        ['c', 5],
        ['a', 1],
        ['b', 2],
        ['d', 7],
        ['e', 6],
      ]),
    );
    expect(runs).toEqual([
      { start: 1, keys: ['a', 'b'] },
      { start: 5, keys: ['c', 'e', 'd'] },
    ]);
  });
});

describe('recordIdAllocator', () => {
  it('continues after the highest ID and ignores hand-typed shapes', () => {
    expect(nextRecordId('C', [])).toBe('C-000001');
    expect(nextRecordId('C', ['C-000007', 'C-000003', 'X-000099', 'C-x1', '', 5, ' C-000010 '])).toBe(
      'C-000011',
    );
    expect(nextRecordId('C', ['C-000002', 'C-12'])).toBe('C-000013');
    const next = recordIdAllocator('O', ['O-000009']);
    expect([next(), next()]).toEqual(['O-000010', 'O-000011']);
  });
});
