/** Every report runs from the menu on a generated workbook of thousands of clients. */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/analysis/settings';
import { isoDateInZone } from '../../src/core/dates';
import type { MessageKey } from '../../src/core/i18n/en';
import { type Translator, translatorFor } from '../../src/core/i18n/translate';
import { DASHBOARD, REPORTS } from '../../src/core/reports/reportCatalog';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { analyseWorkbook } from '../../src/server/analysisRun';
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

  it('writes the late-payment chance and band and the ABC/XYZ classes into the Clients table', () => {
    run('reportAbcXyz');
    const clients = rowsByHeader(emulator, 'Clients');
    const classes = new Set(clients.map((c) => c['ABC class']));
    expect([...classes].sort()).toEqual(['', 'A', 'B', 'C'].filter((c) => classes.has(c)));
    expect(classes.has('A') && classes.has('C')).toBe(true);
    expect(clients.every((c) => ['', 'X', 'Y', 'Z'].includes(String(c['XYZ class'])))).toBe(true);
    expect(clients.some((c) => c['XYZ class'] !== '')).toBe(true);
    // The old score's column is gone.
    expect(Object.keys(clients[0] ?? {})).not.toContain('Reliability score');
    // Every client the analysis read (archived ones are left out) gets a whole percent and its band.
    const current = clients.filter((c) => c['Archived at'] === '');
    expect(current.length).toBeGreaterThan(100);
    const { mediumFrom, highFrom } = DEFAULT_SETTINGS.reliability;
    for (const c of current) {
      const chance = c['Late-payment chance (%)'];
      expect(Number.isInteger(chance), String(c.ID)).toBe(true);
      expect(chance as number).toBeGreaterThanOrEqual(0);
      expect(chance as number).toBeLessThanOrEqual(100);
      // The band follows the unrounded chance, so the rounded one may sit on the cut-off itself.
      const band = c['Late-payment band'];
      if (band === 'high') expect(chance as number).toBeGreaterThanOrEqual(highFrom * 100);
      else if (band === 'medium') {
        expect(chance as number).toBeGreaterThanOrEqual(mediumFrom * 100);
        expect(chance as number).toBeLessThanOrEqual(highFrom * 100);
      } else {
        expect(band, String(c.ID)).toBe('low');
        expect(chance as number).toBeLessThanOrEqual(mediumFrom * 100);
      }
    }
    expect(new Set(current.map((c) => c['Late-payment band'])).size).toBeGreaterThan(1);
    // And each is the forecast's: round(probability × 100), the same band.
    const { ctx } = analyseWorkbook(translatorFor('en'));
    for (const id of ['C-000001', 'C-000002', 'C-000003', 'C-000010', 'C-000100']) {
      const forecast = ctx.analysis.reliability.clients.find((f) => f.clientId === id);
      if (!forecast) throw new Error(`${id}: no forecast`);
      const row = clients.find((c) => c.ID === id);
      expect(row?.['Late-payment chance (%)'], id).toBe(Math.round(forecast.probability * 100));
      expect(row?.['Late-payment band'], id).toBe(forecast.band);
      // The card shows the forecast from these columns: it reads one client's rows, not the book.
      const card = getClientCard(id);
      if (!card.ok) throw new Error(card.message);
      expect(card.forecast, id).toEqual({
        lateChance: row?.['Late-payment chance (%)'],
        band: forecast.band,
      });
    }
  });

  it('writes the Reliability report: the forecast with why, then account health, in English and Filipino', () => {
    const current = rowsByHeader(emulator, 'Clients').filter((c) => c['Archived at'] === '');
    const chanceOf = new Map(current.map((c) => [String(c.ID), c['Late-payment chance (%)']]));
    /** The sheet's blocks: the forecast's rows, then the health block's, each after its header. */
    const blocks = (t: Translator) => {
      run('reportReliability');
      expect(emulator.ui.alerts).toEqual([]);
      const values = emulator.sheetValues(sheetByReport('reliability')?.getName() ?? '');
      expect(values[0]?.[0]).toBe(t('report.reliability.title'));
      const rowsAfter = (header: readonly string[]) => {
        const at = values.findIndex((row) => header.every((label, i) => row[i] === label));
        expect(at, header.join(' | ')).toBeGreaterThan(0);
        expect(String(values[at - 1]?.[0])).not.toBe('');
        const end = values.findIndex((row, i) => i > at && row.every((cell) => cell === ''));
        // The block's title stands above its note's lines, which stand above the header.
        let top = at - 1;
        while (top > 0 && String(values[top - 1]?.[0] ?? '') !== '') top--;
        return { title: String(values[top]?.[0]), rows: values.slice(at + 1, end < 0 ? undefined : end) };
      };
      const forecast = rowsAfter([
        t('col.clientRef'),
        t('report.reliability.chance'),
        t('report.reliability.low'),
        t('report.reliability.high'),
        t('col.client.reliabilityBand'),
        t('report.reliability.evidence'),
        t('report.reliability.why'),
      ]);
      const health = rowsAfter([
        t('col.clientRef'),
        t('report.health.claims'),
        t('report.health.obligations'),
        t('report.health.months'),
        t('report.health.xyz'),
        t('report.health.credit'),
      ]);
      expect(forecast.title.startsWith(t('report.reliability.clients'))).toBe(true);
      expect(health.title.startsWith(t('report.health.title'))).toBe(true);
      // One row per client in each block, most likely to pay late first, in the same order.
      expect(forecast.rows).toHaveLength(current.length);
      expect(health.rows.map((r) => r[0])).toEqual(forecast.rows.map((r) => r[0]));
      const chances = forecast.rows.map((r) => r[1] as number);
      expect(chances).toEqual([...chances].sort((a, b) => b - a));
      const bands = ['low', 'medium', 'high'].map((b) => t(`choice.reliabilityBand.${b}` as MessageKey));
      for (const [client, chance, low, high, band, evidence, why] of forecast.rows) {
        const id = String(client).split(' ')[0] ?? '';
        expect(chanceOf.get(id), id).toBe(Math.round((chance as number) * 100));
        expect([chance, low, high].every((p) => typeof p === 'number' && p >= 0 && p <= 1)).toBe(true);
        expect(low as number).toBeLessThanOrEqual(high as number);
        expect(bands).toContain(band);
        expect(Number.isInteger(evidence)).toBe(true);
        // The Why sentence says the chance, the same in percent as the chance column.
        expect(String(why)).toContain(`${Math.round((chance as number) * 100)}%`);
      }
      for (const [, claims, kept, months, xyz, credit] of health.rows) {
        expect(claims === '' || (typeof claims === 'number' && claims >= 0)).toBe(true);
        expect(kept === '' || (typeof kept === 'number' && kept >= 0 && kept <= 1)).toBe(true);
        expect(months === '' || /^\d+ \/ \d+$/.test(String(months))).toBe(true);
        expect(['', 'X', 'Y', 'Z']).toContain(xyz);
        expect(credit === '' || (typeof credit === 'number' && credit >= 0)).toBe(true);
      }
      expect(health.rows.some((r) => r[1] !== '')).toBe(true);
      expect(health.rows.some((r) => r[5] !== '')).toBe(true);
      return { forecast: forecast.rows, why: forecast.rows.map((r) => String(r[6])) };
    };

    const english = blocks(translatorFor('en'));
    expect(english.why.every((w) => /likely to pay the next one late|no history yet/.test(w))).toBe(true);
    expect(
      english.why.some((w) => /paid \d+ of \d+ invoices late|paid all \d+ invoices on time/.test(w)),
    ).toBe(true);
    try {
      // The report speaks the workbook's language, whoever runs it: a head switches it.
      emulator.ui.queuePromptResponse('2');
      server.chooseWorkbookLanguage();
      const filipino = blocks(translatorFor('fil'));
      expect(filipino.forecast.map((r) => r.slice(0, 4))).toEqual(english.forecast.map((r) => r.slice(0, 4)));
      expect(
        filipino.why.every((w) => /ang tsansang mahuli ang susunod na bayad|wala pang kasaysayan/.test(w)),
      ).toBe(true);
      expect(filipino.why.some((w) => /likely|invoices late|on time/.test(w))).toBe(false);
    } finally {
      emulator.ui.queuePromptResponse('1');
      server.chooseWorkbookLanguage();
    }
  });

  it('fills the dashboard with real figures', () => {
    run('refreshDashboard');
    const sheet = sheetByReport('dashboard');
    const values = emulator.sheetValues(sheet?.getName() ?? '');
    /** A key figure: beside its label (a block's line) or under it (a tile). */
    const figure = (label: string) => {
      for (const [r, row] of values.entries()) {
        const c = row.indexOf(label);
        if (c < 0) continue;
        const below = values[r + 1]?.[c];
        return typeof below === 'number' ? below : row[c + 1];
      }
      return undefined;
    };
    const clients = rowsByHeader(emulator, 'Clients');
    expect(figure('A clients')).toBe(clients.filter((c) => c['ABC class'] === 'A').length);
    expect(figure('Open claims')).toBeGreaterThan(0);
    expect(figure('Open pipeline value')).toBeGreaterThan(0);
    expect(values.some((row) => row.includes('rafael.mendoza@suki-demo.ph'))).toBe(true);
    // ABC classes, the funnel, the claims Pareto, win/loss, and the trends (test/server/dashboard.test.ts).
    expect(emulator.uncounted(() => sheet?.getCharts().length)).toBeGreaterThanOrEqual(4);
  });

  it('shows one client at a glance on the client card', () => {
    const card = getClientCard('C-000001');
    expect(card.ok).toBe(true);
    if (!card.ok) return;
    expect(card.client.id).toBe('C-000001');
    // The forecast and the ABC class as the last report computed them from the whole book, with
    // when: today, and this client unchanged since, so not stale.
    const forecast = card.forecast;
    if (!forecast) throw new Error('no forecast');
    expect(forecast.lateChance).toBeGreaterThanOrEqual(0);
    expect(forecast.lateChance).toBeLessThanOrEqual(100);
    run('reportReliability');
    const report = emulator.sheetValues(sheetByReport('reliability')?.getName() ?? '');
    const row = report.find((r) => String(r[0]).startsWith('C-000001 '));
    // The report shows the chance as a share of one, formatted as a percentage.
    expect(Math.round(Number(row?.[1]) * 100)).toBe(forecast.lateChance);
    const after = getClientCard('C-000001');
    expect(after.ok && after.computed.stale).toBe(false);
    expect(after.ok && after.computed.at?.slice(0, 4)).toBe(TODAY.slice(0, 4));
    // Account health beside it, one line per indicator measured, never a NaN.
    expect(card.health.length).toBeGreaterThan(0);
    expect(card.health.every((line) => line !== '' && !/NaN|Infinity/.test(line))).toBe(true);
    expect(card.health.some((line) => line.startsWith('Claims per order:'))).toBe(true);
    expect(['A', 'B', 'C']).toContain(card.abcClass);
    expect(getClientCard('C-999999')).toMatchObject({ ok: false });
  });
});

