/**
 * The daily dashboard refresh and the daily digest, through the bundle: one installable on-open
 * trigger per head, each part at most daily.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const CODE = resolve(import.meta.dirname, '../../dist/Code.js');

describe('daily dashboard refresh', () => {
  it('is installed once, refreshes on open when a day old, and is removed', () => {
    const emulator = useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph' });
    const runtime = new ScriptRuntime(emulator, CODE);
    runtime.call('setUpWorkbook');
    runtime.call('enableDailyDashboard');
    runtime.call('enableDailyDashboard');
    const triggers = emulator.triggers();
    expect(triggers.map((t) => [t.functionName, t.eventType])).toEqual([
      ['refreshDashboardOnOpen', 'ON_OPEN'],
    ]);

    const dashboardSheets = () =>
      emulator.spreadsheet.getSheets().filter((s) => s.getName() === 'Dashboard').length;
    expect(dashboardSheets()).toBe(0);
    emulator.personOpen('LIMITED');
    expect(emulator.triggerErrors).toEqual([]);
    expect(dashboardSheets()).toBe(1);
    const refreshed = emulator.ui.toasts.filter((t) => t.message.startsWith('Dashboard: written')).length;

    emulator.personOpen('LIMITED'); // an hour later: not again
    expect(emulator.ui.toasts.filter((t) => t.message.startsWith('Dashboard: written')).length).toBe(
      refreshed,
    );
    // A day later: the script reads the real clock, so the last refresh is moved back instead.
    emulator.uncounted(() =>
      emulator.globals.PropertiesService.getDocumentProperties().setProperty(
        'suki.dashboard.refreshedAt',
        '0',
      ),
    );
    emulator.personOpen('LIMITED');
    expect(emulator.ui.toasts.filter((t) => t.message.startsWith('Dashboard: written')).length).toBe(
      refreshed + 1,
    );

    runtime.call('disableDailyDashboard');
    expect(emulator.triggers()).toEqual([]);
  });

  it('runs as the head who turned it on when a manager opens the file, and says so in the audit log', () => {
    const emulator = useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph' });
    const runtime = new ScriptRuntime(emulator, CODE);
    runtime.call('setUpWorkbook');
    runtime.call('enableDailyDashboard');
    emulator.setActiveUser('mara@suki-demo.ph');
    emulator.personOpen('LIMITED');
    expect(emulator.triggerErrors).toEqual([]);
    const computed = rowsByHeader(emulator, 'Audit log').filter((row) => row.Action === 'computed');
    expect(computed.map((row) => row.Who)).toEqual(['ligaya.santos@suki-demo.ph']);
  });

  it('sends the daily digest a head turned on, on the first opening, from that head', () => {
    const head = 'ligaya.santos@suki-demo.ph';
    const emulator = useEmulator({ activeUserEmail: head });
    const runtime = new ScriptRuntime(emulator, CODE);
    runtime.call('setUpWorkbook');
    runtime.call('enableDailyDashboard');
    runtime.call('enableDailyDigest');
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain('counts against your MailApp quota');
    expect(emulator.triggers().map((t) => [t.functionName, t.owner])).toEqual([
      ['refreshDashboardOnOpen', head],
    ]);
    emulator.setActiveUser('mara@suki-demo.ph');
    emulator.personOpen('LIMITED');
    emulator.personOpen('LIMITED');
    expect(emulator.triggerErrors).toEqual([]);
    // The team is the head alone: their summary, once.
    expect(emulator.mail.outbox.map((mail) => [mail.from, mail.to])).toEqual([[head, head]]);
    emulator.setActiveUser(head);
    runtime.call('disableDailyDigest');
    expect(emulator.triggers()).toHaveLength(1);
    runtime.call('disableDailyDashboard');
    expect(emulator.triggers()).toEqual([]);
  });
});
