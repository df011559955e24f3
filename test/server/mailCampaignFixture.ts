/**
 * A workbook for the e-mail campaign tests: a head, two managers, their clients and the people at
 * them, and an e-mail campaign of Mario's with a template using merge fields.
 */
import { expect, vi } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator, EmulatorOptions } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';

export const HEAD = 'hana.head@suki.test';
export const MARIO = 'mario.manager@suki.test';
export const LIZA = 'liza.manager@suki.test';

/** The campaign's template: subject and body with merge fields and a fallback. */
export const TEMPLATE = {
  mailSubject: 'News for {{client.name}}',
  mailBody: 'Dear {{person.name|Sir or Madam}},\n\nOur new catalogue is out.\n\nRegards,\n{{sender.name}}',
};

/** Saves a record, expecting it saved; returns its ID. */
export function save(table: string, record: Record<string, unknown>): string {
  const answer = main.saveRecord(table, record, { allowDuplicate: true });
  expect(answer, JSON.stringify(record)).toMatchObject({ ok: true });
  return (answer as { id: string }).id;
}

/**
 * The workbook: clients C-000001 (Alpha, Mario's), C-000002 (Bravo, Liza's), C-000003 (Charlie,
 * Mario's); `people` people at Alpha and Charlie (ana0@alpha.test …), one at Bravo; campaign
 * M-000001 (e-mail, Mario's). Acts as Mario at the end.
 */
export function mailWorkbook(options: EmulatorOptions & { people?: number } = {}): Emulator {
  const emulator = useEmulator({ activeUserEmail: HEAD, mailQuota: 1000, ...options });
  // Installable triggers reach the server's top-level functions, as the bundle's would.
  emulator.attachScript((name) => {
    const fn = (main as unknown as Record<string, unknown>)[name];
    return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
  });
  main.setUpWorkbook();
  save('team', { email: MARIO, name: 'Mario Santos', role: 'manager' });
  save('team', { email: LIZA, name: 'Liza Reyes', role: 'manager' });
  save('clients', { name: 'Alpha Foods', owner: MARIO, segment: 'Food', tier: 'key' });
  save('clients', { name: 'Bravo Logistics', owner: LIZA, segment: 'Logistics', tier: 'small' });
  save('clients', { name: 'Charlie Hardware', owner: MARIO, segment: 'Hardware', tier: 'small' });
  const count = options.people ?? 4;
  for (let i = 0; i < count; i++) {
    save('people', {
      clientId: i % 2 === 0 ? 'C-000001' : 'C-000003',
      name: `Ana ${i}`,
      email: `ana${i}@alpha.test`,
      owner: MARIO,
    });
  }
  save('people', { clientId: 'C-000002', name: 'Ben Bravo', email: 'ben@bravo.test', owner: LIZA });
  save('campaigns', { name: 'New catalogue', channel: 'email', owner: MARIO, ...TEMPLATE });
  emulator.setActiveUser(MARIO);
  emulator.mail.outbox.length = 0;
  return emulator;
}

/** The send log's rows (uncounted). */
export function sendLog(emulator: Emulator): Record<string, unknown>[] {
  return tableRows(emulator, 'sendLog');
}

/** How many messages went to each address. */
export function deliveries(emulator: Emulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of emulator.mail.outbox) counts.set(mail.to, (counts.get(mail.to) ?? 0) + 1);
  return counts;
}

/** Previews then starts the campaign for the audience of `filter`, as the person confirms it. */
export function previewAndStart(filter: unknown = {}, campaignId = 'M-000001', options?: unknown) {
  const preview = main.previewCampaignMail(campaignId, filter);
  expect(preview).toMatchObject({ ok: true });
  const count = (preview as { recipientCount: number }).recipientCount;
  return main.startCampaignMail(campaignId, filter, count, options);
}

/** The real clock, taken before any test replaces Date.now. */
const REAL_NOW = Date.now.bind(Date);

/**
 * The execution's clock for in-process tests, as the workbench runtime gives each execution: real
 * time, plus the modelled time of every service call, plus what `advance` adds (a day, for the
 * quota). The emulator reads the same clock. Restored with vi.restoreAllMocks().
 */
export function testClock(emulator: Emulator): { advance(ms: number): void } {
  let shift = 0;
  vi.spyOn(Date, 'now').mockImplementation(() => REAL_NOW() + shift + emulator.calls.modelledMs());
  return {
    advance: (ms) => {
      shift += ms;
    },
  };
}

/** A day and a minute: the quota has come back for every recipient mailed so far. */
export const NEXT_DAY = 24 * 3_600_000 + 60_000;
