import { expect, it } from 'vitest';
import { JOURNAL_PROPERTY } from '../../src/core/tables/writeJournal';
import { listClients, saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import { useEmulator } from '../support/emulatedSheets';
it('debug', () => {
  for (const k of [0, 5, 7, 30]) {
    for (let n = 1; n < 80; n++) {
      const e = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
      setUpWorkbook();
      saveRecord('clients', { name: 'Alpha Foods' });
      e.calls.failAt(n, 'cutoff');
      try { saveRecord('clients', { name: 'Bravo' }); } catch {}
      e.calls.clearFault();
      const j = PropertiesService.getDocumentProperties().getProperty(JOURNAL_PROPERTY);
      const clients = () => e.sheetValues('Clients').slice(1).filter((r) => r[0] !== '').length;
      const audits = () => e.sheetValues('Audit log').slice(1).filter((r) => r[0] !== '').length;
      if (!j) continue;
      const c0 = clients(), a0 = audits();
      const before = e.calls.count();
      if (k) e.calls.failAt(k, 'once');
      let err = '';
      try { listClients(); } catch (x) { err = String(x); }
      const used = e.calls.count() - before;
      e.calls.clearFault();
      console.log(`k=${k} n=${n} before c=${c0} a=${a0} -> after c=${clients()} a=${audits()} calls=${used} err=${err} journal=${PropertiesService.getDocumentProperties().getProperty(JOURNAL_PROPERTY)}`);
    }
  }
  expect(1).toBe(1);
});
