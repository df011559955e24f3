/**
 * The opt-out as people type it (issue #13 review): set-up's dropdown stores `yes` or `no`, but a
 * cell without a dropdown (a row the table grew into, a dropdown someone removed) takes whatever a
 * person types. Anything but a blank or a "no" (in either language, any case) means "do not mail",
 * both when the campaign starts and when a waiting campaign goes on.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader } from '../support/emulatedSheets';
import { deliveries, mailWorkbook, previewAndStart, sendLog } from './mailCampaignFixture';

/** A person types `value` into the opt-out of `email`'s row, in a cell without a dropdown. */
function typeOptOut(emulator: Emulator, email: string, value: string): void {
  const row = rowsByHeader(emulator, 'People').findIndex((r) => r['E-mail'] === email) + 2;
  const column = (emulator.sheetValues('People')[0] ?? []).indexOf('Opted out of mail') + 1;
  expect(row).toBeGreaterThan(1);
  emulator.uncounted(() =>
    emulator.spreadsheet.getSheetByName('People')?.getRange(row, column).clearDataValidations(),
  );
  expect(emulator.personEdit('People', row, column, value)).toMatchObject({ accepted: true });
}

describe('an opt-out typed by hand where there is no dropdown', () => {
  it.each(['Yes', ' OO ', 'x'])('"%s" keeps the person from being mailed', (typed) => {
    const emulator = mailWorkbook({ people: 2 });
    typeOptOut(emulator, 'ana1@alpha.test', typed);
    const preview = main.previewCampaignMail('M-000001', {});
    expect(preview).toMatchObject({ ok: true, recipientCount: 1 });
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'done' } });
    expect([...deliveries(emulator).keys()]).toEqual(['ana0@alpha.test']);
    expect(
      sendLog(emulator)
        .filter((row) => row.email === 'ana1@alpha.test')
        .map((row) => [row.status, row.reason]),
    ).toEqual([['skipped', 'optedOut']]);
  });

  it.each(['No', ' hindi ', ''])('"%s" leaves the person on the list', (typed) => {
    const emulator = mailWorkbook({ people: 2 });
    typeOptOut(emulator, 'ana1@alpha.test', typed);
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'done' } });
    expect(deliveries(emulator).get('ana1@alpha.test')).toBe(1);
  });

  it('typed while a campaign waits for its quota, it is honoured when the campaign goes on', () => {
    const emulator = mailWorkbook({ people: 3, mailQuota: 2 });
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'paused', pause: 'quota' } });
    expect(deliveries(emulator).has('ana2@alpha.test')).toBe(false);
    typeOptOut(emulator, 'ana2@alpha.test', 'Oo');
    emulator.advanceClock(24 * 3_600_000);
    expect(main.continueCampaignMail('M-000001')).toMatchObject({ ok: true, status: { state: 'done' } });
    expect(deliveries(emulator).has('ana2@alpha.test')).toBe(false);
    expect(
      sendLog(emulator)
        .filter((row) => row.email === 'ana2@alpha.test')
        .map((row) => [row.status, row.reason]),
    ).toEqual([
      ['queued', ''],
      ['skipped', 'optedOut'],
    ]);
  });
});
