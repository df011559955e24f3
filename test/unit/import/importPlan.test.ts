/**
 * The import plan, pure: values read as typed (choices in either language, terms in days, typed
 * sheet cells), clients found by ID, tax number or name, owners by name, duplicates by the table's
 * declared rules, left-out rows included on request, and one plain answer when a required column is
 * not mapped.
 */
import { describe, expect, it } from 'vitest';
import { ClientRefs } from '../../../src/core/import/clientRefs';
import type { ImportGrid } from '../../../src/core/import/importGrid';
import { planImport } from '../../../src/core/import/importPlan';
import { localeConventions } from '../../../src/core/import/localeValues';
import { findTable } from '../../../src/core/import/tableFinder';
import { CLIENTS_TABLE } from '../../../src/core/tables/clientsTable';
import type { TableRecord } from '../../../src/core/tables/tableSpec';
import { ORDERS_TABLE } from '../../../src/core/tables/workTables';
import { planOf } from '../../support/importing';

const grid = (texts: string[][], typed?: ImportGrid['typed']): ImportGrid => ({ texts, typed, firstLine: 1 });

const CLIENTS: TableRecord[] = [
  { id: 'C-000001', name: 'Dela Cruz Trading, Inc.', taxNumber: '123-456-789-000', archivedAt: null },
  { id: 'C-000002', name: 'Mabuhay Foods', taxNumber: '', archivedAt: null },
  { id: 'C-000003', name: 'Mabuhay Foods Corp.', taxNumber: '', archivedAt: null },
  { id: 'C-000004', name: 'Old Client', taxNumber: '', archivedAt: '2026-01-01T00:00:00.000Z' },
];

describe('reading values for the table', () => {
  it('matches choices in either language and reads terms written with days', () => {
    const plan = planOf(
      CLIENTS_TABLE,
      grid([
        ['Name', 'Status', 'Tier', 'Terms'],
        ['Alpha', 'Aktibo', 'pangunahing account', 'Net 30'],
        ['Beta', 'ACTIVE', 'Large', '45 araw'],
        ['Gamma', 'vip', '', '30 days'],
      ]),
      { 0: 'name', 1: 'status', 2: 'tier', 3: 'paymentTermsDays' },
    );
    expect(plan.ready.map(({ record }) => [record.status, record.tier, record.paymentTermsDays])).toEqual([
      ['active', 'key', 30],
      ['active', 'large', 45],
    ]);
    expect(plan.rejected).toEqual([{ line: 4, errors: [{ field: 'status', code: 'choice', value: 'vip' }] }]);
  });

  it('takes a sheet’s typed numbers and dates as they are, and refuses a bare number as a date', () => {
    const plan = planOf(
      ORDERS_TABLE,
      grid(
        [
          ['Client', 'Date', 'Amount'],
          ['C-000002', 'Jan 5', '₱1,234.50'],
          ['C-000002', '46000', '-500'],
        ],
        [
          [null, null, null],
          [null, { date: '2026-01-05' }, 1234.5],
          [null, 46000, -500],
        ],
      ),
      { 0: 'clientId', 1: 'orderDate', 2: 'amount' },
      { clients: CLIENTS },
    );
    expect(plan.ready).toEqual([
      {
        line: 2,
        record: expect.objectContaining({ clientId: 'C-000002', orderDate: '2026-01-05', amount: 1234.5 }),
      },
    ]);
    expect(plan.rejected).toEqual([
      { line: 3, errors: [{ field: 'orderDate', code: 'date', value: '46000' }] },
    ]);
  });
});

describe('finding the client a row means', () => {
  it('by ID in any case, tax number in any punctuation, or a unique name; never an archived one', () => {
    const refs = new ClientRefs(CLIENTS);
    expect(refs.resolve(' c-000001 ')).toEqual({ ok: true, id: 'C-000001' });
    expect(refs.resolve('123456789000')).toEqual({ ok: true, id: 'C-000001' });
    expect(refs.resolve('DELA CRUZ TRADING INC')).toEqual({ ok: true, id: 'C-000001' });
    // "Mabuhay Foods" and "Mabuhay Foods Corp." are one name once legal suffixes are set aside.
    expect(refs.resolve('Mabuhay Foods')).toEqual({ ok: false, problem: 'ambiguousClient' });
    expect(refs.resolve('Old Client')).toEqual({ ok: false, problem: 'unknownClient' });
    expect(refs.resolve('C-000004')).toEqual({ ok: false, problem: 'unknownClient' });
  });
});

