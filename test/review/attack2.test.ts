/** Review scratch: more defects. */
import { describe, expect, it } from 'vitest';
import { JOURNAL_PROPERTY } from '../../src/core/tables/writeJournal';
import { importClients } from '../../src/server/clientImport';
import { onEdit } from '../../src/server/handEdits';
import { getRecord, listClients, saveRecord, updateRecord } from '../../src/server/records';
import { reportClaims } from '../../src/server/reports';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

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
const col = (e: Emulator, sheet: string, label: string) => (e.sheetValues(sheet)[0] ?? []).indexOf(label) + 1;

describe('more', () => {
  it('a report clears a copy a person made of it, once the original is gone', () => {
    const e = fresh();
    reportClaims();
    const reportName = e.spreadsheet.getSheets().map((s) => s.getName()).find((n) => /claim/i.test(n)) as string;
    const copy = e.personDuplicateSheet(reportName);
    e.uncounted(() => {
      const sheet = e.spreadsheet.getSheetByName(copy) as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange(1, 20).setValue('my notes for the March review');
      e.spreadsheet.deleteSheet(e.spreadsheet.getSheetByName(reportName) as GoogleAppsScript.Spreadsheet.Sheet);
    });
    reportClaims();
    const kept = e.sheetValues(copy).flat();
    expect(kept).toContain('my notes for the March review');
  });

  it('undo of a cut-off import after a sort: calls grow with the import size', () => {
    const counts: number[] = [];
    for (const size of [20, 200]) {
      const e = fresh();
      const csv = ['Name', ...Array.from({ length: size }, (_, i) => `Imported ${String(i).padStart(4, '0')}`)].join('\n');
      // find a cut-off after the clients write, before commit
      let armed = false;
      for (let n = 1; n < 400 && !armed; n += 1) {
        const f = fresh();
        f.calls.failAt(n, 'cutoff');
        try { importClients({ csv }, null); } catch { /* cut */ }
        f.calls.clearFault();
        if (journal() !== null && rows(f, 'Clients').length === size + 1) {
          armed = true;
          // interleave: a person sorts by name descending so imported rows are not adjacent... add others
          const nameCol = col(f, 'Clients', 'Name');
          f.uncounted(() => {
            const s = f.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
            // a person's own rows typed between: give every other imported row a neighbour
            const last = s.getLastRow();
            for (let r = 0; r < size; r += 2) s.getRange(last + 1 + r / 2, 1, 1, 2).setValues([[`X-${r}`, `Imported ${String(r).padStart(4, '0')}a`]]);
            s.getRange(2, 1, s.getLastRow() - 1, s.getLastColumn()).sort(nameCol);
          });
          const before = f.calls.count();
          listClients();
          counts.push(f.calls.count() - before);
          expect(rows(f, 'Clients').filter((r) => String(r.Name).startsWith('Imported') && !String(r.Name).endsWith('a'))).toEqual([]);
        }
      }
      void e;
      expect(armed).toBe(true);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('a hand-typed 15-digit ID: the next append is journalled as C-000000 and its undo clears nothing', () => {
    const e = fresh();
    e.attachScript((name) => (name === 'onEdit' ? (onEdit as (...a: unknown[]) => unknown) : undefined));
    e.uncounted(() => {
      const s = e.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
      s.getRange(3, 1, 1, 2).setValues([['C-999999999999999', 'Typed by hand']]);
    });
    const saved = saveRecord('clients', { name: 'Next' });
    expect(saved).toMatchObject({ ok: true });
    const id = (saved as { id: string }).id;
    // Now cut a save off after its row was written and check the undo finds it
    for (let n = 1; n < 200; n += 1) {
      e.calls.failAt(n, 'cutoff');
      try { saveRecord('clients', { name: `Cut ${n}` }); } catch { /* cut */ }
      e.calls.clearFault();
      const j = journal();
      const cut = rows(e, 'Clients').find((r) => r.Name === `Cut ${n}`);
      if (j && cut) {
        listClients();
        expect({ id, journal: j, remains: rows(e, 'Clients').some((r) => r.Name === `Cut ${n}`) }).toEqual({ id, journal: j, remains: false });
        return;
      }
      listClients();
    }
    throw new Error('not found');
  });

  it('undo of an update turns text in a date column into another date', () => {
    const e = fresh();
    const c = col(e, 'Clients', 'Next contact');
    expect(c).toBeGreaterThan(0);
    e.uncounted(() => {
      const s = e.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
      s.getRange(2, c).setNumberFormat('@').setValue('2026-02-30');
    });
    expect(getRecord('clients', 'C-000001')).toMatchObject({ ok: true, record: { nextContactDate: '2026-02-30' } });
    for (let n = 1; n < 200; n += 1) {
      e.calls.failAt(n, 'cutoff');
      try { updateRecord('clients', 'C-000001', { nextContactDate: '2026-03-05' }, {}); } catch { /* cut */ }
      e.calls.clearFault();
      const j = journal();
      listClients();
      const now = e.sheetValues('Clients')[1]?.[c - 1];
      if (j) {
        expect(now).toBe('2026-02-30');
        return;
      }
    }
    throw new Error('not found');
  });
});
