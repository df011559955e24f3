import { describe, expect, it } from 'vitest';
import {
  headerRowScore,
  importShapeKey,
  isLabelValueCell,
  suggestImportMapping,
} from '../../../src/core/import/headerMapping';
import { columnWords, compactHeaderText, normalizeHeaderText } from '../../../src/core/import/headerWords';
import { CLIENTS_TABLE } from '../../../src/core/tables/clientsTable';
import { ALL_TABLES, IMPORTABLE_TABLES } from '../../../src/core/tables/registry';
import { personColumns } from '../../../src/core/tables/tableSpec';
import {
  CAMPAIGNS_TABLE,
  COMPETITORS_TABLE,
  CONTACT_PLAN_TABLE,
  ORDERS_TABLE,
} from '../../../src/core/tables/workTables';

const clientsMapping = (headers: readonly string[], rows: readonly (readonly string[])[] = []) =>
  suggestImportMapping(CLIENTS_TABLE, headers, rows);

describe('normalizeHeaderText', () => {
  it.each([
    ['E-mail', 'e mail'],
    ['E_MAIL', 'e mail'],
    ['email', 'email'],
    ['  Café   Ñora ', 'cafe nora'],
    ['Credit limit (PHP)', 'credit limit'],
    ['Itinatag [taon]', 'itinatag'],
    ['Terms (days)', 'terms'],
    ['TIN #:', 'tin'],
    ['a/b.c*d-e_f', 'a b c d e f'],
    ['(PHP)', 'php'],
    ['', ''],
  ])('%j → %j', (text, normalized) => {
    expect(normalizeHeaderText(text)).toBe(normalized);
  });

  it('lets "E-mail", "email" and "E_MAIL" meet once spaces are removed', () => {
    expect(new Set(['E-mail', 'email', 'E_MAIL', 'e mail'].map(compactHeaderText))).toEqual(
      new Set(['email']),
    );
  });
});

describe('suggestImportMapping by header', () => {
  it('maps a Filipino client list, brackets and units dropped', () => {
    const headers = [
      'Pangalan ng Kumpanya',
      'Industriya',
      'Rehiyon',
      'Telepono',
      'E-mail',
      'Itinatag (taon)',
      'Credit limit (PHP)',
      'Tala',
    ];
    expect(clientsMapping(headers)).toEqual({
      mapping: {
        0: 'name',
        1: 'industry',
        2: 'region',
        3: 'phone',
        4: 'email',
        5: 'yearFounded',
        6: 'creditLimit',
        7: 'notes',
      },
      how: {
        0: 'synonym',
        1: 'label',
        2: 'label',
        3: 'label',
        4: 'label',
        5: 'synonym',
        6: 'label',
        7: 'synonym',
      },
    });
  });

  it('maps an English invoice list into orders', () => {
    const headers = ['Invoice date', 'Customer', 'Amount (PHP)', 'Due date', 'Date paid'];
    expect(suggestImportMapping(ORDERS_TABLE, headers, [])).toEqual({
      mapping: { 0: 'orderDate', 1: 'clientId', 2: 'amount', 3: 'invoiceDueDate', 4: 'paidDate' },
      how: { 0: 'synonym', 1: 'synonym', 2: 'label', 3: 'synonym', 4: 'synonym' },
    });
  });

  it('maps Filipino order headers, the invoice number included', () => {
    const headers = ['Blg. ng invoice', 'Petsa', 'Kliyente', 'Halaga', 'Takdang petsa', 'Petsa ng bayad'];
    expect(suggestImportMapping(ORDERS_TABLE, headers, []).mapping).toEqual({
      0: 'invoiceNumber',
      1: 'orderDate',
      2: 'clientId',
      3: 'amount',
      4: 'invoiceDueDate',
      5: 'paidDate',
    });
  });

  it.each([
    ['E-mail', 'label'],
    ['email', 'label'],
    ['EMAIL ADDRESS', 'synonym'],
    ['E-mail address', 'synonym'],
    ['Correo', 'synonym'],
  ] as const)('maps %j to the e-mail column (%s)', (header, how) => {
    expect(clientsMapping(['Name', header])).toEqual({
      mapping: { 0: 'name', 1: 'email' },
      how: { 0: 'label', 1: how },
    });
  });

  it.each([
    ['Kumpanya', 'name'],
    ['Business name', 'name'],
    ['CP No.', 'phone'],
    ['Contact No.', 'phone'],
    ['Landline', 'phone'],
    ['Fax no.', 'fax'],
    ['Linya ng negosyo', 'industry'],
    ['Probinsya', 'region'],
    ['Year established', 'yearFounded'],
    ['Limitasyon ng kredito', 'creditLimit'],
    ['Terms (days)', 'paymentTermsDays'],
    ['Araw ng bayad', 'paymentTermsDays'],
    ['Remarks', 'notes'],
    ['TIN No.', 'taxNumber'],
    ['URL', 'website'],
    ['Sales rep', 'owner'],
    ['AM', 'owner'],
    ['Kinatawan', 'contactPerson'],
    ['Kalagayan', 'status'],
    ['Segment', 'segment'],
    ['Tier', 'tier'],
  ])('maps %j to %s in Clients', (header, key) => {
    expect(clientsMapping([header]).mapping).toEqual({ 0: key });
  });

  it('reads a header that contains a known word, the longest phrase first', () => {
    const headers = [
      'Client e-mail',
      'Telepono ng kliyente',
      'Contact person name',
      'Remarks ng AM',
      'Address',
    ];
    expect(clientsMapping(headers)).toEqual({
      mapping: { 0: 'email', 1: 'phone', 2: 'contactPerson', 3: 'notes' },
      how: { 0: 'partial', 1: 'partial', 2: 'partial', 3: 'partial' },
    });
  });

  it('uses each column once: the best tier first, then the leftmost source column', () => {
    expect(clientsMapping(['Email', 'E-mail', 'Email address', 'Mobile', 'Telepono']).mapping).toEqual({
      0: 'email',
      4: 'phone',
    });
    // "Client" is Orders' own label, "Customer" only a synonym: the label wins though it is right of it.
    expect(suggestImportMapping(ORDERS_TABLE, ['Customer', 'Client'], []).mapping).toEqual({ 1: 'clientId' });
  });

  it('takes a column key as a label', () => {
    expect(clientsMapping(['paymentTermsDays', 'yearFounded'])).toEqual({
      mapping: { 0: 'paymentTermsDays', 1: 'yearFounded' },
      how: { 0: 'label', 1: 'label' },
    });
  });

  it('maps only the columns a person fills', () => {
    expect(clientsMapping(['ID', 'Created at', 'Late-payment chance', 'ABC class']).mapping).toEqual({});
  });

  it('gives each shared label its own meaning per table', () => {
    expect(suggestImportMapping(CAMPAIGNS_TABLE, ['Kampanya', 'Company'], []).mapping).toEqual({ 0: 'name' });
    expect(suggestImportMapping(COMPETITORS_TABLE, ['Kakumpitensya'], []).mapping).toEqual({ 0: 'name' });
  });
});

