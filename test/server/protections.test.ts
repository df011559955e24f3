/**
 * The warnings set-up puts on the logs Suki alone writes (src/gas/teamProtections.ts): the audit
 * log, and the send log, whose "sent" rows are what keep a campaign from mailing anyone twice (a row
 * deleted by hand could mail that person again). A warning, not a lock: scripts run as the person,
 * so a manager's Suki must still append to both.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const MANAGER = 'mario.manager@suki.test';
const LOGS = ['Audit log', 'Send log'] as const;

let emulator: Emulator;

/** The sheet-wide protections of a sheet, as Sheets lists them (uncounted). */
function sheetProtections(name: string) {
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).map((protection) => ({
      warningOnly: protection.isWarningOnly(),
      description: protection.getDescription(),
    }));
  });
}

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: HEAD, mailQuota: 100 });
  main.setUpWorkbook();
});

describe('the logs Suki writes', () => {
  it.each(LOGS)('set-up puts a warning on the whole %s sheet, once however often it runs', (name) => {
    const expected = [{ warningOnly: true, description: expect.stringMatching(/^Suki: /) }];
    expect(sheetProtections(name)).toEqual(expected);
    main.setUpWorkbook();
    expect(sheetProtections(name)).toEqual(expected);
  });

  it('warns a person, but a manager’s Suki still writes both logs', () => {
    expect(main.saveRecord('team', { email: MANAGER, name: 'Mario Santos', role: 'manager' })).toMatchObject({
      ok: true,
    });
    expect(main.saveRecord('clients', { name: 'Alpha Foods', owner: MANAGER })).toMatchObject({ ok: true });
    expect(
      main.saveRecord('people', {
        clientId: 'C-000001',
        name: 'Ana',
        email: 'ana@alpha.test',
        owner: MANAGER,
      }),
    ).toMatchObject({ ok: true });
    expect(
      main.saveRecord('campaigns', {
        name: 'News',
        channel: 'email',
        owner: MANAGER,
        mailSubject: 'News',
        mailBody: 'Dear {{person.name}}',
      }),
    ).toMatchObject({ ok: true });
    emulator.setActiveUser(MANAGER);
    const preview = main.previewCampaignMail('M-000001', {});
    expect(preview).toMatchObject({ ok: true, recipientCount: 1 });
    expect(main.startCampaignMail('M-000001', {}, 1)).toMatchObject({ ok: true, status: { state: 'done' } });
    const sendLog = emulator.sheetValues('Send log');
    expect(sendLog.slice(1).map((row) => row[sendLog[0]?.indexOf('Status') ?? -1])).toEqual([
      'Queued',
      'Sent',
    ]);
    // A person may still edit (Sheets asks them first): a warning never refuses.
    expect(emulator.personEdit('Send log', 2, 2, 'x')).toMatchObject({ accepted: true });
  });
});
