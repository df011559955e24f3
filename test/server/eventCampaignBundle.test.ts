/**
 * An exhibition through the built bundle (dist/Code.js in node:vm, with the library methods Apps
 * Script's V8 may lack removed), as the workbench's sidebar calls it: invite by fax, print the fax
 * invitations, mark attendance (the follow-up scheme planned), add a lead met there. Needs
 * `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const CODE = resolve(import.meta.dirname, '../../dist/Code.js');
const HEAD = 'hana.head@suki.test';

describe.skipIf(!existsSync(CODE))('an exhibition in the bundle', () => {
  it('invites, prints, marks attendance and adds a lead on a stripped V8', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD });
    const runtime = new ScriptRuntime(emulator, CODE);
    const page = (name: string, ...args: unknown[]) =>
      runtime.call(name, args, 'page') as { ok: boolean; message: string; [key: string]: unknown };
    runtime.call('setUpWorkbook');
    expect(
      page('saveRecord', 'clients', { name: 'Alpha Foods', segment: 'Retail', fax: '02 8123 4567' }),
    ).toMatchObject({ ok: true });
    expect(
      page('saveRecord', 'people', { clientId: 'C-000001', name: 'Maria Cruz', primary: 'yes' }),
    ).toMatchObject({ ok: true });
    expect(
      page(
        'saveScheme',
        'After the expo',
        [{ step: 1, dayOffset: 0, channel: 'call', purpose: 'Thanks' }],
        null,
      ),
    ).toMatchObject({ ok: true });
    const campaign = {
      name: 'WOFEX booth',
      channel: 'exhibition',
      date: '2026-01-10',
      cost: 1000,
      followUpScheme: 'After the expo',
    };
    expect(page('saveRecord', 'campaigns', campaign)).toMatchObject({ ok: true, id: 'M-000001' });
    expect(page('inviteToCampaign', 'M-000001', { filter: { segments: ['Retail'] } }, 'fax')).toMatchObject({
      ok: true,
      summary: { invited: 1 },
    });
    expect(page('showFaxInvitations', 'M-000001')).toMatchObject({ ok: true, pages: 1 });
    expect(emulator.ui.dialogs.at(-1)?.html).toContain('Maria Cruz');
    expect(page('markAttendance', 'M-000001', [{ inviteeId: 'V-000001', status: 'attended' }])).toMatchObject(
      {
        ok: true,
        followUpRows: 1,
      },
    );
    expect(page('addLeadFromEvent', 'M-000001', { name: 'Delta Bakery' }, { name: 'Nena' })).toMatchObject({
      ok: true,
      clientId: 'C-000002',
    });
    expect(page('getEventCampaign', 'M-000001')).toMatchObject({ ok: true, counts: { attended: 2 } });
    expect(rowsByHeader(emulator, 'Invitees').map((row) => row.Status)).toEqual(['attended', 'attended']);
  });
});