describe('suggestImportMapping by values', () => {
  const column = (...values: string[]) => values.map((value) => ['Acme', value]);

  it('maps a headerless column of e-mail addresses to the e-mail column, not the owner', () => {
    const rows = column('benta@nino.ph', 'hello@cafenora.ph', '', 'info@totalgas.ph', 'ap@sarisari.com');
    expect(clientsMapping(['Pangalan', ''], rows)).toEqual({
      mapping: { 0: 'name', 1: 'email' },
      how: { 0: 'label', 1: 'values' },
    });
  });

  it('maps phones to the phone column (not the fax), web addresses and dates', () => {
    const rows = [
      ['0917 123 4567', 'www.nino.ph', '2026-02-01'],
      ['(02) 8123-4567', 'https://cafenora.ph/', '15/03/2026'],
      ['+63 32 255 1234', 'totalgas.com.ph', '2026-04-30'],
    ];
    expect(clientsMapping(['', '', ''], rows)).toEqual({
      mapping: { 0: 'phone', 1: 'website', 2: 'nextContactDate' },
      how: { 0: 'values', 1: 'values', 2: 'values' },
    });
  });

  it('needs three values, 80 % of them alike', () => {
    expect(clientsMapping(['Name', ''], column('a@b.ph', 'c@d.ph')).mapping).toEqual({ 0: 'name' });
    const fourOfFive = column('a@b.ph', 'c@d.ph', 'e@f.ph', 'g@h.ph', 'wala');
    expect(clientsMapping(['Name', ''], fourOfFive).mapping).toEqual({ 0: 'name', 1: 'email' });
    const threeOfFive = column('a@b.ph', 'c@d.ph', 'e@f.ph', 'wala', 'n/a');
    expect(clientsMapping(['Name', ''], threeOfFive).mapping).toEqual({ 0: 'name' });
  });

  it('never guesses names or amounts, and never a column whose header names a taken one', () => {
    const amounts = [
      ['Niño Trading', '1500000'],
      ['Café Ñora', '2500000.50'],
      ['Total Gas Corp.', '12345678'],
    ];
    expect(clientsMapping(['', ''], amounts).mapping).toEqual({});
    const emails = column('a@b.ph', 'c@d.ph', 'e@f.ph').map((row) => [...row, 'x@y.ph']);
    expect(clientsMapping(['E-mail', 'Email 2', 'Email 3'], emails).mapping).toEqual({ 0: 'email' });
  });

  it('maps e-mails to the owner where it is the only e-mail column, dates to the only free date', () => {
    const emails = column('ana@suki.ph', 'ben@suki.ph', 'cora@suki.ph');
    expect(suggestImportMapping(CONTACT_PLAN_TABLE, ['Client', ''], emails).mapping).toEqual({
      0: 'clientId',
      1: 'owner',
    });
    const rows = [['2026-01-05', 'Niño Trading', '12,500.00', '2026-02-04', '2026-02-01']];
    const three = [...rows, ...rows, ...rows];
    const headers = ['Invoice date', 'Customer', 'Amount', '', 'Date paid'];
    expect(suggestImportMapping(ORDERS_TABLE, headers, three).mapping).toEqual({
      0: 'orderDate',
      1: 'clientId',
      2: 'amount',
      3: 'invoiceDueDate',
      4: 'paidDate',
    });
  });
});

