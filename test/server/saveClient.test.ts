import { beforeEach, describe, expect, it } from 'vitest';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, seedClients, useEmulator } from '../support/emulatedSheets';

const VALID = {
  name: 'Dela Cruz Trading',
  status: 'active',
  tier: 'key',
  email: 'ana@delacruz.ph',
  phone: '+63 917 555 0101',
  creditLimit: '250,000',
  nextContactDate: '2026-12-01',
};

let emulator: Emulator;

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
});

const clients = () => rowsByHeader(emulator, 'Clients');
const clientsSheet = () =>
  emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;

describe('saving a client', () => {
  it('lands a valid client in exactly one row, every field under its own header', () => {
    const result = saveRecord('clients', VALID);
    expect(result).toMatchObject({ ok: true, id: 'C-000001', row: 2 });
    const rows = clients();
    expect(rows).toHaveLength(1);
    const row = rows[0] as Record<string, unknown>;
    expect(row).toMatchObject({
      ID: 'C-000001',
      Name: 'Dela Cruz Trading',
      Status: 'active',
      Tier: 'key',
      'E-mail': 'ana@delacruz.ph',
      Phone: '+63 917 555 0101',
      'Credit limit': 250000,
      Owner: 'mara@suki-demo.ph',
      'Created by': 'mara@suki-demo.ph',
    });
    expect((row['Next contact date'] as Date).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(saveRecord('clients', { name: 'Bayanihan Foods' })).toMatchObject({
      ok: true,
      id: 'C-000002',
      row: 3,
    });
  });

  it('returns an error naming each bad field and writes nothing', () => {
    const before = emulator.sheetValues('Clients');
    emulator.calls.reset();
    const result = saveRecord('clients', {
      name: '',
      email: 'nope',
      paymentTermsDays: 'soon',
      colour: 'red',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.map((e) => e.field)).toEqual(['colour']);
    const second = saveRecord('clients', { name: '', email: 'nope', paymentTermsDays: 'soon' });
    expect(second.ok ? [] : second.fieldErrors.map((e) => e.message)).toEqual([
      'Name: this field is required.',
      'E-mail: not a valid e-mail address.',
      'Payment terms (days): must be a number.',
    ]);
    expect(emulator.calls.count('Range.setValues') + emulator.calls.count('Range.setValue')).toBe(0);
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });

  it.each(['=IMPORTXML("http://x","//a")', '+1', '-cmd', '@x'])(
    'stores %j typed as a name as text',
    (name) => {
      expect(saveRecord('clients', { name })).toMatchObject({ ok: true });
      expect(clients()[0]?.Name).toBe(name);
      const formulas = emulator.uncounted(() => clientsSheet().getDataRange().getFormulas());
      expect(formulas.flat().filter(Boolean)).toEqual([]);
    },
  );

  it('puts each value under its own header after people move and insert columns and rename the sheet', () => {
    const sheet = clientsSheet();
    emulator.uncounted(() => {
      sheet.moveColumns(sheet.getRange('B:B'), 8); // Name moves to the right
      sheet.insertColumnBefore(1); // a column of their own, in front
      sheet.getRange(1, 1).setValue('My notes');
      sheet.setName('Kliyente 2026');
    });
    expect(saveRecord('clients', VALID)).toMatchObject({ ok: true, id: 'C-000001' });
    const rows = rowsByHeader(emulator, 'Kliyente 2026');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'My notes': '',
      Name: 'Dela Cruz Trading',
      'E-mail': 'ana@delacruz.ph',
      ID: 'C-000001',
    });
  });

  it('refuses clearly when a Suki column was deleted, and saves again after set-up repairs it', () => {
    const sheet = clientsSheet();
    const header = emulator.sheetValues('Clients')[0] ?? [];
    emulator.uncounted(() => sheet.deleteColumn(header.indexOf('Fax') + 1));
    const refused = saveRecord('clients', VALID);
    expect(refused).toMatchObject({ ok: false, fieldErrors: [] });
    expect(refused.ok ? '' : refused.message).toBe(
      'The Clients sheet is missing the columns Fax. Use Suki › Set up workbook to repair it.',
    );
    expect(rowsByHeader(emulator, 'Clients')).toHaveLength(0);
    setUpWorkbook();
    expect(saveRecord('clients', { ...VALID, fax: '+63 2 8123 4567' })).toMatchObject({ ok: true });
    expect(rowsByHeader(emulator, 'Clients')[0]).toMatchObject({
      Name: 'Dela Cruz Trading',
      Fax: '+63 2 8123 4567',
    });
  });

  it('costs the same service calls with 10 and with 10,000 existing clients', () => {
    const costs: Record<string, number>[] = [];
    for (const existing of [10, 10_000]) {
      emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
      setUpWorkbook();
      seedClients(emulator, existing);
      emulator.calls.reset();
      expect(
        saveRecord('clients', { ...VALID, name: `New client ${existing}` }, { allowDuplicate: true }),
      ).toMatchObject({
        ok: true,
        id: `C-${String(existing + 1).padStart(6, '0')}`,
      });
      costs.push(emulator.calls.byKind());
    }
    expect(costs[1]).toEqual(costs[0]);
    expect(costs[0]?.['Range.getValues']).toBeGreaterThan(0);
    // Called directly (no entry point), so the caller is learnt afresh where asked: still few calls.
    expect(Object.values(costs[0] ?? {}).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(104);
  });

  it('says "busy, try again" and writes nothing while another execution holds the lock', () => {
    const release = emulator.locks.holdDocumentLockElsewhere();
    const before = emulator.sheetValues('Clients');
    const result = saveRecord('clients', VALID);
    expect(result).toEqual({
      ok: false,
      message: 'Someone else is saving to this workbook right now. Please try again in a moment.',
      fieldErrors: [],
    });
    expect(emulator.sheetValues('Clients')).toEqual(before);
    release();
    expect(saveRecord('clients', VALID)).toMatchObject({ ok: true });
  });

  it('warns about a likely duplicate and saves it only when confirmed', () => {
    saveRecord('clients', VALID);
    const again = saveRecord('clients', { name: 'Dela Cruz Trading, Inc.' });
    expect(again).toMatchObject({ ok: false, duplicates: [{ id: 'C-000001', reason: 'name' }] });
    expect(clients()).toHaveLength(1);
    expect(
      saveRecord('clients', { name: 'Dela Cruz Trading, Inc.' }, { allowDuplicate: true }),
    ).toMatchObject({ ok: true });
    expect(clients()).toHaveLength(2);
  });
});
