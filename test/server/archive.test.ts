import { beforeEach, describe, expect, it } from 'vitest';
import { archiveRecord, archiveSelectedRow } from '../../src/server/archive';
import { listClients, saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Logistics'])
    expect(saveRecord('clients', { name })).toMatchObject({ ok: true });
});

describe('archiving instead of deleting', () => {
  it('keeps the row, stamps it archived, audits it, and leaves it out of the picker', () => {
    expect(archiveRecord('clients', 'C-000001')).toEqual({ ok: true, message: 'Archived C-000001.' });
    const rows = rowsByHeader(emulator, 'Clients');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ ID: 'C-000001', Name: 'Alpha Foods' });
    expect(rows[0]?.['Archived at']).toBeInstanceOf(Date);
    expect(rows[1]?.['Archived at']).toBe('');
    expect(listClients()).toEqual([{ id: 'C-000002', name: 'Bravo Logistics' }]);
    const audit = rowsByHeader(emulator, 'Audit log').filter((r) => r.Action === 'archive');
    expect(audit).toEqual([expect.objectContaining({ 'Record ID': 'C-000001', Who: 'mara@suki-demo.ph' })]);
    expect(archiveRecord('clients', 'C-000001')).toEqual({
      ok: true,
      message: 'C-000001 was already archived.',
    });
  });

  it('never reuses an archived record’s ID', () => {
    archiveRecord('clients', 'C-000002');
    expect(saveRecord('clients', { name: 'Charlie Retail' })).toMatchObject({ ok: true, id: 'C-000003' });
  });

  it('archives the selected row from the menu only after the person says yes', () => {
    emulator.select('Clients', 3, 2);
    emulator.ui.queueAlertResponse('NO');
    archiveSelectedRow();
    expect(rowsByHeader(emulator, 'Clients')[1]?.['Archived at']).toBe('');
    emulator.ui.queueAlertResponse('YES');
    archiveSelectedRow();
    expect(rowsByHeader(emulator, 'Clients')[1]?.['Archived at']).toBeInstanceOf(Date);
    expect(emulator.ui.toasts.at(-1)?.message).toBe('Archived C-000002.');
  });

  it('refuses unknown tables and IDs without writing', () => {
    const before = emulator.sheetValues('Clients');
    expect(archiveRecord('audit', 'L-000001').ok).toBe(false);
    expect(archiveRecord('clients', 'C-999999')).toMatchObject({ ok: false });
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });
});
