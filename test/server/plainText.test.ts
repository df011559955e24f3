/**
 * Text is stored exactly as typed, through every form and import path, with the emulator honouring
 * cell formats as Sheets does: a plain-text cell keeps what it is given (an apostrophe included),
 * an automatic cell parses it. Also when a person has reformatted a column or cleared formats.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORM_LAYOUTS } from '../../src/core/forms/formLayouts';
import { translatorFor } from '../../src/core/i18n/translate';
import type { ColumnSpec, TableRecord, TableSpec } from '../../src/core/tables/tableSpec';
import { TEXT_WRITE_MODE_PROPERTY, TEXT_WRITE_MODE_UNSAFE } from '../../src/core/tables/textWriteMode';
import { getRecord, saveRecord, updateRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { FakeRange } from '../../workbench/emulator/range';
import { useEmulator } from '../support/emulatedSheets';
import { importChecked } from '../support/importing';

const TRICKY = ['=IMPORTXML("http://x","//a")', '+1', '-cmd', '@x', "'quoted", '007', '2026-01-01'];
const t = translatorFor('en');
let emulator: Emulator;

/** A value validation accepts for a required field that is not free text. */
function plainValue(column: ColumnSpec): string | number {
  if (column.type === 'date') return '2026-11-02';
  if (column.type === 'ref') return 'C-000001';
  if (column.type === 'choice') return column.choices?.[0] ?? '';
  if (column.type === 'email') return 'someone@x.ph';
  if (['integer', 'number', 'currency'].includes(column.type)) return column.min ?? 1;
  return 'plain';
}

const freeText = (table: TableSpec) =>
  table.columns.filter(
    (c) =>
      (c.writtenBy ?? 'person') === 'person' &&
      (c.type === 'text' || c.type === 'longText') &&
      // A text column of IDs (a plan's people) must name records that exist.
      c.refTable === undefined,
  );

/** The managers on the team (#10): an absence names one away and another as the deputy. */
const ANA = 'ana@example.ph';
const BEN = 'ben@example.ph';

/** A valid record of `table` whose every free-text field holds `value`. */
function recordWith(table: TableSpec, value: string): TableRecord {
  const record: TableRecord = {};
  for (const column of table.columns) if (column.required) record[column.key] = plainValue(column);
  if (table.key === 'absences') Object.assign(record, { manager: ANA, deputy: BEN });
  for (const column of freeText(table)) record[column.key] = value;
  return record;
}

/** The cell a record's field sits in, as the sheet holds it (uncounted). */
function cellOf(table: TableSpec, id: string, key: string): unknown {
  const [header = [], ...rows] = emulator.sheetValues(t(table.sheetLabel));
  const row = rows.find((cells) => cells[header.indexOf(t('col.id'))] === id);
  const label = t(table.columns.find((c) => c.key === key)?.label ?? 'col.id');
  return row?.[header.indexOf(label)];
}

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook(); // mara becomes the team's first head, and appoints the managers
  for (const email of [ANA, BEN])
    expect(saveRecord('team', { email, name: email, role: 'manager' }).ok).toBe(true);
  expect(saveRecord('clients', { name: 'Alpha Foods' }).ok).toBe(true);
});

describe.each(Object.values(FORM_LAYOUTS).map((form) => [form.table.key, form.table] as const))(
  'the %s form',
  (_key, table) => {
    it.each(TRICKY)('stores %j exactly as typed, in the sheet and read back', (value) => {
      const saved = saveRecord(table.key, recordWith(table, value), { allowDuplicate: true });
      expect(saved).toMatchObject({ ok: true });
      const id = saved.ok && 'id' in saved ? String(saved.id) : '';
      const read = getRecord(table.key, id);
      for (const column of freeText(table)) {
        expect(cellOf(table, id, column.key), column.key).toBe(value);
        expect(read).toMatchObject({ ok: true, record: { [column.key]: value } });
      }
    });
  },
);

describe('edits and hand reformatting', () => {
  it.each(TRICKY)('an edit stores %j exactly, even after the column was set to automatic', (value) => {
    const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
    const nameColumn = (emulator.sheetValues('Clients')[0] ?? []).indexOf('Name') + 1;
    emulator.uncounted(() => sheet.getRange(1, nameColumn, sheet.getMaxRows(), 1).setNumberFormat('General'));
    expect(updateRecord('clients', 'C-000001', { name: value, goal: value }, {})).toMatchObject({ ok: true });
    const table = FORM_LAYOUTS.clients?.table as TableSpec;
    expect(cellOf(table, 'C-000001', 'name')).toBe(value);
    expect(cellOf(table, 'C-000001', 'goal')).toBe(value);
  });

  it('stores text exactly in rows whose formats a person cleared', () => {
    const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
    emulator.uncounted(() =>
      sheet.getRange(2, 1, sheet.getMaxRows() - 1, sheet.getMaxColumns()).clearFormat(),
    );
    for (const value of TRICKY) {
      const saved = saveRecord('clients', { name: value }, { allowDuplicate: true });
      expect(saved).toMatchObject({ ok: true });
      const id = saved.ok && 'id' in saved ? String(saved.id) : '';
      expect(cellOf(FORM_LAYOUTS.clients?.table as TableSpec, id, 'name')).toBe(value);
    }
  });
});

