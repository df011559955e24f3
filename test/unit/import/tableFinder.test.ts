import { describe, expect, it } from 'vitest';
import { suggestImportMapping } from '../../../src/core/import/headerMapping';
import { findTable } from '../../../src/core/import/tableFinder';
import { CLIENTS_TABLE } from '../../../src/core/tables/clientsTable';
import { ORDERS_TABLE } from '../../../src/core/tables/workTables';

const FILIPINO_HEADER = [
  'Pangalan ng Kumpanya',
  'Industriya',
  'Rehiyon',
  'Telepono',
  'E-mail',
  'Itinatag (taon)',
  'Credit limit (PHP)',
  'Tala',
];

describe('findTable', () => {
  it('finds a Filipino client list below its title, leaving out totals, a repeated header and a note', () => {
    const grid = [
      ['Listahan ng Kliyente 2026'],
      [],
      [' Pangalan ng Kumpanya ', ...FILIPINO_HEADER.slice(1)],
      [
        'Niño Trading',
        'Retail',
        'NCR',
        '0917 123 4567',
        'benta@nino.ph',
        '1998',
        '500,000',
        'Suki mula 2010',
      ],
      ['Café Ñora', 'Pagkain', 'Rehiyon VII', '(032) 255-1234', 'hello@cafenora.ph', '2015', '150,000', ''],
      ['', '', '', '', '', '', '', ''],
      ['Total Gas Corp.', 'Enerhiya', 'NCR', '(02) 8123-4567', 'ap@totalgas.ph', '1987', '2,000,000', ''],
      ['Kabuuan', '', '', '', '', '', '2,650,000', ''],
      FILIPINO_HEADER,
      ['Sari-Sari ni Aling Nena'],
      ['Bigasan ng Bayan', 'Bigas', 'Region III', '', 'bigasan@yahoo.com', '', '', 'bagong kliyente'],
      [],
      ['Tala: ang credit limit ay sa piso.'],
    ];
    expect(findTable(CLIENTS_TABLE, grid)).toEqual({
      headerIndex: 2,
      headers: FILIPINO_HEADER,
      recordIndexes: [3, 4, 6, 9, 10],
      leftOut: [
        { index: 7, reason: 'total' },
        { index: 8, reason: 'repeatedHeader' },
        { index: 12, reason: 'note' },
      ],
    });
  });

  it('finds the header when it is row 6, below a letterhead and a two-cell line', () => {
    const grid = [
      ['Dela Cruz Distribution, Inc.'],
      ['123 Rizal Ave., Sta. Cruz, Manila'],
      ['Customer master list'],
      ['Rehiyon:', 'NCR'],
      [],
      ['Customer name', 'Contact person', 'Mobile no.', 'E-mail address', 'Terms (days)'],
      ['Niño Trading', 'Jose Rizal', '0917 123 4567', 'jose@nino.ph', '30'],
    ];
    const found = findTable(CLIENTS_TABLE, grid);
    expect(found.headerIndex).toBe(5);
    expect(found.recordIndexes).toEqual([6]);
    expect(found.leftOut).toEqual([]);
    expect(suggestImportMapping(CLIENTS_TABLE, found.headers, [grid[6] ?? []]).mapping).toEqual({
      0: 'name',
      1: 'contactPerson',
      2: 'phone',
      3: 'email',
      4: 'paymentTermsDays',
    });
  });

  it('finds an English invoice list and maps it into orders', () => {
    const grid = [
      ['Accounts receivable', '', '', '', 'As of 31 Mar 2026'],
      ['Invoice date', 'Customer', 'Amount (PHP)', 'Due date', 'Date paid'],
      ['2026-01-05', 'Niño Trading', '12,500.00', '2026-02-04', '2026-02-01'],
      ['2026-01-09', 'TotalEnergies Marketing PH', '48,000.00', '2026-02-08', ''],
      ['Subtotal for January', '', '60,500.00', '', ''],
      ['2026-02-11', 'Café Ñora', '7,250.00', '2026-03-13', '2026-03-20'],
      ['', 'Grand Total:', '67,750.00', '', ''],
      ['Prepared by: M. Santos, AR clerk'],
    ];
    const found = findTable(ORDERS_TABLE, grid);
    expect(found).toEqual({
      headerIndex: 1,
      headers: ['Invoice date', 'Customer', 'Amount (PHP)', 'Due date', 'Date paid'],
      recordIndexes: [2, 3, 5],
      leftOut: [
        { index: 4, reason: 'total' },
        { index: 6, reason: 'total' },
        { index: 7, reason: 'note' },
      ],
    });
    const records = found.recordIndexes.map((index) => grid[index] ?? []);
    expect(suggestImportMapping(ORDERS_TABLE, found.headers, records).mapping).toEqual({
      0: 'orderDate',
      1: 'clientId',
      2: 'amount',
      3: 'invoiceDueDate',
      4: 'paidDate',
    });
  });

  it('maps a headerless-looking column of e-mails by its values', () => {
    const grid = [
      ['Pangalan', 'Rehiyon', ''],
      ['Niño Trading', 'NCR', 'benta@nino.ph'],
      ['Café Ñora', 'Region VII', 'hello@cafenora.ph'],
      ['Total Gas Corp.', 'NCR', 'ap@totalgas.ph'],
    ];
    const found = findTable(CLIENTS_TABLE, grid);
    const records = found.recordIndexes.map((index) => grid[index] ?? []);
    expect(suggestImportMapping(CLIENTS_TABLE, found.headers, records)).toEqual({
      mapping: { 0: 'name', 1: 'region', 2: 'email' },
      how: { 0: 'label', 1: 'label', 2: 'values' },
    });
  });

  const header = ['Pangalan', 'Rehiyon', 'Credit limit'];
  const reasonOf = (row: readonly string[]) => {
    const found = findTable(CLIENTS_TABLE, [header, row]);
    return found.leftOut[0]?.reason ?? (found.recordIndexes.length === 1 ? 'record' : 'skipped');
  };

  it.each([
    ['Total', 'total'],
    ['TOTAL:', 'total'],
    ['Totals', 'total'],
    ['Grand Total', 'total'],
    ['Sub-total', 'total'],
    ['Subtotal - Luzon', 'total'],
    ['Total for Q1', 'total'],
    ['Total sa NCR', 'total'],
    ['Kabuuan', 'total'],
    ['Kabuuan ng Marso', 'total'],
    ['Kabuuang halaga', 'total'],
    ['Subtotal 2025', 'total'],
    ['Total Gas Corp.', 'record'],
    ['TotalEnergies', 'record'],
    ['Totalizer Trading', 'record'],
    ['Summit Foods', 'record'],
  ])('reads %j with an amount as a %s row', (label, reason) => {
    expect(reasonOf([label, '', '1,000,000'])).toBe(reason);
  });

  it.each([
    ['Tala: presyo ay VAT inclusive', 'note'],
    ['Note: amounts in PHP', 'note'],
    ['NOTES', 'note'],
    ['N.B. amounts in PHP', 'note'],
    ['* VAT inclusive', 'note'],
    ['Source: BIR', 'note'],
    ['Pinagmulan: SEC', 'note'],
    ['Prepared by: J. Santos', 'note'],
    ['Inihanda ni J. Santos', 'note'],
    ['As of 31 March 2026', 'note'],
    ['Tala Trading', 'record'],
    ['Source Energy Corp.', 'record'],
    ['Sari-Sari ni Aling Nena', 'record'],
    ['NB: amounts in PHP', 'note'],
    ['Paalala - VAT inclusive', 'note'],
    ['Note – amounts in PHP', 'note'],
    ['Checked by J. Cruz', 'note'],
    ['Tinanggap ni J. Cruz', 'note'],
    ['Updated 2026-03-31', 'note'],
    ['Last updated: March 2026', 'note'],
    ['Updated on 5 Mar 2026', 'note'],
    ['As of 2026', 'note'],
    ['Note Trading', 'record'],
    ['Notes Printing Co.', 'record'],
    ['NB Hardware', 'record'],
    ['Paalala Store', 'record'],
    ['Updated Bakery', 'record'],
    ['As Of Marketing Inc.', 'record'],
    ['Last Updated Fashion', 'record'],
  ])('reads a one-cell row %j as a %s', (text, reason) => {
    expect(reasonOf([text])).toBe(reason);
  });

  it('reads a totals word only in the leftmost filled cell', () => {
    expect(reasonOf(['Alpha Foods', 'NCR', 'Total: 3 branches in Cebu'])).toBe('record');
    expect(reasonOf(['Alpha Foods', 'Kabuuan', ''])).toBe('record');
    expect(reasonOf(['', 'Grand total', '1,000,000'])).toBe('total');
    expect(reasonOf(['', 'Kabuuan', '1,000,000'])).toBe('total');
  });

  it('reads one cell beyond the header as a note, blank rows as nothing', () => {
    expect(reasonOf(['', '', '', '', 'checked 2026-03-31'])).toBe('note');
    expect(reasonOf(['', '', ''])).toBe('skipped');
    expect(reasonOf(['', 'NCR', ''])).toBe('record');
  });

  it('makes every header as wide as the widest row', () => {
    const found = findTable(CLIENTS_TABLE, [
      ['Pangalan', 'E-mail'],
      ['Niño Trading', 'a@b.ph', 'extra', ''],
    ]);
    expect(found.headers).toEqual(['Pangalan', 'E-mail', '', '']);
  });

  it('falls back to the first wordy row, then to the first non-blank row, when nothing names a column', () => {
    const unknown = [[], ['2026'], ['1', '2', '3'], ['Foo', 'Bar', '12'], ['a', 'b', 'c']];
    expect(findTable(CLIENTS_TABLE, unknown).headerIndex).toBe(3);
    expect(findTable(CLIENTS_TABLE, [[''], ['12', '13'], ['x']]).headerIndex).toBe(1);
    expect(findTable(CLIENTS_TABLE, [[], ['', ' ']])).toEqual({
      headerIndex: -1,
      headers: [],
      recordIndexes: [],
      leftOut: [],
    });
  });

  it('lets the row naming most columns win, and never a one-cell title', () => {
    const grid = [
      ['Kliyente'],
      ['Kliyente', 'Marso 2026'],
      ['Pangalan', 'E-mail', 'Telepono'],
      ['Niño', 'a@b.ph', ''],
    ];
    expect(findTable(CLIENTS_TABLE, grid).headerIndex).toBe(2);
    // The title names the name column, but one cell is no header: the first wordy row is taken.
    const titleOverData = [['Listahan ng Kliyente'], ['Niño Trading', 'NCR']];
    expect(findTable(CLIENTS_TABLE, titleOverData).headerIndex).toBe(1);
  });
});

