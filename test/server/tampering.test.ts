/**
 * What people do to sheets by hand, each followed by a save and a read that must still match by ID
 * and header.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { onEdit } from '../../src/server/handEdits';
import { getRecord, saveRecord, updateRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const sheet = (name = 'Clients') =>
  emulator.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
const byId = (sheetName = 'Clients') =>
  Object.fromEntries(rowsByHeader(emulator, sheetName).map((row) => [String(row.ID), row]));
const headerIndex = (label: string, sheetName = 'Clients') =>
  (emulator.sheetValues(sheetName)[0] ?? []).indexOf(label) + 1;

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Logistics', 'Charlie Retail']) {
    expect(saveRecord('clients', { name, email: `${name.split(' ')[0]?.toLowerCase()}@x.ph` })).toMatchObject(
      { ok: true },
    );
  }
});

describe('the table store against hand changes', () => {
  it('updates the right client after the rows were sorted between the read and the write', () => {
    const opened = getRecord('clients', 'C-000001');
    expect(opened).toMatchObject({ ok: true, record: { name: 'Alpha Foods' } });
    emulator.uncounted(() => sheet().sort(headerIndex('Name'), false)); // Charlie, Bravo, Alpha
    const shown = { phone: null };
    expect(updateRecord('clients', 'C-000001', { phone: '+63 2 8123 4567' }, shown)).toMatchObject({
      ok: true,
      row: 4,
    });
    expect(byId()['C-000001']).toMatchObject({ Name: 'Alpha Foods', Phone: '+63 2 8123 4567' });
    expect(byId()['C-000003']).toMatchObject({ Name: 'Charlie Retail', Phone: '' });
  });

  it('follows a column whose header text a person edited, by its metadata', () => {
    emulator.uncounted(() => sheet().getRange(1, headerIndex('E-mail')).setValue('Email address'));
    expect(
      updateRecord('clients', 'C-000002', { email: 'ops@bravo.ph' }, { email: 'bravo@x.ph' }),
    ).toMatchObject({ ok: true });
    expect(byId()['C-000002']).toMatchObject({ 'Email address': 'ops@bravo.ph' });
  });

  it('never writes a column of the person’s own, and keeps what they typed there', () => {
    emulator.uncounted(() => {
      sheet().insertColumnAfter(headerIndex('Name'));
      sheet()
        .getRange(1, headerIndex('Name') + 1)
        .setValue('Nickname');
      sheet().getRange(2, headerIndex('Nickname')).setValue('AF');
    });
    expect(
      updateRecord('clients', 'C-000001', { name: 'Alpha Foods Inc' }, { name: 'Alpha Foods' }),
    ).toMatchObject({ ok: true });
    expect(saveRecord('clients', { name: 'Delta Hotels' })).toMatchObject({ ok: true, id: 'C-000004' });
    expect(byId()['C-000001']).toMatchObject({ Name: 'Alpha Foods Inc', Nickname: 'AF' });
    expect(byId()['C-000004']).toMatchObject({ Name: 'Delta Hotels', Nickname: '' });
  });

  it('appends after the last row when people leave blank rows in the middle', () => {
    emulator.uncounted(() => {
      sheet().insertRowsAfter(2, 2); // two blank rows after Alpha
    });
    expect(saveRecord('clients', { name: 'Echo Builders' })).toMatchObject({
      ok: true,
      id: 'C-000004',
      row: 7,
    });
    expect(Object.keys(byId()).sort()).toEqual(['C-000001', 'C-000002', 'C-000003', 'C-000004']);
    expect(getRecord('clients', 'C-000003')).toMatchObject({ ok: true, record: { name: 'Charlie Retail' } });
  });

  it('says clearly that a deleted table is gone, and set-up brings it back', () => {
    emulator.uncounted(() => emulator.spreadsheet.deleteSheet(sheet()));
    const refused = saveRecord('clients', { name: 'Foxtrot Farms' });
    expect(refused).toMatchObject({
      ok: false,
      message: 'The Clients table was not found. Use Suki › Set up workbook first.',
    });
    setUpWorkbook();
    // The deleted sheet's IDs stay spent: their orders, claims and audit history must not pass to
    // a new client.
    expect(saveRecord('clients', { name: 'Foxtrot Farms' })).toMatchObject({ ok: true, id: 'C-000004' });
  });

  it('refuses to overwrite a field someone else changed after the form opened', () => {
    emulator.uncounted(() => sheet().getRange(3, headerIndex('E-mail')).setValue('boss@bravo.ph'));
    const result = updateRecord('clients', 'C-000002', { email: 'mine@bravo.ph' }, { email: 'bravo@x.ph' });
    expect(result).toMatchObject({ ok: false, fieldErrors: [{ field: 'email' }] });
    expect(result.ok ? '' : result.message).toContain('boss@bravo.ph');
    expect(byId()['C-000002']).toMatchObject({ 'E-mail': 'boss@bravo.ph' });
  });

  it('audits every change field by field', () => {
    updateRecord('clients', 'C-000003', { phone: '123 4567', tier: 'key' }, { phone: null, tier: null });
    const audit = rowsByHeader(emulator, 'Audit log').filter((row) => row.Action === 'update');
    expect(audit.map((row) => [row['Record ID'], row.Field, row.Before, row.After])).toEqual([
      ['C-000003', 'tier', '', 'key'],
      ['C-000003', 'phone', '', '123 4567'],
    ]);
    expect(audit[0]).toMatchObject({ Who: 'mara@suki-demo.ph', Table: 'clients' });
  });

  it('stamps a hand edit inside a Suki table, never a script write, and logs it', async () => {
    emulator.attachScript((name) =>
      name === 'onEdit' ? (onEdit as (...args: unknown[]) => unknown) : undefined,
    );
    const stampedBefore = byId()['C-000001']?.['Updated at'] as Date;
    const auditBefore = rowsByHeader(emulator, 'Audit log').length;
    emulator.uncounted(() => sheet().getRange(2, headerIndex('Needs')).setValue('script write: no trigger'));
    expect(rowsByHeader(emulator, 'Audit log')).toHaveLength(auditBefore);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const outcome = emulator.personEdit('Clients', 2, headerIndex('Region'), 'Davao Region');
    expect(outcome.accepted).toBe(true);
    expect(emulator.triggerErrors).toEqual([]);
    const row = byId()['C-000001'] as Record<string, unknown>;
    expect(row.Region).toBe('Davao Region');
    expect((row['Updated at'] as Date).getTime()).toBeGreaterThan(stampedBefore.getTime());
    const handEdits = rowsByHeader(emulator, 'Audit log').filter((r) => r.Action === 'handEdit');
    expect(handEdits).toEqual([
      expect.objectContaining({ 'Record ID': 'C-000001', Field: 'region', After: 'Davao Region' }),
    ]);
  });

  it('refuses an invalid choice typed by hand into a dropdown column', () => {
    const outcome = emulator.personEdit('Clients', 2, headerIndex('Status'), 'vip');
    expect(outcome.accepted).toBe(false);
    expect(byId()['C-000001']).toMatchObject({ Status: 'prospect' });
  });
});