describe('import', () => {
  const quoteCsv = (text: string) => `"${text.replace(/"/g, '""')}"`;

  it('imports every tricky value from pasted CSV exactly as typed', () => {
    const csv = [
      'Name,Notes',
      ...TRICKY.map((value) => `${quoteCsv(`Client ${value}`)},${quoteCsv(value)}`),
    ].join('\n');
    const result = importChecked('clients', { csv });
    expect(result).toMatchObject({ ok: true, imported: TRICKY.length });
    const table = FORM_LAYOUTS.clients?.table as TableSpec;
    TRICKY.forEach((value, index) => {
      const id = `C-${String(index + 2).padStart(6, '0')}`;
      expect(cellOf(table, id, 'notes')).toBe(value);
      expect(getRecord('clients', id)).toMatchObject({
        ok: true,
        record: { notes: value, name: `Client ${value}` },
      });
    });
  });

  it('imports every tricky value from a sheet of the workbook exactly as it shows', () => {
    emulator.uncounted(() => {
      const source = emulator.spreadsheet.insertSheet('My list');
      const block = source.getRange(1, 1, TRICKY.length + 1, 2);
      block.setNumberFormat('@');
      block.setValues([['Name', 'Notes'], ...TRICKY.map((value) => [`Client ${value}`, value])]);
    });
    expect(importChecked('clients', { sheetName: 'My list' })).toMatchObject({
      ok: true,
      imported: TRICKY.length,
    });
    const table = FORM_LAYOUTS.clients?.table as TableSpec;
    TRICKY.forEach((value, index) => {
      expect(cellOf(table, `C-${String(index + 2).padStart(6, '0')}`, 'notes')).toBe(value);
    });
  });
});

describe('when the self-check found no safe way to store text here', () => {
  it('refuses to save, says why, and writes nothing', () => {
    PropertiesService.getDocumentProperties().setProperty(TEXT_WRITE_MODE_PROPERTY, TEXT_WRITE_MODE_UNSAFE);
    const before = emulator.sheetValues('Clients');
    const result = saveRecord('clients', { name: 'Bravo Logistics' });
    expect(result).toMatchObject({ ok: false });
    expect(result.message).toContain('does not keep text exactly as typed');
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });

  it('writes behind an apostrophe into automatic cells when the self-check chose that', () => {
    PropertiesService.getDocumentProperties().setProperty(TEXT_WRITE_MODE_PROPERTY, 'apostrophe');
    const saved = saveRecord('clients', { name: "'quoted" });
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok && 'id' in saved ? String(saved.id) : '';
    expect(cellOf(FORM_LAYOUTS.clients?.table as TableSpec, id, 'name')).toBe("'quoted");
  });
});

describe('a Sheets whose plain-text cells drop a leading apostrophe (if Google differs from its docs)', () => {
  const restores: (() => void)[] = [];
  afterEach(() => {
    while (restores.length > 0) restores.pop()?.();
  });

  it('set-up finds it out, and every tricky value is still stored exactly as typed', () => {
    const original = FakeRange.prototype.setValues;
    FakeRange.prototype.setValues = function (this: FakeRange, values: unknown[][]) {
      const formats = this.getNumberFormats();
      const dropped = values.map((row, i) =>
        row.map((value, j) =>
          formats[i]?.[j] === '@' && typeof value === 'string' && value.startsWith("'")
            ? value.slice(1)
            : value,
        ),
      );
      return original.call(this, dropped);
    };
    restores.push(() => {
      FakeRange.prototype.setValues = original;
    });
    emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
    setUpWorkbook();
    expect(PropertiesService.getDocumentProperties().getProperty(TEXT_WRITE_MODE_PROPERTY)).toBe(
      'apostrophe',
    );
    for (const value of TRICKY) {
      const saved = saveRecord('clients', { name: value }, { allowDuplicate: true });
      expect(saved).toMatchObject({ ok: true });
      const id = saved.ok && 'id' in saved ? String(saved.id) : '';
      expect(cellOf(FORM_LAYOUTS.clients?.table as TableSpec, id, 'name')).toBe(value);
      expect(getRecord('clients', id)).toMatchObject({ ok: true, record: { name: value } });
    }
  });
});
