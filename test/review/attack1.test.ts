/** Review scratch: defects in the undo journal's recovery. */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { JOURNAL_PROPERTY } from '../../src/core/tables/writeJournal';
import { onEdit } from '../../src/server/handEdits';
import { listClients, saveRecord, updateRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

const t = translatorFor('en');
function rows(emulator: Emulator, sheet: string) {
  const [header = [], ...rest] = emulator.sheetValues(sheet);
  return rest
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}
function fresh(): Emulator {
  const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  expect(saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({ ok: true });
  return emulator;
}
const journal = () => PropertiesService.getDocumentProperties().getProperty(JOURNAL_PROPERTY);

/** Cuts off saveRecord at the first call after which a record exists but its audit row does not. */
function cutOffBetweenRecordAndAudit(emulator: Emulator): number {
  for (let n = 1; n < 200; n += 1) {
    const e = fresh();
    e.calls.failAt(n, 'cutoff');
    try { saveRecord('clients', { name: 'Bravo' }); } catch { /* cut off */ }
    e.calls.clearFault();
    const clients = rows(e, 'Clients').length;
    const audit = rows(e, 'Audit log').filter((r) => r.Action === 'create').length;
    if (clients === 2 && audit === 1 && journal() !== null) return n;
  }
  void emulator;
  throw new Error('no such n');
}

describe('recovery', () => {
  it('a transient fault during the undo of a leftover journal must not drop the journal', () => {
    const n = cutOffBetweenRecordAndAudit(fresh());
    const failures: string[] = [];
    for (let k = 1; k < 40; k += 1) {
      const e = fresh();
      e.calls.failAt(n, 'cutoff');
      try { saveRecord('clients', { name: 'Bravo' }); } catch { /* cut off */ }
      e.calls.clearFault();
      expect(journal()).not.toBeNull();
      e.calls.failAt(k, 'once'); // the recovering execution meets one service error
      try { listClients(); } catch { /* read path */ }
      e.calls.clearFault();
      listClients(); // a later execution, nothing failing
      const clients = rows(e, 'Clients').map((r) => r.ID);
      const audited = new Set(rows(e, 'Audit log').filter((r) => r.Action === 'create').map((r) => r['Record ID']));
      const orphans = clients.filter((id) => !audited.has(id));
      if (orphans.length > 0) failures.push(`k=${k}: ${orphans.join(',')} without audit, journal=${journal()}`);
    }
    expect(failures).toEqual([]);
  });

  it('undo of a cut-off update overwrites what the person typed by hand meanwhile', () => {
    // Find a cut-off of updateRecord after the row write, before the commit.
    for (let n = 1; n < 200; n += 1) {
      const e = fresh();
      e.attachScript((name) => (name === 'onEdit' ? (onEdit as (...a: unknown[]) => unknown) : undefined));
      e.calls.failAt(n, 'cutoff');
      try { updateRecord('clients', 'C-000001', { phone: '0917-111' }, {}); } catch { /* cut off */ }
      e.calls.clearFault();
      const row = rows(e, 'Clients')[0] ?? {};
      if (!(journal() !== null && row.Phone === '0917-111')) continue;
      // The person sees the new phone and corrects it by hand.
      const header = e.sheetValues('Clients')[0] ?? [];
      const phoneCol = header.indexOf('Phone') + 1;
      expect(e.personEdit('Clients', 2, phoneCol, '0917-222').accepted).toBe(true);
      const after = rows(e, 'Clients')[0] ?? {};
      const lastAudit = rows(e, 'Audit log').at(-1) ?? {};
      expect({ phone: after.Phone, audited: lastAudit.After }).toEqual({ phone: '0917-222', audited: '0917-222' });
      return;
    }
    throw new Error('no cut-off point found');
  });

  it('undo of a cut-off append wipes what the person typed into that row meanwhile', () => {
    for (let n = 1; n < 200; n += 1) {
      const e = fresh();
      e.attachScript((name) => (name === 'onEdit' ? (onEdit as (...a: unknown[]) => unknown) : undefined));
      e.calls.failAt(n, 'cutoff');
      try { saveRecord('clients', { name: 'Bravo' }); } catch { /* cut off */ }
      e.calls.clearFault();
      if (!(journal() !== null && rows(e, 'Clients').length === 2)) continue;
      const header = e.sheetValues('Clients')[0] ?? [];
      const notesCol = header.indexOf(t('col.notes' as never)) + 1 || header.indexOf('Notes') + 1;
      expect(notesCol).toBeGreaterThan(0);
      expect(e.personEdit('Clients', 3, notesCol, 'called, wants a quote').accepted).toBe(true);
      const notes = e.sheetValues('Clients').map((r) => r[notesCol - 1]);
      expect(notes).toContain('called, wants a quote');
      return;
    }
    throw new Error('no cut-off point found');
  });
});