describe('headerRowScore', () => {
  it.each([
    [['Name'], 3],
    [['Pangalan ng Kumpanya'], 2],
    [['Name', 'E-mail'], 6],
    [['Customer', 'Tel.'], 4],
    [['Kliyente ni Mara', 'Marso 2026'], 1],
    [['Mga Kliyente ni Mara'], 0],
    [['Listahan ng Kliyente 2026', ''], 0],
    [['Account manager: Mara Santos', 'Region: NCR'], 0],
    [['Account manager: Mara Santos', 'Customer'], 2],
    [['Foo', 'Bar'], 0],
    [[], 0],
  ])('scores %j as %i', (row, score) => {
    expect(headerRowScore(CLIENTS_TABLE, row)).toBe(score);
  });
});

describe('isLabelValueCell', () => {
  it.each([
    ['Account manager: Mara Santos', true],
    ['Region: NCR', true],
    ['  Prepared by:M. Santos ', true],
    ['Rehiyon:', false],
    ['TIN #:', false],
    ['10:30', false],
    ['E-mail', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isLabelValueCell(text)).toBe(expected);
  });
});

describe('importShapeKey', () => {
  it('is equal for case and spacing variants, different for another order or another column', () => {
    const key = importShapeKey(['Pangalan ng Kumpanya', 'E-mail', 'Credit limit (PHP)']);
    expect(importShapeKey([' pangalan  ng kumpanya', 'e-mail ', 'CREDIT LIMIT (php)'])).toBe(key);
    expect(importShapeKey(['E-mail', 'Pangalan ng Kumpanya', 'Credit limit (PHP)'])).not.toBe(key);
    expect(importShapeKey(['Pangalan ng Kumpanya', '', 'E-mail', 'Credit limit (PHP)'])).not.toBe(key);
    expect(importShapeKey(['A', '', 'B'])).not.toBe(importShapeKey(['A', 'B', '']));
  });
});

describe('header words', () => {
  const personTables = IMPORTABLE_TABLES;

  it('has extra words for every column a person fills', () => {
    const bare = personTables.flatMap((table) =>
      personColumns(table)
        .filter((column) => columnWords(table, column).synonyms.length === 0)
        .map((column) => `${table.key}.${column.key}`),
    );
    expect(bare).toEqual([]);
  });

  it('never gives one word to two columns of the same table', () => {
    const clashes: string[] = [];
    for (const table of ALL_TABLES) {
      const owner = new Map<string, string>();
      for (const column of personColumns(table)) {
        const words = columnWords(table, column);
        for (const word of [...words.labels, ...words.synonyms].map(compactHeaderText)) {
          const earlier = owner.get(word);
          if (earlier !== undefined && earlier !== column.key) clashes.push(`${table.key}: ${word}`);
          owner.set(word, column.key);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('a header word checked against the values', () => {
  it('leaves "Balance due" unmapped when it holds amounts, and maps it when it holds dates', () => {
    const headers = ['Invoice Date', 'Customer', 'Total', 'Balance Due'];
    const rows = (due: string) => Array.from({ length: 5 }, (_, i) => ['2026-01-05', 'Alpha', `${i}00`, due]);
    expect(suggestImportMapping(ORDERS_TABLE, headers, rows('1,250.00')).mapping).toEqual({
      0: 'orderDate',
      1: 'clientId',
      2: 'amount',
    });
    expect(suggestImportMapping(ORDERS_TABLE, headers, rows('2026-02-04')).mapping).toEqual({
      0: 'orderDate',
      1: 'clientId',
      2: 'amount',
      3: 'invoiceDueDate',
    });
    // The column's own label is taken whatever its values: the person will see them refused.
    const soon = Array.from({ length: 5 }, () => ['soon']);
    expect(suggestImportMapping(ORDERS_TABLE, ['Invoice due'], soon).mapping).toEqual({
      0: 'invoiceDueDate',
    });
    expect(suggestImportMapping(ORDERS_TABLE, ['Due'], soon).mapping).toEqual({});
  });
});