describe('the header row', () => {
  const headerOf = (grid: readonly (readonly string[])[]) => findTable(CLIENTS_TABLE, grid).headerIndex;

  it('takes a one-column header under a title row', () => {
    const grid = [['Mga Kliyente ni Mara'], [], ['Name'], ['Alpha Foods'], ['Beta Foods'], ['Gamma Foods']];
    const found = findTable(CLIENTS_TABLE, grid);
    expect(found.headerIndex).toBe(2);
    expect(found.headers).toEqual(['Name']);
    expect(found.recordIndexes).toEqual([3, 4, 5]);
    expect(found.leftOut).toEqual([]);
  });

  it('weighs a label over a title that only contains a known word, the earliest on a tie', () => {
    // Two filled cells, "Kliyente ni Mara" a partial match (1): a one-cell label (3) below wins.
    expect(headerOf([['Kliyente ni Mara', 'Marso 2026'], ['Name'], ['Alpha']])).toBe(1);
    expect(headerOf([['Listahan ng Kliyente 2026'], ['Pangalan'], ['Alpha']])).toBe(1);
    expect(headerOf([['Name'], ['Pangalan'], ['Alpha']])).toBe(0);
  });

  it('does not count "label: value" cells above the header', () => {
    const grid = [
      ['Account manager: Mara Santos', 'Region: NCR'],
      ['Customer', 'Tel.'],
      ['Alpha Foods', '0917 123 4567'],
      ['Beta Foods', '0918 765 4321'],
    ];
    const found = findTable(CLIENTS_TABLE, grid);
    expect(found.headerIndex).toBe(1);
    expect(found.recordIndexes).toEqual([2, 3]);
    // Four such cells would tie with the header on weights (4 partial matches) and win, being first.
    const facts = ['Account manager: Mara', 'Region: NCR', 'Industry: Retail', 'Status: Active'];
    expect(headerOf([facts, ['Customer', 'Tel.'], ['Alpha Foods', '0917 123 4567']])).toBe(1);
    // Nor when nothing names a column: the first wordy row below the line is taken.
    const unnamed = [
      ['Batch: 12', 'Page: 1'],
      ['Foo', 'Bar'],
      ['a', 'b'],
    ];
    expect(headerOf(unnamed)).toBe(1);
  });

  it('takes the header row it is given, when that is a non-blank row', () => {
    const grid = [['Mga Kliyente ni Mara', ''], [], ['Pangalan', 'E-mail'], ['Alpha Foods', 'a@alpha.ph']];
    const chosen = findTable(CLIENTS_TABLE, grid, 0);
    expect(chosen.headerIndex).toBe(0);
    expect(chosen.headers).toEqual(['Mga Kliyente ni Mara', '']);
    expect(chosen.recordIndexes).toEqual([2, 3]);
    for (const wrong of [1, -1, 4, 1.5, Number.NaN, undefined]) {
      expect(findTable(CLIENTS_TABLE, grid, wrong).headerIndex).toBe(2);
    }
  });
});

