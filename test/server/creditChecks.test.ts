/**
 * Credit checks, as a manager records them before a first order: on their own clients only, each
 * with its date and source, and the forecast and its words take them up at once (the card, at the
 * next report).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { translatorFor } from '../../src/core/i18n/translate';
import { explainForecast } from '../../src/core/reports/forecastWords';
import { analyseWorkbook } from '../../src/server/analysisRun';
import { getClientCard } from '../../src/server/clientCard';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const ANA = 'ana@suki.test';
const BEN = 'ben@suki.test';

let emulator: Emulator;
const as = (email: string) => emulator.setActiveUser(email);

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: HEAD });
  main.setUpWorkbook();
  for (const [email, name] of [
    [ANA, 'Ana'],
    [BEN, 'Ben'],
  ])
    expect(main.saveRecord('team', { email, name, role: 'manager' })).toMatchObject({ ok: true });
  expect(main.saveRecord('clients', { name: 'Alpha Foods', owner: ANA })).toMatchObject({ id: 'C-000001' });
  expect(main.saveRecord('clients', { name: 'Bravo Trading', owner: BEN })).toMatchObject({ id: 'C-000002' });
});

const reference = (clientId: string, fields: Record<string, string> = {}) => ({
  clientId,
  checkedDate: '2026-01-15',
  kind: 'tradeReference',
  outcome: 'bad',
  source: 'Reference call with Luzon Paper Supply',
  ...fields,
});

describe('credit checks', () => {
  it('are recorded on the manager’s own client, owned by the client’s owner, and refused elsewhere', () => {
    as(ANA);
    expect(main.saveRecord('evidence', reference('C-000001'))).toMatchObject({ ok: true, id: 'E-000001' });
    const [row] = rowsByHeader(emulator, 'Credit checks');
    expect(row).toMatchObject({
      Client: 'C-000001',
      Evidence: 'tradeReference',
      Outcome: 'bad',
      Source: 'Reference call with Luzon Paper Supply',
      Owner: ANA,
    });
    // Ben's client: refused, nothing written.
    expect(main.saveRecord('evidence', reference('C-000002'))).toMatchObject({ ok: false });
    expect(rowsByHeader(emulator, 'Credit checks')).toHaveLength(1);
  });

  it('need a source and a known outcome, each refused by name', () => {
    as(ANA);
    const answer = main.saveRecord('evidence', reference('C-000001', { source: ' ', outcome: 'maybe' }));
    expect(answer.ok).toBe(false);
    const fields = answer.ok ? [] : answer.fieldErrors.map((e) => e.field).sort();
    expect(fields).toEqual(['outcome', 'source']);
    expect(rowsByHeader(emulator, 'Credit checks')).toHaveLength(0);
  });

  it('move the prospect’s forecast, and its words say so', () => {
    // The forecast as every report computes it (the card shows its chance from the Clients row).
    const forecastOf = () => {
      const { ctx } = analyseWorkbook(translatorFor('en'));
      const forecast = ctx.analysis.reliability.clients.find((f) => f.clientId === 'C-000001');
      if (!forecast) throw new Error('no forecast');
      return { forecast, words: explainForecast(ctx.t, forecast) };
    };
    const before = forecastOf();
    as(ANA);
    // Checked today, so it counts in full (evidence ages like payments).
    const today = isoDateInZone(new Date(), emulator.spreadsheet.getSpreadsheetTimeZone());
    expect(main.saveRecord('evidence', reference('C-000001', { checkedDate: today }))).toMatchObject({
      ok: true,
    });
    const after = forecastOf();
    // No payments anywhere: the flat prior 50%, and a bad reference worth one invoice late on top.
    expect(before.forecast.probability).toBeCloseTo(0.5, 6);
    expect(after.forecast.probability).toBeCloseTo(2 / 3, 6);
    expect(before.words).toContain('add a trade reference to narrow it');
    expect(after.words).toBe(
      `Trade reference bad ×1; no payments yet; 67% likely to pay the next one late (80% range ${Math.round(after.forecast.low * 100)}–${Math.round(after.forecast.high * 100)}%)`,
    );
    // A report puts the chance on the client's row, where the card shows it.
    as(HEAD);
    main.reportReliability();
    expect(getClientCard('C-000001')).toMatchObject({ ok: true, forecast: { lateChance: 67, band: 'high' } });
  });
});