describe('the plan', () => {
  it('holds back rows repeating a record or an earlier row by the table’s rule, unless kept', () => {
    const texts = [
      ['Client', 'Date', 'Amount'],
      ['C-000001', '2026-02-01', '100'],
      ['C-000001', '2026-02-01', '100'],
      ['C-000001', '2026-02-02', '100'],
    ];
    const existing = [
      { id: 'O-000009', clientId: 'C-000001', orderDate: '2026-02-02', amount: 100, archivedAt: null },
    ];
    const mapping = { 0: 'clientId', 1: 'orderDate', 2: 'amount' };
    const held = planOf(ORDERS_TABLE, grid(texts), mapping, { clients: CLIENTS, existing });
    expect(held.ready.map((row) => row.line)).toEqual([2]);
    expect(held.duplicates).toEqual([
      { line: 3, matches: [{ id: '#2', name: '', rule: ['clientId', 'orderDate', 'amount'] }] },
      { line: 4, matches: [{ id: 'O-000009', name: '', rule: ['clientId', 'orderDate', 'amount'] }] },
    ]);
    const kept = planImport({
      table: ORDERS_TABLE,
      grid: grid(texts),
      found: findTable(ORDERS_TABLE, texts),
      mapping,
      conventions: localeConventions('en_PH'),
      existing,
      clients: new ClientRefs(CLIENTS),
      keepDuplicates: true,
    });
    expect(kept.ready.map((row) => row.line)).toEqual([2, 3, 4]);
  });

  it('includes a left-out row when asked, and takes owners by a team member’s name', () => {
    const texts = [
      ['Name', 'Owner'],
      ['Total', 'Mara Santos'],
      ['Alpha', 'mara santos'],
    ];
    const input = {
      table: CLIENTS_TABLE,
      grid: grid(texts),
      found: findTable(CLIENTS_TABLE, texts),
      mapping: { 0: 'name', 1: 'owner' },
      conventions: localeConventions('en_PH'),
      existing: [],
      clients: null,
      people: new Map([['mara santos', 'mara@suki.ph']]),
    };
    expect(planImport(input)).toMatchObject({
      leftOut: [{ line: 2, reason: 'total' }],
      ready: [{ line: 3 }],
    });
    const included = planImport({ ...input, include: [2] });
    expect(included.leftOut).toEqual([]);
    expect(included.ready.map(({ line, record }) => [line, record.name, record.owner])).toEqual([
      [2, 'Total', 'mara@suki.ph'],
      [3, 'Alpha', 'mara@suki.ph'],
    ]);
  });

  it('says once that a required column is not mapped, instead of refusing every row for it', () => {
    const plan = planOf(
      ORDERS_TABLE,
      grid([
        ['Date', 'Amount'],
        ['2026-01-01', '5'],
      ]),
      { 0: 'orderDate', 1: 'amount' },
    );
    expect(plan).toMatchObject({ unmappedRequired: ['clientId'], ready: [], rejected: [] });
  });

  it('uses only columns a person fills, each once, whatever mapping it is sent', () => {
    const plan = planOf(
      CLIENTS_TABLE,
      grid([
        ['A', 'B', 'C', 'D'],
        ['Alpha', 'C-999999', 'Beta', '99'],
      ]),
      { 0: 'name', 1: 'id', 2: 'name', 3: 'lateChance' } as Record<number, string>,
    );
    expect(plan.ready).toEqual([{ line: 2, record: expect.objectContaining({ name: 'Alpha' }) }]);
    expect(plan.ready[0]?.record).not.toHaveProperty('id');
    expect(plan.ready[0]?.record).not.toHaveProperty('lateChance');
  });
});

describe('cells as long as Sheets holds', () => {
  it('reads 50,000-character cells in every kind of column in one pass, refusing what does not fit', () => {
    const long = [
      'x'.repeat(50_000),
      `${'1'.repeat(50_000)}x`,
      `${'1,'.repeat(25_000)}5`,
      `a:${' '.repeat(50_000)}`,
    ];
    for (const cell of long) {
      const texts = [
        ['Name', 'Credit limit', 'Next contact', 'Notes'],
        [cell, cell, cell, cell],
        [cell.slice(0, 10), cell, cell, cell],
      ];
      const plan = planOf(CLIENTS_TABLE, grid(texts), {
        0: 'name',
        1: 'creditLimit',
        2: 'nextContactDate',
        3: 'notes',
      });
      expect(plan.ready).toEqual([]);
      expect(plan.rejected.length + plan.leftOut.length).toBeGreaterThan(0);
    }
  });
});

describe('placeholders', () => {
  it('reads "N/A", "-" and "wala" as blank, so the rest of the row goes in', () => {
    const plan = planOf(
      CLIENTS_TABLE,
      grid([
        ['Name', 'E-mail', 'Credit limit', 'Next contact', 'Tier', 'Notes'],
        ['Alpha', 'N/A', '-', 'wala', 'n.a.', '-'],
        ['N/A', 'a@b.ph', '', '', '', ''],
      ]),
      { 0: 'name', 1: 'email', 2: 'creditLimit', 3: 'nextContactDate', 4: 'tier', 5: 'notes' },
    );
    expect(plan.ready).toEqual([
      {
        line: 2,
        record: expect.objectContaining({
          name: 'Alpha',
          email: null,
          creditLimit: null,
          nextContactDate: null,
          tier: null,
          notes: '-',
        }),
      },
    ]);
    expect(plan.rejected).toEqual([{ line: 3, errors: [{ field: 'name', code: 'required', value: 'N/A' }] }]);
  });
});
