/** Every report runs from the menu on a generated workbook of thousands of clients. */
import { beforeAll, describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { REPORTS } from '../../src/core/reports/reportCatalog';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { getClientCard } from '../../src/server/clientCard';
import * as server from '../../src/server/main';
import { setUpWorkbook } from '../../src/server/setup';
import { generateDemoWorkbook } from '../../workbench/demo';
import type { Emulator } from '../../workbench/emulator';
import { writeTableRecords } from '../../workbench/seed';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const TODAY = isoDateInZone(new Date(), 'Asia/Manila');
const run = (name: string) => (server as unknown as Record<string, () => void>)[name]?.();

function seededWorkbook(clients: number): Emulator {
  const emulator = useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph' });
  setUpWorkbook();
  const demo = generateDemoWorkbook({ asOf: TODAY, size: { clients } });
  for (const table of ALL_TABLES)
    writeTableRecords(emulator, table, demo.tables[table.key] ?? [], 'Asia/Manila');
  return emulator;
}

let emulator: Emulator;
beforeAll(() => {
  emulator = seededWorkbook(2_000);
});

const sheetByReport = (key: string) =>
  emulator.uncounted(() => {
    const tag = emulator.spreadsheet
      .createDeveloperMetadataFinder()
      .withKey('suki.report')
      .withValue(key)
      .find()[0];
    return tag?.getLocation().getSheet() ?? null;
  });

describe('reports on 2,000 generated clients', () => {
  it.each(REPORTS.map((r) => [r.key, r] as const))(
    '%s writes its sheet and says what it did',
    (key, report) => {
      run(report.functionName);
      expect(emulator.ui.alerts).toEqual([]);
      const sheet = sheetByReport(key);
      expect(sheet).not.toBeNull();
      const values = emulator.sheetValues(sheet?.getName() ?? '');
      expect(String(values[1]?.[0])).toContain(TODAY);
      expect(values.length).toBeGreaterThan(5);
      expect(emulator.ui.toasts.at(-1)?.message).toMatch(/written, \d+ rows/);
      const formulas = emulator.uncounted(() => sheet?.getDataRange().getFormulas().flat().filter(Boolean));
      expect(formulas).toEqual([]);
    },
  );

  it('draws native charts where a picture says more', () => {
    for (const key of ['abcXyz', 'claims', 'competitors']) {
      expect(
        emulator.uncounted(() => sheetByReport(key)?.getCharts().length),
        key,
      ).toBeGreaterThan(0);
    }
  });

  it('is idempotent: running a report twice leaves one sheet with the same content', () => {
    run('reportClaims');
    const first = emulator.sheetValues(sheetByReport('claims')?.getName() ?? '');
    const charts = emulator.uncounted(() => sheetByReport('claims')?.getCharts().length);
    run('reportClaims');
    expect(emulator.sheetValues(sheetByReport('claims')?.getName() ?? '')).toEqual(first);
    expect(emulator.uncounted(() => sheetByReport('claims')?.getCharts().length)).toBe(charts);
  });

  it('writes reliability and ABC/XYZ classes into the Clients table', () => {
    run('reportAbcXyz');
    const clients = rowsByHeader(emulator, 'Clients');
    const classes = new Set(clients.map((c) => c['ABC class']));
    expect([...classes].sort()).toEqual(['', 'A', 'B', 'C'].filter((c) => classes.has(c)));
    expect(classes.has('A') && classes.has('C')).toBe(true);
    const scores = clients.map((c) => c['Reliability score']).filter((s) => s !== '');
    expect(scores.length).toBeGreaterThan(100);
    expect(scores.every((s) => typeof s === 'number' && s >= 0 && s <= 100)).toBe(true);
  });

  it('fills the dashboard with real figures', () => {
    run('refreshDashboard');
    const sheet = sheetByReport('dashboard');
    const values = emulator.sheetValues(sheet?.getName() ?? '');
    const figure = (label: string) => values.find((row) => row[0] === label)?.[1];
    const clients = rowsByHeader(emulator, 'Clients');
    expect(figure('A clients')).toBe(clients.filter((c) => c['ABC class'] === 'A').length);
    expect(figure('Open claims')).toBeGreaterThan(0);
    expect(figure('Open pipeline value')).toBeGreaterThan(0);
    expect(values.some((row) => row[0] === 'rafael.mendoza@suki-demo.ph')).toBe(true);
    expect(emulator.uncounted(() => sheet?.getCharts().length)).toBe(4);
  });

  it('shows one client at a glance on the client card', () => {
    const card = getClientCard('C-000001');
    expect(card.ok).toBe(true);
    if (!card.ok) return;
    expect(card.client.id).toBe('C-000001');
    expect(card.reliability?.clientId).toBe('C-000001');
    expect(['A', 'B', 'C']).toContain(card.abcClass);
    expect(getClientCard('C-999999')).toMatchObject({ ok: false });
  });
});

describe('report service calls do not grow with rows', () => {
  it('every report and the dashboard cost the same calls at 200 and 1,000 clients', {
    timeout: 180_000,
  }, () => {
    const names = [...REPORTS.map((r) => r.functionName), 'refreshDashboard'];
    const [small, large] = [200, 1_000].map((clients) => {
      const e = seededWorkbook(clients);
      const counts: Record<string, Record<string, number>> = {};
      for (const name of names) {
        run(name); // creates the sheet and warms the remembered table places
        e.calls.reset();
        run(name);
        counts[name] = e.calls.byKind();
      }
      return counts;
    });
    for (const name of names) expect(large?.[name], name).toEqual(small?.[name]);
  });
});