/**
 * Calls that size columns follow the data, not its length: a longer name makes a column wrap (a
 * setWrap per block of it), equal widths share one setColumnWidths. However many rows, they stay
 * within one per block column.
 */
const SIZING_CALLS = ['Sheet.setColumnWidths', 'Range.setWrap', 'Sheet.getRange'];

describe('report service calls do not grow with rows', () => {
  it('every report and the dashboard cost the same calls at 200 and 1,000 clients', {
    timeout: 180_000,
  }, () => {
    const entries = [...REPORTS, DASHBOARD];
    const [small, large] = [200, 1_000].map((clients) => {
      const e = seededWorkbook(clients);
      const counts: Record<string, Record<string, number>> = {};
      const { ctx } = analyseWorkbook(translatorFor('en'));
      for (const entry of entries) {
        run(entry.functionName); // creates the sheet and warms the remembered table places
        e.calls.reset();
        run(entry.functionName);
        const all = e.calls.byKind();
        const blockColumns = entry.build(ctx).blocks.reduce((sum, block) => sum + block.columns.length, 0);
        const kept = Object.fromEntries(Object.entries(all).filter(([kind]) => !SIZING_CALLS.includes(kind)));
        for (const kind of SIZING_CALLS.slice(0, 2))
          expect(all[kind] ?? 0, `${entry.key} ${kind}`).toBeLessThanOrEqual(blockColumns);
        // Every other range is the same: the values, the formats, the headers, the charts'.
        kept.ranges = (all['Sheet.getRange'] ?? 0) - (all['Range.setWrap'] ?? 0);
        counts[entry.key] = kept;
      }
      return counts;
    });
    for (const entry of entries) expect(large?.[entry.key], entry.key).toEqual(small?.[entry.key]);
  });
});