describe('a block of its own under the list', () => {
  it('leaves out a summary after blank rows, and everything under it, but not a record after one blank row', () => {
    const rows = [
      ['Company', 'Region', 'Phone'],
      ['Alpha Foods', 'NCR', '0917 000 0001'],
      [],
      ['Beta Foods', 'NCR', '0917 000 0002'],
      [],
      [],
      ['Summary by region', '', ''],
      ['NCR', '2', ''],
      ['Approved by: J. Cruz'],
    ];
    const found = findTable(CLIENTS_TABLE, rows);
    expect(found.recordIndexes).toEqual([1, 3]);
    expect(found.leftOut).toEqual([
      { index: 6, reason: 'afterEnd' },
      { index: 7, reason: 'afterEnd' },
      { index: 8, reason: 'afterEnd' },
    ]);
  });

  it('ends only at a one-cell opening row, and at "Key" only with a colon', () => {
    const rows = [
      ['Name', 'Phone'],
      ['Alpha Foods', '0917 111 1111'],
      [],
      [],
      ['Key Foods Inc.', '0917 333 3333'],
      ['Kusina ni Lola', '0917 444 4444'],
      [],
      [],
      ['Summary Foods', '0917 555 5555'],
      [],
      [],
      ['Key'],
    ];
    const found = findTable(CLIENTS_TABLE, rows);
    expect(found.recordIndexes).toEqual([1, 4, 5, 8, 11]);
    expect(found.leftOut).toEqual([]);
    for (const opener of ['Key: * = new client', 'Legend', 'Summary']) {
      const ended = findTable(CLIENTS_TABLE, [
        ...rows.slice(0, 6),
        [],
        [],
        [opener],
        ['Omega Foods', '0917'],
      ]);
      expect(ended.leftOut).toEqual([
        { index: 8, reason: 'afterEnd' },
        { index: 9, reason: 'afterEnd' },
      ]);
    }
  });

  it('keeps records after a wide gap when no block title opens it', () => {
    const rows = [['Company'], ['Alpha Foods'], [], [], [], ['Summit Foods'], ['Noted by: the head']];
    const found = findTable(CLIENTS_TABLE, rows);
    expect(found.recordIndexes).toEqual([1, 5]);
    expect(found.leftOut).toEqual([{ index: 6, reason: 'note' }]);
  });
});
